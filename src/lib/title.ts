/** Longest <title> we emit: search results and tabs cut longer ones (html-validate's long-title). */
export const TITLE_MAX = 70;

/**
 * «Side – Inkluderingsguiden» when it fits; otherwise the page title alone, shortened at a word
 * boundary with «…» if it is still too long. The h1 always carries the full title.
 */
export function documentTitle(title: string, siteName: string, max = TITLE_MAX): string {
  const full = `${title} – ${siteName}`;
  if (full.length <= max) return full;
  if (title.length <= max) return title;
  const cut = title.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,.:;–-]+$/, '')}…`;
}
