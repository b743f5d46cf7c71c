import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  citationProblems,
  extractSource,
  formatExtract,
  fullSource,
  parseLines,
  splitLines,
  unionRanges,
} from '../../../src/lib/content/cited-lines.mjs';
import { kilderProblems, readManifest, sha256 } from '../../../src/lib/content/kilder-files.mjs';

// Rules protected (issue 11, item 6): the repo stands alone with the reports in kilder/; the build
// stops when a committed report file has changed (SHA-256), and when a line range cited in content/
// lies outside the report, is missing from the extract, or holds only empty lines.
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));
const tmp = () => {
  const d = mkdtempSync(join(tmpdir(), 'ig-kilder-'));
  dirs.push(d);
  return d;
};

/** A tiny project: one report, one page citing `lines`, the report committed whole or as an extract. */
const REPORT = ['Første linje', '', 'Tredje linje', '   ', '', 'Sjette linje'].join('\n') + '\n';
function fixture(lines: string, form: 'hel' | 'utdrag' = 'hel', extractRanges = '') {
  const root = tmp();
  mkdirSync(join(root, 'content/regelverk'), { recursive: true });
  mkdirSync(join(root, 'kilder'));
  writeFileSync(
    join(root, 'content/kilder.yaml'),
    '- id: rapport-x\n  kind: rapport\n  title: En rapport\n  publisher: Noen\n  year: "2020"\n  file: 999_abc.txt\n  use: Bare for testen.\n'
  );
  writeFileSync(
    join(root, 'content/regelverk/side.mdx'),
    `---\ntitle: Side\nsources:\n  - kilde: rapport-x\n    passage: kap. 1\n    lines: ${lines}\n---\n\nTekst.\n`
  );
  const committed = form === 'hel' ? '999_abc.txt' : '999_abc.utdrag.txt';
  const text =
    form === 'hel'
      ? REPORT
      : formatExtract({
          file: '999_abc.txt',
          total: 6,
          sha256: sha256(REPORT),
          lines: splitLines(REPORT),
          ranges: parseLines(extractRanges),
        });
  writeFileSync(join(root, 'kilder', committed), text);
  const report = {
    file: '999_abc.txt',
    form,
    terms: 'Ingen.',
    termsLines: '',
    originalLines: 6,
    originalSha256: sha256(REPORT),
    committed,
    committedSha256: sha256(text),
  };
  writeFileSync(join(root, 'kilder/manifest.json'), JSON.stringify({ reports: [report] }));
  return root;
}

describe('the real kilder/ and content/', () => {
  it('pass: every committed file matches its SHA-256 and every cited range exists and has text', () => {
    expect(kilderProblems('.', 'content')).toEqual([]);
  });

  it('hold all five reports, each with its terms of reuse and form', () => {
    const { reports } = readManifest('.');
    expect(reports.map((r) => r.file.slice(0, 3))).toEqual(['000', '001', '002', '003', '004']);
    for (const r of reports) {
      expect(r.terms.length).toBeGreaterThan(10);
      expect(['hel', 'utdrag']).toContain(r.form);
    }
  });
});

describe('the hash check', () => {
  it('fails on a changed extract, naming the file', () => {
    const root = tmp();
    cpSync('kilder', join(root, 'kilder'), { recursive: true });
    cpSync('content', join(root, 'content'), { recursive: true });
    const file = join(root, 'kilder', readManifest('.').reports[0]!.committed);
    writeFileSync(file, readFileSync(file, 'utf8').replace('\t', '\tX'));
    const problems = kilderProblems(root, 'content');
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(
      /^kilder\/000_b87eac80d50e4c8e\.utdrag\.txt: SHA-256 .* filen er endret$/
    );
  });

  it('fails on a changed full copy, and on a missing file', () => {
    const root = fixture('L1');
    expect(kilderProblems(root, 'content')).toEqual([]);
    writeFileSync(join(root, 'kilder/999_abc.txt'), REPORT.replace('Første', 'Endret'));
    expect(kilderProblems(root, 'content')[0]).toMatch(/^kilder\/999_abc\.txt: SHA-256 .*endret$/);
    rmSync(join(root, 'kilder/999_abc.txt'));
    expect(kilderProblems(root, 'content')).toEqual(['kilder/999_abc.txt: filen mangler']);
  });
});

