import {
  countryMaterialMatrixSchema,
  countryStatsSchema,
  coverageGapsSchema,
  materialCoverageSchema,
  timelineSchema,
  type StatsMaterial,
} from '@tracker/shared';

/**
 * Stats responses for the coverage tests, parsed with the shared schemas so they cannot drift
 * from the API contract. Shaped on the seed's June 2025 raw-materials project (lithium, titanium
 * and rare earths for 12 Allies), cut down to a few countries.
 */

const material = (id: string, name: string, symbol: string): StatsMaterial => ({
  id,
  name,
  symbol,
  natoCritical: true,
  euCritical: true,
  euStrategic: 'yes',
});

export const lithium = material('lithium', 'Lithium', 'Li');
export const titanium = material('titanium', 'Titanium', 'Ti');
export const cobalt = material('cobalt', 'Cobalt', 'Co');

export const materialCoverageFixture = materialCoverageSchema.parse({
  list: 'nato',
  items: [
    {
      material: cobalt,
      listed: true,
      initiatives: 0,
      countries: 0,
      allies: 0,
      byActivity: [],
      byStatus: [],
    },
    {
      material: lithium,
      listed: true,
      initiatives: 2,
      countries: 12,
      allies: 12,
      byActivity: [
        { activity: 'acquisition', initiatives: 1, countries: 12 },
        { activity: 'storage', initiatives: 2, countries: 12 },
        { activity: 'recycling', initiatives: 1, countries: 3 },
      ],
      byStatus: [{ status: 'signed', initiatives: 2 }],
    },
    {
      material: titanium,
      listed: true,
      initiatives: 1,
      countries: 13,
      allies: 12,
      byActivity: [{ activity: 'acquisition', initiatives: 1, countries: 13 }],
      byStatus: [{ status: 'signed', initiatives: 1 }],
    },
  ],
  dataVersion: '2025-07-01T10:00:00.000Z',
});

const country = (code: string, name: string, status: 'nato_ally' | 'partner' = 'nato_ally') => ({
  code,
  name,
  status,
});

export const countryMaterialFixture = countryMaterialMatrixSchema.parse({
  list: 'nato',
  countries: [
    country('BE', 'Belgium'),
    country('FR', 'France'),
    country('DE', 'Germany'),
    country('JP', 'Japan', 'partner'),
  ],
  materials: [
    { id: 'cobalt', name: 'Cobalt' },
    { id: 'lithium', name: 'Lithium' },
    { id: 'titanium', name: 'Titanium' },
  ],
  cells: [
    {
      country: 'BE',
      material: 'lithium',
      initiativeCount: 1,
      initiatives: [
        {
          slug: 'nato-hvp-dcrm-2025',
          title: 'Defence-critical raw materials HVP',
          role: 'participant',
        },
      ],
      activities: ['acquisition', 'storage'],
    },
    {
      country: 'DE',
      material: 'lithium',
      initiativeCount: 2,
      initiatives: [
        {
          slug: 'nato-hvp-dcrm-2025',
          title: 'Defence-critical raw materials HVP',
          role: 'participant',
        },
        { slug: 'de-stockpile', title: 'German raw-materials fund', role: 'lead' },
      ],
      activities: ['acquisition', 'storage'],
    },
    {
      country: 'DE',
      material: 'titanium',
      initiativeCount: 1,
      initiatives: [
        {
          slug: 'nato-hvp-dcrm-2025',
          title: 'Defence-critical raw materials HVP',
          role: 'participant',
        },
      ],
      activities: [],
    },
  ],
  dataVersion: '2025-07-01T10:00:00.000Z',
});

export const gapsFixture = coverageGapsSchema.parse({
  list: 'nato',
  scope: 'allies',
  materials: [
    { material: cobalt, coveredCountries: 0, uncoveredCountries: ['BE', 'FR', 'DE'] },
    { material: lithium, coveredCountries: 2, uncoveredCountries: ['FR'] },
    { material: titanium, coveredCountries: 1, uncoveredCountries: ['BE', 'FR'] },
  ],
  countries: [
    { country: country('BE', 'Belgium'), uncoveredMaterials: ['cobalt', 'titanium'] },
    { country: country('FR', 'France'), uncoveredMaterials: ['cobalt', 'lithium', 'titanium'] },
    { country: country('DE', 'Germany'), uncoveredMaterials: ['cobalt'] },
  ],
  materialsWithNoInitiative: ['cobalt'],
  countriesInNoInitiative: ['FR'],
  dataVersion: '2025-07-01T10:00:00.000Z',
});

export const timelineFixture = timelineSchema.parse({
  interval: 'quarter',
  buckets: [
    {
      period: '2024-Q2',
      start: '2024-04-01',
      signed: 1,
      joinings: 0,
      signedByKind: { policy_framework: 1 },
    },
    { period: '2024-Q3', start: '2024-07-01', signed: 0, joinings: 0, signedByKind: {} },
    { period: '2024-Q4', start: '2024-10-01', signed: 0, joinings: 2, signedByKind: {} },
    { period: '2025-Q1', start: '2025-01-01', signed: 0, joinings: 0, signedByKind: {} },
    {
      period: '2025-Q2',
      start: '2025-04-01',
      signed: 3,
      joinings: 12,
      signedByKind: { high_visibility_project: 3 },
    },
  ],
  undated: { initiatives: 4, joinings: 9 },
  earlier: { signed: 0, joinings: 0 },
  dataVersion: '2025-07-01T10:00:00.000Z',
});

export const countryStatsFixture = countryStatsSchema.parse({
  items: [
    {
      country: { ...country('BE', 'Belgium'), isoNumeric: '56' },
      initiatives: 3,
      materials: 3,
      leads: 0,
    },
    {
      country: { ...country('FR', 'France'), isoNumeric: '250' },
      initiatives: 0,
      materials: 0,
      leads: 0,
    },
    {
      country: { ...country('DE', 'Germany'), isoNumeric: '276' },
      initiatives: 7,
      materials: 3,
      leads: 2,
    },
    {
      country: {
        ...country('ZZ', 'Test country without a numeric code', 'partner'),
        isoNumeric: null,
      },
      initiatives: 1,
      materials: 1,
      leads: 0,
    },
  ],
  dataVersion: '2025-07-01T10:00:00.000Z',
});
