import type { Database } from '@tracker/db';
import type { DatePrecision, InitiativeFilter, Instrument } from '@tracker/shared';
import type { Kysely } from 'kysely';
import { describeFilter, enumInWords, filterQueryString } from '../shared/filter-description';
import { throwIfUnknownFilterValues } from '../shared/filter-validation';
import { renderAtomFeed, type AtomEntry } from './atom';
import {
  findFilterNames,
  getDataVersion,
  listFeedInitiatives,
  listMembershipChanges,
  type FeedInitiativeRow,
  type MembershipChangeRow,
} from './feed.repository';

/** A feed reader wants the latest news, not the archive. */
export const maxFeedEntries = 100;

/** The authority of every id in the feed: fixed, so ids survive a change of host name. */
const tagPrefix = 'tag:defence-supply-chain-tracker,2025:';

export const feedMediaType = 'application/atom+xml; charset=utf-8';

export interface FeedUrls {
  /** The URL the feed was requested at (its rel="self" link). */
  self: string;
  /** The dashboard's origin, for the links to its pages. */
  origin: string;
}

const instrumentNames: Record<Instrument, string> = {
  loi: 'letter of intent',
  mou: 'memorandum of understanding',
  contract: 'contract',
  agreement: 'agreement',
  joint_statement: 'joint statement',
  other: 'other instrument',
};

/** A date only as precise as the sources: 2023-07 for a month, 2023 for a year. */
export function dateInWords(date: string, precision: DatePrecision | null): string {
  if (precision === 'year') return date.slice(0, 4);
  if (precision === 'month') return date.slice(0, 7);
  return date;
}

const startOfDay = (date: string) => `${date}T00:00:00Z`;

interface SortableEntry extends AtomEntry {
  /** Initiatives before membership changes on the same day, then by title: a stable order. */
  rank: number;
}

export function toInitiativeEntry(row: FeedInitiativeRow, origin: string): SortableEntry {
  const when = row.date
    ? `${enumInWords(row.status)} ${dateInWords(row.date, row.date_precision)}`
    : `${enumInWords(row.status)}, date not given by the sources`;
  return {
    id: `${tagPrefix}initiative/${row.id}`,
    title: row.title,
    updated: row.entry_at.toISOString().replace(/\.000Z$/, 'Z'),
    link: `${origin}/initiatives/${row.slug}`,
    summary: `${enumInWords(row.kind)}, ${when}.${row.summary ? ` ${row.summary}` : ''}`,
    category: 'initiative',
    rank: 0,
  };
}

export function toMembershipEntry(row: MembershipChangeRow, origin: string): SortableEntry {
  const verb = row.change === 'joined' ? 'joined' : 'left';
  const how = [
    row.change === 'joined' ? `as ${enumInWords(row.role)}` : null,
    row.instrument ? `(${instrumentNames[row.instrument]})` : null,
  ]
    .filter(Boolean)
    .join(' ');
  return {
    id: `${tagPrefix}membership/${row.initiative_id}/${row.country_code}/${row.change}`,
    title: `${row.country_name} ${verb} ${row.title}`,
    updated: startOfDay(row.changed_on),
    link: `${origin}/initiatives/${row.slug}`,
    summary: `${row.country_name} ${verb} ${row.title} on ${row.changed_on}${how ? ` ${how}` : ''}.`,
    category: row.change,
    rank: 1,
  };
}

/** Newest first; on the same day initiatives first, then by title. */
export function newestFirst(a: SortableEntry, b: SortableEntry): number {
  if (a.updated !== b.updated) return a.updated < b.updated ? 1 : -1;
  if (a.rank !== b.rank) return a.rank - b.rank;
  return a.title.localeCompare(b.title, 'en');
}

export function createFeedService(db: Kysely<Database>) {
  return {
    /** The Atom document for a filter: matching initiatives and membership changes, newest first. */
    async feed(filter: InitiativeFilter, urls: FeedUrls): Promise<string> {
      // One read-only snapshot: the entries and the data version describe the same data.
      const { names, initiatives, changes, dataVersion } = await db
        .transaction()
        .setIsolationLevel('repeatable read')
        .setAccessMode('read only')
        .execute(async (trx) => {
          const lookup = await findFilterNames(trx, filter);
          throwIfUnknownFilterValues(lookup);
          return {
            names: lookup,
            initiatives: await listFeedInitiatives(trx, filter, maxFeedEntries),
            changes: await listMembershipChanges(trx, filter, maxFeedEntries),
            dataVersion: await getDataVersion(trx),
          };
        });

      const entries = [
        ...initiatives.map((row) => toInitiativeEntry(row, urls.origin)),
        ...changes.map((row) => toMembershipEntry(row, urls.origin)),
      ]
        .sort(newestFirst)
        .slice(0, maxFeedEntries)
        .map(({ rank: _rank, ...entry }) => entry);

      const described = describeFilter(filter, names);
      const query = filterQueryString(filter);
      return renderAtomFeed({
        id: `${tagPrefix}feed${query ? `?${query}` : ''}`,
        title: `Defence supply-chain initiatives: ${
          described.length > 0
            ? described.map(([label, value]) => `${label}: ${value}`).join('; ')
            : 'all'
        }`,
        subtitle: `Initiatives and membership changes matching the filter, newest first (at most ${maxFeedEntries}).`,
        updated: (dataVersion ?? new Date().toISOString()).replace(/\.000Z$/, 'Z'),
        self: urls.self,
        alternate: `${urls.origin}/initiatives${query ? `?${query}` : ''}`,
        author: 'Defence Supply-Chain Initiative Tracker',
        entries,
      });
    },
  };
}

export type FeedService = ReturnType<typeof createFeedService>;
