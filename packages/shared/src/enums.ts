/**
 * Enumerations shared by the database CHECK constraints, the API and the dashboard.
 * The database stores the string values; keep them stable (renaming one is a migration).
 */
export const countryStatuses = ['nato_ally', 'partner', 'other'] as const;
export type CountryStatus = (typeof countryStatuses)[number];

export const initiativeStatuses = [
  'proposed',
  'signed',
  'active',
  'completed',
  'cancelled',
] as const;
export type InitiativeStatus = (typeof initiativeStatuses)[number];

export const initiativeKinds = [
  'high_visibility_project',
  'multinational_project',
  'multinational_programme',
  'joint_procurement',
  'partner_agreement',
  'policy_framework',
  'eu_initiative',
  'industry_statement',
] as const;
export type InitiativeKind = (typeof initiativeKinds)[number];

export const participationRoles = ['lead', 'participant', 'observer', 'partner'] as const;
export type ParticipationRole = (typeof participationRoles)[number];

/** The legal instrument by which a country takes part. */
export const instruments = [
  'loi',
  'mou',
  'contract',
  'agreement',
  'joint_statement',
  'other',
] as const;
export type Instrument = (typeof instruments)[number];

export const materialActivities = [
  'acquisition',
  'storage',
  'transportation',
  'management',
  'recycling',
  'processing',
] as const;
export type MaterialActivity = (typeof materialActivities)[number];

export const sourceKinds = ['official', 'news', 'analysis'] as const;
export type SourceKind = (typeof sourceKinds)[number];

export const linkRelations = ['implements', 'expands', 'supports', 'related'] as const;
export type LinkRelation = (typeof linkRelations)[number];

/** How much of a date the sources give: "2023-07" is stored as 2023-07-01 with precision 'month'. */
export const datePrecisions = ['day', 'month', 'year'] as const;
export type DatePrecision = (typeof datePrecisions)[number];

export const countryMatchModes = ['any', 'all'] as const;
export type CountryMatchMode = (typeof countryMatchModes)[number];

export const initiativeSortFields = [
  'title',
  'date',
  'status',
  'kind',
  'framework',
  'lead',
  'participants',
  'materials',
  'sources',
  'updated',
] as const;
export type InitiativeSortField = (typeof initiativeSortFields)[number];

/** Country groups offered as one pick in the country filter. */
export const countryGroups = ['nato', 'eu', 'indo_pacific'] as const;
export type CountryGroup = (typeof countryGroups)[number];

/** Whether a record is seen by the public or only by editors. */
export const initiativeVisibilities = ['draft', 'published'] as const;
export type InitiativeVisibility = (typeof initiativeVisibilities)[number];

/** The steps of an initiative's life recorded on its status timeline. */
export const milestoneSteps = [
  'announced',
  'loi_signed',
  'mou_signed',
  'contract',
  'operational',
  'ended',
] as const;
export type MilestoneStep = (typeof milestoneSteps)[number];
