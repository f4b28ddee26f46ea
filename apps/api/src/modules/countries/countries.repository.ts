import type { Database } from '@tracker/db';
import { sql, type Kysely } from 'kysely';
import { jsonArrayFrom } from 'kysely/helpers/postgres';
import type { InitiativeFilter } from '@tracker/shared';
import {
  applyInitiativeFilter,
  listedDate,
  participationActiveOn,
} from '../shared/initiative-filter';
import { sourceColumns } from '../shared/source-columns';

const activeInitiativeCount = sql<number>`(
  select count(*) from participations p
  join initiatives i on i.id = p.initiative_id and i.archived_at is null
    and i.visibility = 'published'
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
          .where('initiatives.visibility', '=', 'published')
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
          .select(sourceColumns)
          .whereRef('sources.country_code', '=', 'countries.code')
          .orderBy('sources.id'),
      ).as('sources'),
    ])
    .executeTakeFirst();
}

export type CountryDetailRow = NonNullable<Awaited<ReturnType<typeof findCountry>>>;

/**
 * Everything a country profile shows, in one statement: the country's initiatives (the shared
 * filter with this one country, so "as of" means what it means everywhere), the materials they
 * cover, the countries it shares them with, the sources, and the data version.
 */
export function findCountryProfile(db: Kysely<Database>, code: string, filter: InitiativeFilter) {
  return db
    .with('mine', (qb) =>
      applyInitiativeFilter(qb.selectFrom('initiatives'), filter)
        .innerJoin('participations', (join) =>
          join
            .onRef('participations.initiative_id', '=', 'initiatives.id')
            .on('participations.country_code', '=', code),
        )
        .select([
          'initiatives.id',
          'initiatives.slug',
          'initiatives.title',
          'initiatives.kind',
          'initiatives.status',
          listedDate.as('date'),
          'initiatives.date_precision',
          'initiatives.framework',
          'participations.role',
          'participations.joined_on',
          'participations.left_on',
          'participations.instrument',
        ]),
    )
    .selectFrom('countries')
    .where('countries.code', '=', code)
    .select((eb) => [
      ...countryColumns,
      'countries.nato_accession_basis',
      'countries.eu_member_since',
      'countries.eu_candidate',
      jsonArrayFrom(
        eb
          .selectFrom('mine')
          .select([
            'mine.slug',
            'mine.title',
            'mine.kind',
            'mine.status',
            'mine.date',
            'mine.date_precision',
            'mine.framework',
            'mine.role',
            'mine.joined_on',
            'mine.left_on',
            'mine.instrument',
          ])
          .orderBy(sql`mine.date desc nulls last`)
          .orderBy('mine.title'),
      ).as('initiatives'),
      jsonArrayFrom(
        eb
          .selectFrom('initiative_materials')
          .innerJoin('mine', 'mine.id', 'initiative_materials.initiative_id')
          .innerJoin('materials', 'materials.id', 'initiative_materials.material_id')
          .select([
            'materials.id',
            'materials.name',
            'materials.symbol',
            'initiative_materials.activities',
            'mine.slug',
            'mine.title',
          ])
          .orderBy('materials.name')
          .orderBy('mine.title'),
      ).as('materials'),
      jsonArrayFrom(
        eb
          .selectFrom('participations as other')
          .innerJoin('mine', 'mine.id', 'other.initiative_id')
          .innerJoin('countries as partner', 'partner.code', 'other.country_code')
          .where('other.country_code', '<>', code)
          .$if(Boolean(filter.asOf), (qb) =>
            qb.where(participationActiveOn('other', filter.asOf ?? '')),
          )
          .groupBy(['partner.code', 'partner.name', 'partner.status'])
          .select([
            'partner.code',
            'partner.name',
            'partner.status',
            sql<number>`count(*)::int`.as('shared_count'),
            sql<
              { slug: string; title: string }[]
            >`json_agg(json_build_object('slug', mine.slug, 'title', mine.title) order by mine.title)`.as(
              'initiatives',
            ),
          ])
          .orderBy(sql`count(*) desc`)
          .orderBy('partner.name')
          .limit(10),
      ).as('partners'),
      jsonArrayFrom(
        eb
          .selectFrom('sources')
          .select(sourceColumns)
          .whereRef('sources.country_code', '=', 'countries.code')
          .orderBy('sources.id'),
      ).as('sources'),
      jsonArrayFrom(
        eb
          .selectFrom('sources')
          .innerJoin('mine', 'mine.id', 'sources.initiative_id')
          .select([...sourceColumns, 'mine.slug', 'mine.title as initiative_title'])
          .orderBy('mine.title')
          .orderBy('sources.id'),
      ).as('initiative_sources'),
      sql<Date | string | null>`(select max(updated_at) from initiatives)`.as('data_version'),
    ])
    .executeTakeFirst();
}

export type CountryProfileRow = NonNullable<Awaited<ReturnType<typeof findCountryProfile>>>;
