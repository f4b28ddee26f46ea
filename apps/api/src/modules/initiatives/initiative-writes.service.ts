import type { Database, JsonValue } from '@tracker/db';
import {
  initiativeInputSchema,
  slugFromTitle,
  type AdminInitiativeList,
  type AdminInitiativesQuery,
  type FieldChange,
  type InitiativeDetail,
  type InitiativeHistory,
  type InitiativeInput,
} from '@tracker/shared';
import type { Kysely } from 'kysely';
import { AppError, notFound, type ErrorIssue } from '../../http/errors';
import { entityAudit, recordAudit } from '../audit/audit.service';
import {
  countSources,
  findIdsBySlug,
  findInitiativeState,
  findSlugsLike,
  findUnknownReferences,
  initiativeColumns,
  insertInitiative,
  listAdminInitiatives,
  replaceChildren,
  updateInitiativeIfVersion,
  type InitiativeStateRow,
} from './initiative-writes.repository';
import { findInitiativeBySlug } from './initiatives.repository';
import { toInitiativeDetailDto } from './initiatives.service';

/** Who is writing: the signed-in user, and where from (kept in the audit log). */
export interface Actor {
  userId: string;
  ip?: string | null;
}

/** Extra audit fields for writes made by a bulk import. */
export interface WriteContext {
  importId?: string | null;
  note?: string | null;
}

/** 412: the record moved on since the client read it; carries the record as it now stands. */
export class VersionConflictError extends AppError {
  constructor(readonly current: InitiativeDetail) {
    super(
      412,
      'version_conflict',
      `Someone saved this initiative since you opened it (it is now at version ${current.version}). Reload it or compare your changes before saving again.`,
    );
    this.name = 'VersionConflictError';
  }
}

/**
 * Thrown inside a transaction so it rolls back. A single write turns it into the 412 with the
 * current record; inside a larger write (an import) it stands as a 409 of its own.
 */
class StaleVersion extends AppError {
  constructor(readonly slug: string) {
    super(
      409,
      'version_conflict',
      `"${slug}" was changed by someone else meanwhile. Check it and try again.`,
    );
    this.name = 'StaleVersion';
  }
}

export const initiativeEntity = 'initiative';

const toIso = (value: Date | string | null) =>
  value === null ? null : (value instanceof Date ? value : new Date(value)).toISOString();

/**
 * The stored record as the audit log keeps it: the input's fields (so a revert parses it with the
 * same schema) plus its identity and state.
 */
export function toSnapshot(row: InitiativeStateRow): { [key: string]: JsonValue } {
  return {
    slug: row.slug,
    referenceCode: row.reference_code,
    version: row.version,
    visibility: row.visibility,
    publishedAt: toIso(row.published_at),
    archivedAt: toIso(row.archived_at),
    title: row.title,
    summary: row.summary,
    kind: row.kind,
    status: row.status,
    announcedOn: row.announced_on,
    signedOn: row.signed_on,
    datePrecision: row.date_precision,
    dateNote: row.date_note,
    event: row.event,
    action: row.action,
    framework: row.framework,
    leadCountry: row.lead_country,
    budgetEur: row.budget_eur === null ? null : Number(row.budget_eur),
    participantsNote: row.participants_note,
    unconfirmed: row.unconfirmed,
    participants: row.participants.map((p) => ({
      countryCode: p.country_code,
      role: p.role,
      joinedOn: p.joined_on,
      leftOn: p.left_on,
      instrument: p.instrument,
    })),
    materials: row.materials.map((m) => ({
      materialId: m.material_id,
      activities: m.activities,
      notes: m.notes,
    })),
    sources: row.sources.map((s) => ({
      url: s.url,
      title: s.title,
      publisher: s.publisher,
      publishedOn: s.published_on,
      kind: s.kind,
    })),
    related: row.related.map((r) => ({ slug: r.slug, relation: r.relation })),
    milestones: row.milestones.map((m) => ({
      step: m.step,
      occurredOn: m.occurred_on,
      sourceUrl: m.source_url,
      binding: m.binding,
      note: m.note,
    })),
  };
}

