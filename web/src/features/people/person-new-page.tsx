import { Controller } from 'react-hook-form';
import { createPersonRequest, disabilityLevels } from '../../../../src/modules/people/people.contract.ts';
import { identifyIdNumber } from '../../../../src/modules/people/identifiers.ts';
import { htmlLang, locales, type Locale } from '../../../../src/shared/i18n/locales.ts';
import { ApiError } from '../../app/api-client.ts';
import { Link, navigate } from '../../app/router.tsx';
import { useI18n } from '../../i18n/i18n-provider.tsx';
import { CheckboxGroup } from '../../ui/form-field.tsx';
import { fieldId, FormFieldErrors, FormSelect, FormText, FormTextArea, KitForm, useContractForm } from '../../ui/form-page.tsx';
import { Page } from '../../ui/page.tsx';
import { localName, useCity } from '../reference-data/city.ts';
import { nativeLanguageNames } from '../settings/language-select.tsx';
import { useStaff } from '../staff-auth/session-provider.tsx';
import { createPerson, type CreatePerson } from './api.ts';
import './people.css';

/** The 就業服務法 §24 groups (and the others the bureau counts), stored by these codes. */
export const specialGroups = [
  'sole-breadwinner',
  'middle-aged',
  'youth',
  'disabled',
  'indigenous',
  'low-income',
  'long-term-unemployed',
  'involuntary-unemployed',
  'domestic-violence-victim',
] as const;

type Values = {
  idNumber: string;
  name: string;
  birthDate: string;
  phone: string;
  email: string;
  districtCode: string;
  preferredLocale: Locale;
  sensitive: { disabilityLevel: string; specialGroups: string[]; healthNotes: string };
  consent: boolean;
};

const blank: Values = {
  idNumber: '',
  name: '',
  birthDate: '',
  phone: '',
  email: '',
  districtCode: '',
  preferredLocale: 'zh-TW',
  sensitive: { disabilityLevel: '', specialGroups: [], healthNotes: '' },
  consent: false,
};

const normalisedId = (value: string) => value.trim().toUpperCase();
const hasSensitive = (v: Values) => Boolean(v.sensitive.disabilityLevel || v.sensitive.specialGroups.length || v.sensitive.healthNotes.trim());

/** The fields as the contract's request: empty optional fields are left out, sensitive ones only when given. */
function toRequest(v: Values): CreatePerson {
  const body: CreatePerson = { idNumber: normalisedId(v.idNumber), name: v.name.trim(), preferredLocale: v.preferredLocale };
  if (v.birthDate) body.birthDate = v.birthDate;
  if (v.phone.trim()) body.phone = v.phone.trim();
  if (v.email.trim()) body.email = v.email.trim();
  if (v.districtCode) body.districtCode = v.districtCode;
  if (hasSensitive(v)) {
    body.sensitive = { specialGroups: v.sensitive.specialGroups };
    if (v.sensitive.disabilityLevel) body.sensitive.disabilityLevel = v.sensitive.disabilityLevel as (typeof disabilityLevels)[number];
    if (v.sensitive.healthNotes.trim()) body.sensitive.healthNotes = v.sensitive.healthNotes.trim();
  }
  return body;
}

