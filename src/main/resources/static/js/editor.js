// The story editor, enhanced: live word counts, autosave after a pause in typing, live
// scoring, and evidence that selects its span in the text. Without this script the form
// still saves and scores on submit. Words go in through data attributes, so every
// user-facing string stays in messages.properties.
(function () {
  'use strict';

  var form = document.getElementById('story-form');
  if (!form) {
    return;
  }
  var WORDS_PER_MINUTE = Number(form.dataset.wordsPerMinute);
  var PAUSE_MS = 900;
  var status = document.getElementById('save-status');
  var version = document.getElementById('version');
  var total = document.getElementById('total');
  var textareas = Array.prototype.slice.call(form.querySelectorAll('textarea.section-text'));
  var csrfToken = meta('_csrf');
  var csrfHeader = meta('_csrf_header');
  var timer = null;
  var saving = false;
  var again = false;
  var stale = false;

  function meta(name) {
    var element = document.querySelector('meta[name="' + name + '"]');
    return element ? element.getAttribute('content') : null;
  }

  function fill(template, values) {
    return template.replace(/\{(\d)\}/g, function (_, i) { return String(values[Number(i)]); });
  }

  function words(text) {
    var trimmed = text.trim();
    return trimmed ? trimmed.split(/\s+/).length : 0;
  }

  function seconds(count) {
    return Math.round(count * 60 / WORDS_PER_MINUTE);
  }

  function minutes(secs) {
    return [Math.floor(secs / 60), String(secs % 60).padStart(2, '0')];
  }

  function updateCounts() {
    var sum = 0;
    textareas.forEach(function (area) {
      var count = words(area.value);
      sum += count;
      var counter = form.querySelector('[data-counter="' + area.dataset.section + '"]');
      if (counter) {
        counter.textContent = fill(form.dataset.counterTemplate, [count, seconds(count)]);
      }
    });
    var secs = seconds(sum);
    total.textContent = fill(total.dataset.template, [sum].concat(minutes(secs)));
    total.classList.toggle('over', secs > 180);
    total.classList.toggle('under', secs < 120);
  }

  function showStatus(text, kind) {
    status.textContent = text;
    status.className = 'save-status ' + (kind || '');
  }

  function save() {
    if (stale) {
      return;
    }
    if (saving) {
      again = true;
      return;
    }
    saving = true;
    showStatus(status.dataset.saving, 'pending');
    var headers = { 'Content-Type': 'application/x-www-form-urlencoded' };
    if (csrfHeader && csrfToken) {
      headers[csrfHeader] = csrfToken;
    }
    fetch(form.dataset.autosave, {
      method: 'POST',
      headers: headers,
      body: new URLSearchParams(new FormData(form)),
      credentials: 'same-origin'
    }).then(function (response) {
      return response.json().catch(function () { return {}; }).then(function (body) {
        if (response.ok) {
          version.value = body.version;
          showStatus(status.dataset.saved, 'ok');
        } else {
          stale = response.status === 409;
          showStatus(status.dataset.failed + ' ' + (body.message || response.status), 'bad');
        }
      });
    }).catch(function () {
      showStatus(status.dataset.offline, 'bad');
    }).finally(function () {
      saving = false;
      if (again) {
        again = false;
        save();
      }
    });
  }

  function score() {
    var sections = {};
    textareas.forEach(function (area) { sections[area.dataset.section] = area.value; });
    fetch(form.dataset.score, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        framework: document.getElementById('framework').value,
        sections: sections,
        questionId: form.dataset.questionId || null
      })
    }).then(function (response) {
      return response.ok ? response.json() : null;
    }).then(function (card) {
      if (card) {
        window.Storysmith.renderScorecard(document.getElementById('scorecard'), card, form.dataset);
      }
    }).catch(function () { /* scoring is a nicety; the last scorecard stays on screen */ });
  }

  form.addEventListener('input', function () {
    updateCounts();
    clearTimeout(timer);
    timer = setTimeout(function () {
      save();
      score();
    }, PAUSE_MS);
  });

  var danger = document.querySelector('form.danger-zone');
  if (danger) {
    danger.addEventListener('submit', function (event) {
      if (!window.confirm(danger.dataset.confirm)) {
        event.preventDefault();
      }
    });
  }

  updateCounts();
}());
