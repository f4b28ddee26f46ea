import type { InitiativeHistory, InitiativeVersion } from '@tracker/shared';
import { useId, useState } from 'react';
import { Badge } from '@/components/ui/badge';
import { ConfirmGroup } from '@/components/ui/confirm-group';
import { RequestError } from '@/components/ui/states';
import { useFormatDateTime } from '@/hooks/use-format-date-time';
import { useI18n, type TranslateFn } from '@/lib/i18n';
import { useRevertInitiative } from '../api/save-initiative';
import { editorFields, type EditorField } from '../utils/form-values';
import { diffJson, type DiffLine } from '../utils/json-diff';

const knownActions = [
  'create',
  'update',
  'publish',
  'archive',
  'restore',
  'revert',
  'import',
] as const;
type KnownAction = (typeof knownActions)[number];

function actionLabel(action: string, t: TranslateFn): string {
  const last = action.split('.').at(-1) ?? action;
  return (knownActions as readonly string[]).includes(last)
    ? t(`editor.history.action.${last as KnownAction}`)
    : action;
}

function fieldLabel(field: string, t: TranslateFn): string {
  return (editorFields as readonly string[]).includes(field)
    ? t(`editor.field.${field as EditorField}`)
    : field;
}

function Lines({ lines, side }: { lines: DiffLine[]; side: 'before' | 'after' }) {
  const { t } = useI18n();
  if (lines.length === 0) return <span className="unknown">{t('editor.notSet')}</span>;
  return (
    <ul className="plain-list diff-lines">
      {lines.map((line, index) => (
        <li key={`${index}:${line.text}`} className={`diff-line diff-line--${line.mark}`}>
          {line.mark !== 'same' ? (
            <span className="diff-line__mark">
              {side === 'after' ? t('editor.history.added') : t('editor.history.removed')}
            </span>
          ) : null}
          {line.text || t('editor.notSet')}
        </li>
      ))}
    </ul>
  );
}

function VersionEntry({
  entry,
  slug,
  currentVersion,
  onReverted,
}: {
  entry: InitiativeVersion;
  slug: string;
  currentVersion: number;
  onReverted: (from: number, to: number) => void;
}) {
  const { t } = useI18n();
  const formatDateTime = useFormatDateTime();
  const headingId = useId();
  const revert = useRevertInitiative(slug);
  const [confirming, setConfirming] = useState(false);
  const isCurrent = entry.version === currentVersion;

  return (
    <li className="history__version">
      <article aria-labelledby={headingId}>
        <h2 id={headingId} className="history__title">
          {t('editor.history.version', { version: entry.version })}{' '}
          {isCurrent ? <Badge tone="success">{t('editor.history.current')}</Badge> : null}
        </h2>
        <p className="history__meta">
          {t('editor.history.by', {
            action: actionLabel(entry.action, t),
            who: entry.user ? entry.user.name : t('editor.history.system'),
            when: formatDateTime(entry.at),
          })}
          {entry.note ? ` — ${entry.note}` : ''}
        </p>
        {entry.changes.length === 0 ? (
          <p className="muted">{t('editor.history.noChanges')}</p>
        ) : (
          <div className="table-scroll">
            <table className="data-table history__changes">
              <caption className="visually-hidden">
                {t('editor.history.changesCaption', { version: entry.version })}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{t('editor.conflict.field')}</th>
                  <th scope="col">{t('editor.history.before')}</th>
                  <th scope="col">{t('editor.history.after')}</th>
                </tr>
              </thead>
              <tbody>
                {entry.changes.map((change) => {
                  const diff = diffJson(change.before, change.after);
                  return (
                    <tr key={change.field}>
                      <th scope="row">{fieldLabel(change.field, t)}</th>
                      <td>
                        <Lines lines={diff.before} side="before" />
                      </td>
                      <td>
                        <Lines lines={diff.after} side="after" />
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        )}
        {!isCurrent ? (
          confirming ? (
            <ConfirmGroup
              label={t('editor.history.confirmLabel', { version: entry.version })}
              question={t('editor.history.confirm', { version: entry.version })}
              confirmLabel={t('editor.history.revertConfirm', { version: entry.version })}
              cancelLabel={t('editor.cancel')}
              pending={revert.isPending}
              onConfirm={() =>
                revert.mutate(
                  { version: currentVersion, toVersion: entry.version },
                  {
                    onSuccess: (result) => {
                      setConfirming(false);
                      onReverted(entry.version, result.version);
                    },
                  },
                )
              }
              onCancel={() => setConfirming(false)}
            />
          ) : (
            <button
              type="button"
              className="button button--secondary"
              onClick={() => setConfirming(true)}
            >
              {t('editor.history.revert', { version: entry.version })}
            </button>
          )
        ) : null}
        <RequestError error={revert.error} />
      </article>
    </li>
  );
}

/** Every version, newest first, with its field-level changes and "Revert to this version". */
export function HistoryView({ history }: { history: InitiativeHistory }) {
  const { t } = useI18n();
  const [reverted, setReverted] = useState<{ from: number; to: number } | null>(null);
  return (
    <div className="history">
      <div role="status" className="history__status">
        {reverted ? t('editor.history.reverted', { from: reverted.from, to: reverted.to }) : null}
      </div>
      {history.versions.length === 0 ? (
        <p className="muted">{t('editor.history.empty')}</p>
      ) : (
        <ol className="history__versions">
          {history.versions.map((entry) => (
            <VersionEntry
              key={entry.version}
              entry={entry}
              slug={history.slug}
              currentVersion={history.currentVersion}
              onReverted={(from, to) => setReverted({ from, to })}
            />
          ))}
        </ol>
      )}
    </div>
  );
}
