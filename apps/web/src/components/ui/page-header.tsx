import type { ReactNode } from 'react';
import { PageTitle } from '@/components/ui/page-title';

export function PageHeader({
  title,
  intro,
  children,
}: {
  title: string;
  intro?: string;
  children?: ReactNode;
}) {
  return (
    <header className="page-header">
      <PageTitle title={title} />
      <h1>{title}</h1>
      {intro ? <p className="page-header__intro">{intro}</p> : null}
      {children}
    </header>
  );
}
