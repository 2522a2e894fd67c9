import { z } from 'zod';
import { idNumberField } from '../../../../src/modules/people/people.contract.ts';
import { ApiError } from '../../app/api-client.ts';
import { Link, navigate } from '../../app/router.tsx';
import { useI18n } from '../../i18n/i18n-provider.tsx';
import { FormFieldErrors, FormSelect, FormText, KitForm, useContractForm } from '../../ui/form-page.tsx';
import { Page } from '../../ui/page.tsx';
import { localName, useCity } from '../reference-data/city.ts';
import { useStaff } from '../staff-auth/session-provider.tsx';
import { useOccupationOptions } from './occupations.tsx';
import { createJobSeeker, createPerson, findPeople } from './job-seekers-api.ts';

const schema = z.object({
  idNumber: idNumberField,
  name: z.string().trim().min(1).max(100),
  districtCode: z.string().regex(/^\d{8}$/),
  phone: z.string().trim().max(20),
  occupationCode: z.string(),
  lowestWage: z.string().regex(/^\d{0,7}$/),
});
type Values = z.input<typeof schema>;

/**
 * An officer registers a job seeker at the station (the record belongs to the officer's home station). The
 * person is found by the whole ID number, or registered; the profile can be completed with the person.
 */
export function JobSeekerNewPage() {
  const { t, locale } = useI18n();
  const { csrfToken } = useStaff();
  const city = useCity();
  const occupationOptions = useOccupationOptions();
  const form = useContractForm<Values, typeof schema>({
    schema,
    defaultValues: { idNumber: '', name: '', districtCode: '', phone: '', occupationCode: '', lowestWage: '' },
    messages: { idNumber: t('referrals.seekers.id_number_invalid'), districtCode: t('referrals.seekers.district_required'), lowestWage: t('referrals.seekers.wage_invalid') },
    required: { districtCode: t('referrals.seekers.district_required') },
  });
  const submit = async (v: z.output<typeof schema>) => {
    const found = await findPeople(v.idNumber, csrfToken);
    const personId =
      found.items[0]?.id ??
      (await createPerson({ idNumber: v.idNumber, name: v.name, districtCode: v.districtCode, ...(v.phone ? { phone: v.phone } : {}) }, csrfToken)).id;
    try {
      const created = await createJobSeeker(
        {
          personId,
          desiredOccupations: v.occupationCode ? [v.occupationCode] : [],
          districtCodes: [v.districtCode],
          ...(v.lowestWage ? { lowestWage: { type: 'monthly' as const, amount: Number(v.lowestWage) } } : {}),
        },
        csrfToken,
      );
      navigate(`/staff/job-seekers/${created.id}`);
    } catch (error) {
      // One person, one job seeker: a 409 means the person is registered already (here or at another station).
      if (error instanceof ApiError && error.status === 409) throw new FormFieldErrors([{ field: 'idNumber', message: t('referrals.seekers.already') }]);
      throw error;
    }
  };
  const choose = t('employment.new.choose');
  return (
    <Page title={t('referrals.seekers.new_title')} siteName={t('staff-auth.site_name')} lead={<p>{t('referrals.seekers.new_lead')}</p>}>
      <p>
        <Link href="/staff/job-seekers">{t('referrals.seekers.back')}</Link>
      </p>
      <KitForm form={form} label={t('referrals.seekers.new_title')} submitLabel={t('referrals.seekers.new_submit')} onSubmit={submit}>
        <FormText form={form} name="idNumber" label={t('referrals.seekers.id_number')} autoComplete="off" autoCapitalize="characters" spellCheck={false} maxLength={10} />
        <FormText form={form} name="name" label={t('referrals.seekers.name')} hint={t('referrals.seekers.name_hint')} autoComplete="off" />
        <FormSelect
          form={form}
          name="districtCode"
          label={t('referrals.seekers.district')}
          options={[{ value: '', label: choose }, ...(city?.districts ?? []).map((d) => ({ value: d.townCode, label: localName(d, locale) }))]}
        />
        <FormText form={form} name="phone" label={t('referrals.seekers.phone')} type="tel" autoComplete="off" />
        <FormSelect
          form={form}
          name="occupationCode"
          label={t('referrals.seekers.occupation')}
          options={[
            { value: '', label: choose },
            ...occupationOptions,
          ]}
        />
        <FormText form={form} name="lowestWage" label={t('referrals.seekers.lowest_wage')} inputMode="numeric" />
      </KitForm>
    </Page>
  );
}
