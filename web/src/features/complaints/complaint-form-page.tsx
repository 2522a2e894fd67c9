import { type ChangeEvent, type FormEvent, useEffect, useState } from 'react';
import { complaintLaws } from '../../../../src/modules/complaints/complaints.laws.ts';
import { Link } from '../../app/router.tsx';
import { useI18n } from '../../i18n/i18n-provider.tsx';
import { Alert } from '../../ui/alert.tsx';
import { Button } from '../../ui/button.tsx';
import { SelectField, TextField } from '../../ui/form-field.tsx';
import { useSubmission } from '../../ui/use-submission.ts';
import { Page } from '../../ui/page.tsx';
import { fieldErrors, ProblemAlert } from '../../ui/problem-alert.tsx';
import { placeName, useCity } from '../reference-data/city.ts';
import { type ComplaintDraft, fileComplaint, type Receipt } from './api.ts';
import { TextAreaField } from '../../ui/form-field.tsx';
import { KeptDraftPanel, useKeptDraft } from './kept-draft.tsx';
import './complaints.css';

const maxFiles = 3;
const maxDescription = 5000;
const binaryLimit = 5 * 1024 * 1024;
const textLimit = 1024 * 1024;
const accept = 'image/jpeg,image/png,image/webp,application/pdf,text/csv,application/json,.csv,.json';

const emptyDraft: ComplaintDraft = {
  employerName: '',
  employerUbn: '',
  districtCode: '',
  law: 'unknown',
  description: '',
  anonymous: true,
  name: '',
  phone: '',
  email: '',
  idNumber: '',
};

const isTextFile = (file: File) => /\.(csv|json)$/i.test(file.name) || file.type === 'text/csv' || file.type === 'application/json';

/**
 * The receipt, shown once in place of the form. It lives only in this page's memory: never in the URL,
 * the history or storage, so a shared phone or a browser sync does not keep it.
 */
function ReceiptView({ receipt, onAnother }: { receipt: Receipt; onAnother: () => void }) {
  const { t } = useI18n();
  const [copied, setCopied] = useState(false);
  useEffect(() => {
    document.querySelector<HTMLElement>('h1')?.focus();
  }, []);
  const copy = async () => {
    await navigator.clipboard.writeText(t('complaints.receipt.copy_text', { code: receipt.trackingCode, secret: receipt.secret }));
    setCopied(true);
  };
  return (
    <Page key="receipt" title={t('complaints.receipt.title')} siteName={t('common.site_name')} lead={<p>{t('complaints.receipt.lead')}</p>}>
      <dl className="receipt">
        <dt>{t('complaints.receipt.tracking_code')}</dt>
        <dd data-testid="tracking-code">{receipt.trackingCode}</dd>
        <dt>{t('complaints.receipt.secret')}</dt>
        <dd data-testid="secret">{receipt.secret}</dd>
      </dl>
      <Alert tone="warning">
        <p>{t('complaints.receipt.save_warning')}</p>
      </Alert>
      <div className="button-row">
        <Button variant="secondary" onClick={() => void copy().catch(() => setCopied(false))}>
          {t('complaints.receipt.copy')}
        </Button>
      </div>
      {copied ? <Alert tone="success">{t('complaints.receipt.copied')}</Alert> : null}
      <p>{t('complaints.receipt.deadlines')}</p>
      <p>
        <Link href="/complaints/status">{t('complaints.receipt.check_status')}</Link>
      </p>
      <div className="button-row">
        <Button variant="secondary" onClick={onAnother}>
          {t('complaints.receipt.file_another')}
        </Button>
      </div>
    </Page>
  );
}

