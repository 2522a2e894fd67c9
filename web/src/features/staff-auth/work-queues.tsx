import { useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../app/api-client.ts';
import { Link } from '../../app/router.tsx';
import { useI18n } from '../../i18n/i18n-provider.tsx';
import { ProblemAlert } from '../../ui/problem-alert.tsx';

type CountKind = 'new' | 'unassigned' | 'dueSoon' | 'overdue';
type WorkQueue = { key: string; mine: boolean; counts: Record<CountKind, number>; links: Partial<Record<CountKind, string>> };

const kinds: readonly CountKind[] = ['overdue', 'dueSoon', 'unassigned', 'new'];

/**
 * The caller's work waiting, first on the staff home (issue 15 §8a): per area, how many are overdue, due soon,
 * unassigned and new, each linking to the list that shows them. The server decides which areas are the
 * caller's and counts only what their role and unit may see.
 */
export function WorkQueues() {
  const { t, formatNumber } = useI18n();
  const queues = useQuery({
    queryKey: ['work-queue'],
    queryFn: ({ signal }) => apiRequest<{ queues: WorkQueue[] }>('/api/v1/staff/work-queue', { signal }),
  });
  if (queues.error) return <ProblemAlert error={queues.error} />;
  const items = queues.data?.queues ?? [];
  if (!items.length) return null;
  return (
    <section className="section" aria-labelledby="work-queues">
      <h2 id="work-queues">{t('staff-auth.queues.title')}</h2>
      <ul className="cards">
        {items.map((queue) => {
          const title = t(`staff-auth.queues.${queue.key}.${queue.mine ? 'mine' : 'all'}`);
          return (
            <li key={queue.key} className="card work-queue">
              <h3 className="card__title">{title}</h3>
              <dl className="work-queue__counts">
                {kinds.map((kind) => {
                  const href = queue.links[kind];
                  const count = formatNumber(queue.counts[kind]);
                  return (
                    <div key={kind} className="work-queue__count" data-kind={kind} data-zero={queue.counts[kind] === 0}>
                      <dt>{t(`staff-auth.queues.counts.${kind}`)}</dt>
                      <dd>{href && queue.counts[kind] > 0 ? <Link href={href} aria-label={t('staff-auth.queues.open', { count, kind: t(`staff-auth.queues.counts.${kind}`), area: title })}>{count}</Link> : count}</dd>
                    </div>
                  );
                })}
              </dl>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
