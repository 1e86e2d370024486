import Foundation
import Testing

/// Inputs far larger than an article: one file with no newline, a folder of
/// thousands of files. Sizes are kept small enough for a debug build; the
/// README's Limits give what the release build does with 100 MB and 100,000 files.
@Suite("Large inputs through the command line", .serialized)
struct LargeInputTests {
    /// How much longer a time limit is under a sanitizer, which slows everything several times.
    static var slack: Int {
        let environment = ProcessInfo.processInfo.environment
        return environment["ASAN_OPTIONS"] != nil || environment["TSAN_OPTIONS"] != nil ? 5 : 1
    }

    static func jsonLines(_ text: String) throws -> [[String: Any]] {
        try text.split(separator: "\n").map { line in
            try #require(JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        }
    }

    /// About 12 s in a debug build; before the fixes, over 5 minutes: the time
    /// limit (10 minutes under a sanitizer) catches a return to quadratic reading.
    @Test(
        "a 1.8 MB file with no newline is read to its end: every copy's relation, and the sentence at the very end",
        .timeLimit(.minutes(LargeInputTests.slack == 1 ? 4 : 10)))
    func noNewline() throws {
        let dir = try CLITests.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        // Pronouns to resolve, a boilerplate word and a stray quotation mark in every copy:
        // each once made a newline-free file quadratic, empty, or quoted to its end.
        let block = "Iran warned Israel on Monday and it said that it was ready. "
            + "The minister said he would travel to Baghdad, where he met Iraqi officials. "
            + "Readers may buy a subscription to the paper. Protesters chanted slogans\" outside the embassy. "
        let last = "China warned Taiwan against any move toward independence."
        let copies = 8_000
        let file = dir.appendingPathComponent("blob.txt")
        try Data((String(repeating: block, count: copies) + last).utf8).write(to: file)

        let result = try CLITests.run(["extract", file.path, "--format", "jsonl"])
        #expect(result.status == 0, "\(result.stderr)")
        let relations = try Self.jsonLines(result.stdout)
        #expect(relations.filter { $0["source"] as? String == "IRN" && $0["target"] as? String == "ISR" }.count == copies)
        let end = try #require(relations.last)
        #expect(end["source"] as? String == "CHN" && end["target"] as? String == "TWN")
        let evidence = try #require(end["evidence"] as? [String: Any])
        #expect(evidence["sentence"] as? String == last)
        #expect(evidence["speaker"] == nil)
        #expect(!result.stdout.contains("subscription"))
    }

    @Test("a folder of 3,000 small files in nested folders: every file read and counted, each bad one named")
    func manyFiles() throws {
        let dir = try CLITests.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let corpus = dir.appendingPathComponent("corpus")
        let sentences = [
            "Iran threatened Israel on Monday.", "China warned Taiwan against any move toward independence.",
            "Russia attacked Ukraine on Tuesday.", "The weather was mild and nothing happened.",
        ]
        var bad: [String: String] = [:]  // path -> what the warning must say
        var expected: Set<String> = []  // documents with a relation
        let count = 3_000
        for i in 0..<count {
            let folder = corpus.appendingPathComponent("part\(i / 500)")
            if i % 500 == 0 {
                try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
                try Data("not an article".utf8).write(to: folder.appendingPathComponent("notes.pdf"))
            }
            let name = "a\(10_000 + i).txt"
            let file = folder.appendingPathComponent(name)
            switch i % 500 {
            case 17:
                try Data([0x49, 0x72, 0x61, 0x6E, 0xFF]).write(to: file)
                bad[file.path] = "\(file.path) (byte 4): invalid UTF-8 (skipped)"
            case 18:
                try Data().write(to: file)
                bad[file.path] = "\(file.path): empty file, no article to read (skipped)"
            case 19:
                try Data("---\ndate: 2024-13-45\n---\nIran threatened Israel.\n".utf8).write(to: file)
                bad[file.path] = "\(file.path):2: front matter date '2024-13-45' is not YYYY-MM-DD (skipped)"
            default:
                try Data("---\ndate: 2024-05-1\(i % 9)\n---\n\(sentences[i % 4])\n".utf8).write(to: file)
                if i % 4 != 3 { expected.insert(name) }
            }
        }
        let good = count - bad.count

        let snapshot = dir.appendingPathComponent("graph.json")
        let built = try CLITests.run(["build", corpus.path, "-o", snapshot.path])
        #expect(built.status == 0, "\(built.stderr)")
        for (_, warning) in bad { #expect(built.stderr.contains("geostance: warning: \(warning)\n"), "\(warning)") }
        #expect(built.stderr.contains("geostance: warning: \(bad.count) of \(count) files skipped; the other \(good) articles were read\n"))
        #expect(built.stderr.contains("\(snapshot.path): \(good) documents"))
        let object = try #require(JSONSerialization.jsonObject(with: Data(contentsOf: snapshot)) as? [String: Any])
        let relations = try #require(object["relations"] as? [[String: Any]])
        let documents = relations.compactMap { ($0["evidence"] as? [String: Any])?["document"] as? String }
        #expect(documents.count == expected.count)
        #expect(Set(documents) == expected)

        let extracted = try CLITests.run(["extract", corpus.path, "--format", "jsonl", "--quiet"])
        #expect(extracted.status == 0)
        let lines = try Self.jsonLines(extracted.stdout)
        let names = lines.compactMap { ($0["evidence"] as? [String: Any])?["document"] as? String }
        #expect(names.count == expected.count)
        #expect(names == names.sorted(), "files are read in path order")
    }
}
