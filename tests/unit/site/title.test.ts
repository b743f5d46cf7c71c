import { describe, expect, it } from 'vitest';
import { documentTitle, TITLE_MAX } from '../../../src/lib/title';

describe('documentTitle', () => {
  it('adds the site name when it fits', () => {
    expect(documentTitle('Ordliste', 'Inkluderingsguiden')).toBe('Ordliste – Inkluderingsguiden');
  });
  it('drops the site name when the page title alone fits', () => {
    const title = 'Statens vegvesen fikk fart på inkluderingen sammen med NAV';
    expect(documentTitle(title, 'Inkluderingsguiden')).toBe(title);
  });
  it('shortens a long title at a word boundary, never past the limit', () => {
    const title =
      'Da vanlige utlysninger ikke nådde målgruppen, brukte en statlig virksomhet traineeprogrammet';
    const result = documentTitle(title, 'Inkluderingsguiden');
    expect(result.length).toBeLessThanOrEqual(TITLE_MAX);
    expect(result).toBe('Da vanlige utlysninger ikke nådde målgruppen, brukte en statlig…');
  });
});
