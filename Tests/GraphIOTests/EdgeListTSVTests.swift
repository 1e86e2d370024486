import Foundation
import StanceGraph
import Testing

@testable import GraphIO

@Suite("Edge-list TSV")
struct EdgeListTSVTests {
    static let header = "source\ttarget\trelation\tsign\tweight\n"

    /// The graph in edge-list (and node-list) text, decoded from its UTF-8 bytes.
    static func parse(
        edges: String, edgesSource: String = "edges.tsv", nodes: String? = nil, nodesSource: String = "nodes.tsv"
    ) throws(FormatError) -> RelationGraph {
        try EdgeListTSV.decode(
            Data(edges.utf8), source: edgesSource, nodes: nodes.map { Data($0.utf8) }, nodesSource: nodesSource)
    }

    @Test("rows become relations whose scores are sign x weight")
    func reads() throws {
        let graph = try Self.parse(
            edges: Self.header + "A\tB\tsupport\t+1\t0.250\nB\tA\thostile\t-1\t0.500\nA\tB\tsupport\t+1\t0.250\n",
            nodes: "id\tkind\tbloc\nA\tstate\t0\nB\tleader\t1\nC\torg\t2\n")
        #expect(graph.actorIDs == ["A", "B", "C"])
        #expect(graph["B"]?.kind == .person)
        #expect(graph.relations.count == 3)  // repeated rows stay distinct (line numbers)
        #expect(graph.relations.map(\.score).sorted() == [-0.5, 0.25, 0.25])
        #expect(try graph.opponents(of: "A").map(\.actor) == ["B"])
        #expect(try graph.opponents(of: "B").isEmpty)  // hostile is directed
        #expect(graph.relations.first { $0.kind == .accuse }?.evidence.sentenceIndex == 3)
    }

    @Test("a bad row names the file and line", arguments: [
        ("A\tB\tsupport\t+1\n", "expected 5 fields"),
        ("A\tB\tfriendly\t+1\t1.0\n", "unknown relation 'friendly'"),
        ("A\tB\tsupport\t-1\t1.0\n", "contradicts"),
        ("A\tB\tsupport\t+1\theavy\n", "weight 'heavy'"),
    ])
    func errors(row: String, message: String) {
        do {
            _ = try Self.parse(edges: Self.header + "A\tB\tmeeting\t+1\t1.0\n" + row, edgesSource: "g.tsv")
            Issue.record("no error for \(row)")
        } catch {
            #expect(error.source == "g.tsv" && error.location == .line(3) && error.format == .edgeList)
            #expect(error.description.hasPrefix("g.tsv:3: "))
            #expect(error.description.contains(message))
        }
    }

    @Test("rows land in canonical order: the same graph as adding the relations one by one")
    func canonicalOrder() throws {
        // Unsorted rows, repeated pairs, both directions, a self-loop, ids met only in edges.
        let rows = [
            "C\tA\thostile\t-1\t0.5", "A\tB\tsupport\t+1\t0.25", "B\tA\tmeeting\t1\t1", "A\tB\thostile\t-1\t2.0",
            "A\tB\tsupport\t+1\t0.25", "Z\tA\tthreat\t-1\t0.1", "A\tA\tnon_aggression\t+1\t3", "B\tA\tmeeting\t+1\t7",
        ]
        let graph = try Self.parse(
            edges: Self.header + rows.joined(separator: "\n") + "\n", nodes: "id\tkind\tbloc\nB\tstate\t0\nA\torg\t1\n")
        let kinds: [String: RelationKind] = [
            "support": .support, "meeting": .consult, "non_aggression": .nonAggression, "hostile": .accuse, "threat": .threaten,
        ]
        let relations = rows.enumerated().map { n, row in
            let f = row.split(separator: "\t").map(String.init)
            let sign = f[3] == "-1" ? -1.0 : 1.0
            return Relation(
                source: ActorID(f[0]), target: ActorID(f[1]), kind: kinds[f[2]]!, confidence: 1, intensity: sign,
                weight: Double(f[4])!, evidence: Evidence(document: "edges.tsv", sentenceIndex: n + 2))
        }
        let actors = ["A", "B", "C", "Z"].map {
            Actor(id: ActorID($0), name: $0, kind: $0 == "B" ? .state : .organisation)
        }
        let expected = try RelationGraph(actors: actors, relations: relations)
        #expect(graph.actors == expected.actors)
        #expect(Array(graph.relations) == Array(expected.relations))
        #expect(try graph.opponents(of: "A") == expected.opponents(of: "A"))
        #expect(try graph.allies(of: "A") == expected.allies(of: "A"))
    }

