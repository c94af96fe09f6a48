// The report page's script, plain browser JavaScript (ES2020, no framework), inlined into the page.
// It sorts and filters the tables, and draws a document's highlighted text and side panel from the
// JSON block beside it the first time the document is opened — or all at once for #all and printing.
// Kept as a string so that `tsc` ships it with the rest; test/report checks it parses and the browser
// test runs it. It uses no template literals, so the String.raw below needs no escaping.

export const pageScript = String.raw`
(function () {
  'use strict';
  var ui = JSON.parse(document.getElementById('report-ui').textContent);

  // Folded for filtering: lower case, no diacritics, đ → d ("Sở Nội vụ" is found by "so noi vu").
  function fold(text) {
    return text.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd');
  }
  function escapeHtml(text) {
    return text.replace(/[&<>"']/g, function (c) {
      return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c];
    });
  }

  // ---- Tables: sort by a column heading, filter by text ----
  function sortBy(th) {
    var table = th.closest('table');
    var body = table.tBodies[0];
    var column = th.cellIndex;
    var numeric = th.getAttribute('data-type') === 'number';
    var ascending = th.getAttribute('aria-sort') !== 'ascending';
    table.querySelectorAll('th[aria-sort]').forEach(function (other) { other.removeAttribute('aria-sort'); });
    th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
    var value = function (row) {
      var cell = row.cells[column];
      if (!cell) return numeric ? -Infinity : '';
      var raw = cell.hasAttribute('data-sort') ? cell.getAttribute('data-sort') : cell.textContent;
      return numeric ? parseFloat(raw) || 0 : raw.trim();
    };
    var rows = Array.prototype.slice.call(body.rows);
    rows.sort(function (a, b) {
      var x = value(a);
      var y = value(b);
      var order = numeric ? x - y : x.localeCompare(y, 'vi');
      return ascending ? order : -order;
    });
    rows.forEach(function (row) { body.appendChild(row); });
  }
  document.querySelectorAll('table.sortable th[data-type]').forEach(function (th) {
    th.addEventListener('click', function () { sortBy(th); });
    th.addEventListener('keydown', function (event) { if (event.key === 'Enter') sortBy(th); });
  });

  function applyFilter(input) {
    var table = document.getElementById(input.getAttribute('data-filter'));
    var query = fold(input.value.trim());
    var shown = 0;
    var rows = table.tBodies[0].rows;
    for (var i = 0; i < rows.length; i++) {
      var row = rows[i];
      if (!row.hasAttribute('data-fold')) row.setAttribute('data-fold', fold(row.textContent));
      var match = !query || row.getAttribute('data-fold').indexOf(query) >= 0;
      row.hidden = !match;
      if (match) shown++;
    }
    var count = document.querySelector('[data-count-for="' + table.id + '"]');
    if (count) count.textContent = shown + ' / ' + rows.length + ' ' + ui.shown;
  }
  document.querySelectorAll('input[data-filter]').forEach(function (input) {
    input.addEventListener('input', function () { applyFilter(input); });
    applyFilter(input);
  });

  // ---- Document views ----
  // Spans may nest (a unit inside a heading) or cross (a diagnostic over a citation): a span that
  // crosses the one enclosing it is cut where that one ends, and its pieces share data-span.
  function markText(text, spans) {
    var order = spans.map(function (s, id) { return { start: s[0], end: s[1], id: id, last: true }; });
    order.sort(function (a, b) { return a.start - b.start || b.end - a.end || a.id - b.id; });
    var out = [];
    var stack = [];
    var at = 0;
    function emit(to) {
      if (to > at) { out.push(escapeHtml(text.slice(at, to))); at = to; }
    }
    function close() {
      var top = stack.pop();
      emit(top.end);
      out.push('</mark>');
    }
    function open(piece) {
      var s = spans[piece.id];
      emit(piece.start);
      out.push('<mark data-field="' + s[2] + '" data-span="' + piece.id + '"' +
        (s[3] && piece.last ? ' data-badge="' + escapeHtml(s[3]) + '"' : '') +
        (s[4] ? ' title="' + escapeHtml(ui.field[s[2]] + ': ' + s[4]) + '"' : ' title="' + escapeHtml(ui.field[s[2]]) + '"') + '>');
      stack.push(piece);
    }
    for (var i = 0; i < order.length; i++) {
      var piece = order[i];
      while (stack.length && stack[stack.length - 1].end <= piece.start) close();
      var parent = stack[stack.length - 1];
      if (parent && piece.end > parent.end) {
        // Cut: the rest starts where the parent ends, and goes back into the queue in order.
        var rest = { start: parent.end, end: piece.end, id: piece.id, last: true };
        piece = { start: piece.start, end: parent.end, id: piece.id, last: false };
        var j = i + 1;
        while (j < order.length && (order[j].start < rest.start || (order[j].start === rest.start && order[j].end > rest.end))) j++;
        order.splice(j, 0, rest);
      }
      if (piece.end > piece.start) open(piece);
    }
    while (stack.length) close();
    emit(text.length);
    return out.join('');
  }

  function panelHtml(view) {
    var html = ['<h4>' + escapeHtml(ui.legend) + '</h4><p class="legend-fields">'];
    var used = {};
    view.spans.forEach(function (s) { used[s[2]] = true; });
    ui.fields.forEach(function (f) {
      if (used[f]) html.push('<mark data-field="' + f + '">' + escapeHtml(ui.field[f]) + '</mark> ');
    });
    html.push('</p>');
    view.panel.forEach(function (group) {
      html.push('<section class="group" data-group="' + group.key + '"><h4>' + escapeHtml(ui[group.key]) +
        ' <small>(' + group.entries.length + ')</small></h4><ul>');
      group.entries.forEach(function (entry) {
        // [label, value, span, badge, depth]; a null value is the span's text on one line.
        var label = entry[0];
        var span = entry[2];
        var value = entry[1] !== null ? entry[1] : view.input.slice(view.spans[span][0], view.spans[span][1]).replace(/\s+/g, ' ').trim();
        if (label && group.key === 'header') label = ui[label];
        else if (label && group.key === 'assignments') label = ui.role[label];
        else if (label && group.key === 'diagnostics') label = ui.severity[label];
        else if (label && group.key === 'sections') label = ui.inferred;
        var inner = (label ? '<span class="label">' + escapeHtml(label) + '</span> ' : '') + escapeHtml(value) +
          (entry[3] ? ' <span class="badge">' + escapeHtml(entry[3]) + '</span>' : '');
        var depth = entry[4] ? ' style="padding-left:' + (entry[4] - 1) * 0.9 + 'em"' : '';
        var severity = group.key === 'diagnostics' ? ' class="' + entry[0] + '"' : '';
        if (span === null) {
          html.push('<li' + depth + severity + '><span class="nopos" title="' + escapeHtml(ui.notInText) + '">' + inner + '</span></li>');
        } else {
          html.push('<li' + depth + severity + '><button type="button" class="field" data-target="' + span + '">' + inner + '</button></li>');
        }
      });
      html.push('</ul></section>');
    });
    return html.join('');
  }

  // ---- Deadlines: a group's rows are drawn when it is opened ----
  var deadlines = null;
  function drawDeadlines(details) {
    if (details.hasAttribute('data-drawn')) return;
    if (!deadlines) deadlines = JSON.parse(document.getElementById('deadline-data').textContent);
    var rows = deadlines.groups[+details.getAttribute('data-deadlines')];
    var html = rows.map(function (r) {
      // [when, date as read, document, raw, section, start, end, year inferred]
      return '<tr><td class="nowrap">' + escapeHtml(r[0]) + (r[7] ? ' <small title="' + escapeHtml(deadlines.yearInferred) + '">*</small>' : '') +
        '</td><td class="nowrap">' + escapeHtml(r[1]) + '</td><td><a href="#doc-' + r[2] + '" data-open="' + r[2] + '">' + escapeHtml(deadlines.files[r[2]]) +
        '</a></td><td><a href="#doc-' + r[2] + '" data-open="' + r[2] + '" data-start="' + r[5] + '" data-end="' + r[6] + '">' + escapeHtml(r[3]) +
        '</a></td><td>' + escapeHtml(r[4]) + '</td></tr>';
    });
    details.querySelector('tbody').innerHTML = html.join('');
    details.setAttribute('data-drawn', '');
  }
  document.querySelectorAll('details[data-deadlines]').forEach(function (details) {
    if (details.open) drawDeadlines(details);
    details.addEventListener('toggle', function () { if (details.open) drawDeadlines(details); });
  });

  function viewOf(n) { return document.getElementById('doc-' + n); }

  function render(article) {
    if (article.hasAttribute('data-rendered')) return;
    var data = article.querySelector('script.doc-data');
    var body = article.querySelector('.doc-body');
    if (!data || !body) return;
    var view = JSON.parse(data.textContent);
    article.spans = view.spans;
    body.innerHTML = '<div class="text" lang="vi">' + markText(view.input, view.spans) + '</div><aside class="panel">' + panelHtml(view) + '</aside>';
    article.setAttribute('data-rendered', '');
  }

  function openView(article, show) {
    if (!article || !article.querySelector('.doc-body')) return;
    render(article);
    var body = article.querySelector('.doc-body');
    var button = article.querySelector('button.toggle');
    body.hidden = !show;
    if (button) {
      button.textContent = show ? ui.close : ui.open;
      button.setAttribute('aria-expanded', String(show));
    }
  }

  var current = [];
  function flash(article, id) {
    current.forEach(function (m) { m.classList.remove('current', 'flash'); });
    current = Array.prototype.slice.call(article.querySelectorAll('.text mark[data-span="' + id + '"]'));
    if (!current.length) return;
    current[0].scrollIntoView({ block: 'center' });
    current.forEach(function (m) {
      void m.offsetWidth; // restart the animation when the same span is flashed twice
      m.classList.add('current', 'flash');
    });
  }

  function spanAt(article, start, end) {
    var spans = article.spans || [];
    for (var i = 0; i < spans.length; i++) if (spans[i][0] === start && spans[i][1] === end) return i;
    return -1;
  }

  function openAll() {
    document.querySelectorAll('article.doc').forEach(function (article) { openView(article, true); });
    document.documentElement.classList.add('all');
  }

  function followHash() {
    var hash = location.hash.slice(1);
    if (hash === 'all') { openAll(); return; }
    var match = /^doc-(\d+)$/.exec(hash);
    if (match) {
      var article = viewOf(match[1]);
      openView(article, true);
      if (article) article.scrollIntoView();
    }
  }

  document.addEventListener('click', function (event) {
    var target = event.target.closest ? event.target : event.target.parentElement;
    var field = target.closest('button.field');
    if (field) {
      flash(field.closest('article.doc'), field.getAttribute('data-target'));
      return;
    }
    var toggle = target.closest('button.toggle');
    if (toggle) {
      var body = toggle.closest('article.doc').querySelector('.doc-body');
      openView(toggle.closest('article.doc'), body.hidden);
      return;
    }
    if (target.closest('#open-all')) { openAll(); return; }
    var bar = target.closest('a.bar');
    if (bar) {
      var group = document.getElementById('deadline-' + bar.getAttribute('data-deadlines'));
      group.open = true;
      drawDeadlines(group);
      return;
    }
    var link = target.closest('a[data-open]');
    if (link) {
      event.preventDefault();
      var article = viewOf(link.getAttribute('data-open'));
      openView(article, true);
      history.pushState(null, '', '#' + article.id);
      var id = link.hasAttribute('data-start') ? spanAt(article, +link.getAttribute('data-start'), +link.getAttribute('data-end')) : -1;
      if (id >= 0) flash(article, id);
      else article.scrollIntoView();
    }
  });
  window.addEventListener('hashchange', followHash);
  window.addEventListener('beforeprint', function () {
    openAll();
    document.querySelectorAll('details').forEach(function (d) {
      d.open = true;
      if (d.hasAttribute('data-deadlines')) drawDeadlines(d);
    });
  });
  followHash();
  document.documentElement.setAttribute('data-ready', '');
})();
`;
