import Foundation
import Testing

/// `geostance extract --input-format jsonl -`, the filter Spark's `RDD.pipe` drives, and
/// `geostance build --relations`, which turns its output into a store.
@Suite("Extraction as a JSON Lines filter", .serialized)
struct StreamingTests {
    static func article(_ id: String, _ text: String, date: String = "2020-01-05") -> String {
        let record = ["id": id, "date": date, "title": id, "text": text]
        let data = try! JSONSerialization.data(withJSONObject: record, options: [.sortedKeys])
        return String(decoding: data, as: UTF8.self)
    }

    static let good = [
        article("a1", "Iran condemned the United States on Sunday. Iraq praised Iran."),
        article("a2", "Russia threatened Ukraine. China criticised Japan over the islands."),
        article("a3", "Turkey and Greece signed an agreement on Monday."),
    ]

    static func lines(_ text: String) -> [String] { text.split(separator: "\n").map(String.init) }

    static func documentOrder(_ output: String) throws -> [String] {
        var order: [String] = []
        for line in lines(output) {
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            let evidence = try #require(object["evidence"] as? [String: Any])
            let document = try #require(evidence["document"] as? String)
            if order.last != document { order.append(document) }
        }
        return order
    }

    @Test("good lines give the relations the file reader gives, one JSON object a line, in input order")
    func goodLines() throws {
        let input = Self.good.joined(separator: "\n") + "\n"
        let streamed = try CLITests.run(["extract", "--input-format", "jsonl", "-"], stdin: Data(input.utf8))
        #expect(streamed.status == 0, "\(streamed.stderr)")
        #expect(streamed.stderr.isEmpty)
        let dir = try CLITests.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("articles.jsonl")
        try Data(input.utf8).write(to: file)
        let whole = try CLITests.run(["extract", file.path, "--format", "jsonl"])
        #expect(whole.status == 0)
        #expect(Self.lines(streamed.stdout).count >= 4)
        #expect(streamed.stdout == whole.stdout)
        // Every document's relations are together, in the order the articles came.
        #expect(try Self.documentOrder(streamed.stdout) == ["a1", "a2", "a3"])
    }

    @Test("bad JSON, a missing text and a bad date are named by line on standard error; the rest is read, exit 0")
    func badLines() throws {
        let input = [
            Self.good[0], "{not json", #"{"id":"no-text","date":"2020-01-05"}"#, "",
            Self.article("bad-date", "Iran condemned Israel.", date: "2020-13-45"), Self.good[1],
        ].joined(separator: "\n")
        let result = try CLITests.run(["extract", "--input-format", "jsonl", "-"], stdin: Data(input.utf8))
        #expect(result.status == 0)
        #expect(result.stderr.contains("geostance: warning: <stdin>:2: not an article record: not valid JSON (line skipped)\n"))
        #expect(result.stderr.contains(#"<stdin>:3: not an article record: no "text" field"#))
        #expect(result.stderr.contains("<stdin>:5: date '2020-13-45' is not YYYY-MM-DD (line skipped)"))
        #expect(result.stderr.contains("3 bad lines skipped; the other 2 articles were read"))
        #expect(try Self.documentOrder(result.stdout) == ["a1", "a2"])
    }

    @Test("empty input writes nothing and succeeds")
    func emptyInput() throws {
        let result = try CLITests.run(["extract", "--input-format", "jsonl", "-"], stdin: Data())
        #expect(result.status == 0)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.isEmpty)
    }

    @Test("an article's relations come out before the input ends")
    func flushesEachArticle() throws {
        let process = Process()  // spawns: geostance
        process.executableURL = CLITests.binary
        process.arguments = ["extract", "--input-format", "jsonl", "-"]
        process.currentDirectoryURL = CLITests.repository
        var environment = ProcessInfo.processInfo.environment
        environment["GEOSTANCE_DATA"] = CLITests.repository.appendingPathComponent("Data").path
        process.environment = environment
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        defer {
            try? input.fileHandleForWriting.close()
            process.waitUntilExit()
        }
        input.fileHandleForWriting.write(Data((Self.good[0] + "\n").utf8))
        // Standard input is still open: the first article's lines must arrive anyway.
        var received = Data()
        while !received.contains(UInt8(ascii: "\n")) {
            let chunk = output.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            received += chunk
        }
        #expect(String(decoding: received, as: UTF8.self).hasPrefix(#"{"confidence""#))
        #expect(process.isRunning)
    }

