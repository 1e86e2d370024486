import Foundation
import StanceGraph
import Testing

@testable import GraphIO

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Relations compared field by field, for exact round trips.
func expectSameGraph(_ a: RelationGraph, _ b: RelationGraph, sourceLocation: SourceLocation = #_sourceLocation) {
    #expect(a.actors == b.actors, sourceLocation: sourceLocation)
    #expect(a.roles == b.roles, sourceLocation: sourceLocation)
    #expect(a.relations == b.relations, sourceLocation: sourceLocation)
}

/// A graph whose names and evidence hold what breaks naive writers.
func hostileGraph() throws -> RelationGraph {
    let odd = "<b>\"Ali\" & 'Baba'</b> \\N\r\n\t]]> 🇮🇷 مرحبا"
    return try RelationGraph(
        actors: [
            Actor(id: "a&<b>", name: odd, aliases: ["x\"y", "\\", "a,b"], kind: .party),
            Actor(id: "B", name: "=SUM(A1)", kind: .state),
        ],
        relations: [
            Relation(
                source: "a&<b>", target: "B", kind: .protest, mode: "sit-in, \"peaceful\"", modality: .hypothetical,
                date: Day("2021-02-28"), confidence: 0.333333333333333, intensity: -6.123456789, weight: 3,
                evidence: Evidence(
                    document: "doc,1.txt", sentenceIndex: 0, characterRange: 0..<12, sentence: odd,
                    speaker: "B", cue: "line\nbreak"))
        ])
}

@Suite("GraphML, node-link JSON and CSV")
struct ExportFormatTests {
    @Test("golden GraphML and JSON of the triad")
    func golden() throws {
        let graph = try ExportFixtures.triad()
        try expectGolden(String(decoding: GraphML.encode(graph), as: UTF8.self), "triad.graphml")
        try expectGolden(String(decoding: try NodeLinkJSON.encode(graph), as: UTF8.self), "triad.json")
        try expectGolden(
            String(decoding: try NodeLinkJSON.encode(graph, options: .init(flavour: .cytoscape)), as: UTF8.self),
            "triad-cytoscape.json")
        try expectGolden(CSVExport.edges(graph), "triad-edges.csv")
    }

    @Test("GraphML parses as XML with typed keys, one node per actor and one edge per relation and role")
    func graphMLParses() throws {
        for graph in [try ExportFixtures.triad(), try hostileGraph()] {
            let text = GraphML.text(graph)
            let counter = ElementCounter()
            let parser = XMLParser(data: Data(text.utf8))
            parser.delegate = counter
            #expect(parser.parse(), "\(String(describing: parser.parserError))")
            #expect(counter.counts["node"] == graph.actors.count)
            #expect(counter.counts["edge", default: 0] == graph.relations.count + graph.roles.count)
            #expect(counter.keyTypes["intensity"] == "double" && counter.keyTypes["sign"] == "int")
        }
    }

    @Test("GraphML and both JSON flavours read back exactly", arguments: [0, 1, 2])
    func roundTrip(format: Int) throws {
        for graph in [RelationGraph(), try ExportFixtures.triad(), try hostileGraph()] {
            let back: RelationGraph
            switch format {
            case 0: back = try GraphML.decode(GraphML.encode(graph), source: "g.graphml")
            case 1: back = try NodeLinkJSON.decode(try NodeLinkJSON.encode(graph), source: "g.json")
            default: back = try NodeLinkJSON.decode(try NodeLinkJSON.encode(graph, options: .init(flavour: .cytoscape)), source: "g.json")
            }
            expectSameGraph(back, graph)
        }
    }

    @Test("evidence and relation fields are all in every export")
    func fieldsPresent() throws {
        let graph = try hostileGraph()
        let json = try #require(try JSONSerialization.jsonObject(with: try NodeLinkJSON.encode(graph)) as? [String: Any])
        let link = try #require((json["links"] as? [[String: Any]])?.first)
        for key in ["kind", "sign", "intensity", "modality", "mode", "date", "confidence", "weight", "document",
                    "sentenceIndex", "characterStart", "characterEnd", "sentence", "speaker", "cue"] {
            #expect(link[key] != nil, "JSON link lacks \(key)")
        }
        #expect(link["sign"] as? Int == -1)
        let graphML = GraphML.text(graph)
        for key in ["kind", "sign", "intensity", "modality", "mode", "date", "confidence", "weight", "document",
                    "sentenceIndex", "characterStart", "characterEnd", "sentence", "speaker", "cue"] {
            #expect(graphML.contains("<data key=\"\(key)\">"), "GraphML edge lacks \(key)")
        }
        let header = CSVExport.edges(graph).split(separator: "\n").first.map(String.init)
        #expect(header == CSVExport.edgeColumns.joined(separator: ","))
    }

