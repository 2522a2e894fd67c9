import { type FormEvent, useEffect, useState } from 'react';
import { htmlLang } from '../../../../src/shared/i18n/locales.ts';
import { Link, useLocation } from '../../app/router.tsx';
import { useQuery } from '@tanstack/react-query';
import { useI18n } from '../../i18n/i18n-provider.tsx';
import { SelectField, TextField } from '../../ui/form-field.tsx';
import { Loading } from '../../ui/loading.tsx';
import { Page } from '../../ui/page.tsx';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { type QaItem, qaCategories, searchQa } from './api.ts';
import { Paragraphs } from './content-ui.tsx';
import './content.css';

/** The citations an answer rests on, in the reader's language. */
export function LegalBasisList({ item }: { item: QaItem }) {
  const { t } = useI18n();
  if (item.legalBasis.length === 0) return null;
  return (
    <div className="legal-basis">
      <h3>{t('content.qa.legal_basis')}</h3>
      <ul>
        {item.legalBasis.map((basis) => (
          <li key={basis.label}>{basis.label}</li>
        ))}
      </ul>
    </div>
  );
}

/** Shown above an answer that has no translation in the reader's language yet. */
export function FallbackNotice({ isFallback }: { isFallback: boolean }) {
  const { t } = useI18n();
  return isFallback ? <p className="fallback-notice">{t('content.qa.fallback_notice')}</p> : null;
}

/**
 * One question, its answer folded under it (issue 15 §2: every answer in full made /qa 28,683 px tall on a
 * phone). A Chinese fallback is marked as Chinese, so screen readers use the right voice. The foreign
 * workers page lists its category's items with it too.
 */
export function QaArticle({ item }: { item: QaItem }) {
  const { t } = useI18n();
  const lang = item.isFallback ? htmlLang[item.locale] : undefined;
  return (
    <li className="qa-item">
      <details>
        <summary lang={lang}>{item.question}</summary>
        <FallbackNotice isFallback={item.isFallback} />
        <Paragraphs text={item.answer} lang={item.isFallback ? item.locale : undefined} />
        <LegalBasisList item={item} />
        <p>
          <Link href={`/qa/${item.id}`}>{t('content.qa.open_item')}</Link>
        </p>
      </details>
    </li>
  );
}

/** The answers under one heading per category, in the categories' order. */
function QaByCategory({ items }: { items: readonly QaItem[] }) {
  const { t } = useI18n();
  return (
    <>
      {qaCategories
        .map((category) => ({ category, inCategory: items.filter((item) => item.category === category) }))
        .filter(({ inCategory }) => inCategory.length > 0)
        .map(({ category, inCategory }) => (
          <section key={category} className="qa-category" aria-labelledby={`qa-category-${category}`}>
            <h2 id={`qa-category-${category}`}>{t(`content.categories.${category}`)}</h2>
            <ul className="qa-list">
              {inCategory.map((item) => (
                <QaArticle key={item.id} item={item} />
              ))}
            </ul>
          </section>
        ))}
    </>
  );
}

/** 勞動法令 Q&A: results follow the typing (after a short pause), filtered by category. */
export function QaPage() {
  const { t, locale, formatNumber } = useI18n();
  const { search } = useLocation();
  const [q, setQ] = useState(search.get('q') ?? '');
  const [category, setCategory] = useState(search.get('category') ?? '');
  const [query, setQuery] = useState(q);
  useEffect(() => {
    const timer = setTimeout(() => setQuery(q), 250);
    return () => clearTimeout(timer);
  }, [q]);
  useEffect(() => {
    // Keeps the address shareable without adding a history entry per keystroke.
    const params = new URLSearchParams();
    if (query.trim()) params.set('q', query.trim());
    if (category) params.set('category', category);
    const next = `/qa${params.size ? `?${params}` : ''}`;
    if (next !== window.location.pathname + window.location.search) window.history.replaceState(null, '', next);
  }, [query, category]);
  const results = useQuery({ queryKey: ['qa-page', 1, query, category, locale], queryFn: ({ signal }) => searchQa({ q: query, category, lang: locale }, signal) });
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setQuery(q);
  };
  const categoryOptions = [
    { value: '', label: t('content.qa.all_categories') },
    ...qaCategories.map((key) => ({ value: key, label: t(`content.categories.${key}`) })),
  ];
  const count = results.data?.items.length ?? 0;
  return (
    <Page title={t('content.qa.title')} siteName={t('common.site_name')} lead={<p>{t('content.qa.lead')}</p>}>
      <form className="form filters" role="search" aria-label={t('content.qa.search_label')} onSubmit={submit}>
        <div className="filters__grid">
          <TextField
            label={t('content.qa.query')}
            hint={t('content.qa.query_hint')}
            type="search"
            name="q"
            autoComplete="off"
            value={q}
            onChange={(event) => setQ(event.target.value)}
          />
          <SelectField
            label={t('content.qa.category')}
            name="category"
            options={categoryOptions}
            value={category}
            onChange={(event) => setCategory(event.target.value)}
          />
        </div>
      </form>
      <ProblemAlert error={results.error} />
      <p className="muted" role="status">
        {results.data ? (count ? t('content.qa.count', { count: formatNumber(count) }) : t('content.qa.empty')) : ''}
      </p>
      {results.isLoading ? <Loading label={t('common.loading')} /> : null}
      {results.data ? <QaByCategory items={results.data.items} /> : null}
    </Page>
  );
}
