import { type ReactNode, useEffect, useRef } from 'react';
import { isClientNavigation } from '../app/router.tsx';

type PageProps = {
  title: string;
  siteName: string;
  /** For the tab and history when the heading holds personal data that should not be stored there. */
  documentTitle?: string;
  lead?: ReactNode;
  children?: ReactNode;
};

/**
 * The page's one h1 and its document title. After an in-app navigation, focus moves to the heading so
 * screen-reader users hear that the page changed (a full load already starts at the top).
 */
export function Page({ title, siteName, documentTitle, lead, children }: PageProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${documentTitle ?? title} | ${siteName}`;
  }, [title, documentTitle, siteName]);
  useEffect(() => {
    if (isClientNavigation()) heading.current?.focus();
  }, []);
  return (
    <>
      <h1 ref={heading} tabIndex={-1} className="page-title">
        {title}
      </h1>
      {lead ? <div className="lead">{lead}</div> : null}
      {children}
    </>
  );
}
