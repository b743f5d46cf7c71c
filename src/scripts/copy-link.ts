// Enhances «Kopier lenke» anchors: copy the absolute section URL and announce it.
// Without JS (or clipboard) the anchor still works as a plain link to the section.
function statusFor(link: HTMLElement): HTMLElement | null {
  const next = link.nextElementSibling;
  return next instanceof HTMLElement && next.getAttribute('role') === 'status' ? next : null;
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
    if (status) status.textContent = link.dataset.copied ?? '';
  } catch {
    if (status) status.textContent = link.dataset.failed ?? '';
    location.hash = link.hash;
  }
  if (status)
    setTimeout(() => {
      status.textContent = '';
    }, 4000);
});
