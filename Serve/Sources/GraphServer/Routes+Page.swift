import Foundation
import GraphIO
import Hummingbird

/// `GET /`: the page, in the report's look (its styles and pan and zoom),
/// whose script asks the server for each view. It loads nothing else: the
/// Content-Security-Policy allows only its own script (by hash) and requests
/// to this server.
extension GraphServer {
    /// The page's script: the report's pan and zoom, then `Resources/serve.js`.
    static let script = "\n" + HTMLReport.panZoomScript + String(decoding: PackageResources.serve_js, as: UTF8.self)

    /// Nothing may load but the page's own script and this server's answers.
    static let contentSecurityPolicy =
        "default-src 'none'; script-src 'sha256-\(SHA256.base64Digest(Data(script.utf8)))'; connect-src 'self'; "
        + "style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"

    func page() -> Response {
        let e = { MarkupText.escaped($0, for: .html) }
        let text = """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="generator" content="geostance-serve">
            <title>GeoStance: \(e(title))</title>
            <style>\(HTMLReport.style)
            #gs-matrix-table { border-collapse: collapse; font-size: .85em; font-variant-numeric: tabular-nums; }
            #gs-matrix-table th, #gs-matrix-table td { border: 1px solid var(--line); padding: .1rem .3rem; }
            #gs-matrix-table thead th, #gs-matrix-table tr:first-child th { writing-mode: vertical-rl; }
            #gs-drawing > svg { display: block; max-height: 80vh; touch-action: none; cursor: grab; }
            .gs-columns { grid-template-columns: repeat(4, 1fr); }
            </style>
            </head>
            <body>
            <header class="gs-header">
            <h1>GeoStance: \(e(title))</h1>
            <p id="gs-corpus">Served from <strong>\(e(title))</strong>: <span id="gs-count-actors"></span>,
            <span id="gs-count-relations"></span>. Each view is asked of the server.</p>
            </header>
            <main class="gs-layout">
            <nav class="gs-side" aria-label="Actors">
            <section class="gs-actors">
            <h2>Actors</h2>
            <input id="gs-search" type="search" placeholder="Search actors" aria-label="Search actors" autocomplete="off">
            <ul id="gs-actor-list"></ul>
            </section>
            <section>
            <h2>Balance</h2>
            <button id="gs-balance-button" type="button">Triads and frustration</button>
            <label>Camps <select id="gs-camps">\((2...limits.camps).map { "<option>\($0)</option>" }.joined())</select></label>
            <button id="gs-blocs-button" type="button">Blocs</button>
            </section>
            </nav>
            <div class="gs-content">
            <section class="gs-panel" id="gs-standings" aria-live="polite">
            <h2 id="gs-standings-title">Search for an actor and choose it</h2>
            <div class="gs-columns">
            <div><h3>Opponents</h3><ol id="gs-opponents" class="gs-standings"></ol></div>
            <div><h3>Supporters</h3><ol id="gs-supporters" class="gs-standings"></ol></div>
            <div><h3>Cooperators</h3><ol id="gs-cooperators" class="gs-standings"></ol></div>
            <div><h3>Allies</h3><ol id="gs-allies" class="gs-standings"></ol></div>
            </div>
            </section>
            <section class="gs-panel" id="gs-evidence" aria-live="polite">
            <h2 id="gs-evidence-title">Choose a partner, an edge of the drawing or a cell of the matrix</h2>
            <ol id="gs-evidence-list"></ol>
            </section>
            <section class="gs-figure" id="gs-diagram">
            <h2>Neighbourhood</h2>
            <div class="gs-toolbar" role="toolbar" aria-label="Drawing view">
            <button id="gs-zoom-in" type="button" title="Zoom in" aria-label="Zoom in">+</button>
            <button id="gs-zoom-out" type="button" title="Zoom out" aria-label="Zoom out">\u{2212}</button>
            <button id="gs-zoom-reset" type="button">Reset view</button>
            <label>Neighbourhood <select id="gs-depth"><option value="1">1 step</option><option value="2">2 steps</option></select></label>
            <span id="gs-diagram-note" class="gs-note"></span>
            </div>
            <div id="gs-drawing"></div>
            <p class="gs-note gs-hint">Drag to pan, wheel or +/\u{2212} to zoom; click an actor to choose it, an edge for its evidence. \
            Drawings hold at most \(limits.drawingActors) actors.</p>
            </section>
            <section class="gs-figure" id="gs-matrix">
            <h2>Friend or foe</h2>
            <table id="gs-matrix-table"></table>
            <p id="gs-matrix-note" class="gs-note"></p>
            </section>
            <section class="gs-panel" id="gs-balance">
            <h2>Balance and camps</h2>
            <p id="gs-balance-note" class="gs-note">Ask for the triads or the blocs of the whole graph.</p>
            <ul id="gs-blocs"></ul>
            </section>
            </div>
            </main>
            <script>\(Self.script)</script>
            </body>
            </html>

            """
        var headers = Headers.common(contentType: "text/html; charset=utf-8")
        headers[.init("Content-Security-Policy")!] = Self.contentSecurityPolicy
        return Response(status: .ok, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(string: text)))
    }
}
