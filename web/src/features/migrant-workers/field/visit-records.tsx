/**
 * The visits recorded for a task, with their photos: a full view of personal data, so it is fetched only
 * when the officer asks (the server audits the list and each photo it sends).
 */
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { apiRequest } from '../../../app/api-client.ts';
import { useI18n } from '../../../i18n/i18n-provider.tsx';
import { Button } from '../../../ui/button.tsx';
import { SummaryList } from '../../../ui/detail-page.tsx';
import { Loading } from '../../../ui/loading.tsx';
import { ProblemAlert } from '../../../ui/problem-alert.tsx';
import { tasksEndpoint } from '../api.ts';
import { photoEndpoint } from './field-sync.ts';

type VisitDetail = {
  id: string;
  visitedOn: string;
  place: string;
  videoCall: boolean;
  notes: string | null;
  followUp: string;
  recordedBy: string;
  photos: { id: string; mediaType: string; byteSize: number }[];
};

function Records({ taskId }: { taskId: string }) {
  const { t, formatPlainDate } = useI18n();
  const visits = useQuery({
    queryKey: ['task-visits', taskId],
    queryFn: ({ signal }) => apiRequest<{ items: VisitDetail[] }>(`${tasksEndpoint}/${taskId}/visits`, { signal }),
  });
  if (visits.isPending) return <Loading label={t('common.loading')} />;
  if (visits.error) return <ProblemAlert error={visits.error} />;
  return (
    <>
      {visits.data.items.map((visit) => (
        <article key={visit.id} data-testid="visit-record">
          <h3>{t('migrant-workers.field.visit_on', { date: formatPlainDate(visit.visitedOn) })}</h3>
          <SummaryList
            items={[
              { label: t('migrant-workers.visit.place'), value: visit.place },
              { label: t('migrant-workers.visit.video_call'), value: visit.videoCall ? t('migrant-workers.field.yes') : t('migrant-workers.field.no') },
              { label: t('migrant-workers.field.recorded_by'), value: visit.recordedBy },
              { label: t('migrant-workers.visit.notes'), value: visit.notes ?? '—' },
            ]}
          />
          {visit.photos.length ? (
            <ul className="field-photos" aria-label={t('migrant-workers.field.photos')}>
              {visit.photos.map((photo, index) => (
                <li key={photo.id}>
                  <img src={`${photoEndpoint}/${photo.id}`} alt={t('migrant-workers.field.photo_alt', { n: index + 1, date: formatPlainDate(visit.visitedOn) })} loading="lazy" />
                </li>
              ))}
            </ul>
          ) : (
            <p>{t('migrant-workers.field.no_photos')}</p>
          )}
        </article>
      ))}
    </>
  );
}

export function VisitRecords({ taskId }: { taskId: string }) {
  const { t } = useI18n();
  const [shown, setShown] = useState(false);
  return (
    <section className="section" aria-labelledby="visit-records-title">
      <h2 id="visit-records-title">{t('migrant-workers.field.records_title')}</h2>
      {shown ? (
        <Records taskId={taskId} />
      ) : (
        <>
          <p>{t('migrant-workers.field.records_audited')}</p>
          <Button variant="secondary" onClick={() => setShown(true)}>
            {t('migrant-workers.field.show_records')}
          </Button>
        </>
      )}
    </section>
  );
}
