// Drives headless Chromium over the DevTools protocol to check a GeoStance
// HTML report through its DOM, clicking as a reader would, and saves a
// screenshot. Standard library only; needs node 20 with --experimental-websocket.
//
//   node --experimental-websocket scripts/report-driver.mjs CHROMIUM REPORT.html MODE SCREENSHOT.png
//
// MODE is `seed` (the seed-like fixture: Iran, Iraq, the United States),
// `large` (1,000 actors and 5,000 relations from scripts/make-report-graph.mjs:
// overview, zoom, focus and evidence within time limits; report-driver-large.mjs),
// `hostile` (names and sentences full of markup and script) or `samples`
// (with TIMELINE.json, the output of `geostance query timeline ISR IRN
// --rolled-up --by week --format json`, choosing that pair must show its
// timeline with the same periods and scores);
// `serve` or `serve-hostile` (REPORT is the address of a running geostance-serve:
// report-driver-serve.mjs); or, for a drawing opened on its own, `matrix` (a friend-or-foe matrix SVG;
// CAMPS.json, the output of `geostance query blocs --format json`, gives the
// camps its rows must follow) or `diagram` (a relation diagram SVG). The
// drawings must fit the 1400 x 1000 window without scrolling.
// Exits 1 with the failed checks listed when any check fails.
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";

const [chromium, report, mode, screenshot, extra] = process.argv.slice(2);
if (!screenshot || (mode === "matrix" && !extra)) {
  console.error("usage: report-driver.mjs CHROMIUM REPORT.html seed|hostile|samples|large SCREENSHOT.png\n"
    + "       report-driver.mjs CHROMIUM http://127.0.0.1:PORT/ serve|serve-hostile SCREENSHOT.png\n"
    + "       report-driver.mjs CHROMIUM REPORT.html samples SCREENSHOT.png [TIMELINE.json]\n"
    + "       report-driver.mjs CHROMIUM MATRIX.svg matrix SCREENSHOT.png CAMPS.json\n"
    + "       report-driver.mjs CHROMIUM DIAGRAM.svg diagram SCREENSHOT.png");
  process.exit(2);
}
const failures = [];
function check(ok, what) {
  console.log((ok ? "  ok    " : "  FAIL  ") + what);
  if (!ok) failures.push(what);
}

// ---- Chromium and the protocol
const profile = mkdtempSync(join(tmpdir(), "geostance-chromium-"));
const browser = spawn(chromium, [  // spawns: chromium
  "--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run", "--no-default-browser-check",
  "--remote-debugging-port=0", "--remote-allow-origins=*", `--user-data-dir=${profile}`,
  "--window-size=1400,1000", "about:blank",
], { stdio: ["ignore", "ignore", "pipe"] });
const endpoint = await new Promise((done, fail) => {
  let text = "";
  const timer = setTimeout(() => fail(new Error("Chromium did not start: " + text)), 30000);
  browser.stderr.on("data", (chunk) => {
    text += chunk;
    const match = text.match(/DevTools listening on (ws:\/\/\S+)/);
    if (match) { clearTimeout(timer); done(new URL(match[1])); }
  });
  browser.once("exit", (code) => fail(new Error(`Chromium exited (${code}): ${text}`)));
});
// Ends Chromium, removes its profile once it has exited, and exits with `code`.
async function finish(code) {
  const exited = browser.exitCode === null ? new Promise((done) => browser.once("exit", done)) : null;
  // The browser may run under a wrapper script: ask it to close over the protocol first.
  try {
    const control = new WebSocket(endpoint.href);
    await new Promise((done, fail) => { control.onopen = done; control.onerror = fail; });
    control.send(JSON.stringify({ id: 1, method: "Browser.close" }));
  } catch (e) { /* already gone */ }
  if (exited) await Promise.race([exited, new Promise((done) => setTimeout(done, 5000))]);
  browser.kill();
  if (exited) await Promise.race([exited, new Promise((done) => setTimeout(done, 5000))]);
  try { rmSync(profile, { recursive: true, force: true, maxRetries: 3 }); } catch (e) { /* left in the temporary folder */ }
  process.exit(code);
}
process.on("exit", () => browser.kill());
process.on("uncaughtException", (error) => { console.error(`${mode}: ${error.message}`); finish(1); });
process.on("unhandledRejection", (error) => { console.error(`${mode}: ${error.message}`); finish(1); });
const http = `http://${endpoint.host}`;
const target = await (await fetch(`${http}/json/new?about:blank`, { method: "PUT" })).json();
const socket = new WebSocket(target.webSocketDebuggerUrl);
await new Promise((done, fail) => { socket.onopen = done; socket.onerror = fail; });

