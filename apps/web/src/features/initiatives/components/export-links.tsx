import type { ListInitiativesQuery } from '@tracker/shared';
import { useEffect } from 'react';
import { Link } from 'react-router';
import { useT } from '@/lib/i18n';
import { initiativeExportLinks } from '../utils/export-links';

/**
 * Announces the view's Atom feed in the document head while the page is open, so a browser or feed
 * reader pointed at the page finds the subscription for exactly these filters.
 */
function useFeedAlternateLink(href: string, title: string) {
  useEffect(() => {
    const link = document.createElement('link');
    link.rel = 'alternate';
    link.type = 'application/atom+xml';
    link.title = title;
    link.href = href;
    document.head.append(link);
    return () => link.remove();
  }, [href, title]);
}

/** Downloads, the feed and the matrix for the filters on screen (all pages, never just this one). */
export function ExportLinks({ query }: { query: ListInitiativesQuery }) {
  const t = useT();
  const links = initiativeExportLinks(query);
  useFeedAlternateLink(links.atom, t('initiatives.export.feedTitle'));

  return (
    <nav className="export-links" aria-label={t('initiatives.export.label')}>
      <ul className="export-links__list">
        <li>
          <a className="button button--secondary button--small" href={links.csv} download>
            {t('initiatives.export.csv')}
          </a>
        </li>
        <li>
          <a className="button button--secondary button--small" href={links.xlsx} download>
            {t('initiatives.export.xlsx')}
          </a>
        </li>
        <li>
          <a
            className="button button--secondary button--small"
            href={links.atom}
            type="application/atom+xml"
          >
            {t('initiatives.export.atom')}
          </a>
        </li>
        <li>
          <Link className="button button--secondary button--small" to={links.matrix}>
            {t('initiatives.export.matrix')}
          </Link>
        </li>
      </ul>
    </nav>
  );
}
