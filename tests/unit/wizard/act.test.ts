import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { actFor, actPlaces } from '../../../src/lib/veiviser/act';
import { evaluatedRoutes } from '../../../src/lib/veiviser';

// Each route's next step names who acts and links to the place to act, only with addresses from
// the sources (issue 18, item 6): the act names a source id; the address is in content/kilder.yaml.
const kilder = load(readFileSync('content/kilder.yaml', 'utf8')) as { id: string; url?: string }[];
const urlOf = new Map(kilder.map((k) => [k.id, k.url]));

describe('who acts on each route', () => {
  it('every route, state or not, has an act whose text starts with who acts', () => {
    for (const id of evaluatedRoutes)
      for (const state of [true, false]) {
        const act = actFor(id, state);
        const who = ['Dere ', 'NAV ', 'DFØ ', 'Den som har ansettelsesmyndighet '];
        expect(
          who.some((w) => act.text.startsWith(w)),
          `${id}: ${act.text}`
        ).toBe(true);
        expect(act.text.split(/\s+/).length, id).toBeLessThanOrEqual(20);
      }
  });

  it('links only to sources in content/kilder.yaml that have an address', () => {
    expect(actPlaces().length).toBe(6);
    for (const id of actPlaces()) expect(urlOf.get(id), id).toMatch(/^https:\/\//);
  });

  it('sends NAV measures to NAV and state routes to state guidance, and no other employer to the state handbook', () => {
    expect(actFor('unntak-lonnstilskudd', true)).toMatchObject({
      text: expect.stringMatching(/^NAV må godkjenne/),
      place: { kilde: 'nav-midlertidig-lonnstilskudd' },
    });
    expect(actFor('arbeidstrening', true).place?.kilde).toBe('nav-arbeidstrening');
    expect(actFor('inkluderingstilskudd', false).place?.kilde).toBe('nav-inkluderingstilskudd');
    expect(actFor('traineeprogrammet', true).text).toMatch(/^DFØ /);
    expect(actFor('ordinaer-ansettelse', true).place?.kilde).toBe('regjeringen-personalhandbok');
    expect(actFor('ordinaer-ansettelse', false).place).toBeUndefined();
    // Mentor has no page of its own in the sources: no link rather than an invented one.
    expect(actFor('mentor', true).place).toBeUndefined();
  });

  it('every linked address is in docs/eksterne-lenker.md, the list links:external writes', () => {
    const doc = readFileSync('docs/eksterne-lenker.md', 'utf8');
    for (const id of actPlaces()) expect(doc, id).toContain(`<${urlOf.get(id)}>`);
  });
});
