// The one place the public address is set. Override with SITE_URL at build time.
export const DEFAULT_SITE_URL = 'https://inkluderingsguiden.no';
export const SITE_URL = (process.env.SITE_URL || DEFAULT_SITE_URL).replace(/\/+$/, '');

// Pages built with noindex and kept out of the sitemap (the all-pages test still visits them).
export const NOINDEX_PAGES = ['/om/kildekontroll/'];

// The one place the address for «Meld fra om feil» is set. Override with CONTACT_EMAIL at build
// time; the default is a role address on the site's own domain and must be set in production.
export const DEFAULT_CONTACT_EMAIL = `innhold@${new URL(DEFAULT_SITE_URL).hostname}`;
export const CONTACT_EMAIL = process.env.CONTACT_EMAIL || DEFAULT_CONTACT_EMAIL;
if (!/^[^\s@<>"]+@[^\s@<>"]+\.[a-z]{2,}$/i.test(CONTACT_EMAIL)) {
  throw new Error(`CONTACT_EMAIL «${CONTACT_EMAIL}» er ikke en e-postadresse`);
}
