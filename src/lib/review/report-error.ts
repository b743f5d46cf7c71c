// «Meld fra om feil»: a mailto link that carries only the address of the page the reader sees.
import { CONTACT_EMAIL } from '../../config/site.mjs';

export interface ReportErrorText {
  subject: (title: string) => string;
  body: (url: string) => string;
}

/** mailto: with subject and body encoded per RFC 6068 (spaces as %20, never «+»). */
export function reportErrorHref(
  pageUrl: string,
  title: string,
  text: ReportErrorText,
  to: string = CONTACT_EMAIL
): string {
  // Only the page address: a query string or fragment could carry more than the reader sees in the path.
  const url = new URL(pageUrl);
  const clean = `${url.origin}${url.pathname}`;
  const q = (s: string) => encodeURIComponent(s);
  return `mailto:${to}?subject=${q(text.subject(title))}&body=${q(text.body(clean))}`;
}