/** Fields that change on every write and say nothing about the content. */
const bookkeepingFields = new Set(['version', 'publishedAt']);

/** The fields that differ between two snapshots (for the first version: every field it set). */
export function diffSnapshots(before: JsonValue | null, after: JsonValue | null): FieldChange[] {
  const asObject = (value: JsonValue | null): { [key: string]: JsonValue } =>
    value !== null && typeof value === 'object' && !Array.isArray(value) ? value : {};
  const a = asObject(before);
  const b = asObject(after);
  const fields = [...new Set([...Object.keys(a), ...Object.keys(b)])];
  const changes: FieldChange[] = [];
  for (const field of fields) {
    if (bookkeepingFields.has(field)) continue;
    const from = a[field] ?? null;
    const to = b[field] ?? null;
    if (JSON.stringify(from) === JSON.stringify(to)) continue;
    if (before === null && (to === null || (Array.isArray(to) && to.length === 0))) continue;
    changes.push({ field, before: from, after: to });
  }
  return changes;
}

/** The version number in an If-Match header: `"4"` (or the weak `W/"4"`). */
export function parseIfMatch(header: string | undefined): number {
  if (header === undefined || header.trim() === '') {
    throw new AppError(
      428,
      'precondition_required',
      'Send If-Match with the version you edited (the ETag of the record), so no one’s changes are overwritten.',
    );
  }
  const match = header.trim().match(/^(?:W\/)?"(\d{1,9})"$/);
  if (!match?.[1]) {
    throw new AppError(400, 'invalid_if_match', 'If-Match must be a version tag such as "4".', [
      { path: 'If-Match', message: 'must be a version tag such as "4"' },
    ]);
  }
  return Number(match[1]);
}

/** PostgreSQL's error code on a failed statement (pg and PGlite both set `code`). */
function sqlState(error: unknown): string | undefined {
  if (typeof error === 'object' && error !== null && 'code' in error) {
    const code = error.code;
    return typeof code === 'string' ? code : undefined;
  }
  return undefined;
}

/**
 * A constraint the checks above did not catch (a row changed between the check and the write):
 * a clear 409/422 instead of a 500.
 */
export function mapConstraintError(error: unknown): unknown {
  switch (sqlState(error)) {
    case '23503':
      return new AppError(
        422,
        'invalid_reference',
        'The record names a country, material or initiative that does not exist.',
      );
    case '23505':
      return new AppError(
        409,
        'conflict',
        'Another record with the same key was saved at the same time. Try again.',
      );
    case '23514':
    case '23502':
    case '22007':
    case '22008':
      return new AppError(
        422,
        'validation_failed',
        'A value is outside what the database accepts.',
      );
    case '40001':
    case '40P01':
      return new AppError(409, 'conflict', 'Another save happened at the same time. Try again.');
    default:
      return error;
  }
}

const issue = (path: (string | number)[], message: string): ErrorIssue => ({
  path: path.join('.'),
  message,
});

/**
 * The checks the database would make, done first so each problem names its field: countries,
 * materials and related initiatives must exist; a record is not related to itself.
 */
export async function checkReferences(
  db: Kysely<Database>,
  input: InitiativeInput,
  ownSlug: string | null,
): Promise<ErrorIssue[]> {
  const countries = [
    ...new Set([
      ...input.participants.map((p) => p.countryCode),
      ...(input.leadCountry ? [input.leadCountry] : []),
    ]),
  ];
  const unknown = await findUnknownReferences(db, {
    countries,
    materials: [...new Set(input.materials.map((m) => m.materialId))],
    slugs: [...new Set(input.related.map((r) => r.slug))],
  });
  const issues: ErrorIssue[] = [];
  const unknownCountries = new Set(unknown.countries);
  if (input.leadCountry && unknownCountries.has(input.leadCountry)) {
    issues.push(issue(['leadCountry'], `There is no country with the code ${input.leadCountry}`));
  }
  input.participants.forEach((p, index) => {
    if (unknownCountries.has(p.countryCode)) {
      issues.push(
        issue(
          ['participants', index, 'countryCode'],
          `There is no country with the code ${p.countryCode}`,
        ),
      );
    }
  });
  const unknownMaterials = new Set(unknown.materials);
  input.materials.forEach((m, index) => {
    if (unknownMaterials.has(m.materialId)) {
      issues.push(
        issue(['materials', index, 'materialId'], `There is no material "${m.materialId}"`),
      );
    }
  });
  const unknownSlugs = new Set(unknown.slugs);
  input.related.forEach((r, index) => {
    if (r.slug === ownSlug) {
      issues.push(issue(['related', index, 'slug'], 'An initiative cannot be related to itself'));
    } else if (unknownSlugs.has(r.slug)) {
      issues.push(issue(['related', index, 'slug'], `There is no initiative "${r.slug}"`));
    }
  });
  return issues;
}