    @Test("CSV quotes commas, quotes and line breaks, and parses back to the same fields")
    func csv() throws {
        let graph = try hostileGraph()
        let rows = parseCSV(CSVExport.edges(graph))
        #expect(rows.count == 2)
        #expect(rows.allSatisfy { $0.count == CSVExport.edgeColumns.count })
        let row = Dictionary(uniqueKeysWithValues: zip(CSVExport.edgeColumns, rows[1]))
        #expect(row["sentence"] == graph.relations[0].evidence.sentence)
        #expect(row["mode"] == "sit-in, \"peaceful\"")
        #expect(row["document"] == "doc,1.txt" && row["intensity"] == "-6.123456789")
        let nodes = parseCSV(CSVExport.nodes(graph))
        #expect(nodes.count == 3 && nodes[1][0] == "B" && nodes[2][5] == "x\"y; \\; a,b")
        #expect(parseCSV(CSVExport.roles(try ExportFixtures.triad())) == [
            CSVExport.roleColumns, ["ali-khamenei", "supreme-leader", "IRN", "1989-06-04", ""],
        ])
    }

    @Test("readers refuse what is not their export, saying why")
    func refusals() throws {
        #expect(throws: FormatError.self) { try GraphML.decode(Data("<graphml><graph>".utf8), source: "g.graphml") }
        #expect(throws: FormatError.self) { try NodeLinkJSON.decode(Data(#"{"nodes": [], "links": []}"#.utf8), source: "g.json") }
        let dangling = GraphML.text(try ExportFixtures.triad()).replacingOccurrences(of: "<node id=\"USA\">", with: "<node id=\"USB\">")
        do {
            _ = try GraphML.decode(Data(dangling.utf8), source: "g.graphml")
            Issue.record("a relation to a missing actor was accepted")
        } catch {
            #expect(error.description.contains("no actor named 'USA'"))
        }
    }

    @Test("GraphML that is not UTF-8 is refused with the byte offset (a fuzzing find: XMLParser trapped on it)")
    func graphMLNotUTF8() throws {
        // The minimised crash input: an element name of invalid UTF-8.
        let crash = try #require(Data(base64Encoded: "PP//A9PT"))
        #expect(throws: FormatError.self) { try GraphML.decode(crash, source: "g.graphml") }
        var text = Data(GraphML.text(try ExportFixtures.triad()).utf8)
        let at = try #require(text.firstRange(of: Data("<graph ".utf8))).lowerBound
        text.insert(0xFF, at: at + 1)
        do {
            _ = try GraphML.decode(text, source: "g.graphml")
            Issue.record("invalid UTF-8 was accepted")
        } catch {
            #expect(error.description.contains("invalid UTF-8 at byte \(at + 1)"))
        }
    }
}

final class ElementCounter: NSObject, XMLParserDelegate {
    var counts: [String: Int] = [:]
    var keyTypes: [String: String] = [:]

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
        counts[name, default: 0] += 1
        if name == "key", let id = attributes["attr.name"] { keyTypes[id] = attributes["attr.type"] }
    }
}

/// A minimal RFC 4180 reader for the tests.
func parseCSV(_ text: String) -> [[String]] {
    var rows: [[String]] = [], row: [String] = [], field = "", quoted = false
    var scalars = text.unicodeScalars.makeIterator()
    var pending: Unicode.Scalar? = nil
    while let c = pending ?? scalars.next() {
        pending = nil
        if quoted {
            if c == "\"" {
                if let next = scalars.next() {
                    if next == "\"" { field += "\"" } else { quoted = false; pending = next }
                } else { quoted = false }
            } else { field.unicodeScalars.append(c) }
        } else if c == "\"" { quoted = true }
        else if c == "," { row.append(field); field = "" }
        else if c == "\n" { row.append(field); rows.append(row); row = []; field = "" }
        else { field.unicodeScalars.append(c) }
    }
    return rows
}
