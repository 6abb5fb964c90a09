// The story editor, enhanced: live word counts, autosave after a pause in typing (one request
// that saves and answers with the new scorecard), and evidence that selects its span in the
// text. Without this script the form still saves and scores on submit, and the page says
// "Save to keep your changes" instead of promising autosave. Words go in through data attributes, so every
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

  var fill = window.Storysmith.fill;

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
        showFieldErrors(body.errors || []);
        if (response.ok) {
          version.value = body.version;
          showStatus(status.dataset.saved, 'ok');
          window.Storysmith.renderScorecard(document.getElementById('scorecard'),
            Object.assign({}, body.scorecard, { followUps: body.followUps }), form.dataset);
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

  // A refused autosave puts each message beside its field, as the server-rendered page does.
  function fieldElement(field) {
    if (field.indexOf('sections.') === 0) {
      return document.getElementById('section-' + field.substring('sections.'.length));
    }
    return {
      title: document.getElementById('title'),
      unplacedNotes: document.getElementById('unplacedNotes'),
      competencies: form.querySelector('.competency-picker'),
      questionIds: document.getElementById('linked-questions'),
      framework: form.querySelector('.framework-line')
    }[field] || null;
  }

  function showFieldErrors(errors) {
    form.querySelectorAll('.live-error').forEach(function (old) { old.remove(); });
    errors.forEach(function (error) {
      var target = fieldElement(error.field);
      if (target) {
        var message = document.createElement('p');
        message.className = 'error live-error';
        message.textContent = error.message;
        target.insertAdjacentElement('afterend', message);
      }
    });
  }

  form.addEventListener('input', function () {
    updateCounts();
    clearTimeout(timer);
    timer = setTimeout(save, PAUSE_MS);
  });

  var danger = document.querySelector('form.danger-zone');
  if (danger) {
    danger.addEventListener('submit', function (event) {
      if (!window.confirm(danger.dataset.confirm)) {
        event.preventDefault();
      }
    });
  }

  showStatus(status.dataset.idle);
  updateCounts();
}());
