import Foundation
import Testing

/// Runs the built `geostance` binary and compares what it prints with golden files.
@Suite("The geostance command line", .serialized)
struct CLITests {
    static let here = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    static let repository = here.deletingLastPathComponent().deletingLastPathComponent()
    static let triad = here.appendingPathComponent("Fixtures/triad.json").path

    static var binary: URL {
        let candidates = [
            Bundle.main.bundleURL.appendingPathComponent("geostance"),
            Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("geostance"),
            repository.appendingPathComponent(".build/debug/geostance"),
        ]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? candidates[0]
    }

    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    static func run(
        _ arguments: [String], stdin: Data? = nil, in directory: URL? = nil, environment extra: [String: String] = [:]
    ) throws -> Result {
        let process = Process()  // spawns: geostance
        process.executableURL = binary
        process.arguments = arguments
        process.currentDirectoryURL = directory ?? repository
        var environment = ProcessInfo.processInfo.environment
        environment["GEOSTANCE_DATA"] = repository.appendingPathComponent("Data").path
        environment.merge(extra) { $1 }
        process.environment = environment
        let out = Pipe(), err = Pipe(), input = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input
        try process.run()
        if let stdin { input.fileHandleForWriting.write(stdin) }
        try input.fileHandleForWriting.close()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(
            status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
            stderr: String(decoding: errData, as: UTF8.self))
    }

    static func golden(_ name: String) throws -> String {
        let url = here.appendingPathComponent("Golden/\(name)")
        return try String(contentsOf: url, encoding: .utf8)
    }

    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("geostance-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test("the binary exists and reports its version")
    func version() throws {
        #expect(FileManager.default.isExecutableFile(atPath: Self.binary.path), "build the geostance product first")
        let result = try Self.run(["--version"])
        #expect(result.status == 0)
        #expect(result.stdout == "0.1.0\n")
    }

    @Test("golden outputs of queries on a snapshot", arguments: [
        (["query", "opponents", "Iran", "--graph", CLITests.triad, "--rolled-up"], "opponents-iran.txt"),
        (["query", "opponents", "USA", "--graph", CLITests.triad, "--rolled-up", "--format", "json"], "opponents-usa.json"),
        (["query", "allies", "iraq", "--graph", CLITests.triad, "--rolled-up", "--format", "csv"], "allies-iraq.csv"),
        (["query", "supporters", "Iraq", "--graph", CLITests.triad, "--rolled-up"], "supporters-iraq.txt"),
        (["query", "cooperators", "Iran", "--graph", CLITests.triad, "--rolled-up"], "cooperators-iran.txt"),
        (["query", "relation", "IRN", "USA", "--graph", CLITests.triad], "relation-irn-usa.txt"),
        (["query", "path", "Kadhimi", "USA", "--graph", CLITests.triad, "--undirected"], "path.txt"),
        (["query", "actor", "kadhimi", "--graph", CLITests.triad], "actor-kadhimi.txt"),
        (["query", "actors", "--kind", "person", "--graph", CLITests.triad], "actors-person.txt"),
        (["query", "balance", "--graph", CLITests.triad, "--rolled-up"], "balance.txt"),
        (["query", "blocs", "--graph", CLITests.triad, "--rolled-up", "--format", "csv"], "blocs.csv"),
        (["query", "predict", "--graph", CLITests.triad], "predict.txt"),
    ])
    func goldenQueries(_ arguments: [String], _ golden: String) throws {
        let result = try Self.run(arguments)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == (try Self.golden(golden)))
        #expect(result.stderr.isEmpty)
    }

    @Test("Iraq has no opponent, said plainly")
    func noOpponents() throws {
        let result = try Self.run(["query", "opponents", "IRQ", "--graph", Self.triad, "--rolled-up"])
        #expect(result.status == 0)
        #expect(result.stdout == "no opponents of Iraq (IRQ)\n")
    }

    @Test("talks and a non-aggression pledge make Iraq a cooperator of Iran, not a supporter")
    func cooperationIsNotSupport() throws {
        let result = try Self.run(["query", "supporters", "Iran", "--graph", Self.triad, "--rolled-up"])
        #expect(result.status == 0)
        #expect(result.stdout == "no supporters of Iran (IRN)\n")
        let help = try Self.run(["query", "supporters", "--help"])
        #expect(help.stdout.contains("support (praise, endorsement), aid"))
        #expect(help.stdout.contains("query cooperators"))
    }

