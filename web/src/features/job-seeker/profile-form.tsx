import type { Path } from 'react-hook-form';
import { certificateLevels, shifts, specialGroups } from '../../../../src/modules/employment/employment.contract.ts';
import { selfProfileRequest } from '../../../../src/modules/employment/employment.self-service.contract.ts';
import { useI18n } from '../../i18n/i18n-provider.tsx';
import { CheckboxGroup } from '../../ui/form-field.tsx';
import { fieldId, FormSelect, FormText, KitForm, useContractForm } from '../../ui/form-page.tsx';
import { OccupationPicker } from '../employment/occupations.tsx';
import { localName, useCity } from '../reference-data/city.ts';
import type { OwnProfile, OwnProfileUpdate } from './api.ts';

/** Languages and licences offered as choices: the common ones at the city's stations (codes stay short). */
const languageChoices = ['zh', 'nan', 'hak', 'en', 'vi', 'id', 'th', 'ja'] as const;
const licenceChoices = ['car', 'motorcycle', 'truck', 'trailer', 'bus'] as const;
const certificateRows = [0, 1] as const;

type Values = {
  stationCode: string;
  desiredOccupations: string[];
  districtCodes: string[];
  lowestWageType: 'monthly' | 'hourly';
  lowestWage: string;
  employmentType: 'full-time' | 'part-time' | 'either';
  shifts: string[];
  skills: string;
  certificates: { name: string; level: string; number: string }[];
  languages: string[];
  drivingLicences: string[];
  specialGroups: string[];
  consent: boolean;
};

const list = (text: string) => text.split(/[,，、\n]/).map((s) => s.trim()).filter(Boolean);

function toRequest(v: Values): OwnProfileUpdate {
  return {
    stationCode: v.stationCode,
    desiredOccupations: v.desiredOccupations,
    districtCodes: v.districtCodes,
    ...(v.lowestWage.trim() ? { lowestWage: { type: v.lowestWageType, amount: Number(v.lowestWage) } } : {}),
    employmentType: v.employmentType,
    shifts: v.shifts as OwnProfileUpdate['shifts'],
    skills: list(v.skills),
    certificates: v.certificates
      .filter((c) => c.name.trim())
      .map((c) => ({
        kind: '技術士' as const,
        name: c.name.trim(),
        ...(c.level ? { level: c.level as (typeof certificateLevels)[number] } : {}),
        ...(c.number.trim() ? { number: c.number.trim() } : {}),
      })),
    languages: v.languages,
    drivingLicences: v.drivingLicences,
    ...(v.specialGroups.length ? { specialGroups: { groups: v.specialGroups as (typeof specialGroups)[number][], consent: v.consent as true } } : {}),
  };
}

function fromProfile(p: OwnProfile | null): Values {
  const certificates = certificateRows.map((i) => {
    const c = p?.certificates[i];
    return { name: c?.name ?? '', level: c?.level ?? '', number: c?.number ?? '' };
  });
  return {
    stationCode: p?.stationCode ?? '',
    desiredOccupations: p?.desiredOccupations ?? [],
    districtCodes: p?.districtCodes ?? [],
    lowestWageType: p?.lowestWage?.type ?? 'monthly',
    lowestWage: p?.lowestWage ? String(p.lowestWage.amount) : '',
    employmentType: (p?.employmentType as Values['employmentType'] | undefined) ?? 'either',
    shifts: p?.shifts ?? [],
    skills: (p?.skills ?? []).join('、'),
    certificates,
    languages: p?.languages ?? [],
    drivingLicences: p?.drivingLicences ?? [],
    specialGroups: p?.specialGroups?.groups ?? [],
    consent: Boolean(p?.specialGroups),
  };
}