let nextId = 1;
const pending = new Map();
const events = [];
const waiters = [];
socket.onmessage = (message) => {
  const m = JSON.parse(message.data);
  if (m.id && pending.has(m.id)) {
    const { done, fail } = pending.get(m.id);
    pending.delete(m.id);
    if (m.error) fail(new Error(JSON.stringify(m.error))); else done(m.result);
  } else if (m.method) {
    events.push(m);
    if (m.method === "Page.javascriptDialogOpening") send("Page.handleJavaScriptDialog", { accept: false });
    for (const w of waiters.splice(0)) if (w.method === m.method) w.done(m); else waiters.push(w);
  }
};
function send(method, params = {}) {
  const id = nextId++;
  socket.send(JSON.stringify({ id, method, params }));
  return new Promise((done, fail) => pending.set(id, { done, fail }));
}
function waitFor(method, ms = 20000) {
  return new Promise((done, fail) => {
    const timer = setTimeout(() => fail(new Error("timed out waiting for " + method)), ms);
    waiters.push({ method, done: (m) => { clearTimeout(timer); done(m); } });
  });
}
// Runs `source` (an expression) in the page and returns its JSON value.
async function page(source) {
  const result = await send("Runtime.evaluate", { expression: source, returnByValue: true, awaitPromise: true });
  if (result.exceptionDetails) throw new Error("in page: " + JSON.stringify(result.exceptionDetails));
  return result.result.value;
}
async function open(url) {
  const loaded = waitFor("Page.loadEventFired");
  await send("Page.navigate", { url });
  await loaded;
}

await send("Page.enable");
await send("Runtime.enable");
await send("Emulation.setDeviceMetricsOverride", { width: 1400, height: 1000, deviceScaleFactor: 1, mobile: false });
// Notes, in the page, when it has loaded, run its script and drawn the frame after
// (ms since the navigation began), without waiting for this driver to ask.
await send("Page.addScriptToEvaluateOnNewDocument", { source: `addEventListener("load", () =>
  requestAnimationFrame(() => setTimeout(() => { window.__geostanceOpened = performance.now(); }, 0)))` });
// A served page (geostance-serve) by its address, a file by its path.
const url = /^https?:\/\//.test(report) ? report : pathToFileURL(resolve(report)).href;
await open(url);
const opened = await page(`new Promise((done) => { const poll = () => window.__geostanceOpened
  ? done({ frame: window.__geostanceOpened, load: performance.getEntriesByType("navigation")[0].loadEventEnd })
  : setTimeout(poll, 5); poll(); })`);

// Clicks as a reader does: a real click event on the element found by `selector`.
const click = (selector) => page(`(() => {
  const e = document.querySelector(${JSON.stringify(selector)});
  if (!e) return false;
  e.dispatchEvent(new MouseEvent("click", { bubbles: true, cancelable: true, view: window }));
  return true; })()`);
const text = (selector) => page(`(document.querySelector(${JSON.stringify(selector)}) || {}).textContent || ""`);
const count = (selector) => page(`document.querySelectorAll(${JSON.stringify(selector)}).length`);
// The diagram edge or matrix cell element between two actors.
const edgeSelector = (prefix, a, b) => `[id="${prefix}${encodeId(a)}-${encodeId(b)}"]`;
function encodeId(id) {
  return Array.from(new TextEncoder().encode(id)).map((b) => /[A-Za-z0-9_.]/.test(String.fromCharCode(b))
    ? String.fromCharCode(b) : "%" + b.toString(16).toUpperCase().padStart(2, "0")).join("");
}

