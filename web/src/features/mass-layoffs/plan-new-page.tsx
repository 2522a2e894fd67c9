/** Staff enter a plan received on paper: the employer by its UBN, then the same fields as the online form. */
import { Link, navigate } from '../../app/router.tsx';
import { useI18n } from '../../i18n/i18n-provider.tsx';
import { FormFieldErrors, FormText, KitForm } from '../../ui/form-page.tsx';
import { Page } from '../../ui/page.tsx';
import { useStaff } from '../staff-auth/session-provider.tsx';
import { fileStaffPlan, findEmployerByUbn } from './api.ts';
import { PlanFields, usePlanForm } from './plan-fields.tsx';
import './mass-layoffs.css';

export function MassLayoffNewPage() {
  const { t } = useI18n();
  const { csrfToken } = useStaff();
  const form = usePlanForm();
  return (
    <Page title={t('mass-layoffs.staff.new_title')} siteName={t('staff-auth.site_name')} lead={<p>{t('mass-layoffs.staff.new_lead')}</p>}>
      <p>
        <Link href="/staff/mass-layoffs">{t('mass-layoffs.staff.back')}</Link>
      </p>
      <KitForm
        form={form}
        label={t('mass-layoffs.staff.new_title')}
        submitLabel={t('mass-layoffs.staff.submit')}
        onSubmit={async (request) => {
          const ubn = form.getValues('ubn').trim();
          const employer = /^\d{8}$/.test(ubn) ? await findEmployerByUbn(ubn) : undefined;
          if (!employer) throw new FormFieldErrors([{ field: 'ubn', message: t('mass-layoffs.staff.ubn_unknown') }]);
          const filed = await fileStaffPlan({ ...request, employerId: employer.id }, csrfToken);
          navigate(`/staff/mass-layoffs/${filed.id}`);
        }}
      >
        <FormText form={form} name="ubn" label={t('mass-layoffs.fields.ubn')} hint={t('mass-layoffs.hints.ubn')} inputMode="numeric" maxLength={8} />
        <PlanFields form={form} />
      </KitForm>
    </Page>
  );
}
