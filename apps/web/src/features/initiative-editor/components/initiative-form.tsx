import { zodResolver } from '@hookform/resolvers/zod';
import {
  datePrecisions,
  initiativeInputSchema,
  initiativeKinds,
  initiativeStatuses,
  versionConflictSchema,
  type InitiativeDetail,
  type InitiativeInput,
} from '@tracker/shared';
import { useId, useState } from 'react';
import { FormProvider, useForm, type FieldErrors, type Path, type Resolver } from 'react-hook-form';
import { ErrorSummary, type ErrorSummaryItem } from '@/components/form/error-summary';
import { fieldDomId, flattenFieldErrors } from '@/components/form/field-errors';
import { useErrorMessage } from '@/components/ui/states';
import { ApiRequestError, VersionConflictError } from '@/lib/api-client';
import { useT, type TranslateFn } from '@/lib/i18n';
import type { CountryChoice, InitiativeChoice, MaterialChoice } from '../utils/choices';
import { editorFields, toEditorValues, type EditorValues } from '../utils/form-values';
import { ConflictPanel, type Conflict } from './conflict-panel';
import { FormIdContext, SelectInput, TextArea, TextInput } from './editor-fields';
import { UnsavedChangesGuard } from './unsaved-changes-guard';
import {
  MaterialsSection,
  MilestonesSection,
  ParticipantsSection,
  RelatedSection,
  SourcesSection,
} from './editor-lists';

/**
 * The schema accepts anything and answers in words ("Choose a status" for an empty choice), so it
 * can validate the form's looser values ('' for a choice not made yet) as they are.
 */
const resolver = zodResolver(initiativeInputSchema) as unknown as Resolver<
  EditorValues,
  unknown,
  InitiativeInput
>;

const listFields = new Set(['participants', 'materials', 'sources', 'related', 'milestones']);
const knownFields = new Set<string>(editorFields);

/** "Participant 2: …" — a message about a row says which row. */
function summaryMessage(path: string, message: string, t: TranslateFn): string {
  const [list, index] = path.split('.');
  if (list && listFields.has(list) && index !== undefined && /^\d+$/.test(index)) {
    return t('editor.summary.rowProblem', {
      item: t(`editor.summary.${list as 'participants'}`, { number: Number(index) + 1 }),
      message,
    });
  }
  return message;
}

export type InitiativeFormProps = {
  mode: 'create' | 'edit';
  defaultValues: EditorValues;
  countries: readonly CountryChoice[] | undefined;
  materials: readonly MaterialChoice[] | undefined;
  initiatives: readonly InitiativeChoice[] | undefined;
  /**
   * Saves the parsed values and answers the record as stored (the form then shows it), or nothing
   * when the page moves on; throws `ApiRequestError` when the server refuses them.
   */
  onSubmit: (input: InitiativeInput) => Promise<EditorValues | undefined>;
  /** Edit: the stored version the form was opened at, to explain a conflict. */
  baseline?: { initiative: InitiativeDetail; version: number };
  /** Edit: the form now shows the version saved meanwhile; the page takes its version. */
  onReloadLatest?: (conflict: Conflict) => void;
};

