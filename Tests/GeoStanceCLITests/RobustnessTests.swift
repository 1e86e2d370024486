import Foundation
import Testing

/// Huge graphs, kills during export and render, and files that are not articles.
@Suite("Robustness of the command line", .serialized)
struct RobustnessTests {
    /// A snapshot of `actors` states and `relations` threats between distinct pairs.
    static func bigSnapshot(actors: Int, relations: Int, in dir: URL) throws -> URL {
        var text = #"{"format":"geostance-snapshot","version":1,"roles":[],"actors":["#
        text += (0..<actors).map { #"{"id":"A\#($0)","name":"Actor \#($0)","aliases":[],"kind":"state"}"# }.joined(separator: ",")
        text += #"],"relations":["#
        var rows: [String] = []
        var made = 0
        outer: for a in 0..<actors {
            for b in 0..<actors where a != b {
                rows.append(#"{"source":"A\#(a)","target":"A\#(b)","kind":"threaten","modality":"asserted","confidence":1,"intensity":-6,"weight":1,"evidence":{"document":"d\#(made)"}}"#)
                made += 1
                if made == relations { break outer }
            }
        }
        text += rows.joined(separator: ",") + "]}\n"
        let url = dir.appendingPathComponent("big.json")
        try Data(text.utf8).write(to: url)
        return url
    }

    @Test("render refuses a graph past the edge guard, saying why and what to do instead")
    func edgeGuard() throws {
        let dir = try CLITests.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let snapshot = try Self.bigSnapshot(actors: 160, relations: 12_000, in: dir)
        let svg = dir.appendingPathComponent("big.svg")
        let result = try CLITests.run(["render", "--graph", snapshot.path, "--layout", "sfdp", "-o", svg.path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("edges is too many"), "\(result.stderr)")
        #expect(result.stderr.contains("--around"))
        #expect(!FileManager.default.fileExists(atPath: svg.path))
    }

    @Test("render refuses a DOT file too large to lay out")
    func dotFileGuard() throws {
        let dir = try CLITests.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let dot = dir.appendingPathComponent("huge.dot")
        var text = "digraph g {\n"
        let line = (0..<200).map { "n\($0) -> n\($0 + 1);" }.joined(separator: " ") + "\n"
        while text.utf8.count < 17 << 20 { text += line }
        try Data((text + "}\n").utf8).write(to: dot)
        let result = try CLITests.run(["render", "--dot", dot.path, "-o", dir.appendingPathComponent("h.svg").path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("\(dot.path): 17 MB of DOT is too large"), "\(result.stderr)")
    }

    /// Kills `arguments` after a range of delays; the output file must always be
    /// the previous content or a complete new one, never part of one.
    static func killRepeatedly(_ arguments: [String], output: URL, complete: (Data) -> Bool) throws -> (finished: Int, tries: Int) {
        let previous = Data("previous content\n".utf8)
        var finished = 0, tries = 0
        for delay in stride(from: 0.1, through: 2.5, by: 0.3) {
            try previous.write(to: output)
            let process = try FaultTests.start(arguments)
            Thread.sleep(forTimeInterval: delay)
            if process.isRunning { kill(process.processIdentifier, SIGKILL) }
            process.waitUntilExit()
            tries += 1
            let now = try Data(contentsOf: output)
            if now != previous {
                #expect(complete(now), "a killed write left part of a file")
                finished += 1
            }
        }
        return (finished, tries)
    }

    @Test("an export or render killed at any moment leaves the previous file intact")
    func killedExportAndRender() throws {
        let dir = try CLITests.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let snapshot = try Self.bigSnapshot(actors: 120, relations: 12_000, in: dir)
        let graphml = dir.appendingPathComponent("out.graphml")
        let export = try Self.killRepeatedly(
            ["export", "--graph", snapshot.path, "--format", "graphml", "-o", graphml.path], output: graphml
        ) { String(decoding: $0.suffix(20), as: UTF8.self).contains("</graphml>") }
        #expect(export.finished < export.tries, "every export finished before it could be killed: the test did not test")

        let small = dir.appendingPathComponent("small")
        try FileManager.default.createDirectory(at: small, withIntermediateDirectories: true)
        let drawable = try Self.bigSnapshot(actors: 60, relations: 1_500, in: small)
        let svg = dir.appendingPathComponent("out.svg")
        let render = try Self.killRepeatedly(
            ["render", "--graph", drawable.path, "--layout", "sfdp", "--no-labels", "-o", svg.path], output: svg
        ) { String(decoding: $0.suffix(20), as: UTF8.self).contains("</svg>") }
        #expect(render.finished < render.tries)
    }

    @Test("Ctrl-C during an export leaves no output and no temporary file")
    func interruptedExport() throws {
        let dir = try CLITests.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let snapshot = try Self.bigSnapshot(actors: 120, relations: 12_000, in: dir)
        let output = dir.appendingPathComponent("new.graphml")
        let process = try FaultTests.start(["export", "--graph", snapshot.path, "--format", "graphml", "-o", output.path])
        Thread.sleep(forTimeInterval: 0.3)
        kill(process.processIdentifier, SIGINT)
        process.waitUntilExit()
        if process.terminationReason == .uncaughtSignal {
            #expect(!FileManager.default.fileExists(atPath: output.path))
        }
        let temporaries = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasSuffix(".tmp") }
        #expect(temporaries.isEmpty)
    }
}
