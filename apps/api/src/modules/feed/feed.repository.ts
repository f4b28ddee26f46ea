import type { Database } from '@tracker/db';
import type { InitiativeFilter } from '@tracker/shared';
import { sql, type Kysely, type SqlBool } from 'kysely';
import {
  applyInitiativeFilter,
  listedDate,
  participationOfPickedCountries,
} from '../shared/initiative-filter';

export { getDataVersion } from '../shared/data-version';
export { findFilterNames } from '../shared/filter-description';

/**
 * The newest matching initiatives: dated by their signed (else announced) day, or by their last
 * update when the sources give neither.
 */
export function listFeedInitiatives(db: Kysely<Database>, filter: InitiativeFilter, limit: number) {
  return applyInitiativeFilter(db.selectFrom('initiatives'), filter)
    .select([
      'initiatives.id',
      'initiatives.slug',
      'initiatives.title',
      'initiatives.summary',
      'initiatives.kind',
      'initiatives.status',
      listedDate.as('date'),
      'initiatives.date_precision',
      sql<Date>`coalesce((${listedDate})::timestamp at time zone 'UTC', initiatives.updated_at)`.as(
        'entry_at',
      ),
    ])
    .orderBy('entry_at', 'desc')
    .orderBy('initiatives.title')
    .orderBy('initiatives.id')
    .limit(limit)
    .execute();
}

export type FeedInitiativeRow = Awaited<ReturnType<typeof listFeedInitiatives>>[number];

/**
 * The newest joinings and leavings of the filter's countries (all countries when it picks none)
 * in matching initiatives. Only dated changes: a participation whose date the sources do not give
 * is not a change anyone can place in time. "As of" a day, only changes up to that day.
 */
export function listMembershipChanges(
  db: Kysely<Database>,
  filter: InitiativeFilter,
  limit: number,
) {
  const changes = (change: 'joined' | 'left') => {
    const column = change === 'joined' ? sql.ref('p.joined_on') : sql.ref('p.left_on');
    return applyInitiativeFilter(db.selectFrom('initiatives'), filter)
      .innerJoin('participations as p', 'p.initiative_id', 'initiatives.id')
      .innerJoin('countries as c', 'c.code', 'p.country_code')
      .where(participationOfPickedCountries(filter, 'p'))
      .where(sql<SqlBool>`${column} is not null`)
      .$if(Boolean(filter.asOf), (qb) =>
        qb.where(sql<SqlBool>`${column} <= ${filter.asOf ?? null}::date`),
      )
      .select([
        'initiatives.id as initiative_id',
        'initiatives.slug',
        'initiatives.title',
        'c.code as country_code',
        'c.name as country_name',
        'p.role',
        'p.instrument',
        sql<'joined' | 'left'>`${sql.lit(change)}`.as('change'),
        sql<string>`${column}`.as('changed_on'),
      ]);
  };
  return db
    .selectFrom(changes('joined').unionAll(changes('left')).as('changes'))
    .selectAll()
    .orderBy('changed_on', 'desc')
    .orderBy('title')
    .orderBy('country_name')
    .orderBy('change')
    .limit(limit)
    .execute();
}

export type MembershipChangeRow = Awaited<ReturnType<typeof listMembershipChanges>>[number];
