import { Button } from './button.tsx';

type PaginationProps = {
  page: number;
  pageCount: number;
  onPage: (page: number) => void;
  labels: { nav: string; previous: string; next: string; status: string };
};

export function Pagination({ page, pageCount, onPage, labels }: PaginationProps) {
  if (pageCount <= 1) return null;
  return (
    <nav className="pagination" aria-label={labels.nav}>
      <Button variant="secondary" disabled={page <= 1} onClick={() => onPage(page - 1)}>
        {labels.previous}
      </Button>
      <span className="pagination__status" aria-live="polite">
        {labels.status}
      </span>
      <Button variant="secondary" disabled={page >= pageCount} onClick={() => onPage(page + 1)}>
        {labels.next}
      </Button>
    </nav>
  );
}
