import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

export default tseslint.config(
  // The build bundles its config into a passing `<config>.<time>.mjs` beside it: `npm test` lints
  // while it builds, and a file that is gone before ESLint reads it fails the lint.
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', '.notes/**', '*.config.ts.*.mjs'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2024, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-imports': ['error', { paths: [{ name: 'electron', message: 'Only main/shell may import electron.' }] }],
    },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { module: 'writable', require: 'readonly' } },
  },
  {
    files: ['main/shell/**/*.ts', 'preload/**/*.ts', 'e2e/electron/**/*.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['renderer/src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // The renderer reaches the backend only through window.kuva.
      'no-restricted-globals': ['error', { name: 'fetch', message: 'Use window.kuva.' }, { name: 'XMLHttpRequest', message: 'Use window.kuva.' }, { name: 'WebSocket', message: 'Use window.kuva.' }, { name: 'EventSource', message: 'Use window.kuva.' }],
    },
  },
  {
    files: ['renderer/src/bridge/**/*.ts'],
    rules: { 'no-restricted-globals': 'off' },
  },
);
