import Foundation
import Testing

/// `parse`, `evaluate --treebank` and `train-syntax` end to end.
@Suite("Syntax on the command line", .serialized)
struct SyntaxCommandTests {
    static let tiny = CLITests.repository.appendingPathComponent("Tests/EnglishSyntaxTests/Fixtures/tiny.conllu").path

    @Test("parse writes CoNLL-U that evaluate reads back: the same words, tags and trees")
    func parseRoundTrip() throws {
        let dir = try CLITests.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let text = "Japan\u{2019}s envoy didn't attend the talks in Oslo. Norway called on Sweden to join.\n"
        let parsed = try CLITests.run(["parse", "-", "--format", "conllu"], stdin: Data(text.utf8))
        #expect(parsed.status == 0, "\(parsed.stderr)")
        // Normalised as extraction reads it: the curly apostrophe is straight; "didn't" is a multiword token.
        #expect(parsed.stdout.contains("# text = Japan's envoy didn't attend the talks in Oslo."))
        #expect(parsed.stdout.contains("\n4-5\tdidn't\t"))
        #expect(parsed.stdout.contains("# sent_id = stdin-2"))
        let file = dir.appendingPathComponent("parsed.conllu")
        try Data(parsed.stdout.utf8).write(to: file)
        let scores = try CLITests.run(["evaluate", "--treebank", file.path, "--format", "json"])
        #expect(scores.status == 0, "\(scores.stderr)")
        let records = try JSONSerialization.jsonObject(with: Data(scores.stdout.utf8)) as? [[String: Any]]
        let gold = try #require(records?.first)
        #expect(gold["upos"] as? Double == 1 && gold["uas"] as? Double == 1 && gold["las"] as? Double == 1)
        let raw = try #require(records?.last)
        #expect(raw["words"] as? Double == 1 && raw["sentences"] as? Double == 1)
    }

    @Test("parse prints a table of words, tags, heads and relations")
    func parseTable() throws {
        let result = try CLITests.run(["parse", "-"], stdin: Data("The plan was welcomed by Chad.".utf8))
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("# 1: The plan was welcomed by Chad.\nID  WORD"))
        #expect(result.stdout.contains("nsubj:pass"))
    }

    @Test("train-syntax writes a model that parse and evaluate use; bad input is named and leaves no file")
    func train() throws {
        let dir = try CLITests.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let model = dir.appendingPathComponent("tiny.syntax")
        let trained = try CLITests.run([
            "train-syntax", Self.tiny, "-o", model.path, "--tagger-epochs", "3", "--parser-epochs", "3", "--folds", "3",
            "--minimum-count", "1", "-q",
        ])
        #expect(trained.status == 0, "\(trained.stderr)")
        let evaluated = try CLITests.run(["evaluate", "--treebank", Self.tiny, "--model", model.path])
        #expect(evaluated.status == 0, "\(evaluated.stderr)")
        #expect(evaluated.stdout.contains("12 sentences, 88 words of tiny.conllu"))

        let bad = dir.appendingPathComponent("bad.conllu")
        try Data("1\tA\t_\tNOUN\t_\t_\tzero\troot\t_\t_\n".utf8).write(to: bad)
        let out = dir.appendingPathComponent("bad.syntax")
        let failed = try CLITests.run(["train-syntax", bad.path, "-o", out.path])
        #expect(failed.status == 1)
        #expect(failed.stderr == "geostance: \(bad.path):1: head 'zero' is not a number\n")
        #expect(!FileManager.default.fileExists(atPath: out.path))
    }

    @Test("a missing or corrupt model is named, with what is wrong")
    func badModel() throws {
        let dir = try CLITests.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let corrupt = dir.appendingPathComponent("corrupt.syntax")
        try Data("GSSYNTAX\u{1}\u{0}\u{0}\u{0}then nothing".utf8).write(to: corrupt)
        let result = try CLITests.run(["parse", "-", "--model", corrupt.path], stdin: Data("Hello.".utf8))
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("geostance: \(corrupt.path): truncated or corrupt"))
        let missing = try CLITests.run(["parse", "-", "--model", dir.appendingPathComponent("none.syntax").path], stdin: Data("Hi.".utf8))
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("none.syntax: no syntax model"))
    }
}
