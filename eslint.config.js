// Lint rules: typescript-eslint's recommended set, the habits in STYLE.md (type-only
// imports), and the type-aware rules of recommendedTypeChecked that catch real bugs with
// promises and types: a promise nobody awaits (an un-awaited progress report or write), a
// promise where a callback's result is ignored, awaiting a non-promise, for-in over an
// array, string eval, delete on an array, rejecting with a non-Error. The rest of
// recommendedTypeChecked (no-unsafe-*, require-await, no-base-to-string on DuckDB values)
// is left off: mostly noise on DuckDB rows and Fastify's async handlers.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'var/**', 'coverage/**', 'api/client/schema.gen.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': 'off',
    },
  },
  {
    files: ['**/*.ts'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/await-thenable': 'error',
      '@typescript-eslint/no-for-in-array': 'error',
      '@typescript-eslint/no-implied-eval': 'error',
      '@typescript-eslint/no-array-delete': 'error',
      '@typescript-eslint/prefer-promise-reject-errors': 'error',
    },
  },
);
