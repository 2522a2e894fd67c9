/**
 * The detail kit: a record page whose personal fields stay masked until the user asks to see them.
 *
 *   <DetailPage title={…} documentTitle={…} back={{ href: '/staff/people', label: «…back» }}>
 *     <RevealSection
 *       title={«…basic_title»}
 *       masked={[{ label: «…name», value: '王○明' }]}          // what may be shown without an audit entry
 *       showLabel={«…show»} warning={«…»} loggedNotice={«…audit_notice»}
 *       reveal={(signal) => getPerson(id, signal)}                   // the server's audited full-record view
 *       queryKey={['person', id]}
 *       render={(record) => <SummaryList items={[…]} />}
 *     />
 *   </DetailPage>
 *
 * The full record is fetched only when "show" is pressed (or `autoReveal`, right after the user typed the
 * record in themselves): that request is the one the server writes to the audit trail. After it, the section
 * says so, and focus moves to the revealed values so a screen reader reads them. Leaving the page forgets them.
 */
import { useQuery } from '@tanstack/react-query';
import { type ReactNode, useEffect, useId, useRef, useState } from 'react';
import { Link } from '../app/router.tsx';
import { useI18n } from '../i18n/i18n-provider.tsx';
import { Alert } from './alert.tsx';
import { Button } from './button.tsx';
import { Loading } from './loading.tsx';
import { Page } from './page.tsx';
import { ProblemAlert } from './problem-alert.tsx';
import './kit.css';

export type SummaryItem = { label: string; value: ReactNode };

/** Label / value pairs (a <dl>), two columns on a wide screen. */
export function SummaryList({ items }: { items: readonly SummaryItem[] }) {
  return (
    <dl className="summary">
      {items.map((item) => (
        <div className="summary__row" key={item.label}>
          <dt>{item.label}</dt>
          <dd>{item.value}</dd>
        </div>
      ))}
    </dl>
  );
}

export function DetailPage({
  title,
  documentTitle,
  back,
  children,
}: {
  title: string;
  documentTitle?: string;
  back?: { href: string; label: string };
  children: ReactNode;
}) {
  const { t } = useI18n();
  return (
    <Page title={title} documentTitle={documentTitle} siteName={t('staff-auth.site_name')}>
      {back ? (
        <p>
          <Link href={back.href}>{back.label}</Link>
        </p>
      ) : null}
      {children}
    </Page>
  );
}

type RevealSectionProps<T> = {
  title: string;
  masked?: readonly SummaryItem[] | null;
  showLabel: string;
  warning?: string;
  loggedNotice: string;
  queryKey: readonly unknown[];
  reveal: (signal: AbortSignal) => Promise<T>;
  render: (record: T) => ReactNode;
  autoReveal?: boolean;
  /** Told when the record arrives (e.g. to put the full name in the heading). */
  onRevealed?: (record: T) => void;
};

export function RevealSection<T>({ title, masked, showLabel, warning, loggedNotice, queryKey, reveal, render, autoReveal, onRevealed }: RevealSectionProps<T>) {
  const headingId = useId();
  const [isRevealed, setRevealed] = useState(autoReveal ?? false);
  const revealed = useRef<HTMLDivElement>(null);
  const record = useQuery({
    queryKey: ['reveal', ...queryKey],
    queryFn: ({ signal }) => reveal(signal),
    enabled: isRevealed,
    // Full records are not kept for later screens: each "show" is a fresh, audited request.
    gcTime: 0,
    staleTime: Infinity,
  });
  const { t } = useI18n();
  const data = record.data;
  useEffect(() => {
    if (data === undefined) return;
    onRevealed?.(data);
    if (!autoReveal) revealed.current?.focus();
  }, [data, autoReveal, onRevealed]);
  return (
    <section className="section reveal" aria-labelledby={headingId}>
      <h2 id={headingId}>{title}</h2>
      <ProblemAlert error={record.error} />
      {data !== undefined ? (
        <div ref={revealed} tabIndex={-1} className="reveal__values">
          <Alert tone="info">{loggedNotice}</Alert>
          {render(data)}
        </div>
      ) : (
        <>
          {masked?.length ? <SummaryList items={masked} /> : null}
          {warning ? <p className="reveal__warning">{warning}</p> : null}
          {isRevealed && record.isFetching ? (
            <Loading label={t('common.loading')} />
          ) : (
            <Button variant="secondary" onClick={() => (record.isError ? void record.refetch() : setRevealed(true))}>
              {showLabel}
            </Button>
          )}
        </>
      )}
    </section>
  );
}