    @Test("weights read as Double reads them", arguments: ["0.776", "1", "12.5", "0.1", "1e-3", "2.5E2", "0.30000000000000004", "123456789.123456789", ".5", "5."])
    func weights(text: String) throws {
        let graph = try Self.parse(edges: Self.header + "A\tB\tsupport\t+1\t\(text)\n")
        #expect(graph.relations.first?.weight == Double(text)!)
    }

    @Test("CRLF line ends and blank lines are read like LF files")
    func lineEnds() throws {
        let lf = try Self.parse(
            edges: Self.header + "A\tB\tsupport\t+1\t0.5\n\nB\tC\thostile\t-1\t1\n", nodes: "id\tkind\tbloc\nC\tleader\t0\n")
        let crlf = try Self.parse(
            edges: Self.header.replacingOccurrences(of: "\n", with: "\r\n") + "A\tB\tsupport\t+1\t0.5\r\n\r\nB\tC\thostile\t-1\t1",
            nodes: "id\tkind\tbloc\r\nC\tleader\t0\r\n")
        #expect(Array(lf.relations) == Array(crlf.relations))
        #expect(lf.actors == crlf.actors && crlf["C"]?.kind == .person)
    }

    @Test("a bad node row or id names the file and line", arguments: [
        ("id\tkind\tbloc\nA\tstate\n", "A\tB\tsupport\t+1\t1\n", "n.tsv:2: expected 3 fields (id, kind, bloc), found 2"),
        ("id\tkind\tbloc\nA\tnation\t0\n", "A\tB\tsupport\t+1\t1\n", "n.tsv:2: unknown actor kind 'nation'"),
        ("id\tkind\tbloc\n\tstate\t0\n", "A\tB\tsupport\t+1\t1\n", "n.tsv:2: empty actor id"),
        ("id\tkind\tbloc\n", "A\t\tsupport\t+1\t1\n", "e.tsv:2: empty actor id"),
        ("id\tkind\tbloc\n", "A\tB\tsupport\t+2\t1\n", "e.tsv:2: sign '+2' is not +1 or -1"),
        ("id\tkind\tbloc\n", "A\tB\tsupport\t+1\t-0.5\n", "e.tsv:2: weight '-0.5'"),
        ("id\tkind\tbloc\n", "A\tB\tsupport\t+1\tinf\n", "e.tsv:2: weight 'inf'"),
        ("id\tkind\tbloc\n", "A\tB\tsupport\t+1\t1\textra\n", "e.tsv:2: expected 5 fields (source, target, relation, sign, weight), found 6"),
    ])
    func nodeErrors(nodes: String, edges: String, message: String) {
        do {
            _ = try Self.parse(edges: Self.header + edges, edgesSource: "e.tsv", nodes: nodes, nodesSource: "n.tsv")
            Issue.record("no error for \(nodes) / \(edges)")
        } catch {
            #expect(error.description.hasPrefix(message))
        }
    }

    @Test("an actor id that is not UTF-8 is named with its line")
    func invalidUTF8() throws {
        var bytes = Array((Self.header + "A\tB\tsupport\t+1\t1\n").utf8)
        bytes += [0x41, 0xFF, 0x09] + Array("B\tsupport\t+1\t1\n".utf8)
        do {
            _ = try EdgeListTSV.decode(Data(bytes), source: "edges.tsv")
            Issue.record("no error for an id that is not UTF-8")
        } catch {
            #expect(error.line == 3)
            #expect(error.problemText.contains("not valid UTF-8"))
        }
    }
}
