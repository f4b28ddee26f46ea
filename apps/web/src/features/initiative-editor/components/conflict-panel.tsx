import type { InitiativeDetail } from '@tracker/shared';
import { useEffect, useId, useRef, useState } from 'react';
import { useT } from '@/lib/i18n';
import { describeField, type Lookups } from '../utils/describe';
import { changedFields, toEditorValues, type EditorValues } from '../utils/form-values';

export type Conflict = { current: InitiativeDetail; currentVersion: number };

/**
 * Shown when a save is refused because someone saved first (412): who changed which fields since
 * this form was opened, and two ways on — take the latest (dropping what was typed) or compare the
 * typed values with the saved ones side by side.
 */
export function ConflictPanel({
  conflict,
  baseline,
  mine,
  lookups,
  onReload,
}: {
  conflict: Conflict;
  /** The version this form was opened at. */
  baseline: { initiative: InitiativeDetail; version: number };
  /** What the editor has typed. */
  mine: EditorValues;
  lookups: Lookups;
  onReload: () => void;
}) {
  const t = useT();
  const titleId = useId();
  const ref = useRef<HTMLDivElement>(null);
  const [comparing, setComparing] = useState(false);
  useEffect(() => ref.current?.focus(), [conflict]);

  const latest = toEditorValues(conflict.current);
  const theirs = changedFields(toEditorValues(baseline.initiative), latest);
  const differing = changedFields(mine, latest);
  const label = (field: (typeof theirs)[number]) => t(`editor.field.${field}`);

  return (
    <div ref={ref} className="conflict" role="alert" aria-labelledby={titleId} tabIndex={-1}>
      <h2 id={titleId} className="conflict__title">
        {t('editor.conflict.title')}
      </h2>
      <p>
        {t('editor.conflict.body', {
          from: baseline.version,
          to: conflict.currentVersion,
        })}
      </p>
      {theirs.length > 0 ? (
        <p>
          {t('editor.conflict.changed')} <strong>{theirs.map(label).join(', ')}</strong>
        </p>
      ) : (
        <p>{t('editor.conflict.noFieldChanges')}</p>
      )}
      <p className="muted">{t('editor.conflict.kept')}</p>
      <div className="conflict__actions">
        <button type="button" className="button button--primary" onClick={onReload}>
          {t('editor.conflict.reload')}
        </button>
        <button
          type="button"
          className="button button--secondary"
          aria-expanded={comparing}
          onClick={() => setComparing((open) => !open)}
        >
          {t('editor.conflict.compare')}
        </button>
      </div>
      {comparing ? (
        differing.length === 0 ? (
          <p>{t('editor.conflict.same')}</p>
        ) : (
          <div className="table-scroll">
            <table className="data-table conflict__table">
              <caption className="data-table__caption">
                {t('editor.conflict.compareCaption')}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{t('editor.conflict.field')}</th>
                  <th scope="col">{t('editor.conflict.yours')}</th>
                  <th scope="col">
                    {t('editor.conflict.saved', { version: conflict.currentVersion })}
                  </th>
                </tr>
              </thead>
              <tbody>
                {differing.map((field) => (
                  <tr key={field}>
                    <th scope="row">
                      {label(field)}
                      {theirs.includes(field) ? (
                        <span className="badge badge--warning conflict__badge">
                          {t('editor.conflict.changedByOther')}
                        </span>
                      ) : null}
                    </th>
                    <td>
                      <ValueLines lines={describeField(field, mine, t, lookups)} />
                    </td>
                    <td>
                      <ValueLines lines={describeField(field, latest, t, lookups)} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )
      ) : null}
    </div>
  );
}

function ValueLines({ lines }: { lines: string[] }) {
  const t = useT();
  if (lines.length === 0) return <span className="unknown">{t('editor.notSet')}</span>;
  if (lines.length === 1) return <>{lines[0]}</>;
  return (
    <ul className="plain-list">
      {lines.map((line, index) => (
        <li key={`${index}:${line}`}>{line}</li>
      ))}
    </ul>
  );
}
