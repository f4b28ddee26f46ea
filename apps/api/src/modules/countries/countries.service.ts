import type { Database } from '@tracker/db';
import type { Country, CountryDetail } from '@tracker/shared';
import type { Kysely } from 'kysely';
import { notFound } from '../../http/errors';
import { toSourceDto } from '../shared/source-dto';
import { findCountry, listCountries, type CountryListRow } from './countries.repository';

export function toCountryDto(row: CountryListRow): Country {
  return {
    code: row.code,
    iso3: row.iso3,
    name: row.name,
    aliases: row.aliases,
    status: row.status,
    natoMemberSince: row.nato_member_since,
    euMember: row.eu_member,
    region: row.region,
    initiativeCount: row.initiative_count,
  };
}

export function createCountriesService(db: Kysely<Database>) {
  return {
    async list(): Promise<{ items: Country[] }> {
      return { items: (await listCountries(db)).map(toCountryDto) };
    },

    async get(code: string): Promise<CountryDetail> {
      const row = await findCountry(db, code);
      if (!row) throw notFound(`Country "${code}"`);
      return {
        ...toCountryDto(row),
        sources: row.sources.map(toSourceDto),
        initiatives: row.initiatives.map((i) => ({
          slug: i.slug,
          title: i.title,
          kind: i.kind,
          status: i.status,
          date: i.date,
          datePrecision: i.date_precision,
          role: i.role,
          joinedOn: i.joined_on,
          leftOn: i.left_on,
          instrument: i.instrument,
        })),
      };
    },
  };
}

export type CountriesService = ReturnType<typeof createCountriesService>;
