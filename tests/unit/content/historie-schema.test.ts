import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { schemaIssues } from '../../support/schema-issues';
import { historieSchema } from '../../../src/schemas/historie';
import { bodyRefProblems, headingsInBody } from '../../../src/lib/content/body-refs';
import { route } from '../../../src/lib/vocabulary';

const ids = {
  kildeIds: new Set(['oe-2024', 'sintef-2019']),
  endringIds: new Set(['femprosentmal']),
  regelverkSlugs: new Set(['midlertidig-lonnstilskudd', 'unntak-fra-utlysning']),
};
const schema = historieSchema(ids);
const good = {
  title: 'Statens vegvesen fikk fart på inkluderingen sammen med NAV',
  shortTitle: 'Statens vegvesen',
  brief: {
    did: 'Etaten samarbeidet med NAV og ga en person i HR ansvaret.',
    forWhom: 'Personer med nedsatt funksjonsevne eller hull i CV-en.',
    route: 'Mest midlertidige stillinger med lønnstilskudd.',
    result: 'Årsrapporten i 2022 viste 6,3 prosent nyansatte i målgruppen.',
  },
  summary:
    'Statens vegvesen samarbeidet med NAV, og da var 6,3 prosent av de nyansatte i målgruppen.',
  employer: { name: 'Statens vegvesen' },
  sector: 'statlig',
  industry: 'samferdsel',
  regions: ['hele-landet'],
  targetGroups: ['nedsatt-funksjonsevne', 'hull-i-cv'],
  routes: ['lonnstilskudd'],
  practices: ['nav-samarbeid', 'forankring-i-ledelsen'],
  outcomes: [{ figure: '6,3 prosent', text: 'av de nyansatte var i målgruppen' }],
  sources: [{ kilde: 'oe-2024', passage: 'kap. 2.2', lines: 'L1270–1362' }],
  changedRules: ['femprosentmal'],
  lastReviewed: new Date('2026-11-23'),
  published: new Date('2026-11-23'),
  updated: new Date('2026-11-23'),
};

const issues = (data: unknown) => schemaIssues(schema, data);

describe('historie frontmatter schema', () => {
  it('accepts a complete, correct story', () => {
    expect(issues(good)).toEqual([]);
  });
  it('accepts an anonymous story without sector, industry or region', () => {
    const { sector: _s, industry: _i, regions: _r, ...rest } = good;
    expect(
      issues({
        ...rest,
        employer: { anonymousDescription: 'En kommunal renholdstjeneste (case 1)' },
      })
    ).toEqual([]);
  });
  it('rejects a story without a source', () => {
    expect(issues({ ...good, sources: [] })).toEqual(['sources: sources: minst én kilde']);
    const { sources: _omit, ...rest } = good;
    expect(issues(rest)[0]).toMatch(/^sources:/);
  });
  it('rejects a route id outside the shared vocabulary', () => {
    expect(issues({ ...good, routes: ['lonnstilskudd', 'snarvei'] })[0]).toMatch(/^routes\.1:/);
  });
  it('rejects a practice, industry or target group outside the vocabulary', () => {
    expect(issues({ ...good, practices: ['trylleformel'] })[0]).toMatch(/^practices\.0:/);
    expect(issues({ ...good, industry: 'romfart' })[0]).toMatch(/^industry:/);
    expect(issues({ ...good, targetGroups: ['alle'] })[0]).toMatch(/^targetGroups\.0:/);
  });
  it('rejects an invented field', () => {
    expect(issues({ ...good, quote: 'Et sitat vi fant på' })[0]).toMatch(/quote/);
  });
  it('rejects an invented field inside employer or an outcome', () => {
    expect(issues({ ...good, employer: { name: 'Statens vegvesen', age: '30' } })[0]).toMatch(
      /^employer: .*age/
    );
    expect(issues({ ...good, outcomes: [{ text: 'fast ansatt', person: 'Ola' }] })[0]).toMatch(
      /^outcomes\.0: .*person/
    );
  });
  it('rejects both an employer name and an anonymous description', () => {
    expect(
      issues({
        ...good,
        employer: { name: 'Statens vegvesen', anonymousDescription: 'En stor statlig etat' },
      })
    ).toEqual([
      'employer: employer: oppgi enten name (navnet slik kilden skriver det) eller anonymousDescription, ikke begge og ikke ingen',
    ]);
  });
  it('rejects an employer with neither name nor description', () => {
    expect(issues({ ...good, employer: {} })[0]).toMatch(/^employer: /);
  });
  it('rejects an unknown kilde id in sources', () => {
    expect(issues({ ...good, sources: [{ kilde: 'ukjent', passage: 'kap. 1' }] })).toEqual([
      'sources.0.kilde: ukjent id «ukjent»: finnes ikke i content/kilder.yaml',
    ]);
  });
  it('rejects an unknown changedRules id', () => {
    expect(issues({ ...good, changedRules: ['ny-regel'] })).toEqual([
      'changedRules.0: ukjent id «ny-regel»: finnes ikke i content/endringer.yaml',
    ]);
  });
  it('rejects a summary of two sentences or over 200 characters', () => {
    expect(
      issues({ ...good, summary: 'De samarbeidet med NAV. Det virket godt for dem.' })
    ).toEqual(['summary: summary skal være én setning']);
    expect(issues({ ...good, summary: 'a'.repeat(201) })).toContain(
      'summary: summary er over 200 tegn'
    );
  });
  it('rejects a malformed outcome year and a missing lastReviewed', () => {
    expect(issues({ ...good, outcomes: [{ text: 'fast ansatt', year: 'i fjor' }] })[0]).toMatch(
      /^outcomes\.0\.year:/
    );
    const { lastReviewed: _omit, ...rest } = good;
    expect(issues(rest)).toEqual([
      'lastReviewed: lastReviewed mangler eller er ikke en dato (ÅÅÅÅ-MM-DD)',
    ]);
  });
});

