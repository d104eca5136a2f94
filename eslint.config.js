import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import globals from 'globals'

// Layer rules (STYLE.md 2.3): domain is pure; kysely only in adapters/db; web never imports the engine.
const ioModules = ['node:*', 'fs', 'path', 'os', 'child_process', 'pg', 'kysely', '@electric-sql/*', 'hono', 'hono/*']

export default tseslint.config(
  { ignores: ['**/node_modules/**', '**/dist/**', 'out/**', '.tmp/**', '.platformscope/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-non-null-assertion': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['packages/engine/src/domain/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ioModules, message: 'domain/ is pure: no IO, no SQL, no HTTP (STYLE.md 2.3).' }] },
      ],
      'no-restricted-globals': ['error', { name: 'process', message: 'domain/ takes its inputs as arguments.' }],
      'no-restricted-properties': ['error', { object: 'Date', property: 'now', message: 'take a Clock' }],
      'no-console': 'error',
    },
  },
  {
    files: ['packages/engine/src/app/**/*.ts', 'packages/engine/src/cli/**/*.ts', 'packages/engine/src/http/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['kysely', 'pg', '@electric-sql/*'], message: 'SQL lives in adapters/db.' }] },
      ],
    },
  },
  {
    files: ['packages/web/**/*.{ts,tsx}'],
    ignores: ['**/*.test.ts'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['@platformscope/engine', '@platformscope/engine/*', 'node:*'], message: 'web imports only @platformscope/contract.' }] },
      ],
    },
  },
  {
    files: ['**/*.test.ts', '**/test/**/*.ts', 'bench/**/*.ts'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
)
