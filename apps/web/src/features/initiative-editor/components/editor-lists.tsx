import {
  instruments,
  linkRelations,
  materialActivities,
  milestoneSteps,
  participationRoles,
  sourceKinds,
} from '@tracker/shared';
import { use, type ReactNode } from 'react';
import { useFieldArray, useFormContext, useWatch } from 'react-hook-form';
import { fieldDomId } from '@/components/form/field-errors';
import { FormFieldset } from '@/components/form/form-field';
import { useT } from '@/lib/i18n';
import {
  countryWords,
  materialWords,
  type CountryChoice,
  type InitiativeChoice,
  type MaterialChoice,
} from '../utils/choices';
import type { EditorValues } from '../utils/form-values';
import { ChoicePicker } from './choice-picker';
import { CountryBadges } from './country-badges';
import {
  CheckboxInput,
  FormIdContext,
  messageAt,
  SelectInput,
  TextArea,
  TextInput,
  useEditorField,
} from './editor-fields';

type ListName = 'participants' | 'materials' | 'sources' | 'related' | 'milestones';

/** A problem with a whole list ("List at most 100 countries"), wherever the resolver put it. */
function useListField(name: ListName) {
  const formId = use(FormIdContext);
  const {
    formState: { errors },
  } = useFormContext<EditorValues>();
  return {
    id: fieldDomId(formId, name),
    error: messageAt(errors, `${name}.root`) ?? messageAt(errors, name),
  };
}

/** A row's own problem that has no input of its own (a duplicate country): shown in the row. */
function RowProblem({ path }: { path: string }) {
  const { id, error } = useEditorField(path);
  if (!error) return null;
  return (
    <p id={id} className="form-field__error" tabIndex={-1}>
      {error}
    </p>
  );
}

function Row({
  path,
  legend,
  onRemove,
  removeLabel,
  children,
}: {
  path: string;
  legend: ReactNode;
  onRemove: () => void;
  removeLabel: string;
  children: ReactNode;
}) {
  const formId = use(FormIdContext);
  return (
    <li>
      <fieldset id={fieldDomId(formId, path)} tabIndex={-1} className="editor-row">
        <legend className="editor-row__legend">{legend}</legend>
        <div className="editor-row__fields">{children}</div>
        <button
          type="button"
          className="button button--secondary editor-row__remove"
          onClick={onRemove}
        >
          {removeLabel}
        </button>
      </fieldset>
    </li>
  );
}

/**
 * One list of the form: the fieldset with its heading, hint and list-level problem, what adds a
 * row (a picker above the rows, or a button below them), a line while it is empty, and the rows.
 */
function ListSection({
  name,
  heading,
  hint,
  none,
  isEmpty,
  picker,
  addButton,
  children,
}: {
  name: ListName;
  heading: string;
  hint: string;
  /** Shown while the list has no row. */
  none: string;
  isEmpty: boolean;
  picker?: ReactNode;
  addButton?: { label: string; onAdd: () => void };
  children: ReactNode;
}) {
  const list = useListField(name);
  return (
    <FormFieldset
      id={list.id}
      legend={heading}
      hint={hint}
      error={list.error}
      className="editor-section"
    >
      {picker}
      {isEmpty ? <p className="muted">{none}</p> : null}
      <ol className="editor-rows">{children}</ol>
      {addButton ? (
        <p>
          <button type="button" className="button button--secondary" onClick={addButton.onAdd}>
            {addButton.label}
          </button>
        </p>
      ) : null}
    </FormFieldset>
  );
}