describe('the cited-line check', () => {
  it('passes a range with text, in a full copy and in an extract', () => {
    expect(kilderProblems(fixture('L1–3, L6'), 'content')).toEqual([]);
    expect(kilderProblems(fixture('L1–3, L6', 'utdrag', 'L1–3, L6'), 'content')).toEqual([]);
  });

  it('fails on a range outside the report', () => {
    expect(kilderProblems(fixture('L5–9'), 'content')).toEqual([
      'content/regelverk/side.mdx: rapport-x L5–9: 999_abc.txt har bare 6 linjer',
    ]);
    expect(kilderProblems(fixture('L7', 'utdrag', 'L6'), 'content')).toEqual([
      'content/regelverk/side.mdx: rapport-x L7: 999_abc.txt har bare 6 linjer',
    ]);
  });

  it('fails on a range of empty or blank lines', () => {
    expect(kilderProblems(fixture('L4–5'), 'content')).toEqual([
      'content/regelverk/side.mdx: rapport-x L4–5: linjene er tomme i 999_abc.txt',
    ]);
    expect(kilderProblems(fixture('L2', 'utdrag', 'L1–3'), 'content')).toEqual([
      'content/regelverk/side.mdx: rapport-x L2: linjene er tomme i 999_abc.txt',
    ]);
  });

  it('fails on a range the extract does not hold (extract not made again after a new citation)', () => {
    expect(kilderProblems(fixture('L1–3', 'utdrag', 'L1–2'), 'content')[0]).toMatch(
      /rapport-x L1–3: linje 3 mangler i utdraget av 999_abc\.txt/
    );
  });

  it('fails on a reversed range', () => {
    expect(kilderProblems(fixture('L3–1'), 'content')).toEqual([
      'content/regelverk/side.mdx: rapport-x L3–1: linjeområdet er ugyldig',
    ]);
  });

  it('also reads <SourceRef lines="…"> in a body and { kilde, lines } in data files', () => {
    const root = fixture('L1');
    writeFileSync(
      join(root, 'content/regelverk/side.mdx'),
      readFileSync(join(root, 'content/regelverk/side.mdx'), 'utf8') +
        '\n<SourceRef id="rapport-x" lines="L9" />\n'
    );
    writeFileSync(
      join(root, 'content/endringer.yaml'),
      '- id: e\n  sources:\n    - kilde: rapport-x\n      lines: L4\n'
    );
    expect(kilderProblems(root, 'content')).toEqual([
      'content/endringer.yaml: rapport-x L4: linjene er tomme i 999_abc.txt',
      'content/regelverk/side.mdx: rapport-x L9: 999_abc.txt har bare 6 linjer',
    ]);
  });
});

