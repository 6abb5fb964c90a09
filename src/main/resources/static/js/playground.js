// The scoring playground, enhanced: rescore after each pause in typing through POST
// /api/score and redraw the scorecard. Without this script the form posts and the page
// shows the same scorecard with the evidence marked in the text.
(function () {
  'use strict';

  var form = document.getElementById('playground-form');
  if (!form) {
    return;
  }
  var PAUSE_MS = 700;
  var timer = null;

  function body() {
    var framework = document.getElementById('framework').value;
    var free = document.getElementById('text');
    if (free) {
      return { framework: framework, text: free.value };
    }
    var sections = {};
    form.querySelectorAll('textarea.section-text').forEach(function (area) {
      sections[area.dataset.section] = area.value;
    });
    return { framework: framework, sections: sections };
  }

  function rescore() {
    fetch(form.dataset.score, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body())
    }).then(function (response) {
      return response.ok ? response.json() : null;
    }).then(function (card) {
      if (card) {
        window.Storysmith.renderScorecard(document.getElementById('scorecard'), card, form.dataset);
      }
    }).catch(function () { /* the last scorecard stays; the Score button still works */ });
  }

  form.addEventListener('input', function () {
    clearTimeout(timer);
    timer = setTimeout(rescore, PAUSE_MS);
  });
}());
