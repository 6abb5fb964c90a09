// A mock interview question: a countdown towards the end of the target time, counting on past
// it (the answer is never handed in for the user: in an interview you finish your sentence),
// and "Read the question aloud" through the browser's speech synthesis, shown only where the
// browser has it and spoken only when pressed. Without this script the page says by when to
// finish, in the user's time zone.
(function () {
  'use strict';

  var timer = document.getElementById('mock-timer');
  if (timer) {
    var deadline = Date.parse(timer.dataset.deadline);
    var clock = function (seconds) {
      return Math.floor(seconds / 60) + ':' + String(seconds % 60).padStart(2, '0');
    };
    var tick = function () {
      var left = Math.round((deadline - Date.now()) / 1000);
      timer.textContent = left >= 0 ? timer.dataset.left.replace('%s', clock(left))
        : timer.dataset.over.replace('%s', clock(-left));
      timer.classList.toggle('last-minute', left <= 60);
      setTimeout(tick, 250);
    };
    tick();
  }

  var read = document.getElementById('read-aloud');
  var prompt = document.getElementById('mock-prompt');
  var title = document.getElementById('mock-question-title');
  if (read && prompt && 'speechSynthesis' in window && 'SpeechSynthesisUtterance' in window) {
    read.hidden = false;
    read.addEventListener('click', function () {
      window.speechSynthesis.cancel();
      var text = prompt.textContent.trim() || (title ? title.textContent.trim() : '');
      window.speechSynthesis.speak(new window.SpeechSynthesisUtterance(text));
    });
  }
}());
