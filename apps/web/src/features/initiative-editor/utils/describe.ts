import type { TranslateFn } from '@/lib/i18n';
import type { CountryChoice, InitiativeChoice, MaterialChoice } from './choices';
import type { EditorField, EditorValues } from './form-values';

export type Lookups = {
  countries?: readonly CountryChoice[] | undefined;
  materials?: readonly MaterialChoice[] | undefined;
  initiatives?: readonly InitiativeChoice[] | undefined;
};

const text = (value: string | null | undefined) =>
  value === null || value === undefined || value.trim() === '' ? [] : [value.trim()];

/**
 * One field of a form's values in words, a line per entry ("Germany — Lead, joined 2025-06-24"),
 * for the side-by-side comparison. An empty list means "not set".
 */
export function describeField(
  field: EditorField,
  values: EditorValues,
  t: TranslateFn,
  lookups: Lookups,
): string[] {
  const countryName = (code: string) =>
    lookups.countries?.find((country) => country.code === code)?.name ?? code;
  const materialName = (id: string) =>
    lookups.materials?.find((material) => material.id === id)?.name ?? id;
  const initiativeTitle = (slug: string) =>
    lookups.initiatives?.find((entry) => entry.slug === slug)?.title ?? slug;

  switch (field) {
    case 'title':
    case 'summary':
    case 'announcedOn':
    case 'signedOn':
    case 'event':
    case 'framework':
    case 'unconfirmed':
      return text(values[field]);
    case 'kind':
      return values.kind ? [t(`kind.${values.kind}`)] : [];
    case 'status':
      return values.status ? [t(`status.${values.status}`)] : [];
    case 'datePrecision':
      return values.datePrecision ? [t(`editor.precision.${values.datePrecision}`)] : [];
    case 'leadCountry':
      return values.leadCountry ? [countryName(values.leadCountry)] : [];
    case 'budgetEur':
      return values.budgetEur === null || values.budgetEur === undefined
        ? []
        : [String(values.budgetEur)];
    case 'participants':
      return (values.participants ?? []).map((p) =>
        [
          countryName(p.countryCode),
          p.role ? t(`role.${p.role}`) : null,
          p.joinedOn ? t('editor.describe.joined', { date: p.joinedOn }) : null,
          p.leftOn ? t('editor.describe.left', { date: p.leftOn }) : null,
          p.instrument ? t(`instrument.${p.instrument}`) : null,
        ]
          .filter(Boolean)
          .join(' — '),
      );
    case 'materials':
      return (values.materials ?? []).map((m) =>
        [materialName(m.materialId), ...(m.activities ?? []).map((a) => t(`activity.${a}`))].join(
          ' — ',
        ),
      );
    case 'sources':
      return (values.sources ?? []).map((s) => [s.url, s.title].filter(Boolean).join(' — '));
    case 'related':
      return (values.related ?? []).map((r) =>
        [r.relation ? t(`relation.outgoing.${r.relation}`) : null, initiativeTitle(r.slug)]
          .filter(Boolean)
          .join(' '),
      );
    case 'milestones':
      return (values.milestones ?? []).map((m) =>
        [
          m.step ? t(`editor.step.${m.step}`) : null,
          m.occurredOn,
          m.binding ? t('editor.describe.binding') : null,
        ]
          .filter(Boolean)
          .join(' — '),
      );
    default:
      return [];
  }
}
