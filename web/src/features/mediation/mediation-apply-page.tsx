import { type ChangeEvent, type FormEvent, useEffect, useState } from 'react';
import { claimKinds, districtInAddress, disputeTypes, partyKinds, proposeMediationSite, routes } from '../../../../src/modules/mediation/mediation.contract.ts';
import { ApiError, apiRequest } from '../../app/api-client.ts';
import { useI18n } from '../../i18n/i18n-provider.tsx';
import { Alert } from '../../ui/alert.tsx';
import { Button } from '../../ui/button.tsx';
import { SelectField, TextAreaField, TextField } from '../../ui/form-field.tsx';
import { useSubmission } from '../../ui/use-submission.ts';
import { Page } from '../../ui/page.tsx';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import type { Locale } from '../../../../src/shared/i18n/locales.ts';
import { type City, localName, placeName, useCity } from '../reference-data/city.ts';
// The receipt's large, wrapping look is the complaints receipt's (the same kind of one-time values).
import '../complaints/complaints.css';

type Receipt = { caseNumber: string; secret: string };
type ClaimDraft = { kind: string; amount: string };

const emptyDraft = {
  applicantKind: 'worker',
  disputeType: 'rights',
  route: 'mediator',
  siteCode: '',
  districtCode: '',
  name: '',
  phone: '',
  email: '',
  idNumber: '',
  address: '',
  respondentName: '',
  respondentUbn: '',
  respondentPhone: '',
  respondentEmail: '',
  summary: '',
};
type Draft = typeof emptyDraft;

/** The district for the nearest site: the one the party picked, else the one their address names. */
function proposalFor(city: City | undefined, draft: Draft) {
  if (!city) return undefined;
  const districtCode = draft.districtCode || districtInAddress(city, draft.address);
  const proposal = districtCode ? proposeMediationSite(city, districtCode) : undefined;
  return proposal ? { ...proposal, fromAddress: !draft.districtCode } : undefined;
}
const maxClaims = 10;
const maxSummary = 5000;

/** Only the fields the applicant filled in: an empty optional field is absent, never an empty string. */
function toApplication(draft: Draft, claims: ClaimDraft[], locale: string) {
  const optional = (value: string) => (value.trim() ? value.trim() : undefined);
  return {
    disputeType: draft.disputeType,
    route: draft.route,
    siteCode: draft.siteCode,
    districtCode: optional(draft.districtCode),
    applicant: {
      kind: draft.applicantKind,
      name: draft.name,
      phone: optional(draft.phone),
      email: optional(draft.email),
      idNumber: optional(draft.idNumber),
      address: optional(draft.address),
      locale,
    },
    respondent: {
      kind: draft.applicantKind === 'employer' ? 'worker' : 'employer',
      name: draft.respondentName,
      ubn: optional(draft.respondentUbn),
      phone: optional(draft.respondentPhone),
      email: optional(draft.respondentEmail),
    },
    claims: claims.map((c) => ({ kind: c.kind, amount: c.amount.trim() ? Number(c.amount) : undefined })),
    summary: draft.summary,
  };
}

/** Server issues name paths like `applicant.phone` or `claims.0.amount`; each field shows its own. */
function issuesByPath(error: unknown): Record<string, string> {
  if (!(error instanceof ApiError) || !error.problem?.errors) return {};
  const byPath: Record<string, string> = {};
  for (const issue of error.problem.errors) byPath[issue.field] ??= issue.message;
  return byPath;
}

/** The receipt lives only in this page's memory, never in the URL or storage (as for complaints). */
function ReceiptView({ receipt, onAnother }: { receipt: Receipt; onAnother: () => void }) {
  const { t } = useI18n();
  useEffect(() => {
    document.querySelector<HTMLElement>('h1')?.focus();
  }, []);
  return (
    <Page key="receipt" title={t('mediation-apply.receipt_title')} siteName={t('common.site_name')} lead={<p>{t('mediation-apply.receipt_lead')}</p>}>
      <dl className="receipt">
        <dt>{t('mediation-apply.case_number')}</dt>
        <dd data-testid="case-number">{receipt.caseNumber}</dd>
        <dt>{t('mediation-apply.secret')}</dt>
        <dd data-testid="secret">{receipt.secret}</dd>
      </dl>
      <Alert tone="warning">
        <p>{t('mediation-apply.save_warning')}</p>
      </Alert>
      <p>{t('mediation-apply.next_steps')}</p>
      <div className="button-row">
        <Button variant="secondary" onClick={onAnother}>
          {t('mediation-apply.another')}
        </Button>
      </div>
    </Page>
  );
}