/** The job seeker's own profile; the first save registers them at the station they choose. */
export function ProfileForm({ profile, onSave }: { profile: OwnProfile | null; onSave: (request: OwnProfileUpdate) => Promise<void> }) {
  const { t, locale } = useI18n();
  const city = useCity();
  const form = useContractForm<Values, typeof selfProfileRequest>({
    schema: selfProfileRequest,
    defaultValues: fromProfile(profile),
    toRequest,
    // The consent box is `consent` in the form and `specialGroups.consent` in the contract: worded under both.
    required: { stationCode: t('job-seeker.profile.station_required'), 'specialGroups.consent': t('job-seeker.profile.consent_required') },
    messages: {
      stationCode: t('job-seeker.profile.station_required'),
      'specialGroups.consent': t('job-seeker.profile.consent_required'),
      'lowestWage.amount': t('job-seeker.profile.wage_invalid'),
    },
  });
  const group = (name: 'desiredOccupations' | 'districtCodes' | 'shifts' | 'languages' | 'drivingLicences' | 'specialGroups') => ({
    id: fieldId(name),
    name,
    selected: form.watch(name),
    onChange: (selected: string[]) => form.setValue(name, selected),
  });
  const errorOf = (path: string) => {
    let node: unknown = form.formState.errors;
    for (const part of path.split('.')) node = node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined;
    const message = node && typeof node === 'object' ? (node as { message?: unknown }).message : undefined;
    return typeof message === 'string' ? message : undefined;
  };
  const stationOptions = [
    { value: '', label: t('job-seeker.profile.choose') },
    ...(city?.employmentServiceStations ?? []).map((s) => ({ value: s.code, label: localName(s, locale) })),
  ];
  return (
    <KitForm form={form} label={t('job-seeker.profile.form_label')} submitLabel={t(`job-seeker.profile.${profile ? 'save' : 'register'}`)} onSubmit={onSave}>
      {profile ? null : (
        <FormSelect form={form} name="stationCode" label={t('job-seeker.profile.station')} hint={t('job-seeker.profile.station_hint')} options={stationOptions} />
      )}
      <OccupationPicker
        legend={t('job-seeker.profile.occupations')}
        hint={t('job-seeker.profile.occupations_hint')}
        error={errorOf('desiredOccupations')}
        {...group('desiredOccupations')}
      />
      <CheckboxGroup
        legend={t('job-seeker.profile.districts')}
        error={errorOf('districtCodes')}
        options={(city?.districts ?? []).map((d) => ({ value: d.townCode, label: localName(d, locale) }))}
        {...group('districtCodes')}
      />
      <FormSelect
        form={form}
        name="lowestWageType"
        label={t('job-seeker.profile.wage_type')}
        options={(['monthly', 'hourly'] as const).map((value) => ({ value, label: t(`job-seeker.wage_kind.${value}`) }))}
      />
      <FormText form={form} name="lowestWage" label={t('job-seeker.profile.lowest_wage')} hint={t('job-seeker.profile.lowest_wage_hint')} inputMode="numeric" />
      <FormSelect
        form={form}
        name="employmentType"
        label={t('job-seeker.profile.employment_type')}
        options={(['either', 'full-time', 'part-time'] as const).map((value) => ({ value, label: t(`job-seeker.employment_type.${value}`) }))}
      />
      <CheckboxGroup legend={t('job-seeker.profile.shifts')} options={shifts.map((value) => ({ value, label: t(`job-seeker.shift.${value}`) }))} {...group('shifts')} />
      <FormText form={form} name="skills" label={t('job-seeker.profile.skills')} hint={t('job-seeker.profile.skills_hint')} />
      {certificateRows.map((i) => (
        <fieldset className="fieldset" key={i}>
          <legend className="fieldset__legend">{t('job-seeker.profile.certificate', { n: i + 1 })}</legend>
          <FormText form={form} name={`certificates.${i}.name` as Path<Values>} label={t('job-seeker.profile.certificate_name')} hint={t('job-seeker.profile.certificate_hint')} />
          <FormSelect
            form={form}
            name={`certificates.${i}.level` as Path<Values>}
            label={t('job-seeker.profile.certificate_level')}
            options={[{ value: '', label: t('job-seeker.profile.choose') }, ...certificateLevels.map((level) => ({ value: level, label: t(`job-seeker.level.${level}`) }))]}
          />
          <FormText form={form} name={`certificates.${i}.number` as Path<Values>} label={t('job-seeker.profile.certificate_number')} autoComplete="off" />
        </fieldset>
      ))}
      <CheckboxGroup legend={t('job-seeker.profile.languages')} options={languageChoices.map((value) => ({ value, label: t(`job-seeker.language.${value}`) }))} {...group('languages')} />
      <CheckboxGroup legend={t('job-seeker.profile.licences')} options={licenceChoices.map((value) => ({ value, label: t(`job-seeker.licence.${value}`) }))} {...group('drivingLicences')} />
      <fieldset className="fieldset">
        <legend className="fieldset__legend">{t('job-seeker.profile.special_title')}</legend>
        <p className="field__hint">{t('job-seeker.profile.special_hint')}</p>
        <CheckboxGroup
          legend={t('job-seeker.profile.special_groups')}
          options={specialGroups.map((value) => ({ value, label: t(`job-seeker.special_group.${value}`) }))}
          {...group('specialGroups')}
        />
        <div className={['field', errorOf('specialGroups.consent') ? 'field--error' : ''].filter(Boolean).join(' ')}>
          {errorOf('specialGroups.consent') ? <p className="field__error">{errorOf('specialGroups.consent')}</p> : null}
          <label className="checkbox">
            <input type="checkbox" id={fieldId('specialGroups.consent')} {...form.register('consent')} />
            <span>{t('job-seeker.profile.consent')}</span>
          </label>
        </div>
      </fieldset>
    </KitForm>
  );
}
