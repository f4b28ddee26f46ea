/** The columns of a source that cross the API (see toSourceDto), for every repository listing sources. */
export const sourceColumns = [
  'sources.id',
  'sources.url',
  'sources.title',
  'sources.publisher',
  'sources.published_on',
  'sources.kind',
] as const;
