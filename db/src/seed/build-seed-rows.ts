import type { DatePrecision, LinkRelation, SourceKind } from '@tracker/shared';
import type { InitiativeCuration, SourceHost } from '../../seed/curation-types';
import type {
  NewCountry,
  NewInitiative,
  NewInitiativeMaterial,
  NewMaterial,
  NewParticipation,
  NewSource,
} from '../schema';
import { splitList, type ReferenceData } from './reference-data';

export interface Curation {
  initiativeCuration: Record<string, InitiativeCuration>;
  materialIdByName: Record<string, string>;
  materialAliases: Record<string, string[]>;
  countryAliases: Record<string, string[]>;
  countryRegion: Record<string, string>;
  sourceHosts: Record<string, SourceHost>;
}

type SourceInput = Pick<NewSource, 'url' | 'publisher' | 'kind'>;

/** One initiative with its dependent rows, keyed by reference code instead of generated ids. */
export interface InitiativeSeed {
  initiative: Omit<NewInitiative, 'id'>;
  participations: Omit<NewParticipation, 'initiative_id'>[];
  materials: Omit<NewInitiativeMaterial, 'initiative_id'>[];
  sources: SourceInput[];
  links: { toReferenceCode: string; relation: LinkRelation }[];
}

export interface SeedRows {
  countries: { country: NewCountry; sources: SourceInput[] }[];
  materials: { material: NewMaterial; sources: SourceInput[] }[];
  initiatives: InitiativeSeed[];
}

const yes = (cell: string) => cell.trim().toLowerCase() === 'yes';
const blankToNull = (cell: string | undefined) => (cell && cell.trim() !== '' ? cell.trim() : null);

/** 'YYYY-MM-DD' | 'YYYY-MM' | 'YYYY' → a date and how much of it the source gives. */
export function parseReferenceDate(
  cell: string,
): { date: string; precision: DatePrecision } | null {
  const value = cell.trim();
  if (value === '') return null;
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return { date: value, precision: 'day' };
  if (/^\d{4}-\d{2}$/.test(value)) return { date: `${value}-01`, precision: 'month' };
  if (/^\d{4}$/.test(value)) return { date: `${value}-01-01`, precision: 'year' };
  throw new Error(`Unrecognised date in reference data: "${cell}"`);
}

export function sourcesFromCell(cell: string, hosts: Record<string, SourceHost>): SourceInput[] {
  const seen = new Set<string>();
  return splitList(cell)
    .filter((url) => (seen.has(url) ? false : (seen.add(url), true)))
    .map((url) => {
      const host = new URL(url).hostname.replace(/^www\./, '');
      const known = hosts[host];
      return {
        url,
        publisher: known?.publisher ?? host,
        kind: (known?.kind ?? null) satisfies SourceKind | null,
      };
    });
}

function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/**
 * Splits an initiatives.csv `materials` cell into material ids and the words around them.
 * "lithium; titanium; rare earth elements (NATO: 'such as …')" → ids plus the verbatim cell as a
 * note, so qualifiers like "examples, not an exhaustive scope" or "ammunition (not raw materials)"
 * are kept rather than dropped.
 */
