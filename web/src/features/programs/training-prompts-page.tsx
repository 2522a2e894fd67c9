import { useQuery } from '@tanstack/react-query';
import { Link } from '../../app/router.tsx';
import { useI18n } from '../../i18n/i18n-provider.tsx';
import { DataTable } from '../../ui/data-table.tsx';
import { Loading } from '../../ui/loading.tsx';
import { Page } from '../../ui/page.tsx';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { listPlacementPrompts } from './training-api.ts';

/** The employment station's follow-up prompt: trainees who completed a class, to place (結訓學員推介就業). */
export function TrainingPromptsPage() {
  const { t, formatPlainDate } = useI18n();
  const prompts = useQuery({ queryKey: ['staff-training-prompts'], queryFn: ({ signal }) => listPlacementPrompts(signal) });
  return (
    <Page title={t('training.prompts.title')} siteName={t('staff-auth.site_name')} lead={<p>{t('training.prompts.lead')}</p>}>
      <ProblemAlert error={prompts.error} />
      {prompts.isPending ? <Loading label={t('common.loading')} /> : null}
      {prompts.data ? (
        <DataTable
          caption={t('training.prompts.caption', { total: prompts.data.filter((p) => !p.placed).length })}
          rowKey={(p) => p.enrolmentId}
          rows={prompts.data}
          empty={t('training.prompts.empty')}
          columns={[
            { key: 'name', header: t('training.class.name'), render: (p) => <Link href={`/staff/job-seekers/${p.jobSeekerId}`}>{t('training.prompts.open', { name: p.name })}</Link> },
            { key: 'station', header: t('training.class.station'), render: (p) => p.stationCode ?? t('training.class.city') },
            { key: 'class', header: t('training.prompts.class'), render: (p) => `${p.classCode} ${p.classTitle}` },
            { key: 'occupation', header: t('training.fields.occupation'), render: (p) => `${p.occupationCode} ${p.occupationName}` },
            { key: 'completed', header: t('training.prompts.completed_on'), render: (p) => formatPlainDate(p.completedOn) },
            { key: 'hours', header: t('training.class.hours'), render: (p) => `${p.attendedHours} / ${p.hours}` },
            { key: 'placed', header: t('training.prompts.placed'), render: (p) => (p.placed ? t('training.prompts.placed_yes') : t('training.prompts.placed_no')) },
          ]}
        />
      ) : null}
    </Page>
  );
}
