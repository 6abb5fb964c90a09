// Copy buttons: <button data-copy="ID" data-copied="Copied"> copies the text of element ID.
// Hidden until this script runs, so a page without JavaScript shows no dead button.
document.querySelectorAll('button[data-copy]').forEach(button => {
  const source = document.getElementById(button.dataset.copy);
  if (!source || !navigator.clipboard) {
    return;
  }
  const label = button.textContent;
  button.hidden = false;
  button.addEventListener('click', () => {
    navigator.clipboard.writeText(source.textContent.trim()).then(() => {
      button.textContent = button.dataset.copied;
      setTimeout(() => { button.textContent = label; }, 2000);
    });
  });
});
