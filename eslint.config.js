// ESLint (flat config): `npm run lint` runs it with Prettier's check. Any rule switched off is
// listed with its reason in docs/kvalitet.md («Avslåtte kontroller»).
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import reactHooks from 'eslint-plugin-react-hooks';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  globalIgnores([
    'dist/',
    'build/',
    '.astro/',
    'content/',
    'test-results/',
    'playwright-report/',
    'tools/*/node_modules/',
    // Deliberate rule violations, linted on purpose by tests/unit/lint/fixtures.test.ts.
    'tests/fixtures/lint/',
  ]),
  js.configs.recommended,
  tseslint.configs.recommended,
  astro.configs['flat/recommended'],
  {
    files: ['**/*.{ts,tsx}'],
    ...reactHooks.configs.flat.recommended,
  },
  // Scripts, configs and tests run in Node; src/ runs in the browser too (islands, copy-link).
  { languageOptions: { globals: { ...globals.node } } },
  { files: ['src/**'], languageOptions: { globals: { ...globals.browser } } },
  // Their page.evaluate and waitForFunction callbacks run in Chromium.
  {
    files: ['scripts/bench-wizard-height.mjs', 'scripts/search-quality.mjs'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    rules: {
      // `_name` marks a parameter or binding that is there on purpose but unused.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
      ],
    },
  }
);
