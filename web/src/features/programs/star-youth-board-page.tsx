/** 摘星青年 (plan 一-8): the three bases and their units, allocation of approved applicants, and the visits due. */
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { tenancyInput, unitInput } from '../../../../src/modules/programs/star-youth.contract.ts';
import { Link } from '../../app/router.tsx';
import { useI18n } from '../../i18n/i18n-provider.tsx';
import { DataTable } from '../../ui/data-table.tsx';
import { DetailPage, SummaryList } from '../../ui/detail-page.tsx';
import { FormSelect, FormText, KitForm, useContractForm } from '../../ui/form-page.tsx';
import { Loading } from '../../ui/loading.tsx';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { useSession, useStaff } from '../staff-auth/session-provider.tsx';
import { addUnit, allocateUnit, getBoard, getVisitsDue, type StarYouthBoard } from './startups-api.ts';

const boardKey = ['star-youth-board'];

function AllocateForm({ board }: { board: StarYouthBoard }) {
  const { t, formatPlainDate } = useI18n();
  const { csrfToken } = useStaff();
  const client = useQueryClient();
  const vacant = board.bases.flatMap((b) => b.units.filter((u) => u.status === 'vacant').map((u) => ({ value: u.id, label: `${b.name} ${u.code} ${u.name}` })));
  const form = useContractForm<{ applicationId: string; unitId: string; businessName: string; startsOn: string; endsOn: string }, typeof tenancyInput>({
    schema: tenancyInput,
    defaultValues: { applicationId: '', unitId: '', businessName: '', startsOn: '', endsOn: '' },
  });
  return (
    <section aria-labelledby="allocate-title" className="section">
      <h2 id="allocate-title">{t('startups.board.allocate_title')}</h2>
      <p>{t('startups.board.allocate_lead')}</p>
      <KitForm
        form={form}
        label={t('startups.board.allocate_title')}
        submitLabel={t('startups.board.allocate_submit')}
        onSubmit={async (request) => {
          await allocateUnit(request, csrfToken);
          await client.invalidateQueries({ queryKey: boardKey });
          form.reset();
        }}
      >
        <FormSelect
          form={form}
          name="applicationId"
          label={t('startups.board.applicant')}
          options={[{ value: '', label: t('startups.board.choose') }, ...board.waiting.map((w) => ({ value: w.applicationId, label: w.applicant }))]}
        />
        <FormSelect form={form} name="unitId" label={t('startups.board.unit')} options={[{ value: '', label: t('startups.board.choose') }, ...vacant]} />
        <FormText form={form} name="businessName" label={t('startups.board.business')} />
        <FormText form={form} name="startsOn" label={t('startups.board.starts_on')} type="date" />
        <FormText form={form} name="endsOn" label={t('startups.board.ends_on')} type="date" hint={t('startups.board.ends_on_hint', { example: formatPlainDate('2026-12-31') })} />
      </KitForm>
    </section>
  );
}

function AddUnitForm({ board }: { board: StarYouthBoard }) {
  const { t } = useI18n();
  const { csrfToken } = useStaff();
  const client = useQueryClient();
  const form = useContractForm<{ baseCode: string; code: string; name: string; areaM2: string }, typeof unitInput>({
    schema: unitInput,
    defaultValues: { baseCode: '', code: '', name: '', areaM2: '' },
    toRequest: (v) => ({ baseCode: v.baseCode, code: v.code.trim(), name: v.name, ...(v.areaM2.trim() ? { areaM2: Number(v.areaM2.trim()) } : {}) }),
  });
  return (
    <section aria-labelledby="unit-title" className="section">
      <h2 id="unit-title">{t('startups.board.unit_title')}</h2>
      <KitForm
        form={form}
        label={t('startups.board.unit_title')}
        submitLabel={t('startups.board.unit_submit')}
        onSubmit={async (request) => {
          await addUnit(request, csrfToken);
          await client.invalidateQueries({ queryKey: boardKey });
          form.reset();
        }}
      >
        <FormSelect form={form} name="baseCode" label={t('startups.board.base')} options={[{ value: '', label: t('startups.board.choose') }, ...board.bases.map((b) => ({ value: b.code, label: b.name }))]} />
        <FormText form={form} name="code" label={t('startups.board.unit_code')} hint={t('startups.board.unit_code_hint')} />
        <FormText form={form} name="name" label={t('startups.board.unit_name')} />
        <FormText form={form} name="areaM2" label={t('startups.board.area')} inputMode="decimal" />
      </KitForm>
    </section>
  );
}

