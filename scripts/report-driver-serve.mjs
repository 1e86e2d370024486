// The checks of `geostance-serve`'s page for scripts/report-driver.mjs (modes `serve`
// and `serve-hostile`): the page asks the server for each view, as a reader uses it.
//
// `serve` (the samples' graph): searching finds Iran; choosing it lists the United
// States among its opponents, draws its neighbourhood (SVG from the server), which
// zooms; an edge shows its evidence sentences; the matrix fills; depth 2 is drawn or
// refused with the limit named; balance answers; an unknown actor gets 404 with a
// message; no file is served. `serve-hostile` (the report's hostile fixture): names and
// sentences full of markup come back as text, exactly, and no script runs.

// Waits until `source` (an expression in the page) is true, at most `ms`; its value.
function waiter(page) {
  return (source, ms = 15000) => page(`new Promise((done) => {
    const start = performance.now();
    const poll = () => { let v = false; try { v = (${source}); } catch (e) { v = false; }
      if (v || performance.now() - start > ${ms}) done(Boolean(v)); else setTimeout(poll, 10); };
    poll(); })`);
}

export async function serveChecks({ page, click, count, text, check, hostile }) {
  const until = waiter(page);
  const search = (query) => page(`(() => { const i = document.getElementById("gs-search");
    i.value = ${JSON.stringify(query)}; i.dispatchEvent(new Event("input", { bubbles: true })); return true; })()`);
  check(await until(`/[0-9]+ actors/.test(document.getElementById("gs-count-actors").textContent)`),
    "the page asked the server what the graph holds: " + await text("#gs-corpus"));
  check(await count("script") === 1 && await count("#gs-drawing svg") === 0, "the page holds its one script and no drawing until asked");

  if (hostile) {
    await search("<");
    check(await until(`document.querySelectorAll("#gs-actor-list button").length === 3`), "searching '<' lists the three hostile actors");
    const expected = await page(`fetch("/api/actors?q=" + encodeURIComponent("<")).then((r) => r.json())
      .then((a) => a.actors.map((x) => x.name).sort())`);
    const shown = await page(`Array.from(document.querySelectorAll("#gs-actor-list button > span:first-child")).map((e) => e.textContent).sort()`);
    check(JSON.stringify(shown) === JSON.stringify(expected) && expected.some((n) => n.includes("</script>")),
      "hostile names show as text, exactly as the server sent them");
    await click(`#gs-actor-list button`);
    check(await until(`document.getElementById("gs-standings-title").textContent.includes("<")`), "choosing one names it as text");
    check(await until(`document.querySelector('#gs-drawing g.edge[id^="gs-edge-"]')`), "its neighbourhood is drawn");
    const edges = await page(`Array.from(document.querySelectorAll('#gs-drawing g.edge[id^="gs-edge-"]')).map((e) => e.id)`);
    let sentence = false;
    for (const edge of edges) {
      await click(`[id="${edge.replace(/["\\]/g, "\\$&")}"]`);
      await until(`document.querySelectorAll("#gs-evidence-list blockquote").length > 0`);
      if ((await text("#gs-evidence-list")).includes("</script><script>alert(1)</script>")) { sentence = true; break; }
    }
    check(sentence, "a sentence with script shows as text");
    check(await page(`window.__pwned === undefined`), "no injected script or handler ran");
    check(await count("script") === 1 && await count("img, iframe, object, embed, .gs-content b, .gs-side b") === 0,
      "no injected element exists");
    return;
  }

  await search("Iran");
  check(await until(`document.querySelector('#gs-actor-list button[data-actor="IRN"]')`), "searching 'Iran' lists Iran (IRN)");
  const chosen = await page(`(() => { window.__chose = performance.now();
    document.querySelector('#gs-actor-list button[data-actor="IRN"]').click(); return true; })()`);
  check(chosen && await until(`Array.from(document.querySelectorAll("#gs-opponents li")).some((li) => li.textContent.includes("United States"))`),
    "choosing Iran lists the United States among its opponents");
  check(await until(`document.querySelector("#gs-drawing > svg g.node")`), "Iran's neighbourhood is drawn from the server's SVG");
  console.log(`  note  standings and drawing shown ${Math.round(await page(`performance.now() - window.__chose`))} ms after the click`);
  check(await count('#gs-drawing [id="gs-node-IRN"].gs-focus') === 1, "Iran is marked in its drawing");
  const before = await page(`document.querySelector("#gs-drawing > svg").getAttribute("viewBox")`);
  await click("#gs-zoom-in");
  check(await until(`document.querySelector("#gs-drawing > svg").getAttribute("viewBox") !== ${JSON.stringify(before)}`), "+ zooms the drawing in");
  const edge = await page(`(document.querySelector('#gs-drawing g.edge[id^="gs-edge-"]') || {}).id || ""`);
  check(edge !== "", "the drawing's edges carry the report's ids");
  if (edge) await click(`[id="${edge}"]`);
  check(await until(`document.querySelectorAll("#gs-evidence-list blockquote").length > 0`), "an edge shows its evidence sentences");
  check(await until(`document.querySelectorAll("#gs-matrix-table td button").length > 0`), "the matrix of Iran and its strongest partners fills");
  await page(`(() => { const s = document.getElementById("gs-depth"); s.value = "2"; s.dispatchEvent(new Event("change")); return true; })()`);
  check(await until(`document.querySelector("#gs-drawing > svg") && document.getElementById("gs-diagram-note").textContent === ""
    || /at most [0-9]+/.test(document.getElementById("gs-diagram-note").textContent)`), "depth 2 is drawn, or refused naming the limit");
  await click("#gs-balance-button");
  check(await until(`/[0-9]+ triads/.test(document.getElementById("gs-balance-note").textContent)`), "balance: the triads of the whole graph");
  const unknown = await page(`fetch("/api/standings?actor=Atlantis").then(async (r) => [r.status, (await r.json()).error.message])`);
  check(unknown[0] === 404 && unknown[1].includes("Atlantis"), "an unknown actor is refused with 404 and a message: " + unknown[1]);
  const files = await page(`Promise.all(["/Package.swift", "/api/../Package.swift", "/%2e%2e/Package.swift"].map((p) => fetch(p).then((r) => r.status)))`);
  check(files.every((s) => s === 404), "no file is served: " + files.join(", "));
}