function proposalNames(city: City, proposal: { siteCode: string; districtCode: string }, locale: Locale) {
  const site = city.mediationSites.find((s) => s.code === proposal.siteCode);
  const district = city.districts.find((d) => d.townCode === proposal.districtCode);
  return { site: site ? localName(site, locale) : proposal.siteCode, district: district ? placeName(district, locale) : proposal.districtCode };
}

export function MediationApplyPage() {
  const { t, locale } = useI18n();
  const city = useCity();
  const [draft, setDraftState] = useState<Draft>(emptyDraft);
  // Until the party picks a site by hand, the site follows the proposal for their district (issue 11 §1).
  const [siteChosen, setSiteChosen] = useState(false);
  const setDraft = (next: Draft) => {
    const proposal = proposalFor(city, next);
    setDraftState(!siteChosen && proposal && next.siteCode === draft.siteCode ? { ...next, siteCode: proposal.siteCode } : next);
  };
  const proposal = proposalFor(city, draft);
  const [claims, setClaims] = useState<ClaimDraft[]>([{ kind: 'unpaid-wages', amount: '' }]);
  const { error, isSending, receipt, send, reset } = useSubmission<Receipt>();
  const issues = issuesByPath(error);

  if (receipt) {
    return (
      <ReceiptView
        receipt={receipt}
        onAnother={() => {
          reset();
          setDraftState(emptyDraft);
          setSiteChosen(false);
          setClaims([{ kind: 'unpaid-wages', amount: '' }]);
        }}
      />
    );
  }

  const field = (key: keyof Draft, path: string) => ({
    name: key,
    value: draft[key],
    error: issues[path],
    onChange: (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>) => setDraft({ ...draft, [key]: event.target.value }),
  });
  const setClaim = (index: number, change: Partial<ClaimDraft>) => setClaims(claims.map((c, i) => (i === index ? { ...c, ...change } : c)));

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    await send(() => apiRequest<Receipt>('/api/v1/mediation-applications', { method: 'POST', body: toApplication(draft, claims, locale) }));
  };

  const sites = [
    { value: '', label: t('mediation-apply.site_choose') },
    ...(city?.mediationSites ?? []).map((s) => ({ value: s.code, label: localName(s, locale) })),
  ];

  return (
    <Page title={t('mediation-apply.title')} siteName={t('common.site_name')} lead={<p>{t('mediation-apply.lead')}</p>}>
      <ProblemAlert error={error} />
      <form className="form" onSubmit={(event) => void submit(event)} noValidate>
        <fieldset className="fieldset">
          <legend className="fieldset__legend">{t('mediation-apply.you_title')}</legend>
          <SelectField
            label={t('mediation-apply.applicant_kind')}
            options={partyKinds.map((kind) => ({ value: kind, label: t(`mediation-apply.party_kinds.${kind}`) }))}
            {...field('applicantKind', 'applicant.kind')}
          />
          <TextField label={t('mediation-apply.name')} autoComplete="name" required {...field('name', 'applicant.name')} />
          <p className="field__hint">{t('mediation-apply.contact_hint')}</p>
          <TextField label={t('mediation-apply.phone')} type="tel" autoComplete="tel" {...field('phone', 'applicant.phone')} />
          <TextField label={t('mediation-apply.email')} type="email" autoComplete="email" {...field('email', 'applicant.email')} />
          <TextField label={t('mediation-apply.id_number')} hint={t('mediation-apply.id_number_hint')} autoComplete="off" {...field('idNumber', 'applicant.idNumber')} />
          <TextField label={t('mediation-apply.address')} autoComplete="street-address" {...field('address', 'applicant.address')} />
          <p className="field__hint">{t('mediation-apply.language_hint', { language: t(`notifications.language.${locale}`) })}</p>
        </fieldset>

        <fieldset className="fieldset">
          <legend className="fieldset__legend">{t('mediation-apply.respondent_title')}</legend>
          <TextField label={t('mediation-apply.respondent_name')} autoComplete="organization" required {...field('respondentName', 'respondent.name')} />
          <TextField label={t('mediation-apply.respondent_ubn')} inputMode="numeric" maxLength={8} autoComplete="off" {...field('respondentUbn', 'respondent.ubn')} />
          <TextField label={t('mediation-apply.respondent_phone')} type="tel" autoComplete="off" {...field('respondentPhone', 'respondent.phone')} />
          <TextField label={t('mediation-apply.respondent_email')} type="email" autoComplete="off" {...field('respondentEmail', 'respondent.email')} />
        </fieldset>

        <fieldset className="fieldset">
          <legend className="fieldset__legend">{t('mediation-apply.dispute_title')}</legend>
          <SelectField
            label={t('mediation-apply.dispute_type')}
            hint={t('mediation-apply.dispute_type_hint')}
            options={disputeTypes.map((type) => ({ value: type, label: t(`mediation.dispute_types.${type}`) }))}
            {...field('disputeType', 'disputeType')}
          />
          <SelectField
            label={t('mediation-apply.route')}
            hint={t('mediation-apply.route_hint')}
            options={routes.map((route) => ({ value: route, label: t(`mediation-apply.routes.${route}`) }))}
            {...field('route', 'route')}
          />
          {claims.map((claim, index) => (
            <fieldset className="fieldset" key={index}>
              <legend className="fieldset__legend">{t('mediation-apply.claim_legend', { number: index + 1 })}</legend>
              <SelectField
                label={t('mediation-apply.claim_kind')}
                name={`claim-kind-${index}`}
                value={claim.kind}
                onChange={(event) => setClaim(index, { kind: event.target.value })}
                options={claimKinds.map((kind) => ({ value: kind, label: t(`mediation.claims.${kind}`) }))}
              />
              <TextField
                label={t('mediation-apply.claim_amount')}
                name={`claim-amount-${index}`}
                inputMode="numeric"
                value={claim.amount}
                error={issues[`claims.${index}.amount`]}
                onChange={(event) => setClaim(index, { amount: event.target.value.replace(/[^\d]/g, '') })}
              />
              {claims.length > 1 ? (
                <Button variant="secondary" type="button" onClick={() => setClaims(claims.filter((_, i) => i !== index))}>
                  {t('mediation-apply.claim_remove', { number: index + 1 })}
                </Button>
              ) : null}
            </fieldset>
          ))}
          {claims.length < maxClaims ? (
            <div className="button-row">
              <Button variant="secondary" type="button" onClick={() => setClaims([...claims, { kind: 'other', amount: '' }])}>
                {t('mediation-apply.claim_add')}
              </Button>
            </div>
          ) : null}
          <TextAreaField
            label={t('mediation-apply.summary')}
            hint={t('mediation-apply.summary_hint', { max: maxSummary })}
            rows={6}
            maxLength={maxSummary}
            required
            {...field('summary', 'summary')}
          />
          <SelectField
            label={t('mediation-apply.district')}
            hint={t('mediation-apply.district_hint')}
            options={[{ value: '', label: t('mediation-apply.district_choose') }, ...(city?.districts ?? []).map((d) => ({ value: d.townCode, label: placeName(d, locale) }))]}
            {...field('districtCode', 'districtCode')}
          />
          <SelectField
            label={t('mediation-apply.site')}
            hint={t('mediation-apply.site_hint')}
            options={sites}
            required
            {...field('siteCode', 'siteCode')}
            onChange={(event) => {
              setSiteChosen(true);
              setDraftState({ ...draft, siteCode: event.target.value });
            }}
          />
          {proposal && city ? (
            <p className="field__hint" data-testid="nearest-site" aria-live="polite">
              {proposal.fromAddress ? t('mediation-apply.nearest_from_address', proposalNames(city, proposal, locale)) : t('mediation-apply.nearest', proposalNames(city, proposal, locale))}
            </p>
          ) : null}
        </fieldset>

        <p className="field__hint">{t('mediation-apply.privacy')}</p>
        <div className="button-row">
          <Button type="submit" disabled={isSending}>
            {isSending ? t('mediation-apply.submitting') : t('mediation-apply.submit')}
          </Button>
        </div>
      </form>
    </Page>
  );
}
