import { useT } from '@/lib/i18n';

/** Previous / next for a server-paged list that is not a data table (audit log, admin lists). */
export function Pager({
  page,
  pageSize,
  total,
  onPage,
}: {
  page: number;
  pageSize: number;
  total: number;
  onPage: (page: number) => void;
}) {
  const t = useT();
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  const from = total === 0 ? 0 : (page - 1) * pageSize + 1;
  const to = Math.min(total, page * pageSize);
  return (
    <nav className="pagination" aria-label={t('pagination.label')}>
      <p className="pagination__range">
        {from > 0 ? t('pagination.range', { from, to, total }) : null}
      </p>
      <div className="pagination__buttons">
        <button
          type="button"
          className="button button--secondary"
          disabled={page <= 1}
          aria-label={t('pagination.previousPage')}
          onClick={() => onPage(page - 1)}
        >
          {t('pagination.previous')}
        </button>
        <span>{t('pagination.pageOf', { page, pageCount })}</span>
        <button
          type="button"
          className="button button--secondary"
          disabled={page >= pageCount}
          aria-label={t('pagination.nextPage')}
          onClick={() => onPage(page + 1)}
        >
          {t('pagination.next')}
        </button>
      </div>
    </nav>
  );
}
