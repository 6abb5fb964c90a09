// The follow-up drill: one follow-up at a time, with an optional 60-second timer. Without this
// script the page lists every follow-up with its own form, and that works just as well.
(function () {
  'use strict';
  var items = Array.prototype.slice.call(document.querySelectorAll('.drill-item'));
  var controls = document.querySelector('.drill-controls');
  if (!items.length || !controls) {
    return;
  }
  var timerText = controls.querySelector('.drill-timer');
  var toggle = controls.querySelector('.drill-timer-toggle');
  var position = controls.querySelector('.drill-position');
  var current = 0;
  var ticking = null;

  function fill(template, values) {
    return template.replace(/\{(\d)\}/g, function (_, i) { return String(values[Number(i)]); });
  }

  function stopTimer() {
    clearInterval(ticking);
    ticking = null;
    timerText.textContent = '';
  }

  function startTimer() {
    var left = 60;
    stopTimer();
    timerText.textContent = fill(timerText.dataset.template, [left]);
    ticking = setInterval(function () {
      left -= 1;
      if (left <= 0) {
        clearInterval(ticking);
        ticking = null;
        timerText.textContent = timerText.dataset.done;
        return;
      }
      timerText.textContent = fill(timerText.dataset.template, [left]);
    }, 1000);
  }

  function show(index) {
    current = Math.max(0, Math.min(items.length - 1, index));
    items.forEach(function (item, i) { item.hidden = i !== current; });
    position.textContent = fill(position.dataset.template, [current + 1, items.length]);
    controls.querySelector('.drill-previous').disabled = current === 0;
    controls.querySelector('.drill-next').disabled = current === items.length - 1;
    if (toggle.checked) {
      startTimer();
    }
  }

  controls.hidden = false;
  controls.querySelector('.drill-previous').addEventListener('click', function () { show(current - 1); });
  controls.querySelector('.drill-next').addEventListener('click', function () { show(current + 1); });
  toggle.addEventListener('change', function () {
    if (toggle.checked) {
      startTimer();
    } else {
      stopTimer();
    }
  });
  // After an answer the page comes back at #answer-N: show the follow-up it belongs to.
  var target = location.hash ? document.getElementById(location.hash.substring(1)) : null;
  var item = target ? target.closest('.drill-item') : null;
  show(item ? items.indexOf(item) : 0);
}());
