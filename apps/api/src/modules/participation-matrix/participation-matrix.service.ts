import type { Database } from '@tracker/db';
import {
  type InitiativeFilter,
  type MatrixCountry,
  type MatrixInitiative,
  type ParticipationMatrix,
  type ParticipationRole,
} from '@tracker/shared';
import type { Kysely } from 'kysely';
import type { ExportMeta, ExportTable } from '../exports/tabular-export';
import { describeFilter, findFilterNames } from '../shared/filter-description';
import { throwIfUnknownFilterValues } from '../shared/filter-validation';
import { getParticipationMatrix } from './participation-matrix.repository';
import { toDataVersion } from '../shared/data-version';

const roleLabels: Record<ParticipationRole, string> = {
  lead: 'Lead',
  participant: 'Participant',
  observer: 'Observer',
  partner: 'Partner',
};

/** The matrix as a sheet: a row per country, a column per initiative, the role in each cell. */
export function toMatrixTable(matrix: ParticipationMatrix): ExportTable {
  const roles = new Map(
    matrix.cells.map((cell) => [`${cell.country}|${cell.initiative}`, cell.role]),
  );
  const columns = [
    { key: 'country', header: 'Country' },
    { key: 'code', header: 'ISO code' },
    ...matrix.initiatives.map((initiative, index) => ({
      key: `i${index}`,
      header: initiative.title,
    })),
    { key: 'total', header: 'Total' },
  ];
  const rows = matrix.countries.map((country) => {
    const row: ExportTable['rows'][number] = {
      country: country.name,
      code: country.code,
      total: country.count,
    };
    matrix.initiatives.forEach((initiative, index) => {
      const role = roles.get(`${country.code}|${initiative.slug}`);
      row[`i${index}`] = role ? roleLabels[role] : null;
    });
    return row;
  });
  const totals: ExportTable['rows'][number] = {
    country: 'Total',
    code: null,
    total: matrix.cells.length,
  };
  matrix.initiatives.forEach((initiative, index) => {
    totals[`i${index}`] = initiative.count;
  });
  return { columns, rows: [...rows, totals] };
}

/** One statement: the matrix with its totals, or a 400 naming any unknown filter value. */
async function loadMatrix(
  db: Kysely<Database>,
  filter: InitiativeFilter,
): Promise<ParticipationMatrix> {
  const row = await getParticipationMatrix(db, filter);
  throwIfUnknownFilterValues(row);
  // Totals are counted from the cells themselves, so a row or column total always equals its cells.
  const perCountry = new Map<string, number>();
  const perInitiative = new Map<string, number>();
  for (const cell of row.cells) {
    perCountry.set(cell.country, (perCountry.get(cell.country) ?? 0) + 1);
    perInitiative.set(cell.initiative, (perInitiative.get(cell.initiative) ?? 0) + 1);
  }
  const countries: MatrixCountry[] = row.countries.map((c) => ({
    code: c.code,
    name: c.name,
    status: c.status,
    natoMemberSince: c.nato_member_since,
    euMember: c.eu_member,
    count: perCountry.get(c.code) ?? 0,
  }));
  const initiatives: MatrixInitiative[] = row.initiatives.map((i) => ({
    slug: i.slug,
    title: i.title,
    kind: i.kind,
    status: i.status,
    date: i.date,
    datePrecision: i.date_precision,
    count: perInitiative.get(i.slug) ?? 0,
  }));
  return {
    countries,
    initiatives,
    cells: row.cells.map((cell) => ({
      country: cell.country,
      initiative: cell.initiative,
      role: cell.role,
      joinedOn: cell.joined_on,
      leftOn: cell.left_on,
      instrument: cell.instrument,
    })),
    dataVersion: toDataVersion(row.data_version),
    filters: filter,
  };
}

export function createParticipationMatrixService(db: Kysely<Database>) {
  return {
    get: (filter: InitiativeFilter) => loadMatrix(db, filter),

    /**
     * The matrix as an export table with its header section (the filter in words, the time, the
     * data version), read in one read-only snapshot so the names and the cells agree.
     */
    async exportTable(filter: InitiativeFilter): Promise<{ table: ExportTable; meta: ExportMeta }> {
      const generatedAt = new Date();
      const { matrix, names } = await db
        .transaction()
        .setIsolationLevel('repeatable read')
        .setAccessMode('read only')
        .execute(async (trx) => {
          const loaded = await loadMatrix(trx, filter);
          return { matrix: loaded, names: await findFilterNames(trx, filter) };
        });
      return {
        table: toMatrixTable(matrix),
        meta: {
          title: 'Participation matrix',
          filters: Object.fromEntries(describeFilter(filter, names)),
          generatedAt,
          dataVersion: matrix.dataVersion,
        },
      };
    },
  };
}

export type ParticipationMatrixService = ReturnType<typeof createParticipationMatrixService>;
