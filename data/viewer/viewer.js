// Diplograph's graph viewer: draws the graph embedded in #graph-data with vis-network and wires
// the search, filters, meeting timeline, shortest path and evidence panel. Every piece of data
// reaches the document through textContent (never as markup).
(function () {
  "use strict";
  var status = document.getElementById("graph-status");
  function fail(message) {
    status.textContent = message;
    status.className = "error";
  }
  if (typeof vis === "undefined") { fail("error: vis-network did not load"); return; }
  var D = JSON.parse(document.getElementById("graph-data").textContent);
  var N = D.nodes, M = D.edges;
  var big = N > 1000 || M > 5000;

  // ---- Data -------------------------------------------------------------------------------
  function column(list, name) {
    for (var k = 0; k < list.length; k++) if (list[k].name === name) return list[k].values;
    return null;
  }
  function get(col, i) { return col && col[i] !== undefined && col[i] !== null ? col[i] : null; }
  function split(s) { return s === null ? [] : String(s).split("; ").filter(function (x) { return x.length > 0; }); }
  var known = {};
  function nodeCol(name) { known["n:" + name] = true; return column(D.nodeAttributes, name); }
  function edgeCol(name) { known["e:" + name] = true; return column(D.edgeAttributes, name); }
  var type = nodeCol("type"), mentions = nodeCol("mentions"), articleCount = nodeCol("articles");
  var aliases = nodeCol("aliases"), roles = nodeCol("roles"), affiliation = nodeCol("affiliation");
  var entityID = nodeCol("entity_id"), externalID = nodeCol("external_id");
  var kind = edgeCol("kind"), meetings = edgeCol("meetings"), cooc = edgeCol("cooccurrences");
  var edgeArticles = edgeCol("articles"), dates = edgeCol("meeting_dates"), places = edgeCol("places");
  var firstMeeting = edgeCol("first_meeting"), lastMeeting = edgeCol("last_meeting");
  var sources = edgeCol("sources"), evidence = edgeCol("evidence");
  var labels = D.labels, S = D.source, T = D.target, W = D.weight;

  function isMeeting(e) {
    var m = get(meetings, e), k = get(kind, e);
    return (m !== null && m > 0) || k === "meeting" || k === "both";
  }
  function typeOf(i) { var t = get(type, i); return t === null ? "other" : String(t); }

  var adjacency = [];
  for (var i = 0; i < N; i++) adjacency.push([]);
  for (var e = 0; e < M; e++) { adjacency[S[e]].push(e); if (T[e] !== S[e]) adjacency[T[e]].push(e); }

  // Meeting dates per edge (the list, else first and last), and all distinct dates in order.
  var edgeDates = [], dateSet = {};
  for (e = 0; e < M; e++) {
    var ds = split(get(dates, e));
    if (ds.length === 0) {
      var f = get(firstMeeting, e), l = get(lastMeeting, e);
      if (f !== null) ds.push(String(f));
      if (l !== null && l !== f) ds.push(String(l));
    }
    edgeDates.push(ds);
    for (var k = 0; k < ds.length; k++) dateSet[ds[k]] = true;
  }
  var allDates = Object.keys(dateSet).sort();
  // A partial date (2026-01) overlaps every date it is a prefix of, as in `path --after`.
  function compareDates(a, b) {
    var n = Math.min(a.length, b.length), x = a.slice(0, n), y = b.slice(0, n);
    return x < y ? -1 : (x > y ? 1 : 0);
  }

  // ---- Style (as in DOT) --------------------------------------------------------------------
  var STYLES = {
    person: { shape: "dot", color: "#aec7e8", border: "#4f7fb5" },
    country: { shape: "square", color: "#ffbb78", border: "#c7762b" },
    organization: { shape: "hexagon", color: "#98df8a", border: "#4b9a3b" },
    place: { shape: "triangle", color: "#c5b0d5", border: "#7d5c9e" },
    other: { shape: "diamond", color: "#dddddd", border: "#888888" }
  };
  var MEETING = "#d62728", COOCCURRENCE = "#9e9e9e";
  function style(t) { return STYLES[t] || STYLES.other; }
  var maxMentions = 0, maxWeight = 0;
  for (i = 0; i < N; i++) maxMentions = Math.max(maxMentions, Number(get(mentions, i)) || 0);
  for (e = 0; e < M; e++) if (isFinite(W[e])) maxWeight = Math.max(maxWeight, W[e]);

  function tooltip(i) {
    var div = document.createElement("div");
    var m = get(mentions, i);
    div.textContent = labels[i] + "\n" + typeOf(i) + (m === null ? "" : ", " + m + (m === 1 ? " mention" : " mentions"));
    return div;
  }
  var nodeItems = new Array(N), edgeItems = new Array(M);
  for (i = 0; i < N; i++) {
    var st = style(typeOf(i)), m = Number(get(mentions, i)) || 0;
    nodeItems[i] = {
      id: i, label: labels[i], shape: st.shape,
      size: maxMentions > 0 ? 8 + 20 * Math.log1p(Math.max(m, 0)) / Math.log1p(maxMentions) : 12,
      color: { background: st.color, border: st.border, highlight: { background: st.color, border: "#000000" },
               hover: { background: st.color, border: "#000000" } },
      title: big ? undefined : tooltip(i)
    };
  }
  for (e = 0; e < M; e++) {
    var w = W[e], met = isMeeting(e);
    edgeItems[e] = {
      id: e, from: S[e], to: T[e],
      width: maxWeight > 0 && w > 0 && isFinite(w) ? 1 + 4 * Math.log1p(w) / Math.log1p(maxWeight) : 1,
      color: { color: met ? MEETING : COOCCURRENCE, highlight: met ? "#8b0000" : "#333333", opacity: met ? 0.9 : 0.55 },
      dashes: !met && !big ? [4, 3] : false
    };
  }

  // ---- Filters --------------------------------------------------------------------------------
  var nodeShown = new Uint8Array(N), edgeShown = new Uint8Array(M);
  var forcedNodes = {}, forcedEdges = {};
  var typeBoxes = {};
  var typeFilters = document.getElementById("type-filters");
  var typeCounts = {};
  for (i = 0; i < N; i++) typeCounts[typeOf(i)] = (typeCounts[typeOf(i)] || 0) + 1;
  Object.keys(typeCounts).sort().forEach(function (t) {
    var label = document.createElement("label"), box = document.createElement("input");
    box.type = "checkbox"; box.checked = true; box.id = "type-" + t.replace(/[^A-Za-z0-9_-]/g, "_");
    box.addEventListener("change", applyFilters);
    typeBoxes[t] = box;
    label.appendChild(box);
    label.appendChild(document.createTextNode(" " + t + " (" + typeCounts[t] + ")"));
    typeFilters.appendChild(label);
  });
  var legend = document.getElementById("legend");
  Object.keys(typeCounts).sort().concat(["meeting", "co-occurrence"]).forEach(function (t) {
    var span = document.createElement("span"), swatch = document.createElement("i");
    swatch.style.background = t === "meeting" ? MEETING : (t === "co-occurrence" ? COOCCURRENCE : style(t).color);
    span.appendChild(swatch);
    span.appendChild(document.createTextNode(t === "meeting" || t === "co-occurrence" ? t + " edge" : t + " (" + style(t).shape + ")"));
    legend.appendChild(span);
  });
  var minWeight = document.getElementById("min-weight");
  var meetingsOnly = document.getElementById("meetings-only");
  var hideIsolated = document.getElementById("hide-isolated");
  var dateFrom = document.getElementById("date-from"), dateTo = document.getElementById("date-to");
  // Kept before a graph without dates replaces the timeline's contents with a note.
  var dateFromLabel = document.getElementById("date-from-label"), dateToLabel = document.getElementById("date-to-label");
  var play = document.getElementById("play");
  if (allDates.length === 0) {
    document.getElementById("timeline").textContent = "No dated meetings in this graph.";
  } else {
    dateFrom.max = dateTo.max = String(allDates.length - 1);
    dateTo.value = String(allDates.length - 1);
  }
  [minWeight, meetingsOnly, hideIsolated].forEach(function (c) { c.addEventListener("change", applyFilters); });
  minWeight.addEventListener("input", applyFilters);
  [dateFrom, dateTo].forEach(function (c) {
    c.addEventListener("input", function () {
      if (Number(dateFrom.value) > Number(dateTo.value)) {
        if (c === dateFrom) dateTo.value = dateFrom.value; else dateFrom.value = dateTo.value;
      }
      stopPlaying();
      applyFilters();
    });
  });

  function computeShown() {
    var minW = Number(minWeight.value) || 0, onlyMet = meetingsOnly.checked;
    var lo = 0, hi = allDates.length - 1, dated = false;
    if (allDates.length > 0) {
      lo = Number(dateFrom.value); hi = Number(dateTo.value);
      dated = lo > 0 || hi < allDates.length - 1;
    }
    var from = allDates[lo], to = allDates[hi];
    var typeOK = new Uint8Array(N), degree = new Uint32Array(N);
    for (var i = 0; i < N; i++) typeOK[i] = typeBoxes[typeOf(i)].checked ? 1 : 0;
    for (var e = 0; e < M; e++) {
      var show = typeOK[S[e]] && typeOK[T[e]] && !(W[e] < minW);
      if (show && (onlyMet || dated)) {
        var met = isMeeting(e);
        if (onlyMet && !met) show = false;
        if (show && dated && met) {
          show = edgeDates[e].some(function (d) { return compareDates(d, from) >= 0 && compareDates(d, to) <= 0; });
        }
      }
      if (forcedEdges[e]) show = true;
      edgeShown[e] = show ? 1 : 0;
      if (show) { degree[S[e]]++; degree[T[e]]++; }
    }
    for (i = 0; i < N; i++) {
      nodeShown[i] = (typeOK[i] && (!hideIsolated.checked || degree[i] > 0)) || forcedNodes[i] ? 1 : 0;
    }
    for (e = 0; e < M; e++) if (edgeShown[e] && !(nodeShown[S[e]] && nodeShown[T[e]])) edgeShown[e] = 0;
    dateFromLabel.textContent = allDates.length ? allDates[lo] : "";
    dateToLabel.textContent = allDates.length ? allDates[hi] : "";
  }

  var nodeSet = new vis.DataSet(nodeItems), edgeSet = new vis.DataSet(edgeItems);
  computeShown();
  var nodeView = new vis.DataView(nodeSet, { filter: function (n) { return nodeShown[n.id] === 1; } });
  var edgeView = new vis.DataView(edgeSet, { filter: function (x) { return edgeShown[x.id] === 1; } });
  var ready = false;

  function updateStatus() {
    var n = 0, m = 0;
    for (var i = 0; i < N; i++) n += nodeShown[i];
    for (var e = 0; e < M; e++) m += edgeShown[e];
    status.dataset.nodes = String(n);
    status.dataset.edges = String(m);
    status.textContent = n + " of " + N + " nodes, " + m + " of " + M + " edges shown";
  }
  function applyFilters() {
    computeShown();
    nodeView.refresh();
    edgeView.refresh();
    if (ready) updateStatus();
  }

  // ---- Network --------------------------------------------------------------------------------
  var container = document.getElementById("graph");
  // Small graphs are laid out before they are shown (vis-network's stabilisation). Big ones are
  // drawn at once and settle in view, so the page answers clicks while they do; the layout stops
  // when it is stable, after LAYOUT_MS, or with the Stop layout button.
  var LAYOUT_MS = 30000;
  var network = new vis.Network(container, { nodes: nodeView, edges: edgeView }, {
    autoResize: true,
    layout: { randomSeed: 7, improvedLayout: !big },
    nodes: { borderWidth: 1, font: { size: 13, face: "system-ui, Noto Sans, sans-serif" } },
    edges: { smooth: big ? false : { type: "continuous" }, selectionWidth: 2, hoverWidth: 0 },
    physics: {
      solver: big ? "forceAtlas2Based" : "barnesHut",
      barnesHut: { gravitationalConstant: -6000, springLength: 130, springConstant: 0.03, damping: 0.4, avoidOverlap: 0.1 },
      forceAtlas2Based: { gravitationalConstant: -40, centralGravity: 0.01, springLength: 60, springConstant: 0.05, damping: 0.6 },
      stabilization: big ? { enabled: false } : { enabled: true, iterations: 400, updateInterval: 25, fit: true },
      minVelocity: 1
    },
    interaction: { hover: !big, tooltipDelay: 150, hideEdgesOnDrag: big, hideEdgesOnZoom: big, multiselect: false }
  });
  var stopButton = document.getElementById("layout-stop");
  var layoutTimer = null;
  function stopLayout() {
    if (status.dataset.layout === "done") return;
    if (layoutTimer !== null) clearTimeout(layoutTimer);
    network.setOptions({ physics: { enabled: false } });
    stopButton.hidden = true;
    status.dataset.layout = "done";
    status.dataset.layoutMs = String(Math.round(performance.now()));
  }
  stopButton.addEventListener("click", stopLayout);
  network.on("stabilizationProgress", function (p) {
    status.textContent = "laying out " + p.iterations + "/" + p.total + "…";
  });
  function drawn() {
    if (ready) return;
    network.once("afterDrawing", function () {
      ready = true;
      updateStatus();
      status.dataset.ready = "true";
      status.dataset.readyMs = String(Math.round(performance.now()));
    });
    network.redraw();
  }
  if (big && N > 0) {
    stopButton.hidden = false;
    drawn();
    network.once("stabilized", stopLayout);
    layoutTimer = setTimeout(stopLayout, LAYOUT_MS);
  } else {
    network.once("stabilizationIterationsDone", function () { stopLayout(); drawn(); });
    if (N === 0) { stopLayout(); drawn(); }
  }

  // ---- Info panel -------------------------------------------------------------------------------
  var info = document.getElementById("info");
  function el(tag, text, cls) {
    var x = document.createElement(tag);
    if (text !== undefined && text !== null) x.textContent = String(text);
    if (cls) x.className = cls;
    return x;
  }
  function clearInfo() { while (info.firstChild) info.removeChild(info.firstChild); }
  function row(dl, name, value) {
    if (value === null || value === undefined || value === "") return;
    dl.appendChild(el("dt", name));
    var dd = el("dd");
    if (value instanceof Node) dd.appendChild(value); else dd.textContent = String(value);
    dl.appendChild(dd);
  }
  function list(items, render) {
    var ul = el("ul");
    items.forEach(function (x) { var li = el("li"); render(li, x); ul.appendChild(li); });
    return ul;
  }
  function isURL(s) { return /^https?:\/\/[^\s]+$/i.test(s); }
  var articleURLs = D.articleURLs || {};
  // An article id links to the article's address (given by the graph, or the id itself when it
  // is one); only http(s) addresses become links.
  function articleRef(parent, id) {
    var url = Object.prototype.hasOwnProperty.call(articleURLs, id) ? String(articleURLs[id]) : id;
    if (isURL(url)) {
      var a = el("a", id);
      a.href = url; a.target = "_blank"; a.rel = "noopener noreferrer";
      parent.appendChild(a);
    } else {
      parent.appendChild(document.createTextNode(id));
    }
  }
  // In-page links (href "#", so the keyboard reaches and follows them) that show a node or an edge.
  function pageLink(parent, text, show) {
    var a = el("a", text, "node-link");
    a.href = "#";
    a.addEventListener("click", function (ev) { ev.preventDefault(); show(); });
    parent.appendChild(a);
  }
  function nodeLink(parent, i) { pageLink(parent, labels[i], function () { focusNode(i); }); }
  function edgeLink(parent, e, text) { pageLink(parent, text, function () { focusEdge(e); }); }
  function otherAttributes(dl, attributes, prefix, i) {
    attributes.forEach(function (a) {
      if (known[prefix + a.name]) return;
      row(dl, a.name, get(a.values, i));
    });
  }

  function showNode(i) {
    clearInfo();
    info.dataset.node = String(i);
    delete info.dataset.edge;
    info.appendChild(el("h2", labels[i], "node-title"));
    var dl = el("dl");
    row(dl, "type", typeOf(i));
    row(dl, "mentions", get(mentions, i));
    row(dl, "articles", get(articleCount, i));
    row(dl, "affiliation", get(affiliation, i));
    var r = split(get(roles, i));
    if (r.length) row(dl, "roles", list(r, function (li, x) { li.textContent = x; }));
    var al = split(get(aliases, i));
    if (al.length) row(dl, "aliases", list(al, function (li, x) { li.textContent = x; }));
    row(dl, "entity id", get(entityID, i));
    row(dl, "external id", get(externalID, i));
    otherAttributes(dl, D.nodeAttributes, "n:", i);
    info.appendChild(dl);
    var seen = {}, ids = [];
    adjacency[i].forEach(function (e) {
      split(get(sources, e)).forEach(function (a) { if (!seen[a]) { seen[a] = true; ids.push(a); } });
    });
    ids.sort();
    if (ids.length) {
      info.appendChild(el("h3", "Articles (" + ids.length + ")"));
      info.appendChild(list(ids, articleRef));
    }
    var nb = adjacency[i].slice().sort(function (a, b) { return (W[b] - W[a]) || (a - b); });
    info.appendChild(el("h3", "Neighbours (" + nb.length + ")"));
    info.appendChild(list(nb, function (li, e) {
      var other = S[e] === i ? T[e] : S[e];
      nodeLink(li, other);
      li.appendChild(document.createTextNode(" "));
      edgeLink(li, e, "(" + (isMeeting(e) ? "met, " : "") + "weight " + W[e] + ")");
    }));
  }

  function showEdge(e) {
    clearInfo();
    info.dataset.edge = String(e);
    delete info.dataset.node;
    var h = el("h2", null, "edge-title");
    nodeLink(h, S[e]);
    h.appendChild(document.createTextNode(" — "));
    nodeLink(h, T[e]);
    info.appendChild(h);
    var dl = el("dl");
    row(dl, "kind", get(kind, e) || (isMeeting(e) ? "meeting" : "cooccurrence"));
    row(dl, "weight", W[e]);
    row(dl, "co-occurrences", get(cooc, e));
    row(dl, "articles", get(edgeArticles, e));
    row(dl, "meetings", get(meetings, e));
    var ds = split(get(dates, e));
    if (ds.length) row(dl, "meeting dates", list(ds, function (li, x) { li.textContent = x; }));
    else { row(dl, "first meeting", get(firstMeeting, e)); row(dl, "last meeting", get(lastMeeting, e)); }
    var ps = split(get(places, e));
    if (ps.length) row(dl, "places", list(ps, function (li, x) { li.textContent = x; }));
    otherAttributes(dl, D.edgeAttributes, "e:", e);
    info.appendChild(dl);
    var ev = get(evidence, e);
    if (ev !== null) {
      info.appendChild(el("h3", "Evidence"));
      ev = String(ev);
      var colon = ev.indexOf(": "), article = colon > 0 ? ev.slice(0, colon) : null;
      var quote = el("blockquote", article === null ? ev : ev.slice(colon + 2), "evidence");
      info.appendChild(quote);
      if (article !== null) {
        var cite = el("p", "— ");
        articleRef(cite, article);
        info.appendChild(cite);
      }
    }
    var src = split(get(sources, e));
    if (src.length) {
      info.appendChild(el("h3", "Articles (" + src.length + ")"));
      info.appendChild(list(src, articleRef));
    }
  }

  function focusNode(i) {
    if (!nodeShown[i]) { forcedNodes[i] = true; applyFilters(); }
    network.selectNodes([i], true);
    network.focus(i, { scale: Math.max(network.getScale(), 1), animation: false });
    showNode(i);
  }
  function focusEdge(e) {
    if (!edgeShown[e]) { forcedEdges[e] = true; forcedNodes[S[e]] = true; forcedNodes[T[e]] = true; applyFilters(); }
    network.setSelection({ nodes: [], edges: [e] }, { highlightEdges: false });
    showEdge(e);
  }
  network.on("click", function (p) {
    if (p.nodes.length) showNode(p.nodes[0]);
    else if (p.edges.length) showEdge(p.edges[0]);
  });

  // ---- Names (as `diplograph path` matches them) ------------------------------------------------
  function normalize(s) {
    return String(s).normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase()
      .replace(/['\u2019\u2018\u02bc`]/g, "").replace(/[^\p{L}\p{N}]+/gu, " ").trim();
  }
  var names = D.names;
  // The first tier that matches decides: label or id, alias, spaces removed, a person's first
  // or last word. Returns the matching nodes, ordered by label.
  function match(query) {
    var q = normalize(query);
    if (!q) return [];
    var qc = q.replace(/ /g, ""), oneWord = qc === q;
    var tiers = [[], [], [], []];
    for (var i = 0; i < N; i++) {
      for (var t = 0; t < 2; t++) {
        var ns = names[i][t];
        for (var j = 0; j < ns.length; j++) {
          var s = ns[j];
          if (s === q) tiers[t].push(i);
          if (s.replace(/ /g, "") === qc) tiers[2].push(i);
          if (oneWord && (type === null || typeOf(i) === "person") && s.indexOf(" ") > 0) {
            if (s.slice(0, s.indexOf(" ")) === q || s.slice(s.lastIndexOf(" ") + 1) === q) tiers[3].push(i);
          }
        }
      }
    }
    for (t = 0; t < 4; t++) {
      if (tiers[t].length) {
        var distinct = tiers[t].filter(function (x, k, a) { return a.indexOf(x) === k; });
        return distinct.sort(function (a, b) { return labels[a] < labels[b] ? -1 : (labels[a] > labels[b] ? 1 : a - b); });
      }
    }
    return [];
  }
  // Names that contain the query, most mentioned first (for an unknown name).
  function containing(query, limit) {
    var q = normalize(query), out = [];
    if (!q) return out;
    for (var i = 0; i < N; i++) {
      if (names[i][0].concat(names[i][1]).some(function (s) { return s.indexOf(q) >= 0; })) out.push(i);
    }
    out.sort(function (a, b) { return (Number(get(mentions, b)) || 0) - (Number(get(mentions, a)) || 0) || a - b; });
    return out.slice(0, limit);
  }
  function showChoices(title, nodes) {
    clearInfo();
    delete info.dataset.node; delete info.dataset.edge;
    info.appendChild(el("h2", title));
    if (nodes.length) info.appendChild(list(nodes, function (li, i) { nodeLink(li, i); li.appendChild(document.createTextNode(" (" + typeOf(i) + ")")); }));
  }

  document.getElementById("search-form").addEventListener("submit", function (ev) {
    ev.preventDefault();
    var q = document.getElementById("search").value;
    var found = match(q);
    if (found.length === 1) { focusNode(found[0]); return; }
    if (found.length > 1) { showChoices("“" + q + "” names " + found.length + " entities:", found); return; }
    var near = containing(q, 20);
    showChoices(near.length ? "No entity is called “" + q + "”; names containing it:" : "No entity is called “" + q + "”.", near);
  });

  // ---- Shortest path (the cost of `diplograph path --via any`) --------------------------------
  function better(h1, i1, h2, i2, weighted) {
    var eps = 1e-9 * Math.max(1, Math.abs(i1), Math.abs(i2));
    var ic = Math.abs(i1 - i2) <= eps ? 0 : (i1 < i2 ? -1 : 1), hc = h1 === h2 ? 0 : (h1 < h2 ? -1 : 1);
    return weighted ? (ic !== 0 ? ic : hc) : (hc !== 0 ? hc : ic);
  }
  function sequence(parentNode, v) {
    var out = [];
    for (; v !== -1; v = parentNode[v]) out.push(v);
    return out.reverse();
  }
  function lexLess(a, b) {
    for (var k = 0; k < Math.min(a.length, b.length); k++) if (a[k] !== b[k]) return a[k] < b[k];
    return a.length < b.length;
  }
  function shortestPath(from, to, weighted) {
    var hops = new Float64Array(N).fill(Infinity), inv = new Float64Array(N).fill(Infinity);
    var parentNode = new Int32Array(N).fill(-1), parentEdge = new Int32Array(N).fill(-1), done = new Uint8Array(N);
    hops[from] = 0; inv[from] = 0;
    var heap = [from];
    function cmp(a, b) { return better(hops[a], inv[a], hops[b], inv[b], weighted); }
    function push(v) {
      heap.push(v);
      for (var c = heap.length - 1; c > 0;) {
        var p = (c - 1) >> 1;
        if (cmp(heap[c], heap[p]) >= 0) break;
        var x = heap[c]; heap[c] = heap[p]; heap[p] = x; c = p;
      }
    }
    function pop() {
      var top = heap[0], last = heap.pop();
      if (heap.length) {
        heap[0] = last;
        for (var c = 0; ;) {
          var l = 2 * c + 1, r = l + 1, m = c;
          if (l < heap.length && cmp(heap[l], heap[m]) < 0) m = l;
          if (r < heap.length && cmp(heap[r], heap[m]) < 0) m = r;
          if (m === c) break;
          var x = heap[c]; heap[c] = heap[m]; heap[m] = x; c = m;
        }
      }
      return top;
    }
    while (heap.length) {
      var u = pop();
      if (done[u]) continue;
      done[u] = 1;
      if (u === to) break;
      for (var k = 0; k < adjacency[u].length; k++) {
        var e = adjacency[u][k], w = W[e];
        if (!(w > 0) || !isFinite(w)) continue;
        var v = S[e] === u ? T[e] : S[e];
        if (done[v]) continue;
        var h = hops[u] + 1, iw = inv[u] + 1 / w;
        var c = hops[v] === Infinity ? -1 : better(h, iw, hops[v], inv[v], weighted);
        if (c === 0) {
          // Equal cost: the smaller node sequence wins, as in `diplograph path`.
          if (!lexLess(sequence(parentNode, u), sequence(parentNode, parentNode[v]))) continue;
        } else if (c > 0) continue;
        hops[v] = h; inv[v] = iw; parentNode[v] = u; parentEdge[v] = e;
        push(v);
      }
    }
    if (!done[to]) return null;
    var nodes = sequence(parentNode, to), edges = [];
    for (var j = 1; j < nodes.length; j++) edges.push(parentEdge[nodes[j]]);
    return { nodes: nodes, edges: edges, hops: hops[to], inverse: inv[to] };
  }

  function resolve(q, role) {
    var found = match(q);
    if (found.length === 1) return found[0];
    if (found.length > 1) showChoices(role + ": “" + q + "” is ambiguous:", found);
    else showChoices(role + ": no entity is called “" + q + "”" + (containing(q, 10).length ? "; names containing it:" : "."), containing(q, 10));
    return -1;
  }
  function clearPath() {
    forcedNodes = {}; forcedEdges = {};
    network.unselectAll();
    applyFilters();
  }
  document.getElementById("path-clear").addEventListener("click", function () {
    clearPath();
    clearInfo();
    info.appendChild(el("p", "Click a node or an edge to see the evidence behind it.", "hint"));
  });
  document.getElementById("path-form").addEventListener("submit", function (ev) {
    ev.preventDefault();
    var a = resolve(document.getElementById("path-from").value, "From");
    if (a < 0) return;
    var b = resolve(document.getElementById("path-to").value, "To");
    if (b < 0) return;
    var weighted = document.getElementById("path-weighted").checked;
    var p = shortestPath(a, b, weighted);
    clearPath();
    clearInfo();
    delete info.dataset.node; delete info.dataset.edge;
    var result = el("div");
    result.id = "path-result";
    if (p === null) {
      result.dataset.hops = "none";
      result.appendChild(el("h2", "No path from " + labels[a] + " to " + labels[b]));
      info.appendChild(result);
      return;
    }
    p.nodes.forEach(function (v) { forcedNodes[v] = true; });
    p.edges.forEach(function (e) { forcedEdges[e] = true; });
    applyFilters();
    network.setSelection({ nodes: p.nodes, edges: p.edges }, { highlightEdges: false });
    network.fit({ nodes: p.nodes, animation: false });
    result.dataset.hops = String(p.hops);
    result.dataset.path = p.nodes.map(function (v) { return labels[v]; }).join(" → ");
    result.appendChild(el("h2", "Path: " + p.hops + (p.hops === 1 ? " hop" : " hops") +
      (weighted ? ", cost " + p.inverse.toFixed(3) : "")));
    var ol = el("ol");
    p.nodes.forEach(function (v, k) {
      var li = el("li");
      nodeLink(li, v);
      if (k < p.edges.length) {
        li.appendChild(document.createTextNode(" "));
        var e = p.edges[k];
        edgeLink(li, e, "→ " + (isMeeting(e) ? "met" : "mentioned together") + ", weight " + W[e]);
      }
      ol.appendChild(li);
    });
    result.appendChild(ol);
    info.appendChild(result);
  });

  // ---- Timeline playback ---------------------------------------------------------------------
  var timer = null;
  function stopPlaying() {
    if (timer !== null) { clearInterval(timer); timer = null; play.textContent = "Play meetings"; }
  }
  play.addEventListener("click", function () {
    if (timer !== null) { stopPlaying(); return; }
    if (allDates.length === 0) return;
    meetingsOnly.checked = true;
    dateFrom.value = "0"; dateTo.value = "0";
    applyFilters();
    play.textContent = "Stop";
    timer = setInterval(function () {
      var next = Number(dateTo.value) + 1;
      if (next >= allDates.length) { stopPlaying(); return; }
      dateTo.value = String(next);
      applyFilters();
      var now = [];
      for (var e = 0; e < M; e++) {
        if (edgeShown[e] && edgeDates[e].some(function (d) { return compareDates(d, allDates[next]) === 0; })) now.push(e);
      }
      network.setSelection({ nodes: [], edges: now }, { highlightEdges: false });
    }, 900);
  });
})();
