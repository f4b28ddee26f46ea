import type { Database, NewInitiative } from '@tracker/db';
import type { InitiativeInput, InitiativeVisibility } from '@tracker/shared';
import { sql, type ExpressionBuilder, type Kysely } from 'kysely';
import { jsonArrayFrom } from 'kysely/helpers/postgres';

/**
 * All SQL of the initiative writes. Every function takes the transaction it runs in (a
 * `Transaction` is a `Kysely`), so one write's statements commit or roll back together.
 */

type Db = Kysely<Database>;

/** The stored record in the form the audit log keeps (before/after) and a revert reads back. */
export function findInitiativeState(db: Db, where: { slug: string } | { id: string }) {
  return db
    .selectFrom('initiatives')
    .$if('slug' in where, (qb) =>
      qb.where('initiatives.slug', '=', 'slug' in where ? where.slug : ''),
    )
    .$if('id' in where, (qb) => qb.where('initiatives.id', '=', 'id' in where ? where.id : ''))
    .select((eb) => [
      'initiatives.id',
      'initiatives.slug',
      'initiatives.reference_code',
      'initiatives.title',
      'initiatives.summary',
      'initiatives.kind',
      'initiatives.status',
      'initiatives.announced_on',
      'initiatives.signed_on',
      'initiatives.date_precision',
      'initiatives.date_note',
      'initiatives.event',
      'initiatives.action',
      'initiatives.framework',
      'initiatives.lead_country',
      'initiatives.budget_eur',
      'initiatives.participants_note',
      'initiatives.unconfirmed',
      'initiatives.version',
      'initiatives.visibility',
      'initiatives.published_at',
      'initiatives.archived_at',
      'initiatives.created_at',
      jsonArrayFrom(
        eb
          .selectFrom('participations')
          .select([
            'participations.country_code',
            'participations.role',
            'participations.joined_on',
            'participations.left_on',
            'participations.instrument',
          ])
          .whereRef('participations.initiative_id', '=', 'initiatives.id')
          .orderBy('participations.country_code'),
      ).as('participants'),
      jsonArrayFrom(
        eb
          .selectFrom('initiative_materials')
          .select([
            'initiative_materials.material_id',
            'initiative_materials.activities',
            'initiative_materials.notes',
          ])
          .whereRef('initiative_materials.initiative_id', '=', 'initiatives.id')
          .orderBy('initiative_materials.material_id'),
      ).as('materials'),
      jsonArrayFrom(
        eb
          .selectFrom('sources')
          .select([
            'sources.url',
            'sources.title',
            'sources.publisher',
            'sources.published_on',
            'sources.kind',
          ])
          .whereRef('sources.initiative_id', '=', 'initiatives.id')
          .orderBy('sources.id'),
      ).as('sources'),
      jsonArrayFrom(
        eb
          .selectFrom('initiative_links')
          .innerJoin('initiatives as other', 'other.id', 'initiative_links.to_id')
          .select(['other.slug', 'initiative_links.relation'])
          .whereRef('initiative_links.from_id', '=', 'initiatives.id')
          .orderBy('other.slug'),
      ).as('related'),
      jsonArrayFrom(
        eb
          .selectFrom('initiative_milestones')
          .select([
            'initiative_milestones.step',
            'initiative_milestones.occurred_on',
            'initiative_milestones.source_url',
            'initiative_milestones.binding',
            'initiative_milestones.note',
          ])
          .whereRef('initiative_milestones.initiative_id', '=', 'initiatives.id')
          .orderBy('initiative_milestones.occurred_on')
          .orderBy('initiative_milestones.id'),
      ).as('milestones'),
    ])
    .executeTakeFirst();
}

export type InitiativeStateRow = NonNullable<Awaited<ReturnType<typeof findInitiativeState>>>;

/**
 * The codes an input names that do not exist, in one statement: countries (participants and lead),
 * materials and related initiatives (drafts and archived records count as existing).
 */
export async function findUnknownReferences(
  db: Db,
  refs: { countries: string[]; materials: string[]; slugs: string[] },
) {
  const missing = (
    values: string[],
    table: 'countries' | 'materials' | 'initiatives',
    column: string,
  ) =>
    values.length === 0
      ? sql<string[]>`'{}'::text[]`
      : sql<string[]>`array(select v from unnest(${values}::text[]) v
          where not exists (select 1 from ${sql.table(table)} t where ${sql.ref(`t.${column}`)} = v))`;
  return db
    .selectNoFrom([
      missing(refs.countries, 'countries', 'code').as('countries'),
      missing(refs.materials, 'materials', 'id').as('materials'),
      missing(refs.slugs, 'initiatives', 'slug').as('slugs'),
    ])
    .executeTakeFirstOrThrow();
}

