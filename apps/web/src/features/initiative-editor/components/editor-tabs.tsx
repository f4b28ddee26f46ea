import { Link } from 'react-router';
import { paths } from '@/config/paths';
import { useT } from '@/lib/i18n';

const tabs = ['details', 'edit', 'history'] as const;
export type EditorTab = (typeof tabs)[number];

/** Details · Edit · History of one initiative, for editors: links, so each view has its address. */
export function EditorTabs({ slug, current }: { slug: string; current: EditorTab }) {
  const t = useT();
  const to = (tab: EditorTab) =>
    tab === 'details'
      ? paths.initiative(slug)
      : tab === 'edit'
        ? paths.initiativeEdit(slug)
        : paths.initiativeHistory(slug);
  return (
    <nav className="editor-tabs" aria-label={t('editor.tabs.label')}>
      <ul>
        {tabs.map((tab) => (
          <li key={tab}>
            <Link
              to={to(tab)}
              className="editor-tabs__link"
              aria-current={tab === current ? 'page' : undefined}
            >
              {t(`editor.tabs.${tab}`)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