describe('a cited source that is not a report: the message names file, field and the fix (issue 21)', () => {
  const page = (root: string) => join(root, 'content/regelverk/side.mdx');
  const edit = (root: string, change: (text: string) => string) =>
    writeFileSync(page(root), change(readFileSync(page(root), 'utf8')));

  it('an unknown id with lines: says the id is unknown, not that lines are only for reports', () => {
    const root = fixture('L1');
    edit(root, (t) => t.replace('kilde: rapport-x', 'kilde: rapport-y'));
    expect(kilderProblems(root, 'content')).toEqual([
      'content/regelverk/side.mdx: sources.0: ukjent kilde «rapport-y»: finnes ikke i content/kilder.yaml. Skriv id-en slik den står der, eller legg kilden til i content/kilder.yaml.',
    ]);
  });

  it('lines on a law text, in the body and in a data file: names the line or the entry', () => {
    const root = fixture('L1');
    writeFileSync(
      join(root, 'content/kilder.yaml'),
      readFileSync(join(root, 'content/kilder.yaml'), 'utf8') +
        '- id: lov-x\n  kind: lovtekst\n  title: En lov\n'
    );
    edit(root, (t) => `${t}\nMer tekst <SourceRef id="lov-x" lines="L2" />.\n`);
    writeFileSync(
      join(root, 'content/endringer.yaml'),
      '- id: en-endring\n  sources:\n    - kilde: rapport-x\n      passage: s. 1\n    - kilde: lov-x\n      lines: L4\n'
    );
    const lawText = (at: string, lines: string) =>
      `${at}: kilden «lov-x» er en lovtekst, ikke en rapport: lines (${lines}) viser til linjer i rapportene i kilder/ og brukes bare for dem. Fjern lines, eller vis til en rapport.`;
    expect(kilderProblems(root, 'content')).toEqual([
      lawText('content/endringer.yaml: en-endring.sources.1', 'L4'),
      lawText('content/regelverk/side.mdx: <SourceRef> på linje 11', 'L2'),
    ]);
  });
});

describe('the extract format', () => {
  it('keeps every line byte for byte under its original number', () => {
    const lines = splitLines(REPORT);
    const source = extractSource(
      formatExtract({ file: 'x.txt', total: 6, sha256: 'h', lines, ranges: [[1, 4]] }),
      6
    );
    for (let n = 1; n <= 4; n++) expect(source.line(n)).toBe(lines[n - 1]);
    expect(source.has(5)).toBe(false);
    expect(fullSource(REPORT).total).toBe(6);
  });

  it('merges overlapping and touching ranges', () => {
    expect(
      unionRanges([
        [10, 12],
        [1, 3],
        [4, 5],
        [11, 20],
      ])
    ).toEqual([
      [1, 5],
      [10, 20],
    ]);
  });

  it('rejects a malformed reference instead of reading it as no lines', () => {
    expect(
      citationProblems({ where: 'f', kilde: 'k', lines: 'L12-' }, 'x.txt', fullSource(REPORT))[0]
    ).toMatch(/skal skrives/);
  });
});

describe('scripts/extract-cited.mjs', () => {
  it('writes the extract and hashes from the originals, and the check then passes', () => {
    const root = fixture('L1–3', 'utdrag', 'L1');
    writeFileSync(
      join(root, 'kilder/README.md'),
      '# K\n<!-- tabell: start (skrevet av scripts/extract-cited.mjs) -->\n<!-- tabell: slutt -->\n'
    );
    expect(kilderProblems(root, 'content')[0]).toMatch(/mangler i utdraget/);
    const originals = join(root, 'orig');
    mkdirSync(originals);
    writeFileSync(join(originals, '999_abc.txt'), REPORT);
    const run = spawnSync('node', [resolve('scripts/extract-cited.mjs'), originals], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(kilderProblems(root, 'content')).toEqual([]);
    expect(readFileSync(join(root, 'kilder/999_abc.utdrag.txt'), 'utf8')).toContain(
      '1\tFørste linje\n2\t\n3\tTredje linje\n'
    );
    expect(readFileSync(join(root, 'kilder/README.md'), 'utf8')).toContain(
      `| \`999_abc.txt\` | \`${sha256(REPORT)}\``
    );
  });

  it('refuses an original that is not the one in the manifest', () => {
    const root = fixture('L1', 'utdrag', 'L1');
    const originals = join(root, 'orig');
    mkdirSync(originals);
    writeFileSync(join(originals, '999_abc.txt'), REPORT.replace('Første', 'Annen'));
    const run = spawnSync('node', [resolve('scripts/extract-cited.mjs'), originals], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(run.status).not.toBe(0);
    expect(run.stderr).toContain('999_abc.txt: originalen har SHA-256');
  });
});
