import { Badge } from '@/components/ui/badge';
import { useT } from '@/lib/i18n';
import type { CountryChoice } from '../utils/choices';

/** ISO code, then NATO / EU / partner badges, as the reader checks them when choosing a country. */
export function CountryBadges({ country }: { country: CountryChoice }) {
  const t = useT();
  return (
    <span className="badges">
      <span className="code">{country.code}</span>
      {country.status === 'nato_ally' ? <Badge tone="nato">{t('editor.badge.nato')}</Badge> : null}
      {country.euMember ? <Badge tone="info">{t('editor.badge.eu')}</Badge> : null}
      {country.status === 'partner' ? (
        <Badge tone="partner">{t('editor.badge.partner')}</Badge>
      ) : null}
    </span>
  );
}
