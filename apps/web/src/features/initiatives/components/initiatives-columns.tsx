import type { CountryRef, InitiativeSummary, ParticipantSummary } from '@tracker/shared';
import { Link } from 'react-router';
import { createAppColumnHelper } from '@/components/data-table/data-table-hook';
import { Badge, KindBadge, StatusBadge } from '@/components/ui/badge';
import { FormattedDate } from '@/components/ui/formatted-date';
import { Msg } from '@/components/ui/msg';
import { paths } from '@/config/paths';
import { useI18n, useT } from '@/lib/i18n';

function TitleCell({ initiative }: { initiative: InitiativeSummary }) {
  const t = useT();
  return (
    <div className="title-cell">
      <Link to={paths.initiative(initiative.slug)} className="title-cell__link">
        {initiative.title}
      </Link>
      {initiative.unconfirmed ? (
        <Badge tone="warning" title={initiative.unconfirmed}>
          {t('initiative.unconfirmed.heading')}
        </Badge>
      ) : null}
    </div>
  );
}

/** Lead countries first; otherwise in the order the API gives. */
function leadFirst(participants: readonly ParticipantSummary[]): ParticipantSummary[] {
  return [...participants].sort((a, b) => Number(b.role === 'lead') - Number(a.role === 'lead'));
}

function ParticipantsCell({ initiative }: { initiative: InitiativeSummary }) {
  const { t, formatNumber } = useI18n();
  return (
    <div className="participants-cell">
      <span className="participants-cell__count">{formatNumber(initiative.participantCount)}</span>
      {initiative.participants.length > 0 ? (
        <ul className="codes">
          {leadFirst(initiative.participants).map((participant) => {
            const lead = participant.role === 'lead';
            return (
              <li
                key={participant.code}
                className={lead ? 'code code--lead' : 'code'}
                title={lead ? `${participant.name} (${t('initiatives.lead')})` : participant.name}
              >
                {participant.code}
                {lead ? <span className="visually-hidden"> ({t('initiatives.lead')})</span> : null}
              </li>
            );
          })}
        </ul>
      ) : null}
    </div>
  );
}

const shownMaterials = 3;

/** Up to three names, then "and 9 more"; the full list stays in the tooltip and on the detail page. */
function MaterialsCell({ initiative }: { initiative: InitiativeSummary }) {
  const { t, formatList } = useI18n();
  const names = initiative.materials.map((material) => material.name);
  if (names.length === 0) return <span className="muted">{t('common.dash')}</span>;
  if (names.length <= shownMaterials + 1) return <>{formatList(names)}</>;
  const rest = names.length - shownMaterials;
  return (
    <span title={formatList(names)}>
      {formatList([
        ...names.slice(0, shownMaterials),
        t('initiatives.moreMaterials', { count: rest }),
      ])}
    </span>
  );
}

/** Not recorded reads as a dash, not as a blank. */
function TextCell({ value }: { value: string | null }) {
  const t = useT();
  if (!value) return <span className="muted">{t('common.dash')}</span>;
  return <>{value}</>;
}

function LeadCell({ lead }: { lead: CountryRef | null }) {
  const t = useT();
  if (!lead) return <span className="muted">{t('common.dash')}</span>;
  return (
    <abbr className="code" title={lead.name}>
      {lead.code}
      <span className="visually-hidden"> {lead.name}</span>
    </abbr>
  );
}

function CountCell({ value }: { value: number }) {
  const { formatNumber } = useI18n();
  return <>{formatNumber(value)}</>;
}

const helper = createAppColumnHelper<InitiativeSummary>();

/**
 * Column ids match the API's sort fields (`initiativeSortFields`: title, date, kind, status,
 * framework, lead, participants, materials, sources), so the table's sorting state maps one-to-one
 * onto `?sort=`; every column sorts.
 */
export const initiativesColumns = helper.columns([
  helper.accessor('title', {
    id: 'title',
    header: () => <Msg k="initiatives.column.title" />,
    cell: ({ row }) => <TitleCell initiative={row.original} />,
    meta: { rowHeader: true },
  }),
  helper.accessor('date', {
    id: 'date',
    sortDescFirst: true,
    header: () => <Msg k="initiatives.column.date" />,
    cell: ({ row }) => (
      <FormattedDate value={row.original.date} precision={row.original.datePrecision} />
    ),
  }),
  helper.accessor('kind', {
    id: 'kind',
    header: () => <Msg k="initiatives.column.kind" />,
    cell: ({ row }) => <KindBadge kind={row.original.kind} />,
  }),
  helper.accessor('status', {
    id: 'status',
    header: () => <Msg k="initiatives.column.status" />,
    cell: ({ row }) => <StatusBadge status={row.original.status} />,
  }),
  helper.accessor('framework', {
    id: 'framework',
    header: () => <Msg k="initiatives.column.framework" />,
    cell: ({ row }) => <TextCell value={row.original.framework} />,
  }),
  helper.accessor('leadCountry', {
    id: 'lead',
    header: () => <Msg k="initiatives.column.lead" />,
    cell: ({ row }) => <LeadCell lead={row.original.leadCountry} />,
  }),
  helper.accessor('participantCount', {
    id: 'participants',
    sortDescFirst: true,
    header: () => <Msg k="initiatives.column.participants" />,
    cell: ({ row }) => <ParticipantsCell initiative={row.original} />,
  }),
  helper.accessor('materials', {
    id: 'materials',
    // The API sorts by the number of materials.
    sortDescFirst: true,
    header: () => <Msg k="initiatives.column.materials" />,
    cell: ({ row }) => <MaterialsCell initiative={row.original} />,
  }),
  helper.accessor('sourceCount', {
    id: 'sources',
    sortDescFirst: true,
    header: () => <Msg k="initiatives.column.sources" />,
    cell: ({ row }) => <CountCell value={row.original.sourceCount} />,
    meta: { numeric: true },
  }),
]);