export function invalidInput(issues: ErrorIssue[]): AppError {
  const fields = [...new Set(issues.map((i) => i.path))].join(', ');
  return new AppError(422, 'validation_failed', `Please correct: ${fields}.`, issues);
}

/** The first free slug for a title: `base`, else `base-2`, `base-3`… */
async function freeSlug(db: Kysely<Database>, title: string): Promise<string> {
  const base = slugFromTitle(title);
  const taken = new Set(await findSlugsLike(db, base));
  if (!taken.has(base)) return base;
  for (let n = 2; ; n += 1) {
    const candidate = `${base}-${n}`;
    if (!taken.has(candidate)) return candidate;
  }
}

async function detailOf(db: Kysely<Database>, slug: string): Promise<InitiativeDetail> {
  const row = await findInitiativeBySlug(db, slug);
  if (!row) throw notFound(`Initiative "${slug}"`);
  return toInitiativeDetailDto(row);
}

async function stateOrNotFound(db: Kysely<Database>, slug: string) {
  const state = await findInitiativeState(db, { slug });
  if (!state) throw notFound(`Initiative "${slug}"`);
  return state;
}

// ---------- Writes inside a caller's transaction (also used by the bulk import) ----------

/** Creates a draft (or, for an import, a published record) and its audit row, in `trx`. */
export async function insertNewInitiative(
  trx: Kysely<Database>,
  input: InitiativeInput,
  actor: Actor,
  options: WriteContext & { slug?: string; visibility?: 'draft' | 'published' } = {},
) {
  const issues = await checkReferences(trx, input, null);
  if (issues.length > 0) throw invalidInput(issues);
  const visibility = options.visibility ?? 'draft';
  if (visibility === 'published' && input.sources.length === 0) {
    throw invalidInput([issue(['sources'], 'Add at least one source before publishing')]);
  }
  const slug = options.slug ?? (await freeSlug(trx, input.title));
  const created = await insertInitiative(trx, {
    slug,
    reference_code: null,
    date_note: null,
    action: null,
    participants_note: null,
    ...initiativeColumns(input),
    visibility,
    published_at: visibility === 'published' ? new Date().toISOString() : null,
  });
  await replaceChildren(
    trx,
    created.id,
    input,
    await findIdsBySlug(
      trx,
      input.related.map((r) => r.slug),
    ),
    true,
  );
  const after = await findInitiativeState(trx, { id: created.id });
  await recordAudit(trx, {
    userId: actor.userId,
    ip: actor.ip ?? null,
    action: 'initiative.create',
    entity: initiativeEntity,
    entityId: created.id,
    before: null,
    after: after ? toSnapshot(after) : null,
    importId: options.importId ?? null,
    note: options.note ?? null,
  });
  return created;
}

/**
 * Replaces a record's content (the row and its children) if it is still at `expectedVersion`, with
 * its audit row, in `trx`. Throws StaleVersion (inside the transaction) on a conflict.
 */
