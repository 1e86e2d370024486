"use strict";
// GeoStance report. Reads the data embedded in #geostance-data and relates the
// inlined SVG drawings to it through their ids: gs-node-ACTOR, gs-edge-TAIL-HEAD
// (diagram) and gs-cell-ROW-COLUMN (matrix), actor ids percent-encoded.
// Text from the data only ever enters the page through textContent.
(() => {
  const data = JSON.parse(document.getElementById("geostance-data").textContent);
  const actors = new Map(data.actors.map((a) => [a.id, a]));
  const $ = (id) => document.getElementById(id);
  const state = { actor: null, edge: null, depth: 1, filter: fullFilter() };

  // Relation indexes by actor at either end, in canonical order.
  const touching = new Map(data.actors.map((a) => [a.id, []]));
  data.relations.forEach((r, i) => {
    touching.get(r.source).push(i);
    if (r.target !== r.source) touching.get(r.target).push(i);
  });

  function nameOf(id) { return actors.has(id) ? actors.get(id).name : id; }

  // Actor ids compare by code point, as ActorID does (by UTF-8 bytes).
  function compareIds(a, b) {
    const x = Array.from(a), y = Array.from(b);
    for (let i = 0; i < Math.min(x.length, y.length); i++) {
      const d = x[i].codePointAt(0) - y[i].codePointAt(0);
      if (d !== 0) return d;
    }
    return x.length - y.length;
  }

  // ---- Filters: the rule of RelationFilter.admits. Every criterion must pass;
  // with a date bound set, undated relations are left out.
  function fullFilter() {
    return { kinds: new Set(data.kinds.map((k) => k.name)), signs: new Set([-1, 0, 1]),
      since: "", until: "", minConfidence: 0 };
  }
  function isFull(f) {
    return f.kinds.size === data.kinds.length && f.signs.size === 3 && !f.since && !f.until
      && f.minConfidence <= 0;
  }
  function admits(r, f) {
    if (!f.kinds.has(r.kind) || !f.signs.has(r.sign)) return false;
    if (f.since || f.until) {
      if (!r.date) return false;
      if (f.since && r.date < f.since) return false;
      if (f.until && r.date > f.until) return false;
    }
    return r.confidence >= f.minConfidence;
  }

  // ---- Standings: the rule of RelationGraph.opponents/supporters/allies(of:).
  // Opponents of A: the sources of hostile (sign -1) relations aimed at A, and the
  // other party of a hostile symmetric relation (hostility) that A states.
  // Supporters: the same with cooperative relations of a supporting kind (support,
  // aid, backing, alliance; alliance is symmetric).
  // Allies: the other party of every cooperative relation, in either direction.
  // A partner's score sums |intensity| x confidence x weight over its relations in
  // canonical order; strongest first, ties by actor id.
  const supporting = new Set(data.kinds.filter((k) => k.supporting).map((k) => k.name));
  function standingsOf(actor, sign, bothDirections, admitted, onlySupport) {
    const byPartner = new Map();
    for (const i of touching.get(actor) || []) {
      const r = data.relations[i];
      if (r.sign !== sign || !admitted[i] || (onlySupport && !supporting.has(r.kind))) continue;
      let partner = null;
      if (r.target === actor && r.source !== actor) partner = r.source;
      else if (r.source === actor && r.target !== actor && (bothDirections || r.symmetric)) partner = r.target;
      if (partner === null) continue;
      if (!byPartner.has(partner)) byPartner.set(partner, []);
      byPartner.get(partner).push(i);
    }
    const result = [];
    for (const [partner, indexes] of byPartner) {
      const score = indexes.reduce((sum, i) => {
        const r = data.relations[i];
        return sum + Math.abs(r.sign * Math.abs(r.intensity) * r.confidence * r.weight);
      }, 0);
      result.push({ actor: partner, score: score, relations: indexes });
    }
    return result.sort((a, b) => a.score !== b.score ? b.score - a.score : compareIds(a.actor, b.actor));
  }
  function standings(actor) {
    if (isFull(state.filter)) return data.standings[actor];
    const admitted = admittedFlags();
    return { opponents: standingsOf(actor, -1, false, admitted),
      supporters: standingsOf(actor, 1, false, admitted, true),
      allies: standingsOf(actor, 1, true, admitted) };
  }

  // The page's rule must give what the query API gave: check it on every actor.
  function checkStandings() {
    const all = data.relations.map(() => true);
    const same = (x, y) => x.length === y.length && x.every((s, k) => s.actor === y[k].actor
      && Math.abs(s.score - y[k].score) < 1e-9 && s.relations.join() === y[k].relations.join());
    for (const a of data.actors) {
      const given = data.standings[a.id];
      if (!same(standingsOf(a.id, -1, false, all), given.opponents)
        || !same(standingsOf(a.id, 1, false, all, true), given.supporters)
        || !same(standingsOf(a.id, 1, true, all), given.allies)) return "mismatch at " + a.id;
    }
    return "ok";
  }

  // ---- Edges. A diagram edge joins two actors (relations either way); a matrix
  // cell is directed: the row's relations to the column, and symmetric ties
  // (alliance, hostility) stated either way, as MatrixWriter counts them.
  function relationsOf(edge) {
    return (touching.get(edge.a) || []).filter((i) => {
      const r = data.relations[i];
      if (r.source === edge.a && r.target === edge.b) return true;
      if (r.source === edge.b && r.target === edge.a) return !edge.directed || r.symmetric;
      return false;
    });
  }
  function sameEdge(x, y) {
    if (!x || !y || x.directed !== y.directed) return false;
    if (x.a === y.a && x.b === y.b) return true;
    return !x.directed && x.a === y.b && x.b === y.a;
  }

  // ---- The state in the address (#actor=IRN&edge=IRN,USA or &cell=ROW,COLUMN),
  // so a view can be shared; reading it does what the clicks do.
  function writeHash() {
    const parts = [];
    if (state.actor) parts.push("actor=" + encodeURIComponent(state.actor));
    if (state.edge) {
      parts.push((state.edge.directed ? "cell=" : "edge=")
        + encodeURIComponent(state.edge.a) + "," + encodeURIComponent(state.edge.b));
    }
    try { history.replaceState(null, "", parts.length ? "#" + parts.join("&") : location.pathname); } catch (e) { /* file: URLs in some browsers */ }
  }
  // Rewriting the address takes Chromium some 10 ms: done once the frame that shows
  // the choice is drawn, not between the click and that frame.
  let hashPending = false;
  function writeHashSoon() {
    if (hashPending) return;
    hashPending = true;
    const write = () => { hashPending = false; writeHash(); };
    requestAnimationFrame(() => setTimeout(write, 0));
  }
  function readHash() {
    const params = new URLSearchParams(location.hash.slice(1));
    const actor = params.get("actor");
    if (actor && actors.has(actor)) { chooseActor(actor, false); showNeighbourhood(); }
    const edge = params.get("edge") || params.get("cell");
    if (edge) {
      const [a, b] = edge.split(",").map(decodeURIComponent);
      if (actors.has(a) && actors.has(b)) chooseEdge({ a: a, b: b, directed: params.has("cell") }, false);
    }
  }

  function chooseActor(id, updateHash = true) {
    state.actor = state.actor === id && updateHash ? null : id;
    redraw();
    if (updateHash) writeHashSoon();
  }
  function chooseEdge(edge, updateHash = true) {
    state.edge = edge;
    redraw();
    if (updateHash) writeHashSoon();
    if (updateHash) $("gs-evidence").scrollIntoView({ block: "nearest" });
  }

  // ---- Building blocks
  function el(tag, text, className) {
    const e = document.createElement(tag);
    if (text !== undefined && text !== null) e.textContent = String(text);
    if (className) e.className = className;
    return e;
  }
  const signNames = { "-1": "hostile", "0": "neutral", "1": "cooperative" };
  function fold(text) { return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase(); }

  // The sentence with the actors' names and the cue marked, built as text nodes.
  function markedSentence(sentence, relation) {
    const terms = [];
    for (const id of [relation.source, relation.target, relation.speaker]) {
      const actor = actors.get(id);
      if (!actor) continue;
      for (const name of [actor.name].concat(actor.aliases)) if (name.length > 1) terms.push({ text: name, cls: "gs-actor" });
    }
    if (relation.cue) terms.push({ text: relation.cue, cls: "gs-cue" });
    const lower = sentence.toLowerCase();
    const haystack = lower.length === sentence.length ? lower : sentence;
    const found = [];
    for (const term of terms) {
      const needle = haystack === lower ? term.text.toLowerCase() : term.text;
      for (let at = haystack.indexOf(needle); needle && at >= 0; at = haystack.indexOf(needle, at + 1)) {
        found.push({ start: at, end: at + needle.length, cls: term.cls });
      }
    }
    found.sort((x, y) => x.start - y.start || (y.end - y.start) - (x.end - x.start));
    const fragment = document.createDocumentFragment();
    let position = 0;
    for (const f of found) {
      if (f.start < position) continue;
      fragment.append(document.createTextNode(sentence.slice(position, f.start)), el("mark", sentence.slice(f.start, f.end), f.cls));
      position = f.end;
    }
    fragment.append(document.createTextNode(sentence.slice(position)));
    return fragment;
  }

  // ---- Actor list with search
  const actorButtons = new Map();
  function buildActorList() {
    const list = $("gs-actor-list");
    const sorted = data.actors.slice().sort((a, b) => a.name.localeCompare(b.name) || compareIds(a.id, b.id));
    for (const actor of sorted) {
      const button = el("button");
      button.type = "button";
      button.dataset.actor = actor.id;
      button.append(el("span", actor.name, "gs-name"), el("span", actor.id + " \u00b7 " + actor.relations, "gs-id"));
      button.setAttribute("aria-pressed", "false");
      button.addEventListener("click", () => { chooseActor(actor.id); showNeighbourhood(); });
      actorButtons.set(actor.id, button);
      const item = el("li");
      item.dataset.search = fold([actor.name, actor.id].concat(actor.aliases).join(" "));
      item.append(button);
      list.append(item);
    }
    $("gs-search").addEventListener("input", (event) => {
      const query = fold(event.target.value.trim());
      for (const item of list.children) item.hidden = query !== "" && !item.dataset.search.includes(query);
    });
  }

  // ---- Filters
  function checkbox(container, label, checked, onChange) {
    const box = el("input");
    box.type = "checkbox";
    box.checked = checked;
    box.addEventListener("change", () => onChange(box.checked));
    const wrapper = el("label");
    wrapper.append(box, document.createTextNode(" " + label));
    container.append(wrapper);
    return box;
  }
  function buildFilters() {
    for (const sign of [-1, 0, 1]) {
      checkbox($("gs-filter-signs"), signNames[sign], true, (on) => {
        if (on) state.filter.signs.add(sign); else state.filter.signs.delete(sign);
        redraw();
      }).dataset.sign = sign;
    }
    const present = new Map();
    for (const r of data.relations) present.set(r.kind, (present.get(r.kind) || 0) + 1);
    for (const kind of data.kinds) {
      if (!present.has(kind.name)) continue;
      checkbox($("gs-filter-kinds"), kind.name + " (" + present.get(kind.name) + ")", true, (on) => {
        if (on) state.filter.kinds.add(kind.name); else state.filter.kinds.delete(kind.name);
        redraw();
      }).dataset.kind = kind.name;
    }
    $("gs-filter-since").addEventListener("change", (e) => { state.filter.since = e.target.value; redraw(); });
    $("gs-filter-until").addEventListener("change", (e) => { state.filter.until = e.target.value; redraw(); });
    $("gs-filter-confidence").addEventListener("input", (e) => {
      state.filter.minConfidence = Number(e.target.value);
      $("gs-filter-confidence-value").textContent = state.filter.minConfidence.toFixed(2);
      redraw();
    });
    $("gs-filter-reset").addEventListener("click", () => {
      state.filter = fullFilter();
      for (const box of document.querySelectorAll("#gs-filters input[type=checkbox]")) box.checked = true;
      $("gs-filter-since").value = $("gs-filter-until").value = "";
      $("gs-filter-confidence").value = 0;
      $("gs-filter-confidence-value").textContent = "0.00";
      redraw();
    });
  }

  // ---- The drawings' elements
  function decodeParts(id, prefix) {
    try { return id.slice(prefix.length).split("-").map(decodeURIComponent); } catch (e) { return []; }
  }
  // Diagram nodes and edges carry their actors, relations and the classes the
  // script last gave them (`shown`), so a redraw writes only what changed.
  const nodes = [], edges = [], cells = [];
  const nodeOf = new Map(), itemOf = new Map();
  // Relation indexes by unordered pair, in canonical order.
  const byPair = new Map();
  const pairKey = (a, b) => a < b ? a + "\u0000" + b : b + "\u0000" + a;
  data.relations.forEach((r, i) => {
    const key = pairKey(r.source, r.target);
    if (!byPair.has(key)) byPair.set(key, []);
    byPair.get(key).push(i);
  });
  function bindDrawings() {
    for (const g of document.querySelectorAll('#gs-diagram g.node[id^="gs-node-"]')) {
      const [actor] = decodeParts(g.id, "gs-node-");
      if (!actors.has(actor)) continue;
      const node = { element: g, actor: actor, base: g.getAttribute("class") || "", shown: "", strength: strengthOf(actor) };
      nodes.push(node);
      nodeOf.set(actor, node);
      itemOf.set(g, node);
    }
    for (const g of document.querySelectorAll('#gs-diagram g.edge[id^="gs-edge-"]')) {
      const [a, b] = decodeParts(g.id, "gs-edge-");
      if (!actors.has(a) || !actors.has(b)) continue;
      const edge = { a: a, b: b, directed: false };
      const item = { element: g, edge: edge, relations: byPair.get(pairKey(a, b)) || [], base: g.getAttribute("class") || "", shown: "" };
      edges.push(item);
      itemOf.set(g, item);
    }
    for (const g of document.querySelectorAll('#gs-matrix g[id^="a_gs-cell-"]')) {
      const [a, b] = decodeParts(g.id, "a_gs-cell-");
      if (!actors.has(a) || !actors.has(b)) continue;
      const edge = { a: a, b: b, directed: true };
      const item = { element: g, edge: edge, relations: relationsOf(edge), base: g.getAttribute("class") || "", shown: "" };
      cells.push(item);
      itemOf.set(g, item);
    }
    // One listener a drawing: the element clicked names its actor or edge.
    const itemAt = (target) => {
      for (let e = target; e && e.tagName !== "svg"; e = e.parentNode) if (itemOf.has(e)) return itemOf.get(e);
      return null;
    };
    for (const svg of document.querySelectorAll("#gs-diagram svg, #gs-matrix svg")) {
      svg.addEventListener("click", (event) => {
        const item = itemAt(event.target);
        if (!item) return;
        event.preventDefault();
        if (item.actor) chooseActor(item.actor); else chooseEdge(item.edge);
      });
      // A drawing without tooltips names what the pointer is over, on first hover.
      svg.addEventListener("pointerover", (event) => {
        const item = itemAt(event.target);
        if (!item || item.element.querySelector("title")) return;
        const tip = document.createElementNS("http://www.w3.org/2000/svg", "title");
        tip.textContent = item.actor ? nameOf(item.actor) + " (" + item.actor + ")"
          : nameOf(item.edge.a) + " \u2014 " + nameOf(item.edge.b) + ": " + item.relations.length
            + (item.relations.length === 1 ? " relation" : " relations");
        item.element.prepend(tip);
      });
    }
    // Strongest first: the overview's order and the order in which labels appear.
    nodes.slice().sort((x, y) => y.strength - x.strength || compareIds(x.actor, y.actor)).forEach((n, rank) => { n.rank = rank; });
    for (const e of edges) {
      e.strength = e.relations.reduce((sum, i) => sum + Math.abs(data.relations[i].intensity) * data.relations[i].confidence * data.relations[i].weight, 0);
    }
  }
  // How much an actor does and suffers: |intensity| x confidence x weight summed over its relations.
  function strengthOf(actor) {
    let sum = 0;
    for (const i of touching.get(actor) || []) {
      const r = data.relations[i];
      sum += Math.abs(r.intensity) * r.confidence * r.weight;
    }
    return sum;
  }
  // Sets an element's classes to its own plus `extra`, when they differ from the last ones set.
  function paint(item, extra) {
    if (item.shown === extra) return;
    item.shown = extra;
    item.element.setAttribute("class", extra ? item.base + extra : item.base);
  }

  // ---- The diagram's view: pan and zoom, labels by rank as the zoom grows, the
  // overview of a large graph, the chosen actor's neighbourhood.
  const overviewThreshold = data.overviewThreshold || 300, overviewSize = data.overviewSize || 100, labelsAtFullView = 40;
  const view = { zoom: 1, shownActors: Infinity, panZoom: null, svg: null, boxes: new Map() };

  // A node's box in the drawing's viewBox units, read from the shapes Graphviz
  // wrote (no layout needed), once.
  function boxOf(actor) {
    if (view.boxes.has(actor)) return view.boxes.get(actor);
    const n = nodeOf.get(actor);
    if (!n) return null;
    const xs = [], ys = [];
    for (const shape of n.element.querySelectorAll("ellipse, polygon, text")) {
      if (shape.tagName === "ellipse") {
        const cx = Number(shape.getAttribute("cx")), cy = Number(shape.getAttribute("cy"));
        const rx = Number(shape.getAttribute("rx")), ry = Number(shape.getAttribute("ry"));
        xs.push(cx - rx, cx + rx); ys.push(cy - ry, cy + ry);
      } else if (shape.tagName === "polygon") {
        for (const pair of (shape.getAttribute("points") || "").trim().split(/\s+/)) {
          const [x, y] = pair.split(",").map(Number);
          if (Number.isFinite(x) && Number.isFinite(y)) { xs.push(x); ys.push(y); }
        }
      } else {
        xs.push(Number(shape.getAttribute("x"))); ys.push(Number(shape.getAttribute("y")));
      }
    }
    const a = new DOMPoint(Math.min(...xs), Math.min(...ys)).matrixTransform(view.matrix);
    const b = new DOMPoint(Math.max(...xs), Math.max(...ys)).matrixTransform(view.matrix);
    const box = xs.length ? { left: Math.min(a.x, b.x), top: Math.min(a.y, b.y), right: Math.max(a.x, b.x), bottom: Math.max(a.y, b.y) } : null;
    view.boxes.set(actor, box);
    return box;
  }
  // Fits the view to the boxes of `actorIds`.
  function fitTo(actorIds) {
    let left = Infinity, top = Infinity, right = -Infinity, bottom = -Infinity;
    for (const id of actorIds) {
      const b = boxOf(id);
      if (!b) continue;
      left = Math.min(left, b.left); top = Math.min(top, b.top); right = Math.max(right, b.right); bottom = Math.max(bottom, b.bottom);
    }
    if (view.panZoom && left < right) view.panZoom.fit({ x: left, y: top, width: right - left, height: bottom - top });
  }
  // Brings the chosen actor's neighbourhood into view (or the overview when none is
  // chosen), in the frame after the one that shows the choice: moving the view lays
  // out every drawn element again, so the choice is shown first.
  function showNeighbourhood(now = false) {
    if (!view.panZoom) return;
    const move = () => {
      if (view.near) fitTo(view.near.keys());
      else if (view.shownActors < nodes.length) fitTo(overviewActors());
    };
    if (now) move(); else requestAnimationFrame(() => setTimeout(move, 0));
  }
  function overviewActors() { return nodes.filter((n) => n.rank < view.shownActors).map((n) => n.actor); }

  function buildDiagramView() {
    const svg = document.querySelector("#gs-diagram svg");
    if (!svg || !svg.viewBox.baseVal || !svg.viewBox.baseVal.width) { $("gs-diagram-tools").hidden = true; return; }
    view.svg = svg;
    const graph = svg.querySelector("g.graph");
    const transform = graph && graph.transform.baseVal.consolidate();
    view.matrix = transform ? transform.matrix : new DOMMatrix();
    view.legend = legendBox(svg);
    // Home: the overview while it shows part of the graph, else the whole drawing.
    const home = () => { if (view.shownActors < nodes.length) fitTo(overviewActors()); else view.panZoom.reset(); };
    // Names follow in the frame after the move: the move is drawn first.
    let labelsPending = false;
    const labelsSoon = () => {
      if (labelsPending) return;
      labelsPending = true;
      setTimeout(() => { labelsPending = false; drawLabels(); }, 0);
    };
    view.panZoom = GeoStancePanZoom.attach(svg, (zoom) => { view.zoom = zoom; labelsSoon(); }, home);
    view.shown = view.panZoom.shown();
    $("gs-zoom-in").addEventListener("click", () => view.panZoom.zoomIn());
    $("gs-zoom-out").addEventListener("click", () => view.panZoom.zoomOut());
    $("gs-zoom-reset").addEventListener("click", home);
    $("gs-depth").addEventListener("change", (e) => { state.depth = Number(e.target.value); redraw(); });
    $("gs-show-more").addEventListener("click", () => {
      view.shownActors = view.shownActors * 2 >= nodes.length ? Infinity : view.shownActors * 2;
      redraw();
      if (!state.actor) fitTo(overviewActors());
    });
    $("gs-show-all").addEventListener("click", () => { view.shownActors = Infinity; redraw(); view.panZoom.reset(); });
    if (nodes.length > overviewThreshold) view.shownActors = overviewSize;
  }

  // Actors within `depth` steps of `actor` over the relations the filters admit,
  // with their distance.
  function neighbourhood(actor, depth, admitted) {
    const distance = new Map([[actor, 0]]);
    let ring = [actor];
    for (let d = 1; d <= depth && ring.length; d++) {
      const next = [];
      for (const a of ring) {
        for (const i of touching.get(a) || []) {
          if (!admitted[i]) continue;
          const r = data.relations[i];
          const other = r.source === a ? r.target : r.source;
          if (!distance.has(other)) { distance.set(other, d); next.push(other); }
        }
      }
      ring = next;
    }
    return distance;
  }

  // Labels by rank: at the whole drawing's zoom the strongest `labelsAtFullView`
  // actors are named, and more as the zoom grows (the area shown shrinks with its square).
  // The chosen actor is always named, and its whole neighbourhood when it is small
  // enough to read.
  const namedNeighbourhood = 50;
  // Past the view's edges nothing is named: the browser lays out every drawn text
  // again at each zoom, and that is most of a zoom's time.
  function labelled(n) {
    if (nodes.length <= labelsAtFullView || n.actor === state.actor) return true;
    if (!(n.rank < labelsAtFullView * view.zoom * view.zoom || (n.near && view.near.size <= namedNeighbourhood))) return false;
    return !view.panZoom || nearView(boxOf(n.actor));
  }
  // Whether `box` is in view, or within half a view of it.
  function nearView(box) {
    if (!box) return true;
    const v = view.shown;
    return box.right >= v.x - v.width / 2 && box.left <= v.x + v.width * 1.5
      && box.bottom >= v.y - v.height / 2 && box.top <= v.y + v.height * 1.5;
  }
  function drawLabels() {
    if (view.panZoom) view.shown = view.panZoom.shown();
    for (const n of nodes) if (n.labelled !== labelled(n)) paintNode(n);
    if (!view.svg) return;
    view.svg.classList.toggle("gs-edge-labels-off", nodes.length > labelsAtFullView && view.zoom < 3);
    view.svg.classList.toggle("gs-legend-off", view.legend !== undefined && !nearView(view.legend));
  }
  // The box of the title and legend, Graphviz's graph label.
  function legendBox(svg) {
    const texts = svg.querySelectorAll("g.graph > text");
    if (!texts.length) return undefined;
    const xs = [], ys = [];
    for (const t of texts) { xs.push(Number(t.getAttribute("x"))); ys.push(Number(t.getAttribute("y"))); }
    const a = new DOMPoint(Math.min(...xs), Math.min(...ys)).matrixTransform(view.matrix);
    const b = new DOMPoint(Math.max(...xs), Math.max(...ys)).matrixTransform(view.matrix);
    return { left: Math.min(a.x, b.x), top: Math.min(a.y, b.y), right: Math.max(a.x, b.x), bottom: Math.max(a.y, b.y) };
  }
  function paintNode(n) {
    n.labelled = labelled(n);
    // Only what is drawn fades: restyling hidden elements would cost time for nothing.
    const faded = state.actor !== null && !n.near && !n.out;
    paint(n, (n.off ? " gs-off" : "") + (n.out ? " gs-out" : "") + (n.near ? " gs-near" : "")
      + (faded ? " gs-faded" : "") + (n.actor === state.actor ? " gs-focus" : "") + (n.labelled ? "" : " gs-nolabel"));
  }

  // Whether each relation passes the filters, recomputed when they change.
  let admittedCache = { key: null, flags: null };
  function filterKey(f) { return [[...f.kinds].sort().join(), [...f.signs].sort().join(), f.since, f.until, f.minConfidence].join("|"); }
  function admittedFlags() {
    const key = filterKey(state.filter);
    if (admittedCache.key !== key) admittedCache = { key: key, flags: data.relations.map((r) => admits(r, state.filter)) };
    return admittedCache.flags;
  }

  // Ranks the ties among the overview's actors, strongest first (the others rank last),
  // once for each size of the overview.
  let rankedFor = null;
  function rankEdges() {
    if (rankedFor === view.shownActors) return;
    rankedFor = view.shownActors;
    const inside = (id) => (nodeOf.get(id) || { rank: Infinity }).rank < view.shownActors;
    const among = [];
    for (const e of edges) {
      e.rank = Infinity;
      if (inside(e.edge.a) && inside(e.edge.b)) among.push(e);
    }
    among.sort((x, y) => y.strength - x.strength).forEach((e, rank) => { e.rank = rank; });
  }

  function drawDiagram(admitted) {
    rankEdges();
    const near = state.actor ? neighbourhood(state.actor, state.depth, admitted) : null;
    view.near = near;
    const shown = overviewActors().length;
    for (const n of nodes) {
      n.off = !(touching.get(n.actor) || []).some((i) => admitted[i]);
      n.out = n.rank >= view.shownActors;
      n.near = near !== null && near.has(n.actor);
      paintNode(n);
    }
    // The overview draws the strongest ties among its actors, two for each actor.
    const tiesShown = view.shownActors < nodes.length ? 2 * view.shownActors : Infinity;
    let shownEdges = 0;
    for (const e of edges) {
      const on = e.relations.some((i) => admitted[i]);
      const out = (nodeOf.get(e.edge.a) || {}).out || (nodeOf.get(e.edge.b) || {}).out || e.rank >= tiesShown;
      if (!out) shownEdges++;
      const da = near && near.get(e.edge.a), db = near && near.get(e.edge.b);
      const isNear = near !== null && on && da !== undefined && db !== undefined && Math.min(da, db) < state.depth;
      // A tie outside the overview keeps one class while hidden, whatever the filters
      // say: restyling thousands of hidden ties would cost most of a filter's time.
      if (out && !isNear) { paint(e, " gs-out"); continue; }
      const chosen = sameEdge(e.edge, state.edge);
      const faded = near !== null && on && !out && !isNear && !chosen;
      paint(e, (on ? "" : " gs-off") + (out ? " gs-out" : "") + (isNear ? " gs-near" : "")
        + (faded ? " gs-faded" : "") + (chosen ? " gs-chosen" : ""));
    }
    for (const c of cells) {
      const on = c.relations.some((i) => admitted[i]);
      const touches = c.edge.a === state.actor || c.edge.b === state.actor;
      paint(c, (on ? "" : " gs-off") + (on && state.actor !== null && !touches ? " gs-dim" : "")
        + (sameEdge(c.edge, state.edge) ? " gs-chosen" : ""));
    }
    const more = shown < nodes.length;
    $("gs-show-more").hidden = $("gs-show-all").hidden = !more;
    $("gs-overview-note").textContent = more
      ? "Overview: the " + shown + " strongest of " + nodes.length + " actors and the " + shownEdges + " strongest ties among them"
        + (state.actor ? ", with " + nameOf(state.actor) + "\u2019s neighbourhood." : ". Choose an actor to see its neighbourhood.")
      : nodes.length + " actors" + (near ? "; " + (near.size - 1) + " within " + state.depth
        + (state.depth === 1 ? " step" : " steps") + " of " + nameOf(state.actor) : "") + ".";
  }

  // ---- Redrawing after any choice or filter change
  let pressed = null;
  function redraw() {
    const admitted = admittedFlags();
    const shown = admitted.filter(Boolean).length;
    $("gs-filter-summary").textContent = shown + " of " + data.relations.length + " relations pass the filters";
    drawDiagram(admitted);
    if (pressed) pressed.setAttribute("aria-pressed", "false");
    pressed = state.actor ? actorButtons.get(state.actor) : null;
    if (pressed) pressed.setAttribute("aria-pressed", "true");
    showStandings();
    showEvidence(admitted);
    showTimeline();
  }

  let standingsKey = null;
  function showStandings() {
    // Unchanged by choosing an edge: kept, with any list shown in full.
    const key = state.actor + "|" + admittedCache.key;
    if (key === standingsKey) return;
    standingsKey = key;
    const title = $("gs-standings-title");
    const lists = { opponents: $("gs-opponents"), supporters: $("gs-supporters"), allies: $("gs-allies") };
    for (const list of Object.values(lists)) list.replaceChildren();
    if (!state.actor) { title.textContent = "Choose an actor"; return; }
    title.textContent = nameOf(state.actor) + " (" + state.actor + ")";
    const all = standings(state.actor);
    for (const [which, list] of Object.entries(lists)) {
      if (all[which].length === 0) list.append(el("li", "none", "gs-note"));
      fillStandings(list, all[which], standingsShown);
    }
  }
  // The first `limit` standings in `list`, then a button for the rest: a hub's
  // hundreds of partners would slow every click.
  const standingsShown = 50;
  function fillStandings(list, standings, limit) {
    for (const s of standings.slice(0, limit)) {
      const item = el("li");
      item.dataset.actor = s.actor;
      const link = el("button", nameOf(s.actor));
      link.type = "button";
      link.title = "Show the evidence between " + nameOf(state.actor) + " and " + nameOf(s.actor);
      link.addEventListener("click", () => chooseEdge({ a: state.actor, b: s.actor, directed: false }));
      item.append(link, el("span", " " + s.actor + " \u00b7 " + s.score.toFixed(2) + " \u00b7 "
        + s.relations.length + (s.relations.length === 1 ? " relation" : " relations"), "gs-score"));
      list.append(item);
    }
    if (standings.length > limit) {
      const more = el("button", "show all " + standings.length, "gs-link");
      more.type = "button";
      more.addEventListener("click", () => { list.replaceChildren(); fillStandings(list, standings, Infinity); });
      const item = el("li", null, "gs-more");
      item.append(more);
      list.append(item);
    }
  }


  function showEvidence(admitted) {
    const list = $("gs-evidence-list");
    list.replaceChildren();
    const title = $("gs-evidence-title");
    if (!state.edge) { title.textContent = "Choose an edge in the diagram or a cell of the matrix"; return; }
    const indexes = relationsOf(state.edge);
    const hidden = indexes.filter((i) => !admitted[i]).length;
    title.textContent = nameOf(state.edge.a) + (state.edge.directed ? " \u2192 " : " \u2014 ") + nameOf(state.edge.b)
      + ": " + indexes.length + (indexes.length === 1 ? " relation" : " relations")
      + (hidden ? ", " + hidden + " hidden by the filters" : "");
    for (const i of indexes) {
      const r = data.relations[i];
      const item = el("li");
      item.dataset.relation = i;
      if (!admitted[i]) item.className = "gs-filtered-out";
      item.append(el("strong", nameOf(r.source) + " " + r.kind + (r.mode ? " (" + r.mode + ")" : "") + " " + nameOf(r.target)));
      const facts = el("div", null, "gs-facts");
      facts.append(el("span", signNames[r.sign], "gs-sign-" + signNames[r.sign]), el("span", r.modality),
        el("span", r.date || "undated"), el("span", "confidence " + r.confidence.toFixed(2)),
        el("span", "intensity " + r.intensity.toFixed(1)));
      if (r.speaker) facts.append(el("span", "said by " + nameOf(r.speaker)));
      facts.append(el("span", r.document + (r.sentenceIndex !== undefined ? ", sentence " + r.sentenceIndex : ""), "gs-document"));
      const quote = el("blockquote", null, "gs-sentence");
      if (r.sentence) quote.append(markedSentence(r.sentence, r));
      else quote.textContent = r.cue ? "\u201c" + r.cue + "\u201d (no sentence recorded)" : "no sentence recorded";
      item.append(facts, quote);
      list.append(item);
    }
  }

  // ---- The chosen pair's timeline: per period, events by quad class, the net
  // score and the reports behind them, as TimelineChart and `query timeline`
  // give them. Both directions, all relations: the filters do not apply.
  const timelines = new Map((data.timelines || []).map((t) => [t.first + "\u0000" + t.second, t]));
  function timelineOf(edge) {
    return timelines.get(edge.a + "\u0000" + edge.b) || timelines.get(edge.b + "\u0000" + edge.a) || null;
  }
  function score(value) { return (value > 0 ? "+" : "") + value.toFixed(2); }

  // Unchanged by the filters and by choosing an actor: redrawn only when the edge changes.
  let timelineKey;
  function showTimeline() {
    const key = state.edge ? state.edge.a + "\u0000" + state.edge.b : null;
    if (key === timelineKey) return;
    timelineKey = key;
    const box = $("gs-timeline");
    const body = $("gs-timeline-table").tBodies[0];
    body.replaceChildren();
    $("gs-timeline-chart").replaceChildren();
    const timeline = state.edge ? timelineOf(state.edge) : null;
    box.hidden = !timeline;
    if (!timeline) return;
    box.dataset.periods = timeline.periods.length;
    $("gs-timeline-title").textContent = "Timeline of " + nameOf(timeline.first) + " and " + nameOf(timeline.second)
      + " by " + timeline.by + ", both directions";
    for (const p of timeline.periods) {
      const row = el("tr");
      const period = el("th", p.label);
      period.scope = "row";
      period.title = p.start + " to " + p.end;
      row.append(period);
      for (const n of p.events) row.append(el("td", n));
      row.append(el("td", p.ties), el("td", score(p.net), "gs-sign-" + signNames[Math.sign(Math.round(p.net * 100))]),
        el("td", p.evidence));
      body.append(row);
    }
    $("gs-timeline-note").textContent = (timeline.periods.length === 0 ? "No dated events. " : "")
      + (timeline.undated ? timeline.undated + (timeline.undated === 1 ? " undated event or tie" : " undated events or ties")
      + " left out. " : "") + "Events are counted once however many reports they have; the filters do not apply.";
    if (timeline.periods.length) $("gs-timeline-chart").append(timelineChart(timeline));
  }

  // The net score per period as a line over a zero line, cooperative above
  // (tinted green) and hostile below (red), like TimelineChart's SVG.
  function timelineChart(timeline) {
    const ns = "http://www.w3.org/2000/svg";
    const width = 640, height = 210, left = 52, right = 16, top = 12, bottom = 48;
    const plotWidth = width - left - right, plotHeight = height - top - bottom, zero = top + plotHeight / 2;
    const points = timeline.periods;
    const range = niceCeiling(Math.max(1, ...points.map((p) => Math.abs(p.net))));
    const x = (i) => points.length === 1 ? left + plotWidth / 2 : left + plotWidth * i / (points.length - 1);
    const y = (value) => zero - value / range * (plotHeight / 2);
    function svg(tag, attributes, text) {
      const e = document.createElementNS(ns, tag);
      for (const [name, value] of Object.entries(attributes)) e.setAttribute(name, String(value));
      if (text !== undefined) e.textContent = String(text);
      return e;
    }
    const chart = svg("svg", { viewBox: "0 0 " + width + " " + height, width, height, class: "gs-timeline-chart",
      role: "img", "aria-label": "Net score by " + timeline.by });
    chart.append(
      svg("rect", { x: left, y: top, width: plotWidth, height: plotHeight / 2, fill: "#e8f5ec" }),
      svg("rect", { x: left, y: zero, width: plotWidth, height: plotHeight / 2, fill: "#fbeaea" }),
      svg("line", { x1: left, y1: top, x2: left, y2: top + plotHeight, stroke: "#333" }),
      svg("line", { x1: left, y1: zero, x2: left + plotWidth, y2: zero, stroke: "#333", "stroke-dasharray": "4 3" }));
    for (const value of [range, 0, -range]) {
      chart.append(svg("text", { x: left - 6, y: y(value) + 4, "text-anchor": "end" }, value > 0 ? "+" + value : value));
    }
    const every = Math.max(1, Math.ceil(points.length / 12));
    points.forEach((p, i) => {
      if (i % every !== 0 && i !== points.length - 1) return;
      const px = x(i), py = top + plotHeight + 14;
      chart.append(svg("text", { x: px, y: py, "text-anchor": "end", transform: "rotate(-30 " + px + " " + py + ")" }, p.label));
    });
    if (points.length > 1) {
      chart.append(svg("polyline", { points: points.map((p, i) => x(i) + "," + y(p.net)).join(" "),
        fill: "none", stroke: "#333", "stroke-width": 2 }));
    }
    points.forEach((p, i) => {
      const dot = svg("circle", { cx: x(i), cy: y(p.net), r: 4, class: "gs-sign-" + signNames[Math.sign(Math.round(p.net * 100))] });
      const events = p.events.reduce((sum, n) => sum + n, 0);
      dot.append(svg("title", {}, p.label + " (" + p.start + " to " + p.end + "): net " + score(p.net) + ", "
        + events + " events, " + p.ties + " ties, " + p.evidence + " reports"));
      chart.append(dot);
    });
    return chart;
  }

  // The smallest of 1, 2, 2.5 or 5 times a power of ten that is at least `value`.
  function niceCeiling(value) {
    const magnitude = Math.pow(10, Math.floor(Math.log10(value)));
    for (const factor of [1, 2, 2.5, 5, 10]) if (factor * magnitude >= value) return factor * magnitude;
    return 10 * magnitude;
  }

  // Unbalanced triads: friends of both sides of a hostile pair, and the like.
  function showTriads() {
    if (!data.unbalancedTriads || data.unbalancedTriads.length === 0) return;
    for (const triad of data.unbalancedTriads) $("gs-triads").append(el("li", triad));
    $("gs-triads-heading").hidden = false;
    $("gs-balance").hidden = false;
  }

  function showBlocs() {
    if (!data.blocs) return;
    const camps = new Map();
    for (const [actor, camp] of Object.entries(data.blocs)) {
      if (!camps.has(camp)) camps.set(camp, []);
      camps.get(camp).push(nameOf(actor));
    }
    for (const camp of [...camps.keys()].sort((a, b) => a - b)) {
      $("gs-blocs").append(el("li", "Camp " + camp + ": " + camps.get(camp).sort().join(", ")));
    }
    $("gs-balance").hidden = false;
  }

  buildActorList();
  buildFilters();
  bindDrawings();
  buildDiagramView();
  showBlocs();
  showTriads();
  document.body.dataset.standingsCheck = checkStandings();
  redraw();
  showNeighbourhood(true);
  readHash();
  window.addEventListener("hashchange", readHash);
  for (const svg of document.querySelectorAll(".gs-figure > svg")) svg.classList.add("gs-ready");
  // The nodes' boxes, read while the reader looks, so the first zoom need not.
  if (view.panZoom) setTimeout(() => { for (const n of nodes) boxOf(n.actor); }, 300);
  document.body.dataset.ready = "true";
})();
