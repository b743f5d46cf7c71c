import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';

// Issue 21: the README's map had drifted: the content table left out content/historier/ and
// content/tall.json, and «Arkitektur» named steps.ts as the wizard's questions. Every file and
// folder the README names must exist, and every entry in content/ must be in its table.
const readme = readFileSync('README.md', 'utf8');
const section = (title: string) => {
  const start = readme.indexOf(`## ${title}\n`);
  expect(start, `README has «## ${title}»`).toBeGreaterThanOrEqual(0);
  const end = readme.indexOf('\n## ', start + 1);
  return readme.slice(start, end < 0 ? undefined : end);
};

/** A token that names a file or folder: has a slash, or ends in a file extension. */
const isPath = (token: string) =>
  /^[\w.@-]+(\/[\w.@-]*)*$/.test(token) &&
  !/^\.\w+$/.test(token) && // «.astro og .tsx»: a kind of file, not a file
  (token.includes('/') || /\.(ts|tsx|mjs|js|astro|json|ya?ml|md|css)$/.test(token));

/** Every file under a folder, as paths. */
const filesUnder = (dir: string): string[] =>
  existsSync(dir)
    ? readdirSync(dir, { recursive: true, encoding: 'utf8' }).map((f) => join(dir, f))
    : [];
const roots = /^(content|src|tests|scripts|docs|tools|kilder|nginx|\.ci|public)\//;

/**
 * What a tree drawn in a code block names, as problems («… finnes ikke»). A line's leading tokens
 * are names (a folder ends in «/»), resolved against the folder above it at a smaller indent; a
 * line indented past the names (over 6 spaces) continues the description. In a description a file
 * name («questions.ts») must exist under the line's folder, and a path from the root must exist.
 * Returns the names too, so a test can see what was read.
 */
export function treeCheck(tree: string): { names: string[]; problems: string[] } {
  const folders: { indent: number; path: string }[] = [];
  const names: string[] = [];
  const problems: string[] = [];
  let context = '';
  for (const line of tree.split('\n')) {
    const indent = line.length - line.trimStart().length;
    if (!line.trim()) continue;
    const tokens = line
      .trim()
      .split(/[\s,;()«»]+/)
      .filter(Boolean);
    let described = tokens;
    if (indent <= 6) {
      const here: string[] = [];
      for (const token of tokens) {
        if (!isPath(token)) break;
        here.push(token);
      }
      described = tokens.slice(here.length);
      while (folders.length > 0 && folders[folders.length - 1]!.indent >= indent) folders.pop();
      const parent = folders[folders.length - 1]?.path ?? '';
      for (const name of here) names.push(join(parent, name));
      context = here.length === 1 ? join(parent, here[0]!) : parent;
      if (here.length === 1 && here[0]!.endsWith('/')) folders.push({ indent, path: context });
    }
    for (const raw of described) {
      const token = raw.replace(/[.:]$/, '');
      if (token.includes('/')) {
        if (roots.test(token) && !existsSync(token)) problems.push(`${token} finnes ikke`);
      } else if (/^[\w.-]+\.(ts|tsx|mjs|astro)$/.test(token)) {
        const folder = context.endsWith('/') ? context : dirname(context);
        if (!filesUnder(folder).some((f) => f.endsWith(`/${token}`)))
          problems.push(`${token} finnes ikke under ${folder}`);
      }
    }
  }
  for (const name of names) if (!existsSync(name)) problems.push(`${name} finnes ikke`);
  return { names, problems };
}

describe('README.md names the files as they are', () => {
  it('the tree check resolves names against their folders and fails on a missing file', () => {
    const { names, problems } = treeCheck(
      'src/\n  lib/\n    a.ts, b.ts  text (nope.ts)\n    wizard/   text\n                text (steps.ts)\n  c.ts'
    );
    expect(names).toEqual([
      'src/',
      'src/lib/',
      'src/lib/a.ts',
      'src/lib/b.ts',
      'src/lib/wizard/',
      'src/c.ts',
    ]);
    expect(problems).toEqual([
      'nope.ts finnes ikke under src/lib/',
      'src/lib/a.ts finnes ikke',
      'src/lib/b.ts finnes ikke',
      'src/c.ts finnes ikke',
    ]);
  });

  it('«Arkitektur»: every file and folder in the tree exists, and every file its descriptions name', () => {
    const tree = /```\n([\s\S]*?)```/.exec(section('Arkitektur'))?.[1] ?? '';
    const { names, problems } = treeCheck(tree);
    expect(names.length).toBeGreaterThan(30);
    expect(problems).toEqual([]);
  });

  it('every path in backticks and every local link exists', () => {
    const ticked = [...readme.matchAll(/`([^`\s]+)`/g)]
      .map((m) => m[1] as string)
      .filter((t) => roots.test(t))
      // A pattern names its folder: content/regelverk/*.mdx → content/regelverk/.
      .map((t) => (t.includes('*') ? dirname(t) : t));
    const links = [...readme.matchAll(/\]\(([^)#\s]+)[^)]*\)/g)]
      .map((m) => m[1] as string)
      .filter((l) => !/^[a-z]+:/.test(l));
    expect(ticked.length).toBeGreaterThan(20);
    expect([...ticked, ...links].filter((p) => !existsSync(p))).toEqual([]);
  });

  it('the content table lists every file and folder in content/, and links docs/veiviser.md', () => {
    const table = section('Slik legger dere til innhold');
    const named = [...table.matchAll(/^\| `content\/([^/`*]+)/gm)].map((m) => m[1]);
    expect(readdirSync('content').filter((name) => !named.includes(name))).toEqual([]);
    expect(table).toContain('(docs/veiviser.md)');
  });
});
