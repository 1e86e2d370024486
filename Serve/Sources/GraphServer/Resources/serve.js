"use strict";
// The served page: every view is asked of the server (/api/...), and every
// name and sentence reaches the page through textContent, never as markup.
// The neighbourhood drawing comes as SVG the server has checked
// (InlineSVG.sanitized) and is panned and zoomed by GeoStancePanZoom.
(() => {
  const $ = (id) => document.getElementById(id);
  let chosen = null, depth = 1, view = null, searchTimer = 0, searchSerial = 0;

  function el(tag, text, className) {
    const node = document.createElement(tag);
    if (text !== undefined) node.textContent = text;
    if (className) node.className = className;
    return node;
  }
  function clear(node) { while (node.firstChild) node.removeChild(node.firstChild); }
  function number(x) { return (Math.round(x * 100) / 100).toString(); }
  function link(text, onClick) {
    const button = el("button", text, "gs-link");
    button.type = "button";
    button.addEventListener("click", onClick);
    return button;
  }
  // The answer of a route as JSON, or an Error carrying the server's message.
  async function ask(path, params) {
    const query = new URLSearchParams();
    for (const [key, value] of params || []) query.append(key, value);
    const response = await fetch(path + (params ? "?" + query.toString() : ""), { headers: { Accept: "application/json" } });
    const type = response.headers.get("Content-Type") || "";
    if (!response.ok) {
      let message = response.status + " " + response.statusText;
      if (type.startsWith("application/json")) message = (await response.json()).error.message;
      throw new Error(message);
    }
    return type.startsWith("application/json") ? response.json() : response.text();
  }
  function note(id, text) { $(id).textContent = text; }

  // Search: actors whose name or id holds the text.
  async function search(text) {
    const serial = ++searchSerial, list = $("gs-actor-list");
    if (!text.trim()) { clear(list); return; }
    try {
      const answer = await ask("/api/actors", [["q", text.trim()], ["limit", "30"]]);
      if (serial !== searchSerial) return;
      clear(list);
      for (const actor of answer.actors) {
        const item = el("li"), button = el("button");
        button.type = "button";
        button.dataset.actor = actor.id;
        button.append(el("span", actor.name), el("span", actor.id + " · " + actor.relations, "gs-id"));
        button.addEventListener("click", () => choose(actor.id));
        item.append(button);
        list.append(item);
      }
      if (!answer.actors.length) list.append(el("li", "No actor matches.", "gs-note"));
    } catch (error) { clear(list); list.append(el("li", error.message, "gs-note")); }
  }

  function standingList(id, standings, total) {
    const list = $(id);
    clear(list);
    for (const s of standings) {
      const item = el("li");
      item.append(link(s.name, () => showDyad(chosen, s.actor)), " ", el("span", number(s.score) + " (" + s.relations + ")", "gs-score"));
      list.append(item);
    }
    if (total > standings.length) list.append(el("li", "and " + (total - standings.length) + " more", "gs-more gs-note"));
    if (!standings.length) list.append(el("li", "none", "gs-more gs-note"));
  }

  // An actor chosen: its standings, its neighbourhood drawn, its matrix.
  async function choose(actor) {
    chosen = actor;
    for (const button of document.querySelectorAll("#gs-actor-list button")) {
      button.setAttribute("aria-pressed", String(button.dataset.actor === actor));
    }
    try {
      const answer = await ask("/api/standings", [["actor", actor]]);
      if (chosen !== actor) return;
      $("gs-standings-title").textContent = answer.actor.name + " (" + answer.actor.id + ")";
      standingList("gs-opponents", answer.opponents, answer.totals.opponents);
      standingList("gs-supporters", answer.supporters, answer.totals.supporters);
      standingList("gs-cooperators", answer.cooperators, answer.totals.cooperators);
      standingList("gs-allies", answer.allies, answer.totals.allies);
    } catch (error) { $("gs-standings-title").textContent = error.message; }
    draw(actor);
    matrix(actor);
  }

  async function draw(actor) {
    const figure = $("gs-drawing");
    note("gs-diagram-note", "Drawing…");
    try {
      const text = await ask("/api/neighbourhood.svg", [["actor", actor], ["depth", String(depth)]]);
      if (chosen !== actor) return;
      const parsed = new DOMParser().parseFromString(text, "image/svg+xml").documentElement;
      if (parsed.nodeName !== "svg") throw new Error("the drawing could not be read");
      const svg = document.importNode(parsed, true);
      clear(figure);
      figure.append(svg);
      svg.classList.add("gs-ready");
      view = GeoStancePanZoom.attach(svg, () => {});
      const node = document.getElementById("gs-node-" + encodeId(actor));
      if (node) node.classList.add("gs-focus");
      note("gs-diagram-note", "");
    } catch (error) {
      clear(figure);
      view = null;
      note("gs-diagram-note", error.message);
    }
  }
  // An actor id as the drawing's element ids write it (ElementID.encoded).
  function encodeId(actor) {
    let out = "";
    for (const byte of new TextEncoder().encode(actor)) {
      const c = String.fromCharCode(byte);
      out += /[A-Za-z0-9_.]/.test(c) ? c : "%" + byte.toString(16).toUpperCase().padStart(2, "0");
    }
    return out;
  }
  function decodeId(part) {
    return decodeURIComponent(part);
  }

  // A click in the drawing: a node chooses its actor, an edge shows its evidence.
  $("gs-drawing").addEventListener("click", (event) => {
    const group = event.target.closest("g.node, g.edge");
    if (!group || !group.id) return;
    const parts = group.id.split("-");
    if (group.id.startsWith("gs-node-")) choose(decodeId(parts.slice(2).join("-")));
    else if (group.id.startsWith("gs-edge-") && parts.length >= 4) showDyad(decodeId(parts[2]), decodeId(parts[3]));
  });

  async function showDyad(first, second) {
    const list = $("gs-evidence-list");
    try {
      const answer = await ask("/api/dyad", [["first", first], ["second", second]]);
      const sign = answer.netSign > 0 ? "cooperative" : answer.netSign < 0 ? "hostile" : "neutral";
      const title = $("gs-evidence-title");
      clear(title);
      title.append(answer.first.name + " and " + answer.second.name + ": ", el("span", sign, "gs-sign-" + sign),
        " (net " + number(answer.netScore) + ", " + answer.events + " events from " + answer.reports + " reports)");
      clear(list);
      for (const r of answer.relations) {
        const item = el("li"), facts = el("div", undefined, "gs-facts");
        facts.append(el("span", r.source + " " + r.kind + " " + r.target), el("span", r.modality),
          el("span", r.date || "undated"), el("span", "confidence " + number(r.confidence)),
          el("span", r.document + (r.sentenceIndex === undefined || r.sentenceIndex === null ? "" : ":" + r.sentenceIndex)));
        item.append(facts);
        if (r.sentence) item.append(el("blockquote", r.sentence));
        list.append(item);
      }
      if (answer.trimmed) list.append(el("li", "Only the first " + answer.relations.length + " reports are listed.", "gs-note"));
    } catch (error) { $("gs-evidence-title").textContent = error.message; clear(list); }
  }

  // The matrix of the chosen actor and its strongest partners.
  async function matrix(actor) {
    const table = $("gs-matrix-table");
    try {
      const near = await ask("/api/neighbourhood", [["actor", actor], ["depth", "1"], ["limit", "12"]]);
      const ids = near.actors.slice(0, 12).map((a) => a.id);
      const answer = await ask("/api/matrix", ids.map((id) => ["actor", id]));
      if (chosen !== actor) return;
      clear(table);
      const head = el("tr");
      head.append(el("th"));
      for (const a of answer.actors) { const th = el("th", a.name); th.scope = "col"; head.append(th); }
      table.append(head);
      answer.actors.forEach((row, i) => {
        const tr = el("tr"), th = el("th", row.name);
        th.scope = "row";
        tr.append(th);
        answer.actors.forEach((column, j) => {
          const score = answer.scores[i][j], td = el("td");
          if (answer.relations[i][j]) {
            td.append(link(number(score), () => showDyad(row.id, column.id)));
            td.className = "gs-sign-" + (score > 0 ? "cooperative" : score < 0 ? "hostile" : "neutral");
          }
          tr.append(td);
        });
        table.append(tr);
      });
      note("gs-matrix-note", near.trimmed || near.totalActors > ids.length
        ? "The chosen actor and its " + (ids.length - 1) + " strongest partners of " + (near.totalActors - 1) + "; rows act on columns."
        : "Rows act on columns.");
    } catch (error) { clear(table); note("gs-matrix-note", error.message); }
  }

  async function balance() {
    const out = $("gs-blocs");
    clear(out);
    note("gs-balance-note", "Computing…");
    try {
      const answer = await ask("/api/balance");
      note("gs-balance-note", answer.triangles + " triads: " + answer.balanced + " balanced, " + answer.unbalanced +
        " unbalanced; frustration index " + number(answer.frustration) + (answer.frustrationIsExact ? " (exact)" : " (heuristic)"));
      for (const triad of answer.unbalancedTriads) {
        const item = el("li", triad.pattern + " " + triad.actors.join(", "));
        for (const r of triad.evidence) if (r.sentence) item.append(el("blockquote", r.sentence));
        out.append(item);
      }
    } catch (error) { note("gs-balance-note", error.message); }
  }

  async function blocs() {
    const out = $("gs-blocs");
    clear(out);
    note("gs-balance-note", "Computing…");
    try {
      const answer = await ask("/api/blocs", [["camps", $("gs-camps").value]]);
      note("gs-balance-note", "Error " + number(answer.error) + " (hostile ties inside " + number(answer.negativeWithin) +
        ", friendly ties across " + number(answer.positiveBetween) + ")");
      answer.camps.forEach((camp, i) => {
        if (!camp.length) return;
        const shown = camp.slice(0, 60).map((a) => a.name).join(", ");
        out.append(el("li", "Camp " + (i + 1) + " (" + camp.length + "): " + shown + (camp.length > 60 ? ", …" : "")));
      });
    } catch (error) { note("gs-balance-note", error.message); }
  }

  $("gs-search").addEventListener("input", (event) => {
    clearTimeout(searchTimer);
    searchTimer = setTimeout(() => search(event.target.value), 120);
  });
  $("gs-depth").addEventListener("change", (event) => { depth = Number(event.target.value); if (chosen) draw(chosen); });
  $("gs-zoom-in").addEventListener("click", () => view && view.zoomIn());
  $("gs-zoom-out").addEventListener("click", () => view && view.zoomOut());
  $("gs-zoom-reset").addEventListener("click", () => view && view.reset());
  $("gs-balance-button").addEventListener("click", balance);
  $("gs-blocs-button").addEventListener("click", blocs);

  ask("/api/summary").then((summary) => {
    note("gs-count-actors", summary.actors + " actors");
    note("gs-count-relations", summary.relations + " relations");
  }).catch((error) => note("gs-count-actors", error.message));
})();
