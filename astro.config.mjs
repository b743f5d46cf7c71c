// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import react from '@astrojs/react';
import sitemap from '@astrojs/sitemap';
import { NOINDEX_PAGES, SITE_URL } from './src/config/site.mjs';
import { pagefindIntegration } from './src/integrations/pagefind.mjs';
import { kilderCheckIntegration } from './src/integrations/kilder-check.mjs';
import { movedStoryPaths } from './src/lib/content/moved-stories.mjs';

// `astro build` logs only warnings and errors: at «info» it lists each of the ~1,550 pages. `astro
// dev` keeps «info», so it still prints its address. The build log test (tests/build/build-log.test.ts)
// holds the build to no warnings.
const building = process.argv.includes('build');
// The story benchmark reads the per-page times, so it asks for «info» (ASTRO_LOG_LEVEL=info).
const level = process.env.ASTRO_LOG_LEVEL ?? (building ? 'warn' : 'info');
// Stories moved to «Korte eksempler»: their old addresses only send the reader on (noindex).
const moved = movedStoryPaths();

export default defineConfig({
  site: SITE_URL,
  output: 'static',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  logger: { entrypoint: 'astro/logger/node', config: { level } },
  vite: {
    environments: {
      client: {
        build: {
          rolldownOptions: {
            output: {
              // React and its JSX runtime in one chunk: every island loads both, and each file is
              // one more request with ~1 kB of headers (/sok/ had a 0.4 kB jsx-runtime file).
              codeSplitting: {
                groups: [{ name: 'react', test: /[\\/]node_modules[\\/]react[\\/]/ }],
              },
            },
          },
        },
      },
    },
    build: {
      // Inlined scripts would need CSP hashes; keep every asset a file.
      assetsInlineLimit: 0,
      rolldownOptions: {
        onwarn(warning, warn) {
          // Astro writes the directive "use astro:head-inject" into the module it makes for each
          // MDX entry's styles; the bundler warns once per file that it drops it. Astro finds
          // those modules by their __astroPropagation flag, not the directive, so nothing is lost.
          // Only this directive is filtered; every other warning still prints.
          if (
            warning.code === 'MODULE_LEVEL_DIRECTIVE' &&
            warning.message.includes('astro:head-inject')
          )
            return;
          warn(warning);
        },
      },
    },
  },
  integrations: [
    kilderCheckIntegration(),
    mdx(),
    react(),
    sitemap({
      // Wizard steps and results, the search results page, the reviewers' page and the old addresses
      // of moved stories are noindex by design.
      filter: (page) => {
        const path = new URL(page).pathname;
        return (
          path !== '/sok/' &&
          (!path.startsWith('/veiviser/') || path === '/veiviser/') &&
          (!path.startsWith('/nn/veiviser/') || path === '/nn/veiviser/') &&
          !NOINDEX_PAGES.includes(path) &&
          !moved.includes(path)
        );
      },
    }),
    // Search: dist/pagefind/ is built from the finished pages (src/integrations/pagefind.mjs).
    pagefindIntegration(),
  ],
});
