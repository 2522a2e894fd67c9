import type { ReactNode } from 'react';

type AlertProps = { tone: 'error' | 'success' | 'info' | 'warning'; title?: string; children?: ReactNode };

/**
 * Errors interrupt (role=alert); confirmations and notices are announced politely (role=status).
 */
export function Alert({ tone, title, children }: AlertProps) {
  const isUrgent = tone === 'error';
  return (
    <div className={`alert alert--${tone}`} role={isUrgent ? 'alert' : 'status'}>
      {title ? <p className="alert__title">{title}</p> : null}
      {children}
    </div>
  );
}
