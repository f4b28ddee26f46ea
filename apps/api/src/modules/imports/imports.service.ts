import { createHash, randomUUID } from 'node:crypto';
import type { Database } from '@tracker/db';
import {
  initiativeInputSchema,
  slugFromTitle,
  type ImportApplyResult,
  type ImportReport,
  type ImportRowReport,
  type InitiativeInput,
} from '@tracker/shared';
import type { Kysely } from 'kysely';
import { AppError } from '../../http/errors';
import { recordAudit } from '../audit/audit.service';
import { findInitiativeState } from '../initiatives/initiative-writes.repository';
import {
  insertNewInitiative,
  mapConstraintError,
  replaceInitiative,
  toSnapshot,
  type Actor,
} from '../initiatives/initiative-writes.service';
import { readImportFile, type ImportTable } from './import-file';
import { lookupKey, readImportRow, type ReferenceLookups } from './import-rows';
import {
  findInitiativesBySlug,
  findInitiativesByTitle,
  findSlugsWithBases,
  listCountryNames,
  listMaterialNames,
} from './imports.repository';

/** A row the import will write, as the dry run reported it. */
interface PlannedRow {
  row: number;
  action: 'create' | 'update';
  slug: string;
  visibility: 'draft' | 'published';
  input: InitiativeInput;
}

/** The fields an import row sets; an update keeps the record's related links, milestones and notes. */
const importedFields = [
  'title',
  'summary',
  'kind',
  'status',
  'announcedOn',
  'signedOn',
  'datePrecision',
  'event',
  'framework',
  'leadCountry',
  'budgetEur',
  'unconfirmed',
  'participants',
  'materials',
  'sources',
] as const satisfies readonly (keyof InitiativeInput)[];

async function loadLookups(db: Kysely<Database>): Promise<ReferenceLookups> {
  const [countries, materials] = await Promise.all([listCountryNames(db), listMaterialNames(db)]);
  const countryMap = new Map<string, string>();
  for (const c of countries) {
    for (const name of [c.code, c.iso3, c.name, ...c.aliases])
      countryMap.set(lookupKey(name), c.code);
  }
  const materialMap = new Map<string, string>();
  for (const m of materials) {
    for (const name of [m.id, m.name, ...(m.symbol ? [m.symbol] : []), ...m.aliases]) {
      materialMap.set(lookupKey(name), m.id);
    }
  }
  return { countries: countryMap, materials: materialMap };
}

const tokenOf = (checksum: string, rows: ImportRowReport[]) =>
  createHash('sha256').update(JSON.stringify({ checksum, rows })).digest('hex');

/** The dry run: what each row would do and every problem, without writing anything. */
async function buildReport(
  db: Kysely<Database>,
  table: ImportTable,
  checksum: string,
): Promise<{ report: ImportReport; plan: PlannedRow[] }> {
  const lookups = await loadLookups(db);
  const read = table.rows.map(({ row, cells }) => ({ row, ...readImportRow(cells, lookups) }));

  const titles = [...new Set(read.flatMap((r) => (r.title ? [r.title.toLowerCase()] : [])))];
  const slugs = [...new Set(read.flatMap((r) => (r.slug ? [r.slug] : [])))];
  const [sameTitle, bySlug] = await Promise.all([
    findInitiativesByTitle(db, titles),
    findInitiativesBySlug(db, slugs),
  ]);
  const existingSlugs = new Set(bySlug.map((r) => r.slug));
  const dateOf = (input: InitiativeInput | null) => input?.signedOn ?? input?.announcedOn ?? null;
  const duplicateKey = (title: string, date: string | null) => `${lookupKey(title)}|${date ?? ''}`;
  const existingByKey = new Map(sameTitle.map((r) => [duplicateKey(r.title, r.date), r]));

  const creates = read.filter((r) => !r.slug && r.title);
  const taken = new Set(
    await findSlugsWithBases(db, [...new Set(creates.map((r) => slugFromTitle(r.title ?? '')))]),
  );

  const firstRowOfKey = new Map<string, number>();
  const firstRowOfSlug = new Map<string, number>();
  const rows: ImportRowReport[] = [];
  const plan: PlannedRow[] = [];
  for (const r of read) {
    const problems = [...r.problems];
    let slug: string | null = r.slug;
    if (r.slug) {
      if (!existingSlugs.has(r.slug)) {
        problems.push({ column: 'slug', message: `No initiative has the slug "${r.slug}".` });
      }
      const earlier = firstRowOfSlug.get(r.slug);
      if (earlier !== undefined) {
        problems.push({ column: 'slug', message: `Row ${earlier} already updates "${r.slug}".` });
      } else firstRowOfSlug.set(r.slug, r.row);
    } else if (r.title) {
      const key = duplicateKey(r.title, dateOf(r.input));
      const existing = existingByKey.get(key);
      if (existing) {
        problems.push({
          column: 'title',
          message: `Duplicate of the existing initiative "${existing.title}" (${existing.slug}): same title and date. To change that record, put its slug in the slug column.`,
        });
      }
      const earlier = firstRowOfKey.get(key);
      if (earlier !== undefined) {
        problems.push({ column: 'title', message: `Same title and date as row ${earlier}.` });
      } else firstRowOfKey.set(key, r.row);
    }

    const action = problems.length > 0 || !r.input ? 'skip' : r.slug ? 'update' : 'create';
    if (action === 'create' && r.title) {
      const base = slugFromTitle(r.title);
      let candidate = base;
      for (let n = 2; taken.has(candidate); n += 1) candidate = `${base}-${n}`;
      taken.add(candidate);
      slug = candidate;
    }
    rows.push({ row: r.row, action, title: r.title, slug, problems });
    if (action !== 'skip' && r.input && slug) {
      plan.push({ row: r.row, action, slug, visibility: r.visibility, input: r.input });
    }
  }

  const count = (action: ImportRowReport['action']) =>
    rows.filter((r) => r.action === action).length;
  return {
    report: {
      format: table.format,
      checksum,
      importToken: tokenOf(checksum, rows),
      rows,
      summary: {
        rows: rows.length,
        create: count('create'),
        update: count('update'),
        skip: count('skip'),
        problems: rows.reduce((sum, r) => sum + r.problems.length, 0),
      },
    },
    plan,
  };
}

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

