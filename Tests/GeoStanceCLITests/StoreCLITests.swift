import Foundation
import Testing

/// `build`, `import`, `query` and `export` on SQLite stores, end to end.
@Suite("Graph stores on the command line", .serialized)
struct StoreCLITests {
    static let samples = CLITests.repository.appendingPathComponent("Data/samples")
    static let gdelt = CLITests.repository.appendingPathComponent("Tests/EventImportTests/Fixtures/gdelt2.export.CSV").path

    static func ok(_ arguments: [String]) throws -> CLITests.Result {
        let result = try CLITests.run(arguments)
        #expect(result.status == 0, "\(arguments.joined(separator: " ")): \(result.stderr)")
        return result
    }

    /// The whole graph of a store or snapshot, as snapshot text.
    static func snapshot(of graph: String) throws -> String {
        try Self.ok(["export", "--format", "snapshot", "--graph", graph]).stdout
    }

    /// A folder holding copies of some sample articles.
    static func folder(_ names: [String], in dir: URL, _ name: String) throws -> URL {
        let folder = dir.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for file in names {
            try FileManager.default.copyItem(at: samples.appendingPathComponent(file), to: folder.appendingPathComponent(file))
        }
        return folder
    }

    @Test("a store built from the samples holds the same graph as the snapshot; queries answer the same")
    func samplesRoundTrip() throws {
        let dir = try CLITests.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let store = dir.appendingPathComponent("graph.db").path, json = dir.appendingPathComponent("graph.json").path
        let built = try Self.ok(["build", Self.samples.path, "-o", store])
        #expect(built.stderr.hasPrefix("\(store): added 6 documents, "), "\(built.stderr)")
        _ = try Self.ok(["build", Self.samples.path, "-o", json, "--quiet"])
        #expect(try Self.snapshot(of: store) == String(contentsOfFile: json, encoding: .utf8))
        for query in [["opponents", "USA"], ["supporters", "Israel", "--rolled-up"], ["relation", "Iran", "USA"], ["balance", "--rolled-up"]] {
            let fromStore = try Self.ok(["query"] + query + ["--graph", store])
            let fromSnapshot = try Self.ok(["query"] + query + ["--graph", json])
            #expect(fromStore.stdout == fromSnapshot.stdout, "query \(query.joined(separator: " "))")
            #expect(!fromStore.stdout.isEmpty)
        }
    }

    @Test("building into a store again adds nothing; new articles are added; order does not change the content")
    func mergeIntoStore() throws {
        let dir = try CLITests.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.samples.path).filter { $0.hasSuffix(".txt") }.sorted()
        let first = try Self.folder(Array(files.prefix(3)), in: dir, "first")
        let second = try Self.folder(Array(files.dropFirst(3)), in: dir, "second")
        let ab = dir.appendingPathComponent("ab.db").path, ba = dir.appendingPathComponent("ba.sqlite").path

        _ = try Self.ok(["build", first.path, "-o", ab])
        let once = try Self.snapshot(of: ab)
        let rerun = try Self.ok(["build", first.path, "-o", ab])
        #expect(rerun.stderr.hasPrefix("\(ab): added 0 documents, 0 relations, 3 already there"), "\(rerun.stderr)")
        #expect(try Self.snapshot(of: ab) == once)
        let added = try Self.ok(["build", second.path, "--merge", ab, "-o", ab])
        #expect(added.stderr.hasPrefix("\(ab): added 3 documents, "), "\(added.stderr)")

        _ = try Self.ok(["build", second.path, "-o", ba, "--quiet"])
        _ = try Self.ok(["build", first.path, "-o", ba, "--quiet"])
        let whole = dir.appendingPathComponent("whole.json").path
        _ = try Self.ok(["build", Self.samples.path, "-o", whole, "--quiet"])
        #expect(try Self.snapshot(of: ab) == Self.snapshot(of: ba))
        #expect(try Self.snapshot(of: ab) == String(contentsOfFile: whole, encoding: .utf8))
    }

    @Test("import into a store: the same events as the snapshot, and a rerun adds nothing")
    func importIntoStore() throws {
        let dir = try CLITests.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let store = dir.appendingPathComponent("events.db").path, json = dir.appendingPathComponent("events.json").path
        _ = try Self.ok(["import", "gdelt", Self.gdelt, "-o", store, "--quiet"])
        _ = try Self.ok(["import", "gdelt", Self.gdelt, "-o", json, "--quiet"])
        let content = try Self.snapshot(of: store)
        #expect(try content == String(contentsOfFile: json, encoding: .utf8))
        #expect(content.contains(#""kind":"#))
        let again = try Self.ok(["import", "gdelt", Self.gdelt, "-o", store])
        #expect(again.stderr.contains("added 0 documents, 0 relations"), "\(again.stderr)")
        #expect(try Self.snapshot(of: store) == content)
    }

    @Test("a missing, corrupt, foreign or newer store is named with the path and the reason, exit 1")
    func badStores() throws {
        let dir = try CLITests.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let missing = dir.appendingPathComponent("missing.db").path
        var result = try CLITests.run(["query", "opponents", "Iran", "--graph", missing])
        #expect(result.status == 1)
        #expect(result.stderr == "geostance: \(missing): no such store\n")
        #expect(!FileManager.default.fileExists(atPath: missing))

        let corrupt = dir.appendingPathComponent("corrupt.db")
        try Data(repeating: 0x2A, count: 4096).write(to: corrupt)
        result = try CLITests.run(["query", "actors", "--graph", corrupt.path])
        #expect(result.status == 1)
        #expect(result.stderr == "geostance: \(corrupt.path): corrupt store: SQLite says \"file is not a database\"\n")
        result = try CLITests.run(["build", Self.samples.path, "-o", corrupt.path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("\(corrupt.path): corrupt store"))

        // A store whose header says schema version 99 (PRAGMA user_version: bytes 60-63, big-endian).
        let newer = dir.appendingPathComponent("newer.db")
        _ = try Self.ok(["build", Self.samples.path, "-o", newer.path, "--quiet"])
        var bytes = try Data(contentsOf: newer)
        #expect(bytes.prefix(16) == Data("SQLite format 3\0".utf8))
        bytes.replaceSubrange(60..<64, with: [0, 0, 0, 99])
        try bytes.write(to: newer)
        result = try CLITests.run(["query", "opponents", "USA", "--graph", newer.path])
        #expect(result.status == 1)
        #expect(result.stderr == "geostance: \(newer.path): store schema version 99 is newer than this GeoStance reads (2); upgrade GeoStance\n")

        // A snapshot by another name is still read as a snapshot; a store by another name as a store.
        let renamed = dir.appendingPathComponent("graph.data")
        bytes.replaceSubrange(60..<64, with: [0, 0, 0, 2])
        try bytes.write(to: renamed)
        result = try CLITests.run(["query", "opponents", "USA", "--graph", renamed.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("PRK"))

        let failed = dir.appendingPathComponent("failed.db")
        result = try CLITests.run(["build", dir.appendingPathComponent("missing.txt").path, "-o", failed.path])
        #expect(result.status == 1)
        #expect(!FileManager.default.fileExists(atPath: failed.path))
    }
}
