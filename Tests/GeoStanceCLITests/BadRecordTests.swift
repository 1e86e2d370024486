import Foundation
import Testing

/// Bad records inside otherwise good files, and bad data files, end to end:
/// each is named with its file and line, the good part is still read, and
/// input with no good part at all exits 1 and leaves no output file.
@Suite("Bad records and data files through the command line", .serialized)
struct BadRecordTests {
    static func leftovers(in dir: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasSuffix(".tmp") }
    }

    @Test("CSV with broken quoting and JSON Lines with a bad line and a 1 MB line: the good records are read, each bad one named")
    func partlyBadRecords() throws {
        let dir = try CLITests.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let csv = dir.appendingPathComponent("news.csv")
        try Data((
            "url,date,title,text\n"
            + "https://a,2024-01-01,A,Iran threatened Israel on Monday.\n"
            + "https://b,2024-01-02,B,\"Iran said \"no\" to the talks.\"\n"
            + "https://c,2024-01-03,C,\"China warned Taiwan against any move toward independence.\"\n"
            + "https://d,2024-01-04,D,\"Russia attacked Ukraine,\n"
            + "https://e,2024-01-05,E,Turkey criticised Greece over the islands.\n"
        ).utf8).write(to: csv)
        let jsonl = dir.appendingPathComponent("news.jsonl")
        let filler = String(repeating: "and the delegates waited there ", count: 1 << 20 / 31)
        try Data([
            #"{"id":"huge","text":"Iran threatened Israel on Monday, \#(filler)"}"#,
            #"{"id":"broken","text":"Russia attacked"#,
            #"{"id":"last","date":"2024-02-01","text":"North Korea threatened Japan."}"#,
        ].joined(separator: "\n").utf8).write(to: jsonl)

        let result = try CLITests.run(["extract", dir.path, "--format", "jsonl"])
        #expect(result.status == 0, "\(result.stderr)")
        let documents = try LargeInputTests.jsonLines(result.stdout).compactMap { ($0["evidence"] as? [String: Any])?["document"] as? String }
        #expect(documents == ["https://a", "https://c", "https://e", "huge", "last"])
        #expect(result.stderr == """
            geostance: warning: \(csv.path):3: malformed CSV: a quotation mark inside a quoted field is not doubled (record skipped)
            geostance: warning: \(csv.path):5: malformed CSV: the quoted field that opens on this line is never closed (record skipped)
            geostance: warning: \(jsonl.path):2: not an article record: not valid JSON (record skipped)
            geostance: warning: 3 bad records skipped; the other 5 articles were read

            """)
    }

    @Test("a file with only bad records is refused with its first bad line; build leaves no snapshot")
    func allBadRecords() throws {
        let dir = try CLITests.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let csv = dir.appendingPathComponent("bad.csv")
        try Data("url,text\nhttps://a,\"Iran said \"no\"\nhttps://b,two,fields too many\n".utf8).write(to: csv)
        let snapshot = dir.appendingPathComponent("graph.json")
        let result = try CLITests.run(["build", csv.path, "-o", snapshot.path])
        #expect(result.status == 1)
        #expect(result.stderr == "geostance: \(csv.path):2: malformed CSV: a quotation mark inside a quoted field is not doubled (and 1 more bad record, none good)\n")
        #expect(!FileManager.default.fileExists(atPath: snapshot.path))
        #expect(try Self.leftovers(in: dir).isEmpty)
    }

    /// GDELT 2.0 rows: the first seven rows of the import tests' fixture, with
    /// rows 5 and 6 cut short and lengthened, and a last row that is one word.
    static func gdeltRows() throws -> (text: String, skipped: [(line: Int, found: Int)]) {
        let fixture = CLITests.repository.appendingPathComponent("Tests/EventImportTests/Fixtures/gdelt2.export.CSV")
        let rows = try String(contentsOf: fixture, encoding: .utf8).split(separator: "\n").prefix(7).map(String.init)
        var lines = rows
        lines[4] = rows[4].split(separator: "\t", omittingEmptySubsequences: false).prefix(30).joined(separator: "\t")
        lines[5] = rows[5] + "\textra"
        lines.append("garbage")
        return (lines.joined(separator: "\n") + "\n", [(5, 30), (6, 62), (8, 1)])
    }

    @Test("GDELT rows with the wrong field count are skipped and counted, each with its line")
    func gdeltFieldCount() throws {
        let dir = try CLITests.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let (text, skipped) = try Self.gdeltRows()
        let events = dir.appendingPathComponent("events.export.CSV")
        try Data(text.utf8).write(to: events)
        let snapshot = dir.appendingPathComponent("events.json")
        let result = try CLITests.run(["import", "gdelt", events.path, "-o", snapshot.path, "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let summary = try #require(JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(summary["rowsRead"] as? Int == 8)
        #expect(summary["rowsKept"] as? Int == 5)
        #expect(summary["skippedByReason"] as? [String: Int] == ["wrong field count": 3])
        #expect(summary["skipped"] as? [String] == skipped.map { "\(events.path):\($0.line): expected 57, 58 or 61 fields, found \($0.found)" })
        let graph = try #require(JSONSerialization.jsonObject(with: Data(contentsOf: snapshot)) as? [String: Any])
        #expect((graph["relations"] as? [Any])?.count == 5)
    }

    @Test("import --strict stops at the first bad row with its file and line, and leaves the previous output as it was")
    func gdeltStrict() throws {
        let dir = try CLITests.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let (text, skipped) = try Self.gdeltRows()
        let events = dir.appendingPathComponent("events.export.CSV")
        try Data(text.utf8).write(to: events)
        let fresh = dir.appendingPathComponent("fresh.json")
        var result = try CLITests.run(["import", "gdelt", events.path, "--strict", "-o", fresh.path])
        #expect(result.status == 1)
        #expect(result.stderr == "geostance: \(events.path):\(skipped[0].line): expected 57, 58 or 61 fields, found \(skipped[0].found) (stopped by --strict)\n")
        #expect(result.stdout.isEmpty)
        #expect(!FileManager.default.fileExists(atPath: fresh.path))

        let previous = dir.appendingPathComponent("previous.json")
        let before = Data("previous content\n".utf8)
        try before.write(to: previous)
        result = try CLITests.run(["import", "gdelt", events.path, "--strict", "-o", previous.path])
        #expect(result.status == 1)
        #expect(try Data(contentsOf: previous) == before)
        #expect(try Self.leftovers(in: dir).isEmpty)
    }

    @Test("a file of which no row can be imported exits 1, says why, and writes nothing")
    func gdeltAllBad() throws {
        let dir = try CLITests.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        // An ICEWS file given as GDELT: every row has the wrong field count.
        let icews = CLITests.repository.appendingPathComponent("Tests/EventImportTests/Fixtures/icews.events.2014.tab")
        let snapshot = dir.appendingPathComponent("events.json")
        var result = try CLITests.run(["import", "gdelt", icews.path, "-o", snapshot.path])
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("geostance: no event could be imported: all "), "\(result.stderr)")
        #expect(result.stderr.contains(" wrong field count); first: \(icews.path):1: expected 57, 58 or 61 fields, found 20\n"))
        #expect(!FileManager.default.fileExists(atPath: snapshot.path))

        let empty = dir.appendingPathComponent("empty.CSV")
        try Data().write(to: empty)
        result = try CLITests.run(["import", "gdelt", empty.path, "-o", snapshot.path])
        #expect(result.status == 1)
        #expect(result.stderr == "geostance: \(empty.path): no event rows to import\n")
        #expect(!FileManager.default.fileExists(atPath: snapshot.path))
    }

    @Test("a bad line in a gazetteer or lexicon file names the file and line, and nothing is extracted", arguments: [
        ("gazetteer/states.tsv", "IRN\tIR\tIran\n", "expected 6 tab-separated columns"),
        ("lexicon/cues.tsv", "attack\tv\tpunch\tobj\tdrop\t-\n", "unknown relation kind 'punch'"),
    ])
    func badDataLine(_ path: String, _ line: String, _ message: String) throws {
        let dir = try CLITests.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let data = dir.appendingPathComponent("Data")
        try FileManager.default.copyItem(at: CLITests.repository.appendingPathComponent("Data"), to: data)
        let file = data.appendingPathComponent(path)
        let original = try String(contentsOf: file, encoding: .utf8)
        try Data((original + line).utf8).write(to: file)
        let lineNumber = original.split(separator: "\n", omittingEmptySubsequences: false).count
        let result = try CLITests.run(["extract", "--data", data.path, data.appendingPathComponent("samples").path])
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("geostance: \(file.path):\(lineNumber): \(message)"), "\(result.stderr)")
        #expect(result.stdout.isEmpty)
    }

    @Test("a snapshot that is not JSON and a DOT file with a syntax error are named, with the line for DOT")
    func notJSONAndBadDOT() throws {
        let dir = try CLITests.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let dot = dir.appendingPathComponent("graph.dot")
        try Data("digraph {\n  a -> b;\n  b -> ;\n}\n".utf8).write(to: dot)
        var result = try CLITests.run(["query", "actors", "--graph", dot.path])
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("geostance: \(dot.path): not a snapshot: the file is not valid JSON"), "\(result.stderr)")

        let svg = dir.appendingPathComponent("graph.svg")
        result = try CLITests.run(["render", "--dot", dot.path, "-o", svg.path])
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("geostance: \(dot.path): Graphviz parse error: syntax error in line 3"), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: svg.path))
        #expect(try Self.leftovers(in: dir).isEmpty)
    }
}