/** Register a person. The ID number is checked in the browser by the server's own contract, and again by the server. */
export function PersonNewPage() {
  const { t, locale } = useI18n();
  const { csrfToken } = useStaff();
  const city = useCity();
  const form = useContractForm<Values, typeof createPersonRequest>({
    schema: createPersonRequest,
    defaultValues: blank,
    toRequest,
    messages: { idNumber: t('people.new.id_invalid') },
  });
  const idKind = identifyIdNumber(normalisedId(form.watch('idNumber')));

  const submit = async (body: CreatePerson) => {
    // Consent is asked by this form, not by the API: sensitive attributes are recorded only with it.
    if (body.sensitive && !form.getValues('consent')) throw new FormFieldErrors([{ field: 'consent', message: t('people.new.consent_required') }]);
    try {
      const created = await createPerson(body, csrfToken);
      navigate(`/staff/people/${created.id}`, { state: { justRegistered: true } });
    } catch (error) {
      if (error instanceof ApiError && error.status === 409) throw new FormFieldErrors([{ field: 'idNumber', message: t('people.new.duplicate') }]);
      throw error;
    }
  };

  const districtOptions = [
    { value: '', label: t('people.new.district_none') },
    ...(city?.districts ?? []).map((district) => ({ value: district.townCode, label: localName(district, locale) })),
  ];
  const localeOptions = locales.map((value) => ({ value, label: nativeLanguageNames[value], lang: htmlLang[value] }));
  const disabilityOptions = [
    { value: '', label: t('people.new.disability_unrecorded') },
    ...disabilityLevels.map((level) => ({ value: level, label: t(`people.disability.${level}`) })),
  ];
  const consentError = form.formState.errors.consent?.message;

  return (
    <Page title={t('people.new.title')} siteName={t('staff-auth.site_name')} lead={<p>{t('people.new.lead')}</p>}>
      <p>
        <Link href="/staff/people">{t('people.detail.back')}</Link>
      </p>
      <KitForm form={form} label={t('people.new.title')} submitLabel={t('people.new.submit')} onSubmit={submit}>
        <FormText
          form={form}
          name="idNumber"
          label={t('people.fields.id_number')}
          hint={idKind ? t('people.new.id_valid', { kind: t(`people.id_kind.${idKind}`) }) : t('people.new.id_hint')}
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          maxLength={10}
        />
        <FormText form={form} name="name" label={t('people.fields.name')} autoComplete="off" maxLength={100} />
        <FormText form={form} name="birthDate" label={t('people.fields.birth_date')} type="date" autoComplete="off" />
        <FormText form={form} name="phone" label={t('people.fields.phone')} hint={t('people.new.phone_hint')} type="tel" autoComplete="off" />
        <FormText form={form} name="email" label={t('people.fields.email')} type="email" autoComplete="off" spellCheck={false} />
        <FormSelect form={form} name="districtCode" label={t('people.fields.district')} options={districtOptions} />
        <FormSelect form={form} name="preferredLocale" label={t('people.fields.preferred_locale')} hint={t('people.new.preferred_locale_hint')} options={localeOptions} />

        <fieldset className="fieldset person-sensitive" aria-describedby="person-sensitive-hint">
          <legend className="fieldset__legend">{t('people.new.sensitive_legend')}</legend>
          <p className="field__hint" id="person-sensitive-hint">
            {t('people.new.sensitive_hint')}
          </p>
          <FormSelect form={form} name="sensitive.disabilityLevel" label={t('people.fields.disability_level')} options={disabilityOptions} />
          <Controller
            control={form.control}
            name="sensitive.specialGroups"
            render={({ field, fieldState }) => (
              <CheckboxGroup
                id={fieldId('sensitive.specialGroups')}
                legend={t('people.fields.special_groups')}
                name="specialGroups"
                options={specialGroups.map((group) => ({ value: group, label: t(`people.special_group.${group}`) }))}
                selected={field.value}
                error={fieldState.error?.message}
                onChange={field.onChange}
              />
            )}
          />
          <FormTextArea form={form} name="sensitive.healthNotes" label={t('people.fields.health_notes')} hint={t('people.new.health_notes_hint')} />
          <div className={['field', consentError ? 'field--error' : ''].filter(Boolean).join(' ')}>
            {consentError ? (
              <p className="field__error" id="person-consent-error">
                {consentError}
              </p>
            ) : null}
            <label className="checkbox">
              <input
                id={fieldId('consent')}
                type="checkbox"
                aria-invalid={consentError ? true : undefined}
                aria-describedby={consentError ? 'person-consent-error' : undefined}
                {...form.register('consent', { onChange: () => form.clearErrors('consent') })}
              />
              <span>{t('people.new.consent')}</span>
            </label>
          </div>
        </fieldset>
      </KitForm>
    </Page>
  );
}
