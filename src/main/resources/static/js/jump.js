// The editor's "Score" jump on narrow screens: remembers where you were writing, so
// "Back" returns there instead of to the top of the draft. Plain anchors work without it.
(() => {
  const jump = document.getElementById('jump-to-score');
  const back = document.getElementById('jump-back');
  if (!jump || !back) {
    return;
  }
  let writingAt = null;
  // Pointer down comes before the link takes the focus, so the field being written in is still active.
  const remember = () => { writingAt = { y: window.scrollY, field: document.activeElement }; };
  jump.addEventListener('pointerdown', remember);
  jump.addEventListener('keydown', event => { if (event.key === 'Enter') { remember(); } });
  back.addEventListener('click', event => {
    if (writingAt === null) {
      return;
    }
    event.preventDefault();
    window.scrollTo(0, writingAt.y);
    if (writingAt.field && writingAt.field.focus) {
      writingAt.field.focus({ preventScroll: true });
    }
  });
})();
