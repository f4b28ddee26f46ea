import { PageHeader } from '@/components/ui/page-header';
import { useT, type MessageKey } from '@/lib/i18n';

/** Each section: a heading and its paragraphs, all from the catalogue. */
const sections: { heading: MessageKey; paragraphs: MessageKey[] }[] = [
  { heading: 'methodology.initiative.heading', paragraphs: ['methodology.initiative.body'] },
  { heading: 'methodology.participation.heading', paragraphs: ['methodology.participation.body'] },
  { heading: 'methodology.coverage.heading', paragraphs: ['methodology.coverage.body'] },
  { heading: 'methodology.activities.heading', paragraphs: ['methodology.activities.body'] },
  {
    heading: 'methodology.lists.heading',
    paragraphs: ['methodology.lists.nato', 'methodology.lists.eu'],
  },
  { heading: 'methodology.unconfirmed.heading', paragraphs: ['methodology.unconfirmed.body'] },
  { heading: 'methodology.asOf.heading', paragraphs: ['methodology.asOf.body'] },
  { heading: 'methodology.sources.heading', paragraphs: ['methodology.sources.body'] },
];

export function MethodologyRoute() {
  const t = useT();
  return (
    <>
      <PageHeader title={t('methodology.title')} intro={t('methodology.intro')} />
      {sections.map(({ heading, paragraphs }) => (
        <section key={heading} className="section prose" aria-labelledby={heading}>
          <h2 id={heading}>{t(heading)}</h2>
          {paragraphs.map((paragraph) => (
            <p key={paragraph}>{t(paragraph)}</p>
          ))}
        </section>
      ))}
    </>
  );
}