export function createImportsService(db: Kysely<Database>) {
  return {
    async dryRun(bytes: Uint8Array, fileName: string): Promise<ImportReport> {
      const table = await readImportFile(bytes, fileName);
      return (await buildReport(db, table, sha256(bytes))).report;
    },

    /**
     * Applies exactly what the dry run showed, in one transaction: the report is rebuilt inside
     * it and must still match the token, so a file or data change since then is refused (409).
     * Rows with problems are skipped. Each record written gets its audit row with the import id,
     * plus one row for the import itself.
     */
    async apply(
      bytes: Uint8Array,
      fileName: string,
      token: string,
      actor: Actor,
    ): Promise<ImportApplyResult> {
      const table = await readImportFile(bytes, fileName);
      const checksum = sha256(bytes);
      const importId = randomUUID();
      return db
        .transaction()
        .execute(async (trx) => {
          const { report, plan } = await buildReport(trx, table, checksum);
          if (report.importToken !== token) {
            throw new AppError(
              409,
              'import_changed',
              'The file or the data changed since the dry run. Run the dry run again and check its report before applying.',
            );
          }
          if (plan.length === 0) {
            throw new AppError(
              422,
              'nothing_to_import',
              'No row can be imported: every row has a problem.',
            );
          }
          const created: string[] = [];
          const updated: string[] = [];
          const context = { importId, note: `Import ${importId}` };
          for (const planned of plan) {
            if (planned.action === 'create') {
              await insertNewInitiative(trx, planned.input, actor, {
                ...context,
                slug: planned.slug,
                visibility: planned.visibility,
              });
              created.push(planned.slug);
            } else {
              const state = await findInitiativeState(trx, { slug: planned.slug });
              if (!state)
                throw new AppError(
                  409,
                  'import_changed',
                  `"${planned.slug}" no longer exists. Run the dry run again.`,
                );
              const merged = initiativeInputSchema.parse({
                ...toSnapshot(state),
                ...Object.fromEntries(importedFields.map((field) => [field, planned.input[field]])),
              });
              await replaceInitiative(
                trx,
                state,
                state.version,
                merged,
                actor,
                'initiative.update',
                context,
              );
              updated.push(planned.slug);
            }
          }
          await recordAudit(trx, {
            userId: actor.userId,
            ip: actor.ip ?? null,
            action: 'import.apply',
            entity: 'import',
            entityId: importId,
            before: null,
            after: {
              format: report.format,
              checksum,
              rows: report.summary.rows,
              created: created.length,
              updated: updated.length,
              skipped: report.summary.skip,
            },
            importId,
          });
          return { importId, created, updated, skipped: report.summary.skip, report };
        })
        .catch((error: unknown) => {
          // A record written by someone else between the checks and the insert: 409, not 500.
          throw mapConstraintError(error);
        });
    },
  };
}

export type ImportsService = ReturnType<typeof createImportsService>;