// ---- A drawing opened on its own, as a reader opens Graphs/*.svg
if (mode === "matrix" || mode === "diagram") {
  console.log(`${mode}: ${report}`);
  const size = await page(`(() => { const r = document.documentElement.getBoundingClientRect();
    const s = document.scrollingElement || document.documentElement;
    return { width: r.width, height: r.height, scrollWidth: s.scrollWidth, scrollHeight: s.scrollHeight,
             innerWidth: innerWidth, innerHeight: innerHeight }; })()`);
  check(size.width <= size.innerWidth && size.height <= size.innerHeight
    && size.scrollWidth <= size.innerWidth && size.scrollHeight <= size.innerHeight,
    `the drawing (${Math.round(size.width)} x ${Math.round(size.height)} px) fits the ${size.innerWidth} x ${size.innerHeight} window without scrolling`);
  // The text an element shows, without its tooltip.
  const shown = (selector) => page(`Array.from(document.querySelectorAll(${JSON.stringify(selector)})).map((e) =>
    Array.from(e.childNodes).filter((n) => n.nodeType === 3).map((n) => n.textContent).join("").trim())`);
  if (mode === "matrix") {
    const camps = JSON.parse(readFileSync(extra, "utf8"));
    const campOf = new Map();
    camps.camps.forEach((members, i) => members.forEach((id) => campOf.set(id, i)));
    const rows = await page(`Array.from(document.querySelectorAll(".gs-row-label")).map((e) => e.dataset.actor)`);
    const columns = await page(`Array.from(document.querySelectorAll(".gs-column-label")).map((e) => e.dataset.actor)`);
    const rowNames = await shown(".gs-row-label"), columnNames = await shown(".gs-column-label");
    const tips = await page(`Array.from(document.querySelectorAll(".gs-column-label > title")).map((t) => t.textContent)`);
    check(rows.length > 1 && JSON.stringify(columns) === JSON.stringify(rows), `the ${rows.length} columns are the rows' actors, in the same order`);
    check(columnNames.length === columns.length && columnNames.every((name, i) => name.length > 1 && !/^[0-9]+$/.test(name)
      && tips[i].startsWith(name.replace(/\u2026$/, "")) && tips[i].includes("(" + columns[i] + ")")),
      "every column header names its actor (no numbers)");
    check(JSON.stringify(columnNames) === JSON.stringify(rowNames), "columns and rows carry the same names");
    const order = rows.map((id) => campOf.has(id) ? campOf.get(id) : camps.camps.length);
    check(order.every((c, i) => i === 0 || order[i - 1] <= c), "rows follow the camps of `geostance query blocs`: " + order.join(""));
    const changes = order.filter((c, i) => i > 0 && order[i - 1] !== c).length;
    check(await count(".gs-camp-boundary") === 2 * changes && changes > 0, `${changes} camp boundaries drawn, across and down`);
    check(await count(".gs-empty circle") > 0 && (await shown(".gs-cell text")).every((t) => /^([+-][0-9.]+|0)$/.test(t)),
      "empty cells carry a dot; filled ones a signed score");
  } else {
    const boxes = await page(`(() => {
      const box = (e) => { const r = e.getBoundingClientRect(); return [r.left, r.top, r.right, r.bottom]; };
      const labels = Array.from(document.querySelectorAll("g.edge")).map((g) => Array.from(g.querySelectorAll("text")).map(box))
        .filter((l) => l.length).map((l) => [Math.min(...l.map((b) => b[0])), Math.min(...l.map((b) => b[1])),
          Math.max(...l.map((b) => b[2])), Math.max(...l.map((b) => b[3]))]);
      const nodes = Array.from(document.querySelectorAll("g.node > polygon, g.node > ellipse, g.node a > polygon")).map(box);
      const legend = Array.from(document.querySelectorAll("g.graph > text")).filter((t) => t.textContent === "hostile").map(box);
      return { labels, nodes, legend, edges: document.querySelectorAll("g.edge").length };
    })()`);
    const overlap = (a, b) => a[0] < b[2] - 1 && b[0] < a[2] - 1 && a[1] < b[3] - 1 && b[1] < a[3] - 1;
    let labelPairs = 0, onNodes = 0;
    boxes.labels.forEach((a, i) => boxes.labels.forEach((b, j) => { if (i < j && overlap(a, b)) labelPairs++; }));
    boxes.labels.forEach((a) => boxes.nodes.forEach((b) => { if (overlap(a, b)) onNodes++; }));
    check(boxes.labels.length > 0 && boxes.labels.length < boxes.edges, `${boxes.labels.length} of ${boxes.edges} edges labelled (the strongest)`);
    check(labelPairs === 0, `no two edge labels overlap (${labelPairs} pairs do)`);
    console.log(`  note  ${onNodes} edge label(s) touch a node`);
    check(boxes.legend.length === 1 && boxes.legend[0][0] < size.innerWidth / 2 && boxes.legend[0][1] < size.innerHeight / 4,
      "the legend sits in the top left corner");
  }
  const shot = await send("Page.captureScreenshot", { format: "png" });
  writeFileSync(screenshot, Buffer.from(shot.data, "base64"));
  console.log(`  screenshot: ${screenshot}`);
  socket.close();
  if (failures.length) console.error(`${mode}: ${failures.length} check(s) failed`);
  await finish(failures.length ? 1 : 0);
}

