import { useI18n } from '../i18n/i18n-provider.tsx';
import { Button } from './button.tsx';

type PaginationProps = {
  page: number;
  pageCount: number;
  onPage: (page: number) => void;
};

/** Previous / next with the page status announced politely; worded from the common catalog. */
export function Pagination({ page, pageCount, onPage }: PaginationProps) {
  const { t } = useI18n();
  if (pageCount <= 1) return null;
  return (
    <nav className="pagination" aria-label={t('common.pagination.label')}>
      <Button variant="secondary" disabled={page <= 1} onClick={() => onPage(page - 1)}>
        {t('common.pagination.previous')}
      </Button>
      <span className="pagination__status" aria-live="polite">
        {t('common.pagination.status', { page, pages: pageCount })}
      </span>
      <Button variant="secondary" disabled={page >= pageCount} onClick={() => onPage(page + 1)}>
        {t('common.pagination.next')}
      </Button>
    </nav>
  );
}
