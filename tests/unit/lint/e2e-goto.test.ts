import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// Every navigation in tests/e2e/ goes through goto() from tests/support/goto.ts, which fails on
// any HTTP status but the one expected (issue 21: with every page a 403, 23 browser tests passed).
// A raw page.goto( in a spec or helper there fails this test with its file and line.
const dir = 'tests/e2e';
const files = (folder: string): string[] =>
  readdirSync(folder, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? files(join(folder, e.name))
      : /\.[cm]?[jt]sx?$/.test(e.name)
        ? [join(folder, e.name)]
        : []
  );

/** «file:line: text» for each raw .goto( call in the text. */
export function rawGotos(file: string, text: string): string[] {
  return text
    .split('\n')
    .flatMap((line, i) => (/\.goto\s*\(/.test(line) ? [`${file}:${i + 1}: ${line.trim()}`] : []));
}

describe('navigation in tests/e2e/', () => {
  it('finds a raw page.goto( (the check can fail)', () => {
    expect(rawGotos('x.spec.ts', "  await page.goto('/');\n  await other.goto (url);")).toEqual([
      "x.spec.ts:1: await page.goto('/');",
      'x.spec.ts:2: await other.goto (url);',
    ]);
    expect(rawGotos('x.spec.ts', "  await goto(page, '/', { status: 404 });")).toEqual([]);
  });

  it('every navigation uses goto() from tests/support/goto.ts, never page.goto', () => {
    const all = files(dir);
    expect(all.length).toBeGreaterThan(10);
    expect(all.flatMap((f) => rawGotos(f, readFileSync(f, 'utf8')))).toEqual([]);
    // And the helper is what they use.
    expect(
      all.filter((f) => /\bgoto\((page|other),/.test(readFileSync(f, 'utf8'))).length
    ).toBeGreaterThan(10);
  });
});