// ---- Checks every report passes
console.log(`${mode}: ${report}`);
// (A served page holds no data block or drawing until asked: report-driver-serve.mjs checks it.)
if (!mode.startsWith("serve")) {
  const actorCount = await page(`JSON.parse(document.getElementById("geostance-data").textContent).actors.length`);
  check(await page(`document.body.dataset.ready`) === "true", "the script ran to the end");
  check(await page(`document.body.dataset.standingsCheck`) === "ok", "the page's standings rule gives what the query API gave, for every actor");
  check(actorCount > 0 && await count("#gs-actor-list li") === actorCount, `the actor list shows all ${actorCount} actors`);
  check(await count("#gs-diagram svg") === 1 && await count('#gs-diagram g.node[id^="gs-node-"]') > 0, "the diagram renders with actor nodes");
  check(await count('#gs-diagram g.edge[id^="gs-edge-"]') > 0, "the diagram has edges");
  if (mode !== "large") check(await count("#gs-matrix svg") === 1 && await count('#gs-matrix g[id^="a_gs-cell-"]') > 0, "the matrix renders with cells");
  check(await count('a[href^="http"], script[src], link[href], img[src^="http"], iframe') === 0, "nothing is loaded from the network");

  const firstEdge = await page(`(document.querySelector('#gs-diagram g.edge[id^="gs-edge-"]') || {}).id`);
  if (firstEdge) {
    await click(`[id="${firstEdge}"]`);
    check(await count("#gs-evidence-list > li blockquote") > 0, "choosing the first edge of the diagram lists its evidence");
  }
}

