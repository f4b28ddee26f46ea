import {
  criticalityLists,
  timelineIntervals,
  type CriticalityList,
  type TimelineInterval,
} from '@tracker/shared';
import { useId, useState } from 'react';
import { useT } from '@/lib/i18n';
import type { CoverageSearchPatch } from '../hooks/use-coverage-search';
import {
  coverageMeasures,
  type CoverageMeasure,
  type CoverageSearch,
} from '../utils/coverage-search';

const completeDate = /^[12]\d{3}-\d{2}-\d{2}$/;

function AsOfField({
  value,
  onCommit,
}: {
  value: string | undefined;
  onCommit: (v: string | undefined) => void;
}) {
  const t = useT();
  const id = useId();
  const hintId = useId();
  const [draft, setDraft] = useState(value ?? '');
  const [shown, setShown] = useState(value ?? '');
  // The URL changed from elsewhere (Back, a cleared filter): show it.
  if ((value ?? '') !== shown) {
    setShown(value ?? '');
    setDraft(value ?? '');
  }
  const commit = (next: string) => {
    if (next === '' || completeDate.test(next)) onCommit(next || undefined);
  };
  return (
    <div className="field field--date">
      <label htmlFor={id}>{t('coverage.controls.asOf')}</label>
      <input
        id={id}
        type="date"
        value={draft}
        aria-describedby={hintId}
        onChange={(event) => {
          setDraft(event.target.value);
          commit(event.target.value);
        }}
      />
      <span id={hintId} className="field__hint">
        {t('coverage.controls.asOfHint')}
      </span>
    </div>
  );
}

/** The list switch, the "as of" date and the current view's own setting. */
export function CoverageControls({
  search,
  update,
  materials,
}: {
  search: CoverageSearch;
  update: (patch: CoverageSearchPatch) => void;
  /** Materials to pick for the map; absent while they load. */
  materials?: { id: string; name: string }[];
}) {
  const t = useT();
  const measureId = useId();
  const intervalId = useId();
  const materialId = useId();
  const listOptions: (CriticalityList | 'all')[] = ['all', ...criticalityLists];
  const selectedMaterial =
    search.filter.material.length === 1 ? (search.filter.material[0] ?? '') : '';

  return (
    <div className="toolbar coverage-controls">
      <fieldset className="field coverage-controls__list">
        <legend>{t('coverage.controls.list')}</legend>
        <div className="coverage-controls__options">
          {listOptions.map((option) => {
            // The gap matrix needs a list: "all" is not offered there.
            if (option === 'all' && search.view === 'gaps') return null;
            const checked = option === 'all' ? search.list === null : search.list === option;
            return (
              <label key={option} className="radio">
                <input
                  type="radio"
                  name="coverage-list"
                  value={option}
                  checked={
                    checked || (search.view === 'gaps' && option === 'nato' && search.list === null)
                  }
                  onChange={() => update({ list: option === 'all' ? null : option })}
                />
                {option === 'all' ? t('coverage.list.all') : t(`coverage.list.${option}`)}
              </label>
            );
          })}
        </div>
      </fieldset>
      <AsOfField
        value={search.filter.asOf}
        onCommit={(asOf) => update({ filter: { ...search.filter, asOf } })}
      />
      {search.view === 'coverage' ? (
        <div className="field">
          <label htmlFor={measureId}>{t('coverage.controls.measure')}</label>
          <select
            id={measureId}
            value={search.measure}
            onChange={(event) => update({ measure: event.target.value as CoverageMeasure })}
          >
            {coverageMeasures.map((measure) => (
              <option key={measure} value={measure}>
                {t(`coverage.measure.${measure}`)}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      {search.view === 'timeline' ? (
        <div className="field">
          <label htmlFor={intervalId}>{t('coverage.controls.interval')}</label>
          <select
            id={intervalId}
            value={search.interval ?? ''}
            onChange={(event) =>
              update({ interval: (event.target.value || null) as TimelineInterval | null })
            }
          >
            <option value="">{t('coverage.interval.auto')}</option>
            {timelineIntervals.map((interval) => (
              <option key={interval} value={interval}>
                {t(`coverage.interval.${interval}`)}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      {search.view === 'map' && materials ? (
        <div className="field">
          <label htmlFor={materialId}>{t('coverage.controls.material')}</label>
          <select
            id={materialId}
            value={selectedMaterial}
            onChange={(event) =>
              update({
                filter: {
                  ...search.filter,
                  material: event.target.value ? [event.target.value] : [],
                },
              })
            }
          >
            <option value="">{t('coverage.controls.anyMaterial')}</option>
            {materials.map((material) => (
              <option key={material.id} value={material.id}>
                {material.name}
              </option>
            ))}
          </select>
        </div>
      ) : null}
    </div>
  );
}
