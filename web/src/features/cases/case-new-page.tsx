import { z } from 'zod';
import { caseKinds, referralSources, targetGroups } from '../../../../src/modules/cases/cases.contract.ts';
import { Link, navigate } from '../../app/router.tsx';
import { useI18n } from '../../i18n/i18n-provider.tsx';
import { FormFieldErrors, FormSelect, FormText, KitForm, useContractForm } from '../../ui/form-page.tsx';
import { Page } from '../../ui/page.tsx';
import { searchPeople } from '../people/api.ts';
import { useStaff } from '../staff-auth/session-provider.tsx';
import { createCase, type CreateCase } from './api.ts';

const consentScopes = ['referral', 'share-notes', 'both'] as const;

// What the fields hold; the person is found by their ID number (in the body of a search, never a URL).
const intakeValues = z.object({
  idNumber: z.string().trim().min(1, 'validation.required'),
  kind: z.enum(caseKinds),
  source: z.enum(referralSources),
  sourceDetail: z.string().trim().max(100),
  targetGroup: z.union([z.enum(targetGroups), z.literal('')]),
  consent: z.object({ purpose: z.string().trim().max(200), scope: z.enum(consentScopes), expiresOn: z.union([z.iso.date({ message: 'validation.date' }), z.literal('')]) }),
});
type Values = z.input<typeof intakeValues>;

const blank: Values = {
  idNumber: '',
  kind: 'employment',
  source: 'walk-in',
  sourceDetail: '',
  targetGroup: '',
  consent: { purpose: '', scope: 'referral', expiresOn: '' },
};

/** Intake (開案): the person, the kind, where the referral came from, and the consent if given now. */
export function CaseNewPage() {
  const { t } = useI18n();
  const { csrfToken } = useStaff();
  const form = useContractForm<Values, typeof intakeValues>({ schema: intakeValues, defaultValues: blank });
  return (
    <Page title={t('cases.new.title')} lead={t('cases.new.lead')} siteName={t('staff-auth.site_name')}>
      <p>
        <Link href="/staff/cases">{t('cases.back_to_list')}</Link>
      </p>
      <KitForm
        form={form}
        className="form--narrow"
        label={t('cases.new.title')}
        submitLabel={t('cases.new.submit')}
        onSubmit={async (v) => {
          const found = await searchPeople(new URLSearchParams({ q: v.idNumber.toUpperCase(), pageSize: '10' }), csrfToken, new AbortController().signal);
          const person = found.items.length === 1 ? found.items[0] : undefined;
          if (!person) throw new FormFieldErrors([{ field: 'idNumber', message: t('cases.new.person_not_found') }]);
          const withConsent = v.consent.purpose !== '' || v.consent.expiresOn !== '';
          const request: CreateCase = {
            personId: person.id,
            kind: v.kind,
            source: v.source,
            ...(v.sourceDetail ? { sourceDetail: v.sourceDetail } : {}),
            targetGroups: v.targetGroup ? [v.targetGroup] : [],
            ...(withConsent
              ? {
                  consent: {
                    purpose: v.consent.purpose,
                    scope: v.consent.scope === 'both' ? ['referral', 'share-notes'] : [v.consent.scope],
                    expiresOn: v.consent.expiresOn,
                  },
                }
              : {}),
          };
          const created = await createCase(request, csrfToken);
          navigate(`/staff/cases/${created.id}`);
        }}
      >
        <FormText form={form} name="idNumber" label={t('cases.fields.id_number')} hint={t('cases.fields.id_number_hint')} autoComplete="off" autoCapitalize="characters" spellCheck={false} />
        <p className="field__hint">
          <Link href="/staff/people/new">{t('cases.new.register_person')}</Link>
        </p>
        <FormSelect form={form} name="kind" label={t('cases.fields.kind')} options={caseKinds.map((k) => ({ value: k, label: t(`cases.kinds.${k}`) }))} />
        <FormSelect form={form} name="source" label={t('cases.fields.source')} options={referralSources.map((s) => ({ value: s, label: t(`cases.sources.${s}`) }))} />
        <FormText form={form} name="sourceDetail" label={t('cases.fields.source_detail')} hint={t('cases.fields.source_detail_hint')} />
        <FormSelect
          form={form}
          name="targetGroup"
          label={t('cases.fields.target_group')}
          hint={t('cases.fields.target_group_hint')}
          options={[{ value: '', label: t('cases.fields.none') }, ...targetGroups.map((g) => ({ value: g, label: t(`cases.groups.${g}`) }))]}
        />
        <h2>{t('cases.consent.title')}</h2>
        <p className="field__hint">{t('cases.consent.hint')}</p>
        <FormText form={form} name="consent.purpose" label={t('cases.consent.purpose')} />
        <FormSelect form={form} name="consent.scope" label={t('cases.consent.scope')} options={consentScopes.map((s) => ({ value: s, label: t(`cases.consent.scopes.${s}`) }))} />
        <FormText form={form} name="consent.expiresOn" label={t('cases.consent.expires_on')} hint={t('cases.consent.expires_hint')} type="date" />
      </KitForm>
    </Page>
  );
}
