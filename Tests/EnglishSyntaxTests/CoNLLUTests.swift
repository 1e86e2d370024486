import EnglishSyntax
import Foundation
import Testing

@Suite("CoNLL-U reading and writing")
struct CoNLLUTests {
    @Test("the treebank files round-trip byte for byte (multiword tokens, empty nodes and comments kept)",
          arguments: ["en_ewt-ud-dev.conllu", "en_ewt-ud-test.conllu", "en_ewt-ud-train.conllu"])
    func roundTrip(file: String) throws {
        let url = Files.treebankFolder.appendingPathComponent(file)
        try #require(FileManager.default.fileExists(atPath: url.path), "needs ../shared/ud-ewt beside the repository")
        let text = try Files.text(url)
        let sentences = try CoNLLU.decode(text, source: file)
        #expect(!sentences.isEmpty)
        #expect(CoNLLU.encode(sentences) == text)
        // The trees are trees, and multiword tokens and empty nodes were read as such.
        #expect(sentences.allSatisfy { $0.tree.isWellFormed })
        #expect(sentences.contains { !$0.multiwordTokens.isEmpty })
    }

    @Test("the tiny fixture: words, tags, heads, labels, spaces and multiword tokens")
    func tiny() throws {
        let sentences = try Files.tiny
        #expect(sentences.count == 12)
        let passive = sentences[1].tree
        #expect(passive.words == ["The", "test", "was", "condemned", "by", "Japan", "."])
        #expect(passive.labels[1] == .nsubjPass && passive.head(of: 1) == 3)
        #expect(passive.labels[5] == .oblAgent && passive.tags[5] == .propn && passive.xtags[5] == "NNP")
        #expect(passive.root == 3)
        let negated = sentences[6]
        #expect(negated.multiwordTokens.map(\.form) == ["didn't"])
        #expect(negated.multiwordTokens.first?.words == 1...2)
        #expect(negated.spaceAfter == [true, false, true, true, true, false, true])
        #expect(negated.comment("text") == "Egypt didn't attend the summit.")
    }

    @Test("a sentence made from a tree writes valid CoNLL-U that reads back as the same tree")
    func fromTree() throws {
        let original = try Files.tiny[6]
        let written = CoNLLUSentence(
            tree: original.tree, comments: ["# text = Egypt didn't attend the summit."], spaceAfter: original.spaceAfter,
            multiwordTokens: original.multiwordTokens)
        let text = CoNLLU.encode([written])
        #expect(text.contains("2-3\tdidn't\t"))
        let reread = try CoNLLU.decode(text, source: "written")
        #expect(reread[0].tree == original.tree)
        #expect(reread[0].spaceAfter == original.spaceAfter)
    }

    @Test("malformed records are named with their line", arguments: [
        ("1\tA\t_\tX\n", "bad.conllu:1: expected 10 tab-separated fields, found 4"),
        ("# text = a\nx\tA\t_\tX\t_\t_\t0\troot\t_\t_\n", "bad.conllu:2: 'x' is not a word, range or empty-node id"),
        ("1\tA\t_\tX\t_\t_\tz\troot\t_\t_\n", "bad.conllu:1: head 'z' is not a number"),
        ("1\tA\t_\tX\t_\t_\t0\troot\t_\t_\n2\tB\t_\tX\t_\t_\t7\tdep\t_\t_\n", "bad.conllu:2: head 7 is outside the sentence of 2 words"),
        ("2\tA\t_\tX\t_\t_\t0\troot\t_\t_\n", "bad.conllu:1: word 2 out of order (expected 1)"),
        ("1-3\tAB\t_\t_\t_\t_\t_\t_\t_\t_\n1\tA\t_\tX\t_\t_\t0\troot\t_\t_\n", "bad.conllu:1: token 1-3 runs past the last word (1)"),
    ])
    func malformed(text: String, message: String) {
        #expect(throws: SyntaxError.self) { try CoNLLU.decode(text, source: "bad.conllu") }
        do {
            _ = try CoNLLU.decode(text, source: "bad.conllu")
        } catch {
            #expect(error.description == message)
        }
    }

    @Test("the running text of a treebank places every word where the text has it")
    func runningText() throws {
        let sentences = try Files.tiny
        let (text, placed) = try CoNLLU.runningText(of: sentences, source: "tiny.conllu")
        #expect(placed.count == sentences.count)
        for (sentence, place) in zip(sentences, placed) {
            for (word, span) in zip(sentence.tree.words, place.spans) {
                #expect(String(String.UnicodeScalarView(text[span])) == word || sentence.multiwordTokens.contains { $0.form.contains(word) })
            }
        }
        // "didn't": did and n't take the two parts of the token.
        let did = placed[6].spans[1], not = placed[6].spans[2]
        #expect(String(String.UnicodeScalarView(text[did])) == "did" && String(String.UnicodeScalarView(text[not])) == "n't")
    }
}