export function ComplaintFormPage() {
  const { t, locale } = useI18n();
  const city = useCity();
  const [draft, setDraft] = useState<ComplaintDraft>(emptyDraft);
  const [files, setFiles] = useState<File[]>([]);
  const [fileError, setFileError] = useState<string>();
  const { error, isSending, receipt, send, reset } = useSubmission<Receipt>();
  const errors = fieldErrors(error);
  const kept = useKeptDraft((found) => {
    setDraft({ ...emptyDraft, ...found.draft });
    setFiles(found.files);
  });

  if (receipt) {
    return (
      <ReceiptView
        receipt={receipt}
        onAnother={() => {
          reset();
          setDraft(emptyDraft);
          setFiles([]);
        }}
      />
    );
  }

  const text = (key: keyof ComplaintDraft) => ({
    name: key,
    value: String(draft[key]),
    error: errors[key],
    onChange: (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>) =>
      setDraft({ ...draft, [key]: event.target.value }),
  });

  const chooseFiles = (event: ChangeEvent<HTMLInputElement>) => {
    const chosen = [...(event.target.files ?? [])];
    setFileError(undefined);
    if (chosen.length > maxFiles) {
      setFileError(t('complaints.form.attachments_too_many', { max: maxFiles }));
    } else {
      const tooBig = chosen.find((file) => file.size > (isTextFile(file) ? textLimit : binaryLimit));
      if (tooBig) setFileError(t('complaints.form.attachments_too_large', { file: tooBig.name }));
    }
    setFiles(chosen);
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (fileError) {
      document.querySelector<HTMLInputElement>('input[name="attachments"]')?.focus();
      return;
    }
    await send(async () => {
      const filed = await fileComplaint(draft, files);
      await kept.sent();
      return filed;
    });
  };

  const districts = [
    { value: '', label: t('complaints.form.district_choose') },
    ...(city?.districts ?? []).map((d) => ({ value: d.townCode, label: placeName(d, locale) })),
  ];
  const attachmentError = fileError ?? errors.attachments;

  return (
    <Page title={t('complaints.form.title')} siteName={t('common.site_name')} lead={<p>{t('complaints.form.lead')}</p>}>
      <ProblemAlert error={error} />
      <KeptDraftPanel
        kept={kept.kept}
        notice={kept.notice}
        error={error}
        onKeep={() => void kept.keep(draft, files)}
        onDelete={() => {
          void kept.remove();
          setDraft(emptyDraft);
          setFiles([]);
        }}
      />
      <form className="form complaint-form" onSubmit={(event) => void submit(event)} noValidate>
        <fieldset className="fieldset">
          <legend className="fieldset__legend">{t('complaints.form.employer_title')}</legend>
          <TextField
            label={t('complaints.form.employer_name')}
            hint={t('complaints.form.employer_name_hint')}
            autoComplete="organization"
            required
            {...text('employerName')}
          />
          <TextField
            label={t('complaints.form.employer_ubn')}
            hint={t('complaints.form.employer_ubn_hint')}
            inputMode="numeric"
            maxLength={8}
            autoComplete="off"
            {...text('employerUbn')}
          />
          <SelectField label={t('complaints.form.district')} options={districts} required {...text('districtCode')} />
        </fieldset>

        <fieldset className="fieldset">
          <legend className="fieldset__legend">{t('complaints.form.what_title')}</legend>
          <SelectField
            label={t('complaints.form.law')}
            hint={t('complaints.form.law_hint')}
            options={complaintLaws.map((law) => ({ value: law, label: t(`complaints.laws.${law}`) }))}
            {...text('law')}
          />
          <TextAreaField
            label={t('complaints.form.description')}
            hint={t('complaints.form.description_hint', { max: maxDescription })}
            rows={8}
            maxLength={maxDescription}
            required
            {...text('description')}
          />
          <TextField
            label={t('complaints.form.attachments')}
            hint={t('complaints.form.attachments_hint', { max: maxFiles })}
            error={attachmentError}
            type="file"
            name="attachments"
            multiple
            accept={accept}
            onChange={chooseFiles}
          />
        </fieldset>

        <fieldset className="fieldset">
          <legend className="fieldset__legend">{t('complaints.form.identity_title')}</legend>
          <p className="field__hint">{t('complaints.form.identity_hint')}</p>
          <div className="checkboxes">
            <label className="checkbox">
              <input
                type="radio"
                name="anonymous"
                value="true"
                checked={draft.anonymous}
                onChange={() => setDraft({ ...draft, anonymous: true })}
              />
              <span>{t('complaints.form.anonymous')}</span>
            </label>
            <label className="checkbox">
              <input
                type="radio"
                name="anonymous"
                value="false"
                checked={!draft.anonymous}
                onChange={() => setDraft({ ...draft, anonymous: false })}
              />
              <span>{t('complaints.form.named')}</span>
            </label>
          </div>
          {draft.anonymous ? null : (
            <>
              <TextField label={t('complaints.form.name')} autoComplete="name" required {...text('name')} />
              <p className="field__hint">{t('complaints.form.contact_hint')}</p>
              <TextField label={t('complaints.form.phone')} type="tel" autoComplete="tel" {...text('phone')} />
              <TextField label={t('complaints.form.email')} type="email" autoComplete="email" {...text('email')} />
              <TextField label={t('complaints.form.id_number')} autoComplete="off" {...text('idNumber')} />
            </>
          )}
        </fieldset>

        <div className="button-row">
          <Button type="submit" disabled={isSending}>
            {isSending ? t('complaints.form.submitting') : t('complaints.form.submit')}
          </Button>
        </div>
      </form>
    </Page>
  );
}