export function InitiativeForm({
  mode,
  defaultValues,
  countries,
  materials,
  initiatives,
  onSubmit,
  baseline,
  onReloadLatest,
}: InitiativeFormProps) {
  const t = useT();
  const formId = useId().replace(/:/g, '');
  const messageOf = useErrorMessage();
  const [failedSubmits, setFailedSubmits] = useState(0);
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const form = useForm<EditorValues, unknown, InitiativeInput>({
    resolver,
    defaultValues,
    mode: 'onSubmit',
    reValidateMode: 'onChange',
    // The error summary takes focus on a failed submit (and links to each field), not the first field.
    shouldFocusError: false,
  });
  const {
    handleSubmit,
    setError,
    getValues,
    reset,
    formState: { errors, isSubmitting, isDirty },
  } = form;

  const failed = () => setFailedSubmits((count) => count + 1);

  /** Puts the server's `issues[].path` on the fields; returns what matched no field. */
  const applyIssues = (issues: readonly { path: string; message: string }[]) => {
    const unmatched: string[] = [];
    for (const issue of issues) {
      const head = issue.path.split('.')[0] ?? '';
      if (!knownFields.has(head)) {
        unmatched.push(issue.path ? `${issue.path}: ${issue.message}` : issue.message);
        continue;
      }
      const path = listFields.has(head) && issue.path === head ? `${head}.root` : issue.path;
      setError(path as Path<EditorValues>, { type: 'server', message: issue.message });
    }
    return unmatched;
  };

  const submit = handleSubmit(async (input) => {
    setConflict(null);
    try {
      const saved = await onSubmit(input);
      if (saved) reset(saved);
    } catch (error) {
      if (error instanceof VersionConflictError) {
        const parsed = versionConflictSchema.safeParse(error.payload);
        if (parsed.success) {
          setConflict({ current: parsed.data.current, currentVersion: parsed.data.currentVersion });
          return;
        }
      }
      if (error instanceof ApiRequestError) {
        const unmatched = applyIssues(error.issues);
        if (error.issues.length === 0 || unmatched.length > 0) {
          setError('root.server', {
            type: 'server',
            message: [messageOf(error), ...unmatched].join(' '),
          });
        }
      } else {
        setError('root.server', { type: 'server', message: t('error.unexpected') });
      }
      failed();
    }
  }, failed);

  const { root, ...fieldErrors } = errors;
  const items: ErrorSummaryItem[] = [
    ...(root?.server?.message
      ? [{ targetId: fieldDomId(formId, 'title'), message: root.server.message }]
      : []),
    ...flattenFieldErrors(fieldErrors as FieldErrors<EditorValues>).map((entry) => ({
      targetId: fieldDomId(formId, entry.path),
      message: summaryMessage(entry.path, entry.message, t),
    })),
  ];

  const optional = t('editor.optional');
  const kindOptions = initiativeKinds.map((value) => ({ value, label: t(`kind.${value}`) }));
  const statusOptions = initiativeStatuses.map((value) => ({ value, label: t(`status.${value}`) }));
  const precisionOptions = datePrecisions.map((value) => ({
    value,
    label: t(`editor.precision.${value}`),
  }));
  const countryOptions = (countries ?? []).map((country) => ({
    value: country.code,
    label: `${country.name} (${country.code})`,
  }));

  return (
    <FormIdContext value={formId}>
      <FormProvider {...form}>
        <form
          className="form editor-form"
          noValidate
          aria-label={mode === 'create' ? t('editor.form.createLabel') : t('editor.form.editLabel')}
          onSubmit={(event) => void submit(event)}
        >
          {conflict && baseline && onReloadLatest ? (
            <ConflictPanel
              conflict={conflict}
              baseline={baseline}
              mine={getValues()}
              lookups={{ countries, materials, initiatives }}
              onReload={() => {
                // "Reload latest" keeps nothing of what was typed.
                reset(toEditorValues(conflict.current));
                setConflict(null);
                onReloadLatest(conflict);
              }}
            />
          ) : null}
          <UnsavedChangesGuard when={isDirty && !isSubmitting} />
          <ErrorSummary title={t('editor.errorSummary')} items={items} focusKey={failedSubmits} />
          <p className="muted">{t('editor.form.requiredNote')}</p>

          <fieldset className="editor-section">
            <legend>{t('editor.section.basics')}</legend>
            <div className="editor-grid">
              <TextInput
                path="title"
                label={t('editor.field.title')}
                required
                className="field--wide"
              />
              <TextArea
                path="summary"
                label={t('editor.field.summary')}
                optionalLabel={optional}
                className="field--wide"
              />
              <SelectInput
                path="kind"
                label={t('editor.field.kind')}
                options={kindOptions}
                emptyLabel={t('editor.choose')}
                required
              />
              <SelectInput
                path="status"
                label={t('editor.field.status')}
                options={statusOptions}
                emptyLabel={t('editor.choose')}
                required
              />
              <TextInput
                path="framework"
                label={t('editor.field.framework')}
                hint={t('editor.field.frameworkHint')}
                optionalLabel={optional}
              />
              <TextInput
                path="event"
                label={t('editor.field.event')}
                hint={t('editor.field.eventHint')}
                optionalLabel={optional}
              />
            </div>
          </fieldset>

          <fieldset className="editor-section">
            <legend>{t('editor.section.dates')}</legend>
            <p className="field__hint">{t('editor.unknownDateHint')}</p>
            <div className="editor-grid">
              <TextInput
                path="announcedOn"
                type="date"
                label={t('editor.field.announcedOn')}
                optionalLabel={optional}
              />
              <TextInput
                path="signedOn"
                type="date"
                label={t('editor.field.signedOn')}
                optionalLabel={optional}
              />
              <SelectInput
                path="datePrecision"
                label={t('editor.field.datePrecision')}
                hint={t('editor.field.datePrecisionHint')}
                options={precisionOptions}
                emptyLabel={t('editor.notStated')}
                nullWhenEmpty
              />
            </div>
          </fieldset>

          <fieldset className="editor-section">
            <legend>{t('editor.section.lead')}</legend>
            <div className="editor-grid">
              <SelectInput
                path="leadCountry"
                label={t('editor.field.leadCountry')}
                hint={t('editor.field.leadCountryHint')}
                options={countryOptions}
                emptyLabel={t('editor.field.leadNotConfirmed')}
              />
              <TextInput
                path="budgetEur"
                inputMode="decimal"
                label={t('editor.field.budgetEur')}
                hint={t('editor.field.budgetHint')}
                optionalLabel={optional}
                options={{
                  // Digits with optional spaces or thousands commas; anything else stays NaN and the
                  // schema says "Enter the budget in euros as a number".
                  setValueAs: (value: unknown) =>
                    typeof value !== 'string'
                      ? value
                      : value.trim() === ''
                        ? null
                        : Number(value.replace(/[\s,]/g, '')),
                }}
              />
              <TextArea
                path="unconfirmed"
                label={t('editor.field.unconfirmed')}
                hint={t('editor.field.unconfirmedHint')}
                optionalLabel={optional}
                className="field--wide"
              />
            </div>
          </fieldset>

          <ParticipantsSection countries={countries} />
          <MaterialsSection materials={materials} />
          <SourcesSection />
          <RelatedSection initiatives={initiatives} currentSlug={baseline?.initiative.slug} />
          <MilestonesSection />

          <div className="form__actions">
            <button type="submit" className="button button--primary" disabled={isSubmitting}>
              {isSubmitting
                ? t('editor.form.saving')
                : mode === 'create'
                  ? t('editor.form.create')
                  : t('editor.form.save')}
            </button>
          </div>
        </form>
      </FormProvider>
    </FormIdContext>
  );
}