/** Slugs already taken by `base` or `base-<n>`, to pick the next free one. */
export async function findSlugsLike(db: Db, base: string): Promise<string[]> {
  const rows = await db
    .selectFrom('initiatives')
    .select('slug')
    .where((eb) =>
      eb.or([eb('slug', '=', base), eb('slug', 'like', `${base.replace(/[\\%_]/g, '\\$&')}-%`)]),
    )
    .execute();
  return rows.map((row) => row.slug);
}

/** The columns an input sets on the initiative row itself. */
export function initiativeColumns(input: InitiativeInput) {
  return {
    title: input.title,
    summary: input.summary,
    kind: input.kind,
    status: input.status,
    announced_on: input.announcedOn,
    signed_on: input.signedOn,
    date_precision: input.datePrecision,
    event: input.event,
    framework: input.framework,
    lead_country: input.leadCountry,
    budget_eur: input.budgetEur,
    unconfirmed: input.unconfirmed,
    ...(input.dateNote !== undefined ? { date_note: input.dateNote } : {}),
    ...(input.action !== undefined ? { action: input.action } : {}),
    ...(input.participantsNote !== undefined ? { participants_note: input.participantsNote } : {}),
  };
}

export async function insertInitiative(
  db: Db,
  row: Omit<NewInitiative, 'version' | 'created_at' | 'updated_at'>,
) {
  return db
    .insertInto('initiatives')
    .values(row)
    .returning(['id', 'slug', 'version'])
    .executeTakeFirstOrThrow();
}

/**
 * The optimistic-concurrency step: changes the row and bumps its version only if it is still at
 * `expectedVersion`. Concurrent writers serialise on the row lock; the loser re-reads the bumped
 * version, matches no row and gets `undefined` (a conflict), so two writers never both succeed.
 */
export async function updateInitiativeIfVersion(
  db: Db,
  id: string,
  expectedVersion: number,
  changes: Partial<ReturnType<typeof initiativeColumns>> & {
    visibility?: InitiativeVisibility;
    published_at?: string | Date | null;
    archived_at?: string | Date | null;
  },
) {
  return db
    .updateTable('initiatives')
    .set({ ...changes, version: sql`version + 1`, updated_at: sql`now()` })
    .where('id', '=', id)
    .where('version', '=', expectedVersion)
    .returning(['id', 'slug', 'version'])
    .executeTakeFirst();
}

/** Replaces the participants, materials, sources, outgoing links and milestones of a record. */
export async function replaceChildren(
  db: Db,
  initiativeId: string,
  input: InitiativeInput,
  relatedIds: Map<string, string>,
  /** A record inserted in this transaction has nothing to remove first. */
  isNew = false,
) {
  if (!isNew) {
    await db.deleteFrom('participations').where('initiative_id', '=', initiativeId).execute();
    await db.deleteFrom('initiative_materials').where('initiative_id', '=', initiativeId).execute();
    await db.deleteFrom('sources').where('initiative_id', '=', initiativeId).execute();
    await db.deleteFrom('initiative_links').where('from_id', '=', initiativeId).execute();
    await db
      .deleteFrom('initiative_milestones')
      .where('initiative_id', '=', initiativeId)
      .execute();
  }

  if (input.participants.length > 0) {
    await db
      .insertInto('participations')
      .values(
        input.participants.map((p) => ({
          initiative_id: initiativeId,
          country_code: p.countryCode,
          role: p.role,
          joined_on: p.joinedOn,
          left_on: p.leftOn,
          instrument: p.instrument,
        })),
      )
      .execute();
  }
  if (input.materials.length > 0) {
    await db
      .insertInto('initiative_materials')
      .values(
        input.materials.map((m) => ({
          initiative_id: initiativeId,
          material_id: m.materialId,
          activities: m.activities,
          notes: m.notes,
        })),
      )
      .execute();
  }
  if (input.sources.length > 0) {
    await db
      .insertInto('sources')
      .values(
        input.sources.map((s) => ({
          initiative_id: initiativeId,
          url: s.url,
          title: s.title,
          publisher: s.publisher,
          published_on: s.publishedOn,
          kind: s.kind,
        })),
      )
      .execute();
  }
  if (input.related.length > 0) {
    await db
      .insertInto('initiative_links')
      .values(
        input.related.map((r) => ({
          from_id: initiativeId,
          to_id: relatedIds.get(r.slug) ?? '',
          relation: r.relation,
        })),
      )
      .execute();
  }
  if (input.milestones.length > 0) {
    await db
      .insertInto('initiative_milestones')
      .values(
        input.milestones.map((m) => ({
          initiative_id: initiativeId,
          step: m.step,
          occurred_on: m.occurredOn,
          source_url: m.sourceUrl,
          binding: m.binding,
          note: m.note,
        })),
      )
      .execute();
  }
}

