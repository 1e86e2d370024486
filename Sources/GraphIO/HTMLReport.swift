import Foundation
import StanceGraph

/// One self-contained HTML page to explore a graph: the diagram and the
/// friend-or-foe matrix inlined as SVG, an actor list with search, each
/// actor's opponents, supporters and allies, the evidence behind every edge
/// with the pair's timeline, and filters that redraw the highlighting in the
/// page.
///
/// The page needs no network: the data is embedded as JSON in a
/// `<script type="application/json">` block, the script and styles are
/// inline, and a Content-Security-Policy allows nothing else. The SVG drawings
/// are rendered by the caller (this module knows nothing of Graphviz) with
/// ``DOTOptions/elementIDs`` and ``MatrixOptions/cellIDs`` on, so the page can
/// relate their elements to actors; ``write()`` refuses drawings that could
/// carry script (see ``InlineSVG``).
///
/// Escaping is total: every string of the graph reaches the page either HTML-
/// escaped in the markup or inside the JSON block with `<`, `>`, `&`, U+2028
/// and U+2029 written as `\u` escapes, and the script only ever puts text in
/// the page with `textContent`.
public struct HTMLReport: Sendable {
    /// Past this many actors the page opens on an overview of the strongest
    /// ``overviewSize`` and their ties, and the diagram should be drawn
    /// without tooltips (``DOTOptions/tooltips``): the page names what the
    /// pointer is over, and opens about a third faster.
    public static let overviewThreshold = 300
    /// How many actors the overview shows first.
    public static let overviewSize = 100

    /// What the graph was built from, for the page's header.
    public struct Corpus: Hashable, Sendable {
        /// A name for the corpus (a folder, a file, a snapshot).
        public var name: String
        /// When the report was made.
        public var builtAt: Date
        /// How many documents the graph was built from.
        public var documentCount: Int
        /// Whether ``documentCount`` counts the articles read, or only the
        /// documents the relations cite (all a snapshot knows).
        public var countsCitedDocuments: Bool

        public init(name: String, builtAt: Date, documentCount: Int, countsCitedDocuments: Bool = false) {
            self.name = name
            self.builtAt = builtAt
            self.documentCount = documentCount
            self.countsCitedDocuments = countsCitedDocuments
        }
    }

    public var graph: RelationGraph
    /// The relation diagram as SVG, from ``DOTWriter`` with ``DOTOptions/elementIDs``.
    public var diagramSVG: String
    /// The friend-or-foe matrix as SVG, from ``MatrixWriter`` with
    /// ``MatrixOptions/cellIDs``; `nil` when it was left out.
    public var matrixSVG: String?
    public var corpus: Corpus
    public var title: String
    /// Camps found by a balance analysis, listed in the page when given.
    public var blocs: [ActorID: Int]?
    /// Why the matrix is missing, when ``matrixSVG`` is `nil`.
    public var matrixNote: String?

    public init(
        graph: RelationGraph, diagramSVG: String, matrixSVG: String?, corpus: Corpus,
        title: String = "GeoStance report", blocs: [ActorID: Int]? = nil, matrixNote: String? = nil
    ) {
        self.graph = graph
        self.diagramSVG = diagramSVG
        self.matrixSVG = matrixSVG
        self.corpus = corpus
        self.title = title
        self.blocs = blocs
        self.matrixNote = matrixNote
    }