// Every story file in content/historier, read the way the build reads it.
const dir = 'content/historier';
const list = (file: string) => load(readFileSync(`content/${file}`, 'utf8')) as { id: string }[];
const realSchema = historieSchema({
  kildeIds: new Set(list('kilder.yaml').map((k) => k.id)),
  endringIds: new Set(list('endringer.yaml').map((e) => e.id)),
  regelverkSlugs: new Set(
    readdirSync('content/regelverk')
      .filter((name) => name.endsWith('.mdx'))
      .map((name) => name.replace(/\.mdx$/, ''))
  ),
});
// The stories, and the short examples on /suksesshistorier/korte-eksempler/ (same schema, same rules).
const shortDir = join(dir, 'korte-eksempler');
const files = [
  ...readdirSync(dir)
    .filter((name) => name.endsWith('.mdx'))
    .map((name) => ({ name, path: join(dir, name), short: false })),
  ...readdirSync(shortDir)
    .filter((name) => name.endsWith('.mdx'))
    .map((name) => ({ name: `korte-eksempler/${name}`, path: join(shortDir, name), short: true })),
];
const stories = files.map(({ name, path, short }) => {
  const text = readFileSync(path, 'utf8');
  const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
  return {
    name,
    short,
    frontmatter: match ? load(match[1] as string) : undefined,
    body: match ? (match[2] as string) : '',
  };
});

describe('historie schema: steps, outcome kind and dates (issue 12)', () => {
  const steps = [
    'De tok kontakt med NAV.',
    'En person i HR ble prosjektleder.',
    'Toppledelsen sto bak arbeidet.',
  ];
  it('accepts three to six steps, and none', () => {
    expect(issues({ ...good, steps })).toEqual([]);
    expect(issues({ ...good, steps: [...steps, ...steps] })).toEqual([]);
  });
  it('rejects fewer than three or more than six steps', () => {
    expect(issues({ ...good, steps: steps.slice(0, 2) })).toEqual(['steps: steps: minst tre steg']);
    expect(issues({ ...good, steps: [...steps, ...steps, 'Ett steg for mye her.'] })).toEqual([
      'steps: steps: høyst seks steg',
    ]);
  });
  it('defaults outcomeKind to «suksess» and rejects a kind outside the vocabulary', () => {
    expect(schema.parse(good).outcomeKind).toBe('suksess');
    expect(issues({ ...good, outcomeKind: 'vanskelig' })).toEqual([]);
    expect(issues({ ...good, outcomeKind: 'fiasko' })[0]).toMatch(/^outcomeKind:/);
  });
  it('requires published and updated, and updated not before published', () => {
    const { published: _p, ...noPublished } = good;
    expect(issues(noPublished)[0]).toMatch(/^published:/);
    expect(issues({ ...good, updated: new Date('2026-11-22') })).toEqual([
      'updated: updated kan ikke være før published',
    ]);
  });
});

/**
 * The sections a story may have, each with the heading text(s) its id stands for, in each written
 * form (a nynorsk story has the same ids with nynorsk headings).
 */
