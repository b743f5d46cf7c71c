// A link to a part of a page (a wizard result; a correction in «Endret på denne siden») may point
// into a closed <details>: open it and show the target. Without JavaScript the browser opens it, and
// details.css keeps the target laid out so the browser scrolls to it.
function openTarget() {
  const id = decodeURIComponent(location.hash.slice(1));
  const target = id ? document.getElementById(id) : null;
  if (!target) return;
  const inside = target.closest('details');
  for (let d = inside; d; d = d.parentElement?.closest('details') ?? null) d.open = true;
  // The browser may already have opened it (it does on fragment navigation) without scrolling there.
  if (inside) requestAnimationFrame(() => target.scrollIntoView());
}
openTarget();
addEventListener('hashchange', openTarget);
