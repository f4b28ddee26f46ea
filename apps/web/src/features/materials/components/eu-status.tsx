import type { Material } from '@tracker/shared';
import { Badge } from '@/components/ui/badge';
import { useT } from '@/lib/i18n';

/** EU CRMA status with the list's own wording when it differs from the material's name. */
export function EuCritical({
  material,
}: {
  material: Pick<Material, 'name' | 'euCritical' | 'euCriticalEntry'>;
}) {
  const t = useT();
  return (
    <span className="eu-status">
      <Badge tone={material.euCritical ? 'success' : 'neutral'}>
        {material.euCritical ? t('common.yes') : t('common.no')}
      </Badge>
      {material.euCriticalEntry && material.euCriticalEntry !== material.name ? (
        <span className="eu-status__entry">
          {t('material.facts.entry', { entry: material.euCriticalEntry })}
        </span>
      ) : null}
    </span>
  );
}

export function EuStrategic({
  material,
}: {
  material: Pick<Material, 'name' | 'euStrategic' | 'euStrategicEntry'>;
}) {
  const t = useT();
  const tone =
    material.euStrategic === 'yes'
      ? 'success'
      : material.euStrategic === 'partial'
        ? 'warning'
        : 'neutral';
  return (
    <span className="eu-status">
      <Badge tone={tone}>{t(`euStrategic.${material.euStrategic}`)}</Badge>
      {material.euStrategicEntry && material.euStrategicEntry !== material.name ? (
        <span className="eu-status__entry">
          {t('material.facts.entry', { entry: material.euStrategicEntry })}
        </span>
      ) : null}
    </span>
  );
}
