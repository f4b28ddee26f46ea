import {
  countryListSchema,
  initiativeListSchema,
  materialListSchema,
  type CountryList,
  type InitiativeList,
  type InitiativeSummary,
  type MaterialList,
} from '@tracker/shared';

/** Test data, parsed with the shared schemas so a fixture can never drift from the API contract. */

export function makeInitiative(overrides: Partial<InitiativeSummary> = {}): InitiativeSummary {
  return {
    id: '00000000-0000-4000-8000-000000000001',
    slug: 'nato-hvp-dcrm-2025',
    referenceCode: 'NATO-HVP-DCRM-2025',
    title: 'High Visibility Project on defence-critical raw materials',
    summary: 'Joint acquisition, storage, transportation and management of stockpiles.',
    kind: 'high_visibility_project',
    status: 'signed',
    date: '2025-06-24',
    datePrecision: 'day',
    event: 'NATO Summit Defence Industry Forum, The Hague',
    framework: null,
    leadCountry: null,
    participantCount: 3,
    participants: [
      { code: 'BE', name: 'Belgium', role: 'participant' },
      { code: 'DE', name: 'Germany', role: 'lead' },
      { code: 'PL', name: 'Poland', role: 'participant' },
    ],
    materials: [
      { id: 'lithium', name: 'Lithium' },
      { id: 'titanium', name: 'Titanium' },
    ],
    sourceCount: 6,
    unconfirmed: 'Lead nation: unconfirmed',
    updatedAt: '2025-07-01T10:00:00.000Z',
    ...overrides,
  };
}

export function makeInitiativeList(
  items: InitiativeSummary[],
  overrides: Partial<InitiativeList> = {},
): InitiativeList {
  return initiativeListSchema.parse({
    items,
    total: items.length,
    page: 1,
    pageSize: 25,
    ...overrides,
  });
}

export const countriesFixture: CountryList = countryListSchema.parse({
  items: [
    {
      code: 'DE',
      iso3: 'DEU',
      name: 'Germany',
      aliases: [],
      status: 'nato_ally',
      natoMemberSince: '1955-05-06',
      euMember: true,
      region: 'Europe',
      initiativeCount: 12,
    },
    {
      code: 'PL',
      iso3: 'POL',
      name: 'Poland',
      aliases: [],
      status: 'nato_ally',
      natoMemberSince: '1999-03-12',
      euMember: true,
      region: 'Europe',
      initiativeCount: 8,
    },
    {
      code: 'AU',
      iso3: 'AUS',
      name: 'Australia',
      aliases: [],
      status: 'partner',
      natoMemberSince: null,
      euMember: false,
      region: 'Oceania',
      initiativeCount: 1,
    },
  ],
});

export const materialsFixture: MaterialList = materialListSchema.parse({
  items: [
    {
      id: 'lithium',
      name: 'Lithium',
      symbol: 'Li',
      aliases: [],
      natoCritical: true,
      euCritical: true,
      euCriticalEntry: 'Lithium',
      euStrategic: 'partial',
      euStrategicEntry: 'Lithium - battery grade',
      defenceUses: 'Batteries',
      notes: null,
      initiativeCount: 4,
    },
    {
      id: 'titanium',
      name: 'Titanium',
      symbol: 'Ti',
      aliases: [],
      natoCritical: true,
      euCritical: true,
      euCriticalEntry: 'Titanium metal',
      euStrategic: 'yes',
      euStrategicEntry: 'Titanium metal',
      defenceUses: 'Airframes',
      notes: null,
      initiativeCount: 3,
    },
  ],
});

export function jsonResponse(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json' },
  });
}

/** The URL a stubbed `fetch` was called with, resolved against the test page's origin. */
export function requestUrl(input: RequestInfo | URL): URL {
  const href = input instanceof Request ? input.url : input instanceof URL ? input.href : input;
  return new URL(href, 'http://localhost');
}
