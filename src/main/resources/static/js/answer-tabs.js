// Turns the sample answers of a question page into tabs, one per framework, without a page
// reload. Progressive enhancement: the server renders every answer one after the other, with
// anchor links to each; this script starts from that markup, so without JavaScript (or if it
// fails) every answer stays readable. Keyboard: Left/Right move between tabs, Home/End jump to
// the first/last one. The URL fragment follows the chosen answer, so a link or a reload opens it.
(function () {
  'use strict';

  function enhance(section) {
    var nav = section.querySelector('nav.answer-tabs');
    if (!nav) {
      return;
    }
    var list = document.createElement('div');
    list.className = 'answer-tabs';
    list.setAttribute('role', 'tablist');
    list.setAttribute('aria-label', nav.getAttribute('aria-label') || '');
    var tabs = [];
    var panels = [];
    Array.prototype.forEach.call(nav.querySelectorAll('a[href^="#"]'), function (link) {
      var panel = document.getElementById(link.getAttribute('href').slice(1));
      if (!panel) {
        return;
      }
      var tab = document.createElement('button');
      tab.type = 'button';
      tab.id = 'tab-' + panel.id;
      tab.textContent = link.textContent;
      tab.setAttribute('role', 'tab');
      tab.setAttribute('aria-controls', panel.id);
      list.appendChild(tab);
      tabs.push(tab);
      panels.push(panel);
    });
    if (tabs.length < 2) {
      return;
    }

    function select(index, options) {
      tabs.forEach(function (tab, i) {
        var selected = i === index;
        tab.setAttribute('aria-selected', selected ? 'true' : 'false');
        tab.tabIndex = selected ? 0 : -1;
        panels[i].hidden = !selected;
      });
      if (options && options.focus) {
        tabs[index].focus();
      }
      if (options && options.remember && window.history && window.history.replaceState) {
        window.history.replaceState(window.history.state, '', '#' + panels[index].id);
      }
    }

    function indexOfHash() {
      var id = window.location.hash.slice(1);
      for (var i = 0; i < panels.length; i++) {
        if (panels[i].id === id) {
          return i;
        }
      }
      return -1;
    }

    panels.forEach(function (panel, i) {
      panel.setAttribute('role', 'tabpanel');
      panel.setAttribute('aria-labelledby', tabs[i].id);
      panel.tabIndex = 0;
    });
    tabs.forEach(function (tab, i) {
      tab.addEventListener('click', function () {
        select(i, { remember: true });
      });
    });
    list.addEventListener('keydown', function (event) {
      var current = tabs.indexOf(document.activeElement);
      if (current < 0) {
        return;
      }
      var next;
      switch (event.key) {
        case 'ArrowRight':
          next = (current + 1) % tabs.length;
          break;
        case 'ArrowLeft':
          next = (current - 1 + tabs.length) % tabs.length;
          break;
        case 'Home':
          next = 0;
          break;
        case 'End':
          next = tabs.length - 1;
          break;
        default:
          return;
      }
      event.preventDefault();
      select(next, { focus: true, remember: true });
    });
    window.addEventListener('hashchange', function () {
      var index = indexOfHash();
      if (index >= 0) {
        select(index);
      }
    });

    nav.parentNode.replaceChild(list, nav);
    section.classList.add('tabbed');
    select(Math.max(indexOfHash(), 0));
  }

  Array.prototype.forEach.call(document.querySelectorAll('section.answers'), enhance);
})();