const sectionTexts: Record<'nb' | 'nn', Record<string, readonly string[]>> = {
  nb: {
    'hva-de-gjorde': ['Hva de gjorde'],
    'hva-som-virket': ['Hva som virket'],
    'hva-de-mener': ['Hva de mener', 'Hva virksomhetene mener', 'Hva lederen mener'],
    'hva-de-endret': ['Hva de endret'],
    'hva-som-var-vanskelig': ['Hva som var vanskelig'],
    'hva-vi-ikke-vet': ['Hva vi ikke vet'],
    'reglene-na': ['Slik er reglene nå'],
    'endret-siden': ['Endret siden'],
  },
  nn: {
    'hva-de-gjorde': ['Kva dei gjorde'],
    'hva-som-virket': ['Kva som verka'],
    'hva-de-mener': ['Kva dei meiner', 'Kva verksemdene meiner', 'Kva leiaren meiner'],
    'hva-de-endret': ['Kva dei endra'],
    'hva-som-var-vanskelig': ['Kva som var vanskeleg'],
    'hva-vi-ikke-vet': ['Kva vi ikkje veit'],
    'reglene-na': ['Slik er reglane no'],
    'endret-siden': ['Endra sidan'],
  },
};

describe('the stories in content/historier', () => {
  it('has at least 15 stories', () => {
    expect(stories.length).toBeGreaterThanOrEqual(15);
  });

  it.each(stories.map((s) => [s.name, s] as const))('%s: frontmatter is valid', (_name, story) => {
    const result = realSchema.safeParse(story.frontmatter);
    expect(
      result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`)
    ).toEqual([]);
  });

  it.each(stories.map((s) => [s.name, s] as const))(
    '%s: body agrees with the frontmatter',
    (name, story) => {
      const data = realSchema.parse(story.frontmatter);
      expect(name).toMatch(/^(korte-eksempler\/)?[a-z0-9-]+\.mdx$/);
      // Every <SourceRef> is listed in sources; headings are <H2 id>; no <LegalRef> (stories have no legalRefs).
      expect(bodyRefProblems(name, story.body, { legalRefs: [], sources: data.sources })).toEqual(
        []
      );
      // Issue 19: headings only where the source supports them. Every story says what they did; it has
      // «Hva som virket» (the source reports an effect) or «Hva vi ikke vet» (it does not); each id
      // has its one heading text. A short example has no headings of its own (its title is one).
      const h2 = headingsInBody(story.body).filter((h) => h.level === 2);
      if (story.short) {
        expect(h2).toEqual([]);
        return;
      }
      for (const h of h2)
        expect(sectionTexts[data.lang][h.id], `${h.id}: «${h.text}»`).toContain(h.text);
      const ids = h2.map((h) => h.id);
      expect(ids).toContain('hva-de-gjorde');
      expect(
        ids.includes('hva-som-virket') || ids.includes('hva-vi-ikke-vet'),
        'virket / vet ikke'
      ).toBe(true);
      // <Changed id> in the text and changedRules in the frontmatter name the same changes.
      const changed = [...story.body.matchAll(/<Changed\s+id="([^"]+)"/g)].map((m) => m[1]);
      expect(new Set(changed)).toEqual(new Set(data.changedRules));
    }
  );

  it.each(stories.map((s) => [s.name, s] as const))(
    '%s: a route only the state can use appears only in a state story',
    (_name, story) => {
      const data = realSchema.parse(story.frontmatter);
      const stateOnly = data.routes.filter((id) => route(id).stateOnly);
      if (stateOnly.length > 0) expect(data.sector).toBe('statlig');
    }
  );

  it.each(stories.map((s) => [s.name, s] as const))(
    '%s: says nothing about the gender of the person hired',
    (_name, story) => {
      // Bokmål and nynorsk (ho, honom, hennar): ten stories are written in nynorsk. «ho» for a
      // feminine noun («bedrifta … ho») trips it too: name the noun again, or leave the pronoun out.
      const gendered = /\b(han|hun|ham|henne|hans|hennes|ho|honom|hennar|mann|kvinne)\b/gi;
      expect(story.body.match(gendered) ?? []).toEqual([]);
    }
  );

  it.each(stories.map((s) => [s.name, s] as const))(
    '%s: an anonymous story names none of the case agencies',
    (_name, story) => {
      const data = realSchema.parse(story.frontmatter);
      if (data.employer.anonymousDescription === undefined) return;
      const text = `${story.body}\n${data.employer.anonymousDescription}`;
      expect(
        text.match(
          /Arbeidstilsynet|Mattilsynet|NTNU|USN|Universitetet i Sørøst-Norge|teknisk-naturvitenskapelige/g
        ) ?? []
      ).toEqual([]);
    }
  );
});
