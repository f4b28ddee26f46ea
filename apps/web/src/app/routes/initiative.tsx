import { useParams } from 'react-router';
import { ErrorState, LoadingState, NotFoundState } from '@/components/ui/states';
import { paths } from '@/config/paths';
import { useSession } from '@/features/auth/api/get-session';
import { canEdit } from '@/features/auth/utils/roles';
import { EditorTabs } from '@/features/initiative-editor/components/editor-tabs';
import { StatusTimeline } from '@/features/initiative-editor/components/status-timeline';
import { useInitiative } from '@/features/initiatives/api/get-initiative';
import { InitiativeDetails } from '@/features/initiatives/components/initiative-details';
import { ApiRequestError } from '@/lib/api-client';
import { useT } from '@/lib/i18n';

export function InitiativeRoute() {
  const t = useT();
  const slug = useParams().slug ?? '';
  const initiative = useInitiative(slug);
  const editor = canEdit(useSession().data?.user);

  if (initiative.isPending) return <LoadingState label={t('initiative.loading')} />;
  if (initiative.isError) {
    if (initiative.error instanceof ApiRequestError && initiative.error.isNotFound) {
      return (
        <NotFoundState
          title={t('initiative.notFound.title')}
          body={t('initiative.notFound.body', { slug })}
          backTo={paths.initiatives()}
          backLabel={t('initiative.notFound.back')}
        />
      );
    }
    return <ErrorState error={initiative.error} onRetry={() => void initiative.refetch()} />;
  }
  const { data } = initiative;
  const state = data.archivedAt ? 'archived' : data.visibility;
  return (
    <>
      {editor ? (
        <>
          <EditorTabs slug={slug} current="details" />
          {state !== 'published' ? (
            <p className="notice">{t(`editor.publish.explain.${state}`)}</p>
          ) : null}
        </>
      ) : null}
      <InitiativeDetails initiative={data} />
      <StatusTimeline milestones={data.milestones} />
    </>
  );
}
