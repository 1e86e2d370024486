import Foundation
import GraphIO
import Testing

#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// Runs the built `geostance-serve` binary: it binds a free loopback port,
/// answers, and stops cleanly on SIGTERM; a bad graph stops it before it listens.
@Suite("The geostance-serve program", .serialized)
struct ServeProcessTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    static var binary: URL {
        let candidates = [
            Bundle.main.bundleURL.appendingPathComponent("geostance-serve"),
            Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("geostance-serve"),
            repository.appendingPathComponent(".build/debug/geostance-serve"),
        ]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? candidates[0]
    }

    /// The fixture graph written as a snapshot in a new folder.
    static func snapshot() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("serve-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let file = folder.appendingPathComponent("graph.json")
        try Snapshot.encode(try ServeFixtures.graph()).write(to: file)
        return file
    }

    static func start(_ arguments: [String]) throws -> (Process, Pipe, Pipe) {
        let process = Process()  // spawns: geostance-serve
        process.executableURL = binary
        process.arguments = arguments
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        return (process, out, err)
    }

    /// The first line the server prints, or what it printed before it ended.
    static func firstLine(of pipe: Pipe) -> String {
        var data = Data()
        while !data.contains(UInt8(ascii: "\n")) {
            let chunk = pipe.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            data += chunk
        }
        return String(decoding: data, as: UTF8.self)
    }

    @Test("binds a free loopback port, answers, and exits 0 on SIGTERM")
    func startsAnswersStops() async throws {
        let graph = try Self.snapshot()
        let (process, out, _) = try Self.start(["--graph", graph.path, "--port", "0"])
        defer { if process.isRunning { process.terminate() } }
        let line = Self.firstLine(of: out)
        let prefix = "geostance-serve: listening on http://127.0.0.1:"
        try #require(line.hasPrefix(prefix), "\(line)")
        let port = try #require(Int(line.dropFirst(prefix.count).prefix { $0.isNumber }))
        #expect(port > 0)
        #expect(line.contains("7 actors, 12 relations"))

        let url = try #require(URL(string: "http://127.0.0.1:\(port)/api/actors?q=ir"))
        let (body, response) = try await URLSession.shared.data(from: url)
        #expect((response as? HTTPURLResponse)?.statusCode == 200)
        #expect(String(decoding: body, as: UTF8.self).contains("\"IRN\""))

        kill(process.processIdentifier, SIGTERM)
        let deadline = Date().addingTimeInterval(20)
        while process.isRunning && Date() < deadline { try await Task.sleep(for: .milliseconds(50)) }
        #expect(!process.isRunning, "still running 20 s after SIGTERM")
        process.waitUntilExit()
        #expect(process.terminationReason == .exit)
        #expect(process.terminationStatus == 0)
    }

    @Test("a graph it cannot read: exit 1 naming the file, never listening")
    func badGraph() throws {
        let missing = FileManager.default.temporaryDirectory.appendingPathComponent("no-such-graph-\(UUID().uuidString).json")
        let (process, out, err) = try Self.start(["--graph", missing.path, "--port", "0"])
        let printed = out.fileHandleForReading.readDataToEndOfFile()
        let message = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 1)
        #expect(printed.isEmpty)
        #expect(message.contains(missing.path) && message.contains("cannot read the file"))
    }

    @Test("bad options: exit 64 before loading anything", arguments: [["--graph", "g.json", "--port", "70000"], ["--port", "1"]])
    func badOptions(arguments: [String]) throws {
        let (process, out, err) = try Self.start(arguments)
        _ = out.fileHandleForReading.readDataToEndOfFile()
        let message = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 64)
        #expect(!message.isEmpty)
    }
}
