import {
  initiativeInputSchema,
  type InitiativeDetail,
  type InitiativeFormValues,
  type InitiativeKind,
  type InitiativeStatus,
  type MilestoneStep,
} from '@tracker/shared';

/**
 * What the form holds: the schema's input, except that a required choice may still be empty ('')
 * until the editor picks one (the schema then says "Choose a status"), and optional texts are ''.
 */
export type EditorValues = Omit<InitiativeFormValues, 'kind' | 'status' | 'milestones'> & {
  kind: InitiativeKind | '';
  status: InitiativeStatus | '';
  milestones?: (Omit<NonNullable<InitiativeFormValues['milestones']>[number], 'step'> & {
    step: MilestoneStep | '';
  })[];
};

export type EditorParticipant = NonNullable<EditorValues['participants']>[number];
export type EditorMaterial = NonNullable<EditorValues['materials']>[number];

export function emptyEditorValues(): EditorValues {
  return {
    title: '',
    summary: '',
    kind: '',
    status: '',
    announcedOn: '',
    signedOn: '',
    datePrecision: null,
    event: '',
    framework: '',
    leadCountry: '',
    budgetEur: null,
    unconfirmed: '',
    participants: [],
    materials: [],
    sources: [],
    related: [],
    milestones: [],
  };
}

/**
 * A stored record as form values. Related initiatives: only the links this record makes
 * (outgoing); a link another record makes to this one is edited on that record. The reference
 * notes (date note, action, participants note) are left out, which keeps them as stored.
 */
export function toEditorValues(detail: InitiativeDetail): EditorValues {
  return {
    title: detail.title,
    summary: detail.summary ?? '',
    kind: detail.kind,
    status: detail.status,
    announcedOn: detail.announcedOn ?? '',
    signedOn: detail.signedOn ?? '',
    datePrecision: detail.datePrecision,
    event: detail.event ?? '',
    framework: detail.framework ?? '',
    leadCountry: detail.leadCountry?.code ?? '',
    budgetEur: detail.budgetEur,
    unconfirmed: detail.unconfirmed ?? '',
    participants: detail.participants.map((p) => ({
      countryCode: p.country.code,
      role: p.role,
      joinedOn: p.joinedOn ?? '',
      leftOn: p.leftOn ?? '',
      instrument: p.instrument,
    })),
    materials: detail.materials.map((m) => ({
      materialId: m.id,
      activities: [...m.activities],
      notes: m.notes ?? '',
    })),
    sources: detail.sources.map((s) => ({
      url: s.url,
      title: s.title ?? '',
      publisher: s.publisher ?? '',
      publishedOn: s.publishedOn ?? '',
      kind: s.kind,
    })),
    related: detail.related
      .filter((r) => r.direction === 'outgoing')
      .map((r) => ({ slug: r.slug, relation: r.relation })),
    milestones: detail.milestones.map((m) => ({
      step: m.step,
      occurredOn: m.occurredOn,
      sourceUrl: m.sourceUrl ?? '',
      binding: m.binding,
      note: m.note ?? '',
    })),
  };
}

/** The fields of the form, in its order: the conflict view and the history name them this way. */
export const editorFields = [
  'title',
  'summary',
  'kind',
  'status',
  'announcedOn',
  'signedOn',
  'datePrecision',
  'event',
  'framework',
  'leadCountry',
  'budgetEur',
  'unconfirmed',
  'participants',
  'materials',
  'sources',
  'related',
  'milestones',
] as const satisfies readonly (keyof EditorValues)[];
export type EditorField = (typeof editorFields)[number];

/** The stored meaning of a form's values, for comparing two versions ('' and null are the same). */
export function normalise(values: EditorValues): Record<EditorField, unknown> | null {
  const parsed = initiativeInputSchema.safeParse(values);
  if (!parsed.success) return null;
  const out = {} as Record<EditorField, unknown>;
  for (const field of editorFields) out[field] = parsed.data[field];
  return out;
}

/**
 * The fields whose stored values differ between two sets of form values (e.g. the version an
 * editor started from and the one saved meanwhile), in form order.
 */
export function changedFields(a: EditorValues, b: EditorValues): EditorField[] {
  const left = normalise(a);
  const right = normalise(b);
  return editorFields.filter((field) => {
    const x = left ? left[field] : a[field];
    const y = right ? right[field] : b[field];
    return JSON.stringify(x) !== JSON.stringify(y);
  });
}
