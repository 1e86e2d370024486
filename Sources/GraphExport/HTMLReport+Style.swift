extension HTMLReport {
    /// The page's styles: a side column of actors and filters beside the
    /// panels and drawings; highlighting classes the script sets on SVG
    /// elements; print styles that drop the controls and keep the drawings.
    static let style = #"""

        :root { --hostile: #c0392b; --cooperative: #1e8449; --neutral: #7f8c8d; --ink: #1f2937;
          --muted: #6b7280; --line: #d1d5db; --focus: #f59e0b; --panel: #f8fafc; }
        * { box-sizing: border-box; }
        body { margin: 0; font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Helvetica, Arial, sans-serif;
          color: var(--ink); background: #fff; }
        h1 { font-size: 1.5rem; margin: 0 0 .25rem; }
        h2 { font-size: 1.1rem; margin: 0 0 .5rem; }
        h3 { font-size: .95rem; margin: .25rem 0; }
        .gs-header { padding: .75rem 1rem; border-bottom: 1px solid var(--line); }
        .gs-header p { margin: 0; color: var(--muted); }
        .gs-layout { display: grid; grid-template-columns: 17rem 1fr; gap: 1rem; padding: 1rem; }
        .gs-side { position: sticky; top: 0; align-self: start; max-height: 100vh; overflow: auto; }
        .gs-side section { margin-bottom: 1rem; }
        #gs-search { width: 100%; padding: .35rem .5rem; border: 1px solid var(--line); border-radius: 4px; }
        #gs-actor-list { list-style: none; margin: .5rem 0 0; padding: 0; max-height: 40vh; overflow: auto; }
        #gs-actor-list button { display: flex; justify-content: space-between; gap: .5rem; width: 100%;
          text-align: left; border: 0; background: none; padding: .2rem .4rem; border-radius: 4px;
          cursor: pointer; font: inherit; color: inherit; }
        #gs-actor-list button:hover { background: #eef2f7; }
        #gs-actor-list button[aria-pressed="true"] { background: #fde68a; }
        .gs-id { color: var(--muted); font-size: .85em; }
        fieldset { border: 1px solid var(--line); border-radius: 4px; margin: 0 0 .5rem; padding: .3rem .5rem; }
        fieldset label { display: inline-block; margin-right: .6rem; white-space: nowrap; }
        #gs-filter-kinds label { width: 50%; margin: 0; white-space: normal; overflow-wrap: anywhere; vertical-align: top; }
        .gs-note { color: var(--muted); font-size: .9em; }
        .gs-content { min-width: 0; }
        .gs-panel { background: var(--panel); border: 1px solid var(--line); border-radius: 6px;
          padding: .75rem 1rem; margin-bottom: 1rem; }
        .gs-columns { display: grid; grid-template-columns: repeat(3, 1fr); gap: 1rem; }
        .gs-standings { margin: 0; padding-left: 1.4rem; }
        .gs-standings li { margin-bottom: .2rem; }
        .gs-standings button, .gs-link { border: 0; background: none; padding: 0; font: inherit;
          color: #1d4ed8; cursor: pointer; text-decoration: underline; text-align: left; }
        .gs-score { color: var(--muted); font-variant-numeric: tabular-nums; }
        #gs-evidence-list { margin: 0; padding-left: 1.4rem; }
        #gs-evidence-list > li { margin-bottom: .6rem; }
        #gs-evidence-list > li.gs-filtered-out { opacity: .5; }
        .gs-facts { display: flex; flex-wrap: wrap; gap: .25rem .75rem; font-size: .9em; color: var(--muted); }
        .gs-sign-hostile { color: var(--hostile); font-weight: 600; }
        .gs-sign-cooperative { color: var(--cooperative); font-weight: 600; }
        .gs-sign-neutral { color: var(--neutral); font-weight: 600; }
        blockquote { margin: .2rem 0; padding: .2rem .6rem; border-left: 3px solid var(--line); background: #fff; }
        mark.gs-actor { background: #dbeafe; }
        mark.gs-cue { background: #fde68a; }
        .gs-figure { margin-bottom: 1rem; overflow: auto; border: 1px solid var(--line); border-radius: 6px; padding: .5rem; }
        .gs-figure svg { max-width: 100%; height: auto; }
        .gs-figure g.node[id^="gs-node-"], .gs-figure g.edge[id^="gs-edge-"], .gs-figure g[id^="a_gs-cell-"] { cursor: pointer; }
        .gs-figure .gs-off { opacity: .12; }
        .gs-figure .gs-dim { opacity: .3; }
        .gs-figure g.gs-focus > polygon, .gs-figure g.gs-focus > ellipse, .gs-figure g.gs-focus a > polygon,
        .gs-figure g.gs-focus a > ellipse { stroke: var(--focus); stroke-width: 4; }
        .gs-figure g.gs-chosen path { stroke-width: 4; }
        .gs-figure g.gs-chosen polygon, .gs-figure g.gs-chosen rect { stroke: var(--focus); stroke-width: 3; }
        @media (max-width: 900px) { .gs-layout { grid-template-columns: 1fr; } .gs-side { position: static; max-height: none; } }
        @media print {
          .gs-side, #gs-filter-reset { display: none; }
          .gs-layout { display: block; padding: 0; }
          .gs-panel, .gs-figure { break-inside: avoid; border-color: #999; background: none; }
          .gs-figure { overflow: visible; }
          .gs-figure svg { max-height: 24cm; }
          .gs-standings button, .gs-link { color: inherit; text-decoration: none; }
        }

        """#
}
