import type { Database } from '@tracker/db';
import type { InitiativeSummary } from '@tracker/shared';
import type { Kysely } from 'kysely';
import {
  createInitiativesService,
  type InitiativeListOrder,
} from '../initiatives/initiatives.service';
import { describeFilter, sortInWords } from '../shared/filter-description';
import { throwIfUnknownFilterValues } from '../shared/filter-validation';
import { findFilterNames, getDataVersion } from './exports.repository';
import { toCsv, toXlsx, type ExportTable } from './tabular-export';

/** More rows than this is not a brief but a data dump: the reader is asked to narrow the filter. */
export const maxExportRows = 50_000;

export type ExportFormat = 'csv' | 'xlsx';

export const exportMediaTypes: Record<ExportFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

export interface ExportFile {
  body: string | Uint8Array<ArrayBuffer>;
  mediaType: string;
  fileName: string;
}

const initiativeColumns = [
  { key: 'referenceCode', header: 'Reference code' },
  { key: 'title', header: 'Title' },
  { key: 'kind', header: 'Kind' },
  { key: 'status', header: 'Status' },
  { key: 'date', header: 'Date' },
  { key: 'datePrecision', header: 'Date precision' },
  { key: 'event', header: 'Event' },
  { key: 'framework', header: 'Framework' },
  { key: 'leadCountry', header: 'Lead country' },
  { key: 'participants', header: 'Participants' },
  { key: 'participantCount', header: 'Participant count' },
  { key: 'materials', header: 'Materials' },
  { key: 'sourceCount', header: 'Source count' },
  { key: 'unconfirmed', header: 'Unconfirmed' },
  { key: 'url', header: 'URL' },
] as const;

type InitiativeColumnKey = (typeof initiativeColumns)[number]['key'];

/** One exported row: codes as the list gives them, lists joined with ";", the record's address. */
export function toInitiativeExportRow(
  item: InitiativeSummary,
  origin: string,
): Record<InitiativeColumnKey, string | number | null> {
  return {
    referenceCode: item.referenceCode,
    title: item.title,
    kind: item.kind,
    status: item.status,
    date: item.date,
    datePrecision: item.datePrecision,
    event: item.event,
    framework: item.framework,
    leadCountry: item.leadCountry?.code ?? null,
    participants: item.participants.map((p) => p.code).join(';'),
    participantCount: item.participantCount,
    materials: item.materials.map((m) => m.id).join(';'),
    sourceCount: item.sourceCount,
    unconfirmed: item.unconfirmed,
    url: `${origin}/initiatives/${item.slug}`,
  };
}

/** initiatives-20250624-0930.csv (UTC), so successive downloads sort by time. */
export function exportFileName(stem: string, at: Date, format: ExportFormat): string {
  const stamp = at.toISOString().replace(/[-:]/g, '').slice(0, 13).replace('T', '-');
  return `${stem}-${stamp}.${format}`;
}

export function createExportsService(db: Kysely<Database>) {
  return {
    /**
     * Every initiative the list shows for this query, in its order, all pages. One read-only
     * snapshot, so the rows, the filter names and the data version describe the same data.
     */
    async initiatives(
      query: InitiativeListOrder,
      format: ExportFormat,
      origin: string,
    ): Promise<ExportFile> {
      const generatedAt = new Date();
      const { items, names, dataVersion } = await db
        .transaction()
        .setIsolationLevel('repeatable read')
        .setAccessMode('read only')
        .execute(async (trx) => {
          const rows = await createInitiativesService(trx).listAll(query, maxExportRows);
          const lookup = await findFilterNames(trx, query);
          throwIfUnknownFilterValues(lookup);
          return { items: rows, names: lookup, dataVersion: await getDataVersion(trx) };
        });

      const table: ExportTable = {
        columns: [...initiativeColumns],
        rows: items.map((item) => toInitiativeExportRow(item, origin)),
      };
      const meta = {
        title: 'Initiatives',
        filters: Object.fromEntries([
          ...describeFilter(query, names),
          ['Sorted by', sortInWords(query.sort)],
        ]),
        generatedAt,
        dataVersion,
      };
      return {
        body: format === 'csv' ? toCsv(table, meta) : new Uint8Array(await toXlsx(table, meta)),
        mediaType: exportMediaTypes[format],
        fileName: exportFileName('initiatives', generatedAt, format),
      };
    },
  };
}

export type ExportsService = ReturnType<typeof createExportsService>;
