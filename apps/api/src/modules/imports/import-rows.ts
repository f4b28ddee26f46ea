import {
  initiativeInputSchema,
  initiativeKinds,
  initiativeStatuses,
  materialActivities,
  participationRoles,
  sourceKinds,
  webUrlSchema,
  type InitiativeFormValues,
  type InitiativeInput,
  type ImportProblem,
} from '@tracker/shared';

/**
 * One import row read into an initiative input, with every problem found in it. Pure: the
 * countries, materials and existing records it is checked against are passed in.
 */

/** Name, alias or code as a lookup key: case, accents and spacing do not matter (Türkiye = turkiye). */
export const lookupKey = (value: string) =>
  value.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();

export interface ReferenceLookups {
  /** lookupKey(name | alias | ISO2 | ISO3) → ISO2. */
  countries: Map<string, string>;
  /** lookupKey(name | alias | id | symbol) → material id. */
  materials: Map<string, string>;
}

export interface ReadRow {
  title: string | null;
  slug: string | null;
  visibility: 'draft' | 'published';
  /** The initiative as the row describes it; null when a problem prevents reading it. */
  input: InitiativeInput | null;
  problems: ImportProblem[];
}

/** Characters a spreadsheet treats as the start of a formula (CSV injection). */
const formulaStart = /^[=+\-@\t\r]/;
/** Markup: a tag, a comment or a character reference is refused, not stored as text. */
const markup = /<\s*[a-z!/?]|&#?[a-z0-9]+;/i;
// eslint-disable-next-line no-control-regex -- control characters are exactly what is refused
const controlCharacters = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

const splitList = (value: string) =>
  value
    .split(';')
    .map((part) => part.trim())
    .filter((part) => part !== '');

