/*
 * Embargo alert queue by keyboard: j and k move between alerts, Enter opens the one in focus (a link, so the
 * browser opens it). Every page works without this file. It builds no markup.
 */
(function () {
  'use strict';

  function queueKeys(table) {
    var links = table.querySelectorAll('a.row-link');
    if (!links.length) {
      return;
    }
    function current() {
      for (var i = 0; i < links.length; i++) {
        if (links[i] === document.activeElement) {
          return i;
        }
      }
      return -1;
    }
    function move(to) {
      var i = Math.max(0, Math.min(links.length - 1, to));
      var rows = table.querySelectorAll('tbody tr');
      for (var r = 0; r < rows.length; r++) {
        rows[r].classList.toggle('selected', r === i);
      }
      links[i].focus();
    }
    document.addEventListener('keydown', function (e) {
      var t = e.target;
      if (e.altKey || e.ctrlKey || e.metaKey || (t && (t.tagName === 'INPUT' || t.tagName === 'SELECT' || t.tagName === 'TEXTAREA'))) {
        return;
      }
      if (e.key === 'j') {
        move(current() + 1);
        e.preventDefault();
      } else if (e.key === 'k') {
        move(current() < 0 ? 0 : current() - 1);
        e.preventDefault();
      }
    });
  }

  var table = document.querySelector('table[data-keys="queue"]');
  if (table) {
    queueKeys(table);
  }
})();
