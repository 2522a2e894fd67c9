import { locales } from '../../../../src/shared/i18n/locales.ts';
import { newsWriteRequest } from '../../../../src/modules/content/content.contract.ts';
import { navigate } from '../../app/router.tsx';
import { useI18n } from '../../i18n/i18n-provider.tsx';
import { KitForm, useContractForm } from '../../ui/form-page.tsx';
import { useStaff } from '../staff-auth/session-provider.tsx';
import { createNews, getStaffNews, type NewsStaffRecord, type NewsWrite, setNewsStatus, updateNews } from './api.ts';
import { ContentEditPage, PublicationBox, TranslationSections, translationsToSend } from './content-edit-page.tsx';

type Values = { translations: Record<string, { title: string; body: string }> };

function NewsEditor({ record, onChanged }: { record: NewsStaffRecord | undefined; onChanged: (message: string) => void }) {
  const { t } = useI18n();
  const { csrfToken } = useStaff();
  const form = useContractForm<Values, typeof newsWriteRequest>({
    schema: newsWriteRequest,
    defaultValues: {
      translations: Object.fromEntries(locales.map((l) => [l, { title: record?.translations[l]?.title ?? '', body: record?.translations[l]?.body ?? '' }])),
    },
    toRequest: (values) => ({ translations: translationsToSend(values.translations) }) as NewsWrite,
  });
  const save = async (request: NewsWrite) => {
    if (record) {
      await updateNews(record.id, request, csrfToken);
      onChanged(t('content.staff.saved'));
    } else {
      const created = await createNews(request, csrfToken);
      navigate(`/staff/content/news/${created.id}?saved=1`, { replace: true });
    }
  };
  return (
    <>
      {record ? <PublicationBox record={record} publicHref={`/news/${record.id}`} setStatus={setNewsStatus} onChanged={onChanged} /> : null}
      <KitForm form={form} label={t('content.staff.news_form')} submitLabel={record ? t('content.staff.save') : t('content.staff.save_draft')} onSubmit={save}>
        <TranslationSections
          form={form}
          short={{ key: 'title', label: (language) => t('content.staff.title_in', { language }) }}
          long={{ key: 'body', label: (language) => t('content.staff.body_in', { language }), rows: 10 }}
        />
      </KitForm>
    </>
  );
}

export function StaffNewsEditPage({ id }: { id?: string }) {
  const { t } = useI18n();
  return (
    <ContentEditPage
      id={id}
      title={id ? t('content.staff.edit_news') : t('content.staff.new_news')}
      back={{ href: '/staff/content/news', label: t('content.staff.back_news') }}
      load={getStaffNews}
      editor={(record, onChanged) => <NewsEditor record={record} onChanged={onChanged} />}
    />
  );
}
