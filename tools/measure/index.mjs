// The measuring tools, resolved from this folder's own node_modules (scripts/lib/tools.mjs installs
// it). Imported by scripts/lighthouse.mjs and scripts/load-test.mjs.
export { default as autocannon } from 'autocannon';
export * as chromeLauncher from 'chrome-launcher';
export { default as lighthouse } from 'lighthouse';
