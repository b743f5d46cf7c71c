// A link to a part of a page (a wizard result; a correction in «Endret på denne siden») may point
// into a closed <details>: open it and show the target. Without JavaScript the target's section
// stays openable.
function openTarget() {
  const id = decodeURIComponent(location.hash.slice(1));
  const target = id ? document.getElementById(id) : null;
  if (!target) return;
  let opened = false;
  for (let d = target.closest('details'); d; d = d.parentElement?.closest('details') ?? null) {
    if (!d.open) {
      d.open = true;
      opened = true;
    }
  }
  if (opened) target.scrollIntoView();
}
openTarget();
addEventListener('hashchange', openTarget);
