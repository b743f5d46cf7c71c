import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkRegelverk } from '../../../src/lib/content/check-regelverk';
import { contentIds } from '../../../src/lib/content/collection-schemas';
import { ContentError, problemLocation } from '../../../src/lib/content/problems';
import { endringSchema } from '../../../src/schemas/endring';
import { historieSchema } from '../../../src/schemas/historie';
import { namedUnknownFields } from '../../../src/schemas/messages';
import { schemaIssues } from '../../support/schema-issues';

// Issue 21, item 6: a writer reads the build's messages. Astro prints a schema issue as
// «path: message»: an unknown field had an empty path («****: Unrecognized key») and zod's
// messages were English. A content check thrown from getStaticPaths pointed into node_modules/astro.
const ids = contentIds();
const story = namedUnknownFields(historieSchema(ids));
const good = {
  title: 'En historie',
  shortTitle: 'En historie',
  summary: 'En arbeidsgiver gjorde noe som virket for en person i målgruppen.',
  brief: {
    did: 'Virksomheten tok inn en person på arbeidstrening.',
    forWhom: 'En person med hull i CV-en.',
    route: 'Arbeidstrening fra NAV.',
    result: 'Kilden sier ikke hva som kom ut av det.',
  },
  employer: { anonymousDescription: 'En statlig virksomhet i en by' },
  sources: [{ kilde: 'oe-2024', passage: 'kap. 4' }],
  lastReviewed: '2026-11-23',
  published: '2026-11-23',
  updated: '2026-11-23',
};

describe('schema messages name the field and the fix, in Norwegian', () => {
  it('the example story is valid', () => {
    expect(schemaIssues(story, good)).toEqual([]);
  });
  it('an unknown field is reported at its own path, not «****»', () => {
    expect(schemaIssues(story, { ...good, Sector: 'statlig' })).toEqual([
      'Sector: ukjent felt «Sector»: skjemaet har ikke dette feltet. Sjekk stavemåten (store og små bokstaver teller), eller fjern det (feltene står i docs/innhold.md).',
    ]);
  });
  it('an unknown field deeper down keeps its path', () => {
    expect(
      schemaIssues(story, { ...good, sources: [{ kilde: 'oe-2024', passage: 'x', side: 3 }] })
    ).toEqual([expect.stringMatching(/^sources\.0: ukjent felt «side»: /)]);
  });
  it('a value outside the list names the values the build accepts', () => {
    expect(schemaIssues(story, { ...good, sector: 'stat' })).toEqual([
      'sector: «stat» er ikke en gyldig verdi. Bruk en av disse: «statlig», «kommune», «fylkeskommune», «privat», «ideell», «helseforetak».',
    ]);
  });
  it('a missing field and a wrong type', () => {
    const { title: _title, ...untitled } = good;
    expect(schemaIssues(story, { ...untitled, routes: 'lonnstilskudd' })).toEqual([
      'title: feltet mangler: skriv tekst her.',
      'routes: skal være en liste, ikke «lonnstilskudd».',
    ]);
  });
  it('a change log entry: a field of the other kind is unknown for this kind', () => {
    const entry = {
      id: 'x',
      kind: 'regelendring',
      title: 'Tittel',
      added: '2026-12-02',
      date: '2026-12-02',
      dateKind: 'funnet',
      before: 'Rapporten sa noe annet.',
      now: 'Nå er det slik.',
      sources: [{ kilde: 'oe-2024', passage: 'kap. 1' }],
      oldText: 'Før skrev vi noe.',
    };
    expect(schemaIssues(namedUnknownFields(endringSchema(ids)), entry)).toEqual([
      expect.stringMatching(/^oldText: ukjent felt «oldText»/),
    ]);
  });
});

describe('a content check thrown from getStaticPaths points at the content file', () => {
  it('reads file and line from a problem', () => {
    expect(problemLocation('content/regelverk/x.mdx: linje 12: sources: …')).toEqual({
      file: 'content/regelverk/x.mdx',
      line: 12,
    });
    expect(problemLocation('content/endringer.yaml: sources.0: …')?.line).toBe(1);
  });
  it('checkRegelverk throws with the file and line of the first problem as its location', () => {
    const file = 'content/regelverk/hovedreglene.mdx';
    const body = 'Tekst.\n\nMer <SourceRef id="finnes-ikke-her" />.\n';
    let thrown: unknown;
    try {
      checkRegelverk([
        {
          id: 'hovedreglene',
          filePath: file,
          body,
          data: { legalRefs: [], sources: [], lastReviewed: new Date() },
        },
      ]);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ContentError);
    const error = thrown as ContentError;
    expect(error.message).toContain(
      `${file}: linje 3: sources: <SourceRef id="finnes-ikke-her"> står i teksten, men mangler i sources i frontmatter.`
    );
    // Astro shows loc (the file and a code frame) instead of its own route-cache.js.
    expect(error.loc).toEqual({ file: resolve(file), line: 3, column: 1 });
  });
});
