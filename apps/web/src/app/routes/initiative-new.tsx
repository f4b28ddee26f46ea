import { useState } from 'react';
import { useNavigate } from 'react-router';
import { Breadcrumb } from '@/components/ui/breadcrumb';
import { PageHeader } from '@/components/ui/page-header';
import { paths } from '@/config/paths';
import { RequireRole } from '@/features/auth/components/require-role';
import { editorRoles } from '@/features/auth/utils/roles';
import { useCreateInitiative } from '@/features/initiative-editor/api/save-initiative';
import { InitiativeForm } from '@/features/initiative-editor/components/initiative-form';
import { emptyEditorValues } from '@/features/initiative-editor/utils/form-values';
import { useT } from '@/lib/i18n';
import { useEditorChoices } from './initiative-editor-choices';

function NewInitiativePage() {
  const t = useT();
  const navigate = useNavigate();
  const choices = useEditorChoices();
  const create = useCreateInitiative();
  const [defaults] = useState(emptyEditorValues);
  return (
    <div className="page">
      <Breadcrumb
        items={[{ label: t('admin.nav.admin'), to: paths.admin() }]}
        current={t('editor.new.title')}
      />
      <PageHeader title={t('editor.new.title')} intro={t('editor.new.intro')} />
      <InitiativeForm
        mode="create"
        defaultValues={defaults}
        {...choices}
        onSubmit={async (input) => {
          const result = await create.mutateAsync(input);
          void navigate(paths.initiativeEdit(result.initiative.slug), { state: { created: true } });
          return undefined;
        }}
      />
    </div>
  );
}

export function InitiativeNewRoute() {
  return (
    <RequireRole roles={editorRoles}>
      <NewInitiativePage />
    </RequireRole>
  );
}
