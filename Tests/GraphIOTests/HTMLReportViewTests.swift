import Foundation
import StanceGraph
import Testing

@testable import GraphIO

/// What the report needs of its inputs to draw a large graph: a diagram
/// without tooltips and titles, the overview's sizes in the data, and the
/// diagram's controls in the page. The behaviour in a browser (overview, pan
/// and zoom, focus, their speed) is checked by `scripts/browser-test`.
@Suite("HTML report: exploring a large diagram")
struct HTMLReportViewTests {
    /// `count` actors in a ring, each hostile to the next.
    static func ring(_ count: Int) throws -> RelationGraph {
        let ids = (0..<count).map { ActorID(rawValue: "R\($0)") }
        return try RelationGraph(
            actors: ids.map { Actor(id: $0, name: "Ring \($0.rawValue)", kind: .state) },
            relations: ids.indices.map { i in
                Relation(
                    source: ids[i], target: ids[(i + 1) % count], kind: .threaten,
                    evidence: Evidence(document: "ring.txt", sentenceIndex: i, sentence: "R\(i) threatens its neighbour."))
            })
    }

    @Test("without tooltips, nodes and edges carry no tooltip attributes, ids stay")
    func noTooltips() throws {
        let graph = try ExportFixtures.triad()
        let with = DOTWriter.encode(graph, options: DOTOptions(elementIDs: true)).text
        #expect(with.contains("tooltip="))
        let without = DOTWriter.encode(graph, options: DOTOptions(elementIDs: true, tooltips: false)).text
        #expect(!without.contains("tooltip="))
        #expect(without.contains("id=\"gs-node-IRN\"") && without.contains("id=\"gs-edge-IRN-USA\""))
        #expect(without.components(separatedBy: " -> ").count == with.components(separatedBy: " -> ").count)
    }

    @Test("Graphviz's title lines are dropped, all else kept", arguments: [
        ("<svg>\n<g id=\"graph0\" class=\"graph\">\n<title>geostance</title>\n<g class=\"node\">\n<title>n0</title>\n<text>A</text>\n</g>\n</g>\n</svg>\n",
         "<svg>\n<g id=\"graph0\" class=\"graph\">\n<g class=\"node\">\n<text>A</text>\n</g>\n</g>\n</svg>\n"),
        ("<svg>\n<title>n0&#45;&gt;n1</title>\n</svg>", "<svg>\n</svg>"),
        ("<svg>\n<text><title>kept: not a line of its own</title></text>\n</svg>", "<svg>\n<text><title>kept: not a line of its own</title></text>\n</svg>"),
        ("", ""),
    ])
    func droppingTitles(svg: String, expected: String) {
        #expect(InlineSVG.droppingTitles(svg) == expected)
    }

    @Test("past the overview threshold the diagram loses its titles; below it keeps them")
    func largePage() throws {
        let svg = "<svg viewBox=\"0 0 10 10\">\n<g class=\"node\">\n<title>n0</title>\n<text>Ring R0</text>\n</g>\n</svg>\n"
        func page(_ graph: RelationGraph) throws -> String {
            try HTMLReport(
                graph: graph, diagramSVG: svg, matrixSVG: nil,
                corpus: HTMLReport.Corpus(name: "ring", builtAt: Date(timeIntervalSince1970: 0), documentCount: 1)
            ).write()
        }
        let small = try page(Self.ring(3))
        #expect(small.contains("<title>n0</title>"))
        let large = try page(Self.ring(HTMLReport.overviewThreshold + 1))
        #expect(!large.contains("<title>n0</title>") && large.contains("<text>Ring R0</text>"))
        let data = try JSONSerialization.jsonObject(with: Data(try HTMLReportTests.dataBlock(large).utf8)) as? [String: Any]
        #expect(data?["overviewThreshold"] as? Int == HTMLReport.overviewThreshold)
        #expect(data?["overviewSize"] as? Int == HTMLReport.overviewSize)
    }

    @Test("the page has the diagram's controls, and its script the pan and zoom")
    func controls() throws {
        let page = try HTMLReportTests.page(try ExportFixtures.triad())
        for id in ["gs-zoom-in", "gs-zoom-out", "gs-zoom-reset", "gs-depth", "gs-show-more", "gs-show-all"] {
            #expect(page.contains("id=\"\(id)\""), "no #\(id)")
        }
        // The drawings wait for the script to show them, unless scripts are off.
        #expect(HTMLReport.style.contains(".gs-figure > svg:not(.gs-ready) { display: none; }"))
        #expect(page.contains("<noscript><style>.gs-figure > svg:not(.gs-ready) { display: block; }"))
        #expect(HTMLReport.script.contains("const GeoStancePanZoom"))
        #expect(HTMLReport.script.contains("GeoStancePanZoom.attach("))
    }
}
