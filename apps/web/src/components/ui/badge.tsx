import type { InitiativeKind, InitiativeStatus } from '@tracker/shared';
import type { ReactNode } from 'react';
import { useT } from '@/lib/i18n';

export type BadgeTone =
  'neutral' | 'info' | 'success' | 'warning' | 'danger' | 'accent' | 'nato' | 'partner';

export function Badge({
  tone = 'neutral',
  children,
  title,
}: {
  tone?: BadgeTone;
  children: ReactNode;
  title?: string;
}) {
  return (
    <span className={`badge badge--${tone}`} title={title}>
      {children}
    </span>
  );
}

const statusTones: Record<InitiativeStatus, BadgeTone> = {
  proposed: 'neutral',
  signed: 'info',
  active: 'success',
  completed: 'accent',
  cancelled: 'danger',
};

export function StatusBadge({ status }: { status: InitiativeStatus }) {
  const t = useT();
  return <Badge tone={statusTones[status]}>{t(`status.${status}`)}</Badge>;
}

export function KindBadge({ kind }: { kind: InitiativeKind }) {
  const t = useT();
  return <Badge tone="neutral">{t(`kind.${kind}`)}</Badge>;
}
