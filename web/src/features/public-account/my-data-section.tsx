import { z } from 'zod';
import { Link } from '../../app/router.tsx';
import { useI18n } from '../../i18n/i18n-provider.tsx';
import { Alert } from '../../ui/alert.tsx';
import { FormText, KitForm, useContractForm } from '../../ui/form-page.tsx';
import { Page } from '../../ui/page.tsx';
import { type AccountSession, accountDataJson, accountDataPdf, type DeletionResult, requestDeletion } from './api.ts';

const deletionSchema = z.object({ password: z.string(), confirm: z.literal(true) });
type DeletionValues = { password: string; confirm: boolean };

/** After deletion: what went, and what the law keeps (ADR 0017), in place of the account page. */
export function DeletedPage({ result }: { result: DeletionResult }) {
  const { t } = useI18n();
  return (
    <Page title={t('public-account.data.deleted_title')} siteName={t('common.site_name')}>
      <Alert tone="success">
        <p>{t('public-account.data.deleted')}</p>
      </Alert>
      <p>{t('public-account.data.kept_lead')}</p>
      <ul>
        {result.kept.map((code) => (
          <li key={code}>{t(`public-account.data.kept.${code}`)}</li>
        ))}
      </ul>
      <p>
        <Link href="/">{t('public-account.data.home')}</Link>
      </p>
    </Page>
  );
}

/** 個資法 Art. 3, 10, 11: a copy of everything held, and deletion of what the law does not keep (ADR 0017). */
export function MyDataSection({ session, onDeleted }: { session: AccountSession; onDeleted: (result: DeletionResult) => void }) {
  const { t } = useI18n();
  const form = useContractForm<DeletionValues, typeof deletionSchema>({
    schema: deletionSchema,
    defaultValues: { password: '', confirm: false },
    messages: { confirm: t('public-account.data.confirm_required') },
    required: { confirm: t('public-account.data.confirm_required') },
  });
  return (
    <section aria-labelledby="my-data-title" className="account-data">
      <h2 id="my-data-title">{t('public-account.data.title')}</h2>
      <p>{t('public-account.data.lead')}</p>
      <ul className="account-links">
        <li>
          <a href={accountDataJson} download="my-data.json">
            {t('public-account.data.download_json')}
          </a>
        </li>
        <li>
          <a href={accountDataPdf} download="my-data.pdf">
            {t('public-account.data.download_pdf')}
          </a>
        </li>
      </ul>
      <h3>{t('public-account.data.delete_title')}</h3>
      <p>{t('public-account.data.delete_lead')}</p>
      <KitForm
        form={form}
        label={t('public-account.data.delete_title')}
        submitLabel={t('public-account.data.delete_submit')}
        onSubmit={async ({ password }) => {
          onDeleted(await requestDeletion(password || undefined, session.csrfToken));
        }}
      >
        <FormText form={form} name="password" label={t('public-account.fields.password')} hint={t('public-account.data.password_hint')} type="password" autoComplete="current-password" />
        <div className="field">
          <label className="checkbox">
            <input type="checkbox" id="field-confirm" {...form.register('confirm')} />
            <span>{t('public-account.data.confirm')}</span>
          </label>
          {form.formState.errors.confirm ? <p className="field__error">{t('public-account.data.confirm_required')}</p> : null}
        </div>
      </KitForm>
    </section>
  );
}