export async function replaceInitiative(
  trx: Kysely<Database>,
  before: InitiativeStateRow,
  expectedVersion: number,
  input: InitiativeInput,
  actor: Actor,
  action: string,
  context: WriteContext = {},
) {
  if (before.version !== expectedVersion) throw new StaleVersion(before.slug);
  const issues = await checkReferences(trx, input, before.slug);
  if (issues.length > 0) throw invalidInput(issues);
  if (before.visibility === 'published' && input.sources.length === 0) {
    throw invalidInput([issue(['sources'], 'A published initiative needs at least one source')]);
  }
  const updated = await updateInitiativeIfVersion(
    trx,
    before.id,
    expectedVersion,
    initiativeColumns(input),
  );
  if (!updated) throw new StaleVersion(before.slug);
  await replaceChildren(
    trx,
    before.id,
    input,
    await findIdsBySlug(
      trx,
      input.related.map((r) => r.slug),
    ),
  );
  const after = await findInitiativeState(trx, { id: before.id });
  await recordAudit(trx, {
    userId: actor.userId,
    ip: actor.ip ?? null,
    action,
    entity: initiativeEntity,
    entityId: before.id,
    before: toSnapshot(before),
    after: after ? toSnapshot(after) : null,
    importId: context.importId ?? null,
    note: context.note ?? null,
  });
  return updated;
}

