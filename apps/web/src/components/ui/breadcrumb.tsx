import { Link } from 'react-router';
import { useT } from '@/lib/i18n';

export function Breadcrumb({
  items,
  current,
}: {
  items: readonly { to: string; label: string }[];
  current: string;
}) {
  const t = useT();
  return (
    <nav className="breadcrumb" aria-label={t('breadcrumb.label')}>
      <ol>
        {items.map((item) => (
          <li key={item.to}>
            <Link to={item.to}>{item.label}</Link>
          </li>
        ))}
        <li>
          <span aria-current="page">{current}</span>
        </li>
      </ol>
    </nav>
  );
}
