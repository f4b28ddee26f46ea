import type { ColumnType, Generated, Insertable, Selectable, Updateable } from 'kysely';
import type {
  CountryStatus,
  DatePrecision,
  InitiativeKind,
  InitiativeStatus,
  Instrument,
  LinkRelation,
  InitiativeVisibility,
  MaterialActivity,
  MilestoneStep,
  ParticipationRole,
  Role,
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
  /** 'draft' records are seen by editors only; the reference data is 'published'. */
  visibility: ColumnType<
    InitiativeVisibility,
    InitiativeVisibility | undefined,
    InitiativeVisibility
  >;
  published_at: Timestamp | null;
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

/** A dated step on an initiative's status timeline. */
export interface InitiativeMilestonesTable {
  id: Generated<number>;
  initiative_id: string;
  step: MilestoneStep;
  occurred_on: DateColumn;
  binding: ColumnType<boolean, boolean | undefined, boolean>;
  source_url: string | null;
  note: string | null;
}

export interface UsersTable {
  id: Generated<string>;
  /** Always lower case (CHECK): look it up lower-cased. */
  email: string;
  name: string;
  role: Role;
  /** argon2id PHC string. */
  password_hash: string;
  disabled_at: Timestamp | null;
  created_at: Timestamp;
  updated_at: Timestamp;
  last_login_at: Timestamp | null;
}

export interface SessionsTable {
  /** Hex SHA-256 of the cookie's token; the token itself is never stored. */
  token_hash: string;
  user_id: string;
  created_at: Timestamp;
  last_seen_at: Timestamp;
  /** Absolute expiry; the idle expiry is last_seen_at + the idle timeout. */
  expires_at: Timestamp;
  ip: string | null;
  user_agent: string | null;
}

export interface LoginAttemptsTable {
  id: Generated<number>;
  at: Timestamp;
  /** The email as typed (lower-cased), also for unknown accounts. */
  email: string;
  ip: string;
  succeeded: boolean;
}

/** Any JSON value as read back from a jsonb column. */
export type JsonValue =
  string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

/**
 * A jsonb column. Written as JSON text (`JSON.stringify(value)`): both drivers pass a string
 * through unchanged, whereas pg would turn a JS array into a PostgreSQL array literal.
 */
type JsonColumn = ColumnType<JsonValue | null, string | null | undefined, string | null>;

export interface AuditLogTable {
  id: Generated<number>;
  at: ColumnType<Date, Date | string | undefined, never>;
  /** Who did it; null for events without a signed-in user (e.g. a failed sign-in). */
  user_id: string | null;
  /** What happened, e.g. 'auth.login', 'user.role_changed', 'initiative.update'. */
  action: string;
  /** The kind of record: 'user', 'session', 'initiative', … */
  entity: string;
  entity_id: string | null;
  before: JsonColumn;
  after: JsonColumn;
  import_id: string | null;
  note: string | null;
  ip: string | null;
}

export interface Database {
  users: UsersTable;
  sessions: SessionsTable;
  login_attempts: LoginAttemptsTable;
  audit_log: AuditLogTable;
  countries: CountriesTable;
  materials: MaterialsTable;
  initiatives: InitiativesTable;
  participations: ParticipationsTable;
  initiative_materials: InitiativeMaterialsTable;
  sources: SourcesTable;
  initiative_links: InitiativeLinksTable;
  initiative_milestones: InitiativeMilestonesTable;
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
export type MilestoneRow = Selectable<InitiativeMilestonesTable>;
export type NewMilestone = Insertable<InitiativeMilestonesTable>;
export type UserRow = Selectable<UsersTable>;
export type NewUser = Insertable<UsersTable>;
export type UserUpdate = Updateable<UsersTable>;
export type SessionRow = Selectable<SessionsTable>;
export type NewSession = Insertable<SessionsTable>;
export type AuditLogRow = Selectable<AuditLogTable>;
export type NewAuditLogEntry = Insertable<AuditLogTable>;