    @Test("query actor answers from the gazetteer for actors the articles never mention")
    func actorFromGazetteer() throws {
        // Data/samples never mention Kadhimi; the gazetteer knows his dated office.
        let kadhimi = try Self.run(["query", "actor", "Kadhimi"])
        #expect(kadhimi.status == 0, "\(kadhimi.stderr)")
        #expect(kadhimi.stdout.hasPrefix("Mustafa al-Kadhimi (mustafa-al-kadhimi), person of Iraq\n"))
        #expect(kadhimi.stdout.contains("  prime minister of Iraq, 2020-05-07 to 2022-10-27\n"))
        let json = try Self.run(["query", "actor", "Zarif", "--format", "json"])
        #expect(json.status == 0)
        #expect(json.stdout.contains(#""office" : "foreign-minister""#))
        let nobody = try Self.run(["query", "actor", "Nobody Atall"])
        #expect(nobody.status == 1)
        #expect(nobody.stderr.contains("no actor named 'Nobody Atall'"))
    }

    @Test("bad input: one clear line naming the file or value, exit status 1", arguments: [
        (["query", "opponents", "Irann", "--graph", CLITests.triad], "geostance: no actor named 'Irann'; did you mean Iran (IRN)?\n"),
        (["query", "opponents", "Iran", "--graph", "/nonexistent/graph.json"], "geostance: /nonexistent/graph.json: cannot read the file (no such file)\n"),
        (["extract", "/nonexistent/article.txt"], "geostance: /nonexistent/article.txt: no such file or folder\n"),
    ])
    func badInput(_ arguments: [String], _ message: String) throws {
        let result = try Self.run(arguments)
        #expect(result.status == 1)
        #expect(result.stderr == message)
        #expect(result.stdout.isEmpty)
    }

