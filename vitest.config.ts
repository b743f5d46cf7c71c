import { defineConfig } from 'vitest/config';

// Two suites (docs/kvalitet.md, «Testsuiter»):
// - unit: pure tests, no build and no dist/ (npm run test:unit);
// - build: tests that read dist/ or build a copy of the project (npm run test:build, after a build).
// One file on its own: npx vitest run tests/unit/site/qr.test.ts (its suite is found from the path).
export default defineConfig({
  test: {
    environment: 'node',
    // Vitest's default is one worker fewer than the cores: one worker on the two-core machines.
    // Both suites are CPU-bound files that run well side by side (the build suite's two copies
    // build in parallel), so use every core.
    maxWorkers: '100%',
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          testTimeout: 30_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'build',
          include: ['tests/build/**/*.test.ts'],
          // Each astro build of a copy takes a minute or more on two shared cores.
          testTimeout: 300_000,
          hookTimeout: 300_000,
        },
      },
    ],
  },
});
