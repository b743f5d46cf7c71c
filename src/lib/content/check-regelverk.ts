import { bodyRefProblems } from './body-refs';
import { checkFigures } from './check-figures-files';
import { staleWarnings } from './freshness';

interface Entry {
  id: string;
  filePath?: string;
  body?: string;
  data: { legalRefs: string[]; sources: { kilde: string }[]; lastReviewed: Date };
}

/** Run once per build from getStaticPaths: throws on broken references, warns on stale pages. */
export function checkRegelverk(entries: Entry[], today = new Date()): void {
  const problems = entries.flatMap((e) =>
    bodyRefProblems(e.filePath ?? e.id, e.body ?? '', e.data)
  );
  if (problems.length > 0) throw new Error(`Innholdsfeil i regelverk:\n${problems.join('\n')}`);
  // Figures by hand next to a measure's name (reads the files, so it reports lines as the editor shows them).
  checkFigures(entries.flatMap((e) => (e.filePath ? [e.filePath] : [])));
  for (const warning of staleWarnings(
    entries.map((e) => ({ file: e.filePath ?? e.id, lastReviewed: e.data.lastReviewed })),
    today
  )) {
    console.warn(`[innhold] ${warning}`);
  }
}
