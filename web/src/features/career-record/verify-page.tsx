import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { staffEntry } from '../../../../src/modules/career-record/career-record.contract.ts';
import { apiRequest } from '../../app/api-client.ts';
import { useI18n } from '../../i18n/i18n-provider.tsx';
import { Button } from '../../ui/button.tsx';
import type { Column } from '../../ui/data-table.tsx';
import { ListPage } from '../../ui/list-page.tsx';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { useStaff } from '../staff-auth/session-provider.tsx';

type StaffEntry = z.infer<typeof staffEntry>;
const endpoint = '/api/v1/staff/career-entries';

/** Officers verify or reject what workers entered on their career record (names masked). */
export function CareerVerifyPage() {
  const { t, formatPlainDate } = useI18n();
  const { csrfToken } = useStaff();
  const client = useQueryClient();
  const decide = useMutation({
    mutationFn: ({ id, decision }: { id: string; decision: 'verified' | 'rejected' }) =>
      apiRequest(`${endpoint}/${encodeURIComponent(id)}/verify`, { method: 'POST', body: { decision }, csrfToken }),
    onSuccess: () => client.invalidateQueries(),
  });
  const columns: Column<StaffEntry>[] = [
    { key: 'worker', header: t('career.verify.worker'), render: (e) => e.maskedName },
    { key: 'kind', header: t('career.fields.kind'), render: (e) => t(`career.kind.${e.kind}`) },
    {
      key: 'entry',
      header: t('career.fields.entry'),
      render: (e) =>
        [e.title, e.organisation, e.certificate ? t('career.fields.certificate', e.certificate) : '', e.startedOn ? formatPlainDate(e.startedOn) : '']
          .filter(Boolean)
          .join(' · '),
    },
    { key: 'verification', header: t('career.fields.verification'), render: (e) => t(`career.verification.${e.verification}`) },
    {
      key: 'decide',
      header: t('career.verify.decide'),
      render: (e) =>
        e.verification === 'unverified' ? (
          <span className="button-row">
            <Button variant="secondary" disabled={decide.isPending} onClick={() => decide.mutate({ id: e.id, decision: 'verified' })}>
              {t('career.verify.verified', { title: e.title })}
            </Button>
            <Button variant="danger" disabled={decide.isPending} onClick={() => decide.mutate({ id: e.id, decision: 'rejected' })}>
              {t('career.verify.rejected', { title: e.title })}
            </Button>
          </span>
        ) : null,
    },
  ];
  return (
    <ListPage
      title={t('career.verify.title')}
      lead={<><p>{t('career.verify.lead')}</p><ProblemAlert error={decide.error} /></>}
      endpoint={endpoint}
      filters={[
        {
          name: 'verification',
          kind: 'select',
          label: t('career.fields.verification'),
          options: [{ value: '', label: t('career.verify.all') }, ...(['unverified', 'verified', 'rejected'] as const).map((v) => ({ value: v, label: t(`career.verification.${v}`) }))],
        },
      ]}
      filterDefaults={{ verification: 'unverified' }}
      columns={columns}
      caption={(total) => t('career.verify.caption', { total })}
      empty={t('career.verify.empty')}
      defaultSort="createdAt"
    />
  );
}
