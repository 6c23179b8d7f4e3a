/* Chronoline timeline page: the interactive time axis. Written for this page; no libraries.
 * Reads the JSON in #chronoline-data; draws only what is in view, in a bounded number of lanes,
 * and gathers what does not fit into counted clusters, so thousands of events stay responsive. */
(function () {
  'use strict';

  var HOUR = 3600000;
  var DAY = 24 * HOUR;
  var YEAR = 365.2425 * DAY;
  var LANE_HEIGHT = 28;
  var AXIS_HEIGHT = 26;
  var CLUSTER_ROW = 34;
  var CLUSTER_BIN = 56;
  var MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

  var dataElement = document.getElementById('chronoline-data');
  var root = document.getElementById('timeline-view');
  if (!dataElement || !root) {
    return;
  }
  var data = JSON.parse(dataElement.textContent);
  var articles = {};
  data.articles.forEach(function (a) { articles[a.id] = a; });
  var byId = {};
  var placed = [];
  data.events.forEach(function (e, i) {
    e.order = i;
    byId[e.id] = e;
    if (e.start !== null) {
      placed.push(e);
    }
  });
  placed.sort(function (a, b) { return a.start - b.start || b.end - a.end || a.order - b.order; });
  data.events.forEach(function (e) {
    var words = [e.label, e.when, e.value].concat(e.sources, e.participants);
    e.mentions.forEach(function (m) { words.push(m.sentence); });
    e.haystack = words.join('\n').toLowerCase();
  });
  var shown = placed;

  // ---- small DOM helpers ----
  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) {
      node.className = className;
    }
    if (text !== undefined && text !== null) {
      node.textContent = text;
    }
    return node;
  }
  function button(className, text, title, onClick) {
    var b = el('button', className, text);
    b.type = 'button';
    if (title) {
      b.title = title;
      b.setAttribute('aria-label', title);
    }
    b.addEventListener('click', onClick);
    return b;
  }

  // ---- the view's skeleton ----
  var axisPanel = el('div', 'axis-panel');
  var toolbar = el('div', 'toolbar');
  var rangeLabel = el('span', 'range');
  rangeLabel.setAttribute('aria-live', 'polite');
  toolbar.appendChild(button('zoom-in', '+', 'Zoom in', function () { zoomBy(0.5, 0.5); }));
  toolbar.appendChild(button('zoom-out', '\u2212', 'Zoom out', function () { zoomBy(2, 0.5); }));
  toolbar.appendChild(button('pan-left', '\u2190', 'Earlier', function () { panBy(-0.3); }));
  toolbar.appendChild(button('pan-right', '\u2192', 'Later', function () { panBy(0.3); }));
  toolbar.appendChild(button('fit', 'Fit all', 'Show every event', fit));
  var filter = el('input', 'filter');
  filter.type = 'search';
  filter.placeholder = 'Filter events';
  filter.setAttribute('aria-label', 'Filter events by words in their label, sources or mentions');
  filter.addEventListener('input', function () { applyFilter(filter.value); });
  toolbar.appendChild(filter);
  toolbar.appendChild(rangeLabel);
  var legend = el('span', 'legend');
  [['', 'exact date'], ['l-vague', 'vague / range'], ['l-conflict', 'conflicting reports']].forEach(function (l) {
    var s = el('span');
    s.appendChild(el('i', l[0]));
    s.appendChild(document.createTextNode(l[1]));
    legend.appendChild(s);
  });
  toolbar.appendChild(legend);
  var stage = el('div', 'stage');
  stage.tabIndex = 0;
  stage.setAttribute('role', 'application');
  stage.setAttribute('aria-label', 'Time axis: drag or use the arrow keys to pan, the wheel or + and - to zoom');
  var ticksLayer = el('div', 'ticks');
  var itemsLayer = el('div', 'items');
  stage.appendChild(ticksLayer);
  stage.appendChild(itemsLayer);
  axisPanel.appendChild(toolbar);
  axisPanel.appendChild(stage);
  var details = el('aside', 'details');
  details.setAttribute('aria-live', 'polite');
  root.appendChild(axisPanel);
  root.appendChild(details);
  root.hidden = false;

  // ---- the visible window, in UTC epoch milliseconds ----
  // "Fit all" shows every event; the first view shows where most of them are, so a few events
  // dated "the 2nd millennium" do not squeeze the rest of the story into one pixel.
  var extent = dataExtent(placed, 0);
  var narrow = placed.filter(function (e) { return e.end - e.start <= 400 * DAY; });
  var focus = narrow.length > 0 ? dataExtent(narrow, placed.length > 40 ? 0.02 : 0) : extent;
  var view = { t0: focus[0], t1: focus[1] };
  var selected = null;
  var renderQueued = false;
  var stats = { renders: 0, lastRenderMs: 0, drawnItems: 0, clusters: 0 };

  /**
   * The span of the events' starts and ends, less a fraction at both ends, with a margin on the
   * left and room on the right for the last label.
   */
  function dataExtent(events, trim) {
    if (events.length === 0) {
      return [-30 * DAY, 30 * DAY];
    }
    var times = [];
    events.forEach(function (e) {
      times.push(e.start);
      times.push(e.end);
    });
    times.sort(function (a, b) { return a - b; });
    var cut = Math.floor(times.length * trim);
    var lo = times[cut];
    var hi = times[times.length - 1 - cut];
    var span = Math.max(hi - lo, 2 * DAY);
    var width = stage.clientWidth || 800;
    var labelRoom = Math.min(0.5, 240 / width);
    var total = span * 1.1 / (1 - labelRoom);
    return [lo - span * 0.05, lo - span * 0.05 + total];
  }

  function clampView() {
    var minSpan = HOUR;
    var maxSpan = Math.max(10 * YEAR, (extent[1] - extent[0]) * 4);
    var span = view.t1 - view.t0;
    if (span < minSpan) {
      var mid = (view.t0 + view.t1) / 2;
      view.t0 = mid - minSpan / 2;
      view.t1 = mid + minSpan / 2;
    } else if (span > maxSpan) {
      var c = (view.t0 + view.t1) / 2;
      view.t0 = c - maxSpan / 2;
      view.t1 = c + maxSpan / 2;
    }
  }

  function zoomBy(factor, anchor) {
    var at = view.t0 + (view.t1 - view.t0) * anchor;
    view.t0 = at - (at - view.t0) * factor;
    view.t1 = at + (view.t1 - at) * factor;
    clampView();
    schedule();
  }

  function panBy(fraction) {
    var d = (view.t1 - view.t0) * fraction;
    view.t0 += d;
    view.t1 += d;
    schedule();
  }

  function fit() {
    view.t0 = extent[0];
    view.t1 = extent[1];
    schedule();
  }

  function showRange(lo, hi) {
    var span = Math.max(hi - lo, 2 * DAY);
    view.t0 = lo - span * 0.15;
    view.t1 = lo + span * 1.15;
    clampView();
    schedule();
  }

  function schedule() {
    if (!renderQueued) {
      renderQueued = true;
      window.requestAnimationFrame(function () {
        renderQueued = false;
        render();
      });
    }
  }

  // ---- ticks: a calendar unit chosen so labels are at least ~90px apart ----
  var UNITS = [
    { kind: 'hour', n: 1, ms: HOUR }, { kind: 'hour', n: 3, ms: 3 * HOUR }, { kind: 'hour', n: 6, ms: 6 * HOUR },
    { kind: 'hour', n: 12, ms: 12 * HOUR }, { kind: 'day', n: 1, ms: DAY }, { kind: 'day', n: 2, ms: 2 * DAY },
    { kind: 'week', n: 1, ms: 7 * DAY }, { kind: 'month', n: 1, ms: 30.44 * DAY },
    { kind: 'month', n: 3, ms: 91.3 * DAY }, { kind: 'month', n: 6, ms: 182.6 * DAY },
    { kind: 'year', n: 1, ms: YEAR }, { kind: 'year', n: 2, ms: 2 * YEAR }, { kind: 'year', n: 5, ms: 5 * YEAR },
    { kind: 'year', n: 10, ms: 10 * YEAR }, { kind: 'year', n: 25, ms: 25 * YEAR },
    { kind: 'year', n: 50, ms: 50 * YEAR }, { kind: 'year', n: 100, ms: 100 * YEAR },
    { kind: 'year', n: 250, ms: 250 * YEAR }, { kind: 'year', n: 500, ms: 500 * YEAR },
    { kind: 'year', n: 1000, ms: 1000 * YEAR }
  ];

  function chooseUnit(msPerPx) {
    for (var i = 0; i < UNITS.length; i++) {
      if (UNITS[i].ms / msPerPx >= 90) {
        return UNITS[i];
      }
    }
    return UNITS[UNITS.length - 1];
  }

  function floorTo(t, unit) {
    var d = new Date(t);
    var y = d.getUTCFullYear();
    switch (unit.kind) {
      case 'hour':
        return Date.UTC(y, d.getUTCMonth(), d.getUTCDate(), Math.floor(d.getUTCHours() / unit.n) * unit.n);
      case 'day':
        return Date.UTC(y, d.getUTCMonth(), d.getUTCDate());
      case 'week': {
        var day = Date.UTC(y, d.getUTCMonth(), d.getUTCDate());
        var dow = (new Date(day).getUTCDay() + 6) % 7;
        return day - dow * DAY;
      }
      case 'month':
        return Date.UTC(y, Math.floor(d.getUTCMonth() / unit.n) * unit.n, 1);
      default:
        return Date.UTC(Math.floor(y / unit.n) * unit.n, 0, 1);
    }
  }

  function step(t, unit) {
    var d = new Date(t);
    switch (unit.kind) {
      case 'hour':
        return t + unit.n * HOUR;
      case 'day':
        return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate() + unit.n);
      case 'week':
        return t + 7 * DAY;
      case 'month':
        return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + unit.n, 1);
      default:
        return Date.UTC(d.getUTCFullYear() + unit.n, 0, 1);
    }
  }

  function tickLabel(t, unit, first) {
    var d = new Date(t);
    var year = d.getUTCFullYear();
    var y = yearName(year);
    var m = d.getUTCMonth();
    var day = d.getUTCDate();
    switch (unit.kind) {
      case 'hour': {
        var hh = ('0' + d.getUTCHours()).slice(-2) + ':00';
        return { text: d.getUTCHours() === 0 || first ? MONTHS[m] + ' ' + day + ', ' + hh : hh,
          major: d.getUTCHours() === 0 };
      }
      case 'day':
      case 'week':
        return { text: MONTHS[m] + ' ' + day + (first || (m === 0 && day <= 7 * unit.n) ? ', ' + y : ''),
          major: day === 1 };
      case 'month':
        return { text: m === 0 || first ? MONTHS[m] + ' ' + y : MONTHS[m], major: m === 0 };
      default:
        return { text: String(y), major: year % (unit.n * 5) === 0 };
    }
  }

  function formatDate(t) {
    var d = new Date(t);
    return MONTHS[d.getUTCMonth()] + ' ' + d.getUTCDate() + ', ' + yearName(d.getUTCFullYear());
  }

  /** A year as a reader writes it: 2025, or before the era 250 B.C. (year -249 of the calendar Date counts in). */
  function yearName(year) {
    return year > 0 ? String(year) : (1 - year) + ' B.C.';
  }

  function renderTicks(width, msPerPx) {
    var unit = chooseUnit(msPerPx);
    var fragment = document.createDocumentFragment();
    var t = floorTo(view.t0, unit);
    var first = true;
    var guard = 0;
    while (t <= view.t1 && guard++ < 400) {
      var x = (t - view.t0) / msPerPx;
      if (x >= 0) {
        var label = tickLabel(t, unit, first);
        var tick = el('div', label.major ? 'tick major' : 'tick');
        tick.style.left = x.toFixed(1) + 'px';
        tick.appendChild(el('span', null, label.text));
        fragment.appendChild(tick);
        first = false;
      }
      var next = step(t, unit);
      if (!(next > t)) {
        break;
      }
      t = next;
    }
    ticksLayer.textContent = '';
    ticksLayer.appendChild(fragment);
  }

  // ---- items: visible events in lanes, the rest in clusters ----
  function labelWidth(e) {
    var chars = e.label.length + (e.point ? 0 : e.when.length + 3);
    return Math.min(chars * 6.4 + 30, e.point ? 236 : 300);
  }

  function render() {
    var started = window.performance.now();
    var width = stage.clientWidth || 800;
    var height = stage.clientHeight || 440;
    var msPerPx = (view.t1 - view.t0) / width;
    renderTicks(width, msPerPx);
    var lanes = Math.max(1, Math.floor((height - AXIS_HEIGHT - CLUSTER_ROW - 6) / LANE_HEIGHT));
    var chosen = selected ? byId[selected] : null;
    if (chosen && (chosen.start === null || shown.indexOf(chosen) < 0 || chosen.end < view.t0
        || chosen.start > view.t1)) {
      chosen = null;
    }
    var result = layout(width, msPerPx, lanes, null);
    if (chosen && !result.items.some(function (it) { return it.box.e === chosen; })) {
      // the selected event was crowded out: lay out again with the first lane kept for it, so
      // following a link or "Show on the axis" never leaves it in a cluster
      result = layout(width, msPerPx, lanes, chosen);
    }
    var fragment = document.createDocumentFragment();
    // in time order, so Tab walks the axis from left to right
    result.items.sort(function (a, b) { return a.box.e.start - b.box.e.start || a.lane - b.lane; });
    result.items.forEach(function (it) {
      fragment.appendChild(itemNode(it.box.e, it.box.left, it.box.x1, it.lane));
    });
    var drawn = result.items.length;
    var bins = result.bins;
    var binKeys = result.binKeys;
    binKeys.forEach(function (key) {
      var bin = bins[key];
      var c = button('cluster' + (bin.conflict ? ' has-conflict' : ''), '+' + bin.ids.length,
        bin.ids.length + ' more events here; click to zoom in', function () { showRange(bin.lo, bin.hi); });
      c.style.left = Math.max(key * CLUSTER_BIN + CLUSTER_BIN / 2, 30) + 'px';
      c.style.top = (height - CLUSTER_ROW + 6) + 'px';
      c.setAttribute('data-events', bin.ids.join(' '));
      fragment.appendChild(c);
    });
    if (binKeys.length > 0) {
      var rule = el('div', 'overflow-rule');
      rule.style.top = (height - CLUSTER_ROW) + 'px';
      rule.appendChild(el('span', null, 'more events (zoom in)'));
      fragment.appendChild(rule);
    }
    if (shown.length === 0) {
      fragment.appendChild(el('div', 'now-empty', placed.length === 0
        ? 'No event has a calendar date to place on the axis.' : 'No event matches the filter.'));
    }
    // keep the keyboard focus on the same event across redraws
    var active = document.activeElement;
    var focusedId = active && itemsLayer.contains(active) ? active.getAttribute('data-event') : null;
    itemsLayer.textContent = '';
    itemsLayer.appendChild(fragment);
    if (focusedId) {
      var again = itemsLayer.querySelector('[data-event="' + focusedId + '"]');
      if (again) {
        again.focus({ preventScroll: true });
      }
    }
    rangeLabel.textContent = formatDate(view.t0) + ' \u2013 ' + formatDate(view.t1) + '  \u00b7  '
      + (shown === placed ? '' : shown.length + ' match, ') + drawn + ' shown'
      + (binKeys.length ? ', ' + countIn(bins, binKeys) + ' in clusters' : '');
    stats.renders++;
    stats.drawnItems = drawn;
    stats.clusters = binKeys.length;
    stats.lastRenderMs = window.performance.now() - started;
    document.documentElement.setAttribute('data-chronoline-ready', 'true');
  }

  /**
   * Puts the events in view into lanes, greedily in time order; what does not fit goes into
   * clusters by position. Two passes: events narrower than half the view first, so the few wide
   * ones ("the 2020s") cannot take every lane; then the wide ones, narrowest first, in whatever room
   * is left. With {@code reserved}, that event takes the first lane before anything else.
   */
  function layout(width, msPerPx, lanes, reserved) {
    var laneEnds = [];
    var laneItems = [];
    for (var l = 0; l < lanes; l++) {
      laneEnds.push(-Infinity);
      laneItems.push([]);
    }
    var out = { items: [], bins: {}, binKeys: [] };
    var wide = [];
    var reservedBox = null;
    if (reserved) {
      reservedBox = itemBox(reserved, msPerPx);
      laneItems[0].push(reservedBox);
      out.items.push({ box: reservedBox, lane: 0 });
    }
    for (var i = 0; i < shown.length; i++) {
      var e = shown[i];
      if (e.end < view.t0 && !(e.point && e.start >= view.t0 - 8 * msPerPx)) {
        continue;
      }
      if (e.start > view.t1) {
        break;
      }
      if (e === reserved) {
        continue;
      }
      var box = itemBox(e, msPerPx);
      if (box.x1 - box.left > width / 2) {
        wide.push(box);
        continue;
      }
      var lane = -1;
      for (var k = 0; k < lanes; k++) {
        if (laneEnds[k] <= box.left - 4 && (k > 0 || !reservedBox || !overlaps(box, reservedBox))) {
          lane = k;
          break;
        }
      }
      if (lane < 0) {
        addToCluster(out.bins, out.binKeys, e, box.x0, width);
        continue;
      }
      laneEnds[lane] = box.right;
      laneItems[lane].push(box);
      out.items.push({ box: box, lane: lane });
    }
    wide.sort(function (a, b) { return (a.x1 - a.left) - (b.x1 - b.left) || a.e.start - b.e.start; });
    wide.forEach(function (box) {
      for (var k = 0; k < lanes; k++) {
        if (laneItems[k].every(function (o) { return !overlaps(box, o); })) {
          laneItems[k].push(box);
          out.items.push({ box: box, lane: k });
          return;
        }
      }
      addToCluster(out.bins, out.binKeys, box.e, Math.max(0, box.x0), width);
    });
    return out;
  }

  /** Where an event goes: its start and end in pixels and the extent its label needs. */
  function itemBox(e, msPerPx) {
    var x0 = (e.start - view.t0) / msPerPx;
    var x1 = e.point ? x0 : (e.end - view.t0) / msPerPx;
    // a range that began before the view keeps its label at the left edge
    var left = e.point ? x0 - 6 : Math.max(x0, -2);
    var right = e.point ? x0 + labelWidth(e) : Math.max(x1, left + labelWidth(e));
    return { e: e, x0: x0, x1: x1, left: left, right: right };
  }

  function overlaps(a, b) {
    return !(a.right + 4 <= b.left || b.right + 4 <= a.left);
  }

  function addToCluster(bins, binKeys, e, x, width) {
    var key = Math.floor(Math.max(0, Math.min(width - 1, x)) / CLUSTER_BIN);
    var bin = bins[key];
    if (!bin) {
      bin = bins[key] = { ids: [], lo: Infinity, hi: -Infinity, conflict: false };
      binKeys.push(key);
    }
    bin.ids.push(e.id);
    bin.lo = Math.min(bin.lo, e.start);
    bin.hi = Math.max(bin.hi, e.end);
    bin.conflict = bin.conflict || e.conflicts.length > 0;
  }

  function countIn(bins, keys) {
    var n = 0;
    keys.forEach(function (k) { n += bins[k].ids.length; });
    return n;
  }

  function itemNode(e, left, x1, lane) {
    var classes = 'item ' + (e.point ? 'point' : 'range') + ' ' + (e.vague ? 'vague' : 'exact');
    if (e.conflicts.length > 0) {
      classes += ' conflict';
    }
    if (selected === e.id) {
      classes += ' selected';
    }
    var node = el('button', classes);
    node.type = 'button';
    node.setAttribute('data-event', e.id);
    node.title = e.when + ' \u2014 ' + e.label + (e.conflicts.length ? ' (conflicting reports)' : '');
    node.style.left = left.toFixed(1) + 'px';
    node.style.top = (AXIS_HEIGHT + lane * LANE_HEIGHT) + 'px';
    if (e.point) {
      node.appendChild(el('span', 'dot'));
    } else {
      var bar = el('span', 'bar');
      var w = Math.max(x1 - left, 6);
      bar.style.width = w.toFixed(1) + 'px';
      node.style.minWidth = w.toFixed(1) + 'px';
      node.appendChild(bar);
    }
    var label = el('span', 'label');
    if (!e.point) {
      // a bar says which stretch of time it is, even when its start is out of view
      label.appendChild(el('span', 'when-tag', e.when));
      label.appendChild(document.createTextNode(' '));
    }
    label.appendChild(document.createTextNode(e.label));
    node.appendChild(label);
    return node;
  }

  // ---- the details panel ----
  function showDetails(id) {
    var e = byId[id];
    if (!e) {
      return;
    }
    selected = id;
    details.textContent = '';
    details.appendChild(button('close', '\u00d7', 'Close the details', function () {
      selected = null;
      showHint();
      schedule();
    }));
    details.appendChild(el('h2', null, e.label));
    var meta = el('p', 'meta');
    meta.appendChild(el('strong', null, e.when));
    meta.appendChild(document.createTextNode(' \u00b7 ' + e.value + ' \u00b7 ' + e.granularity.toLowerCase()
      + ' \u00b7 ' + e.placement.toLowerCase()));
    details.appendChild(meta);
    e.conflicts.forEach(function (c) {
      var p = el('p', 'conflict-note');
      p.appendChild(el('strong', null, c.heading + ': '));
      p.appendChild(document.createTextNode(c.claims.join(' vs ')));
      details.appendChild(p);
    });
    if (e.participants.length) {
      details.appendChild(el('p', 'participants', 'Participants: ' + e.participants.join(', ')));
    }
    var list = el('ul', 'mentions');
    e.mentions.forEach(function (m) {
      var li = el('li', 'mention');
      li.appendChild(sentenceNode(m));
      var cite = el('p', 'cite');
      var a = articles[m.article];
      cite.appendChild(document.createTextNode('\u2014 '));
      cite.appendChild(el('cite', null, a ? a.source : m.article));
      if (a && a.title) {
        cite.appendChild(document.createTextNode(', '));
        if (a.url) {
          var link = el('a', null, a.title);
          link.href = a.url;
          link.rel = 'noopener noreferrer';
          cite.appendChild(link);
        } else {
          cite.appendChild(el('span', 'title', a.title));
        }
      }
      if (a) {
        cite.appendChild(document.createTextNode(', published ' + a.published));
      }
      li.appendChild(cite);
      list.appendChild(li);
    });
    details.appendChild(list);
    var nav = el('p', 'nav');
    var index = placed.indexOf(e);
    if (index > 0) {
      nav.appendChild(button('prev', '\u2039 Earlier event', null, function () { jump(index - 1); }));
    }
    if (index >= 0 && index < placed.length - 1) {
      nav.appendChild(button('next', 'Later event \u203a', null, function () { jump(index + 1); }));
    }
    var more = el('a', null, 'Show in the list');
    more.href = '#event-' + e.id;
    nav.appendChild(more);
    details.appendChild(nav);
    highlightListEntry(e.id);
    schedule();
  }

  /** Selects the event at this index in time order and brings it into view. */
  function jump(index) {
    var e = placed[index];
    var span = view.t1 - view.t0;
    if (e.start < view.t0 || e.start > view.t0 + span * 0.8) {
      view.t0 = e.start - span * 0.3;
      view.t1 = view.t0 + span;
    }
    showDetails(e.id);
  }

  /** Keeps the events whose text holds every word of the query, on the axis and in the list. */
  function applyFilter(query) {
    var words = query.toLowerCase().split(/\s+/).filter(function (w) { return w.length > 0; });
    function matches(e) {
      return words.every(function (w) { return e.haystack.indexOf(w) >= 0; });
    }
    shown = words.length === 0 ? placed : placed.filter(matches);
    var count = 0;
    Array.prototype.forEach.call(document.querySelectorAll('#event-list .event[data-event]'), function (li) {
      var e = byId[li.getAttribute('data-event')];
      var keep = !e || words.length === 0 || matches(e);
      li.hidden = !keep;
      if (keep) {
        count++;
      }
    });
    stats.filtered = count;
    schedule();
  }

  function sentenceNode(m) {
    var q = el('blockquote');
    var s = m.sentence;
    var at = m.expression ? m.at : -1;
    if (at < 0) {
      q.textContent = s;
      return q;
    }
    q.appendChild(document.createTextNode(s.slice(0, at)));
    q.appendChild(el('mark', null, m.expression));
    q.appendChild(document.createTextNode(s.slice(at + m.expression.length)));
    return q;
  }

  function showHint() {
    details.textContent = '';
    details.appendChild(el('h2', null, 'Details'));
    details.appendChild(el('p', 'hint', placed.length
      ? 'Click an event on the axis to see what each source reported. Drag to pan; use the wheel or the '
        + 'buttons to zoom; click a +N cluster to zoom into it.'
      : 'No event could be placed on the axis; see the list below.'));
  }

  var highlighted = null;
  function highlightListEntry(id) {
    if (highlighted) {
      highlighted.classList.remove('highlight');
    }
    highlighted = document.getElementById('event-' + id);
    if (highlighted) {
      highlighted.classList.add('highlight');
    }
  }

  // ---- interaction ----
  itemsLayer.addEventListener('click', function (ev) {
    var target = ev.target.closest ? ev.target.closest('.item') : null;
    if (target && !suppressClick) {
      showDetails(target.getAttribute('data-event'));
    }
  });

  stage.addEventListener('wheel', function (ev) {
    ev.preventDefault();
    var rect = stage.getBoundingClientRect();
    var anchor = Math.min(1, Math.max(0, (ev.clientX - rect.left) / rect.width));
    var lines = ev.deltaMode === 1 ? 16 : 1;
    if (ev.shiftKey || Math.abs(ev.deltaX) > Math.abs(ev.deltaY)) {
      // a sideways swipe on a touchpad, or shift and the wheel, pans
      panBy((ev.shiftKey && ev.deltaX === 0 ? ev.deltaY : ev.deltaX) * lines / (rect.width || 800));
      return;
    }
    var delta = ev.deltaY * lines;
    zoomBy(Math.exp(Math.max(-300, Math.min(300, delta)) * 0.0015), anchor);
  }, { passive: false });

  var drag = null;
  var suppressClick = false;
  stage.addEventListener('pointerdown', function (ev) {
    if (ev.button !== 0 || (ev.target.closest && ev.target.closest('.cluster'))) {
      return;
    }
    drag = { x: ev.clientX, t0: view.t0, t1: view.t1, moved: false, id: ev.pointerId };
    suppressClick = false;
  });
  stage.addEventListener('pointermove', function (ev) {
    if (!drag) {
      return;
    }
    var dx = ev.clientX - drag.x;
    if (!drag.moved && Math.abs(dx) > 4) {
      drag.moved = true;
      stage.classList.add('dragging');
      try {
        stage.setPointerCapture(drag.id);
      } catch (ignored) {
        // the pointer may already be gone; panning still works
      }
    }
    if (drag.moved) {
      var d = dx * (drag.t1 - drag.t0) / (stage.clientWidth || 800);
      view.t0 = drag.t0 - d;
      view.t1 = drag.t1 - d;
      schedule();
    }
  });
  function endDrag() {
    if (drag && drag.moved) {
      suppressClick = true;
      window.setTimeout(function () { suppressClick = false; }, 0);
    }
    drag = null;
    stage.classList.remove('dragging');
  }
  stage.addEventListener('pointerup', endDrag);
  stage.addEventListener('pointercancel', endDrag);

  stage.addEventListener('keydown', function (ev) {
    var handled = true;
    switch (ev.key) {
      case '+':
      case '=':
        zoomBy(0.5, 0.5);
        break;
      case '-':
      case '_':
        zoomBy(2, 0.5);
        break;
      case 'ArrowLeft':
        panBy(-0.1);
        break;
      case 'ArrowRight':
        panBy(0.1);
        break;
      case '0':
        fit();
        break;
      default:
        handled = false;
    }
    if (handled) {
      ev.preventDefault();
    }
  });
  document.addEventListener('keydown', function (ev) {
    if (ev.key === 'Escape' && selected) {
      selected = null;
      showHint();
      schedule();
    }
  });
  window.addEventListener('resize', schedule);

  // "Show on the axis" buttons in the list, with one listener for all of them
  Array.prototype.forEach.call(document.querySelectorAll('.event[data-event]'), function (li) {
    var e = byId[li.getAttribute('data-event')];
    var when = li.querySelector('.when');
    if (e && e.start !== null && when) {
      var b = el('button', 'show-on-axis', 'Show on the axis');
      b.type = 'button';
      when.appendChild(b);
    }
  });
  var eventList = document.getElementById('event-list');
  if (eventList) {
    eventList.addEventListener('click', function (ev) {
      var b = ev.target.closest ? ev.target.closest('button.show-on-axis') : null;
      var li = b ? b.closest('.event[data-event]') : null;
      var e = li ? byId[li.getAttribute('data-event')] : null;
      if (e) {
        showRange(e.start, e.end);
        showDetails(e.id);
        root.scrollIntoView({ behavior: 'smooth', block: 'start' });
      }
    });
  }

  // a small API, for tests and for people poking at the page from the console
  window.chronoline = {
    stats: stats,
    events: data.events.length,
    placed: placed.length,
    show: showDetails,
    filter: function (query) {
      filter.value = query;
      applyFilter(query);
    },
    fit: fit,
    focus: function () { showRange(focus[0], focus[1]); },
    zoom: function (factor) { zoomBy(factor, 0.5); },
    view: function () { return { start: view.t0, end: view.t1 }; },
    render: render
  };

  showHint();
  render();

  // a link to page.html#event-e5 opens with that event selected on the axis
  var linked = /^#event-(.+)$/.exec(window.location.hash);
  if (linked && byId[linked[1]] && byId[linked[1]].start !== null) {
    var target = byId[linked[1]];
    showRange(target.start, target.end);
    showDetails(target.id);
  }
}());
