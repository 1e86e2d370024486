import Foundation
import StanceGraph
import Testing

@testable import GraphIO

/// The rows of a file that must hold one record a line: each line parsed on
/// its own, so a raw line break inside a value shows as a short row.
func singleLineRows(_ text: String) -> [[String]] {
    text.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map { parseCSV(String($0) + "\n")[0] }
}

@Suite("Neo4j bulk-import files and the nodes/edges pair")
struct GraphDatabaseExportTests {
    /// The property types neo4j-admin's import header format documents.
    static let neo4jTypes: Set<String> = [
        "int", "long", "float", "double", "boolean", "byte", "short", "char", "string", "point", "date",
        "localtime", "time", "localdatetime", "datetime", "duration",
    ]

    @Test("golden Neo4j files of the triad")
    func golden() throws {
        let folder = Neo4jImportCSV.folder(try ExportFixtures.triad())
        #expect(folder.files.map(\.name) == ["actors.csv", "relations.csv", "README.md"])
        try expectGolden(try #require(folder["actors.csv"]), "triad-neo4j-actors.csv")
        try expectGolden(try #require(folder["relations.csv"]), "triad-neo4j-relations.csv")
    }

    @Test("headers: one ID column in the Actor id space, start and end in it, a label and a type column, typed properties")
    func headers() throws {
        let folder = Neo4jImportCSV.folder(try ExportFixtures.triad())
        let actors = parseCSV(try #require(folder["actors.csv"]))[0]
        let relations = parseCSV(try #require(folder["relations.csv"]))[0]
        #expect(actors.filter { $0.contains(":ID") } == ["id:ID(Actor)"])
        #expect(actors.contains(":LABEL"))
        #expect(Array(relations.prefix(3)) == [":START_ID(Actor)", ":END_ID(Actor)", ":TYPE"])
        for column in actors + relations where !column.hasPrefix(":") && !column.contains(":ID") {
            let parts = column.split(separator: ":", omittingEmptySubsequences: false)
            #expect(!parts[0].isEmpty && parts.count <= 2, "\(column)")
            if parts.count == 2 {
                let type = parts[1].hasSuffix("[]") ? String(parts[1].dropLast(2)) : String(parts[1])
                #expect(Self.neo4jTypes.contains(type), "\(column): not a type neo4j-admin knows")
            }
        }
        #expect(relations.contains("sign:int") && relations.contains("date:date") && relations.contains("confidence:double"))
        #expect(actors.last == "aliases:string[]")
        #expect(Set(actors).count == actors.count && Set(relations).count == relations.count)
    }

    @Test("rows: labels from the actor kind, types in upper snake case, typed values that parse as their type")
    func rows() throws {
        let graph = try ExportFixtures.triad()
        let actors = singleLineRows(Neo4jImportCSV.actors(graph))
        let byID = Dictionary(uniqueKeysWithValues: actors.dropFirst().map { ($0[0], $0) })
        #expect(byID["IRN"]?[1] == "Actor;State" && byID["ali-khamenei"]?[1] == "Actor;Person")
        #expect(byID["pmf"]?[1] == "Actor;ArmedGroup" && byID["nato"]?[1] == "Actor;IGO")
        #expect(byID["IRQ.government"]?[1] == "Actor;Sector" && byID["IRQ.government"]?[5] == "IRQ")
        let rows = singleLineRows(Neo4jImportCSV.relations(graph))
        let header = rows[0]
        #expect(rows.count == graph.relations.count + 1)
        #expect(Set(rows.dropFirst().map { $0[2] }) == ["HOSTILITY", "THREATEN", "NON_AGGRESSION", "ALLIANCE", "ASSAULT", "BACKING", "REQUEST"])
        let ids = Set(byID.keys)
        for row in rows.dropFirst() {
            #expect(row.count == header.count)
            #expect(ids.contains(row[0]) && ids.contains(row[1]), "an endpoint that is no node: \(row[0]) -> \(row[1])")
            for (column, value) in zip(header, row) where !value.isEmpty {
                if column.hasSuffix(":int") { #expect(Int(value) != nil, "\(column) \(value)") }
                if column.hasSuffix(":double") { #expect(Double(value) != nil, "\(column) \(value)") }
                if column.hasSuffix(":date") { #expect(value.wholeMatch(of: /\d{4}-\d{2}-\d{2}/) != nil, "\(column) \(value)") }
            }
        }
        let threat = try #require(rows.first { $0[2] == "THREATEN" })
        let field = Dictionary(uniqueKeysWithValues: zip(header, threat))
        #expect(field["confidence:double"] == "0.85" && field["intensity:double"] == "-6.25")
        #expect(field["quadClass:int"] == "3" && field["cameo"] == "13" && field["sign:int"] == "-1")
        #expect(field["sentence"] == "Khamenei vowed to \"strike a blow\" at the US.")
    }

    @Test("escaping: quotes doubled, delimiters inside quotes, line breaks written as spaces, Unicode kept")
    func escaping() throws {
        let graph = try hostileGraph()
        let text = Neo4jImportCSV.relations(graph)
        #expect(!text.contains("\r") && text.split(separator: "\n").count == graph.relations.count + 1, "a raw line break inside a record")
        #expect(text.contains(#""sit-in, ""peaceful""""#))
        #expect(text.contains(#""doc,1.txt""#))
        let rows = singleLineRows(text)
        let field = Dictionary(uniqueKeysWithValues: zip(rows[0], rows[1]))
        let sentence = try #require(graph.relations[0].evidence.sentence)
        #expect(field["sentence"] == sentence.replacingOccurrences(of: "\r\n", with: " "))
        #expect(field["sentence"]?.contains("🇮🇷 مرحبا") == true)
        #expect(field["cue"] == "line break" && field["mode"] == "sit-in, \"peaceful\"")
        #expect(field[":START_ID(Actor)"] == "a&<b>" && field[":TYPE"] == "PROTEST")
        let actors = Neo4jImportCSV.actors(graph)
        #expect(actors.split(separator: "\n").count == graph.actors.count + 1)
        #expect(actors.contains(#""x""y;\;a,b""#))
    }

    @Test("aliases split back on the array delimiter, which moves off ';' and '|' when an alias holds them")
    func arrayDelimiter() throws {
        func graph(_ aliases: [String]) throws -> RelationGraph {
            try RelationGraph(actors: [Actor(id: "A", name: "A", aliases: aliases, kind: .organisation)])
        }
        let plain = try graph(["a,b", "x\"y", "Ünïcode 東京"])
        #expect(Neo4jImportCSV.arrayDelimiter(for: plain) == ";")
        let row = singleLineRows(Neo4jImportCSV.actors(plain))[1]
        #expect(row[6].split(separator: ";").map(String.init) == ["a,b", "x\"y", "Ünïcode 東京"])

        let semicolon = try graph(["Bosnia; Herzegovina", "BiH"])
        let folder = Neo4jImportCSV.folder(semicolon)
        #expect(Neo4jImportCSV.arrayDelimiter(for: semicolon) == "|")
        let moved = singleLineRows(try #require(folder["actors.csv"]))[1]
        #expect(moved[1] == "Actor|Organisation")
        #expect(moved[6].split(separator: "|").map(String.init) == ["Bosnia; Herzegovina", "BiH"])
        #expect(try #require(folder["README.md"]).contains("--array-delimiter='|'"))

        let every = try graph(["a;b", "c|d", "e\u{1F}f"])
        let last = Neo4jImportCSV.folder(every)
        #expect(Neo4jImportCSV.arrayDelimiter(for: every) == "\u{1F}")
        let row3 = singleLineRows(try #require(last["actors.csv"]))[1]
        #expect(row3[6].split(separator: "\u{1F}").map(String.init) == ["a;b", "c|d", "e f"])
        #expect(try #require(last["README.md"]).contains("--array-delimiter=$'\\037'"))
    }

    @Test("the README gives the import command for these files and counts them", arguments: [0, 1, 2])
    func readme(size: Int) throws {
        let graph = size == 0 ? RelationGraph() : size == 1 ? try ExportFixtures.triad() : try hostileGraph()
        let folder = Neo4jImportCSV.folder(graph)
        let readme = try #require(folder["README.md"])
        #expect(readme.contains(
            "neo4j-admin database import full --nodes=actors.csv --relationships=relations.csv --array-delimiter=';' --overwrite-destination neo4j"))
        #expect(readme.contains("holds \(graph.actors.count) actors and `relations.csv` \(graph.relations.count) relations"))
        #expect(singleLineRows(try #require(folder["actors.csv"])).count == graph.actors.count + 1)
        #expect(singleLineRows(try #require(folder["relations.csv"])).count == graph.relations.count + 1)
    }

    @Test("nodes.csv and edges.csv: source and target first, ids that are nodes, one record a line, the CSV export's values")
    func nodesAndEdges() throws {
        for graph in [RelationGraph(), try ExportFixtures.triad(), try hostileGraph()] {
            let folder = CSVExport.folder(graph)
            #expect(folder.files.map(\.name) == ["nodes.csv", "edges.csv"])
            let nodes = singleLineRows(try #require(folder["nodes.csv"]))
            let edges = singleLineRows(try #require(folder["edges.csv"]))
            #expect(nodes[0] == CSVExport.nodeColumns && edges[0] == CSVExport.edgeColumns)
            #expect(Array(edges[0].prefix(2)) == ["source", "target"])
            #expect(nodes.count == graph.actors.count + 1 && edges.count == graph.relations.count + 1)
            let ids = Set(nodes.dropFirst().map { $0[0] })
            #expect(ids.count == graph.actors.count)
            for edge in edges.dropFirst() {
                #expect(edge.count == CSVExport.edgeColumns.count)
                #expect(ids.contains(edge[0]) && ids.contains(edge[1]))
            }
            // The same values as the one-file CSV export, line breaks aside.
            let single = parseCSV(CSVExport.edges(graph)).map { $0.map { $0.replacingOccurrences(of: "\r\n", with: " ").replacingOccurrences(of: "\n", with: " ") } }
            #expect(edges == single)
        }
    }
}