    /// The page.
    ///
    /// - Throws: ``InlineSVGError`` when a drawing holds a script, an event
    ///   handler, a link out of the page or an element Graphviz never writes.
    /// - Complexity: O(*a* *k* log *k* + *n*) for *a* actors, *n* relations and
    ///   *k* relations per actor (the standings are computed for every actor).
    public func write() throws -> String {
        var diagram = try InlineSVG.sanitized(diagramSVG, name: "diagram")
        // Thousands of elements fewer to parse; the page names what the pointer is over.
        if graph.actors.count > Self.overviewThreshold { diagram = InlineSVG.droppingTitles(diagram) }
        let matrix = try matrixSVG.map { try InlineSVG.sanitized($0, name: "matrix") }
        let json = try ReportData(self).embeddedJSON()
        let script = Self.script
        let built = Self.timestamp(corpus.builtAt)
        let documents = Self.counted(corpus.documentCount, "document")
            + (corpus.countsCitedDocuments ? " cited" : "")
        let e = { MarkupText.escaped($0, for: .html) }

        var page = """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta http-equiv="Content-Security-Policy" content="\(Self.contentSecurityPolicy(script: script))">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="generator" content="geostance">
            <title>\(e(title))</title>
            <style>\(Self.style)</style>
            <noscript><style>.gs-figure > svg:not(.gs-ready) { display: block; } .gs-toolbar, .gs-hint { display: none; }</style></noscript>
            </head>
            <body>
            <header class="gs-header">
            <h1>\(e(title))</h1>
            <p id="gs-corpus">Built from <strong>\(e(corpus.name))</strong> on <time datetime="\(e(built))">\(e(built))</time>:
            <span id="gs-count-documents">\(e(documents))</span>,
            <span id="gs-count-actors">\(Self.counted(graph.actors.count, "actor"))</span>,
            <span id="gs-count-relations">\(Self.counted(graph.relations.count, "relation"))</span>.</p>
            </header>
            <main class="gs-layout">
            <nav class="gs-side" aria-label="Actors and filters">
            <section class="gs-actors">
            <h2>Actors</h2>
            <input id="gs-search" type="search" placeholder="Search actors" aria-label="Search actors">
            <ul id="gs-actor-list"></ul>
            </section>
            <section class="gs-filters" id="gs-filters">
            <h2>Filters</h2>
            <fieldset><legend>Sign</legend><div id="gs-filter-signs"></div></fieldset>
            <fieldset><legend>Kinds</legend><div id="gs-filter-kinds"></div></fieldset>
            <fieldset><legend>Dates</legend>
            <label>from <input id="gs-filter-since" type="date"></label>
            <label>to <input id="gs-filter-until" type="date"></label></fieldset>
            <fieldset><legend>Minimum confidence <output id="gs-filter-confidence-value">0.00</output></legend>
            <input id="gs-filter-confidence" type="range" min="0" max="1" step="0.05" value="0" aria-label="Minimum confidence"></fieldset>
            <button id="gs-filter-reset" type="button">Reset filters</button>
            <p id="gs-filter-summary" class="gs-note"></p>
            </section>
            </nav>
            <div class="gs-content">
            <section class="gs-panel" id="gs-standings" aria-live="polite">
            <h2 id="gs-standings-title">Choose an actor</h2>
            <div class="gs-columns">
            <div><h3>Opponents</h3><ol id="gs-opponents" class="gs-standings"></ol></div>
            <div><h3>Supporters</h3><ol id="gs-supporters" class="gs-standings"></ol></div>
            <div><h3>Allies</h3><ol id="gs-allies" class="gs-standings"></ol></div>
            </div>
            </section>
            <section class="gs-panel" id="gs-evidence" aria-live="polite">
            <h2 id="gs-evidence-title">Choose an edge in the diagram or a cell of the matrix</h2>
            <div id="gs-timeline" hidden>
            <h3 id="gs-timeline-title">Timeline</h3>
            <div id="gs-timeline-chart"></div>
            <table id="gs-timeline-table">
            <thead><tr><th scope="col">Period</th><th scope="col">Verbal cooperation</th><th scope="col">Material cooperation</th>\
            <th scope="col">Verbal conflict</th><th scope="col">Material conflict</th><th scope="col">Ties</th>\
            <th scope="col">Net score</th><th scope="col">Reports</th></tr></thead>
            <tbody></tbody>
            </table>
            <p id="gs-timeline-note" class="gs-note"></p>
            </div>
            <ol id="gs-evidence-list"></ol>
            </section>
            <section class="gs-figure" id="gs-diagram">
            <h2>Relations</h2>
            <div class="gs-toolbar" id="gs-diagram-tools" role="toolbar" aria-label="Diagram view">
            <button id="gs-zoom-in" type="button" title="Zoom in (+ or the mouse wheel)" aria-label="Zoom in">+</button>
            <button id="gs-zoom-out" type="button" title="Zoom out (\u{2212})" aria-label="Zoom out">\u{2212}</button>
            <button id="gs-zoom-reset" type="button" title="Show the whole view again (0)">Reset view</button>
            <label>Neighbourhood <select id="gs-depth"><option value="1">1 step</option><option value="2">2 steps</option></select></label>
            <span id="gs-overview-note" class="gs-note"></span>
            <button id="gs-show-more" type="button" hidden>Show more actors</button>
            <button id="gs-show-all" type="button" hidden>Show all</button>
            </div>
            \(diagram)
            <p class="gs-note gs-hint">Drag to pan, wheel or +/\u{2212} to zoom, 0 to reset; choose an actor to light up its neighbourhood.</p>
            </section>
            <section class="gs-figure" id="gs-matrix">
            <h2>Friend or foe</h2>

            """
        if let matrix {
            page += matrix + "\n"
        } else {
            page += "<p class=\"gs-note\">\(e(matrixNote ?? "The matrix is left out."))</p>\n"
        }
        page += """
            </section>
            <section class="gs-panel" id="gs-balance" hidden>
            <h2>Camps</h2>
            <ul id="gs-blocs"></ul>
            <h3 id="gs-triads-heading" hidden>Unbalanced triads</h3>
            <ul id="gs-triads"></ul>
            </section>
            </div>
            </main>
            <script type="application/json" id="geostance-data">\(json)</script>
            <script>\(script)</script>
            </body>
            </html>

            """
        return page
    }

    /// Nothing may load or connect; only the page's own script may run.
    static func contentSecurityPolicy(script: String) -> String {
        let hash = SHA256.base64Digest(Data(script.utf8))
        return "default-src 'none'; script-src 'sha256-\(hash)'; style-src 'unsafe-inline'; "
            + "img-src data:; base-uri 'none'; form-action 'none'"
    }

    /// "1 actor", "3 actors".
    static func counted(_ count: Int, _ noun: String) -> String {
        "\(count) \(noun)" + (count == 1 ? "" : "s")
    }

    /// `date` as `2024-05-01T12:00:00Z`.
    static func timestamp(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        formatter.timeZone = TimeZone(identifier: "UTC")
        return formatter.string(from: date)
    }
}
