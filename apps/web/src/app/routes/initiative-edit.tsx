import { useState } from 'react';
import { useLocation, useParams } from 'react-router';
import { Breadcrumb } from '@/components/ui/breadcrumb';
import { PageHeader } from '@/components/ui/page-header';
import { ErrorState, LoadingState, NotFoundState } from '@/components/ui/states';
import { paths } from '@/config/paths';
import { RequireRole } from '@/features/auth/components/require-role';
import { editorRoles } from '@/features/auth/utils/roles';
import {
  useEditableInitiative,
  useSetEditableInitiative,
} from '@/features/initiative-editor/api/get-editable-initiative';
import { useUpdateInitiative } from '@/features/initiative-editor/api/save-initiative';
import { EditorTabs } from '@/features/initiative-editor/components/editor-tabs';
import { InitiativeForm } from '@/features/initiative-editor/components/initiative-form';
import { PublishPanel } from '@/features/initiative-editor/components/publish-panel';
import { toEditorValues } from '@/features/initiative-editor/utils/form-values';
import { ApiRequestError } from '@/lib/api-client';
import { useT } from '@/lib/i18n';
import { useEditorChoices } from './initiative-editor-choices';

function EditInitiativePage({ slug }: { slug: string }) {
  const t = useT();
  const location = useLocation();
  const created = (location.state as { created?: boolean } | null)?.created === true;
  const editable = useEditableInitiative(slug);
  const setEditable = useSetEditableInitiative(slug);
  const update = useUpdateInitiative(slug);
  const choices = useEditorChoices();
  const [savedVersion, setSavedVersion] = useState<number | null>(null);
  // The form's starting values, fixed when it first mounts; later versions arrive through reset.
  const [defaults, setDefaults] = useState(() =>
    editable.data ? toEditorValues(editable.data.initiative) : null,
  );

  if (editable.isPending) return <LoadingState label={t('initiative.loading')} />;
  if (editable.isError) {
    if (editable.error instanceof ApiRequestError && editable.error.isNotFound) {
      return (
        <NotFoundState
          title={t('initiative.notFound.title')}
          body={t('initiative.notFound.body', { slug })}
          backTo={paths.adminInitiatives()}
          backLabel={t('editor.backToList')}
        />
      );
    }
    return <ErrorState error={editable.error} onRetry={() => void editable.refetch()} />;
  }
  const { initiative, version } = editable.data;
  const startValues = defaults ?? toEditorValues(initiative);
  if (!defaults) setDefaults(startValues);

  return (
    <div className="page">
      <Breadcrumb
        items={[
          { label: t('admin.nav.admin'), to: paths.admin() },
          { label: t('editor.list.title'), to: paths.adminInitiatives() },
        ]}
        current={initiative.title}
      />
      <PageHeader title={t('editor.edit.title', { title: initiative.title })} />
      <EditorTabs slug={slug} current="edit" />
      <div role="status" className="editor-status">
        {savedVersion !== null
          ? t('editor.edit.saved', { version: savedVersion })
          : created
            ? t('editor.edit.created')
            : null}
      </div>
      <PublishPanel initiative={initiative} version={version} />
      <InitiativeForm
        mode="edit"
        defaultValues={startValues}
        {...choices}
        baseline={editable.data}
        onSubmit={async (input) => {
          setSavedVersion(null);
          const result = await update.mutateAsync({ version, input });
          setSavedVersion(result.version);
          return toEditorValues(result.initiative);
        }}
        onReloadLatest={(conflict) => {
          setSavedVersion(null);
          setEditable({ initiative: conflict.current, version: conflict.currentVersion });
        }}
      />
    </div>
  );
}

export function InitiativeEditRoute() {
  const slug = useParams().slug ?? '';
  return (
    <RequireRole roles={editorRoles}>
      <EditInitiativePage key={slug} slug={slug} />
    </RequireRole>
  );
}
