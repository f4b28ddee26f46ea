import type { Database } from '@tracker/db';
import { sql, type Kysely } from 'kysely';
import { jsonArrayFrom } from 'kysely/helpers/postgres';

const activeInitiativeCount = sql<number>`(
  select count(*) from participations p
  join initiatives i on i.id = p.initiative_id and i.archived_at is null
  where p.country_code = countries.code)`;

const countryColumns = [
  'countries.code',
  'countries.iso3',
  'countries.name',
  'countries.aliases',
  'countries.status',
  'countries.nato_member_since',
  'countries.eu_member',
  'countries.region',
] as const;

export function listCountries(db: Kysely<Database>) {
  return db
    .selectFrom('countries')
    .select([...countryColumns, activeInitiativeCount.as('initiative_count')])
    .orderBy('countries.name')
    .execute();
}

export type CountryListRow = Awaited<ReturnType<typeof listCountries>>[number];

export function findCountry(db: Kysely<Database>, code: string) {
  return db
    .selectFrom('countries')
    .where('countries.code', '=', code)
    .select((eb) => [
      ...countryColumns,
      activeInitiativeCount.as('initiative_count'),
      jsonArrayFrom(
        eb
          .selectFrom('participations')
          .innerJoin('initiatives', 'initiatives.id', 'participations.initiative_id')
          .whereRef('participations.country_code', '=', 'countries.code')
          .where('initiatives.archived_at', 'is', null)
          .select([
            'initiatives.slug',
            'initiatives.title',
            'initiatives.kind',
            'initiatives.status',
            sql<string | null>`coalesce(initiatives.signed_on, initiatives.announced_on)`.as(
              'date',
            ),
            'initiatives.date_precision',
            'participations.role',
            'participations.joined_on',
            'participations.left_on',
            'participations.instrument',
          ])
          .orderBy(sql`coalesce(initiatives.signed_on, initiatives.announced_on) desc nulls last`)
          .orderBy('initiatives.title'),
      ).as('initiatives'),
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
          .whereRef('sources.country_code', '=', 'countries.code')
          .orderBy('sources.id'),
      ).as('sources'),
    ])
    .executeTakeFirst();
}

export type CountryDetailRow = NonNullable<Awaited<ReturnType<typeof findCountry>>>;