    @Test("--input-format jsonl takes standard input only, and streams jsonl or csv")
    func usage() throws {
        var result = try CLITests.run(["extract", "--input-format", "jsonl", "articles.jsonl"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("--input-format jsonl reads standard input: give - as the only input"))
        result = try CLITests.run(["extract", "--input-format", "jsonl", "-", "--format", "table"])
        #expect(result.status != 0)
        let csv = try CLITests.run(["extract", "--input-format", "jsonl", "-", "--format", "csv"], stdin: Data(Self.good.joined(separator: "\n").utf8))
        #expect(csv.status == 0)
        #expect(csv.stdout.hasPrefix("source,target,kind,"))
        #expect(csv.stdout.components(separatedBy: "source,target,kind,").count == 2, "one header")
    }

    @Test("build --relations makes the store that building from the articles makes")
    func buildFromRelations() throws {
        let dir = try CLITests.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let input = Self.good.joined(separator: "\n") + "\n"
        let articles = dir.appendingPathComponent("articles.jsonl")
        try Data(input.utf8).write(to: articles)
        let streamed = try CLITests.run(["extract", "--input-format", "jsonl", "-"], stdin: Data(input.utf8))
        // A folder of part files as Spark writes it, with a marker file that is not data.
        let parts = dir.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: parts, withIntermediateDirectories: true)
        let all = Self.lines(streamed.stdout)
        try Data((all.prefix(2).joined(separator: "\n") + "\n").utf8).write(to: parts.appendingPathComponent("part-00000"))
        try Data((all.dropFirst(2).joined(separator: "\n") + "\n").utf8).write(to: parts.appendingPathComponent("part-00001"))
        try Data().write(to: parts.appendingPathComponent("_SUCCESS"))
        let fromRelations = dir.appendingPathComponent("relations.db").path
        let fromArticles = dir.appendingPathComponent("articles.db").path
        var result = try CLITests.run(["build", "--relations", parts.path, "-o", fromRelations])
        #expect(result.status == 0, "\(result.stderr)")
        result = try CLITests.run(["build", articles.path, "-o", fromArticles])
        #expect(result.status == 0, "\(result.stderr)")
        for query in [["query", "actors"], ["query", "opponents", "IRN"], ["query", "balance"]] {
            let a = try CLITests.run(query + ["--graph", fromRelations])
            let b = try CLITests.run(query + ["--graph", fromArticles])
            #expect(a.status == 0)
            #expect(a.stdout == b.stdout, "\(query)")
        }
    }

    @Test("a bad relation line stops build --relations, naming file and line, and writes nothing")
    func badRelationLine() throws {
        let dir = try CLITests.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let streamed = try CLITests.run(["extract", "--input-format", "jsonl", "-"], stdin: Data(Self.good[0].utf8))
        let file = dir.appendingPathComponent("relations.jsonl")
        try Data((streamed.stdout + #"{"source":"IRN"}"# + "\n").utf8).write(to: file)
        let store = dir.appendingPathComponent("graph.db").path
        var result = try CLITests.run(["build", "--relations", file.path, "-o", store])
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("geostance: \(file.path):3: not a relation: no \""))
        #expect(!FileManager.default.fileExists(atPath: store))
        let unknown = streamed.stdout.replacingOccurrences(of: #""source":"IRN""#, with: #""source":"XXQ""#)
        try Data(unknown.utf8).write(to: file)
        result = try CLITests.run(["build", "--relations", file.path, "-o", store])
        #expect(result.status == 1)
        #expect(result.stderr.contains(":1: actor 'XXQ' is not in this data folder's gazetteer"))
        #expect(!FileManager.default.fileExists(atPath: store))
    }

    @Test("geostance-worker writes what geostance extract writes, and finds Data through --data")
    func worker() throws {
        let worker = CLITests.binary.deletingLastPathComponent().appendingPathComponent("geostance-worker")
        let input = Self.good.joined(separator: "\n") + "\n{oops\n"
        let process = Process()  // spawns: geostance-worker
        process.executableURL = worker
        process.arguments = ["--data", CLITests.repository.appendingPathComponent("Data").path]
        let stdin = Pipe(), stdout = Pipe(), stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        stdin.fileHandleForWriting.write(Data(input.utf8))
        try stdin.fileHandleForWriting.close()
        let out = stdout.fileHandleForReading.readDataToEndOfFile()
        let err = String(decoding: stderr.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        #expect(err.contains("<stdin>:4: not an article record: not valid JSON (line skipped)"))
        let reference = try CLITests.run(["extract", "--input-format", "jsonl", "-"], stdin: Data(input.utf8))
        #expect(String(decoding: out, as: UTF8.self) == reference.stdout)
        #expect(!out.isEmpty)
    }
}
