import type { Database } from '@tracker/db';
import { countryGroupMembers, type CountryGroup, type InitiativeFilter } from '@tracker/shared';
import { sql, type Kysely } from 'kysely';
import { unknownFilterValues } from './initiative-filter';

/**
 * The filter in words, for the places a reader sees it outside the dashboard: an export's header
 * section and a feed's title ("Countries: all of Germany (DE), Poland (PL)").
 */

export interface FilterNames {
  /** Country code → name, for the filter's countries and lead countries. */
  countries: Record<string, string>;
  /** Material id → name. */
  materials: Record<string, string>;
  /** The title of the "members of" initiative, when it exists. */
  membersOf: string | null;
}

export interface FilterLookup extends FilterNames {
  unknown_country: string[];
  unknown_lead: string[];
  unknown_material: string[];
  unknown_members_of: string[];
}

/**
 * The names of everything the filter refers to and, in the same statement, the codes that name
 * nothing (for throwIfUnknownFilterValues).
 */
export async function findFilterNames(
  db: Kysely<Database>,
  filter: InitiativeFilter,
): Promise<FilterLookup> {
  const countryCodes = [...new Set([...filter.country, ...filter.lead])];
  const unknown = unknownFilterValues(filter);
  const row = await db
    .selectNoFrom([
      sql<Record<string, string>>`(select coalesce(jsonb_object_agg(c.code, c.name), '{}'::jsonb)
        from countries c where c.code = any(${countryCodes}::text[]))`.as('countries'),
      sql<Record<string, string>>`(select coalesce(jsonb_object_agg(m.id, m.name), '{}'::jsonb)
        from materials m where m.id = any(${filter.material}::text[]))`.as('materials'),
      sql<
        string | null
      >`(select i.title from initiatives i where i.slug = ${filter.membersOf ?? null}
        and i.archived_at is null and i.visibility = 'published')`.as('membersOf'),
      unknown.country.as('unknown_country'),
      unknown.lead.as('unknown_lead'),
      unknown.material.as('unknown_material'),
      unknown.membersOf.as('unknown_members_of'),
    ])
    .executeTakeFirstOrThrow();
  return row;
}

const groupNames: Record<CountryGroup, string> = {
  nato: 'NATO Allies',
  eu: 'EU members',
  indo_pacific: `Indo-Pacific partners (${countryGroupMembers.indo_pacific.join(', ')})`,
};

/** An enumeration value as words: high_visibility_project → high visibility project. */
export const enumInWords = (value: string) => value.replace(/_/g, ' ');

const sortNames: Record<string, string> = {
  date: 'date',
  title: 'title',
  status: 'status',
  kind: 'kind',
  framework: 'framework',
  lead: 'lead country',
  participants: 'number of participants',
  materials: 'number of materials',
  sources: 'number of sources',
  updated: 'last update',
};

/** "date, descending" for -date. */
export function sortInWords(sort: string): string {
  const field = sort.replace(/^-/, '');
  return `${sortNames[field] ?? field}, ${sort.startsWith('-') ? 'descending' : 'ascending'}`;
}

/**
 * The filters that are set, as [label, value] pairs in the order the dashboard shows them; an
 * empty list means "no filter". Codes the names do not cover are shown as given.
 */
export function describeFilter(filter: InitiativeFilter, names: FilterNames): [string, string][] {
  const country = (code: string) => {
    const name = names.countries[code];
    return name ? `${name} (${code})` : code;
  };
  const described: [string, string][] = [];

  const picks = [
    ...filter.country.map(country),
    ...filter.group.map((group) => groupNames[group]),
    ...(filter.membersOf
      ? [`members of ${names.membersOf ? `"${names.membersOf}"` : filter.membersOf}`]
      : []),
  ];
  if (picks.length > 0) {
    const mode = picks.length === 1 ? '' : filter.match === 'all' ? 'all of ' : 'any of ';
    described.push(['Countries', `${mode}${picks.join(', ')}`]);
  }
  if (filter.role.length > 0) {
    described.push(['Role', filter.role.map(enumInWords).join(', ')]);
  }
  if (filter.lead.length > 0) described.push(['Lead country', filter.lead.map(country).join(', ')]);
  if (filter.material.length > 0) {
    described.push([
      'Materials',
      filter.material.map((id) => names.materials[id] ?? id).join(', '),
    ]);
  }
  if (filter.status.length > 0) {
    described.push(['Status', filter.status.map(enumInWords).join(', ')]);
  }
  if (filter.kind.length > 0) described.push(['Kind', filter.kind.map(enumInWords).join(', ')]);
  if (filter.framework.length > 0) described.push(['Framework', filter.framework.join(', ')]);
  if (filter.from) described.push(['From', filter.from]);
  if (filter.to) described.push(['To', filter.to]);
  if (filter.asOf) described.push(['As of', filter.asOf]);
  if (filter.q) described.push(['Search', `"${filter.q}"`]);
  return described;
}

/**
 * The filter as a canonical query string (fixed key order, defaults left out), the same
 * parameters the list and the dashboard's URL take: two equal filters give equal strings.
 */
export function filterQueryString(filter: InitiativeFilter): string {
  const params = new URLSearchParams();
  const many = (key: string, values: readonly string[]) => {
    for (const value of values) params.append(key, value);
  };
  many('country', filter.country);
  many('group', filter.group);
  if (filter.membersOf) params.append('membersOf', filter.membersOf);
  if (filter.match !== 'any') params.append('match', filter.match);
  many('role', filter.role);
  many('lead', filter.lead);
  many('material', filter.material);
  many('status', filter.status);
  many('kind', filter.kind);
  many('framework', filter.framework);
  if (filter.from) params.append('from', filter.from);
  if (filter.to) params.append('to', filter.to);
  if (filter.asOf) params.append('asOf', filter.asOf);
  if (filter.q) params.append('q', filter.q);
  return params.toString();
}
