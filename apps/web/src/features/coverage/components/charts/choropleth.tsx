import type { CountryStatsItem } from '@tracker/shared';
import { geoNaturalEarth1, geoPath } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { useMemo, useRef, useState, type KeyboardEvent, type MouseEvent } from 'react';
import { useNavigate } from 'react-router';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
// Bundled into this lazily loaded chunk: the map is served by the app itself, no CDN or tiles.
import worldAtlas from 'world-atlas/countries-110m.json';
import { useElementWidth } from '@/components/chart/use-element-width';
import { paths } from '@/config/paths';
import { binOfCountry, normaliseIsoNumeric, type MapModel } from '../../utils/map-model';

type CountryFeature = Feature<Geometry, { name: string }>;

const topology = worldAtlas as unknown as Topology<{
  countries: GeometryCollection<{ name: string }>;
}>;
/** Antarctica (010) takes a fifth of the height and holds no participant. */
const world = feature(topology, topology.objects.countries) as FeatureCollection<
  Geometry,
  { name: string }
>;
const features: CountryFeature[] = world.features.filter((f) => f.id !== '010');

const noDataFill = '#ECEFF3';

/**
 * A choropleth of participation: each country in the data shaded by the matched initiatives it
 * takes part in. Countries are links to their profile; one is in the tab order at a time and the
 * arrow keys move through them, most initiatives first.
 */
export default function Choropleth({
  model,
  label,
  describe,
}: {
  model: MapModel;
  label: string;
  describe: (item: CountryStatsItem) => string;
}) {
  const container = useRef<HTMLDivElement>(null);
  const svgRef = useRef<SVGSVGElement>(null);
  const width = useElementWidth(container);
  const height = Math.round(width * 0.5);
  const navigate = useNavigate();
  const [active, setActive] = useState(0);
  const [focused, setFocused] = useState<CountryStatsItem | null>(null);

  const path = useMemo(() => {
    const projection = geoNaturalEarth1().fitSize([width, height], {
      type: 'FeatureCollection',
      features,
    });
    return geoPath(projection);
  }, [width, height]);

  const shapes = useMemo(
    () =>
      features.map((f) => ({
        id: f.id === undefined ? null : normaliseIsoNumeric(f.id),
        name: f.properties.name,
        d: path(f) ?? '',
      })),
    [path],
  );
  const placed = model.ranked.filter(
    (item) =>
      item.country.isoNumeric &&
      shapes.some((s) => s.id === normaliseIsoNumeric(item.country.isoNumeric ?? '')),
  );
  const order = new Map(placed.map((item, index) => [item.country.code, index]));

  const focusIndex = (index: number) => {
    const next = (index + placed.length) % placed.length;
    setActive(next);
    const code = placed[next]?.country.code;
    svgRef.current?.querySelector<SVGElement>(`[data-country="${code}"]`)?.focus();
  };
  const onKeyDown = (event: KeyboardEvent<SVGSVGElement>) => {
    const moves: Record<string, number> = {
      ArrowRight: active + 1,
      ArrowDown: active + 1,
      ArrowLeft: active - 1,
      ArrowUp: active - 1,
      Home: 0,
      End: placed.length - 1,
    };
    const to = moves[event.key];
    if (to === undefined || placed.length === 0) return;
    event.preventDefault();
    focusIndex(to);
  };

  return (
    <div ref={container} className="chart__canvas choropleth">
      <svg
        ref={svgRef}
        width={width}
        height={height}
        viewBox={`0 0 ${width} ${height}`}
        role="group"
        aria-label={label}
        onKeyDown={onKeyDown}
      >
        <g>
          {shapes.map((shape, index) => {
            const item = shape.id ? model.byIsoNumeric.get(shape.id) : undefined;
            if (!item)
              return (
                <path
                  key={`${shape.id ?? 'x'}-${index}`}
                  d={shape.d}
                  fill={noDataFill}
                  stroke="#ffffff"
                  strokeWidth={0.5}
                  aria-hidden="true"
                />
              );
            const position = order.get(item.country.code) ?? -1;
            const href = paths.country(item.country.code);
            const text = describe(item);
            return (
              <a
                key={item.country.code}
                href={href}
                data-country={item.country.code}
                aria-label={text}
                tabIndex={position === active ? 0 : -1}
                onFocus={() => {
                  setActive(position);
                  setFocused(item);
                }}
                onBlur={() => setFocused(null)}
                onClick={(event: MouseEvent) => {
                  event.preventDefault();
                  void navigate(href);
                }}
              >
                <title>{text}</title>
                <path
                  d={shape.d}
                  fill={binOfCountry(model, item).colour}
                  stroke="#1a1f29"
                  strokeWidth={0.6}
                />
              </a>
            );
          })}
        </g>
      </svg>
      <p className="choropleth__focus" aria-hidden="true">
        {focused ? describe(focused) : '\u00a0'}
      </p>
    </div>
  );
}
