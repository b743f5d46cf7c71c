// Stops `astro build` when a file in kilder/ has changed (SHA-256) or a line range cited in content/
// does not exist or is empty (src/lib/content/kilder-files.mjs).
import { kilderProblems } from '../lib/content/kilder-files.mjs';

export function kilderCheckIntegration() {
  return {
    name: 'inkluderingsguiden:kilder',
    hooks: {
      // At the start of `astro build`, before any page is rendered; dev and sync are left alone.
      'astro:config:setup': ({ command, logger }) => {
        if (command !== 'build') return;
        const problems = kilderProblems();
        if (problems.length > 0)
          throw new Error(`Kildene i kilder/ stemmer ikke:\n${problems.join('\n')}`);
        logger.info('kilder/: SHA-256 og alle linjehenvisninger i content/ er i orden');
      },
    },
  };
}
