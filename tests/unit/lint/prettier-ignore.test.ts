import { execFileSync } from 'node:child_process';
import prettier from 'prettier';
import { describe, expect, it } from 'vitest';

// .prettierignore's folder names are anchored to the root (issue 19): an unanchored «content/» once
// made Prettier skip src/components/content/ and tests/build/ while `npm run lint` said all was formatted.
const ignored = async (file: string) =>
  (await prettier.getFileInfo(file, { ignorePath: '.prettierignore' })).ignored;

describe('.prettierignore', () => {
  it('skips the editors\u2019 content and the build output only at the root', async () => {
    expect(await ignored('content/regelverk/hovedreglene.mdx')).toBe(true);
    expect(await ignored('build/nginx/site.conf')).toBe(true);
    expect(await ignored('dist/index.html')).toBe(true);
    expect(await ignored('src/components/content/H2.astro')).toBe(false);
    expect(await ignored('src/lib/content/data.ts')).toBe(false);
    expect(await ignored('tests/unit/content/endringer.test.ts')).toBe(false);
    expect(await ignored('tests/build/anchors.test.ts')).toBe(false);
  });

  it('leaves no tracked code file under src/, tests/ or scripts/ unchecked except the listed fixtures', async () => {
    const files = execFileSync('git', ['ls-files', 'src', 'tests', 'scripts'], { encoding: 'utf8' })
      .split('\n')
      .filter((f) => /\.(ts|tsx|mjs|js|astro)$/.test(f));
    const skipped = [];
    for (const f of files) if (await ignored(f)) skipped.push(f);
    expect(skipped.filter((f) => !f.startsWith('tests/fixtures/'))).toEqual([]);
    expect(files.length).toBeGreaterThan(200);
  });
});
