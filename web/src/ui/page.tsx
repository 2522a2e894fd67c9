import { type ReactNode, useEffect, useRef } from 'react';
import { isClientNavigation } from '../app/router.tsx';

type PageProps = {
  title: string;
  siteName: string;
  /** For the tab and history when the heading holds personal data that should not be stored there. */
  documentTitle?: string;
  lead?: ReactNode;
  children?: ReactNode;
  /** The heading's language when it differs from the page's: content shown in Chinese as a fallback (issue 15 §2). */
  lang?: string | undefined;
};

/**
 * The page's one h1 and its document title. After an in-app navigation, focus moves to the heading so
 * screen-reader users hear that the page changed (a full load already starts at the top).
 */
export function Page({ title, siteName, documentTitle, lead, children, lang }: PageProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${documentTitle ?? title} | ${siteName}`;
  }, [title, documentTitle, siteName]);
  useEffect(() => {
    if (isClientNavigation()) heading.current?.focus();
  }, []);
  return (
    <>
      <h1 ref={heading} tabIndex={-1} className="page-title" lang={lang}>
        {title}
      </h1>
      {lead ? <div className="lead">{lead}</div> : null}
      {children}
    </>
  );
}
