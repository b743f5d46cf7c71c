// «Skriv ut» needs JavaScript, so the button is hidden in the HTML and shown here.
for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-print]')) {
  button.hidden = false;
  button.addEventListener('click', () => print());
}
