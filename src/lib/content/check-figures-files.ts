// Runs the figure check over files on disk (build and tests); the check itself is pure (check-figures.ts).
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { load as loadYaml } from 'js-yaml';
import { figureProblems } from './check-figures';
import { contentDir } from './known-ids';
import { throwProblems } from './problems';

/** Legal reference id → paragraph («sal-7» → «§ 7») from content/lovhenvisninger.yaml. */
export function paragraphsIn(dir = contentDir): Map<string, string> {
  const refs = loadYaml(readFileSync(join(dir, 'lovhenvisninger.yaml'), 'utf8')) as {
    id: string;
    paragraph: string;
  }[];
  return new Map(refs.map((r) => [r.id, r.paragraph]));
}

/** The YAML files whose texts the check covers: the ordliste and the change log (endringslogg). */
export const figureCheckedYaml = (dir = contentDir) => [
  join(dir, 'ordliste.yaml'),
  join(dir, 'endringer.yaml'),
];

/** The files the check covers: rule pages, other pages, the ordliste and the change log (stories have their own check). */
export function figureCheckedFiles(dir = contentDir): string[] {
  const mdx = (folder: string) =>
    readdirSync(join(dir, folder))
      .filter((f) => f.endsWith('.mdx'))
      .sort()
      .map((f) => join(dir, folder, f));
  return [...mdx('regelverk'), ...mdx('sider'), ...figureCheckedYaml(dir)];
}

export function figureProblemsInFiles(files: string[], dir = contentDir): string[] {
  const paragraphs = paragraphsIn(dir);
  return files.flatMap((file) => figureProblems(file, readFileSync(file, 'utf8'), paragraphs));
}

/** Run from the build (rule pages, pages, ordliste): throws naming file and line. */
export function checkFigures(files: string[]): void {
  const problems = figureProblemsInFiles(files);
  throwProblems('Tall skrevet for hånd (se docs/innhold.md, «Tall»)', problems);
}
