import { newsWriteRequest } from '../../../../src/modules/content/content.contract.ts';
import { locales } from '../../../../src/shared/i18n/locales.ts';
import { useI18n } from '../../i18n/i18n-provider.tsx';
import { useContractForm } from '../../ui/form-page.tsx';
import { createNews, getStaffNews, type NewsStaffRecord, type NewsWrite, setNewsStatus, updateNews } from './api.ts';
import { type ContentApi, ContentEditor, ContentEditPage, translationsToSend } from './content-edit-page.tsx';

type Values = { translations: Record<string, { title: string; body: string }> };

const newsApi: ContentApi<NewsStaffRecord, NewsWrite> = { kind: 'news', load: getStaffNews, create: createNews, update: updateNews, setStatus: setNewsStatus };

function NewsEditor({ record, onChanged }: { record: NewsStaffRecord | undefined; onChanged: (message: string) => void }) {
  const { t } = useI18n();
  const form = useContractForm<Values, typeof newsWriteRequest>({
    schema: newsWriteRequest,
    defaultValues: {
      translations: Object.fromEntries(locales.map((l) => [l, { title: record?.translations[l]?.title ?? '', body: record?.translations[l]?.body ?? '' }])),
    },
    toRequest: (values) => ({ translations: translationsToSend(values.translations) }) as NewsWrite,
  });
  return (
    <ContentEditor
      api={newsApi}
      record={record}
      form={form}
      onChanged={onChanged}
      texts={{
        short: { key: 'title', label: (language) => t('content.staff.title_in', { language }) },
        long: { key: 'body', label: (language) => t('content.staff.body_in', { language }), rows: 10 },
      }}
    />
  );
}

export function StaffNewsEditPage({ id }: { id?: string }) {
  return <ContentEditPage id={id} api={newsApi} editor={(record, onChanged) => <NewsEditor record={record} onChanged={onChanged} />} />;
}
