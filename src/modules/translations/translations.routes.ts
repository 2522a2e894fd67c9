import { OpenAPIHono, z } from '@hono/zod-openapi';
import type { AppEnv } from '../../shared/http/app-env.ts';
import { listResponses } from '../../shared/http/list-openapi.ts';
import type { ListResponder } from '../../shared/http/list-response.ts';
import { jsonBody, jsonContent, problemResponses } from '../../shared/http/openapi.ts';
import { defineRoute, requires, signedInStaff } from '../../shared/http/route.ts';
import { validationHook } from '../../shared/http/validation.ts';
import { completeTranslationRequest, translationQueueQuery, translationTask } from './translations.contract.ts';
import type { TranslationsService } from './translations.service.ts';

const listTasks = defineRoute(requires('translations.work'), {
  method: 'get',
  path: '/api/v1/staff/translation-tasks',
  tags: ['translations'],
  summary: "The interpreters' queue: the bureau's Chinese text to readers of other languages, per language, oldest first",
  request: { query: translationQueueQuery },
  responses: { ...listResponses(translationTask, 'A page of translation tasks'), ...problemResponses(400, 401, 403, 422) },
});

const viewTask = defineRoute(requires('translations.work'), {
  method: 'get',
  path: '/api/v1/staff/translation-tasks/{id}',
  tags: ['translations'],
  summary: 'One translation task: the Chinese text and, once done, its translation',
  request: { params: z.object({ id: z.uuid() }) },
  responses: { 200: jsonContent(translationTask, 'The task'), ...problemResponses(400, 401, 403, 404) },
});

const completeTask = defineRoute(requires('translations.work'), {
  method: 'post',
  path: '/api/v1/staff/translation-tasks/{id}/complete',
  tags: ['translations'],
  summary: 'Enter the translation: the reader gets it in place of the pending note, and the owning module is handed it (audited)',
  request: { params: z.object({ id: z.uuid() }), body: jsonBody(completeTranslationRequest) },
  responses: { 204: { description: 'Done' }, ...problemResponses(400, 401, 403, 404, 409) },
});

export function translationsRoutes(deps: { translations: TranslationsService; lists: ListResponder }) {
  const { translations, lists } = deps;
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  app.openapi(listTasks, async (c) => {
    const query = c.req.valid('query');
    return lists.answer(c, {
      list: translations.queue({ targetLocale: query.targetLocale, status: query.status }),
      params: query,
      filters: { targetLocale: query.targetLocale, status: query.status },
      toItem: translations.toItem,
      export: {
        name: 'translation-tasks',
        title: 'lists.translationTasks',
        personalData: true,
        columns: [
          { header: 'columns.translations.targetLocale', value: (item) => item.targetLocale },
          { header: 'columns.translations.sourceText', value: (item) => item.sourceText, weight: 3 },
          { header: 'columns.translations.createdAt', value: (item) => item.createdAt },
        ],
      },
    }) as never;
  });
  app.openapi(viewTask, async (c) => {
    c.header('cache-control', 'no-store');
    return c.json(await translations.task(c.req.valid('param').id), 200);
  });
  app.openapi(completeTask, async (c) => {
    await translations.complete(signedInStaff(c), c.req.valid('param').id, c.req.valid('json').translatedText, { requestId: c.get('requestId') });
    return c.body(null, 204);
  });
  return app;
}
