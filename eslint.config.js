// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

const restrict = (/** @type {object[]} */ patterns) => ({
  'no-restricted-imports': ['error', { patterns }],
});

/** Architecture: shared/ stands alone; the client never reaches into the server. */
const banned = (/** @type {string[]} */ folders) =>
  folders.map((folder) => ({
    group: [`**/${folder}/**`, `**/${folder}`],
    message: `This layer must not import from ${folder}/.`,
  }));
const forbid = (/** @type {string[]} */ folders) => restrict(banned(folders));

/** A pattern for relative imports (at any depth) of the given sibling folders or files. */
const folderPattern = (
  /** @type {string[]} */ folders,
  /** @type {string} */ message,
  except = '',
) => ({ regex: `^(\\.\\./)+(${folders.join('|')})(/${except}|\\.js$|$)`, message });

/** The server's layers, bottom up: store < plan, auth, audit, … < collab < http < app. */
const SERVER_ABOVE_STORE = [
  'admin',
  'audit',
  'auth',
  'collab',
  'export',
  'http',
  'import',
  'indicators',
  'ops',
  'plan',
  'seed',
  'threads',
  'versions',
  'app',
  'index',
  'config',
];
/** The client's feature folders; the core ones (api, i18n, router, collab, drafts) sit below. */
const CLIENT_FEATURES = [
  'editor',
  'review',
  'workflow',
  'indicators',
  'plan',
  'layout',
  'versions',
  'wordImport',
  'reader',
];

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'data/**', 'bench/results/**', 'test-results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.node },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
    },
  },
  { files: ['**/*.js', '**/*.mjs'], ...tseslint.configs.disableTypeChecked },
  { files: ['shared/**'], rules: forbid(['client', 'server']) },
  {
    files: ['server/store/**', 'server/workers/**'],
    rules: restrict([folderPattern(SERVER_ABOVE_STORE, 'The store imports nothing above it.')]),
  },
  {
    files: ['server/**'],
    ignores: [
      'server/app.ts',
      'server/index.ts',
      'server/http/**',
      'server/store/**',
      'server/workers/**',
    ],
    rules: restrict([
      folderPattern(
        ['http', 'app', 'index'],
        'Only the app wires HTTP in; nothing below imports it.',
      ),
    ]),
  },
  {
    files: ['client/**'],
    languageOptions: { globals: { ...globals.browser } },
    rules: forbid(['server']),
  },
  {
    // After client/**: one rule setting per file, so this one repeats the server ban.
    files: ['client/src/{api,i18n,router,collab,drafts}/**'],
    rules: restrict([
      ...banned(['server']),
      // A feature's message catalogue and the plan's view types are what the core may read of it.
      folderPattern(
        CLIENT_FEATURES,
        'Core client folders do not import feature folders.',
        '(?!messages/|types\\.js$)',
      ),
    ]),
  },
);
