import { type FormEvent, useRef, useState } from 'react';
import { disabilityLevels } from '../../../../src/modules/people/people.contract.ts';
import { identifyIdNumber } from '../../../../src/modules/people/identifiers.ts';
import { htmlLang, locales, type Locale } from '../../../../src/shared/i18n/locales.ts';
import { ApiError } from '../../app/api-client.ts';
import { Link, navigate } from '../../app/router.tsx';
import { useI18n } from '../../i18n/i18n-provider.tsx';
import { Button } from '../../ui/button.tsx';
import { CheckboxGroup, SelectField, TextField } from '../../ui/form-field.tsx';
import { Page } from '../../ui/page.tsx';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { TextAreaField } from '../../ui/form-field.tsx';
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

type Form = {
  idNumber: string;
  name: string;
  birthDate: string;
  phone: string;
  email: string;
  districtCode: string;
  preferredLocale: Locale;
  disabilityLevel: string;
  healthNotes: string;
};

const blank: Form = {
  idNumber: '',
  name: '',
  birthDate: '',
  phone: '',
  email: '',
  districtCode: '',
  preferredLocale: 'zh-TW',
  disabilityLevel: '',
  healthNotes: '',
};

const normalisedId = (value: string) => value.trim().toUpperCase();

/**
 * The server's field messages, keyed by field; sensitive attributes by their own name
 * (`sensitive.healthNotes` → `healthNotes`) since they have fields of their own on this form.
 */
function serverFieldErrors(error: unknown): Record<string, string> {
  if (!(error instanceof ApiError) || !error.problem?.errors) return {};
  const byField: Record<string, string> = {};
  for (const issue of error.problem.errors) {
    const [first, second] = issue.field.split('.');
    const field = first === 'sensitive' && second ? second : (first ?? issue.field);
    byField[field] ??= issue.message;
  }
  return byField;
}

function focusFirstError(form: HTMLFormElement | null): void {
  requestAnimationFrame(() => form?.querySelector<HTMLElement>('[aria-invalid="true"], .field--error input')?.focus());
}

