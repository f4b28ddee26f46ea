import type { ColumnType, Generated, Insertable, Selectable, Updateable } from 'kysely';
import type {
  CountryStatus,
  DatePrecision,
  InitiativeKind,
  InitiativeStatus,
  Instrument,
  LinkRelation,
  MaterialActivity,
  ParticipationRole,
  SourceKind,
} from '@tracker/shared';

/** A `date` column: read as 'YYYY-MM-DD' (createDb installs the parser), written as the same. */
type DateColumn = string;
/** `timestamptz`: read as Date, written as Date or ISO string, defaulted by the database. */
type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;

export interface CountriesTable {
  code: string;
  iso3: string;
  iso_numeric: string | null;
  name: string;
  aliases: ColumnType<string[], string[] | undefined, string[]>;
  status: CountryStatus;
  nato_member_since: DateColumn | null;
  nato_accession_basis: string | null;
  eu_member: boolean;
  eu_member_since: DateColumn | null;
  eu_candidate: boolean | null;
  region: string | null;
  notes: string | null;
}

export interface MaterialsTable {
  id: string;
  name: string;
  symbol: string | null;
  aliases: ColumnType<string[], string[] | undefined, string[]>;
  nato_critical: boolean;
  eu_critical: boolean;
  eu_critical_entry: string | null;
  eu_strategic: 'yes' | 'partial' | 'no';
  eu_strategic_entry: string | null;
  defence_uses: string | null;
  defence_uses_basis: string | null;
  notes: string | null;
}

export interface InitiativesTable {
  id: Generated<string>;
  slug: string;
  /** The reference data's own identifier (e.g. NATO-HVP-DCRM-2025); null for records entered later. */
  reference_code: string | null;
  title: string;
  summary: string | null;
  kind: InitiativeKind;
  status: InitiativeStatus;
  announced_on: DateColumn | null;
  signed_on: DateColumn | null;
  date_precision: DatePrecision | null;
  date_note: string | null;
  event: string | null;
  action: string | null;
  framework: string | null;
  lead_country: string | null;
  budget_eur: number | null;
  participants_note: string | null;
  unconfirmed: string | null;
  /** Generated from the text columns; never written. */
  search: ColumnType<string, never, never>;
  version: Generated<number>;
  created_at: Timestamp;
  updated_at: Timestamp;
  archived_at: Timestamp | null;
}

export interface ParticipationsTable {
  initiative_id: string;
  country_code: string;
  role: ParticipationRole;
  joined_on: DateColumn | null;
  left_on: DateColumn | null;
  instrument: Instrument | null;
}

export interface InitiativeMaterialsTable {
  initiative_id: string;
  material_id: string;
  activities: ColumnType<MaterialActivity[], MaterialActivity[] | undefined, MaterialActivity[]>;
  notes: string | null;
}

/** A source backs exactly one record: an initiative, a material or a country. */
export interface SourcesTable {
  id: Generated<number>;
  initiative_id: string | null;
  material_id: string | null;
  country_code: string | null;
  url: string;
  title: string | null;
  publisher: string | null;
  published_on: DateColumn | null;
  kind: SourceKind | null;
}

export interface InitiativeLinksTable {
  from_id: string;
  to_id: string;
  relation: LinkRelation;
}

export interface Database {
  countries: CountriesTable;
  materials: MaterialsTable;
  initiatives: InitiativesTable;
  participations: ParticipationsTable;
  initiative_materials: InitiativeMaterialsTable;
  sources: SourcesTable;
  initiative_links: InitiativeLinksTable;
}

export type CountryRow = Selectable<CountriesTable>;
export type NewCountry = Insertable<CountriesTable>;
export type MaterialRow = Selectable<MaterialsTable>;
export type NewMaterial = Insertable<MaterialsTable>;
export type InitiativeRow = Selectable<InitiativesTable>;
export type NewInitiative = Insertable<InitiativesTable>;
export type InitiativeUpdate = Updateable<InitiativesTable>;
export type ParticipationRow = Selectable<ParticipationsTable>;
export type NewParticipation = Insertable<ParticipationsTable>;
export type InitiativeMaterialRow = Selectable<InitiativeMaterialsTable>;
export type NewInitiativeMaterial = Insertable<InitiativeMaterialsTable>;
export type SourceRow = Selectable<SourcesTable>;
export type NewSource = Insertable<SourcesTable>;
export type NewInitiativeLink = Insertable<InitiativeLinksTable>;
