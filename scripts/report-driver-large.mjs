// The checks report-driver.mjs runs on a large report (mode `large`): a page
// made from scripts/make-report-graph.mjs's 1,000 actors and 5,000 relations.
// It must open on an overview, zoom, focus on an actor, show an edge's evidence
// and keep a hostile actor name inert, each within the time a reader waits:
// under 2 s to open, under 100 ms from a click to the next frame drawn.
// Times are measured in the page with performance.now(), from the event to the
// next frame drawn; each answer's time is the median of five tries, as the
// machine may be busy with other work.
export const openLimit = 2000, clickLimit = 100;

// `t`: the driver's helpers (page, click, count, text, check, send, opened).
export async function largeChecks(t) {
  const { page, count, text, check, send } = t;
  const ms = (value) => value.toFixed(0) + " ms";
  // Runs `action` (statements) in the page and returns the milliseconds until the next frame is drawn.
  const timed = (action) => page(`(async () => {
    const t0 = performance.now();
    ${action};
    await new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)));
    return performance.now() - t0; })()`);
  const clickIn = (selector) => `document.querySelector(${JSON.stringify(selector)})
    .dispatchEvent(new MouseEvent("click", { bubbles: true, cancelable: true, view: window }))`;
  const viewBox = () => page(`document.querySelector("#gs-diagram svg").getAttribute("viewBox").split(" ").map(Number)`);
  const times = {};
  // The median of five tries of `run` (an async function of the try, 0 to 4, returning milliseconds).
  const median = async (run) => {
    const t = [];
    for (let k = 0; k < 5; k++) t.push(await run(k));
    return t.sort((x, y) => x - y)[2];
  };

  // What the page should show, worked out here from its data.
  const data = JSON.parse(await page(`document.getElementById("geostance-data").textContent`));
  check(data.actors.length === 1000 && data.relations.length === 5000, `the page holds ${data.actors.length} actors and ${data.relations.length} relations`);
  const strength = new Map(data.actors.map((a) => [a.id, 0]));
  const neighbours = new Map(data.actors.map((a) => [a.id, new Set()]));
  for (const r of data.relations) {
    const s = Math.abs(r.intensity) * r.confidence * r.weight;
    strength.set(r.source, strength.get(r.source) + s);
    if (r.target !== r.source) strength.set(r.target, strength.get(r.target) + s);
    neighbours.get(r.source).add(r.target);
    neighbours.get(r.target).add(r.source);
  }
  const byStrength = [...strength.keys()].sort((a, b) => strength.get(b) - strength.get(a) || (a < b ? -1 : 1));
  const idOf = (element) => `decodeURIComponent(${element}.id.slice(8))`;
  const nodesWhere = (selector) => page(`Array.from(document.querySelectorAll(${JSON.stringify(selector)})).map((g) => ${idOf("g")}).sort()`);
  const visibleNodes = () => page(`Array.from(document.querySelectorAll('#gs-diagram g.node[id^="gs-node-"]'))
    .filter((g) => getComputedStyle(g).display !== "none").map((g) => ${idOf("g")}).sort()`);

  // ---- Opening: the overview
  times.open = t.opened.frame;
  check(t.opened.frame < openLimit, `the page opens and draws its first frame in ${ms(t.opened.frame)} (load event ${ms(t.opened.load)}; limit ${openLimit} ms)`);
  const shown = await visibleNodes();
  check(shown.length === 100 && JSON.stringify(shown) === JSON.stringify(byStrength.slice(0, 100).sort()),
    `it opens on an overview: the ${shown.length} strongest actors of ${data.actors.length}`);
  check((await text("#gs-overview-note")).startsWith("Overview: the 100 strongest of 1000 actors"), "the overview says so: " + await text("#gs-overview-note"));
  check(await page(`!document.getElementById("gs-show-more").hidden && !document.getElementById("gs-show-all").hidden`), "with buttons to show more and all");
  const hiddenEdge = await page(`Array.from(document.querySelectorAll('#gs-diagram g.edge[id^="gs-edge-"]')).filter((g) => getComputedStyle(g).display === "none").length`);
  check(hiddenEdge > 0, `${hiddenEdge} ties outside the overview are not drawn`);

  // ---- Without Graphviz's tooltips, the page names what the pointer is over
  const tip = await page(`(() => { const g = document.querySelector('#gs-diagram g.node[id^="gs-node-"]:not(.gs-out)');
    g.querySelector("text").dispatchEvent(new PointerEvent("pointerover", { bubbles: true }));
    return [${idOf("g")}, (g.querySelector("title") || {}).textContent, document.querySelectorAll("#gs-diagram a, #gs-diagram title").length]; })()`);
  const tipped = data.actors.find((x) => x.id === tip[0]);
  check(tip[1] === tipped.name + " (" + tipped.id + ")" && tip[2] === 1, `hovering a node names it: "${tip[1]}" (no Graphviz links or titles in the drawing)`);

  // ---- A click chooses an actor; a drag that starts and ends on one is a pan, not a choice.
  await page(`document.querySelector("#gs-diagram svg").scrollIntoView({ block: "center" })`);
  const mouse = (type, x, y, extra = {}) => send("Input.dispatchMouseEvent", Object.assign({ type, x, y, button: "left", buttons: 1, clickCount: 1 }, extra));
  // Puts the pointer on the control a reader is about to click. Left over the drawing, the
  // browser hit-tests its thousands of shapes again after every change, which a reader
  // whose pointer is on a button never waits for.
  const pointAt = async (selector) => {
    const at = await page(`(() => { const r = document.querySelector(${JSON.stringify(selector)}).getBoundingClientRect();
      return [r.left + r.width / 2, r.top + r.height / 2]; })()`);
    await mouse("mouseMoved", at[0], at[1], { button: "none", buttons: 0 });
  };
  const on = await page(`(() => { const g = Array.from(document.querySelectorAll('#gs-diagram g.node[id^="gs-node-"]:not(.gs-out)'))
    .find((n) => { const r = n.getBoundingClientRect(), v = n.ownerSVGElement.getBoundingClientRect();
      if (!(r.width > 4 && r.left > v.left + 80 && r.right < v.right - 80 && r.top > v.top + 80 && r.bottom < v.bottom - 80)) return false;
      const top = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
      return top !== null && top.closest("g.node") === n; });
    if (!g) return null; const r = g.getBoundingClientRect(); return [r.left + r.width / 2, r.top + r.height / 2]; })()`);
  check(on !== null, "an actor is in view to drag from");
  if (on) {
    await mouse("mousePressed", on[0], on[1]);
    await mouse("mouseMoved", on[0] + 60, on[1] + 40);
    await mouse("mouseMoved", on[0], on[1]);
    await mouse("mouseReleased", on[0], on[1]);
    check((await text("#gs-standings-title")) === "Choose an actor", "a drag that starts and ends on an actor does not choose it");
    await mouse("mousePressed", on[0], on[1]);
    await mouse("mouseReleased", on[0], on[1]);
    check((await text("#gs-standings-title")) !== "Choose an actor", "a click on it does");
    await page(`(document.querySelector('#gs-actor-list button[aria-pressed="true"]') || document.body).click()`);
    check((await text("#gs-standings-title")) === "Choose an actor", "choosing it again lets it go");
  }

  // ---- Zoom and pan
  // The actors whose middle is in view, and how many of them are named.
  const labelledAt = () => page(`(() => { const v = document.querySelector("#gs-diagram svg").getBoundingClientRect();
    let named = 0, shown = 0;
    for (const g of document.querySelectorAll('#gs-diagram g.node[id^="gs-node-"]:not(.gs-out)')) {
      const r = g.getBoundingClientRect(), x = r.left + r.width / 2, y = r.top + r.height / 2;
      if (x < v.left || x > v.right || y < v.top || y > v.bottom) continue;
      shown++;
      if (!g.classList.contains("gs-nolabel")) named++;
    }
    return [named, shown]; })()`);
  for (let i = 0; i < 2; i++) await page(`new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)))`);
  const before = await viewBox();
  await pointAt("#gs-zoom-in");
  times.zoom = await median(() => timed(clickIn("#gs-zoom-in")));
  const zoomed = await viewBox();
  check(Math.abs(before[2] / zoomed[2] - 1.5 ** 5) < 0.1, `+ five times zooms in 1.5 times each (viewBox ${before[2].toFixed(0)} to ${zoomed[2].toFixed(0)} wide), median ${ms(times.zoom)}`);
  check(times.zoom < clickLimit, `zooming answers within ${clickLimit} ms (${ms(times.zoom)})`);
  await page(`document.querySelector("#gs-diagram svg").scrollIntoView({ block: "center" })`);
  const box = await page(`(() => { const r = document.querySelector("#gs-diagram svg").getBoundingClientRect(); return [r.left, r.top, r.width, r.height]; })()`);
  const cx = box[0] + box[2] / 2, cy = box[1] + box[3] / 2;
  await mouse("mouseWheel", cx, cy, { deltaX: 0, deltaY: -300, button: "none", buttons: 0 });
  await page(`new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)))`);
  const wheeled = await viewBox();
  check(wheeled[2] < zoomed[2] * 0.9 || zoomed[2] * 64 <= before[2] * 1.01, `the mouse wheel zooms in (viewBox ${zoomed[2].toFixed(0)} to ${wheeled[2].toFixed(0)} wide)`);
  await mouse("mousePressed", cx, cy);
  await mouse("mouseMoved", cx + 60, cy + 40);
  await mouse("mouseMoved", cx + 120, cy + 80);
  await mouse("mouseReleased", cx + 120, cy + 80);
  const dragged = await viewBox();
  check(dragged[0] < wheeled[0] && dragged[1] < wheeled[1] && Math.abs(dragged[2] - wheeled[2]) < 0.01,
    "dragging pans the drawing with the pointer, at the same zoom");
  times.key = await timed(`document.querySelector("#gs-diagram svg").dispatchEvent(new KeyboardEvent("keydown", { key: "-", bubbles: true }))`);
  check((await viewBox())[2] > dragged[2] * 1.4, `the - key zooms out (${ms(times.key)})`);
  await page(`document.querySelector("#gs-diagram svg").dispatchEvent(new KeyboardEvent("keydown", { key: "ArrowRight", bubbles: true }))`);
  await page(`document.querySelector("#gs-diagram svg").dispatchEvent(new KeyboardEvent("keydown", { key: "0", bubbles: true }))`);
  const same = (x, y) => x.every((v, i) => Math.abs(v - y[i]) < 0.5);
  check(same(await viewBox(), before), "the 0 key goes back to the overview's view");
  await page(clickIn("#gs-zoom-in"));
  times.reset = await timed(clickIn("#gs-zoom-reset"));
  const reset = await viewBox();
  check(same(reset, before), `Reset view goes back to the overview (${ms(times.reset)})`);

  // ---- Focus on an actor outside the overview, then on the strongest
  times.focus = await median((k) => timed(clickIn(`#gs-actor-list button[data-actor="${byStrength[900 - 100 * k]}"]`)));
  const outsider = byStrength[500];
  const near = await nodesWhere('#gs-diagram g.node.gs-near');
  const expected = [outsider, ...neighbours.get(outsider)].sort();
  check(JSON.stringify(near) === JSON.stringify(expected), `choosing ${outsider} (rank 501) highlights it and its ${expected.length - 1} neighbours`);
  check(times.focus < clickLimit, `focusing answers within ${clickLimit} ms (${ms(times.focus)})`);
  check(JSON.stringify((await visibleNodes()).filter((id) => !byStrength.slice(0, 100).includes(id))) === JSON.stringify(expected.filter((id) => !byStrength.slice(0, 100).includes(id))),
    "its neighbours outside the overview are drawn too");
  const faded = await page(`(() => { const s = getComputedStyle(document.querySelector('#gs-diagram g.node[id^="gs-node-"]:not(.gs-near):not(.gs-out) polygon'));
    return [Number(s.fillOpacity), Number(s.strokeOpacity)]; })()`);
  const kept = await page(`Number(getComputedStyle(document.querySelector('#gs-diagram g.node.gs-near polygon')).fillOpacity)`);
  check(faded[0] < 0.5 && faded[1] < 0.5 && kept === 1, `everything else fades (fill and stroke opacity ${faded.join(", ")}; the neighbourhood ${kept})`);
  check((await text("#gs-standings-title")).includes(outsider), "its standings are shown");
  const inView = await page(`(() => { const v = document.querySelector("#gs-diagram svg").getBoundingClientRect();
    return Array.from(document.querySelectorAll("#gs-diagram g.node.gs-near")).every((g) => { const r = g.getBoundingClientRect();
      return r.left >= v.left - 1 && r.right <= v.right + 1 && r.top >= v.top - 1 && r.bottom <= v.bottom + 1; }); })()`);
  check(inView, "the view moves to show the whole neighbourhood");
  // The view moves in the frame after the one that shows the choice.
  await page(clickIn(`#gs-actor-list button[data-actor="${outsider}"]`));
  times.focusAndMove = await page(`(async () => {
    const t0 = performance.now();
    ${clickIn(`#gs-actor-list button[data-actor="${outsider}"]`)};
    for (let i = 0; i < 2; i++) await new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)));
    return performance.now() - t0; })()`);
  times.depth2 = await timed(`const s = document.getElementById("gs-depth"); s.value = "2"; s.dispatchEvent(new Event("change", { bubbles: true }))`);
  const two = new Set(expected);
  for (const id of expected) for (const n of neighbours.get(id)) two.add(n);
  check((await nodesWhere('#gs-diagram g.node.gs-near')).length === two.size, `depth 2 highlights the ${two.size} actors within two steps (${ms(times.depth2)})`);
  check(times.depth2 < clickLimit, `depth 2 answers within ${clickLimit} ms (${ms(times.depth2)})`);
  await page(`(() => { const s = document.getElementById("gs-depth"); s.value = "1"; s.dispatchEvent(new Event("change", { bubbles: true })); })()`);
  const hub = byStrength[0];
  times.hub = await median(async () => {
    await page(clickIn(`#gs-actor-list button[data-actor="${outsider}"]`));
    return timed(clickIn(`#gs-actor-list button[data-actor="${hub}"]`));
  });
  check((await count("#gs-diagram g.node.gs-near")) === neighbours.get(hub).size + 1 && times.hub < clickLimit,
    `choosing the strongest actor (${neighbours.get(hub).size} neighbours) answers in ${ms(times.hub)}`);

  // ---- An edge's evidence
  const edgeIds = await page(`Array.from(document.querySelectorAll('#gs-diagram g.edge.gs-near[id^="gs-edge-"]')).map((g) => g.id).sort().slice(0, 5)`);
  times.edge = await median((k) => timed(clickIn(`[id="${edgeIds[4 - k]}"]`)));
  const edgeId = edgeIds[0];
  const [a, b] = edgeId.slice(8).split("-").map(decodeURIComponent);
  const between = data.relations.filter((r) => (r.source === a && r.target === b) || (r.source === b && r.target === a)).length;
  check(await count("#gs-evidence-list > li blockquote") === between && between > 0, `choosing the edge ${a}-${b} lists its ${between} relation(s) with their sentences`);
  check(times.edge < clickLimit, `showing an edge's evidence answers within ${clickLimit} ms (${ms(times.edge)})`);

  // ---- The filters apply to the drawing
  const drawnEdges = () => page(`Array.from(document.querySelectorAll('#gs-diagram g.edge[id^="gs-edge-"]')).filter((g) => getComputedStyle(g).display !== "none").length`);
  const edgesBefore = await drawnEdges();
  await page(`document.getElementById("gs-filters").scrollIntoView({ block: "center" })`);
  await pointAt('#gs-filter-signs input[data-sign="-1"]');
  times.filter = await median(() => timed(clickIn('#gs-filter-signs input[data-sign="-1"]')));
  const edgesAfter = await drawnEdges();
  check(edgesAfter < edgesBefore, `leaving out hostile relations takes their ties off the drawing (${edgesBefore} to ${edgesAfter}) in ${ms(times.filter)}`);
  check(times.filter < clickLimit, `a filter answers within ${clickLimit} ms (${ms(times.filter)})`);
  await page(clickIn("#gs-filter-reset"));

  // ---- Showing more
  times.more = await timed(clickIn("#gs-show-more"));
  check((await page(`document.querySelectorAll('#gs-diagram g.node[id^="gs-node-"]:not(.gs-out)').length`)) === 200, `Show more actors doubles the overview to 200 (${ms(times.more)})`);
  times.all = await timed(clickIn("#gs-show-all"));
  check(await count('#gs-diagram g.node.gs-out') === 0 && await page(`document.getElementById("gs-show-more").hidden`), `Show all draws every actor (${ms(times.all)})`);
  // Names by rank: at the whole drawing only the strongest are named; zooming in names more of those in view.
  await page(`(document.querySelector('#gs-actor-list button[aria-pressed="true"]') || document.body).click()`);
  await page(clickIn("#gs-zoom-reset"));
  const frames = (n) => page(`(async () => { for (let i = 0; i < ${n}; i++) await new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0))); })()`);
  await frames(2);
  const labelsBefore = await labelledAt();
  for (let i = 0; i < 3; i++) await page(clickIn("#gs-zoom-in"));
  await frames(2);
  const labelsAfter = await labelledAt();
  check(labelsBefore[0] < labelsBefore[1] && labelsAfter[0] / labelsAfter[1] > labelsBefore[0] / labelsBefore[1],
    `zooming in names more of the actors in view (${labelsBefore.join(" of ")} at the whole drawing, ${labelsAfter.join(" of ")} zoomed in)`);

  // ---- A hostile name stays text
  const hostile = data.actors.find((x) => x.name.includes("</script>"));
  check(hostile !== undefined, "the graph holds an actor named with a closing script tag");
  await page(clickIn(`#gs-actor-list button[data-actor="${hostile.id}"]`));
  check((await text("#gs-standings-title")).startsWith(hostile.name), "the hostile name shows as text in the standings");
  check((await page(`document.querySelector('[id="gs-node-${hostile.id}"] text').textContent`)).startsWith("</script>"), "and as text in its node");
  const hostileEdge = await page(`Array.from(document.querySelectorAll('#gs-diagram g.edge.gs-near[id^="gs-edge-"]')).map((g) => g.id)[0]`);
  await page(clickIn(`[id="${hostileEdge}"]`));
  check((await text("#gs-evidence-list")).includes("</script><b>loudly</b>"), "a sentence with markup shows as text");
  check(await page(`window.__pwned === undefined`) && await count(".gs-content b, .gs-side b, img") === 0, "no injected script ran and no injected element exists");
  console.log("  times " + Object.entries(times).map(([k, v]) => k + " " + ms(v)).join(", "));
}
