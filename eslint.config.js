// ESLint flat config. Besides the usual TypeScript and React-hooks rules, it enforces the import
// direction between folders with the built-in `no-restricted-imports`:
//
//   src/template/**        the official format as data: imports nothing from report/features/app,
//                          and nothing from react, react-dom or docx
//   src/report/**          may import template; not features or app; no react
//   src/ui/**              React pieces shared by features (live checks, dialogs, downloads):
//                          no features, no app
//   src/features/<name>/** never imports another feature, nor app
//   src/app/**             composes the features
//   src/test-support/**    helpers of tests and scripts (render, sample reports, .docx reader):
//                          no production file imports them
//   *.test.ts(x)           may import anything
//
// The patterns are regular expressions on the import string, so they catch relative imports
// (`../report/x`, `../../features/grid/y`, `../grid/z` from a sibling feature) as well as
// `src/...` paths. Each file gets exactly one of the blocks below: in flat config a later block
// replaces a rule's options rather than merging them.
import fs from 'node:fs';
import js from '@eslint/js';
import * as espree from 'espree';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';
import { defineConfig, globalIgnores } from 'eslint/config';

// Every folder of src/features is a feature, read from the disk (beside this file, wherever eslint
// is started from), so a new feature is fenced in from its first file and no list goes stale.
const FEATURES = fs
  .readdirSync(new URL('./src/features', import.meta.url), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name);

const esc = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** An import of top-level folder(s) of src/ (e.g. `report`), relative (`../report`, `../../report/x`) or via `src/`. */
const srcFolder = (names, message) => {
  const alt = names.map(esc).join('|');
  return [{ regex: `^(\\.\\./)+(${alt})(/|$)|(^|/)src/(${alt})(/|$)`, message }];
};

/** An import of a package or any of its subpaths (`react`, `react-dom/client`, `docx`). */
const pkg = (names, message) => [{ regex: `^(${names.map(esc).join('|')})(/.*)?$`, message }];

/** An import of another feature: `../grid`, `../../grid/x`, `../features/grid`, `src/features/grid/x`. */
const otherFeatures = (self) => {
  const others = FEATURES.filter((f) => f !== self);
  if (others.length === 0) return [];
  const alt = others.map(esc).join('|');
  const message = `A feature never imports another feature; move shared code to src/ui, src/report or src/template.`;
  return [{ regex: `^(\\.\\./)+(features/)?(${alt})(/|$)|(^|/)features/(${alt})(/|$)`, message }];
};

/** Production code never ships the helpers of tests. */
const testSupport = [
  {
    regex: `^(\\.\\./)+test-support(/|$)|(^|/)src/test-support(/|$)`,
    message: 'src/test-support holds helpers of tests and scripts; production code does not import them.',
  },
];

const restrict = (patterns) => ({ 'no-restricted-imports': ['error', { patterns }] });

export default defineConfig([
  globalIgnores([
    'dist/',
    'dist-e2e-*/',
    'dev-dist/',
    'node_modules/',
    'playwright-report/',
    'test-results/',
    'coverage/',
    'out/',
  ]),

  {
    files: ['**/*.{js,mjs,cjs,ts,tsx}'],
    extends: [js.configs.recommended, tseslint.configs.recommended],
    languageOptions: {
      ecmaVersion: 2023,
      globals: { ...globals.browser },
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },

  {
    files: ['src/**/*.{ts,tsx}'],
    extends: [reactHooks.configs.flat.recommended],
    // The app runs on Chrome 109 (BROWSER_TARGETS in vite.config.ts). The build lowers syntax but
    // adds no polyfills, and the TypeScript lib (ES2023) allows these newer methods.
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: 'CallExpression[callee.property.name=/^(toSorted|toReversed|toSpliced|with)$/]',
          message: 'Not in Chrome 109 (BROWSER_TARGETS): copy and sort, or use a loop.',
        },
        {
          selector:
            "CallExpression[callee.object.name=/^(Object|Map)$/][callee.property.name='groupBy'], CallExpression[callee.object.name='Promise'][callee.property.name=/^(withResolvers|try)$/], CallExpression[callee.object.name='Array'][callee.property.name='fromAsync']",
          message: 'Not in Chrome 109 (BROWSER_TARGETS).',
        },
      ],
    },
  },

  // public/boot-check.js must run where the app cannot: old IE included. Parsing it as ES5 makes
  // any later syntax (let, arrows, a trailing comma in a call) a lint error.
  {
    files: ['public/**/*.js'],
    languageOptions: { parser: espree, ecmaVersion: 5, sourceType: 'script' },
    rules: { '@typescript-eslint/no-unused-vars': ['error', { caughtErrors: 'none' }] },
  },

  // Node-side files: configs, scripts, e2e.
  {
    files: ['*.{js,mjs,cjs,ts}', 'scripts/**/*.{js,mjs,ts}', 'e2e/**/*.ts'],
    languageOptions: { globals: { ...globals.node } },
  },

  // ---- import direction ----
  {
    files: ['src/template/**/*.{ts,tsx}'],
    rules: restrict([
      ...srcFolder(
        ['report', 'features', 'app', 'test-support'],
        'src/template is the official format as data: it imports nothing from report, features or app.',
      ),
      ...pkg(['react', 'react-dom', 'docx'], 'src/template is plain data: no react, react-dom or docx.'),
    ]),
  },
  {
    files: ['src/report/**/*.{ts,tsx}'],
    rules: restrict([
      ...srcFolder(['features', 'app'], 'src/report may import src/template, but not features or app.'),
      ...testSupport,
      ...pkg(['react', 'react-dom'], 'src/report is the model and storage: no react.'),
    ]),
  },
  {
    files: ['src/ui/**/*.{ts,tsx}'],
    rules: restrict([
      ...srcFolder(
        ['features', 'app'],
        'src/ui is shared by the features: it imports none of them, nor app.',
      ),
      ...testSupport,
    ]),
  },
  ...FEATURES.map((name) => ({
    files: [`src/features/${name}/**/*.{ts,tsx}`],
    rules: restrict([
      ...otherFeatures(name),
      ...srcFolder(['app'], 'A feature never imports src/app; the app shell composes the features.'),
      ...testSupport,
    ]),
  })),
  {
    files: ['src/app/**/*.{ts,tsx}', 'src/main.tsx'],
    rules: restrict(testSupport),
  },

  // Tests, and the helpers they share, may import anything.
  {
    files: ['**/*.test.{ts,tsx}', '**/*.spec.{ts,tsx}', 'src/test-support/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': 'off' },
  },
]);