export function ParticipantsSection({
  countries,
}: {
  countries: readonly CountryChoice[] | undefined;
}) {
  const t = useT();
  const { control } = useFormContext<EditorValues>();
  const { fields, append, remove } = useFieldArray({ control, name: 'participants' });
  const rows = useWatch({ control, name: 'participants' }) ?? [];
  const byCode = new Map((countries ?? []).map((country) => [country.code, country]));
  const roleOptions = participationRoles.map((value) => ({ value, label: t(`role.${value}`) }));
  const instrumentOptions = instruments.map((value) => ({
    value,
    label: t(`instrument.${value}`),
  }));

  return (
    <ListSection
      name="participants"
      heading={t('editor.participants.heading')}
      hint={t('editor.participants.hint')}
      none={t('editor.participants.none')}
      isEmpty={fields.length === 0}
      picker={
        <ChoicePicker
          label={t('editor.participants.find')}
          hint={t('editor.participants.findHint')}
          choices={countries}
          keyOf={(country) => country.code}
          nameOf={(country) => country.name}
          words={countryWords}
          detail={(country) => <CountryBadges country={country} />}
          taken={rows.map((row) => row.countryCode)}
          addLabel={(name) => t('editor.participants.add', { name })}
          onPick={(country) =>
            append({
              countryCode: country.code,
              role: 'participant',
              joinedOn: '',
              leftOn: '',
              instrument: null,
            })
          }
        />
      }
    >
      {fields.map((field, index) => {
        const code = rows[index]?.countryCode ?? field.countryCode;
        const country = byCode.get(code);
        const name = country?.name ?? code;
        return (
          <Row
            key={field.id}
            path={`participants.${index}`}
            legend={
              <>
                {name} {country ? <CountryBadges country={country} /> : null}
              </>
            }
            removeLabel={t('editor.participants.remove', { name })}
            onRemove={() => remove(index)}
          >
            <RowProblem path={`participants.${index}.countryCode`} />
            <SelectInput
              path={`participants.${index}.role`}
              label={t('editor.participants.role')}
              options={roleOptions}
            />
            <TextInput
              path={`participants.${index}.joinedOn`}
              type="date"
              label={t('editor.participants.joinedOn')}
              hint={t('editor.unknownDateHint')}
            />
            <TextInput
              path={`participants.${index}.leftOn`}
              type="date"
              label={t('editor.participants.leftOn')}
              hint={t('editor.participants.leftOnHint')}
            />
            <SelectInput
              path={`participants.${index}.instrument`}
              label={t('editor.participants.instrument')}
              options={instrumentOptions}
              emptyLabel={t('editor.notStated')}
              nullWhenEmpty
            />
          </Row>
        );
      })}
    </ListSection>
  );
}

function ActivitiesField({ index }: { index: number }) {
  const t = useT();
  const { register } = useFormContext<EditorValues>();
  const path = `materials.${index}.activities` as const;
  const { id, error } = useEditorField(path);
  return (
    <FormFieldset
      id={id}
      legend={t('editor.materials.activities')}
      error={error}
      className="editor-activities"
    >
      <ul className="checkbox-grid">
        {materialActivities.map((activity) => (
          <li key={activity}>
            <label className="checkbox">
              <input type="checkbox" value={activity} {...register(path)} />
              <span>{t(`activity.${activity}`)}</span>
            </label>
          </li>
        ))}
      </ul>
    </FormFieldset>
  );
}

export function MaterialsSection({
  materials,
}: {
  materials: readonly MaterialChoice[] | undefined;
}) {
  const t = useT();
  const { control } = useFormContext<EditorValues>();
  const { fields, append, remove } = useFieldArray({ control, name: 'materials' });
  const rows = useWatch({ control, name: 'materials' }) ?? [];
  const byId = new Map((materials ?? []).map((material) => [material.id, material]));

  return (
    <ListSection
      name="materials"
      heading={t('editor.materials.heading')}
      hint={t('editor.materials.hint')}
      none={t('editor.materials.none')}
      isEmpty={fields.length === 0}
      picker={
        <ChoicePicker
          label={t('editor.materials.find')}
          hint={t('editor.materials.findHint')}
          choices={materials}
          keyOf={(material) => material.id}
          nameOf={(material) => material.name}
          words={materialWords}
          detail={(material) =>
            material.symbol ? <span className="symbol">{material.symbol}</span> : null
          }
          taken={rows.map((row) => row.materialId)}
          addLabel={(name) => t('editor.materials.add', { name })}
          onPick={(material) => append({ materialId: material.id, activities: [], notes: '' })}
        />
      }
    >
      {fields.map((field, index) => {
        const id = rows[index]?.materialId ?? field.materialId;
        const name = byId.get(id)?.name ?? id;
        return (
          <Row
            key={field.id}
            path={`materials.${index}`}
            legend={name}
            removeLabel={t('editor.materials.remove', { name })}
            onRemove={() => remove(index)}
          >
            <RowProblem path={`materials.${index}.materialId`} />
            <ActivitiesField index={index} />
            <TextArea
              path={`materials.${index}.notes`}
              label={t('editor.materials.notes')}
              optionalLabel={t('editor.optional')}
            />
          </Row>
        );
      })}
    </ListSection>
  );
}

