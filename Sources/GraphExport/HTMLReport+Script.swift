extension HTMLReport {
    /// The page's script: plain JavaScript, no libraries. ``scriptModel``
    /// reads the data and holds the rules (filters, standings, what an edge
    /// holds); ``scriptViews`` draws them into the page.
    static var script: String { scriptModel + scriptViews }

    /// Data, filters, standings and selection.
    static let scriptModel = #"""

        "use strict";
        // GeoStance report. Reads the data embedded in #geostance-data and relates the
        // inlined SVG drawings to it through their ids: gs-node-ACTOR, gs-edge-TAIL-HEAD
        // (diagram) and gs-cell-ROW-COLUMN (matrix), actor ids percent-encoded.
        // Text from the data only ever enters the page through textContent.
        (() => {
          const data = JSON.parse(document.getElementById("geostance-data").textContent);
          const actors = new Map(data.actors.map((a) => [a.id, a]));
          const $ = (id) => document.getElementById(id);
          const state = { actor: null, edge: null, filter: fullFilter() };

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
          function admittedFlags() { return data.relations.map((r) => admits(r, state.filter)); }

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
          function readHash() {
            const params = new URLSearchParams(location.hash.slice(1));
            const actor = params.get("actor");
            if (actor && actors.has(actor)) chooseActor(actor, false);
            const edge = params.get("edge") || params.get("cell");
            if (edge) {
              const [a, b] = edge.split(",").map(decodeURIComponent);
              if (actors.has(a) && actors.has(b)) chooseEdge({ a: a, b: b, directed: params.has("cell") }, false);
            }
          }

          function chooseActor(id, updateHash = true) {
            state.actor = state.actor === id && updateHash ? null : id;
            redraw();
            if (updateHash) writeHash();
          }
          function chooseEdge(edge, updateHash = true) {
            state.edge = edge;
            redraw();
            if (updateHash) writeHash();
            if (updateHash) $("gs-evidence").scrollIntoView({ block: "nearest" });
          }

        """#
}
