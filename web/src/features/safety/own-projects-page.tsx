import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { SelectField } from '../../ui/form-field.tsx';
import { ownProjectRequest } from '../../../../src/modules/safety/safety.contract.ts';
import { Link } from '../../app/router.tsx';
import { useI18n } from '../../i18n/i18n-provider.tsx';
import { FormSelect, FormText, KitForm, useContractForm } from '../../ui/form-page.tsx';
import { Loading } from '../../ui/loading.tsx';
import { Page } from '../../ui/page.tsx';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { useRequiredAccount } from '../public-account/session.ts';
import { localName, useCity } from '../reference-data/city.ts';
import { useDistrictName } from '../reference-data/district-name.tsx';
import { addOwnLog, getOwnProjects, registerOwnProject, type StaffProject } from './api.ts';
import { LogForm } from './project-page.tsx';
import './zero-disaster.css';

type Values = { name: string; ownerName: string; siteAddress: string; districtCode: string; contractValueTwd: string; startsOn: string; plannedEndOn: string };
const blank: Values = { name: '', ownerName: '', siteAddress: '', districtCode: '', contractValueTwd: '', startsOn: '', plannedEndOn: '' };

/** The contractor's own zero-disaster projects: register one, log each month; the bureau reviews at the end. */
export function OwnProjectsPage() {
  const { t, locale, formatPlainDate } = useI18n();
  const session = useRequiredAccount('employer');
  const client = useQueryClient();
  const city = useCity();
  const districtName = useDistrictName();
  const projects = useQuery({ queryKey: ['me', 'zero-disaster'], queryFn: ({ signal }) => getOwnProjects(signal), enabled: Boolean(session) });
  const refresh = () => client.invalidateQueries({ queryKey: ['me', 'zero-disaster'] });
  const form = useContractForm<Values, typeof ownProjectRequest>({
    schema: ownProjectRequest,
    defaultValues: blank,
    toRequest: (v) => ({ ...v, contractValueTwd: v.contractValueTwd.trim() === '' ? Number.NaN : Number(v.contractValueTwd.replace(/[,\s]/g, '')) }),
    messages: { plannedEndOn: t('safety.projects.end_invalid'), contractValueTwd: t('safety.projects.value_invalid'), startsOn: t('safety.date_invalid') },
  });
  const [projectId, setProjectId] = useState('');
  const active = (projects.data?.items ?? []).filter((p) => p.status === 'active');
  const chosen = active.find((p) => p.id === projectId) ?? active[0];
  if (!session) return <Loading label={t('common.loading')} />;
  const card = (p: StaffProject) => (
    <li key={p.id} className="zd-card">
      <h3 className="zd-card__title">{p.name}</h3>
      <p className={p.status === 'certified' ? 'zd-badge zd-badge--certified' : 'zd-badge'}>{t(`safety.status.${p.status}`)}</p>
      <dl className="zd-facts">
        <dt>{t('safety.fields.project_number')}</dt>
        <dd>{p.projectNumber}</dd>
        <dt>{t('safety.fields.site_address')}</dt>
        <dd>{`${districtName(p.districtCode)} ${p.siteAddress}`}</dd>
        <dt>{t('safety.fields.starts_on')}</dt>
        <dd>{formatPlainDate(p.startsOn)}</dd>
        <dt>{t('safety.fields.months_logged')}</dt>
        <dd>{p.monthsLogged}</dd>
      </dl>
    </li>
  );
  return (
    <Page title={t('zero-disaster.own.title')} siteName={t('common.site_name')} lead={<p>{t('zero-disaster.own.lead')}</p>}>
      <p>
        <Link href="/account">{t('public-account.home.title')}</Link>
      </p>
      <ProblemAlert error={projects.error} />
      <section aria-labelledby="own-projects">
        <h2 id="own-projects">{t('zero-disaster.own.list')}</h2>
        {projects.data?.items.length ? <ul className="zd-cards">{projects.data.items.map(card)}</ul> : <p>{t('zero-disaster.own.empty')}</p>}
      </section>
      {active.length ? (
        <section aria-labelledby="own-log">
          <h2 id="own-log">{t('zero-disaster.own.log')}</h2>
          <SelectField id="own-project" label={t('zero-disaster.own.project')} value={chosen?.id ?? ''} onChange={(e) => setProjectId(e.target.value)} options={active.map((p) => ({ value: p.id, label: p.name }))} />
          {chosen ? <LogForm key={chosen.id} save={(request) => addOwnLog(chosen.id, request, session.csrfToken)} onSaved={refresh} canDesignate={false} /> : null}
        </section>
      ) : null}
      <section aria-labelledby="own-register">
        <h2 id="own-register">{t('zero-disaster.own.register')}</h2>
        <KitForm
          form={form}
          label={t('zero-disaster.own.register')}
          submitLabel={t('safety.projects.register')}
          onSubmit={async (request) => {
            await registerOwnProject(request, session.csrfToken);
            form.reset(blank);
            await refresh();
          }}
        >
          <FormText form={form} name="name" label={t('safety.fields.name')} maxLength={200} />
          <FormText form={form} name="ownerName" label={t('safety.fields.owner_name')} maxLength={200} />
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
      </section>
    </Page>
  );
}
