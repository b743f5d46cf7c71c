import { join } from 'node:path';
import { bodyRefProblems } from './body-refs';
import { checkFigures } from './check-figures-files';
import { staleWarnings } from './freshness';
import { contentDir } from './known-ids';
import { rawFile, throwProblems } from './problems';

interface Entry {
  id: string;
  filePath?: string;
  body?: string;
  data: { legalRefs: string[]; sources: { kilde: string }[]; lastReviewed: Date };
}

/** Run once per build from getStaticPaths: throws on broken references, warns on stale pages. */
export function checkRegelverk(entries: Entry[], today = new Date()): void {
  const problems = entries.flatMap((e) =>
    bodyRefProblems(e.filePath ?? e.id, e.body ?? '', e.data, { raw: rawFile(e) })
  );
  throwProblems('Innholdsfeil i regelverk', problems);
  // Figures by hand next to a measure's name (reads the files, so it reports lines as the editor
  // shows them). The change log too: its entries show on the rule pages (<Changed>).
  checkFigures([
    ...entries.flatMap((e) => (e.filePath ? [e.filePath] : [])),
    join(contentDir, 'endringer.yaml'),
  ]);
  for (const warning of staleWarnings(
    entries.map((e) => ({ file: e.filePath ?? e.id, lastReviewed: e.data.lastReviewed })),
    today
  )) {
    console.warn(`[innhold] ${warning}`);
  }
}
