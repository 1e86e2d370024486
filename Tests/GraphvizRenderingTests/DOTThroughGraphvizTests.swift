import Foundation
import GraphIO
import StanceGraph
import Testing

@testable import GraphvizRendering

/// A small fast generator, seeded, so failures reproduce.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Names built from pieces that break naive DOT writers.
enum HostileNames {
    static let pieces: [String] = [
        "\"", "\\", "\\\\", "\n", "\r\n", "\r", "&", "&amp;", "&#65;", "&lt;", "<", ">", "<b>x</b>", "<<", ">>",
        "graph", "NODE", "Edge", "digraph", "SubGraph", "strict", "42", "3.14", "-1", "0x1F", "\\N", "\\G",
        "\\l", "\\r", "\\n", "\\E", "\u{0}", "\u{1}", "\u{1F}", "\u{7F}", "\u{FFFE}", "\u{FFFF}", "{", "}",
        ";", "=", "[", "]", "->", "--", "//", "/*", "*/", "#", ":", ",", "+", " ", "  ", "\t", "é", "Ω",
        "🇮🇷", "👨‍👩‍👧", "🚀", "مرحبا", "שלום", "\u{202E}", "東京", "ß", "\u{301}", "a", "Zz", "_",
    ]

    static func name(_ rng: inout SplitMix64, index: Int) -> String {
        if index % 500 == 499 {
            // 20 KB names, quotes and backslashes included.
            return String(repeating: "Long \"name\" \\ & 東京 ", count: 20_000 / 24)
        }
        let count = Int.random(in: 1...8, using: &rng)
        return (0..<count).map { _ in pieces.randomElement(using: &rng)! }.joined()
    }

    /// What Graphviz draws for `text`: the characters no drawing can carry
    /// dropped, and one final line break ending the last line rather than
    /// starting an empty one.
    static func displayed(_ text: String) -> String {
        var kept = String(String.UnicodeScalarView(text.unicodeScalars.filter {
            !(($0.value < 0x20 && $0 != "\t" && $0 != "\n") || $0.value == 0xFFFE || $0.value == 0xFFFF)
        }))
        if kept.hasSuffix("\n") { kept.removeLast() }
        return kept
    }
}

@Suite("DOT through Graphviz")
struct DOTThroughGraphvizTests {
    @Test("2,000 hostile names come back from Graphviz's parser and label layer intact")
    func hostileNames() throws {
        var rng = SplitMix64(state: 20_200_721)
        let perGraph = 50
        for graphIndex in 0..<40 {
            let names = (0..<perGraph).map { HostileNames.name(&rng, index: graphIndex * perGraph + $0) }
            // Zero-padded ids keep actor order (and so node ids n0, n1 ...) equal to name order.
            func id(_ i: Int) -> ActorID { ActorID(i < 10 ? "a0\(i)" : "a\(i)") }
            let actors = names.enumerated().map { Actor(id: id($0.offset), name: $0.element, kind: .person) }
            let relations = (1..<perGraph).map {
                Relation(
                    source: id($0 - 1), target: id($0), kind: .accuse, mode: names[$0],
                    evidence: Evidence(document: "d", sentence: names[$0 - 1]))
            }
            let graph = try RelationGraph(actors: actors, relations: relations)
            let title = names[graphIndex % perGraph]
            let document = DOTWriter.encode(graph, options: DOTOptions(title: title, view: .everyRelation, legend: false, labelledEdges: nil))
            let inspected = try GraphvizRenderer.shared.inspect(dot: document.text)
            #expect(inspected.nodes.count == perGraph)
            #expect((inspected.label ?? "") == HostileNames.displayed(title))
            #expect(Set(inspected.nodes.map(\.name)) == Set((0..<perGraph).map { "n\($0)" }))
            for node in inspected.nodes {
                let index = try #require(Int(node.name.dropFirst()))
                #expect(node.label == HostileNames.displayed(names[index]), "name \(names[index].debugDescription)")
            }
            #expect(inspected.edges.count == perGraph - 1)
            for edge in inspected.edges {
                let target = try #require(Int(edge.head.dropFirst()))
                #expect(edge.label == HostileNames.displayed("accuse: " + names[target]))
            }
        }
    }

