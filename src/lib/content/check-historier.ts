import { facetKeys } from '../stories';
import { SHORT_EXAMPLES_SLUG } from '../urls';
import { bodyRefProblems } from './body-refs';
import { storyFigureProblems } from './check-story-figures';
import { staleWarnings } from './freshness';
import { rawFile, throwProblems } from './problems';

interface Entry {
  id: string;
  filePath?: string;
  body?: string;
  data: {
    title: string;
    summary: string;
    outcomes: { text: string; figure?: string; year?: string }[];
    sources: { kilde: string }[];
    changedRules: string[];
    lastReviewed: Date;
  };
}

const reservedSlugs: string[] = [...facetKeys, 'side', SHORT_EXAMPLES_SLUG];

const changedIdsInBody = (body: string) =>
  [...body.matchAll(/<Changed\s+id="([^"]+)"/g)].map((m) => m[1] as string);

/** Problems as «file: field: message»; empty when every story agrees with its frontmatter. */
export function historieProblems(entries: Entry[]): string[] {
  return entries.flatMap((e) => {
    const file = e.filePath ?? e.id;
    const body = e.body ?? '';
    // Stories cite reports, not paragraphs: a <LegalRef> has no list to go in, so it is reported.
    const raw = rawFile(e);
    const problems = bodyRefProblems(
      file,
      body,
      { legalRefs: [], sources: e.data.sources },
      { raw, story: true }
    );
    const inBody = new Set(changedIdsInBody(body));
    for (const id of inBody)
      if (!e.data.changedRules.includes(id))
        problems.push(
          `${file}: changedRules: <Changed id="${id}"> står i teksten, men mangler i changedRules i frontmatter. Legg «${id}» til i changedRules, eller rett id-en (id-ene står i content/endringer.yaml).`
        );
    for (const id of e.data.changedRules)
      if (!inBody.has(id))
        problems.push(
          `${file}: changedRules: «${id}» står i changedRules, men <Changed id="${id}" /> mangler i teksten`
        );
    // /suksesshistorier/<facet>/… are the filter pages and /suksesshistorier/side/… the list's pages.
    if (reservedSlugs.includes(e.id))
      problems.push(
        `${file}: filnavnet «${e.id}» er reservert for filtersidene, sidetallene og siden med korte eksempler; gi filen et annet navn`
      );
    // Every figure carries its year; read from disk so lines are the file's own (the body alone for an entry without a file).
    problems.push(...storyFigureProblems(file, raw, e.data));
    return problems;
  });
}

/**
 * A short example keeps its old story address (a page that sends the reader to its section), so no
 * story may have the same file name.
 */
export function shortExampleProblems(
  stories: readonly { id: string }[],
  examples: readonly { id: string; filePath?: string }[]
): string[] {
  const storyIds = new Set(stories.map((s) => s.id));
  return examples
    .filter((e) => storyIds.has(e.id))
    .map(
      (e) =>
        `${e.filePath ?? e.id}: «${e.id}» finnes også som historie i content/historier/; et kort eksempel bruker den gamle adressen til historien`
    );
}

/** Run once per build from getStaticPaths: throws on broken stories, warns on stale ones. */
export function checkHistorier(entries: Entry[], today = new Date()): void {
  const problems = historieProblems(entries);
  throwProblems('Innholdsfeil i historier', problems);
  for (const warning of staleWarnings(
    entries.map((e) => ({ file: e.filePath ?? e.id, lastReviewed: e.data.lastReviewed })),
    today
  )) {
    console.warn(`[innhold] ${warning}`);
  }
}
