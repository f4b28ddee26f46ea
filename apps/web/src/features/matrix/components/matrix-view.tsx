import {
  participationRoles,
  type CountryGroup,
  type InitiativeFilter,
  type InitiativeKind,
  type InitiativeStatus,
  type ParticipationRole,
} from '@tracker/shared';
import { useId } from 'react';
import { Link, useSearchParams } from 'react-router';
import { ErrorState, LoadingState } from '@/components/ui/states';
import { paths } from '@/config/paths';
import { useI18n, type TranslationKey } from '@/lib/i18n';
import {
  participationMatrixExportUrl,
  useParticipationMatrix,
} from '../api/get-participation-matrix';
import { roleAbbreviations } from '../utils/matrix-model';
import {
  activeFilterEntries,
  parseMatrixSearch,
  serializeMatrixSearch,
  type MatrixOrder,
} from '../utils/matrix-search';
import { ParticipationMatrixTable } from './participation-matrix';

const filterLabels: Record<keyof InitiativeFilter, TranslationKey> = {
  country: 'matrix.filter.country',
  group: 'matrix.filter.group',
  membersOf: 'matrix.filter.membersOf',
  match: 'matrix.filter.match',
  role: 'matrix.filter.role',
  lead: 'matrix.filter.lead',
  material: 'matrix.filter.material',
  status: 'matrix.filter.status',
  kind: 'matrix.filter.kind',
  framework: 'matrix.filter.framework',
  from: 'matrix.filter.from',
  to: 'matrix.filter.to',
  asOf: 'matrix.filter.asOf',
  q: 'matrix.filter.q',
};

function ActiveFilters({ filter }: { filter: InitiativeFilter }) {
  const { t, formatList } = useI18n();
  const entries = activeFilterEntries(filter);
  if (entries.length === 0) return <p className="muted">{t('matrix.filters.none')}</p>;
  const multipleCountries = filter.country.length + filter.group.length > 1;
  // Enumerated values read as words ("All NATO Allies", "Signed"), codes stay as they are.
  const valueLabel = (key: keyof InitiativeFilter, value: string): string => {
    switch (key) {
      case 'group':
        return t(`initiatives.filters.group.${value as CountryGroup}`);
      case 'status':
        return t(`status.${value as InitiativeStatus}`);
      case 'kind':
        return t(`kind.${value as InitiativeKind}`);
      case 'role':
        return t(`role.${value as ParticipationRole}`);
      default:
        return value;
    }
  };
  return (
    <dl className="matrix-filters">
      {entries.map(([key, values]) => (
        <div key={key} className="matrix-filters__item">
          <dt>{t(filterLabels[key])}</dt>
          <dd>
            {formatList(values.map((value) => valueLabel(key, value)))}
            {key === 'country' && multipleCountries ? (
              <>
                {' '}
                ({t(filter.match === 'all' ? 'matrix.filter.matchAll' : 'matrix.filter.matchAny')})
              </>
            ) : null}
          </dd>
        </div>
      ))}
    </dl>
  );
}

function Legend() {
  const { t } = useI18n();
  return (
    <dl className="matrix-legend" aria-label={t('matrix.legend')}>
      {participationRoles.map((role) => (
        <div key={role} className="matrix-legend__item">
          <dt className={`matrix__role-key matrix__cell--${role}`}>{roleAbbreviations[role]}</dt>
          <dd>{t(`role.${role}`)}</dd>
        </div>
      ))}
    </dl>
  );
}

/** The Matrix page's content: filters from the URL, view settings, the table and its downloads. */
export function MatrixView() {
  const { t, formatNumber } = useI18n();
  const [searchParams, setSearchParams] = useSearchParams();
  const search = parseMatrixSearch(searchParams);
  const matrix = useParticipationMatrix(search.filterParams);
  const orderId = useId();

  const update = (patch: { order?: MatrixOrder; transposed?: boolean }) => {
    setSearchParams(serializeMatrixSearch({ ...search, ...patch }), {
      replace: true,
      flushSync: true,
    });
  };
  const filterQuery = search.filterParams.toString();
  const initiativesLink = `${paths.initiatives()}${filterQuery ? `?${filterQuery}` : ''}`;

  return (
    <>
      <section className="matrix-context" aria-label={t('matrix.filters.heading')}>
        <h2 className="matrix-context__heading">{t('matrix.filters.heading')}</h2>
        <ActiveFilters filter={search.filter} />
        {search.ignored.length > 0 ? (
          <p className="notice">
            {t('matrix.filters.ignored', { keys: search.ignored.join(', ') })}
          </p>
        ) : null}
        <p className="matrix-context__links">
          <Link to={initiativesLink}>{t('matrix.openInList')}</Link>
          <a href={participationMatrixExportUrl('csv', search.filterParams)} download>
            {t('matrix.download.csv')}
          </a>
          <a href={participationMatrixExportUrl('xlsx', search.filterParams)} download>
            {t('matrix.download.xlsx')}
          </a>
        </p>
      </section>

      <div className="toolbar matrix-toolbar">
        <div className="field">
          <label htmlFor={orderId}>{t('matrix.order.label')}</label>
          <select
            id={orderId}
            value={search.order}
            onChange={(event) => update({ order: event.target.value as MatrixOrder })}
          >
            <option value="count">{t('matrix.order.count')}</option>
            <option value="name">{t('matrix.order.name')}</option>
          </select>
        </div>
        <button
          type="button"
          className="button button--secondary"
          aria-pressed={search.transposed}
          onClick={() => update({ transposed: !search.transposed })}
        >
          {t('matrix.transpose')}
        </button>
        <Legend />
      </div>

      {matrix.isPending ? (
        <LoadingState label={t('matrix.loading')} />
      ) : matrix.isError ? (
        <ErrorState error={matrix.error} onRetry={() => void matrix.refetch()} />
      ) : matrix.data.initiatives.length === 0 ? (
        <div className="state state--empty">
          <p>{t('matrix.empty')}</p>
          <p>
            <Link to={paths.matrix()}>{t('matrix.clearFilters')}</Link>
          </p>
        </div>
      ) : (
        <>
          <p className="matrix-summary" aria-live="polite">
            {t('matrix.summary', {
              countries: formatNumber(matrix.data.countries.length),
              initiatives: formatNumber(matrix.data.initiatives.length),
              cells: formatNumber(matrix.data.cells.length),
            })}
            {matrix.isFetching ? <span className="muted"> {t('common.updating')}</span> : null}
          </p>
          <p className="muted matrix-hint">{t('matrix.keyboardHint')}</p>
          <ParticipationMatrixTable
            matrix={matrix.data}
            order={search.order}
            transposed={search.transposed}
          />
        </>
      )}
    </>
  );
}
