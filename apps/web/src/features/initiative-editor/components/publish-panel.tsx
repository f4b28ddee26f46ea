import type { InitiativeDetail } from '@tracker/shared';
import { useId, useState } from 'react';
import { Badge } from '@/components/ui/badge';
import { ConfirmGroup } from '@/components/ui/confirm-group';
import { RequestError } from '@/components/ui/states';
import { useT } from '@/lib/i18n';
import { useChangeVisibility, type VisibilityAction } from '../api/save-initiative';

/**
 * Where the record stands (draft, published, archived) and the one step on from there: publish a
 * draft (the API requires a source), archive with confirmation, restore an archived one.
 */
export function PublishPanel({
  initiative,
  version,
}: {
  initiative: InitiativeDetail;
  version: number;
}) {
  const t = useT();
  const titleId = useId();
  const change = useChangeVisibility(initiative.slug);
  const [confirmingArchive, setConfirmingArchive] = useState(false);
  const [done, setDone] = useState<VisibilityAction | null>(null);
  const archived = initiative.archivedAt !== null;
  const state = archived ? 'archived' : initiative.visibility;

  const run = (action: VisibilityAction) => {
    setDone(null);
    change.mutate(
      { version, action },
      {
        onSuccess: () => {
          setDone(action);
          setConfirmingArchive(false);
        },
      },
    );
  };

  return (
    <section className="publish-panel" aria-labelledby={titleId}>
      <h2 id={titleId} className="publish-panel__title">
        {t('editor.publish.heading')}{' '}
        <Badge
          tone={state === 'published' ? 'success' : state === 'archived' ? 'neutral' : 'warning'}
        >
          {t(`editor.visibility.${state}`)}
        </Badge>
      </h2>
      <p>{t(`editor.publish.explain.${state}`)}</p>
      {state === 'draft' && initiative.sources.length === 0 ? (
        <p className="notice">{t('editor.publish.needsSource')}</p>
      ) : null}
      <div className="publish-panel__actions">
        {state === 'draft' ? (
          <button
            type="button"
            className="button button--primary"
            disabled={change.isPending}
            onClick={() => run('publish')}
          >
            {t('editor.publish.publish')}
          </button>
        ) : null}
        {state === 'archived' ? (
          <button
            type="button"
            className="button button--secondary"
            disabled={change.isPending}
            onClick={() => run('restore')}
          >
            {t('editor.publish.restore')}
          </button>
        ) : confirmingArchive ? (
          <ConfirmGroup
            label={t('editor.publish.confirmArchiveLabel')}
            question={t('editor.publish.confirmArchive', { title: initiative.title })}
            confirmLabel={t('editor.publish.archiveConfirm')}
            cancelLabel={t('editor.cancel')}
            pending={change.isPending}
            onConfirm={() => run('archive')}
            onCancel={() => setConfirmingArchive(false)}
          />
        ) : (
          <button
            type="button"
            className="button button--secondary"
            onClick={() => setConfirmingArchive(true)}
          >
            {t('editor.publish.archive')}
          </button>
        )}
      </div>
      <div role="status" className="publish-panel__status">
        {done ? t(`editor.publish.done.${done}`) : null}
      </div>
      <RequestError error={change.error} />
    </section>
  );
}