/** The ids of initiatives by slug (for related links). */
export async function findIdsBySlug(db: Db, slugs: string[]): Promise<Map<string, string>> {
  if (slugs.length === 0) return new Map();
  const rows = await db
    .selectFrom('initiatives')
    .select(['id', 'slug'])
    .where('slug', 'in', slugs)
    .execute();
  return new Map(rows.map((row) => [row.slug, row.id]));
}

export async function countSources(db: Db, initiativeId: string): Promise<number> {
  const row = await db
    .selectFrom('sources')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('initiative_id', '=', initiativeId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** The records the admin area lists: drafts and archived ones included. */
export async function listAdminInitiatives(
  db: Db,
  query: {
    visibility?: 'draft' | 'published' | 'archived' | undefined;
    q?: string | undefined;
    page: number;
    pageSize: number;
  },
) {
  const contains = query.q ? `%${query.q.replace(/[\\%_]/g, '\\$&')}%` : null;
  return db
    .selectFrom('initiatives')
    .select([
      'initiatives.id',
      'initiatives.slug',
      'initiatives.title',
      'initiatives.kind',
      'initiatives.status',
      'initiatives.visibility',
      'initiatives.version',
      'initiatives.updated_at',
      'initiatives.archived_at',
      sql<number>`(select count(*) from sources s where s.initiative_id = initiatives.id)`.as(
        'source_count',
      ),
      sql<number>`count(*) over ()`.as('total_count'),
    ])
    .$if(query.visibility === 'archived', (qb) =>
      qb.where('initiatives.archived_at', 'is not', null),
    )
    .$if(query.visibility === 'draft' || query.visibility === 'published', (qb) =>
      qb
        .where('initiatives.archived_at', 'is', null)
        .where('initiatives.visibility', '=', query.visibility === 'draft' ? 'draft' : 'published'),
    )
    .$if(contains !== null, (qb) =>
      qb.where((eb) =>
        eb.or([
          eb('initiatives.title', 'ilike', contains ?? ''),
          eb('initiatives.slug', 'ilike', contains ?? ''),
        ]),
      ),
    )
    .orderBy('initiatives.updated_at', 'desc')
    .orderBy('initiatives.id')
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize)
    .execute();
}

/**
 * For the detail statement (a correlated subquery, so the detail stays one statement): the audit
 * rows that set or changed the record's status or published it, oldest first, with who saved them.
 * Snapshots store the status under `status` and visibility under `visibility` (see toSnapshot).
 */
export function statusChangesOf(eb: ExpressionBuilder<Database, 'initiatives'>) {
  const published = sql<boolean>`coalesce(audit_log.after->>'visibility' = 'published'
    and audit_log.before->>'visibility' is distinct from 'published', false)`;
  return jsonArrayFrom(
    eb
      .selectFrom('audit_log')
      .leftJoin('users', 'users.id', 'audit_log.user_id')
      .select([
        // json_agg writes timestamptz as ISO 8601 text.
        sql<string>`audit_log.at`.as('recorded_at'),
        'audit_log.action',
        sql<string | null>`audit_log.before->>'status'`.as('from_status'),
        sql<string | null>`audit_log.after->>'status'`.as('to_status'),
        published.as('published'),
        'users.name as user_name',
      ])
      // 'initiative' is initiativeEntity; the index on (entity, entity_id, at) serves this.
      .where('audit_log.entity', '=', 'initiative')
      .where(sql<boolean>`audit_log.entity_id = initiatives.id::text`)
      .where('audit_log.after', 'is not', null)
      .where((w) =>
        w.or([
          w('audit_log.before', 'is', null),
          sql<boolean>`audit_log.before->>'status' is distinct from audit_log.after->>'status'`,
          published,
        ]),
      )
      .orderBy('audit_log.id'),
  );
}
