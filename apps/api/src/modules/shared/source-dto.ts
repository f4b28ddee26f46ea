import type { SourceRow } from '@tracker/db';
import type { Source } from '@tracker/shared';

type SourceFields = Pick<SourceRow, 'id' | 'url' | 'title' | 'publisher' | 'published_on' | 'kind'>;

export function toSourceDto(row: SourceFields): Source {
  return {
    id: row.id,
    url: row.url,
    title: row.title,
    publisher: row.publisher,
    publishedOn: row.published_on,
    kind: row.kind,
  };
}
