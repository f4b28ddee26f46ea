import type { Source } from '@tracker/shared';
import { useI18n } from '@/lib/i18n';
import { Badge } from './ui/badge';

function hostOf(url: string): string | null {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return null;
  }
}

/** Public sources as external links, each naming its publisher (or host) so a reader can judge it. */
export function SourcesList({ sources }: { sources: readonly Source[] }) {
  const { t, formatDate } = useI18n();
  if (sources.length === 0) return <p className="muted">{t('sources.none')}</p>;
  return (
    <ol className="sources">
      {sources.map((source) => {
        const host = hostOf(source.url);
        const published = formatDate(source.publishedOn, 'day');
        return (
          <li key={source.id} className="sources__item">
            <a
              href={source.url}
              target="_blank"
              rel="noopener noreferrer"
              className="sources__link"
            >
              {source.title ?? host ?? t('sources.untitled')}
              <span className="visually-hidden"> {t('common.opensInNewTab')}</span>
            </a>
            <span className="sources__meta">
              {source.publisher ?? host}
              {source.publisher && host && source.publisher !== host ? (
                <span className="sources__host"> · {host}</span>
              ) : null}
              {published ? <> · {t('sources.published', { date: published })}</> : null}
              {source.kind ? (
                <>
                  {' '}
                  <Badge tone="neutral">{t(`sourceKind.${source.kind}`)}</Badge>
                </>
              ) : null}
            </span>
          </li>
        );
      })}
    </ol>
  );
}
