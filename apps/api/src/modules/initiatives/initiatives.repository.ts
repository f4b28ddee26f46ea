import type { Database } from '@tracker/db';
import type { InitiativeSortField, ListInitiativesQuery } from '@tracker/shared';
import { sql, type Expression, type Kysely, type SelectQueryBuilder, type SqlBool } from 'kysely';
import { jsonArrayFrom } from 'kysely/helpers/postgres';

type InitiativeQuery = SelectQueryBuilder<Database, 'initiatives', object>;
export type InitiativeFilter = Omit<ListInitiativesQuery, 'sort' | 'page' | 'pageSize'>;

/** The date an initiative is listed and sorted by: signed when known, else announced. */
const listedDate = sql<string | null>`coalesce(initiatives.signed_on, initiatives.announced_on)`;

const participantCount = sql<number>`(select count(*) from participations p where p.initiative_id = initiatives.id)`;

/** Applies the shared filter model; every branch is an indexed predicate or EXISTS semi-join. */
export function applyInitiativeFilter(
  query: InitiativeQuery,
  filter: InitiativeFilter,
): InitiativeQuery {
  return query
    .where('initiatives.archived_at', 'is', null)
    .$if(filter.country.length > 0 && filter.match === 'any', (qb) =>
      qb.where((eb) =>
        eb.exists(
          eb
            .selectFrom('participations')
            .select(sql.lit(1).as('one'))
            .whereRef('participations.initiative_id', '=', 'initiatives.id')
            .where('participations.country_code', 'in', filter.country),
        ),
      ),
    )
    .$if(filter.country.length > 0 && filter.match === 'all', (qb) =>
      qb.where((eb) =>
        eb.and(
          filter.country.map((code) =>
            eb.exists(
              eb
                .selectFrom('participations')
                .select(sql.lit(1).as('one'))
                .whereRef('participations.initiative_id', '=', 'initiatives.id')
                .where('participations.country_code', '=', code),
            ),
          ),
        ),
      ),
    )
    .$if(filter.material.length > 0, (qb) =>
      qb.where((eb) =>
        eb.exists(
          eb
            .selectFrom('initiative_materials')
            .select(sql.lit(1).as('one'))
            .whereRef('initiative_materials.initiative_id', '=', 'initiatives.id')
            .where('initiative_materials.material_id', 'in', filter.material),
        ),
      ),
    )
    .$if(filter.status.length > 0, (qb) => qb.where('initiatives.status', 'in', filter.status))
    .$if(filter.kind.length > 0, (qb) => qb.where('initiatives.kind', 'in', filter.kind))
    .$if(Boolean(filter.q), (qb) => qb.where(textMatches(filter.q ?? '')));
}

