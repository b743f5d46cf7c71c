// The error a content check throws from a page's getStaticPaths: every problem on its own line
// («file: linje N: what is wrong, and how to fix it»), and a location in the first problem's file.
// Without one, Astro showed the place it called getStaticPaths from, inside node_modules/astro
// (issue 21); with it, the build log and the dev overlay point at the content file and line.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** The file and line a problem line names («content/x.mdx: linje 12: …»; line 1 when it has none). */
export function problemLocation(problem: string): { file: string; line: number } | undefined {
  const m = /^(\S+?\.(?:mdx?|ya?ml|json)): (?:linje (\d+): )?/.exec(problem);
  return m ? { file: m[1] as string, line: Number(m[2] ?? 1) } : undefined;
}

export class ContentError extends Error {
  loc?: { file: string; line: number; column: number };
  constructor(title: string, problems: string[]) {
    super(`${title}:\n${problems.join('\n')}`);
    this.name = 'ContentError';
    const at = problems.map(problemLocation).find((l) => l && existsSync(l.file));
    if (at) this.loc = { file: resolve(at.file), line: at.line, column: 1 };
  }
}

/** Throws a ContentError when there are problems. */
export function throwProblems(title: string, problems: string[]): void {
  if (problems.length > 0) throw new ContentError(title, problems);
}

/** The whole file an entry was read from, for line numbers (its body when there is none). */
export const rawFile = (e: { filePath?: string; body?: string }) =>
  e.filePath && existsSync(e.filePath) ? readFileSync(e.filePath, 'utf8') : (e.body ?? '');
