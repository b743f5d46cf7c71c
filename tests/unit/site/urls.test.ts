import { describe, expect, it } from 'vitest';
import { upTo, wizardTwin } from '../../../src/lib/urls';

describe('upTo', () => {
  it('climbs to a parent directory of the page', () => {
    expect(upTo('/veiviser/statlig/fast/nav-ja/', '/veiviser/statlig/')).toBe('../../');
    expect(upTo('/veiviser/statlig/', '/veiviser/')).toBe('../');
    expect(upTo('/veiviser/statlig/', '/veiviser/statlig/')).toBe('./');
  });
  it('resolves to the same address as the full path', () => {
    const from = 'https://x.no/nn/veiviser/statlig/midlertidig/vikariat/';
    for (const to of ['/nn/veiviser/', '/nn/veiviser/statlig/midlertidig/'])
      expect(new URL(upTo(new URL(from).pathname, to), from).pathname).toBe(to);
  });
  it('leaves anything that is not a parent as it is', () => {
    expect(upTo('/veiviser/statlig/', '/veiviser/kommune/')).toBe('/veiviser/kommune/');
    expect(upTo('/veiviser/statlig/', '/nn/veiviser/')).toBe('/nn/veiviser/');
    expect(upTo('/veiviser/statlig', '/veiviser/')).toBe('/veiviser/');
  });
});

describe('wizardTwin', () => {
  it('pairs a bokmål wizard page with its nynorsk twin and back', () => {
    expect(wizardTwin('/veiviser/statlig/fast/')).toEqual({
      path: '/nn/veiviser/statlig/fast/',
      lang: 'nn',
    });
    expect(wizardTwin('/nn/veiviser/statlig/fast/')).toEqual({
      path: '/veiviser/statlig/fast/',
      lang: 'nb',
    });
  });
});
