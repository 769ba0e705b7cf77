// relgraph report page. Every text that comes from data is set with textContent or
// as an attribute value through the DOM, never parsed as HTML.
(function () {
  "use strict";

  var data = JSON.parse(document.getElementById("relgraph-data").textContent);
  // Maps, not objects, wherever data supplies the keys: an id or kind such as
  // "constructor" or "__proto__" must not reach Object.prototype.
  var KIND_COLORS = new Map([["country", "#3b82c4"], ["person", "#e08a2b"], ["organization", "#3f9b62"]]);
  var KIND_BORDERS = new Map();
  var OTHER_COLOR = "#8a94a3";
  var TOP_ROWS = 15;

  // ---- Index the data. -------------------------------------------------------------
  var entities = new Map();
  data.entities.forEach(function (entity) { entities.set(entity.id, entity); });
  var relationsByEntity = new Map();
  var relationsByPair = new Map();
  var pairByTitle = new Map();
  function pairKey(a, b) { return a < b ? a + "\u001f" + b : b + "\u001f" + a; }
  function push(map, key, value) {
    var list = map.get(key);
    if (!list) { list = []; map.set(key, list); }
    list.push(value);
  }
  data.relations.forEach(function (relation) {
    push(relationsByEntity, relation.source, relation);
    if (relation.target !== relation.source) { push(relationsByEntity, relation.target, relation); }
    var key = pairKey(relation.source, relation.target);
    push(relationsByPair, key, relation);
    [relation.source + "->" + relation.target, relation.target + "->" + relation.source,
     relation.source + "--" + relation.target, relation.target + "--" + relation.source]
      .forEach(function (title) { pairByTitle.set(title, key); });
  });
  data.measures.forEach(function (measure) { measure.scores = new Map(Object.entries(measure.values)); });
  var ranks = new Map();
  data.measures.forEach(function (measure) {
    var ordered = Array.from(measure.scores.keys()).sort(function (a, b) {
      return measure.scores.get(b) - measure.scores.get(a) || (a < b ? -1 : a > b ? 1 : 0);
    });
    var rankOf = new Map();
    ordered.forEach(function (id, index) { rankOf.set(id, index + 1); });
    ranks.set(measure.name, { rankOf: rankOf, count: ordered.length });
  });
  var communityOf = new Map();
  data.communities.forEach(function (members, index) {
    members.forEach(function (id) { communityOf.set(id, index); });
  });

  // ---- Small helpers. --------------------------------------------------------------
  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) { node.className = className; }
    if (text !== undefined && text !== null) { node.textContent = String(text); }
    return node;
  }
  function nameOf(id) { var entity = entities.get(id); return entity ? entity.name : id; }
  function kindOf(id) { var entity = entities.get(id); return entity ? entity.kind : ""; }
  function fold(text) {
    return String(text).normalize("NFD").replace(/\p{M}/gu, "").toLowerCase()
      .replace(/ß/g, "ss").replace(/ø/g, "o").replace(/đ/g, "d").replace(/ł/g, "l")
      .replace(/ı/g, "i").replace(/æ/g, "ae").replace(/[\u2019\u2018`\u02bc]/g, "'")
      .replace(/\s+/g, " ").trim();
  }
  function formatNumber(value) {
    if (typeof value !== "number" || !isFinite(value)) { return "\u2014"; }
    if (Number.isInteger(value)) { return String(value); }
    if (value !== 0 && Math.abs(value) < 0.001) { return value.toExponential(2); }
    return String(parseFloat(value.toPrecision(4)));
  }
  function plural(count, noun, many) { return count + " " + (count === 1 ? noun : (many || noun + "s")); }
  function kindColor(kind) { return KIND_COLORS.get(kind) || OTHER_COLOR; }
  function kindBorder(kind) { return KIND_BORDERS.get(kind) || "rgba(0, 0, 0, .2)"; }
  // Whether a CSS colour is light, so text on it must be dark (WCAG relative luminance).
  function isLight(color) {
    var probe = document.createElement("span");
    probe.style.color = color;
    document.body.appendChild(probe);
    var rgb = (getComputedStyle(probe).color.match(/[\d.]+/g) || [0, 0, 0]).map(Number);
    probe.remove();
    var linear = rgb.slice(0, 3).map(function (c) { c /= 255; return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4); });
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2] > 0.4;
  }
  function badge(kind) {
    var node = el("span", "badge", kind || "entity");
    var color = kindColor(kind);
    node.style.background = color;
    node.style.borderColor = KIND_BORDERS.get(kind) || color;
    node.style.color = isLight(color) ? "#1f2933" : "#ffffff";
    return node;
  }
  function kindDot(kind) {
    var dot = el("span", "dot");
    dot.style.background = kindColor(kind);
    dot.style.borderColor = kindBorder(kind);
    return dot;
  }
  function entityButton(id) {
    var button = el("button", "entity-link", nameOf(id));
    button.type = "button";
    button.addEventListener("click", function () { selectEntity(id, true); });
    return button;
  }
  function clear(node) { while (node.firstChild) { node.removeChild(node.firstChild); } }

  // ---- Bind the drawing to the data. -----------------------------------------------
  var canvas = document.getElementById("canvas");
  var viewport = document.getElementById("viewport");
  var svg = viewport.querySelector("svg");
  var nodeElements = new Map();
  var edgeElements = new Map();
  var entityOfElement = new Map();
  var pairOfElement = new Map();
  if (svg) {
    svg.querySelectorAll("g.node").forEach(function (group) {
      var title = group.querySelector("title");
      var id = title ? title.textContent.trim() : "";
      if (!entities.has(id)) { return; }
      title.remove(); // the page shows its own tooltips
      group.setAttribute("data-entity", id);
      group.setAttribute("tabindex", "0");
      group.setAttribute("role", "button");
      group.setAttribute("aria-label", entities.get(id).name);
      nodeElements.set(id, group);
      entityOfElement.set(group, id);
    });
    svg.querySelectorAll("g.edge").forEach(function (group) {
      var title = group.querySelector("title");
      var key = title ? pairByTitle.get(title.textContent.trim()) : undefined;
      if (!key) { return; }
      title.remove();
      group.setAttribute("data-pair", key);
      push(edgeElements, key, group);
      pairOfElement.set(group, key);
      var path = group.querySelector("path");
      if (path) { // a wider, invisible stroke so thin edges are easy to hit (same coordinates)
        var hit = path.cloneNode(false);
        hit.setAttribute("class", "hit");
        hit.removeAttribute("stroke-dasharray");
        group.insertBefore(hit, group.firstChild);
      }
    });
    var graphTitle = svg.querySelector("g.graph > title");
    if (graphTitle) { graphTitle.remove(); }
    // Graphviz turns `tooltip` into <a xlink:title>: the browser would show it over ours.
    svg.querySelectorAll("a").forEach(function (link) {
      link.removeAttributeNS("http://www.w3.org/1999/xlink", "title");
      link.removeAttribute("xlink:title");
      link.removeAttribute("title");
    });
    // Colours of the kinds as the drawing has them, for badges, dots and chips.
    var drawnKinds = new Set();
    nodeElements.forEach(function (group, id) {
      var kind = kindOf(id);
      var shape = group.querySelector("ellipse, polygon, path, rect");
      var fill = shape && (shape.getAttribute("fill") || "").toLowerCase();
      if (drawnKinds.has(kind) || !fill || /^(none|transparent|white|#ffffff|#fff)$/.test(fill)) { return; }
      KIND_COLORS.set(kind, fill);
      var border = (shape.getAttribute("stroke") || "").toLowerCase();
      if (border && !/^(none|transparent|white|#ffffff|#fff)$/.test(border)) { KIND_BORDERS.set(kind, border); }
      drawnKinds.add(kind);
    });
  }

  // ---- Pan and zoom, by the viewBox. -------------------------------------------------
  var full = null, view = null;
  if (svg) {
    var box = svg.viewBox && svg.viewBox.baseVal;
    if (!box || !box.width) {
      var bounds = svg.getBBox();
      box = { x: bounds.x, y: bounds.y, width: bounds.width, height: bounds.height };
    }
    full = { x: box.x, y: box.y, w: box.width, h: box.height };
    svg.removeAttribute("width");
    svg.removeAttribute("height");
    svg.setAttribute("preserveAspectRatio", "xMidYMid meet");
    fit();
  }
  function applyView() {
    svg.setAttribute("viewBox", [view.x, view.y, view.w, view.h].map(function (v) { return v.toFixed(2); }).join(" "));
  }
  function fit() {
    if (!svg) { return; }
    var pad = Math.max(full.w, full.h) * 0.03;
    view = { x: full.x - pad, y: full.y - pad, w: full.w + 2 * pad, h: full.h + 2 * pad };
    applyView();
  }
  function toUser(clientX, clientY) {
    var matrix = svg.getScreenCTM();
    if (!matrix) { return { x: view.x + view.w / 2, y: view.y + view.h / 2 }; }
    var point = svg.createSVGPoint();
    point.x = clientX; point.y = clientY;
    var user = point.matrixTransform(matrix.inverse());
    return { x: user.x, y: user.y };
  }
  function zoomAt(factor, clientX, clientY) {
    var minW = full.w / 40, maxW = full.w * 4;
    var w = Math.min(maxW, Math.max(minW, view.w * factor));
    factor = w / view.w;
    var at = toUser(clientX, clientY);
    view = { x: at.x - (at.x - view.x) * factor, y: at.y - (at.y - view.y) * factor, w: view.w * factor, h: view.h * factor };
    applyView();
  }
  function zoomCentre(factor) {
    var rect = svg.getBoundingClientRect();
    zoomAt(factor, rect.left + rect.width / 2, rect.top + rect.height / 2);
  }
  function centreOn(element) {
    var rect = element.getBoundingClientRect();
    var centre = toUser(rect.left + rect.width / 2, rect.top + rect.height / 2);
    // Keep the zoom unless the drawing is shrunk to illegibility; then show it at 1:1.
    var scale = svg.getScreenCTM() ? svg.getScreenCTM().a : 1;
    var factor = scale < 0.9 ? scale : 1;
    var w = view.w * factor, h = view.h * factor;
    view = { x: centre.x - w / 2, y: centre.y - h / 2, w: w, h: h };
    applyView();
  }
  document.getElementById("zoom-in").addEventListener("click", function () { if (svg) { zoomCentre(1 / 1.3); } });
  document.getElementById("zoom-out").addEventListener("click", function () { if (svg) { zoomCentre(1.3); } });
  document.getElementById("zoom-fit").addEventListener("click", fit);
  if (svg) {
    viewport.addEventListener("wheel", function (event) {
      event.preventDefault();
      var delta = event.deltaMode === 1 ? event.deltaY * 16 : event.deltaY;
      zoomAt(Math.exp(delta * 0.0015), event.clientX, event.clientY);
    }, { passive: false });
    var drag = null;
    viewport.addEventListener("pointerdown", function (event) {
      if (event.button !== 0) { return; }
      drag = { x: event.clientX, y: event.clientY, moved: false, id: event.pointerId };
    });
    viewport.addEventListener("pointermove", function (event) {
      if (!drag || event.pointerId !== drag.id) { return; }
      var dx = event.clientX - drag.x, dy = event.clientY - drag.y;
      if (!drag.moved && Math.abs(dx) + Math.abs(dy) < 4) { return; }
      if (!drag.moved) { drag.moved = true; viewport.setPointerCapture(event.pointerId); viewport.classList.add("is-dragging"); hideTooltip(); }
      var scale = svg.getScreenCTM().a || 1;
      view.x -= dx / scale; view.y -= dy / scale;
      drag.x = event.clientX; drag.y = event.clientY;
      applyView();
    });
    var endDrag = function (event) {
      if (!drag || event.pointerId !== drag.id) { return; }
      if (drag.moved) {
        viewport.classList.remove("is-dragging");
        // Swallow the click that ends a drag so panning never selects; a click comes
        // right after pointerup, if at all, so stop listening once this task is over.
        var swallow = function (click) { click.stopPropagation(); };
        window.addEventListener("click", swallow, true);
        setTimeout(function () { window.removeEventListener("click", swallow, true); drag = null; }, 0);
      } else {
        drag = null;
      }
    };
    viewport.addEventListener("pointerup", endDrag);
    viewport.addEventListener("pointercancel", endDrag);
    viewport.addEventListener("click", function (event) {
      var node = event.target.closest("g.node");
      if (node && entityOfElement.has(node)) { selectEntity(entityOfElement.get(node), false); return; }
      var edge = event.target.closest("g.edge");
      if (edge && pairOfElement.has(edge)) { selectPair(pairOfElement.get(edge), edge); return; }
      clearSelection();
    });
    viewport.addEventListener("keydown", function (event) {
      var node = event.target.closest && event.target.closest("g.node");
      if (node && entityOfElement.has(node) && (event.key === "Enter" || event.key === " ")) {
        event.preventDefault();
        selectEntity(entityOfElement.get(node), false);
      }
    });
  }

  // ---- Tooltips. ----------------------------------------------------------------------
  var tooltip = document.getElementById("tooltip");
  function showTooltip(event, title, notes) {
    clear(tooltip);
    tooltip.appendChild(el("strong", "", title));
    notes.forEach(function (note) { if (note) { tooltip.appendChild(el("div", "tip-note", note)); } });
    tooltip.hidden = false;
    var area = canvas.getBoundingClientRect();
    var x = event.clientX - area.left + 14, y = event.clientY - area.top + 14;
    var width = tooltip.offsetWidth, height = tooltip.offsetHeight;
    if (x + width > area.width - 8) { x = Math.max(8, event.clientX - area.left - width - 14); }
    if (y + height > area.height - 8) { y = Math.max(8, event.clientY - area.top - height - 14); }
    tooltip.style.left = x + "px";
    tooltip.style.top = y + "px";
  }
  function hideTooltip() { tooltip.hidden = true; }
  function pairSummary(key) {
    var counts = new Map();
    relationsByPair.get(key).forEach(function (relation) {
      counts.set(relation.kind, (counts.get(relation.kind) || 0) + relation.weight);
    });
    return Array.from(counts, function (entry) { return entry[0] + " \u00d7" + formatNumber(entry[1]); }).join(", ");
  }
  if (svg) {
    viewport.addEventListener("pointermove", function (event) {
      if (drag && drag.moved) { return; }
      var node = event.target.closest("g.node");
      if (node && entityOfElement.has(node)) {
        var id = entityOfElement.get(node), entity = entities.get(id);
        var count = (relationsByEntity.get(id) || []).length;
        showTooltip(event, entity.name, [
          [entity.kind, entity.attributes && entity.attributes.role].filter(Boolean).join(" \u00b7 "),
          plural(count, "relation") + " \u2014 click for evidence"]);
        return;
      }
      var edge = event.target.closest("g.edge");
      if (edge && pairOfElement.has(edge)) {
        var ends = pairOfElement.get(edge).split("\u001f");
        showTooltip(event, nameOf(ends[0]) + " \u2014 " + nameOf(ends[1]), [pairSummary(pairOfElement.get(edge))]);
        return;
      }
      hideTooltip();
    });
    viewport.addEventListener("pointerleave", hideTooltip);
  }

  // ---- Selection and the side panel. ----------------------------------------------------
  var panel = document.getElementById("panel");
  var emptyPanel = panel.firstElementChild;
  function clearMarks() {
    canvas.classList.remove("has-selection");
    viewport.querySelectorAll(".is-selected, .is-neighbor, .is-incident").forEach(function (node) {
      node.classList.remove("is-selected", "is-neighbor", "is-incident");
    });
  }
  function clearSelection() {
    clearMarks();
    if (location.hash && history.replaceState) { history.replaceState(null, "", location.pathname + location.search); }
    clear(panel);
    panel.appendChild(emptyPanel);
  }
  function markEntities(ids, selected) {
    clearMarks();
    canvas.classList.add("has-selection");
    ids.forEach(function (id) {
      var node = nodeElements.get(id);
      if (node) { node.classList.add(id === selected ? "is-selected" : "is-neighbor"); }
    });
    edgeElements.forEach(function (groups, key) {
      var ends = key.split("\u001f");
      if (ids.has(ends[0]) && ids.has(ends[1]) && (selected === undefined || ends.indexOf(selected) >= 0)) {
        groups.forEach(function (group) { group.classList.add("is-incident"); });
      }
    });
  }
  function selectEntity(id, centre) {
    var entity = entities.get(id);
    if (!entity) { return; }
    var related = new Set([id]);
    (relationsByEntity.get(id) || []).forEach(function (relation) {
      related.add(relation.source); related.add(relation.target);
    });
    markEntities(related, id);
    var node = nodeElements.get(id);
    if (node && centre) { centreOn(node); }
    showEntity(entity);
    // The address names the selection, so a link or a reload comes back to it.
    if (history.replaceState) { history.replaceState(null, "", "#" + encodeURIComponent(id)); }
  }
  function selectPair(key, edge) {
    var ends = key.split("\u001f");
    markEntities(new Set(ends), undefined);
    (edgeElements.get(key) || []).forEach(function (group) { group.classList.add("is-selected"); });
    showPair(ends);
  }
  function selectCommunity(index) {
    markEntities(new Set(data.communities[index]), undefined);
    showCommunity(index);
  }

  function factList(rows) {
    var list = el("dl", "facts");
    rows.forEach(function (row) {
      if (row[1] === undefined || row[1] === null || row[1] === "") { return; }
      list.appendChild(el("dt", "", row[0]));
      var value = el("dd");
      if (row[1] instanceof Node) { value.appendChild(row[1]); } else { value.textContent = String(row[1]); }
      list.appendChild(value);
    });
    return list;
  }
  function evidenceList(relation) {
    if (!relation.evidence || relation.evidence.length === 0) { return el("p", "none", "No evidence sentence recorded."); }
    var list = el("ul", "evidence");
    relation.evidence.forEach(function (evidence) {
      var item = el("li");
      item.appendChild(el("blockquote", "", evidence.sentence));
      var where = [evidence.document];
      if (evidence.date) { where.push(evidence.date); }
      where.push("chars " + evidence.start + "\u2013" + evidence.end);
      item.appendChild(el("cite", "", where.join(" \u00b7 ")));
      list.appendChild(item);
    });
    return list;
  }
  function relationCard(relation, from) {
    var card = el("div", "relation");
    var head = el("div", "relation-head");
    head.appendChild(el("span", "relation-kind", relation.kind));
    if (from !== undefined) {
      var other = relation.source === from ? relation.target : relation.source;
      var arrow = !relation.directed ? "with" : relation.source === from ? "\u2192" : "\u2190";
      head.appendChild(el("span", "relation-arrow", arrow));
      head.appendChild(entityButton(other));
    } else {
      head.appendChild(entityButton(relation.source));
      head.appendChild(el("span", "relation-arrow", relation.directed ? "\u2192" : "\u2014"));
      head.appendChild(entityButton(relation.target));
    }
    head.appendChild(el("span", "relation-weight", "weight " + formatNumber(relation.weight)));
    card.appendChild(head);
    var attributes = relation.attributes || {};
    var keys = Object.keys(attributes).sort();
    if (keys.length) {
      var tags = el("div", "tags");
      keys.forEach(function (key) { tags.appendChild(el("span", "tag", key + ": " + attributes[key])); });
      card.appendChild(tags);
    }
    card.appendChild(evidenceList(relation));
    return card;
  }
  function sortedRelations(list) {
    return list.slice().sort(function (a, b) {
      return b.weight - a.weight || (a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : 0);
    });
  }
  function openPanel() {
    clear(panel);
    panel.scrollTop = 0;
  }
  function showEntity(entity) {
    openPanel();
    var head = el("div", "panel-head");
    head.appendChild(badge(entity.kind));
    head.appendChild(el("h2", "", entity.name));
    var attributes = entity.attributes || {};
    if (attributes.role) { head.appendChild(el("div", "role", attributes.role)); }
    panel.appendChild(head);

    var rows = [["Id", entity.id]];
    if (entity.aliases && entity.aliases.length) { rows.push(["Also", entity.aliases.join(", ")]); }
    if (attributes.affiliation) { rows.push(["Affiliations", attributes.affiliation.split(/;\s*/).join(", ")]); }
    if (attributes.iso) { rows.push(["ISO code", attributes.iso]); }
    Object.keys(attributes).sort().forEach(function (key) {
      if (["role", "affiliation", "iso"].indexOf(key) < 0) { rows.push([key, attributes[key]]); }
    });
    if (communityOf.has(entity.id)) {
      var index = communityOf.get(entity.id);
      var link = el("button", "entity-link", "Community " + (index + 1));
      link.type = "button";
      link.addEventListener("click", function () { selectCommunity(index); });
      rows.push(["Community", link]);
    }
    panel.appendChild(factList(rows));

    if (data.measures.length) {
      panel.appendChild(el("h3", "", "Centrality"));
      var table = el("table", "scores");
      data.measures.forEach(function (measure) {
        var row = el("tr");
        row.appendChild(el("td", "", measure.name));
        row.appendChild(el("td", "num", formatNumber(measure.scores.get(entity.id))));
        var rank = ranks.get(measure.name);
        row.appendChild(el("td", "rank", rank.rankOf.has(entity.id) ? "#" + rank.rankOf.get(entity.id) + " of " + rank.count : ""));
        table.appendChild(row);
      });
      panel.appendChild(table);
    }

    var relations = relationsByEntity.get(entity.id) || [];
    panel.appendChild(el("h3", "", "Relations (" + relations.length + ")"));
    if (!relations.length) { panel.appendChild(el("p", "none", "No relations.")); }
    sortedRelations(relations).forEach(function (relation) { panel.appendChild(relationCard(relation, entity.id)); });
  }
  function showPair(ends) {
    openPanel();
    var head = el("div", "panel-head");
    head.appendChild(el("span", "role", "Relations between"));
    var title = el("h2");
    title.appendChild(entityButton(ends[0]));
    title.appendChild(document.createTextNode(" \u2014 "));
    title.appendChild(entityButton(ends[1]));
    head.appendChild(title);
    panel.appendChild(head);
    var relations = relationsByPair.get(pairKey(ends[0], ends[1])) || [];
    panel.appendChild(el("h3", "", plural(relations.length, "relation")));
    sortedRelations(relations).forEach(function (relation) { panel.appendChild(relationCard(relation, undefined)); });
  }
  function showCommunity(index) {
    openPanel();
    var members = data.communities[index];
    var head = el("div", "panel-head");
    head.appendChild(el("span", "role", plural(members.length, "member")));
    head.appendChild(el("h2", "", "Community " + (index + 1)));
    panel.appendChild(head);
    panel.appendChild(chipList(members));
  }

  // ---- Search. --------------------------------------------------------------------------
  var search = document.getElementById("search");
  var results = document.getElementById("search-results");
  var firstMeasure = data.measures[0];
  var searchIndex = data.entities.map(function (entity) {
    return { id: entity.id, names: [entity.name].concat(entity.aliases || []).map(function (name) { return { name: name, folded: fold(name) }; }) };
  });
  var shown = [], active = -1;
  function findEntities(query) {
    var folded = fold(query);
    if (!folded) { return []; }
    var found = [];
    searchIndex.forEach(function (item) {
      var best = null;
      item.names.forEach(function (name, index) {
        var at = name.folded.indexOf(folded);
        if (at < 0) { return; }
        var score = (name.folded === folded ? 0 : at === 0 || name.folded.charAt(at - 1) === " " ? 1 : 2) * 2 + (index === 0 ? 0 : 1);
        if (!best || score < best.score) { best = { score: score, alias: index === 0 ? null : name.name }; }
      });
      if (best) { found.push({ id: item.id, score: best.score, alias: best.alias }); }
    });
    var weight = function (id) { return firstMeasure && firstMeasure.scores.get(id) || 0; };
    found.sort(function (a, b) {
      return a.score - b.score || weight(b.id) - weight(a.id) || (nameOf(a.id) < nameOf(b.id) ? -1 : 1);
    });
    return found.slice(0, 10);
  }
  function renderResults() {
    clear(results);
    if (!search.value.trim()) { results.hidden = true; return; }
    if (!shown.length) {
      results.appendChild(el("li", "empty", "No entity matches \u201c" + search.value.trim() + "\u201d"));
    }
    shown.forEach(function (match, index) {
      var item = el("li");
      item.setAttribute("role", "option");
      item.setAttribute("aria-selected", index === active ? "true" : "false");
      item.appendChild(kindDot(kindOf(match.id)));
      item.appendChild(el("span", "result-name", nameOf(match.id)));
      item.appendChild(el("span", "result-note", match.alias ? "also \u201c" + match.alias + "\u201d" : kindOf(match.id)));
      item.addEventListener("mousedown", function (event) { event.preventDefault(); choose(index); });
      results.appendChild(item);
    });
    results.hidden = false;
  }
  function choose(index) {
    var match = shown[index];
    if (!match) { return; }
    results.hidden = true;
    search.value = nameOf(match.id);
    selectEntity(match.id, true);
  }
  search.addEventListener("input", function () {
    shown = findEntities(search.value);
    active = shown.length ? 0 : -1;
    renderResults();
  });
  search.addEventListener("keydown", function (event) {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      if (!shown.length) { return; }
      active = (active + (event.key === "ArrowDown" ? 1 : shown.length - 1)) % shown.length;
      renderResults();
    } else if (event.key === "Enter") {
      event.preventDefault();
      if (!shown.length) { shown = findEntities(search.value); active = 0; }
      choose(Math.max(active, 0));
    } else if (event.key === "Escape") {
      results.hidden = true;
    }
  });
  search.addEventListener("blur", function () { results.hidden = true; });
  search.addEventListener("focus", function () { if (shown.length) { renderResults(); } });
  document.addEventListener("keydown", function (event) {
    if (event.key === "/" && document.activeElement !== search) { event.preventDefault(); search.focus(); search.select(); }
    if (event.key === "Escape" && document.activeElement !== search) { clearSelection(); }
  });

  // ---- Top entities, sortable by each measure. -------------------------------------------
  var topCard = document.getElementById("top-entities");
  var sortState = { column: data.measures.length ? data.measures[0].name : "name", descending: data.measures.length > 0 };
  var showAll = false;
  function renderTopTable() {
    var old = topCard.querySelector(".table-wrap, .note, .more");
    while (old) { old.remove(); old = topCard.querySelector(".table-wrap, .note, .more"); }
    if (!data.entities.length) { topCard.appendChild(el("p", "note", "The graph has no entities.")); return; }
    topCard.appendChild(el("p", "note", data.measures.length
      ? "Click a column to sort. Scores: " + data.measures.map(function (m) { return m.name; }).join(", ") + "."
      : "No centrality was computed; entities by name."));
    var columns = [{ key: "name", label: "Entity" }, { key: "kind", label: "Kind" }]
      .concat(data.measures.map(function (m) { return { key: m.name, label: m.name, measure: m }; }));
    var rows = data.entities.slice();
    var column = columns.filter(function (c) { return c.key === sortState.column; })[0] || columns[0];
    var value = function (entity) {
      if (column.measure) { var v = column.measure.scores.get(entity.id); return typeof v === "number" ? v : -Infinity; }
      return column.key === "kind" ? entity.kind : fold(entity.name);
    };
    rows.sort(function (a, b) {
      var x = value(a), y = value(b);
      var order = x < y ? -1 : x > y ? 1 : (a.id < b.id ? -1 : 1);
      if (x === y) { return order; }
      return sortState.descending ? -order : order;
    });
    var wrap = el("div", "table-wrap");
    var table = el("table", "top-table");
    var head = el("tr");
    head.appendChild(el("th", "num", "#"));
    columns.forEach(function (c) {
      var th = el("th", c.measure ? "num" : "");
      th.setAttribute("scope", "col");
      if (c.key === sortState.column) { th.setAttribute("aria-sort", sortState.descending ? "descending" : "ascending"); }
      var button = el("button", "", c.label);
      button.type = "button";
      button.addEventListener("click", function () {
        if (sortState.column === c.key) { sortState.descending = !sortState.descending; }
        else { sortState = { column: c.key, descending: !!c.measure }; }
        renderTopTable();
      });
      th.appendChild(button);
      head.appendChild(th);
    });
    var thead = el("thead");
    thead.appendChild(head);
    table.appendChild(thead);
    var body = el("tbody");
    rows.slice(0, showAll ? rows.length : TOP_ROWS).forEach(function (entity, index) {
      var row = el("tr");
      row.appendChild(el("td", "num", index + 1));
      var cell = el("td");
      cell.appendChild(entityButton(entity.id));
      row.appendChild(cell);
      var kindCell = el("td");
      var dot = kindDot(entity.kind);
      dot.style.display = "inline-block";
      dot.style.marginRight = "6px";
      kindCell.appendChild(dot);
      kindCell.appendChild(document.createTextNode(entity.kind));
      row.appendChild(kindCell);
      data.measures.forEach(function (m) { row.appendChild(el("td", "num", formatNumber(m.scores.get(entity.id)))); });
      body.appendChild(row);
    });
    table.appendChild(body);
    wrap.appendChild(table);
    topCard.appendChild(wrap);
    if (rows.length > TOP_ROWS) {
      var more = el("button", "more", showAll ? "Show the top " + TOP_ROWS : "Show all " + rows.length);
      more.type = "button";
      more.addEventListener("click", function () { showAll = !showAll; renderTopTable(); });
      topCard.appendChild(more);
    }
  }

  // ---- Communities. ----------------------------------------------------------------------
  // Members as clickable chips; long lists show the first CHIP_LIMIT and a button for the rest.
  var CHIP_LIMIT = 40;
  function chipList(members) {
    var chips = el("div", "chips");
    function add(id) {
      var chip = el("button", "chip");
      chip.type = "button";
      chip.appendChild(kindDot(kindOf(id)));
      chip.appendChild(document.createTextNode(nameOf(id)));
      chip.addEventListener("click", function () { selectEntity(id, true); });
      chips.appendChild(chip);
    }
    members.slice(0, CHIP_LIMIT).forEach(add);
    if (members.length > CHIP_LIMIT) {
      var more = el("button", "chip more-chip", "+ " + (members.length - CHIP_LIMIT) + " more");
      more.type = "button";
      more.addEventListener("click", function () { more.remove(); members.slice(CHIP_LIMIT).forEach(add); });
      chips.appendChild(more);
    }
    return chips;
  }
  function renderCommunities() {
    var card = document.getElementById("communities");
    if (!data.communities.length) { card.appendChild(el("p", "note", "No communities were computed.")); return; }
    var note = plural(data.communities.length, "community", "communities");
    if (typeof data.modularity === "number") { note += " \u00b7 modularity " + formatNumber(data.modularity); }
    card.appendChild(el("p", "note", note + ". Click a community to highlight it."));
    data.communities.forEach(function (members, index) {
      var block = el("div", "community");
      var head = el("div", "community-head");
      var button = el("button", "", "Community " + (index + 1));
      button.type = "button";
      button.addEventListener("click", function () { selectCommunity(index); });
      head.appendChild(button);
      head.appendChild(el("span", "community-size", plural(members.length, "member")));
      block.appendChild(head);
      block.appendChild(chipList(members));
      card.appendChild(block);
    });
  }

  // ---- Legend, read from the drawing so it always matches it. ------------------------------
  // A small shape like the node's: ellipse, n-sided polygon, or rounded box for paths.
  function shapeSwatch(shape, kind) {
    var ns = "http://www.w3.org/2000/svg";
    var tag = shape ? shape.tagName.toLowerCase() : "ellipse";
    var swatch;
    if (tag === "polygon") {
      var points = (shape.getAttribute("points") || "").trim().split(/\s+/);
      if (points.length > 1 && points[0] === points[points.length - 1]) { points.pop(); }
      var sides = Math.max(3, points.length);
      swatch = document.createElementNS(ns, "polygon");
      var corners = [];
      for (var i = 0; i < sides; i++) {
        var angle = Math.PI * 2 * i / sides + (sides === 4 ? Math.PI / 4 : sides === 6 ? 0 : -Math.PI / 2);
        corners.push((12 + 10.5 * Math.cos(angle)).toFixed(2) + "," + (8 + 7 * Math.sin(angle)).toFixed(2));
      }
      swatch.setAttribute("points", corners.join(" "));
    } else if (tag === "ellipse") {
      swatch = document.createElementNS(ns, "ellipse");
      swatch.setAttribute("cx", "12"); swatch.setAttribute("cy", "8");
      swatch.setAttribute("rx", "10.5"); swatch.setAttribute("ry", "6.5");
    } else {
      swatch = document.createElementNS(ns, "rect");
      swatch.setAttribute("x", "2"); swatch.setAttribute("y", "2");
      swatch.setAttribute("width", "20"); swatch.setAttribute("height", "12"); swatch.setAttribute("rx", "3.5");
    }
    var fill = shape && shape.getAttribute("fill");
    swatch.setAttribute("fill", fill && fill !== "none" ? fill : kindColor(kind));
    var stroke = shape && shape.getAttribute("stroke");
    swatch.setAttribute("stroke", stroke && stroke !== "none" && !/^(white|#fff|#ffffff)$/i.test(stroke) ? stroke : "rgba(0,0,0,.25)");
    swatch.setAttribute("stroke-width", "1");
    return swatch;
  }

  function renderLegend() {
    var legend = document.getElementById("legend");
    var kinds = [];
    data.entities.forEach(function (entity) { if (kinds.indexOf(entity.kind) < 0) { kinds.push(entity.kind); } });
    kinds.sort();
    if (!kinds.length) { return; }
    var ns = "http://www.w3.org/2000/svg";
    legend.appendChild(el("span", "legend-title", "Entities"));
    kinds.forEach(function (kind) {
      var item = el("span", "legend-item");
      var swatch = document.createElementNS(ns, "svg");
      var sample = null;
      nodeElements.forEach(function (group, id) { if (!sample && kindOf(id) === kind) { sample = group; } });
      swatch.setAttribute("viewBox", "0 0 24 16");
      swatch.appendChild(shapeSwatch(sample && sample.querySelector("ellipse, polygon, path, rect"), kind));
      item.appendChild(swatch);
      item.appendChild(document.createTextNode(kind));
      legend.appendChild(item);
    });
    var relationKinds = [];
    data.relations.forEach(function (relation) { if (relationKinds.indexOf(relation.kind) < 0) { relationKinds.push(relation.kind); } });
    relationKinds.sort();
    if (!relationKinds.length) { return; }
    legend.appendChild(el("span", "legend-break"));
    legend.appendChild(el("span", "legend-title", "Relations"));
    relationKinds.forEach(function (kind) {
      var item = el("span", "legend-item");
      var swatch = document.createElementNS(ns, "svg");
      swatch.setAttribute("viewBox", "0 0 24 16");
      var line = document.createElementNS(ns, "line");
      line.setAttribute("x1", "1"); line.setAttribute("y1", "8"); line.setAttribute("x2", "23"); line.setAttribute("y2", "8");
      line.setAttribute("stroke", "#52606d");
      line.setAttribute("stroke-width", "2");
      // An edge that carries only this kind shows how the drawing styles it.
      var path = null;
      edgeElements.forEach(function (groups, key) {
        var list = relationsByPair.get(key);
        if (!path && list.length === 1 && list[0].kind === kind) { path = groups[0].querySelector("path:not(.hit)"); }
      });
      if (path) {
        ["stroke", "stroke-dasharray"].forEach(function (name) {
          var value = path.getAttribute(name);
          if (value) { line.setAttribute(name, value); }
        });
      }
      swatch.appendChild(line);
      item.appendChild(swatch);
      item.appendChild(document.createTextNode(kind));
      legend.appendChild(item);
    });
  }

  // ---- The panel before anything is selected: where to start. ------------------------------
  function renderStart() {
    if (firstMeasure) {
      emptyPanel.appendChild(el("h3", "", "Most central by " + firstMeasure.name));
      var list = el("ol", "start-list");
      Array.from(firstMeasure.scores.keys()).filter(function (id) { return entities.has(id); })
        .sort(function (a, b) { return firstMeasure.scores.get(b) - firstMeasure.scores.get(a) || (a < b ? -1 : 1); })
        .slice(0, 8).forEach(function (id) {
          var item = el("li");
          item.appendChild(kindDot(kindOf(id)));
          item.appendChild(entityButton(id));
          item.appendChild(el("span", "start-score", formatNumber(firstMeasure.scores.get(id))));
          list.appendChild(item);
        });
      emptyPanel.appendChild(list);
    }
    emptyPanel.appendChild(el("h3", "", "Navigating"));
    var tips = el("ul", "tips");
    ["Scroll to zoom, drag to pan, Fit to see everything.",
     "Press / to search by name or alias; accents and case are ignored.",
     "Hover a node or an edge for a summary; Esc clears the selection."]
      .forEach(function (tip) { tips.appendChild(el("li", "", tip)); });
    emptyPanel.appendChild(tips);
  }

  renderTopTable();
  renderCommunities();
  renderLegend();
  renderStart();
  if (location.hash.length > 1) {
    var linked = null;
    try { linked = decodeURIComponent(location.hash.slice(1)); } catch (malformed) { linked = null; }
    if (linked !== null && entities.has(linked)) { selectEntity(linked, true); }
  }
})();
