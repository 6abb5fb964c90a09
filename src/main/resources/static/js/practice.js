// The practice countdown: counts down to the deadline the server set, and hands the answer
// in when time is up. Without this script the limit is shown as a clock time and "Done"
// saves whenever the user is ready.
(function () {
  'use strict';

  var clock = document.getElementById('countdown');
  var form = document.getElementById('practice-form');
  if (!clock || !form) {
    return;
  }
  var deadline = Date.parse(clock.dataset.deadline);
  var submitted = false;

  function tick() {
    var left = Math.max(0, Math.round((deadline - Date.now()) / 1000));
    clock.textContent = Math.floor(left / 60) + ':' + String(left % 60).padStart(2, '0');
    clock.classList.toggle('last-minute', left <= 60);
    if (left === 0 && !submitted) {
      submitted = true;
      clock.textContent = clock.dataset.timeup;
      form.submit();
      return;
    }
    setTimeout(tick, 250);
  }

  form.addEventListener('submit', function () { submitted = true; });
  tick();
}());
