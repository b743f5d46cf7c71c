// Every content check the build stops on, in one pass over content/ on disk and in seconds,
// without building: the schemas (as src/content.config.ts), the components in the text (ids,
// headings), the references against the frontmatter, the stories, the hand-written figures, the
// cited lines in kilder/ and the wizard's ids. `npm run check:content` runs it
// (tests/unit/content/content-check.test.ts). Dev shows only some of these (README, «Skrive innhold»).
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { load } from 'js-yaml';
import type { z } from 'zod';
import { stillAppliesIds } from '../still-applies';
import { figures } from '../figures';
import { bodyRefProblems } from './body-refs';
import { historieProblems } from './check-historier';
import { figureCheckedFiles, figureProblemsInFiles } from './check-figures-files';
import { collectionSchemas, contentIds } from './collection-schemas';
import { staleWarnings } from './freshness';
import { kilderProblems } from './kilder-files.mjs';
import { contentDir } from './known-ids';
import { sokesporsmalEntry } from '../../schemas/sokesporsmal';

type Schema = z.ZodType;
interface Entry {
  id: string;
  filePath: string;
  body: string;
  raw: string;
  data: Record<string, unknown>;
}

const issueLines = (where: string, error: z.ZodError) =>
  error.issues.map(
    (i) => `${where}: ${i.path.length > 0 ? `${i.path.join('.')}: ` : ''}${i.message}`
  );

/** The MDX files of a collection, each parsed by its schema; a file that fails adds its issues. */
function mdxEntries(dir: string, folder: string, schema: Schema, problems: string[]): Entry[] {
  return readdirSync(join(dir, folder))
    .filter((f) => f.endsWith('.mdx'))
    .sort()
    .flatMap((f) => {
      const filePath = join(dir, folder, f);
      const raw = readFileSync(filePath, 'utf8');
      const m = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(raw);
      if (!m) {
        problems.push(`${filePath}: frontmatter mangler: filen skal begynne med «---»`);
        return [];
      }
      let yaml: unknown;
      try {
        yaml = load(m[1] ?? '');
      } catch (error) {
        problems.push(`${filePath}: frontmatter er ikke gyldig YAML: ${(error as Error).message}`);
        return [];
      }
      const parsed = schema.safeParse(yaml);
      if (!parsed.success) {
        problems.push(...issueLines(filePath, parsed.error));
        return [];
      }
      const data = parsed.data as Record<string, unknown>;
      return [{ id: f.slice(0, -'.mdx'.length), filePath, body: m[2] ?? '', raw, data }];
    });
}

/** A data file (YAML or JSON list), each entry parsed by its schema and named by its id. */
function dataProblems(dir: string, file: string, schema: Schema): string[] {
  const path = join(dir, file);
  let list: unknown;
  try {
    list = load(readFileSync(path, 'utf8'), { filename: path });
  } catch (error) {
    return [`${path}: kan ikke lese filen: ${(error as Error).message}`];
  }
  if (!Array.isArray(list)) return [`${path}: skal være en liste`];
  return list.flatMap((entry: unknown, i) => {
    const parsed = schema.safeParse(entry);
    const id = (entry as { id?: unknown })?.id;
    return parsed.success
      ? []
      : issueLines(`${path}: ${String(id ?? `nr. ${i + 1}`)}`, parsed.error);
  });
}

/**
 * What the components in a text name, checked as the pages check it when they render: ids that
 * exist, a change shown with the component for its kind, and heading ids the pages accept.
 */