    @Test("invalid UTF-8, an empty folder and a corrupt snapshot are named")
    func badFiles() throws {
        let dir = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let bad = dir.appendingPathComponent("bad.txt")
        try Data([0x49, 0x72, 0x61, 0x6E, 0x20, 0xC3, 0x28, 0x0A]).write(to: bad)
        var result = try Self.run(["extract", bad.path])
        #expect(result.status == 1)
        #expect(result.stderr == "geostance: \(bad.path) (byte 5): invalid UTF-8\n")

        let empty = dir.appendingPathComponent("empty")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        result = try Self.run(["extract", empty.path])
        #expect(result.status == 1)
        #expect(result.stderr == "geostance: \(empty.path): no articles in this folder (looked for .txt, .jsonl, .csv)\n")

        let corrupt = dir.appendingPathComponent("corrupt.json")
        try Data(#"{"format": "geostance-snapshot", "version": 1, "actors": ["#.utf8).write(to: corrupt)
        result = try Self.run(["query", "actors", "--graph", corrupt.path])
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("geostance: \(corrupt.path): not a snapshot: the file is not valid JSON"))

        let newer = dir.appendingPathComponent("newer.json")
        try Data(#"{"format": "geostance-snapshot", "version": 99}"#.utf8).write(to: newer)
        result = try Self.run(["query", "actors", "--graph", newer.path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("snapshot version 99 is newer"))
    }

    @Test("a partly bad folder: the good articles are read, each bad file is named, exit 0; all bad: exit 1")
    func partlyBad() throws {
        let dir = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        try "---\ndate: 2024-04-14\n---\nIran launched drones at Israel on Saturday.\n".write(
            to: dir.appendingPathComponent("good.txt"), atomically: true, encoding: .utf8)
        try Data([0xFF, 0xFE, 0x00, 0x01]).write(to: dir.appendingPathComponent("binary.txt"))
        try Data().write(to: dir.appendingPathComponent("empty.txt"))
        let snapshot = dir.appendingPathComponent("g.json")
        var result = try Self.run(["build", dir.path, "-o", snapshot.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("geostance: warning: \(dir.appendingPathComponent("binary.txt").path) (byte 0): invalid UTF-8 (skipped)"))
        #expect(result.stderr.contains("geostance: warning: \(dir.appendingPathComponent("empty.txt").path): empty file, no article to read (skipped)"))
        #expect(result.stderr.contains("2 of 3 files skipped"))
        result = try Self.run(["query", "opponents", "Israel", "--graph", snapshot.path, "--rolled-up"])
        #expect(result.stdout.contains("IRN"))

        result = try Self.run(["extract", dir.appendingPathComponent("empty.txt").path])
        #expect(result.status == 1)
        #expect(result.stderr == "geostance: \(dir.appendingPathComponent("empty.txt").path): empty file, no article to read\n")
    }

    @Test("usage errors exit with status 64")
    func usage() throws {
        let result = try Self.run(["query", "opponents", "Iran", "--no-such-flag"])
        #expect(result.status == 64)
        #expect(result.stderr.contains("Unknown option '--no-such-flag'"))
        let badKind = try Self.run(["query", "opponents", "Iran", "--kind", "hugging"])
        #expect(badKind.status == 64)
        #expect(badKind.stderr.contains("unknown relation kind 'hugging'"))
    }

    @Test("every command has help with an example")
    func help() throws {
        for command in [["extract"], ["build"], ["query", "opponents"], ["query", "path"], ["export"], ["render"], ["report"], ["evaluate"]] {
            let result = try Self.run(command + ["--help"])
            #expect(result.status == 0)
            #expect(result.stdout.contains("Example"), "\(command)")
        }
    }

    @Test("extract reads standard input and prints JSON Lines with evidence")
    func extractStdin() throws {
        let article = "Iran threatened the United States on Monday, the foreign ministry said.\n"
        let result = try Self.run(["extract", "-", "--format", "jsonl"], stdin: Data(article.utf8))
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n")
        let objects = try lines.map { try JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any] }
        let threat = try #require(objects.first { $0["kind"] as? String == "threaten" })
        #expect(threat["source"] as? String == "IRN")
        #expect(threat["target"] as? String == "USA")
        let evidence = try #require(threat["evidence"] as? [String: Any])
        #expect(evidence["sentence"] as? String == article.trimmingCharacters(in: .newlines))
        #expect(evidence["document"] as? String == "<stdin>")
    }

    @Test("build writes a snapshot that query reads; a failed build leaves no file")
    func buildAndQuery() throws {
        let dir = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let article = dir.appendingPathComponent("a.txt")
        try "---\ntitle: t\ndate: 2024-04-14\n---\nIran launched drones and missiles at Israel on Saturday.\n".write(to: article, atomically: true, encoding: .utf8)
        let snapshot = dir.appendingPathComponent("g.json")
        var result = try Self.run(["build", article.path, "-o", snapshot.path, "--quiet"])
        #expect(result.status == 0, "\(result.stderr)")
        result = try Self.run(["query", "opponents", "Israel", "--graph", snapshot.path, "--rolled-up"])
        #expect(result.stdout.contains("IRN"))

        let failed = dir.appendingPathComponent("failed.json")
        result = try Self.run(["build", dir.appendingPathComponent("missing.txt").path, "-o", failed.path])
        #expect(result.status == 1)
        #expect(!FileManager.default.fileExists(atPath: failed.path))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasSuffix(".tmp") }
        #expect(leftovers.isEmpty)
    }

    @Test("export DOT and render SVG from a snapshot")
    func exportAndRender() throws {
        let dir = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        var result = try Self.run(["export", "--format", "dot", "--graph", Self.triad, "--rolled-up"])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("digraph"))
        #expect(result.stdout.contains("\"Iran\""))
        let svg = dir.appendingPathComponent("g.svg")
        result = try Self.run(["render", "--graph", Self.triad, "--rolled-up", "-o", svg.path])
        #expect(result.status == 0, "\(result.stderr)")
        let text = try String(contentsOf: svg, encoding: .utf8)
        #expect(text.contains("<svg"))
        #expect(text.contains(">United States<"))
        let bad = dir.appendingPathComponent("bad.dot")
        try "digraph { a -> }".write(to: bad, atomically: true, encoding: .utf8)
        result = try Self.run(["render", "--dot", bad.path, "-o", dir.appendingPathComponent("bad.svg").path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("parse"))
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("bad.svg").path))
    }

