// Lint: rules that catch real problems, not formatting (tsc checks the types, `astro check` the
// .astro pages). `npm run check` runs it; `npm test` runs the check first.
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';
import noSpreadArguments from './eslint-rules/no-spread-arguments.js';

export default defineConfig(
  { ignores: ['dist/', 'node_modules/', '.astro/', 'reports/', 'out/'] },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    plugins: { local: { rules: { 'no-spread-arguments': noSpreadArguments } } },
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      'local/no-spread-arguments': 'error',
      // A promise nobody awaits loses its error and its ordering.
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/await-thenable': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': ['error', { considerDefaultExhaustiveForUnions: true }],
      '@typescript-eslint/only-throw-error': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_', caughtErrors: 'none' }],
      // Chinese text (and comments quoting it) uses the ideographic space U+3000 on purpose; in code it is a typo.
      'no-irregular-whitespace': ['error', { skipStrings: true, skipTemplates: true, skipRegExps: true, skipComments: true }],
      // Ledger lines are printed with two spaces between fields; a regex that matches them reads best as written.
      'no-regex-spaces': 'off',
      eqeqeq: ['error', 'smart'],
    },
  },
  {
    // Plain JavaScript (configs, scripts) is outside the TypeScript project: no type-aware rules.
    files: ['**/*.js', '**/*.mjs'],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
  },
);