const strictDate = /^\d{4}-\d{2}-\d{2}$/;
function isRealDate(value: string): boolean {
  if (!strictDate.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** The import column a path of the input schema comes from, for problems found by the schema. */
function columnOfPath(path: PropertyKey[]): string {
  const [head, , field] = path;
  switch (head) {
    case 'announcedOn':
      return 'announced_on';
    case 'signedOn':
      return 'signed_on';
    case 'datePrecision':
      return 'date_precision';
    case 'leadCountry':
      return 'lead_country';
    case 'budgetEur':
      return 'budget_eur';
    case 'sources':
      return field === 'url' || field === undefined ? 'source_url' : `source_${String(field)}`;
    case 'materials':
      return field === 'activities' ? 'activities' : 'materials';
    default:
      return typeof head === 'string' ? head : '(row)';
  }
}

export function readImportRow(cells: Record<string, string>, lookups: ReferenceLookups): ReadRow {
  const problems: ImportProblem[] = [];
  const problem = (column: string | null, message: string) => problems.push({ column, message });
  const cell = (name: string) => (cells[name] ?? '').trim();

  // Hostile content first: nothing from a cell that fails here is used.
  for (const [column, raw] of Object.entries(cells)) {
    const value = raw.trim();
    if (value === '') continue;
    if (formulaStart.test(raw) || formulaStart.test(value)) {
      problem(
        column,
        `Starts with "${value[0] === '\t' ? 'tab' : value[0]}", which a spreadsheet runs as a formula. Remove that first character.`,
      );
    } else if (markup.test(value)) {
      problem(column, 'Contains HTML or markup (such as <script>). Enter plain text only.');
    } else if (controlCharacters.test(value)) {
      problem(column, 'Contains control characters. Enter plain text only.');
    }
  }
  const hostile = new Set(problems.map((p) => p.column));
  const safe = (name: string) => (hostile.has(name) ? '' : cell(name));

  const title = safe('title') || null;
  const slug = safe('slug') || null;
  if (!title)
    problem('title', hostile.has('title') ? 'The title cannot be read.' : 'Enter a title.');

  const kind = safe('kind');
  if (!kind) problem('kind', 'Enter a kind.');
  else if (!(initiativeKinds as readonly string[]).includes(kind)) {
    problem('kind', `"${kind}" is not a kind; use one of ${initiativeKinds.join(', ')}.`);
  }
  const status = safe('status');
  if (!status) problem('status', 'Enter a status.');
  else if (!(initiativeStatuses as readonly string[]).includes(status)) {
    problem('status', `"${status}" is not a status; use one of ${initiativeStatuses.join(', ')}.`);
  }

  const date = (column: string): string | null => {
    const value = safe(column);
    if (value === '') return null;
    if (!isRealDate(value)) {
      problem(column, `"${value}" is not a date; write it as YYYY-MM-DD (e.g. 2025-06-24).`);
      return null;
    }
    return value;
  };
  const announcedOn = date('announced_on');
  const signedOn = date('signed_on');
  const sourcePublishedOn = date('source_published_on');

  const country = (value: string, column: string): string | null => {
    const code = lookups.countries.get(lookupKey(value));
    if (!code)
      problem(
        column,
        `Unknown country "${value}": use its name, another usual name or its ISO code.`,
      );
    return code ?? null;
  };

  const leadName = safe('lead_country');
  const leadCountry = leadName ? country(leadName, 'lead_country') : null;

  const participants: NonNullable<InitiativeFormValues['participants']> = [];
  for (const entry of splitList(safe('participants'))) {
    const match = entry.match(/^(.*?)\s*\(\s*([a-z_]+)\s*\)$/i);
    const name = (match?.[1] ?? entry).trim();
    const role = (match?.[2] ?? '').toLowerCase();
    if (role && !(participationRoles as readonly string[]).includes(role)) {
      problem(
        'participants',
        `"${role}" is not a role; use one of ${participationRoles.join(', ')}.`,
      );
      continue;
    }
    const code = country(name, 'participants');
    if (!code) continue;
    if (participants.some((p) => p.countryCode === code)) {
      problem('participants', `"${name}" is listed twice.`);
      continue;
    }
    const parsedRole = (role ||
      (code === leadCountry ? 'lead' : 'participant')) as (typeof participationRoles)[number];
    participants.push({ countryCode: code, role: parsedRole });
  }

  const activities: string[] = [];
  for (const activity of splitList(safe('activities')).map((a) => a.toLowerCase())) {
    if (!(materialActivities as readonly string[]).includes(activity)) {
      problem(
        'activities',
        `"${activity}" is not an activity; use ${materialActivities.join(', ')}.`,
      );
    } else if (!activities.includes(activity)) activities.push(activity);
  }
  const materials: NonNullable<InitiativeFormValues['materials']> = [];
  for (const name of splitList(safe('materials'))) {
    const id = lookups.materials.get(lookupKey(name));
    if (!id) {
      problem(
        'materials',
        `Unmapped material "${name}": use a material’s name or alias from the Materials page.`,
      );
      continue;
    }
    if (materials.some((m) => m.materialId === id)) continue;
    materials.push({
      materialId: id,
      activities: activities as (typeof materialActivities)[number][],
    });
  }

  const budgetText = safe('budget_eur').replace(/[\s_]/g, '');
  let budgetEur: number | null = null;
  if (budgetText !== '') {
    if (!/^\d+(\.\d{1,2})?$/.test(budgetText)) {
      problem(
        'budget_eur',
        `"${budgetText}" is not an amount; write digits only, with a dot for cents.`,
      );
    } else budgetEur = Number(budgetText);
  }

  const urls = splitList(safe('source_url'));
  if (urls.length === 0 && !hostile.has('source_url')) {
    problem('source_url', 'Missing source: give at least one public web address.');
  }
  const sources: NonNullable<InitiativeFormValues['sources']> = [];
  urls.forEach((url, index) => {
    if (!webUrlSchema.safeParse(url).success) {
      problem('source_url', `"${url}" is not a web address starting with https:// or http://.`);
      return;
    }
    const first = index === 0;
    const kindValue = first ? safe('source_kind').toLowerCase() : '';
    if (kindValue && !(sourceKinds as readonly string[]).includes(kindValue)) {
      problem('source_kind', `"${kindValue}" is not a source kind; use ${sourceKinds.join(', ')}.`);
    }
    sources.push({
      url,
      title: first ? safe('source_title') || null : null,
      publisher: first ? safe('source_publisher') || null : null,
      publishedOn: first ? sourcePublishedOn : null,
      kind: (sourceKinds as readonly string[]).includes(kindValue)
        ? (kindValue as (typeof sourceKinds)[number])
        : null,
    });
  });

  const visibilityText = safe('visibility').toLowerCase();
  if (visibilityText && visibilityText !== 'draft' && visibilityText !== 'published') {
    problem('visibility', `"${visibilityText}" is not a visibility; use draft or published.`);
  }
  const visibility = visibilityText === 'published' ? 'published' : 'draft';

  const precision = safe('date_precision').toLowerCase();
  const candidate: InitiativeFormValues = {
    title: title ?? '',
    summary: safe('summary') || null,
    kind: kind as InitiativeFormValues['kind'],
    status: status as InitiativeFormValues['status'],
    announcedOn,
    signedOn,
    datePrecision: (precision || null) as InitiativeFormValues['datePrecision'],
    event: safe('event') || null,
    framework: safe('framework') || null,
    leadCountry,
    budgetEur,
    unconfirmed: safe('unconfirmed') || null,
    participants,
    materials,
    sources,
  };
  if (problems.length > 0) return { title, slug, visibility, input: null, problems };

  // The same rules as the form: whatever the checks above let through is checked once more.
  const parsed = initiativeInputSchema.safeParse(candidate);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) problem(columnOfPath(issue.path), issue.message);
    return { title, slug, visibility, input: null, problems };
  }
  return { title, slug, visibility, input: parsed.data, problems };
}
