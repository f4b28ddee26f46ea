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
  initiativeEdit: (slug: string) => `/initiatives/${encodeURIComponent(slug)}/edit`,
  initiativeHistory: (slug: string) => `/initiatives/${encodeURIComponent(slug)}/history`,
  /** `next`: where to return after signing in (a path on this site). */
  signIn: (next?: string) =>
    next && next !== '/sign-in' ? `/sign-in?next=${encodeURIComponent(next)}` : '/sign-in',
  admin: () => '/admin',
  adminInitiatives: () => '/admin/initiatives',
  initiativeNew: () => '/admin/initiatives/new',
  adminImport: () => '/admin/import',
  adminAudit: () => '/admin/audit',
  adminUsers: () => '/admin/users',
  /** Where a signed-in user changes their own password (linked from the user menu). */
  accountPassword: () => '/account/password',
} as const;
