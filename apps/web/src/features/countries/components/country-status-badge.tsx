import type { CountryStatus } from '@tracker/shared';
import { Badge } from '@/components/ui/badge';
import { useT } from '@/lib/i18n';

export function CountryStatusBadge({ status }: { status: CountryStatus }) {
  const t = useT();
  return (
    <Badge tone={status === 'nato_ally' ? 'nato' : status === 'partner' ? 'partner' : 'neutral'}>
      {t(`countryStatus.${status}`)}
    </Badge>
  );
}
