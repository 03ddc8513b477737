/*
 * Embargo web UI: results as you type, arrow keys between results, and scan hits lit up on focus.
 * Every page works without this file; it only saves the Enter key and a page load. It builds no markup from
 * data: the results arrive rendered and escaped by the server (/ui/results).
 */
(function () {
  'use strict';

  var DELAY_MS = 200;

  function searchAsYouType(form) {
    var box = form.querySelector('input[name="q"]');
    var results = document.getElementById('results');
    var status = document.getElementById('results-status');
    var endpoint = form.getAttribute('data-results');
    if (!box || !results || !endpoint || !window.fetch || !window.URLSearchParams) {
      return;
    }
    var timer = null;
    var controller = null;
    var shown = null;

    function params() {
      var p = new URLSearchParams();
      var fields = form.elements;
      for (var i = 0; i < fields.length; i++) {
        var f = fields[i];
        if (f.name && typeof f.value === 'string' && f.value.trim() !== '') {
          p.append(f.name, f.value.trim());
        }
      }
      return p.toString();
    }

    function run(force) {
      var qs = params();
      if (qs === shown && !force) {
        return;
      }
      if (controller) {
        controller.abort();
      }
      controller = typeof AbortController === 'function' ? new AbortController() : null;
      results.setAttribute('aria-busy', 'true');
      fetch(endpoint + (qs ? '?' + qs : ''), {
        credentials: 'same-origin',
        headers: { 'Accept': 'text/html' },
        signal: controller ? controller.signal : undefined
      }).then(function (r) {
        // Signed out meanwhile: the server sent the login form instead of results.
        if (r.redirected && new URL(r.url).pathname === '/login') {
          window.location.assign('/login?next=' + encodeURIComponent('/' + (qs ? '?' + qs : '')));
          return null;
        }
        return r.text();
      }).then(function (html) {
        if (html === null) {
          return;
        }
        shown = qs;
        results.innerHTML = html;
        results.removeAttribute('aria-busy');
        var summary = results.querySelector('[data-summary]');
        if (status) {
          status.textContent = summary ? summary.textContent : '';
        }
        if (window.history && history.replaceState) {
          history.replaceState(null, '', '/' + (qs ? '?' + qs : ''));
        }
      }).catch(function (e) {
        if (e && e.name === 'AbortError') {
          return;
        }
        results.removeAttribute('aria-busy');
        if (status) {
          status.textContent = 'The search failed: ' + (e && e.message ? e.message : 'no answer from the server');
        }
      });
    }

    function soon() {
      clearTimeout(timer);
      timer = setTimeout(run, DELAY_MS);
    }

    form.addEventListener('input', soon);
    form.addEventListener('change', soon);
    form.addEventListener('submit', function (e) {
      e.preventDefault();
      clearTimeout(timer);
      run(true);
    });

    function hitLinks() {
      return Array.prototype.slice.call(results.querySelectorAll('a.hit-name'));
    }

    box.addEventListener('keydown', function (e) {
      if (e.key === 'ArrowDown') {
        var links = hitLinks();
        if (links.length) {
          e.preventDefault();
          links[0].focus();
        }
      }
    });

    results.addEventListener('keydown', function (e) {
      if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp' && e.key !== 'Escape') {
        return;
      }
      if (e.key === 'Escape') {
        e.preventDefault();
        box.focus();
        return;
      }
      var links = hitLinks();
      var item = document.activeElement && document.activeElement.closest ? document.activeElement.closest('li.hit') : null;
      var at = -1;
      for (var i = 0; i < links.length; i++) {
        if (links[i].closest('li.hit') === item) {
          at = i;
        }
      }
      if (at < 0) {
        return;
      }
      e.preventDefault();
      var to = e.key === 'ArrowDown' ? at + 1 : at - 1;
      if (to < 0) {
        box.focus();
      } else if (to < links.length) {
        links[to].focus();
      }
    });
  }

  function lightUpHits(doc) {
    var lit = null;
    function light(e) {
      var mark = e.target && e.target.closest ? e.target.closest('a.mark') : null;
      if (!mark) {
        return;
      }
      var href = mark.getAttribute('href') || '';
      var detail = href.charAt(0) === '#' ? document.getElementById(href.slice(1)) : null;
      if (lit && lit !== detail) {
        lit.classList.remove('current');
      }
      if (detail) {
        detail.classList.add('current');
        lit = detail;
      }
    }
    doc.addEventListener('focusin', light);
    doc.addEventListener('mouseover', light);
  }

  var form = document.getElementById('search-form');
  if (form) {
    searchAsYouType(form);
  }
  var doc = document.querySelector('.scan-doc');
  if (doc) {
    lightUpHits(doc);
  }
}());
