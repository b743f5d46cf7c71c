// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import react from '@astrojs/react';
import sitemap from '@astrojs/sitemap';
import { NOINDEX_PAGES, SITE_URL } from './src/config/site.mjs';
import { pagefindIntegration } from './src/integrations/pagefind.mjs';
import { kilderCheckIntegration } from './src/integrations/kilder-check.mjs';

export default defineConfig({
  site: SITE_URL,
  output: 'static',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  // Inlined scripts would need CSP hashes; keep every asset a file.
  vite: { build: { assetsInlineLimit: 0 } },
  integrations: [
    kilderCheckIntegration(),
    mdx(),
    react(),
    sitemap({
      // Wizard steps and results, the search results page and the reviewers' page are noindex by design.
      filter: (page) => {
        const path = new URL(page).pathname;
        return path !== '/sok/' && (!path.startsWith('/veiviser/') || path === '/veiviser/') && !NOINDEX_PAGES.includes(path);
      },
    }),
    // Search: dist/pagefind/ is built from the finished pages (src/integrations/pagefind.mjs).
    pagefindIntegration(),
  ],
});