/** Register a person. The ID number is checked here as it is typed, and again by the server. */
export function PersonNewPage() {
  const { t, locale } = useI18n();
  const { csrfToken } = useStaff();
  const city = useCity();
  const formRef = useRef<HTMLFormElement>(null);
  const [form, setForm] = useState<Form>(blank);
  const [groups, setGroups] = useState<string[]>([]);
  const [hasConsent, setConsent] = useState(false);
  const [clientErrors, setClientErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<unknown>();
  const [isBusy, setBusy] = useState(false);
  const errors = { ...serverFieldErrors(error), ...clientErrors };
  if (error instanceof ApiError && error.status === 409) errors.idNumber ??= t('people.new.duplicate');

  const set = (field: keyof Form) => (event: { target: { value: string } }) => {
    const value = event.target.value;
    setForm((previous) => ({ ...previous, [field]: value }));
    // Once a message shows, it goes as soon as the value is right (and not before).
    if (field === 'idNumber' && clientErrors.idNumber && identifyIdNumber(normalisedId(value))) {
      setClientErrors(({ idNumber: _, ...rest }) => rest);
    }
  };

  const idMessage = (value: string): string | undefined => {
    if (!value.trim()) return t('people.new.required');
    return identifyIdNumber(normalisedId(value)) ? undefined : t('people.new.id_invalid');
  };
  const checkIdOnLeave = () => {
    if (!form.idNumber.trim()) return;
    const message = idMessage(form.idNumber);
    setClientErrors(({ idNumber: _, ...rest }) => (message ? { ...rest, idNumber: message } : rest));
  };

  const idKind = identifyIdNumber(normalisedId(form.idNumber));
  const hasSensitive = Boolean(form.disabilityLevel || groups.length || form.healthNotes.trim());

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found: Record<string, string> = {};
    const idError = idMessage(form.idNumber);
    if (idError) found.idNumber = idError;
    if (!form.name.trim()) found.name = t('people.new.required');
    if (hasSensitive && !hasConsent) found.consent = t('people.new.consent_required');
    setClientErrors(found);
    if (Object.keys(found).length) {
      setError(undefined);
      focusFirstError(formRef.current);
      return;
    }
    setBusy(true);
    setError(undefined);
    const body: CreatePerson = {
      idNumber: normalisedId(form.idNumber),
      name: form.name.trim(),
      preferredLocale: form.preferredLocale,
    };
    if (form.birthDate) body.birthDate = form.birthDate;
    if (form.phone.trim()) body.phone = form.phone.trim();
    if (form.email.trim()) body.email = form.email.trim();
    if (form.districtCode) body.districtCode = form.districtCode;
    if (hasSensitive) {
      body.sensitive = { specialGroups: groups };
      if (form.disabilityLevel) body.sensitive.disabilityLevel = form.disabilityLevel as (typeof disabilityLevels)[number];
      if (form.healthNotes.trim()) body.sensitive.healthNotes = form.healthNotes.trim();
    }
    try {
      const created = await createPerson(body, csrfToken);
      navigate(`/staff/people/${created.id}`, { state: { justRegistered: true } });
    } catch (caught) {
      setError(caught);
      focusFirstError(formRef.current);
    } finally {
      setBusy(false);
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

  return (
    <Page title={t('people.new.title')} siteName={t('staff-auth.site_name')} lead={<p>{t('people.new.lead')}</p>}>
      <p>
        <Link href="/staff/people">{t('people.detail.back')}</Link>
      </p>
      <ProblemAlert error={error} />
      <form ref={formRef} className="form" onSubmit={submit} noValidate>
        <TextField
          label={t('people.fields.id_number')}
          hint={idKind ? t('people.new.id_valid', { kind: t(`people.id_kind.${idKind}`) }) : t('people.new.id_hint')}
          name="idNumber"
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          maxLength={10}
          required
          value={form.idNumber}
          error={errors.idNumber}
          onChange={set('idNumber')}
          onBlur={checkIdOnLeave}
        />
        <TextField
          label={t('people.fields.name')}
          name="name"
          autoComplete="off"
          maxLength={100}
          required
          value={form.name}
          error={errors.name}
          onChange={set('name')}
        />
        <TextField
          label={t('people.fields.birth_date')}
          name="birthDate"
          type="date"
          autoComplete="off"
          value={form.birthDate}
          error={errors.birthDate}
          onChange={set('birthDate')}
        />
        <TextField
          label={t('people.fields.phone')}
          hint={t('people.new.phone_hint')}
          name="phone"
          type="tel"
          autoComplete="off"
          value={form.phone}
          error={errors.phone}
          onChange={set('phone')}
        />
        <TextField
          label={t('people.fields.email')}
          name="email"
          type="email"
          autoComplete="off"
          spellCheck={false}
          value={form.email}
          error={errors.email}
          onChange={set('email')}
        />
        <SelectField
          label={t('people.fields.district')}
          name="districtCode"
          options={districtOptions}
          value={form.districtCode}
          error={errors.districtCode}
          onChange={set('districtCode')}
        />
        <SelectField
          label={t('people.fields.preferred_locale')}
          hint={t('people.new.preferred_locale_hint')}
          name="preferredLocale"
          options={localeOptions}
          value={form.preferredLocale}
          error={errors.preferredLocale}
          onChange={set('preferredLocale')}
        />

        <fieldset className="fieldset person-sensitive" aria-describedby="person-sensitive-hint">
          <legend className="fieldset__legend">{t('people.new.sensitive_legend')}</legend>
          <p className="field__hint" id="person-sensitive-hint">
            {t('people.new.sensitive_hint')}
          </p>
          <SelectField
            label={t('people.fields.disability_level')}
            name="disabilityLevel"
            options={disabilityOptions}
            value={form.disabilityLevel}
            error={errors.disabilityLevel}
            onChange={set('disabilityLevel')}
          />
          <CheckboxGroup
            legend={t('people.fields.special_groups')}
            name="specialGroups"
            options={specialGroups.map((group) => ({ value: group, label: t(`people.special_group.${group}`) }))}
            selected={groups}
            error={errors.specialGroups}
            onChange={setGroups}
          />
          <TextAreaField
            label={t('people.fields.health_notes')}
            hint={t('people.new.health_notes_hint')}
            name="healthNotes"
            maxLength={2000}
            value={form.healthNotes}
            error={errors.healthNotes}
            onChange={set('healthNotes')}
          />
          <div className={['field', errors.consent ? 'field--error' : ''].filter(Boolean).join(' ')}>
            {errors.consent ? (
              <p className="field__error" id="person-consent-error">
                {errors.consent}
              </p>
            ) : null}
            <label className="checkbox">
              <input
                type="checkbox"
                name="consent"
                checked={hasConsent}
                aria-invalid={errors.consent ? true : undefined}
                aria-describedby={errors.consent ? 'person-consent-error' : undefined}
                onChange={(event) => {
                  setConsent(event.target.checked);
                  if (event.target.checked) setClientErrors(({ consent: _, ...rest }) => rest);
                }}
              />
              <span>{t('people.new.consent')}</span>
            </label>
          </div>
        </fieldset>

        <Button type="submit" disabled={isBusy}>
          {t('people.new.submit')}
        </Button>
      </form>
    </Page>
  );
}