if (mode === "seed") {
  await click('#gs-actor-list button[data-actor="IRN"]');
  check((await text("#gs-standings-title")).includes("Iran"), "choosing Iran in the list shows its standings");
  check(await count('#gs-opponents li[data-actor="USA"]') === 1, "Iran's opponents list the United States");
  check((await text("#gs-opponents")).includes("United States"), "the opponent is named");
  check(await page(`document.querySelector('[id="gs-node-IRN"]').classList.contains("gs-focus")`), "Iran's node is highlighted");

  const diagramEdge = await count(edgeSelector("gs-edge-", "IRN", "USA")) ? edgeSelector("gs-edge-", "IRN", "USA") : edgeSelector("gs-edge-", "USA", "IRN");
  check(await click(diagramEdge), "the Iran-United States edge is in the diagram");
  check((await text("#gs-evidence-list")).includes("arch-enemies"), "choosing the edge shows its evidence sentence");
  check(await count("#gs-evidence-list mark.gs-actor") > 0 && await count("#gs-evidence-list mark.gs-cue") > 0, "the actors and the cue are marked");
  check((await text("#gs-evidence-list")).includes("baghdad-tehran-visit.txt"), "the evidence names its document");

  check(await click(edgeSelector("a_gs-cell-", "IRQ", "IRN")), "the matrix has the Iraq-to-Iran cell");
  check((await text("#gs-evidence-title")).startsWith("Iraq \u2192 Iran"), "choosing a matrix cell shows its relations");
  check((await text("#gs-evidence-list")).includes("non-aggression"), "the cell's evidence lists the pledge");

  await click('#gs-filter-kinds input[data-kind="hostility"]');
  check((await text("#gs-opponents")).includes("none"), "leaving out hostility empties Iran's opponents without reloading");
  // The page rewrites the address once the frame showing a choice is drawn (writeHashSoon): wait for
  // that frame, as a reader copying the address would, rather than race it.
  for (let i = 0; i < 2; i++) await page(`new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)))`);
  check(await page(`location.href`) === url + "#actor=IRN&cell=IRQ,IRN", "the address keeps the choices: " + await page("location.hash"));
  await click("#gs-filter-reset");
  check(await count('#gs-opponents li[data-actor="USA"]') === 1, "resetting the filters brings the United States back");

  await open("about:blank");
  await open(url.split("#")[0] + "#actor=IRN&edge=IRN,USA");
  check((await text("#gs-standings-title")).includes("Iran") && (await text("#gs-evidence-list")).includes("arch-enemies"),
    "a shared address opens on the same actor and edge");
} else if (mode === "samples" && extra) {
  // TIMELINE.json: `geostance query timeline ISR IRN --rolled-up --by week --format json`.
  const expected = JSON.parse(readFileSync(extra, "utf8"));
  const pair = await count(edgeSelector("gs-edge-", "ISR", "IRN")) ? edgeSelector("gs-edge-", "ISR", "IRN") : edgeSelector("gs-edge-", "IRN", "ISR");
  check(await click(pair), "the Israel-Iran edge is in the diagram");
  check(await page(`document.getElementById("gs-timeline").hidden === false`), "choosing the pair shows its timeline");
  check((await text("#gs-timeline-title")).includes("by week"), "a pair whose events span days is shown by week");
  const labels = await page(`Array.from(document.querySelectorAll("#gs-timeline-table tbody th")).map((e) => e.textContent)`);
  check(labels.length === expected.periods.length && expected.periods.length > 1,
    `the timeline has the ${expected.periods.length} periods of \`query timeline\` (shows ${labels.length})`);
  check(JSON.stringify(labels) === JSON.stringify(expected.periods.map((p) => p.period)), "the periods are those of `query timeline`: " + labels.join(", "));
  const nets = await page(`Array.from(document.querySelectorAll("#gs-timeline-table tbody tr")).map((r) => r.cells[r.cells.length - 2].textContent)`);
  check(JSON.stringify(nets.map(Number)) === JSON.stringify(expected.periods.map((p) => Number(p.netScore.toFixed(2)))), "each period's net score is that of `query timeline`: " + nets.join(", "));
  check(await count("#gs-timeline-chart svg circle") === expected.periods.length, "the chart draws one point a period");
  await open("about:blank");
  await open(url.split("#")[0] + "#edge=ISR,IRN");
  check(await count("#gs-timeline-table tbody tr") === expected.periods.length, "a shared address of the pair opens on its timeline");
} else if (mode === "serve" || mode === "serve-hostile") {
  const { serveChecks } = await import("./report-driver-serve.mjs");
  await serveChecks({ page, click, count, text, check, hostile: mode === "serve-hostile" });
} else if (mode === "large") {
  const { largeChecks } = await import("./report-driver-large.mjs");
  await largeChecks({ page, click, count, text, check, send, opened });
} else if (mode === "hostile") {
  const expected = JSON.parse(await page(`document.getElementById("geostance-data").textContent`)).actors.map((a) => a.name).sort();
  const shown = await page(`Array.from(document.querySelectorAll("#gs-actor-list .gs-name")).map((e) => e.textContent).sort()`);
  check(JSON.stringify(shown) === JSON.stringify(expected), "hostile names show as text, exactly");
  check(expected.some((n) => n.includes("</script>")), "the fixture really holds a closing script tag");
  check(await page(`window.__pwned === undefined`), "no injected script or handler ran");
  check(await count("script") === 2, "the page has only its two script elements");
  check(await count("img, iframe, object, embed, .gs-content b, .gs-side b") === 0, "no injected element exists");
  check((await text("#gs-corpus")).includes("<script>"), "the corpus name shows as text");
  const first = await page(`document.querySelector("#gs-actor-list button").dataset.actor`);
  await click(`#gs-actor-list button[data-actor="${first.replace(/["\\]/g, "\\$&")}"]`);
  const edge = await page(`document.querySelector('#gs-diagram g.edge[id^="gs-edge-"]').id`);
  await click(`[id="${edge}"]`);
  check((await text("#gs-evidence-list")).includes("</script><script>alert(1)</script>"), "a sentence with script shows as text");
  check(await page(`window.__pwned === undefined`), "still no script ran after the clicks");
}
check(!events.some((e) => e.method === "Page.javascriptDialogOpening"), "no dialog (alert) opened");
const errors = events.filter((e) => e.method === "Runtime.exceptionThrown"
  || (e.method === "Runtime.consoleAPICalled" && e.params.type === "error"));
check(errors.length === 0, "no script errors" + (errors.length ? ": " + JSON.stringify(errors[0].params).slice(0, 300) : ""));

const shot = await send("Page.captureScreenshot", { format: "png", captureBeyondViewport: true });
writeFileSync(screenshot, Buffer.from(shot.data, "base64"));
console.log(`  screenshot: ${screenshot}`);
// How the page prints: the controls go, the panels and drawings stay.
await send("Emulation.setEmulatedMedia", { media: "print" });
check(await page(`getComputedStyle(document.querySelector(".gs-side")).display`) === "none", "printing leaves out the actor list and filters");
const printed = await send("Page.captureScreenshot", { format: "png", captureBeyondViewport: true });
writeFileSync(screenshot.replace(/\.png$/, "-print.png"), Buffer.from(printed.data, "base64"));

socket.close();
if (failures.length) console.error(`${mode}: ${failures.length} check(s) failed`);
await finish(failures.length ? 1 : 0);
