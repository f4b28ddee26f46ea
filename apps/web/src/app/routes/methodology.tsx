import { PageHeader } from '@/components/ui/page-header';
import { useT, type MessageKey } from '@/lib/i18n';

/** Each section: a heading, its paragraphs and the anchor charts' "Sources" notes link to. */
const sections: { heading: MessageKey; paragraphs: MessageKey[]; anchor: string }[] = [
  {
    heading: 'methodology.initiative.heading',
    paragraphs: ['methodology.initiative.body'],
    anchor: 'initiative',
  },
  {
    heading: 'methodology.participation.heading',
    paragraphs: ['methodology.participation.body'],
    anchor: 'participation',
  },
  {
    heading: 'methodology.coverage.heading',
    paragraphs: ['methodology.coverage.body'],
    anchor: 'coverage',
  },
  {
    heading: 'methodology.activities.heading',
    paragraphs: ['methodology.activities.body'],
    anchor: 'activities',
  },
  {
    heading: 'methodology.lists.heading',
    paragraphs: ['methodology.lists.nato', 'methodology.lists.eu'],
    anchor: 'lists',
  },
  {
    heading: 'methodology.unconfirmed.heading',
    paragraphs: ['methodology.unconfirmed.body'],
    anchor: 'unconfirmed',
  },
  { heading: 'methodology.asOf.heading', paragraphs: ['methodology.asOf.body'], anchor: 'as-of' },
  {
    heading: 'methodology.sources.heading',
    paragraphs: ['methodology.sources.body'],
    anchor: 'sources',
  },
];

export function MethodologyRoute() {
  const t = useT();
  return (
    <>
      <PageHeader title={t('methodology.title')} intro={t('methodology.intro')} />
      {sections.map(({ heading, paragraphs, anchor }) => (
        <section key={heading} id={anchor} className="section prose" aria-labelledby={heading}>
          <h2 id={heading}>{t(heading)}</h2>
          {paragraphs.map((paragraph) => (
            <p key={paragraph}>{t(paragraph)}</p>
          ))}
        </section>
      ))}
    </>
  );
}
