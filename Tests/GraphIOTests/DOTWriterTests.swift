import Foundation
import StanceGraph
import Testing

@testable import GraphIO

@Suite("DOT writer")
struct DOTWriterTests {
    @Test("golden DOT of the triad, both views")
    func golden() throws {
        let graph = try ExportFixtures.triad()
        try expectGolden(DOTWriter.encode(graph, options: DOTOptions(title: "Triad")).text, "triad-net.dot")
        try expectGolden(
            DOTWriter.encode(graph, options: DOTOptions(view: .everyRelation)).text, "triad-every.dot")
    }

    @Test("quoting: quotes, backslashes, newlines, ampersands, controls")
    func quoting() {
        #expect(DOTText.quoted(#"say "hi" \N & \\"#) == #""say \"hi\" \\N &amp; \\\\""#)
        #expect(DOTText.quoted("a\r\nb\u{0}c\u{7}\td") == "\"a\\nbc\td\"")
        #expect(DOTText.quoted("") == "\"\"")
        #expect(DOTText.quoted("\u{FFFE}x\u{FFFF}") == "\"x\"")
    }

    @Test("long strings are split into joined pieces on escape boundaries")
    func longStrings() {
        let name = String(repeating: "\"é\\", count: 5_000)
        let quoted = DOTText.quoted(name)
        let pieces = quoted.components(separatedBy: "\" + \"")
        #expect(pieces.count > 1)
        for piece in pieces { #expect(piece.utf8.count <= DOTText.chunkBytes + 2) }
        // Rejoined, the pieces are the one escaped string.
        #expect("\"" + pieces.joined().dropFirst().dropLast() + "\"" == "\"" + String(repeating: "\\\"é\\\\", count: 5_000) + "\"")
    }

    @Test("byte-level quoting equals the rules applied scalar by scalar, on random text")
    func quotingMatchesScalarRules() {
        // The rules as the doc comment of DOTText states them, one scalar at a time.
        func reference(_ text: String) -> String {
            var out = "\"", used = 0
            for scalar in text.unicodeScalars {
                let piece: String
                switch scalar {
                case "\\": piece = "\\\\"
                case "\"": piece = "\\\""
                case "\n": piece = "\\n"
                case "&": piece = "&amp;"
                default:
                    if (scalar.value < 0x20 && scalar != "\t") || scalar.value == 0xFFFE || scalar.value == 0xFFFF { continue }
                    piece = String(scalar)
                }
                if used + piece.utf8.count > DOTText.chunkBytes, used > 0 {
                    out += "\" + \""
                    used = 0
                }
                out += piece
                used += piece.utf8.count
            }
            return out + "\""
        }
        let alphabet: [Unicode.Scalar] = [
            "a", "Z", " ", "\\", "\"", "\n", "\r", "\t", "&", "\u{0}", "\u{1F}", "é", "中", "\u{FFFE}", "\u{FFFF}",
            "\u{FFFD}", "\u{EFFF}", "\u{1F600}", "ﬀ",
        ]
        var generator = SystemRandomNumberGenerator()
        for round in 0..<300 {
            // Lengths around the chunk size as well as short ones.
            let length = round % 3 == 0 ? Int.random(in: 7_000...17_000, using: &generator) : Int.random(in: 0...40, using: &generator)
            var text = String.UnicodeScalarView()
            for _ in 0..<length { text.append(alphabet.randomElement(using: &generator)!) }
            let string = String(text)
            #expect(DOTText.quoted(string) == reference(string), "round \(round), length \(length)")
        }
    }

    @Test("edge-case ladder: no actors, one, a dyad")
    func ladder() throws {
        let empty = DOTWriter.encode(RelationGraph())
        #expect(empty.nodeCount == 0 && empty.edgeCount == 0)
        #expect(empty.text.hasPrefix("digraph \"geostance\" {") && empty.text.hasSuffix("}\n"))
        #expect(!empty.text.contains("legend"))

        let one = try RelationGraph(actors: [Actor(id: "A", name: "A", kind: .state)])
        let oneText = DOTWriter.encode(one).text
        #expect(oneText.contains("n0 [label=\"A\", shape=\"box\""))
        #expect(!oneText.contains("->"))

        let dyad = try RelationGraph(
            actors: [Actor(id: "A", name: "A", kind: .state), Actor(id: "B", name: "B", kind: .person)],
            relations: [
                Relation(source: "B", target: "A", kind: .accuse, evidence: Evidence(document: "d")),
                Relation(source: "B", target: "A", kind: .accuse, evidence: Evidence(document: "e")),
            ])
        let document = DOTWriter.encode(dyad)
        #expect(document.edgeCount == 1)
        // Only B acts on A: the edge runs from B (n1) to A (n0), one way.
        let edge = try #require(document.text.split(separator: "\n").first { $0.contains("->") })
        #expect(edge.hasPrefix("  n1 -> n0 "))
        #expect(!edge.contains("dir=\"both\""))
        #expect(edge.contains("label=\"accuse ×2\\nnet -4.0\""))
        #expect(edge.contains("color=\"\(DiagramStyle.hostile)\""))
    }

    @Test("mutual kinds are drawn once with arrows both ways")
    func mutual() throws {
        let graph = try RelationGraph(
            actors: [Actor(id: "A", name: "A", kind: .state), Actor(id: "B", name: "B", kind: .state)],
            relations: [
                Relation(source: "A", target: "B", kind: .alliance, evidence: Evidence(document: "d")),
                Relation(source: "B", target: "A", kind: .alliance, evidence: Evidence(document: "d")),
                Relation(source: "A", target: "B", kind: .aid, evidence: Evidence(document: "d")),
            ])
        let every = DOTWriter.encode(graph, options: DOTOptions(view: .everyRelation))
        #expect(every.edgeCount == 2)
        let edges = every.text.split(separator: "\n").filter { $0.contains("->") }
        let alliance = try #require(edges.first { $0.contains("alliance") })
        #expect(alliance.contains("dir=\"both\"") && alliance.contains("alliance ×2"))
        #expect(alliance.contains("color=\"\(DiagramStyle.cooperativeTie)\""))
        let aid = try #require(edges.first { $0.contains("\"aid\"") })
        #expect(!aid.contains("dir=") && aid.contains("color=\"\(DiagramStyle.cooperative)\""))
        let net = DOTWriter.encode(graph)
        #expect(net.edgeCount == 1)
        #expect(net.text.contains("dir=\"both\""))
    }

    @Test("line styles: dashed pledges, dotted reports, bold high intensity")
    func lineStyles() throws {
        let text = DOTWriter.encode(try ExportFixtures.triad(), options: DOTOptions(view: .everyRelation)).text
        let edges = text.split(separator: "\n").filter { $0.contains("->") }
        let pledge = try #require(edges.first { $0.contains("non-aggression") })
        #expect(pledge.contains("style=\"dashed\""))
        let reported = try #require(edges.first { $0.contains("assault") })
        #expect(reported.contains("style=\"dotted,bold\"") && reported.contains("penwidth=\"2.5\""))
        let denied = try #require(edges.first { $0.contains("request") })
        #expect(denied.contains("color=\"\(DiagramStyle.neutral)\"") && denied.contains("(denied)"))
        #expect(reported.contains("tooltip=\"USA assault pmf (reported), 2020-01-03: A US drone struck the PMF convoy, officials said. [wire.txt, sentence 4]\""))
    }

    @Test("shapes by kind, persons and sectors inside their state, bloc colours")
    func nodes() throws {
        let graph = try ExportFixtures.triad()
        let text = DOTWriter.encode(graph, options: DOTOptions(blocs: ["IRN": 0, "pmf": 0, "USA": 1])).text
        #expect(text.contains("label=\"NATO\", shape=\"hexagon\""))
        #expect(text.contains("label=\"Popular Mobilisation Forces\", shape=\"octagon\""))
        #expect(text.contains("label=\"Ali Khamenei\", shape=\"ellipse\""))
        // Iran's cluster holds Iran and Khamenei; the militia stays outside Iraq's.
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let start = try #require(lines.firstIndex { $0.hasPrefix("  subgraph cluster_") && lines[lines.firstIndex(of: $0)! + 2].contains("\"Iran\"") })
        #expect(lines[start + 3].contains("\"Ali Khamenei\""))
        #expect(lines[start + 4] == "  }")
        #expect(text.contains("label=\"Iran\", shape=\"box\", style=\"filled\", fillcolor=\"\(DiagramStyle.blocColour(0))\""))
        #expect(text.contains("camp 1"))
        let flat = DOTWriter.encode(graph, options: DOTOptions(clusterByState: false)).text
        #expect(!flat.contains("cluster"))
    }

    @Test("the legend lists what the diagram uses, and only that")
    func legend() throws {
        let graph = try RelationGraph(
            actors: [Actor(id: "A", name: "A", kind: .state), Actor(id: "B", name: "B", kind: .state)],
            relations: [Relation(source: "A", target: "B", kind: .consult, evidence: Evidence(document: "d"))])
        let text = DOTWriter.encode(graph).text
        #expect(text.contains(">cooperative<"))
        #expect(!text.contains("hostile") && !text.contains("dashed") && !text.contains("ellipse"))
        #expect(!DOTWriter.encode(graph, options: DOTOptions(legend: false)).text.contains("legend"))
    }

    @Test("only the strongest edges carry labels; the others keep theirs in the tooltip")
    func strongestLabelled() throws {
        let actors = ["A", "B", "C", "D"].map { Actor(id: ActorID($0), name: $0, kind: .state) }
        let graph = try RelationGraph(
            actors: actors,
            relations: [
                Relation(source: "A", target: "B", kind: .accuse, evidence: Evidence(document: "d")),
                Relation(source: "A", target: "C", kind: .assault, evidence: Evidence(document: "d")),
                Relation(source: "A", target: "D", kind: .consult, evidence: Evidence(document: "d")),
            ])
        let text = DOTWriter.encode(graph, options: DOTOptions(labelledEdges: 1)).text
        let edges = text.split(separator: "\n").filter { $0.contains("->") }
        #expect(edges.count == 3)
        let labelled = edges.filter { $0.contains(" label=") }
        #expect(labelled.count == 1 && labelled[0].contains("label=\"assault\\nnet "))
        let accuse = try #require(edges.first { $0.contains("A accuse B") })
        #expect(accuse.contains("tooltip=\"accuse, net -") && !accuse.contains(" label="))
        #expect(text.contains("1 strongest labelled; hover a line for the rest"))
        // By default a dozen are labelled, so all three are here.
        let all = DOTWriter.encode(graph).text
        #expect(all.split(separator: "\n").filter { $0.contains("->") && $0.contains(" label=") }.count == 3)
        #expect(!all.contains("strongest labelled"))
    }

    @Test("the drawing is sized for a landscape page and its legend sits in the top left corner")
    func pageFit() throws {
        let graph = try ExportFixtures.triad()
        let text = DOTWriter.encode(graph, options: DOTOptions(title: "Triad")).text
        let graphLine = try #require(text.split(separator: "\n").first { $0.hasPrefix("  graph ") })
        #expect(graphLine.contains("size=\"14.0,8.75\"") && graphLine.contains("labeljust=\"l\""))
        #expect(graphLine.contains("label=<<TABLE") && graphLine.contains(">Triad</FONT>"))
        #expect(!text.contains("legend ["))
        let natural = DOTWriter.encode(graph, options: DOTOptions(title: "Triad", legend: false, fit: nil)).text
        #expect(!natural.contains(" size=") && natural.contains("label=\"Triad\""))
    }

    @Test("past the node limit the writer warns and recommends sfdp")
    func sizeGuard() throws {
        let actors = (0..<12).map { Actor(id: ActorID("A\($0)"), name: "A\($0)", kind: .state) }
        let graph = try RelationGraph(actors: actors)
        let small = DOTWriter.encode(graph, options: DOTOptions(maxNodesForDot: 12))
        #expect(small.warnings.isEmpty && small.recommendedLayout == "dot")
        let big = DOTWriter.encode(graph, options: DOTOptions(maxNodesForDot: 11))
        #expect(big.warnings == [.tooManyNodesForDot(nodes: 12, limit: 11)])
        #expect(big.recommendedLayout == "sfdp")
        #expect(big.warnings[0].description.contains("sfdp"))
        #expect(DOTOptions.defaultMaxNodesForDot == 300)
    }

    @Test("filters by actors and kinds; unknown actors are reported")
    func filters() throws {
        let graph = try ExportFixtures.triad()
        let document = DOTWriter.encode(graph, options: DOTOptions(includeKinds: [.hostility, .threaten], includeActors: ["IRN", "USA", "ali-khamenei", "XXX"], omitIsolatedActors: true))
        #expect(document.warnings == [.unknownActors(["XXX"])])
        #expect(document.nodeCount == 3 && document.edgeCount == 2)
        #expect(!document.text.contains("Iraq"))
    }

    @Test("a rolled-up graph draws states only")
    func rolledUp() throws {
        let document = DOTWriter.encode(try ExportFixtures.triad().rolledUp())
        #expect(!document.text.contains("label=\"Ali Khamenei\"") && !document.text.contains("cluster_"))
        #expect(document.text.contains("threaten"))
    }

    @Test("equal graphs give equal text")
    func deterministic() throws {
        let a = DOTWriter.encode(try ExportFixtures.triad()).text
        let b = DOTWriter.encode(try ExportFixtures.triad()).text
        #expect(a == b)
    }
}
