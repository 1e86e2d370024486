import Foundation
import GraphIO
import StanceGraph
import Testing

/// Every format through the one verb pair, `encode(_:options:)` and
/// `decode(_:source:)`, through the public API only.
@Suite("One verb pair for every format")
struct FormatVerbTests {
    /// A format that reads what it writes, by name.
    struct ReadingFormat: CustomTestStringConvertible, Sendable {
        var name: String
        var encode: @Sendable (RelationGraph) throws -> Data
        var decode: @Sendable (Data, String) throws -> RelationGraph
        var testDescription: String { name }
    }

    static let readingFormats: [ReadingFormat] = [
        ReadingFormat(name: "snapshot", encode: { try Snapshot.encode($0) }) { data, source in
            try Snapshot.decode(data, source: source)
        },
        ReadingFormat(name: "node-link JSON (d3)", encode: { try NodeLinkJSON.encode($0) }) {
            data, source in try NodeLinkJSON.decode(data, source: source)
        },
        ReadingFormat(
            name: "node-link JSON (Cytoscape.js)",
            encode: { try NodeLinkJSON.encode($0, options: .init(flavour: .cytoscape)) }
        ) { data, source in try NodeLinkJSON.decode(data, source: source) },
        ReadingFormat(name: "GraphML", encode: { GraphML.encode($0) }) { data, source in
            try GraphML.decode(data, source: source)
        },
    ]

    @Test("each reading format decodes what it encodes: empty, one actor, the triad, hostile text", arguments: readingFormats)
    func roundTrip(format: ReadingFormat) throws {
        let one = try RelationGraph(actors: [Actor(id: "A", name: "A", kind: .state)])
        for graph in [RelationGraph(), one, try ExportFixtures.triad(), try hostileGraph()] {
            let data = try format.encode(graph)
            let back = try format.decode(data, "graph")
            expectSameGraph(back, graph)
            #expect(try format.encode(back) == data, "\(format.name): encoding is not deterministic")
        }
    }

    @Test("the edge list decodes the peer's rows into the graph its rows describe")
    func edgeList() throws {
        let edges = Data("source\ttarget\trelation\tsign\tweight\nA\tB\thostile\t-1\t2\n".utf8)
        let graph = try EdgeListTSV.decode(edges, source: "edges.tsv", nodes: Data("id\tkind\tbloc\nA\tstate\t0\n".utf8))
        #expect(graph.actors.map(\.id) == ["A", "B"])
        #expect(graph.relations.map(\.score) == [-2])
        #expect(graph.relations.first?.evidence.document == "edges.tsv")
    }

    /// The error `decode` throws for `text`, or `nil` when it reads.
    static func error(_ text: String, _ decode: (Data, String) throws -> RelationGraph, source: String) -> FormatError? {
        do {
            _ = try decode(Data(text.utf8), source)
            return nil
        } catch {
            return error as? FormatError
        }
    }

    @Test("a FormatError from each reading format names the source, the line or element, and the problem")
    func errorsNamePlaces() throws {
        let snapshotFound = Self.error(
            #"{"format":"geostance-snapshot","version":1,"actors":[{"id":"A","name":"A","aliases":[],"kind":"planet"}],"roles":[],"relations":[]}"#,
            { data, source in try Snapshot.decode(data, source: source) }, source: "s.json")
        let snapshot = try #require(snapshotFound)
        #expect(snapshot.format == .snapshot && snapshot.source == "s.json")
        #expect(snapshot.location == .element(".actors[0].kind"))
        #expect(snapshot.description.hasPrefix("s.json: corrupt snapshot: "))
        #expect(snapshot.description.hasSuffix(" at .actors[0].kind"))

        let d3 = #"{"format":"geostance-node-link","version":1,"directed":true,"multigraph":true,"graph":{},"nodes":[{"id":"A","name":"A","aliases":[],"kind":"state"},{"id":"B","name":"B","aliases":[],"kind":"planet"}],"links":[],"roles":[]}"#
        let jsonFound = Self.error(d3, { data, source in
            try NodeLinkJSON.decode(data, source: source)
        }, source: "n.json")
        let json = try #require(jsonFound)
        #expect(json.format == .nodeLinkJSON && json.location == .element(".nodes[1]"))
        #expect(json.description == #"n.json: node-link JSON: "planet" is not a valid kind at .nodes[1]"#)

        let graphML = String(decoding: GraphML.encode(try ExportFixtures.triad()), as: UTF8.self)
        let badKind = graphML.replacingOccurrences(of: "<data key=\"kind\">hostility</data>", with: "<data key=\"kind\">feud</data>")
        #expect(badKind != graphML)
        let kindErrorFound = Self.error(badKind, { data, source in
            try GraphML.decode(data, source: source)
        }, source: "g.graphml")
        let kindError = try #require(kindErrorFound)
        #expect(kindError.format == .graphML)
        guard case .element(let element) = kindError.location else {
            Issue.record("no element in \(kindError)")
            return
        }
        #expect(element.hasPrefix("edge e"))
        #expect(kindError.description == "g.graphml: GraphML: \"feud\" is not a valid kind at \(element)")

        let cut = graphML.replacingOccurrences(of: "</node>", with: "</nod>")
        let lineErrorFound = Self.error(cut, { data, source in
            try GraphML.decode(data, source: source)
        }, source: "g.graphml")
        let lineError = try #require(lineErrorFound)
        let line = try #require(lineError.line)
        #expect(line > 1)
        #expect(lineError.description.hasPrefix("g.graphml:\(line): not valid GraphML: "))

        let edges = "source\ttarget\trelation\tsign\tweight\nA\tB\tsupport\t+1\t1\nA\tB\tsupport\t+2\t1\n"
        let rowErrorFound = Self.error(edges, { data, source in
            try EdgeListTSV.decode(data, source: source)
        }, source: "e.tsv")
        let rowError = try #require(rowErrorFound)
        #expect(rowError.format == .edgeList && rowError.location == .line(3))
        #expect(rowError.description == "e.tsv:3: sign '+2' is not +1 or -1")
    }
}