export function parseMaterialsCell(
  cell: string,
  materialIdByName: Record<string, string>,
  allMaterialIds: string[],
): { ids: string[]; note: string | null } {
  const value = cell.trim();
  if (value === '') return { ids: [], note: null };
  if (value.toLowerCase() === 'see materials.csv') return { ids: allMaterialIds, note: null };
  const ids: string[] = [];
  let plainList = true;
  for (const item of splitList(value)) {
    const base = item.replace(/\(.*$/, '').trim().toLowerCase();
    const id = materialIdByName[base];
    if (id) ids.push(id);
    if (!id || base !== item.toLowerCase()) plainList = false;
  }
  return { ids: [...new Set(ids)], note: plainList ? null : value };
}

export function buildSeedRows(reference: ReferenceData, curation: Curation): SeedRows {
  const countries = reference.countries.map((row) => {
    const code = row.iso_alpha2.trim();
    const isAlly = row.nato_status.trim() === 'member';
    const country: NewCountry = {
      code,
      iso3: row.iso_alpha3.trim(),
      iso_numeric: blankToNull(row.iso_numeric),
      name: row.name.trim(),
      aliases: curation.countryAliases[code] ?? [],
      status: isAlly ? 'nato_ally' : row.nato_status.startsWith('partner') ? 'partner' : 'other',
      nato_member_since: blankToNull(row.nato_accession_date),
      nato_accession_basis: isAlly ? blankToNull(row.nato_accession_date_basis) : null,
      eu_member: yes(row.eu_member),
      eu_member_since: blankToNull(row.eu_entry_date),
      eu_candidate: yes(row.eu_member)
        ? null
        : row.eu_candidate.trim() === 'yes'
          ? true
          : row.eu_candidate.trim() === 'no'
            ? false
            : null,
      region: curation.countryRegion[code] ?? null,
      notes: blankToNull(row.notes),
    };
    return { country, sources: sourcesFromCell(row.sources, curation.sourceHosts) };
  });

  const materials = reference.materials.map((row) => {
    const name = row.material.trim();
    const id = curation.materialIdByName[name.toLowerCase()];
    if (!id) throw new Error(`No material id for "${name}" in db/seed/curation.ts`);
    const strategic = row.eu_crma_strategic_annex_i.trim();
    const material: NewMaterial = {
      id,
      name,
      symbol: blankToNull(row.symbol),
      aliases: curation.materialAliases[id] ?? [],
      nato_critical: yes(row.nato_defence_critical_list_2024_12_11),
      eu_critical: yes(row.eu_crma_critical_annex_ii),
      eu_critical_entry: blankToNull(row.eu_crma_critical_entry),
      eu_strategic: strategic === 'yes' || strategic === 'partial' ? strategic : 'no',
      eu_strategic_entry: blankToNull(row.eu_crma_strategic_entry),
      defence_uses: blankToNull(row.defence_uses),
      defence_uses_basis: blankToNull(row.defence_uses_basis),
      notes: blankToNull(row.notes),
    };
    return { material, sources: sourcesFromCell(row.sources, curation.sourceHosts) };
  });
  const allMaterialIds = materials.map(({ material }) => material.id);
  const countryCodes = new Set(countries.map(({ country }) => country.code));

  const initiatives = reference.initiatives.map((row): InitiativeSeed => {
    const code = row.initiative_id.trim();
    const rules = curation.initiativeCuration[code];
    if (!rules) throw new Error(`No curation for initiative ${code} in db/seed/curation.ts`);
    const date = parseReferenceDate(row.date);
    const materialsCell = parseMaterialsCell(
      row.materials,
      curation.materialIdByName,
      allMaterialIds,
    );
    const summaryParts = [
      blankToNull(row.description),
      materialsCell.note && `Materials as stated in the sources: ${materialsCell.note}`,
    ];
    const participants = splitList(row.participants_iso2);
    for (const participant of participants) {
      if (!countryCodes.has(participant))
        throw new Error(`${code}: unknown country ${participant}`);
    }
    if (rules.leadCountry && !participants.includes(rules.leadCountry)) {
      throw new Error(`${code}: lead ${rules.leadCountry} is not among its participants`);
    }
    return {
      initiative: {
        slug: slugify(code),
        reference_code: code,
        title: row.name.trim(),
        summary: summaryParts.filter((part): part is string => Boolean(part)).join('\n\n') || null,
        kind: rules.kind,
        status: rules.status,
        signed_on: rules.dateField === 'signed' ? (date?.date ?? null) : null,
        announced_on: rules.dateField === 'announced' ? (date?.date ?? null) : null,
        date_precision: date?.precision ?? null,
        date_note: blankToNull(row.date_note),
        event: blankToNull(row.event),
        action: blankToNull(row.action),
        framework: rules.framework,
        lead_country: rules.leadCountry ?? null,
        budget_eur: null,
        participants_note: blankToNull(row.participants_note),
        unconfirmed: blankToNull(row.unconfirmed),
      },
      participations: participants.map((country) => ({
        country_code: country,
        role:
          rules.roles?.[country] ?? (rules.leadCountry === country ? 'lead' : rules.defaultRole),
        joined_on: rules.joinedOn?.[country] ?? rules.joinedOn?.['*'] ?? null,
        left_on: null,
        instrument: rules.instruments?.[country] ?? rules.instrument ?? null,
      })),
      materials: materialsCell.ids.map((materialId) => ({
        material_id: materialId,
        activities: rules.activities?.[materialId] ?? [],
        notes: null,
      })),
      sources: sourcesFromCell(row.sources, curation.sourceHosts),
      links: splitList(row.related_initiative_ids).map((related) => ({
        toReferenceCode: related,
        relation: rules.relations?.[related] ?? 'related',
      })),
    };
  });

  return { countries, materials, initiatives };
}