    @Test("the matrix is drawn as SVG in camp order; PNG is refused with what to do instead")
    func matrix() throws {
        let dir = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let svg = dir.appendingPathComponent("m.svg")
        var result = try Self.run(["render", "--graph", Self.triad, "--rolled-up", "--matrix", "--title", "Triad", "-o", svg.path])
        #expect(result.status == 0, "\(result.stderr)")
        let text = try String(contentsOf: svg, encoding: .utf8)
        #expect(text.contains("class=\"gs-column-label\" data-actor=\"USA\""))
        // The frustrated triad is one camp (one hostile tie inside beats two friendly across):
        // no boundary, rows by counterparts (two each), then name.
        let rows = text.components(separatedBy: "class=\"gs-row-label\" data-actor=\"").dropFirst().map { String($0.prefix { $0 != "\"" }) }
        #expect(rows == ["IRN", "IRQ", "USA"])
        #expect(!text.contains("gs-camp-boundary") && text.contains("data-camp=\"1\""))
        let png = dir.appendingPathComponent("m.png")
        result = try Self.run(["render", "--graph", Self.triad, "--rolled-up", "--matrix", "-o", png.path])
        #expect(result.status == 1 && result.stderr.contains("SVG only"))
        #expect(!FileManager.default.fileExists(atPath: png.path))
    }

    @Test("without --direction the diagram takes the direction that draws it larger on a landscape page")
    func direction() throws {
        let dir = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        // Eight states with long names in a chain: side by side they would
        // span three page widths; stacked they fit at full size.
        func actor(_ i: Int) -> String {
            #"{"id":"C\#(i)","name":"Democratic Republic of the Long Name \#(i)","aliases":[],"kind":"state"}"#
        }
        func relation(_ i: Int) -> String {
            #"{"source":"C\#(i - 1)","target":"C\#(i)","kind":"threaten","modality":"asserted","confidence":0.9,"intensity":-5,"weight":1,"evidence":{"document":"d"}}"#
        }
        let snapshot = dir.appendingPathComponent("chain.json")
        try (#"{"format":"geostance-snapshot","version":1,"actors":["# + (0..<8).map(actor).joined(separator: ",")
            + #"],"roles":[],"relations":["# + (1..<8).map(relation).joined(separator: ",") + "]}")
            .write(to: snapshot, atomically: true, encoding: .utf8)
        var result = try Self.run(["export", "--format", "dot", "--graph", snapshot.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("rankdir=\"TB\"") && result.stdout.contains("size=\"14.0,8.75\""))
        result = try Self.run(["export", "--format", "dot", "--graph", snapshot.path, "--direction", "LR"])
        #expect(result.status == 0 && result.stdout.contains("rankdir=\"LR\""))
        // The triad's short names sit best side by side.
        result = try Self.run(["export", "--format", "dot", "--graph", Self.triad, "--rolled-up"])
        #expect(result.status == 0 && result.stdout.contains("rankdir=\"LR\""))
    }

    @Test("report writes one self-contained page; a hostile drawing or bad input leaves no file")
    func report() throws {
        let dir = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let page = dir.appendingPathComponent("report.html")
        var result = try Self.run(["report", "--graph", Self.triad, "--rolled-up", "--corpus", "<triad>", "-o", page.path],
                                  environment: ["SOURCE_DATE_EPOCH": "1595289600"])
        #expect(result.status == 0, "\(result.stderr)")
        let text = try String(contentsOf: page, encoding: .utf8)
        #expect(text.hasPrefix("<!DOCTYPE html>"))
        #expect(text.contains("Built from <strong>&lt;triad&gt;</strong> on <time datetime=\"2020-07-21T00:00:00Z\">"))
        #expect(text.contains("1 document cited"))
        #expect(text.contains("id=\"gs&#45;node&#45;IRN\"") || text.contains("id=\"gs-node-IRN\""))
        #expect(text.contains("a_gs&#45;cell&#45;") || text.contains("a_gs-cell-"))
        #expect(!text.contains("<?xml"))

        let missing = dir.appendingPathComponent("missing.html")
        result = try Self.run(["report", "--graph", "/nonexistent/graph.json", "-o", missing.path])
        #expect(result.status == 1)
        #expect(!FileManager.default.fileExists(atPath: missing.path))
    }
}
