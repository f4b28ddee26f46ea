import type { Database } from '@tracker/db';
import type { InitiativeFilter, InitiativeSortField, ListInitiativesQuery } from '@tracker/shared';
import { sql, type Expression, type Kysely } from 'kysely';
import { jsonArrayFrom } from 'kysely/helpers/postgres';
import {
  applyInitiativeFilter,
  listedDate,
  participationActiveOn,
  unknownFilterValues,
} from '../shared/initiative-filter';
import { sourceColumns } from '../shared/source-columns';
import { statusChangesOf } from './initiative-writes.repository';

export const participantCount = sql<number>`(select count(*) from participations p where p.initiative_id = initiatives.id)`;

const sortExpressions: Record<InitiativeSortField, Expression<unknown>> = {
  title: sql`initiatives.title`,
  date: listedDate,
  status: sql`initiatives.status`,
  kind: sql`initiatives.kind`,
  framework: sql`initiatives.framework`,
  lead: sql`(select c.name from countries c where c.code = initiatives.lead_country)`,
  participants: participantCount,
  materials: sql`(select count(*) from initiative_materials m where m.initiative_id = initiatives.id)`,
  sources: sql`(select count(*) from sources s where s.initiative_id = initiatives.id)`,
  updated: sql`initiatives.updated_at`,
};

/** The number of matches and, in the same statement, any filter value that names nothing. */
export function countInitiatives(db: Kysely<Database>, filter: InitiativeFilter) {
  const unknown = unknownFilterValues(filter);
  return db
    .selectNoFrom((eb) => [
      eb
        .selectFrom(
          applyInitiativeFilter(db.selectFrom('initiatives'), filter)
            .select(sql.lit(1).as('one'))
            .as('matches'),
        )
        .select((inner) => inner.fn.countAll<number>().as('n'))
        .as('total'),
      unknown.country.as('unknown_country'),
      unknown.lead.as('unknown_lead'),
      unknown.material.as('unknown_material'),
      unknown.membersOf.as('unknown_members_of'),
    ])
    .executeTakeFirstOrThrow();
}

/** The filter and the order of a list of initiatives: the list's query without its page. */
export type InitiativeListOrder = Omit<ListInitiativesQuery, 'page' | 'pageSize'>;

/** Which rows of the ordered list to return; without a limit, all of them (exports). */
export interface RowWindow {
  limit?: number;
  offset?: number;
}

/**
 * Initiatives in the list's order with their participants and materials aggregated in the same
 * statement: one page (the list) or every match (the exports).
 */
function initiativesListQuery(db: Kysely<Database>, query: InitiativeListOrder, window: RowWindow) {
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
      (query.asOf
        ? sql<number>`(select count(*) from participations p
            where p.initiative_id = initiatives.id and ${participationActiveOn('p', query.asOf)})`
        : participantCount
      ).as('participant_count'),
      sql<number>`(select count(*) from sources s where s.initiative_id = initiatives.id)`.as(
        'source_count',
      ),
      jsonArrayFrom(
        eb
          .selectFrom('participations')
          .innerJoin('countries', 'countries.code', 'participations.country_code')
          .select(['countries.code', 'countries.name', 'participations.role'])
          .whereRef('participations.initiative_id', '=', 'initiatives.id')
          // "As of" a day, the list shows the members of that day.
          .$if(Boolean(query.asOf), (qb) =>
            qb.where(participationActiveOn('participations', query.asOf ?? '')),
          )
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
    .$if(window.limit !== undefined, (qb) => qb.limit(window.limit ?? 0))
    .$if(Boolean(window.offset), (qb) => qb.offset(window.offset ?? 0));
}

/**
 * Initiatives in the list's order with their participants and materials aggregated in the same
 * statement: one page (the list) or every match (the exports).
 */
export function listInitiativesPage(
  db: Kysely<Database>,
  query: InitiativeListOrder,
  window: RowWindow = {},
) {
  return initiativesListQuery(db, query, window).execute();
}

/**
 * One page plus, in the same statement, the number of matches (a window count, evaluated before
 * the limit) and any filter value that names nothing: the list's common case in one round trip.
 * An empty page carries no count, so the caller falls back to `countInitiatives`.
 */
export function listInitiativesPageWithTotal(
  db: Kysely<Database>,
  query: InitiativeListOrder,
  window: RowWindow,
) {
  const unknown = unknownFilterValues(query);
  return initiativesListQuery(db, query, window)
    .select([
      sql<number>`count(*) over ()`.as('total_count'),
      unknown.country.as('unknown_country'),
      unknown.lead.as('unknown_lead'),
      unknown.material.as('unknown_material'),
      unknown.membersOf.as('unknown_members_of'),
    ])
    .execute();
}

export type InitiativePageRow = Awaited<ReturnType<typeof listInitiativesPage>>[number];

/**
 * One initiative with everything its detail page shows, in one statement. Drafts and archived
 * records are returned too: the service decides who may see them.
 */
export function findInitiativeBySlug(db: Kysely<Database>, slug: string) {
  return db
    .selectFrom('initiatives')
    .leftJoin('countries as lead', 'lead.code', 'initiatives.lead_country')
    .where('initiatives.slug', '=', slug)
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
      'initiatives.visibility',
      'initiatives.published_at',
      'initiatives.archived_at',
      jsonArrayFrom(
        eb
          .selectFrom('initiative_milestones')
          .select([
            'initiative_milestones.id',
            'initiative_milestones.step',
            'initiative_milestones.occurred_on',
            'initiative_milestones.binding',
            'initiative_milestones.source_url',
            'initiative_milestones.note',
          ])
          .whereRef('initiative_milestones.initiative_id', '=', 'initiatives.id')
          .orderBy('initiative_milestones.occurred_on')
          .orderBy('initiative_milestones.id'),
      ).as('milestones'),
      statusChangesOf(eb).as('status_changes'),
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
          .select(sourceColumns)
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
          .where('other.visibility', '=', 'published')
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
              .where('other.archived_at', 'is', null)
              .where('other.visibility', '=', 'published'),
          ),
      ).as('related'),
    ])
    .executeTakeFirst();
}

export type InitiativeDetailRow = NonNullable<Awaited<ReturnType<typeof findInitiativeBySlug>>>;