    @Test("hostile names render to SVG that parses as XML")
    func hostileSVG() throws {
        var rng = SplitMix64(state: 7)
        let names = (0..<40).map { HostileNames.name(&rng, index: $0) }
        let graph = try RelationGraph(
            actors: names.enumerated().map { Actor(id: ActorID("a\($0.offset)"), name: $0.element, kind: .state) },
            relations: (1..<40).map {
                Relation(source: "a0", target: ActorID("a\($0)"), kind: .threaten, evidence: Evidence(document: names[$0], sentence: names[$0]))
            })
        let data = try GraphvizRenderer.shared.render(dot: DOTWriter.encode(graph).text, format: .svg)
        let svg = try #require(SVGCounter.count(data))
        #expect(svg.groups["node"] == 40)  // the legend is in the graph's label
    }

    @Test("forty actors fit a landscape page, with the title, the legend and a dozen edge labels")
    func landscape() throws {
        let actors = (0..<40).map { Actor(id: ActorID(String(format: "a%02d", $0)), name: "Country number \($0)", kind: .state) }
        let relations = (1..<40).map {
            Relation(
                source: ActorID(String(format: "a%02d", $0 / 3)), target: actors[$0].id, kind: $0 % 2 == 0 ? .threaten : .support,
                confidence: 0.5 + Double($0) / 100, evidence: Evidence(document: "d"))
        }
        let graph = try RelationGraph(actors: actors, relations: relations)
        let data = try GraphvizRenderer.shared.render(dot: DOTWriter.encode(graph, options: DOTOptions(title: "Forty")).text, format: .svg)
        let text = String(decoding: data, as: UTF8.self)
        // Graphviz writes the size in points: 14 x 8.75 inches is 1008 x 630.
        let header = try #require(text.range(of: "<svg width=\"").map { text[$0.upperBound...].prefix(80) })
        let numbers = header.split(whereSeparator: { !$0.isNumber && $0 != "." }).compactMap { Double($0) }
        try #require(numbers.count >= 2)
        #expect(numbers[0] <= 1008 && numbers[1] <= 630)
        // The label parsed (Graphviz falls back to the graph's name when it does not).
        #expect(text.contains(">Forty</text>") && text.contains("12 strongest labelled; hover a line for the rest</text>"))
        #expect(text.components(separatedBy: ">net ").count - 1 == 12)
    }

    @Test("the triad diagram renders; tooltips carry the evidence")
    func triad() throws {
        let iran = Actor(id: "IRN", name: "Iran", kind: .state), usa = Actor(id: "USA", name: "United States", kind: .state)
        let leader = Actor(id: "ali-khamenei", name: "Ali Khamenei", kind: .person, state: "IRN")
        let graph = try RelationGraph(
            actors: [iran, usa, leader],
            relations: [
                Relation(source: "IRN", target: "USA", kind: .hostility, evidence: Evidence(document: "seed", sentence: "Iran & the \"Great Satan\" are foes.")),
                Relation(source: "ali-khamenei", target: "USA", kind: .threaten, modality: .intended, evidence: Evidence(document: "seed", sentence: "He vowed revenge.")),
            ])
        let diagram = try GraphvizRenderer.shared.render(dot: DOTWriter.encode(graph).text, format: .svg)
        let svg = try #require(SVGCounter.count(diagram))
        #expect(svg.groups["node"] == 3 && svg.groups["edge"] == 2 && svg.groups["cluster"] == 1)
        #expect(svg.titles.contains { $0.contains("IRN hostility USA: Iran & the \"Great Satan\" are foes. [seed]") })
    }
}
