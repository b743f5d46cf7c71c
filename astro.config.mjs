// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import react from '@astrojs/react';
import sitemap from '@astrojs/sitemap';
import { SITE_URL } from './src/config/site.mjs';
import { pagefindIntegration } from './src/integrations/pagefind.mjs';

export default defineConfig({
  site: SITE_URL,
  output: 'static',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  // Inlined scripts would need CSP hashes; keep every asset a file.
  vite: { build: { assetsInlineLimit: 0 } },
  integrations: [
    mdx(),
    react(),
    sitemap({
      // Wizard steps and results are noindex by design.
      filter: (page) => !new URL(page).pathname.startsWith('/veiviser/') || new URL(page).pathname === '/veiviser/',
    }),
    // Search: dist/pagefind/ is built from the finished pages (src/integrations/pagefind.mjs).
    pagefindIntegration(),
  ],
});
