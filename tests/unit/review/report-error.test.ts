import { describe, expect, it } from 'vitest';
import {
  CONTACT_EMAIL,
  DEFAULT_CONTACT_EMAIL,
  DEFAULT_SITE_URL,
} from '../../../src/config/site.mjs';
import { reviewText } from '../../../src/i18n/review';
import { reportErrorHref } from '../../../src/lib/review/report-error';

// Rule protected (issue 11, item 8): «Meld fra om feil» goes to the one configured address and
// carries the page address only, never a query string or fragment.
describe('reportErrorHref', () => {
  const href = reportErrorHref(
    'https://inkluderingsguiden.no/veiviser/statlig/fast/?x=1#passer',
    'Resultat',
    reviewText.reportError,
    'a@b.no'
  );

  it('is a mailto to the given address, subject and body encoded with %20', () => {
    const url = new URL(href);
    expect(url.protocol).toBe('mailto:');
    expect(url.pathname).toBe('a@b.no');
    expect(href).not.toContain('+');
    expect(url.searchParams.get('subject')).toBe('Feil på Inkluderingsguiden: Resultat');
  });

  it('carries the page path and drops the query string and fragment', () => {
    const body = decodeURIComponent(href.split('&body=')[1] as string);
    expect(body).toContain('Siden: https://inkluderingsguiden.no/veiviser/statlig/fast/\n');
    expect(body).not.toContain('x=1');
    expect(body).not.toContain('#passer');
  });

  it("defaults to a role address on the site's own domain", () => {
    expect(DEFAULT_CONTACT_EMAIL).toBe(`innhold@${new URL(DEFAULT_SITE_URL).hostname}`);
    expect(CONTACT_EMAIL).toBe(process.env.CONTACT_EMAIL || DEFAULT_CONTACT_EMAIL);
  });
});
