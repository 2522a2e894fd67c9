import { projectStatuses, registerProjectRequest } from '../../../../src/modules/safety/safety.contract.ts';
import { Link, navigate } from '../../app/router.tsx';
import { useI18n } from '../../i18n/i18n-provider.tsx';
import type { Column } from '../../ui/data-table.tsx';
import { FormSelect, FormText, KitForm, useContractForm } from '../../ui/form-page.tsx';
import { ListPage } from '../../ui/list-page.tsx';
import { Page } from '../../ui/page.tsx';
import { localName, useCity } from '../reference-data/city.ts';
import { useDistrictName } from '../reference-data/district-name.tsx';
import { useSession, useStaff } from '../staff-auth/session-provider.tsx';
import { projectsEndpoint, registerProject, type StaffProject } from './api.ts';

/** Zero-disaster projects (無災害工程), newest first, with their months logged and certificates. */
export function ProjectsPage() {
  const { t, formatPlainDate } = useI18n();
  const { can } = useSession();
  const districtName = useDistrictName();
  const columns: Column<StaffProject>[] = [
    { key: 'projectNumber', header: t('safety.fields.project_number'), render: (p) => p.projectNumber, sortKey: 'projectNumber' },
    { key: 'name', header: t('safety.fields.name'), render: (p) => p.name, sortKey: 'name' },
    { key: 'contractor', header: t('safety.fields.contractor_name'), render: (p) => p.contractorName },
    { key: 'district', header: t('safety.fields.district'), render: (p) => districtName(p.districtCode) },
    { key: 'startsOn', header: t('safety.fields.starts_on'), render: (p) => formatPlainDate(p.startsOn), sortKey: 'startsOn' },
    { key: 'monthsLogged', header: t('safety.fields.months_logged'), render: (p) => String(p.monthsLogged), isNumeric: true },
    { key: 'status', header: t('safety.fields.status'), render: (p) => t(`safety.status.${p.status}`), sortKey: 'status' },
  ];
  return (
    <ListPage
      title={t('safety.projects.title')}
      lead={<p>{t('safety.projects.lead')}</p>}
      endpoint={projectsEndpoint}
      newItem={can('safety.write') ? { href: '/staff/safety/projects/new', label: t('safety.projects.new') } : null}
      actions={<Link href="/staff/safety">{t('safety.back_home')}</Link>}
      rowLink={{ column: 'name', href: (p) => `/staff/safety/projects/${p.id}` }}
      filters={[
        { name: 'q', kind: 'search', label: t('safety.projects.search') },
        {
          name: 'status',
          kind: 'select',
          label: t('safety.fields.status'),
          options: [{ value: '', label: t('safety.all') }, ...projectStatuses.map((s) => ({ value: s, label: t(`safety.status.${s}`) }))],
        },
      ]}
      columns={columns}
      caption={(total) => t('safety.projects.caption', { total })}
      empty={t('safety.projects.empty')}
      defaultSort="-startsOn"
    />
  );
}

type Values = {
  name: string; ownerName: string; contractorUbn: string; contractorName: string; siteAddress: string; districtCode: string;
  contractValueTwd: string; startsOn: string; plannedEndOn: string;
};
const blank: Values = { name: '', ownerName: '', contractorUbn: '', contractorName: '', siteAddress: '', districtCode: '', contractValueTwd: '', startsOn: '', plannedEndOn: '' };
const digits = (value: string) => (value.trim() === '' ? Number.NaN : Number(value.replace(/[,\s]/g, '')));

/** Registers a construction project: it is then logged month by month until the works end. */
export function ProjectNewPage() {
  const { t, locale } = useI18n();
  const { csrfToken } = useStaff();
  const city = useCity();
  const form = useContractForm<Values, typeof registerProjectRequest>({
    schema: registerProjectRequest,
    defaultValues: blank,
    toRequest: (v) => ({ ...v, name: v.name.trim(), contractValueTwd: digits(v.contractValueTwd) }),
    messages: {
      contractorUbn: t('safety.projects.ubn_invalid'),
      plannedEndOn: t('safety.projects.end_invalid'),
      startsOn: t('safety.date_invalid'),
      contractValueTwd: t('safety.projects.value_invalid'),
    },
  });
  return (
    <Page title={t('safety.projects.new_title')} siteName={t('staff-auth.site_name')} lead={<p>{t('safety.projects.new_lead')}</p>}>
      <p>
        <Link href="/staff/safety/projects">{t('safety.projects.back')}</Link>
      </p>
      <KitForm
        form={form}
        label={t('safety.projects.new_title')}
        submitLabel={t('safety.projects.register')}
        onSubmit={async (request) => {
          const created = await registerProject(request, csrfToken);
          navigate(`/staff/safety/projects/${created.id}`);
        }}
      >
        <FormText form={form} name="name" label={t('safety.fields.name')} maxLength={200} />
        <FormText form={form} name="ownerName" label={t('safety.fields.owner_name')} maxLength={200} />
        <FormText form={form} name="contractorUbn" label={t('safety.fields.contractor_ubn')} hint={t('safety.projects.ubn_hint')} inputMode="numeric" maxLength={8} autoComplete="off" />
        <FormText form={form} name="contractorName" label={t('safety.fields.contractor_name')} maxLength={200} />
        <FormSelect
          form={form}
          name="districtCode"
          label={t('safety.fields.district')}
          options={[{ value: '', label: t('safety.choose') }, ...(city?.districts ?? []).map((d) => ({ value: d.townCode, label: localName(d, locale) }))]}
        />
        <FormText form={form} name="siteAddress" label={t('safety.fields.site_address')} maxLength={300} />
        <FormText form={form} name="contractValueTwd" label={t('safety.fields.contract_value')} hint={t('safety.projects.value_hint')} inputMode="numeric" />
        <FormText form={form} name="startsOn" label={t('safety.fields.starts_on')} type="date" />
        <FormText form={form} name="plannedEndOn" label={t('safety.fields.planned_end_on')} type="date" />
      </KitForm>
    </Page>
  );
}
