import type { Database } from '@tracker/db';
import type { InitiativeFilter } from '@tracker/shared';
import { sql, type Kysely, type SqlBool } from 'kysely';
import { jsonArrayFrom } from 'kysely/helpers/postgres';
import { publicDataVersion } from '../shared/data-version';
import {
  applyInitiativeFilter,
  listedDate,
  participationActiveOn,
  unknownFilterValues,
} from '../shared/initiative-filter';

/**
 * The whole matrix in one statement: the matched initiatives (the shared filter), their
 * participations in force (as of a day when asked), the countries of those participations plus
 * the countries the filter names, any filter value that names nothing, and the public data version
 * (shared/data-version.ts: drafts left out, like the exports and the feed).
 */
export function getParticipationMatrix(db: Kysely<Database>, filter: InitiativeFilter) {
  const unknown = unknownFilterValues(filter);
  return db
    .with('matched', (qb) =>
      applyInitiativeFilter(qb.selectFrom('initiatives'), filter).select([
        'initiatives.id',
        'initiatives.slug',
        'initiatives.title',
        'initiatives.kind',
        'initiatives.status',
        listedDate.as('date'),
        'initiatives.date_precision',
      ]),
    )
    .with('cells', (qb) =>
      qb
        .selectFrom('participations')
        .innerJoin('matched', 'matched.id', 'participations.initiative_id')
        .select([
          'participations.country_code as country',
          'matched.slug as initiative',
          'participations.role',
          'participations.joined_on',
          'participations.left_on',
          'participations.instrument',
        ])
        .$if(Boolean(filter.asOf), (q) =>
          q.where(participationActiveOn('participations', filter.asOf ?? '')),
        ),
    )
    .selectNoFrom((eb) => [
      jsonArrayFrom(
        eb
          .selectFrom('matched')
          .select([
            'matched.slug',
            'matched.title',
            'matched.kind',
            'matched.status',
            'matched.date',
            'matched.date_precision',
          ])
          .orderBy(sql`matched.date desc nulls last`)
          .orderBy('matched.title'),
      ).as('initiatives'),
      jsonArrayFrom(
        eb
          .selectFrom('cells')
          .select([
            'cells.country',
            'cells.initiative',
            'cells.role',
            'cells.joined_on',
            'cells.left_on',
            'cells.instrument',
          ])
          .orderBy('cells.country')
          .orderBy('cells.initiative'),
      ).as('cells'),
      jsonArrayFrom(
        eb
          .selectFrom('countries')
          .select([
            'countries.code',
            'countries.name',
            'countries.status',
            'countries.nato_member_since',
            'countries.eu_member',
          ])
          .where((w) =>
            w.or([
              w('countries.code', 'in', w.selectFrom('cells').select('cells.country')),
              // Countries the reader named stay as rows even when they take part in nothing.
              filter.country.length > 0
                ? w('countries.code', 'in', filter.country)
                : sql<SqlBool>`false`,
            ]),
          )
          .orderBy('countries.name'),
      ).as('countries'),
      unknown.country.as('unknown_country'),
      unknown.lead.as('unknown_lead'),
      unknown.material.as('unknown_material'),
      unknown.membersOf.as('unknown_members_of'),
      publicDataVersion.as('data_version'),
    ])
    .executeTakeFirstOrThrow();
}

export type ParticipationMatrixRow = Awaited<ReturnType<typeof getParticipationMatrix>>;