function VisitsDue() {
  const { t, formatPlainDate } = useI18n();
  const due = useQuery({ queryKey: ['star-youth-visits-due'], queryFn: ({ signal }) => getVisitsDue(signal) });
  return (
    <section aria-labelledby="due-title" className="section">
      <h2 id="due-title">{t('startups.due.title')}</h2>
      <p>{t('startups.due.lead')}</p>
      <ProblemAlert error={due.error} />
      <DataTable
        caption={t('startups.due.caption', { total: due.data?.length ?? 0 })}
        rowKey={(d) => d.tenancyId}
        rows={due.data ?? []}
        empty={t('startups.due.empty')}
        columns={[
          { key: 'business', header: t('startups.board.business'), render: (d) => <Link href={`/staff/programs/star-youth/tenancies/${d.tenancyId}`}>{d.businessName}</Link> },
          { key: 'tenant', header: t('startups.board.tenant'), render: (d) => d.tenant },
          { key: 'unit', header: t('startups.board.unit'), render: (d) => `${d.baseName} ${d.unitCode}` },
          { key: 'last', header: t('startups.due.last'), render: (d) => (d.lastVisitedOn ? formatPlainDate(d.lastVisitedOn) : t('startups.due.never')) },
          { key: 'due', header: t('startups.due.due'), render: (d) => `${formatPlainDate(d.dueOn)}${d.overdue ? ` ${t('startups.due.overdue')}` : ''}` },
        ]}
      />
    </section>
  );
}

export function StarYouthBoardPage() {
  const { t, formatNumber, formatPlainDate } = useI18n();
  const { can } = useSession();
  const board = useQuery({ queryKey: boardKey, queryFn: ({ signal }) => getBoard(signal) });
  const b = board.data;
  return (
    <DetailPage title={t('startups.board.title')} back={{ href: '/staff/programs', label: t('startups.back') }}>
      <p>{t('startups.board.lead')}</p>
      <ProblemAlert error={board.error} />
      {board.isPending ? <Loading label={t('common.loading')} /> : null}
      {b ? (
        <>
          <SummaryList
            items={[
              { label: t('startups.board.places'), value: b.program.places === null ? t('startups.board.places_unset') : `${formatNumber(b.program.placesCommitted)} / ${formatNumber(b.program.places)}` },
              { label: t('startups.board.housed'), value: formatNumber(b.program.housed) },
              { label: t('startups.board.waiting'), value: formatNumber(b.waiting.length) },
              { label: t('startups.board.monthly'), value: t('startups.board.monthly_value') },
            ]}
          />
          {b.bases.map((base) => (
            <DataTable
              key={base.code}
              caption={t('startups.board.base_caption', { base: base.name, district: base.districtName, total: base.units.length })}
              rowKey={(u) => u.id}
              rows={base.units}
              empty={t('startups.board.no_units')}
              columns={[
                { key: 'code', header: t('startups.board.unit_code'), render: (u) => (u.demo ? `${u.code} ${t('startups.board.demo')}` : u.code) },
                { key: 'name', header: t('startups.board.unit_name'), render: (u) => u.name },
                { key: 'area', header: t('startups.board.area'), render: (u) => (u.areaM2 === null ? '' : formatNumber(u.areaM2)) },
                { key: 'status', header: t('startups.board.status'), render: (u) => t(`startups.unit_status.${u.status}`) },
                {
                  key: 'tenant',
                  header: t('startups.board.tenant'),
                  render: (u) =>
                    u.tenancy ? (
                      <Link href={`/staff/programs/star-youth/tenancies/${u.tenancy.id}`}>
                        {t('startups.board.tenant_line', { business: u.tenancy.businessName, tenant: u.tenancy.tenant, from: formatPlainDate(u.tenancy.startsOn), to: formatPlainDate(u.tenancy.endsOn) })}
                      </Link>
                    ) : (
                      ''
                    ),
                },
              ]}
            />
          ))}
          <VisitsDue />
          {can('programs.apply') ? (
            <>
              <AllocateForm board={b} />
              <AddUnitForm board={b} />
            </>
          ) : null}
        </>
      ) : null}
    </DetailPage>
  );
}
