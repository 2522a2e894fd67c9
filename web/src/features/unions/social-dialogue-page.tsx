/** The social dialogue register (六-1, 六-2): meetings and partnership events with their follow-ups, and the form to record one. */
import { useQueryClient } from '@tanstack/react-query';
import { dialogueKinds, dialogueRequest } from '../../../../src/modules/unions/unions.reports.contract.ts';
import { apiRequest } from '../../app/api-client.ts';
import { Link, navigate } from '../../app/router.tsx';
import { useI18n } from '../../i18n/i18n-provider.tsx';
import type { Column } from '../../ui/data-table.tsx';
import { FormSelect, FormText, FormTextArea, KitForm, useContractForm } from '../../ui/form-page.tsx';
import { type ListFilter, ListPage } from '../../ui/list-page.tsx';
import { Page } from '../../ui/page.tsx';
import { useSession, useStaff } from '../staff-auth/session-provider.tsx';

type FollowUp = { id: string; action: string; owner: string; dueOn: string; doneOn: string | null; overdue: boolean };
type Dialogue = { id: string; kind: string; heldOn: string; title: string; parties: { name: string; side: string }[]; issues: string; attendance: number | null; followUps: FollowUp[] };
type Values = { kind: string; heldOn: string; title: string; employers: string; workers: string; others: string; issues: string; attendance: string; action: string; owner: string; dueOn: string };
const blank: Values = { kind: 'meeting', heldOn: '', title: '', employers: '', workers: '', others: '', issues: '', attendance: '', action: '', owner: '', dueOn: '' };
const names = (text: string) => text.split(/[,，、\n]/).map((n) => n.trim()).filter(Boolean);

function DialogueForm() {
  const { t } = useI18n();
  const { csrfToken } = useStaff();
  const client = useQueryClient();
  const form = useContractForm<Values, typeof dialogueRequest>({
    schema: dialogueRequest,
    defaultValues: blank,
    toRequest: (v) => ({
      kind: v.kind as (typeof dialogueKinds)[number],
      heldOn: v.heldOn,
      title: v.title.trim(),
      parties: [
        ...names(v.employers).map((name) => ({ name, side: 'employers' as const })),
        ...names(v.workers).map((name) => ({ name, side: 'workers' as const })),
        ...names(v.others).map((name) => ({ name, side: 'other' as const })),
      ],
      issues: v.issues.trim(),
      attendance: v.attendance.trim() === '' ? undefined : Number(v.attendance),
      followUps: v.action.trim() || v.owner.trim() || v.dueOn ? [{ action: v.action.trim(), owner: v.owner.trim(), dueOn: v.dueOn }] : [],
    }),
  });
  const f = (key: string) => t(`unions.dialogue.fields.${key}`);
  return (
    <KitForm
      form={form}
      label={t('unions.dialogue.form_title')}
      submitLabel={t('unions.dialogue.submit')}
      onSubmit={async (request) => {
        await apiRequest('/api/v1/staff/social-dialogue', { method: 'POST', body: request, csrfToken });
        await client.invalidateQueries();
        navigate('/staff/social-dialogue');
      }}
    >
      <FormSelect form={form} name="kind" label={f('kind')} options={dialogueKinds.map((k) => ({ value: k, label: t(`unions.dialogue.kinds.${k}`) }))} />
      <FormText form={form} name="heldOn" label={f('held_on')} type="date" />
      <FormText form={form} name="title" label={f('title')} maxLength={200} />
      <FormText form={form} name="employers" label={f('employers')} hint={f('names_hint')} />
      <FormText form={form} name="workers" label={f('workers')} hint={f('names_hint')} />
      <FormText form={form} name="others" label={f('others')} hint={f('names_hint')} />
      <FormTextArea form={form} name="issues" label={f('issues')} rows={3} />
      <FormText form={form} name="attendance" label={f('attendance')} inputMode="numeric" />
      <FormText form={form} name="action" label={f('action')} />
      <FormText form={form} name="owner" label={f('owner')} />
      <FormText form={form} name="dueOn" label={f('due_on')} type="date" />
    </KitForm>
  );
}

export function SocialDialoguePage() {
  const { t, formatPlainDate } = useI18n();
  const { can } = useSession();
  const columns: Column<Dialogue>[] = [
    { key: 'heldOn', header: t('unions.dialogue.columns.held_on'), render: (d) => formatPlainDate(d.heldOn), sortKey: 'heldOn' },
    { key: 'kind', header: t('unions.dialogue.columns.kind'), render: (d) => t(`unions.dialogue.kinds.${d.kind}`) },
    { key: 'title', header: t('unions.dialogue.columns.title'), render: (d) => d.title, sortKey: 'title' },
    { key: 'parties', header: t('unions.dialogue.columns.parties'), render: (d) => d.parties.map((p) => p.name).join('、') },
    {
      key: 'followUps',
      header: t('unions.dialogue.columns.follow_ups'),
      render: (d) =>
        d.followUps.filter((f) => !f.doneOn).map((f) => `${formatPlainDate(f.dueOn)} ${f.action}（${f.owner}）${f.overdue ? ` ${t('unions.dialogue.overdue')}` : ''}`).join('；') || '—',
    },
  ];
  const filters: ListFilter[] = [
    { name: 'kind', kind: 'select', label: t('unions.dialogue.columns.kind'), options: [{ value: '', label: t('unions.all_kinds') }, ...dialogueKinds.map((k) => ({ value: k, label: t(`unions.dialogue.kinds.${k}`) }))] },
    { name: 'overdue', kind: 'checkbox', label: t('unions.dialogue.overdue_filter') },
  ];
  return (
    <ListPage
        title={t('unions.dialogue.title')}
        lead={t('unions.dialogue.lead')}
        endpoint="/api/v1/staff/social-dialogue"
        filters={filters}
        columns={columns}
        caption={(total) => t('unions.dialogue.caption', { total })}
        empty={t('unions.dialogue.empty')}
        newItem={can('unions.write') ? { href: '/staff/social-dialogue/new', label: t('unions.dialogue.form_title') } : null}
        exportable
    />
  );
}

export function SocialDialogueNewPage() {
  const { t } = useI18n();
  return (
    <Page title={t('unions.dialogue.form_title')} siteName={t('staff-auth.site_name')} lead={<p>{t('unions.dialogue.form_lead')}</p>}>
      <p>
        <Link href="/staff/social-dialogue">{t('unions.dialogue.back')}</Link>
      </p>
      <DialogueForm />
    </Page>
  );
}
