// Builds the Pagefind index for an already built site: node scripts/pagefind-index.mjs [dist].
// `astro build` does this itself (src/integrations/pagefind.mjs); this is for a dist/ built without it.
import { buildSearchIndex } from '../src/integrations/pagefind.mjs';

await buildSearchIndex(process.argv[2] ?? 'dist');