export function createInitiativeWritesService(db: Kysely<Database>) {
  /**
   * Runs one write in one transaction; a stale version rolls it back and becomes a 412 carrying
   * the current record; constraint violations become 4xx.
   */
  async function write<T extends { slug: string }>(
    body: (trx: Kysely<Database>) => Promise<T>,
  ): Promise<InitiativeDetail> {
    let result: T;
    try {
      result = await db.transaction().execute(body);
    } catch (error) {
      if (error instanceof StaleVersion)
        throw new VersionConflictError(await detailOf(db, error.slug));
      throw mapConstraintError(error);
    }
    return detailOf(db, result.slug);
  }

  /** Sets visibility or the archive mark, bumping the version, with its audit row. */
  function changeState(
    slug: string,
    expectedVersion: number,
    actor: Actor,
    action: 'initiative.publish' | 'initiative.archive' | 'initiative.restore',
  ) {
    return write(async (trx) => {
      const before = await stateOrNotFound(trx, slug);
      if (before.version !== expectedVersion) throw new StaleVersion(slug);
      let changes: Parameters<typeof updateInitiativeIfVersion>[3];
      switch (action) {
        case 'initiative.publish':
          if (before.visibility === 'published') {
            throw new AppError(409, 'already_published', 'This initiative is already published.');
          }
          if ((await countSources(trx, before.id)) === 0) {
            throw new AppError(
              422,
              'source_required',
              'Add at least one source before publishing.',
              [issue(['sources'], 'Add at least one source before publishing')],
            );
          }
          changes = { visibility: 'published', published_at: new Date().toISOString() };
          break;
        case 'initiative.archive':
          if (before.archived_at !== null) {
            throw new AppError(409, 'already_archived', 'This initiative is already archived.');
          }
          changes = { archived_at: new Date().toISOString() };
          break;
        case 'initiative.restore':
          if (before.archived_at === null) {
            throw new AppError(409, 'not_archived', 'This initiative is not archived.');
          }
          changes = { archived_at: null };
          break;
      }
      const updated = await updateInitiativeIfVersion(trx, before.id, expectedVersion, changes);
      if (!updated) throw new StaleVersion(slug);
      const after = await findInitiativeState(trx, { id: before.id });
      await recordAudit(trx, {
        userId: actor.userId,
        ip: actor.ip ?? null,
        action,
        entity: initiativeEntity,
        entityId: before.id,
        before: toSnapshot(before),
        after: after ? toSnapshot(after) : null,
      });
      return updated;
    });
  }

  return {
    async create(input: InitiativeInput, actor: Actor): Promise<InitiativeDetail> {
      // Two creates with the same title can race for a slug: the loser retries with the next one.
      for (let attempt = 1; ; attempt += 1) {
        try {
          return await write((trx) => insertNewInitiative(trx, input, actor));
        } catch (error) {
          const retry = error instanceof AppError && error.code === 'conflict' && attempt < 10;
          if (!retry) throw error;
        }
      }
    },

    replace(slug: string, expectedVersion: number, input: InitiativeInput, actor: Actor) {
      return write(async (trx) =>
        replaceInitiative(
          trx,
          await stateOrNotFound(trx, slug),
          expectedVersion,
          input,
          actor,
          'initiative.update',
        ),
      );
    },

    publish: (slug: string, expectedVersion: number, actor: Actor) =>
      changeState(slug, expectedVersion, actor, 'initiative.publish'),
    archive: (slug: string, expectedVersion: number, actor: Actor) =>
      changeState(slug, expectedVersion, actor, 'initiative.archive'),
    restore: (slug: string, expectedVersion: number, actor: Actor) =>
      changeState(slug, expectedVersion, actor, 'initiative.restore'),

    /** Every audited version, newest first, with the fields each one changed. */
    async history(slug: string): Promise<InitiativeHistory> {
      const state = await stateOrNotFound(db, slug);
      const entries = await entityAudit(db, initiativeEntity, state.id);
      const versions = entries.map((entry) => ({
        version: versionOf(entry.after) ?? versionOf(entry.before) ?? 0,
        at: entry.at,
        user: entry.user,
        action: entry.action,
        auditId: entry.id,
        importId: entry.importId,
        note: entry.note,
        changes: diffSnapshots(entry.before, entry.after),
      }));
      // A record older than the audit log (the reference data) has its first version only as the
      // `before` of its first audited write: listed too, so it can be compared and reverted to.
      const first = entries[0];
      const baseline = first ? versionOf(first.before) : null;
      if (first && baseline !== null && !versions.some((v) => v.version === baseline)) {
        versions.unshift({
          version: baseline,
          at: toIso(state.created_at) ?? first.at,
          user: null,
          action: 'initiative.original',
          auditId: first.id,
          importId: null,
          note: 'As first recorded, before edits were audited',
          changes: [],
        });
      }
      return { slug: state.slug, currentVersion: state.version, versions: versions.reverse() };
    },

    /**
     * Writes the content of an earlier version as a new version (audited as a revert). Visibility
     * and the archive mark stay as they are: a revert restores what the record says.
     */
    revert(slug: string, expectedVersion: number, targetVersion: number, actor: Actor) {
      return write(async (trx) => {
        const before = await stateOrNotFound(trx, slug);
        if (before.version !== expectedVersion) throw new StaleVersion(slug);
        const entries = await entityAudit(trx, initiativeEntity, before.id);
        // A version's content is the `after` of the write that made it, or the `before` of the
        // next one (the only record of versions older than the audit log, e.g. the seed).
        const snapshot =
          entries.find((e) => versionOf(e.after) === targetVersion)?.after ??
          entries.find((e) => versionOf(e.before) === targetVersion)?.before;
        if (!snapshot) {
          throw new AppError(
            404,
            'version_not_found',
            `There is no record of version ${targetVersion}.`,
            [issue(['version'], `There is no record of version ${targetVersion}`)],
          );
        }
        const parsed = initiativeInputSchema.safeParse(snapshot);
        if (!parsed.success) {
          throw new AppError(
            422,
            'version_not_revertible',
            `Version ${targetVersion} cannot be restored as it is.`,
          );
        }
        return replaceInitiative(
          trx,
          before,
          expectedVersion,
          parsed.data,
          actor,
          'initiative.revert',
          {
            note: `Reverted to version ${targetVersion}`,
          },
        );
      });
    },

    async listAdmin(query: AdminInitiativesQuery): Promise<AdminInitiativeList> {
      const rows = await listAdminInitiatives(db, query);
      return {
        items: rows.map((row) => ({
          id: row.id,
          slug: row.slug,
          title: row.title,
          kind: row.kind,
          status: row.status,
          visibility: row.visibility,
          archivedAt: toIso(row.archived_at),
          version: row.version,
          updatedAt: toIso(row.updated_at) ?? '',
          sourceCount: Number(row.source_count),
        })),
        total: Number(rows[0]?.total_count ?? 0),
        page: query.page,
        pageSize: query.pageSize,
      };
    },
  };
}

function versionOf(snapshot: JsonValue | null): number | null {
  if (snapshot === null || typeof snapshot !== 'object' || Array.isArray(snapshot)) return null;
  const version = snapshot.version;
  return typeof version === 'number' ? version : null;
}

export type InitiativeWritesService = ReturnType<typeof createInitiativeWritesService>;
