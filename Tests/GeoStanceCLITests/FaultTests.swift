import Foundation
import Testing

/// A process killed or interrupted while writing leaves the previous file, never half of one.
@Suite("Faults while writing", .serialized)
struct FaultTests {
    /// A corpus big enough that building it takes a while.
    static func corpus() throws -> URL {
        let dir = try CLITests.temporaryDirectory()
        let sentences = [
            "Iran threatened Israel on Monday, the foreign ministry said.",
            "The United States imposed sanctions on Russia over the war.",
            "Turkish President Recep Tayyip Erdogan met Russian President Vladimir Putin in Sochi.",
            "North Korea test-fired a ballistic missile toward Japan.",
            "China warned Taiwan against any move toward independence.",
        ]
        for i in 0..<400 {
            let text = (0..<30).map { sentences[($0 + i) % sentences.count] }.joined(separator: " ")
            try "---\ndate: 2023-05-0\(1 + i % 9)\n---\n\(text)\n".write(
                to: dir.appendingPathComponent("a\(i).txt"), atomically: false, encoding: .utf8)
        }
        return dir
    }

    static func start(_ arguments: [String], input: Pipe? = nil) throws -> Process {
        let process = Process()  // spawns: geostance
        process.executableURL = CLITests.binary
        process.arguments = arguments
        if let input { process.standardInput = input }
        var environment = ProcessInfo.processInfo.environment
        environment["GEOSTANCE_DATA"] = CLITests.repository.appendingPathComponent("Data").path
        process.environment = environment
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        return process
    }

    @Test("a build killed at any moment leaves the previous snapshot intact")
    func killedMidWrite() throws {
        let corpus = try Self.corpus()
        let snapshot = corpus.appendingPathComponent("graph.json")
        let previous = Data(try String(contentsOf: URL(fileURLWithPath: CLITests.triad), encoding: .utf8).utf8)
        try previous.write(to: snapshot)
        var finished = 0
        for delay in stride(from: 0.05, through: 1.2, by: 0.1) {
            let process = try Self.start(["build", corpus.path, "-o", snapshot.path, "--threads", "1"])
            Thread.sleep(forTimeInterval: delay)
            if process.isRunning { kill(process.processIdentifier, SIGKILL) }
            process.waitUntilExit()
            let now = try Data(contentsOf: snapshot)
            if now != previous {
                // The build finished: the new snapshot must be whole.
                let object = try JSONSerialization.jsonObject(with: now) as? [String: Any]
                #expect(object?["format"] as? String == "geostance-snapshot")
                finished += 1
                try previous.write(to: snapshot)
            }
        }
        #expect(finished < 12, "every build finished before it could be killed: the test did not test")
    }

    @Test("a build into a store killed at any moment leaves the previous content, and the store opens")
    func killedStoreWrite() throws {
        let corpus = try Self.corpus()
        let store = corpus.appendingPathComponent("graph.db")
        let pristine = corpus.appendingPathComponent("pristine.db")
        // The previous content: one small article already in the store.
        let seed = corpus.deletingLastPathComponent().appendingPathComponent("\(corpus.lastPathComponent)-seed.txt")
        try "Iran threatened Israel on Monday.\n".write(to: seed, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: seed) }
        #expect(try CLITests.run(["build", seed.path, "-o", pristine.path, "--quiet"]).status == 0)
        func content() throws -> String {
            let result = try CLITests.run(["export", "--format", "snapshot", "--graph", store.path])
            #expect(result.status == 0, "the store does not open: \(result.stderr)")
            return result.stdout
        }
        func restore() throws {
            for suffix in ["", "-wal", "-shm"] {
                try? FileManager.default.removeItem(atPath: store.path + suffix)
            }
            try FileManager.default.copyItem(at: pristine, to: store)
        }
        try restore()
        let previous = try content()
        var finished = 0, killed = 0
        var full: String?
        for delay in stride(from: 0.05, through: 2.5, by: 0.15) {
            let process = try Self.start(["build", corpus.path, "-o", store.path, "--threads", "2"])
            Thread.sleep(forTimeInterval: delay)
            if process.isRunning {
                kill(process.processIdentifier, SIGKILL)
                killed += 1
            }
            process.waitUntilExit()
            let now = try content()
            if now != previous {
                // The build committed: the new content must be whole, the same every time.
                #expect(now.contains(#""document":"a399.txt""#))
                #expect(full == nil || full == now)
                full = now
                finished += 1
            }
            try restore()
        }
        #expect(killed > 0 && finished < killed + finished, "every build finished before it could be killed: the test did not test")
    }

    @Test("Ctrl-C during a build leaves no output file and no temporary file")
    func interrupted() throws {
        let corpus = try Self.corpus()
        let output = corpus.appendingPathComponent("new.json")
        // The last input is standard input, held open: the build has read the folder and
        // waits for the rest, so it is still running when interrupted, however fast the machine.
        let input = Pipe()
        let process = try Self.start(["build", corpus.path, "-", "-o", output.path, "--threads", "1"], input: input)
        try input.fileHandleForWriting.write(contentsOf: Data("Iran threatened Israel on Monday.\n".utf8))
        Thread.sleep(forTimeInterval: 0.3)
        #expect(process.isRunning)
        kill(process.processIdentifier, SIGINT)
        process.waitUntilExit()
        try input.fileHandleForWriting.close()
        #expect(process.terminationReason == .uncaughtSignal || process.terminationStatus != 0)
        #expect(!FileManager.default.fileExists(atPath: output.path))
        let temporaries = try FileManager.default.contentsOfDirectory(atPath: corpus.path).filter { $0.hasSuffix(".tmp") }
        #expect(temporaries.isEmpty)
    }
}
