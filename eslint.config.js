// @ts-check
import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

/** Import boundaries from STYLE.md: web → shared; api → shared, db; db → kysely, pg; shared → zod. */
const restrict = (patterns) => ({
  'no-restricted-imports': ['error', { patterns }],
});

const webFeatures = readdirSync(new URL('./apps/web/src/features', import.meta.url), {
  withFileTypes: true,
})
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

/** bulletproof-react: a feature never imports another feature; app/ composes them. */
const featureIsolation = webFeatures.map((feature) => ({
  files: [`apps/web/src/features/${feature}/**/*.{ts,tsx}`],
  rules: restrict([
    {
      group: webFeatures
        .filter((other) => other !== feature)
        .flatMap((other) => [
          `@/features/${other}`,
          `@/features/${other}/**`,
          `**/features/${other}/**`,
        ]),
      message: 'A feature never imports another feature; compose them in src/app.',
    },
    {
      group: ['@tracker/api', '@tracker/db', 'kysely', 'pg', 'hono', 'hono/*', 'node:*'],
      message: 'The web depends on @tracker/shared only.',
    },
  ]),
}));

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      '**/.tsbuild/**',
      'data/**',
      '**/*.d.ts',
      'tests/e2e/artifacts/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: { allowDefaultProject: ['vitest.config.ts'] },
        tsconfigRootDir: import.meta.dirname,
      },
      globals: { ...globals.node },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': [
        'error',
        { considerDefaultExhaustiveForUnions: true },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    // STYLE.md: migrations are frozen in time and take Kysely<any>, not today's Database type.
    files: ['db/src/migrations/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    files: ['packages/shared/**/*.ts'],
    rules: restrict([
      {
        group: ['@tracker/*', 'kysely', 'pg', 'hono', 'hono/*', 'react', 'react-dom'],
        message: 'shared depends on zod only.',
      },
    ]),
  },
  {
    files: ['db/**/*.ts'],
    rules: restrict([
      {
        group: ['@tracker/api', '@tracker/web', 'hono', 'hono/*', 'react'],
        message: 'db depends on nothing of ours but shared enums.',
      },
    ]),
  },
  {
    files: ['apps/api/src/**/*.ts'],
    rules: restrict([
      {
        group: ['@tracker/web', 'react', 'react-dom'],
        message: 'The API never imports the dashboard.',
      },
    ]),
  },
  {
    // Routes speak HTTP and call services; SQL lives in repositories.
    files: ['apps/api/src/**/*.routes.ts'],
    rules: restrict([
      {
        group: ['kysely', '@tracker/db', '**/*.repository', '**/*.repository.ts'],
        message: 'A route calls its service, never SQL.',
      },
    ]),
  },
  {
    // Repositories hold SQL and never speak HTTP.
    files: ['apps/api/src/**/*.repository.ts'],
    rules: restrict([
      { group: ['hono', 'hono/*', '@hono/*'], message: 'A repository never imports hono.' },
    ]),
  },
  {
    files: ['apps/web/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...restrict([
        {
          group: ['@tracker/api', '@tracker/db', 'kysely', 'pg', 'hono', 'hono/*', 'node:*'],
          message: 'The web depends on @tracker/shared only.',
        },
      ]),
    },
  },
  {
    // bulletproof-react: only a feature's api/ folder calls the network; no feature imports another.
    files: ['apps/web/src/features/*/**/*.{ts,tsx}'],
    ignores: ['apps/web/src/features/*/api/**'],
    rules: {
      'no-restricted-globals': [
        'error',
        { name: 'fetch', message: 'Only features/*/api/ calls the network.' },
      ],
    },
  },
  ...featureIsolation,
);
