// Draws a scorecard (the JSON of POST /api/score, or the one an editor autosave answers with)
// into the panel the server rendered first, with the same structure, and makes every evidence
// quote select its span in the text. The only scorecard renderer; fill() is shared too.
// User text only ever enters the page through textContent.
(function () {
  'use strict';

  function element(tag, className, text) {
    var node = document.createElement(tag);
    if (className) {
      node.className = className;
    }
    if (text !== undefined) {
      node.textContent = text;
    }
    return node;
  }

  function fill(template, values) {
    return template.replace(/\{(\d)\}/g, function (_, i) { return String(values[Number(i)]); });
  }

  function sectionTitle(id) {
    var label = document.querySelector('label[for="section-' + id + '"]');
    return label ? label.textContent : id;
  }

  function evidenceButton(span, label) {
    var button = element('button', 'evidence-link');
    button.type = 'button';
    button.dataset.section = span.section;
    button.dataset.start = span.start;
    button.dataset.end = span.end;
    if (label) {
      button.appendChild(element('span', 'evidence-where', label));
    }
    button.appendChild(element('q', null, span.text));
    return button;
  }

  function criterionItem(criterion, hideScores) {
    var item = element('li', 'criterion');
    item.dataset.criterion = criterion.id;
    var head = element('div', 'criterion-head');
    head.appendChild(element('span', 'criterion-label', criterion.label));
    if (!hideScores) {
      head.appendChild(element('span', 'criterion-score', criterion.score + '/' + criterion.max));
    }
    item.appendChild(head);
    if (!hideScores) {
      var meter = element('meter', null, criterion.score + '/' + criterion.max);
      meter.min = 0;
      meter.max = criterion.max;
      meter.value = criterion.score;
      item.appendChild(meter);
    }
    if (criterion.advice.length) {
      var advice = element('ul', 'advice');
      criterion.advice.forEach(function (text) { advice.appendChild(element('li', null, text)); });
      item.appendChild(advice);
    }
    if (criterion.evidence.length) {
      var evidence = element('ul', 'evidence');
      criterion.evidence.forEach(function (span) {
        var li = element('li');
        li.appendChild(evidenceButton(span, sectionTitle(span.section)));
        evidence.appendChild(li);
      });
      item.appendChild(evidence);
    }
    return item;
  }

  // What they will ask next: the same list the server renders, question then reason.
  function renderFollowUps(panel, followUps) {
    var section = panel.querySelector('.follow-ups');
    if (!section || !followUps) {
      return;
    }
    var list = section.querySelector('.follow-up-list');
    list.replaceChildren.apply(list, followUps.map(function (followUp) {
      var item = element('li', 'follow-up');
      item.dataset.criterion = followUp.criterion;
      item.appendChild(element('q', 'follow-up-question', followUp.question));
      item.appendChild(document.createTextNode(' '));
      item.appendChild(element('span', 'follow-up-reason', followUp.reason));
      return item;
    }));
    section.querySelector('.follow-ups-none').hidden = followUps.length > 0;
    panel.appendChild(section);
  }

  // In low-anxiety mode (data-low-anxiety on the panel) no score is ever written, only advice.
  function render(panel, card, templates) {
    var hideScores = panel.dataset.lowAnxiety === 'true';
    if (!hideScores) {
      panel.dataset.overall = card.overall;
      panel.querySelector('.overall-number').textContent = card.overall;
    }
    var secs = card.spokenSeconds;
    panel.querySelector('.timing').textContent =
      fill(templates.timingTemplate, [card.words, Math.floor(secs / 60), String(secs % 60).padStart(2, '0')]);
    var list = panel.querySelector('.criteria');
    list.replaceChildren.apply(list, card.criteria.map(function (c) { return criterionItem(c, hideScores); }));
    var old = panel.querySelector('.findings');
    if (old) {
      old.remove();
    }
    if (card.findings.length) {
      var details = element('details', 'findings');
      details.appendChild(element('summary', null, fill(templates.findingsTemplate, [card.findings.length])));
      var ul = element('ul');
      card.findings.forEach(function (finding) {
        var li = element('li');
        var button = evidenceButton(finding, null);
        button.appendChild(document.createTextNode(' ' + finding.message));
        li.appendChild(button);
        ul.appendChild(li);
      });
      details.appendChild(ul);
      panel.appendChild(details);
    }
    renderFollowUps(panel, card.followUps);
  }

  // Evidence highlights its span: the text box of its section gets focus with the span
  // selected; where the page shows the scored text with marks (the playground), the mark is
  // scrolled to and flashed instead.
  document.addEventListener('click', function (event) {
    var link = event.target.closest('.evidence-link');
    if (!link) {
      return;
    }
    var mark = document.getElementById('mark-' + link.dataset.section + '-' + link.dataset.start);
    var area = document.getElementById('section-' + link.dataset.section);
    if (area) {
      area.focus();
      area.setSelectionRange(Number(link.dataset.start), Number(link.dataset.end));
      area.classList.add('highlighted');
      setTimeout(function () { area.classList.remove('highlighted'); }, 1200);
    } else if (mark) {
      mark.scrollIntoView({ block: 'center' });
      mark.classList.add('flash');
      setTimeout(function () { mark.classList.remove('flash'); }, 1200);
    }
  });

  window.Storysmith = window.Storysmith || {};
  window.Storysmith.renderScorecard = render;
  window.Storysmith.fill = fill;
}());
