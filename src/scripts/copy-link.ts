// Enhances «Kopier lenke» anchors: copy the absolute section URL and announce it.
// Without JS (or clipboard) the anchor still works as a plain link to the section. The messages
// are on <body> (BaseLayout), once per page, unless a link carries its own.
// A heading's status region is made on first use, not sent with every heading (without JS the
// link needs none): an empty region is added first, and filled a moment later so that screen
// readers announce it.
function statusFor(link: HTMLElement): { region: HTMLElement; fresh: boolean } {
  const next = link.nextElementSibling;
  if (next instanceof HTMLElement && next.getAttribute('role') === 'status')
    return { region: next, fresh: false };
  const region = document.createElement('span');
  region.className = 'copy-link__status';
  region.setAttribute('role', 'status');
  region.dataset.pagefindIgnore = '';
  link.after(region);
  return { region, fresh: true };
}

function say(status: { region: HTMLElement; fresh: boolean }, text: string): void {
  const show = () => {
    status.region.textContent = text;
  };
  if (status.fresh) setTimeout(show, 100);
  else show();
}

// A wizard result sends its headings bare (AnchorHeading.astro): give each the link that other
// pages send with the heading, named from <body>'s labels.
const { copyLabel, copyLabelTo } = document.body.dataset;
for (const heading of document.querySelectorAll<HTMLElement>('[data-copy-heading]')) {
  if (!copyLabel || !copyLabelTo) break;
  const wrap = document.createElement('div');
  wrap.className = 'heading-anchor';
  heading.before(wrap);
  const link = document.createElement('a');
  link.className = 'ds-link copy-link';
  link.href = `#${heading.id}`;
  link.dataset.copyLink = '';
  link.setAttribute('aria-label', copyLabelTo.replace('{}', heading.textContent!.trim()));
  link.textContent = copyLabel;
  wrap.append(heading, link);
}

document.addEventListener('click', async (event) => {
  const link = (event.target as Element | null)?.closest<HTMLAnchorElement>('a[data-copy-link]');
  if (!link || !navigator.clipboard) return;
  event.preventDefault();
  const url = new URL(link.getAttribute('href') ?? '', location.href).href;
  const status = statusFor(link);
  try {
    await navigator.clipboard.writeText(url);
    history.replaceState(null, '', url);
    say(status, link.dataset.copied ?? document.body.dataset.copied ?? '');
  } catch {
    say(status, link.dataset.failed ?? document.body.dataset.failed ?? '');
    location.hash = link.hash;
  }
  setTimeout(() => {
    status.region.textContent = '';
  }, 4000);
});
