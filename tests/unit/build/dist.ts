// Build tests now live in tests/build/ and import tests/support/dist.ts. This re-export keeps tests
// written under tests/unit/build/ (still run by the build suite, vitest.config.ts) working until moved.
export * from '../../support/dist';
