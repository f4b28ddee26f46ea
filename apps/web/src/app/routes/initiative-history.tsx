import { useParams } from 'react-router';
import { Breadcrumb } from '@/components/ui/breadcrumb';
import { PageHeader } from '@/components/ui/page-header';
import { ErrorState, LoadingState, NotFoundState } from '@/components/ui/states';
import { paths } from '@/config/paths';
import { RequireRole } from '@/features/auth/components/require-role';
import { editorRoles } from '@/features/auth/utils/roles';
import { useInitiativeHistory } from '@/features/initiative-editor/api/get-initiative-history';
import { EditorTabs } from '@/features/initiative-editor/components/editor-tabs';
import { HistoryView } from '@/features/initiative-editor/components/history-view';
import { ApiRequestError } from '@/lib/api-client';
import { useT } from '@/lib/i18n';

function HistoryPage({ slug }: { slug: string }) {
  const t = useT();
  const history = useInitiativeHistory(slug);
  if (history.isPending) return <LoadingState label={t('editor.history.loading')} />;
  if (history.isError) {
    if (history.error instanceof ApiRequestError && history.error.isNotFound) {
      return (
        <NotFoundState
          title={t('initiative.notFound.title')}
          body={t('initiative.notFound.body', { slug })}
          backTo={paths.adminInitiatives()}
          backLabel={t('editor.backToList')}
        />
      );
    }
    return <ErrorState error={history.error} onRetry={() => void history.refetch()} />;
  }
  return (
    <div className="page">
      <Breadcrumb
        items={[
          { label: t('admin.nav.admin'), to: paths.admin() },
          { label: t('editor.list.title'), to: paths.adminInitiatives() },
        ]}
        current={slug}
      />
      <PageHeader title={t('editor.history.title')} intro={t('editor.history.intro')} />
      <EditorTabs slug={slug} current="history" />
      <HistoryView history={history.data} />
    </div>
  );
}

export function InitiativeHistoryRoute() {
  const slug = useParams().slug ?? '';
  return (
    <RequireRole roles={editorRoles}>
      <HistoryPage key={slug} slug={slug} />
    </RequireRole>
  );
}
