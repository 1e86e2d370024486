import Foundation
import Testing

/// `export --format neo4j` and `--format nodes-edges`: folders written whole or not at all.
@Suite("Graph database exports on the command line", .serialized)
struct GraphDatabaseCLITests {
    static func names(in folder: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
    }

    @Test("neo4j and nodes-edges write their folders, and write them again over an earlier export")
    func writesFolders() throws {
        let dir = try CLITests.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        for (format, files) in [("neo4j", ["README.md", "actors.csv", "relations.csv"]), ("nodes-edges", ["edges.csv", "nodes.csv"])] {
            let out = dir.appendingPathComponent(format)
            for _ in 0..<2 {
                let result = try CLITests.run(["export", "--format", format, "--graph", CLITests.triad, "-o", out.path])
                #expect(result.status == 0, "\(result.stderr)")
                #expect(try Self.names(in: out) == files)
            }
        }
        let edges = try String(contentsOf: dir.appendingPathComponent("nodes-edges/edges.csv"), encoding: .utf8)
        let csv = try CLITests.run(["export", "--format", "csv", "--graph", CLITests.triad])
        #expect(edges == csv.stdout, "the triad has no line breaks in its values: the pair's edges are the CSV export")
        let readme = try String(contentsOf: dir.appendingPathComponent("neo4j/README.md"), encoding: .utf8)
        #expect(readme.contains("neo4j-admin database import full --nodes=actors.csv --relationships=relations.csv"))
        #expect(try Self.names(in: dir) == ["neo4j", "nodes-edges"], "a temporary folder was left behind")
    }

    @Test("a folder holding other files, a file in the way, a missing parent or no -o: refused, nothing written or lost")
    func refusals() throws {
        let dir = try CLITests.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let mine = dir.appendingPathComponent("mine")
        try FileManager.default.createDirectory(at: mine, withIntermediateDirectories: true)
        try Data("keep me".utf8).write(to: mine.appendingPathComponent("notes.txt"))
        var result = try CLITests.run(["export", "--format", "neo4j", "--graph", CLITests.triad, "-o", mine.path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("holds 'notes.txt'"), "\(result.stderr)")
        #expect(try Self.names(in: mine) == ["notes.txt"])

        let file = dir.appendingPathComponent("file.csv")
        try Data("a,b\n".utf8).write(to: file)
        result = try CLITests.run(["export", "--format", "nodes-edges", "--graph", CLITests.triad, "-o", file.path])
        #expect(result.status == 1 && result.stderr.contains("is a file"), "\(result.stderr)")
        #expect(try Data(contentsOf: file) == Data("a,b\n".utf8))

        let orphan = dir.appendingPathComponent("no/such/place")
        result = try CLITests.run(["export", "--format", "neo4j", "--graph", CLITests.triad, "-o", orphan.path])
        #expect(result.status == 1 && result.stderr.contains("is not a folder"), "\(result.stderr)")

        result = try CLITests.run(["export", "--format", "neo4j", "--graph", CLITests.triad])
        #expect(result.status == 64 && result.stderr.contains("-o DIR"), "\(result.stderr)")
        #expect(try Self.names(in: dir) == ["file.csv", "mine"], "something was left behind")
    }

    @Test("killed or interrupted at any moment, a folder export leaves the earlier folder whole and no temporary folder")
    func interrupted() throws {
        let dir = try CLITests.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let snapshot = try RobustnessTests.bigSnapshot(actors: 120, relations: 12_000, in: dir)
        let out = dir.appendingPathComponent("neo4j")
        let first = try CLITests.run(["export", "--format", "neo4j", "--graph", CLITests.triad, "-o", out.path])
        #expect(first.status == 0, "\(first.stderr)")
        let earlier = try String(contentsOf: out.appendingPathComponent("relations.csv"), encoding: .utf8)
        var replaced = 0, tries = 0
        for (signal, delay) in [(SIGINT, 0.2), (SIGKILL, 0.3), (SIGINT, 0.5), (SIGKILL, 0.7), (SIGINT, 0.9), (SIGKILL, 1.2)] {
            let process = try FaultTests.start(["export", "--format", "neo4j", "--graph", snapshot.path, "-o", out.path])
            Thread.sleep(forTimeInterval: delay)
            if process.isRunning { kill(process.processIdentifier, signal) }
            process.waitUntilExit()
            tries += 1
            #expect(try Self.names(in: out) == ["README.md", "actors.csv", "relations.csv"])
            let now = try String(contentsOf: out.appendingPathComponent("relations.csv"), encoding: .utf8)
            if now != earlier {
                #expect(now.split(separator: "\n").count == 12_001, "a killed export left part of a file")
                replaced += 1
            }
            let strays = try Self.names(in: dir).filter { $0.hasPrefix(".neo4j.") && $0.hasSuffix(".tmp") }
            if signal == SIGINT { #expect(strays.isEmpty, "Ctrl-C left \(strays)") }
            for stray in strays { try FileManager.default.removeItem(at: dir.appendingPathComponent(stray)) }
            if replaced > 0 { break }
        }
        #expect(tries > 1, "every export finished before it could be stopped: the test did not test")
    }
}
