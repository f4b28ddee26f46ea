/** Every route path in one place, so links across features never spell a URL by hand. */
export const paths = {
  overview: () => '/',
  initiatives: () => '/initiatives',
  initiative: (slug: string) => `/initiatives/${encodeURIComponent(slug)}`,
  matrix: () => '/matrix',
  countries: () => '/countries',
  country: (code: string) => `/countries/${encodeURIComponent(code)}`,
  materials: () => '/materials',
  material: (id: string) => `/materials/${encodeURIComponent(id)}`,
  methodology: () => '/methodology',
} as const;
