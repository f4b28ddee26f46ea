import type { Database } from '@tracker/db';
import {
  initiativeFilterSchema,
  type Country,
  type CountryDetail,
  type CountryProfile,
  type MaterialActivity,
  materialActivities,
  type ProfileInitiativeSource,
  type ProfileMaterial,
  type ProfileTimelineEntry,
} from '@tracker/shared';
import type { Kysely } from 'kysely';
import { notFound } from '../../http/errors';
import { toSourceDto } from '../shared/source-dto';
import {
  findCountry,
  findCountryProfile,
  listCountries,
  type CountryListRow,
  type CountryProfileRow,
} from './countries.repository';

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

const toIsoString = (value: Date | string | null) =>
  value === null ? null : (value instanceof Date ? value : new Date(value)).toISOString();

/** Materials once each, with the union of the activities its initiatives name (in the enum's order). */
function groupMaterials(rows: CountryProfileRow['materials']): ProfileMaterial[] {
  const byId = new Map<string, ProfileMaterial & { seen: Set<MaterialActivity> }>();
  for (const row of rows) {
    let material = byId.get(row.id);
    if (!material) {
      material = {
        id: row.id,
        name: row.name,
        symbol: row.symbol,
        activities: [],
        initiatives: [],
        seen: new Set(),
      };
      byId.set(row.id, material);
    }
    for (const activity of row.activities) material.seen.add(activity);
    if (!material.initiatives.some((i) => i.slug === row.slug))
      material.initiatives.push({ slug: row.slug, title: row.title });
  }
  return [...byId.values()].map(({ seen, ...material }) => ({
    ...material,
    activities: materialActivities.filter((activity) => seen.has(activity)),
  }));
}

/** Joinings by day, oldest first; a joining the sources do not date is listed apart, never guessed. */
function buildTimeline(initiatives: CountryProfileRow['initiatives']): CountryProfile['timeline'] {
  const byDate = new Map<string, ProfileTimelineEntry>();
  const unknown: CountryProfile['timeline']['unknown'] = [];
  for (const i of [...initiatives].sort((a, b) => a.title.localeCompare(b.title, 'en'))) {
    const ref = { slug: i.slug, title: i.title, role: i.role };
    if (i.joined_on === null) {
      unknown.push(ref);
      continue;
    }
    const entry = byDate.get(i.joined_on) ?? { date: i.joined_on, initiatives: [] };
    entry.initiatives.push(ref);
    byDate.set(i.joined_on, entry);
  }
  const dated = [...byDate.values()].sort((a, b) => a.date.localeCompare(b.date));
  return { dated, unknown };
}

/** Each source once, with every initiative of the country it backs. */
function groupInitiativeSources(
  rows: CountryProfileRow['initiative_sources'],
): ProfileInitiativeSource[] {
  const byUrl = new Map<string, ProfileInitiativeSource>();
  for (const row of rows) {
    const source = byUrl.get(row.url) ?? { ...toSourceDto(row), initiatives: [] };
    if (!source.initiatives.some((i) => i.slug === row.slug))
      source.initiatives.push({ slug: row.slug, title: row.initiative_title });
    byUrl.set(row.url, source);
  }
  return [...byUrl.values()];
}

export function toCountryProfileDto(
  row: CountryProfileRow,
  asOf: string | null,
  generatedAt: Date,
): CountryProfile {
  return {
    code: row.code,
    iso3: row.iso3,
    name: row.name,
    aliases: row.aliases,
    status: row.status,
    region: row.region,
    natoMemberSince: row.nato_member_since,
    natoAccessionBasis: row.nato_accession_basis,
    euMember: row.eu_member,
    euMemberSince: row.eu_member_since,
    euCandidate: row.eu_candidate,
    asOf,
    initiatives: row.initiatives.map((i) => ({
      slug: i.slug,
      title: i.title,
      kind: i.kind,
      status: i.status,
      date: i.date,
      datePrecision: i.date_precision,
      framework: i.framework,
      role: i.role,
      joinedOn: i.joined_on,
      leftOn: i.left_on,
      instrument: i.instrument,
    })),
    materials: groupMaterials(row.materials),
    partners: row.partners.map((p) => ({
      code: p.code,
      name: p.name,
      status: p.status,
      sharedCount: p.shared_count,
      initiatives: p.initiatives,
    })),
    timeline: buildTimeline(row.initiatives),
    sources: row.sources.map(toSourceDto),
    initiativeSources: groupInitiativeSources(row.initiative_sources),
    generatedAt: generatedAt.toISOString(),
    dataVersion: toIsoString(row.data_version),
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

    /** One statement: the profile as of `asOf` (today's data when absent). */
    async getProfile(code: string, asOf?: string): Promise<CountryProfile> {
      const filter = initiativeFilterSchema.parse({ country: code, asOf });
      const row = await findCountryProfile(db, code, filter);
      if (!row) throw notFound(`Country "${code}"`);
      return toCountryProfileDto(row, asOf ?? null, new Date());
    },
  };
}

export type CountriesService = ReturnType<typeof createCountriesService>;
