import { z } from 'zod';

/**
 * Bulk import of initiatives from CSV or XLSX: the columns (documented here once, for the template,
 * the API description and the dashboard's help) and the dry run's report.
 */

export const importFormats = ['csv', 'xlsx'] as const;
export type ImportFormat = (typeof importFormats)[number];

/** The largest file accepted (bytes): larger ones are refused with 413. */
export const maxImportBytes = 10 * 1024 * 1024;
/** At most this many data rows per file. */
export const maxImportRows = 2000;

export interface ImportColumn {
  name: string;
  required: boolean;
  description: string;
  example: string;
}

/** The columns of an import file, in the template's order. Lists are separated by `;`. */
export const importColumns = [
  {
    name: 'slug',
    required: false,
    description:
      'Leave empty to create a record. The slug of an existing initiative updates that record.',
    example: '',
  },
  { name: 'title', required: true, description: 'The initiative’s title.', example: '' },
  {
    name: 'summary',
    required: false,
    description: 'What it does, in a sentence or two.',
    example: '',
  },
  {
    name: 'kind',
    required: true,
    description:
      'One of high_visibility_project, multinational_project, multinational_programme, joint_procurement, partner_agreement, policy_framework, eu_initiative, industry_statement.',
    example: 'multinational_project',
  },
  {
    name: 'status',
    required: true,
    description: 'One of proposed, signed, active, completed, cancelled.',
    example: 'signed',
  },
  {
    name: 'announced_on',
    required: false,
    description: 'Date announced, YYYY-MM-DD.',
    example: '',
  },
  { name: 'signed_on', required: false, description: 'Date signed, YYYY-MM-DD.', example: '' },
  {
    name: 'date_precision',
    required: false,
    description: 'day, month or year: how much of the date the sources give.',
    example: 'day',
  },
  { name: 'event', required: false, description: 'Where it was announced or signed.', example: '' },
  { name: 'framework', required: false, description: 'NATO, EU, bilateral…', example: 'NATO' },
  {
    name: 'lead_country',
    required: false,
    description: 'The lead nation: name, alias or ISO code (Türkiye, Turkey or TR).',
    example: '',
  },
  {
    name: 'participants',
    required: false,
    description:
      'Countries separated by ;, each by name, alias or ISO code, optionally with its role in brackets: "Germany (lead); Poland; Turkey".',
    example: '',
  },
  {
    name: 'materials',
    required: false,
    description: 'Materials separated by ;, by name or alias: "Lithium; rare earths".',
    example: '',
  },
  {
    name: 'activities',
    required: false,
    description:
      'Activities for every listed material, separated by ;: acquisition, storage, transportation, management, recycling, processing.',
    example: 'acquisition; storage',
  },
  {
    name: 'budget_eur',
    required: false,
    description: 'Budget in euros, digits only (a dot for decimals).',
    example: '',
  },
  {
    name: 'unconfirmed',
    required: false,
    description: 'What the sources do not confirm, in words.',
    example: '',
  },
  {
    name: 'source_url',
    required: true,
    description: 'At least one http(s) address of a public source; several separated by ;.',
    example: '',
  },
  { name: 'source_title', required: false, description: 'Title of the first source.', example: '' },
  {
    name: 'source_publisher',
    required: false,
    description: 'Publisher of the first source.',
    example: '',
  },
  {
    name: 'source_published_on',
    required: false,
    description: 'Publication date of the first source, YYYY-MM-DD.',
    example: '',
  },
  {
    name: 'source_kind',
    required: false,
    description: 'official, news or analysis (first source).',
    example: 'official',
  },
  {
    name: 'visibility',
    required: false,
    description: 'draft (the default: editors review it first) or published.',
    example: 'draft',
  },
] as const satisfies readonly ImportColumn[];
export type ImportColumnName = (typeof importColumns)[number]['name'];

export const importRowActions = ['create', 'update', 'skip'] as const;
export type ImportRowAction = (typeof importRowActions)[number];

/** One problem in one cell (or the whole row when `column` is null). */
export const importProblemSchema = z.object({
  column: z.string().nullable(),
  message: z.string(),
});
export type ImportProblem = z.infer<typeof importProblemSchema>;

export const importRowReportSchema = z.object({
  /** The row number as a spreadsheet shows it (the header is row 1). */
  row: z.number().int(),
  /** A row with any problem is skipped; the others are created or update their record. */
  action: z.enum(importRowActions),
  title: z.string().nullable(),
  /** The record it creates (the slug it will get) or updates. */
  slug: z.string().nullable(),
  problems: z.array(importProblemSchema),
});
export type ImportRowReport = z.infer<typeof importRowReportSchema>;

export const importReportSchema = z.object({
  format: z.enum(importFormats),
  /** SHA-256 of the file, hex. */
  checksum: z.string(),
  /** Pass back to apply: it stands for this file and this report, so apply writes what was shown. */
  importToken: z.string(),
  rows: z.array(importRowReportSchema),
  summary: z.object({
    rows: z.number().int(),
    create: z.number().int(),
    update: z.number().int(),
    skip: z.number().int(),
    problems: z.number().int(),
  }),
});
export type ImportReport = z.infer<typeof importReportSchema>;

export const importApplyResultSchema = z.object({
  /** Shared by every audit row of this import. */
  importId: z.string(),
  created: z.array(z.string()),
  updated: z.array(z.string()),
  skipped: z.number().int(),
  report: importReportSchema,
});
export type ImportApplyResult = z.infer<typeof importApplyResultSchema>;
