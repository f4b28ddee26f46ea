import type { RelatedInitiative } from '@tracker/shared';
import { Link } from 'react-router';
import { paths } from '@/config/paths';
import { useT } from '@/lib/i18n';

export function RelatedInitiatives({ related }: { related: RelatedInitiative[] }) {
  const t = useT();
  return (
    <ul className="related">
      {related.map((link) => (
        <li key={`${link.direction}:${link.relation}:${link.slug}`}>
          <span className="related__relation">
            {t(`relation.${link.direction}.${link.relation}`)}
          </span>{' '}
          <Link to={paths.initiative(link.slug)}>{link.title}</Link>
        </li>
      ))}
    </ul>
  );
}