/** Full-text match on the generated tsvector, plus a substring match on the title for partial words. */
function textMatches(q: string): Expression<SqlBool> {
  const pattern = `%${q.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
  return sql<SqlBool>`(initiatives.search @@ websearch_to_tsquery('english', ${q}) or initiatives.title ilike ${pattern})`;
}

const sortExpressions: Record<InitiativeSortField, Expression<unknown>> = {
  title: sql`initiatives.title`,
  date: listedDate,
  status: sql`initiatives.status`,
  kind: sql`initiatives.kind`,
  participants: participantCount,
  updated: sql`initiatives.updated_at`,
};

export async function countInitiatives(
  db: Kysely<Database>,
  filter: InitiativeFilter,
): Promise<number> {
  const row = await applyInitiativeFilter(db.selectFrom('initiatives'), filter)
    .select((eb) => eb.fn.countAll<number>().as('total'))
    .executeTakeFirstOrThrow();
  return row.total;
}

/** One page of initiatives with their participants and materials aggregated in the same statement. */
export function listInitiativesPage(db: Kysely<Database>, query: ListInitiativesQuery) {
  const descending = query.sort.startsWith('-');
  const field = query.sort.replace(/^-/, '') as InitiativeSortField;
  const direction = descending ? sql`desc` : sql`asc`;
  return applyInitiativeFilter(db.selectFrom('initiatives'), query)
    .leftJoin('countries as lead', 'lead.code', 'initiatives.lead_country')
    .select((eb) => [
      'initiatives.id',
      'initiatives.slug',
      'initiatives.reference_code',
      'initiatives.title',
      'initiatives.summary',
      'initiatives.kind',
      'initiatives.status',
      listedDate.as('date'),
      'initiatives.date_precision',
      'initiatives.event',
      'initiatives.framework',
      'initiatives.lead_country',
      'lead.name as lead_country_name',
      'initiatives.unconfirmed',
      'initiatives.updated_at',
      participantCount.as('participant_count'),
      sql<number>`(select count(*) from sources s where s.initiative_id = initiatives.id)`.as(
        'source_count',
      ),
      jsonArrayFrom(
        eb
          .selectFrom('participations')
          .innerJoin('countries', 'countries.code', 'participations.country_code')
          .select(['countries.code', 'countries.name', 'participations.role'])
          .whereRef('participations.initiative_id', '=', 'initiatives.id')
          .orderBy(sql`participations.role = 'lead'`, 'desc')
          .orderBy('countries.name'),
      ).as('participants'),
      jsonArrayFrom(
        eb
          .selectFrom('initiative_materials')
          .innerJoin('materials', 'materials.id', 'initiative_materials.material_id')
          .select(['materials.id', 'materials.name'])
          .whereRef('initiative_materials.initiative_id', '=', 'initiatives.id')
          .orderBy('materials.name'),
      ).as('materials'),
    ])
    .orderBy(sql`${sortExpressions[field]} ${direction} nulls last`)
    .orderBy('initiatives.title')
    .orderBy('initiatives.id')
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize)
    .execute();
}

export type InitiativePageRow = Awaited<ReturnType<typeof listInitiativesPage>>[number];

/** One initiative with everything its detail page shows, in one statement. */
export function findInitiativeBySlug(db: Kysely<Database>, slug: string) {
  return db
    .selectFrom('initiatives')
    .leftJoin('countries as lead', 'lead.code', 'initiatives.lead_country')
    .where('initiatives.slug', '=', slug)
    .where('initiatives.archived_at', 'is', null)
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
      listedDate.as('date'),
      'initiatives.date_precision',
      'initiatives.date_note',
      'initiatives.event',
      'initiatives.action',
      'initiatives.framework',
      'initiatives.lead_country',
      'lead.name as lead_country_name',
      'initiatives.budget_eur',
      'initiatives.participants_note',
      'initiatives.unconfirmed',
      'initiatives.version',
      'initiatives.created_at',
      'initiatives.updated_at',
      jsonArrayFrom(
        eb
          .selectFrom('participations')
          .innerJoin('countries', 'countries.code', 'participations.country_code')
          .select([
            'countries.code',
            'countries.name',
            'countries.status',
            'countries.nato_member_since',
            'countries.eu_member',
            'participations.role',
            'participations.joined_on',
            'participations.left_on',
            'participations.instrument',
          ])
          .whereRef('participations.initiative_id', '=', 'initiatives.id')
          .orderBy(sql`participations.role = 'lead'`, 'desc')
          .orderBy('countries.name'),
      ).as('participants'),
      jsonArrayFrom(
        eb
          .selectFrom('initiative_materials')
          .innerJoin('materials', 'materials.id', 'initiative_materials.material_id')
          .select([
            'materials.id',
            'materials.name',
            'materials.symbol',
            'initiative_materials.activities',
            'initiative_materials.notes',
          ])
          .whereRef('initiative_materials.initiative_id', '=', 'initiatives.id')
          .orderBy('materials.name'),
      ).as('materials'),
      jsonArrayFrom(
        eb
          .selectFrom('sources')
          .select([
            'sources.id',
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
          .select([
            'other.slug',
            'other.title',
            'initiative_links.relation',
            sql<'outgoing' | 'incoming'>`'outgoing'`.as('direction'),
          ])
          .whereRef('initiative_links.from_id', '=', 'initiatives.id')
          .where('other.archived_at', 'is', null)
          .unionAll(
            eb
              .selectFrom('initiative_links')
              .innerJoin('initiatives as other', 'other.id', 'initiative_links.from_id')
              .select([
                'other.slug',
                'other.title',
                'initiative_links.relation',
                sql<'outgoing' | 'incoming'>`'incoming'`.as('direction'),
              ])
              .whereRef('initiative_links.to_id', '=', 'initiatives.id')
              .where('other.archived_at', 'is', null),
          ),
      ).as('related'),
    ])
    .executeTakeFirst();
}

export type InitiativeDetailRow = NonNullable<Awaited<ReturnType<typeof findInitiativeBySlug>>>;
