import { OpenAPIHono, z } from '@hono/zod-openapi';
import { AppError } from '../../shared/errors.ts';
import type { AppEnv } from '../../shared/http/app-env.ts';
import { jsonContent, problemResponses } from '../../shared/http/openapi.ts';
import { anyStaff, defineRoute } from '../../shared/http/route.ts';
import { validationHook } from '../../shared/http/validation.ts';
import { listNotificationsQuery, notificationItem } from './notifications.contract.ts';
import type { NotificationsService } from './notifications.service.ts';

// Any staff session passes the route; the service then asks for the permission of the record type
// (complaint → complaints.list), so the list follows the record it belongs to.
const listNotifications = defineRoute(anyStaff, {
  method: 'get',
  path: '/api/v1/staff/notifications',
  tags: ['notifications'],
  summary: "Messages sent about one record: what, to whom (masked), when and with what result (the reading is audited)",
  description: 'Needs the permission that reads the record: `complaints.list` for `recordType=complaint`.',
  request: { query: listNotificationsQuery },
  responses: {
    200: jsonContent(z.object({ items: z.array(notificationItem) }), 'Messages, oldest first'),
    ...problemResponses(400, 401, 403),
  },
});

export function notificationsRoutes({ notifications }: { notifications: NotificationsService }) {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  app.openapi(listNotifications, async (c) => {
    const staff = c.get('staff');
    if (!staff) throw new AppError('UNAUTHENTICATED');
    c.header('cache-control', 'no-store');
    return c.json(await notifications.listForRecord(staff, c.req.valid('query'), { requestId: c.get('requestId') }), 200);
  });
  return app;
}