export function componentProblems(
  file: string,
  raw: string,
  known: ReturnType<typeof contentIds> & { endringKinds: ReadonlyMap<string, string> }
): string[] {
  const problems: string[] = [];
  const lineAt = (index: number) => raw.slice(0, index).split('\n').length;
  const each = (pattern: RegExp, check: (m: RegExpMatchArray) => string | undefined) => {
    for (const m of raw.matchAll(pattern)) {
      const problem = check(m);
      if (problem) problems.push(`${file}: linje ${lineAt(m.index ?? 0)}: ${problem}`);
    }
  };
  const figureIds = new Set(figures.map((f) => f.id));
  each(/<LegalRef\b[^>]*\bid="([^"]+)"/g, ([, id]) =>
    known.legalRefIds.has(id!)
      ? undefined
      : `ukjent lovhenvisning «${id}»: finnes ikke i content/lovhenvisninger.yaml`
  );
  each(/<SourceRef\b[^>]*\bid="([^"]+)"/g, ([, id]) =>
    known.kildeIds.has(id!) ? undefined : `ukjent kilde «${id}»: finnes ikke i content/kilder.yaml`
  );
  each(/<Figure\b[^>]*\bid="([^"]+)"/g, ([, id]) =>
    figureIds.has(id!) ? undefined : `ukjent tall «${id}»: finnes ikke i content/tall.json`
  );
  each(/<(Changed|Rettet)\b[^>]*\bid="([^"]+)"/g, ([, tag, id]) => {
    const kind = known.endringKinds.get(id!);
    if (!kind) return `ukjent endring «${id}»: finnes ikke i content/endringer.yaml`;
    if (tag === 'Changed' && kind === 'rettelse')
      return `<Changed id="${id}"> er en rettelse: vis den med <Rettet id="${id}" />`;
    if (tag === 'Rettet' && kind !== 'rettelse')
      return `<Rettet id="${id}"> er en regelendring: vis den med <Changed id="${id}" />`;
    return undefined;
  });
  each(/<StillApplies\b[^>]*\bitems=\{\[([^\]]*)\]\}/g, ([, items]) => {
    const unknown = [...(items ?? '').matchAll(/['"]([^'"]+)['"]/g)]
      .map((x) => x[1] as string)
      .filter((id) => !(stillAppliesIds as string[]).includes(id));
    return unknown.length > 0
      ? `<StillApplies>: ukjent punkt ${unknown.map((id) => `«${id}»`).join(', ')}; punktene står i src/lib/still-applies.ts`
      : undefined;
  });
  each(/<H[23]\s+id="([^"]*)"/g, ([, id]) =>
    /^[a-z0-9-]+$/.test(id!)
      ? undefined
      : `overskrift-id «${id}» skal være små ASCII-bokstaver, tall og bindestrek`
  );
  return problems;
}

/**
 * Every problem the build would stop on, as «file: (linje N:) field: what to do» lines, and the
 * build's warnings (content not reviewed for 12 months). `root` is the project, `dir` its content.
 */
export function contentProblems(
  root = '.',
  dir = join(root, contentDir),
  today = new Date()
): { problems: string[]; warnings: string[] } {
  const schemas = collectionSchemas(dir);
  const problems: string[] = [];
  const rules = mdxEntries(dir, 'regelverk', schemas.regelverk, problems);
  const pages = mdxEntries(dir, 'sider', schemas.sider, problems);
  const stories = mdxEntries(dir, 'historier', schemas.historier, problems);
  // The short examples are held to the stories' rules (ShortExamplesPage.astro checks them in the build).
  const examples = mdxEntries(dir, 'historier/korte-eksempler', schemas.korteEksempler, problems);
  for (const [file, schema] of [
    ['lovhenvisninger.yaml', schemas.lovhenvisninger],
    ['kilder.yaml', schemas.kilder],
    ['endringer.yaml', schemas.endringer],
    ['tall.json', schemas.tall],
    ['ordliste.yaml', schemas.ordliste],
    // Whether each `anker` is a heading on its page, the build checks (search-questions.mjs).
    ['sokesporsmal.yaml', sokesporsmalEntry],
  ] as const)
    problems.push(...dataProblems(dir, file, schema));

  const changes = load(readFileSync(join(dir, 'endringer.yaml'), 'utf8')) as {
    id: string;
    kind: string;
  }[];
  const known = {
    ...contentIds(dir),
    endringKinds: new Map(changes.map((c) => [c.id, c.kind])),
  };
  const data = (e: Entry) =>
    e.data as { legalRefs: string[]; sources: { kilde: string }[]; lastReviewed: Date };
  for (const e of [...rules, ...pages])
    problems.push(...bodyRefProblems(e.filePath, e.body, data(e), { raw: e.raw }));
  problems.push(
    ...historieProblems(
      [...stories, ...examples].map((e) => ({
        ...e,
        data: e.data as Parameters<typeof historieProblems>[0][number]['data'],
      }))
    )
  );
  for (const e of [...rules, ...pages, ...stories, ...examples])
    problems.push(...componentProblems(e.filePath, e.raw, known));
  problems.push(...figureProblemsInFiles(figureCheckedFiles(dir), dir));
  problems.push(...kilderProblems(root, relative(root, dir)));

  const warnings = staleWarnings(
    [...rules, ...pages, ...stories, ...examples].map((e) => ({
      file: e.filePath,
      lastReviewed: data(e).lastReviewed,
    })),
    today
  );
  return { problems: [...new Set(problems)], warnings };
}
