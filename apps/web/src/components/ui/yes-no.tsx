import { useT } from '@/lib/i18n';

export function YesNo({ value }: { value: boolean }) {
  const t = useT();
  return (
    <span className={value ? 'yes-no yes-no--yes' : 'yes-no yes-no--no'}>
      {value ? t('common.yes') : t('common.no')}
    </span>
  );
}