export function SourcesSection() {
  const t = useT();
  const { control } = useFormContext<EditorValues>();
  const { fields, append, remove } = useFieldArray({ control, name: 'sources' });
  const kindOptions = sourceKinds.map((value) => ({ value, label: t(`sourceKind.${value}`) }));
  return (
    <ListSection
      name="sources"
      heading={t('editor.sources.heading')}
      hint={t('editor.sources.hint')}
      none={t('editor.sources.none')}
      isEmpty={fields.length === 0}
      addButton={{
        label: t('editor.sources.addButton'),
        onAdd: () => append({ url: '', title: '', publisher: '', publishedOn: '', kind: null }),
      }}
    >
      {fields.map((field, index) => (
        <Row
          key={field.id}
          path={`sources.${index}`}
          legend={t('editor.sources.item', { number: index + 1 })}
          removeLabel={t('editor.sources.remove', { number: index + 1 })}
          onRemove={() => remove(index)}
        >
          <TextInput
            path={`sources.${index}.url`}
            type="url"
            inputMode="url"
            label={t('editor.sources.url')}
            hint={t('editor.sources.urlHint')}
            required
            className="field--wide"
          />
          <TextInput
            path={`sources.${index}.title`}
            label={t('editor.sources.title')}
            optionalLabel={t('editor.optional')}
          />
          <TextInput
            path={`sources.${index}.publisher`}
            label={t('editor.sources.publisher')}
            optionalLabel={t('editor.optional')}
          />
          <TextInput
            path={`sources.${index}.publishedOn`}
            type="date"
            label={t('editor.sources.publishedOn')}
            optionalLabel={t('editor.optional')}
          />
          <SelectInput
            path={`sources.${index}.kind`}
            label={t('editor.sources.kind')}
            options={kindOptions}
            emptyLabel={t('editor.notStated')}
            nullWhenEmpty
          />
        </Row>
      ))}
    </ListSection>
  );
}

export function RelatedSection({
  initiatives,
  currentSlug,
}: {
  initiatives: readonly InitiativeChoice[] | undefined;
  currentSlug?: string | undefined;
}) {
  const t = useT();
  const { control } = useFormContext<EditorValues>();
  const { fields, append, remove } = useFieldArray({ control, name: 'related' });
  const initiativeOptions = (initiatives ?? [])
    .filter((entry) => entry.slug !== currentSlug)
    .map((entry) => ({ value: entry.slug, label: entry.title }));
  const relationOptions = linkRelations.map((value) => ({
    value,
    label: t(`relation.outgoing.${value}`),
  }));
  return (
    <ListSection
      name="related"
      heading={t('editor.related.heading')}
      hint={t('editor.related.hint')}
      none={t('editor.related.none')}
      isEmpty={fields.length === 0}
      addButton={{
        label: t('editor.related.addButton'),
        onAdd: () => append({ slug: '', relation: 'related' }),
      }}
    >
      {fields.map((field, index) => (
        <Row
          key={field.id}
          path={`related.${index}`}
          legend={t('editor.related.item', { number: index + 1 })}
          removeLabel={t('editor.related.remove', { number: index + 1 })}
          onRemove={() => remove(index)}
        >
          <SelectInput
            path={`related.${index}.relation`}
            label={t('editor.related.relation')}
            options={relationOptions}
          />
          <SelectInput
            path={`related.${index}.slug`}
            label={t('editor.related.initiative')}
            options={initiativeOptions}
            emptyLabel={initiatives ? t('editor.choose') : t('editor.picker.loading')}
            className="field--wide"
          />
        </Row>
      ))}
    </ListSection>
  );
}

export function MilestonesSection() {
  const t = useT();
  const { control } = useFormContext<EditorValues>();
  const { fields, append, remove } = useFieldArray({ control, name: 'milestones' });
  const stepOptions = milestoneSteps.map((value) => ({ value, label: t(`editor.step.${value}`) }));
  return (
    <ListSection
      name="milestones"
      heading={t('editor.milestones.heading')}
      hint={t('editor.milestones.hint')}
      none={t('editor.milestones.none')}
      isEmpty={fields.length === 0}
      addButton={{
        label: t('editor.milestones.addButton'),
        onAdd: () => append({ step: '', occurredOn: '', sourceUrl: '', binding: false, note: '' }),
      }}
    >
      {fields.map((field, index) => (
        <Row
          key={field.id}
          path={`milestones.${index}`}
          legend={t('editor.milestones.item', { number: index + 1 })}
          removeLabel={t('editor.milestones.remove', { number: index + 1 })}
          onRemove={() => remove(index)}
        >
          <SelectInput
            path={`milestones.${index}.step`}
            label={t('editor.milestones.step')}
            options={stepOptions}
            emptyLabel={t('editor.choose')}
            required
          />
          <TextInput
            path={`milestones.${index}.occurredOn`}
            type="date"
            label={t('editor.milestones.occurredOn')}
            required
          />
          <TextInput
            path={`milestones.${index}.sourceUrl`}
            type="url"
            inputMode="url"
            label={t('editor.milestones.sourceUrl')}
            optionalLabel={t('editor.optional')}
            className="field--wide"
          />
          <CheckboxInput
            path={`milestones.${index}.binding`}
            label={t('editor.milestones.binding')}
            hint={t('editor.milestones.bindingHint')}
          />
          <TextArea
            path={`milestones.${index}.note`}
            label={t('editor.milestones.note')}
            optionalLabel={t('editor.optional')}
          />
        </Row>
      ))}
    </ListSection>
  );
}
