import EnglishSyntax
import Testing

@Suite("Tagging, parsing and training")
struct ParserTests {
    /// The models under test: one trained here on the tiny fixture, and the shipped one when present.
    static var models: [SyntaxModel] { [Files.tinyModel] + (Files.shippedModel.map { [$0] } ?? []) }

    static func hostileSentences() -> [[String]] {
        var random = Generator(seed: 7)
        let vocabulary = ["the", "Iran", "said", ",", ".", "of", "and", "(", ")", "\"", "n't", "'s", "talks", "1999", "é", "-", "?", "🙂", "", " "]
        var out: [[String]] = [[], ["alone"], ["."], Array(repeating: ",", count: 40), Array(repeating: "the", count: 5_000)]
        out.append((0..<5_000).map { _ in vocabulary[random.below(vocabulary.count)] })
        for length in 1...60 { out.append((0..<length).map { _ in vocabulary[random.below(vocabulary.count)] }) }
        return out
    }

    @Test("every output is a tree: one root, no cycles, heads in range, on random and hostile input")
    func treesAreTrees() {
        for model in Self.models {
            for words in Self.hostileSentences() {
                let tree = model.analyze(words)
                #expect(tree.count == words.count)
                #expect(tree.isWellFormed, "not a tree for \(words.prefix(12))")
                #expect(words.isEmpty || tree.heads.filter { $0 == -1 }.count == 1)
            }
        }
    }

    @Test("a tiny treebank trains in seconds and the model reproduces its training trees")
    func tinyTraining() throws {
        let gold = try Files.tiny.map(\.tree)
        let system = gold.map { Files.tinyModel.analyze($0.words) }
        let scores = TreebankScores.comparing(gold: gold, system: system)
        #expect(scores.upos.f1 >= 0.95)
        #expect(scores.uas.f1 >= 0.9, "UAS \(scores.uas.f1)")
        #expect(scores.las.f1 >= 0.85)
        #expect(Files.tinyModel.labels.contains(.oblAgent))
    }

    @Test("training is deterministic: the same data and seed give the same bytes, with any number of threads")
    func deterministic() throws {
        let trees = try Files.tiny.map(\.tree)
        var trainer = SyntaxTrainer()
        trainer.taggerEpochs = 3
        trainer.parserEpochs = 3
        trainer.folds = 3
        trainer.minimumCount = 1
        trainer.threads = 1
        let one = try trainer.train(trees, treebank: "tiny").encode()
        trainer.threads = 2
        let two = try trainer.train(trees, treebank: "tiny").encode()
        #expect(one == two)
        trainer.seed = 2
        #expect(try trainer.train(trees, treebank: "tiny").encode() != one)
    }

    @Test("training refuses an empty treebank and a tree that is not a tree")
    func trainingErrors() throws {
        #expect(throws: SyntaxError.training("the treebank has no words")) { try SyntaxTrainer().train([]) }
        var broken = try Files.tiny[0].tree
        broken.heads[0] = 0  // Japan heads itself
        #expect(throws: SyntaxError.self) { try SyntaxTrainer().train([broken]) }
    }

    @Test("a model file reads back as the same model")
    func roundTrip() throws {
        let bytes = Files.tinyModel.encode()
        let reread = try SyntaxModel.decode(bytes, source: "tiny.syntax")
        #expect(reread.encode() == bytes)
        for sentence in try Files.tiny { #expect(reread.analyze(sentence.tree.words) == Files.tinyModel.analyze(sentence.tree.words)) }
        #expect(reread.description["treebank"] == "tiny.conllu")
    }

    @Test("a missing, truncated, foreign, old or corrupt model file is an error naming it")
    func badModelFiles() throws {
        let bytes = Files.tinyModel.encode()
        func message(_ data: [UInt8]) -> String? {
            do {
                _ = try SyntaxModel.decode(data, source: "m.syntax")
                return nil
            } catch {
                return error.description
            }
        }
        #expect(message([]) == "m.syntax: not a GeoStance syntax model (the file does not start with GSSYNTAX)")
        #expect(message(Array("PK\u{3}\u{4}not a model at all".utf8)) == "m.syntax: not a GeoStance syntax model (the file does not start with GSSYNTAX)")
        var old = bytes
        old[8] = 0
        #expect(message(old) == "m.syntax: model format version 0; this build reads version 1 (the model must be trained again with this build)")
        for cut in [12, bytes.count / 3, bytes.count - 1] {
            #expect(message(Array(bytes.prefix(cut)))?.hasPrefix("m.syntax: truncated") == true, "cut at \(cut)")
        }
        var flipped = bytes
        flipped[bytes.count / 2] ^= 0x40
        #expect(message(flipped) == "m.syntax: truncated or corrupt: the checksum does not match (\(bytes.count) bytes)")
    }

    @Test("scores: words, tags, heads and labels counted as the CoNLL 2018 measures count them")
    func scores() throws {
        let gold = try Files.tiny[1].tree  // The test was condemned by Japan .
        var system = gold
        system.tags[0] = .pron  // one tag wrong
        system.heads[4] = 3  // "by" attached to the verb: head wrong
        system.labels[1] = "nsubj"  // subtype wrong: LAS counts it right, full-label LAS does not
        let scores = TreebankScores.comparing(gold: [gold], system: [system])
        #expect(scores.upos.correct == 6 && scores.upos.goldTotal == 7)
        #expect(scores.uas.correct == 6)
        #expect(scores.las.correct == 6)
        #expect(scores.fullLabelLAS.correct == 5)
        // Raw text: a system that glues two words loses both, and its head pointing into them.
        let spans = (0..<7).map { $0..<($0 + 1) }
        var merged = gold
        merged.words = ["The", "test", "was", "condemned", "byJapan", "."]
        merged.tags = Array(gold.tags.prefix(4)) + [.propn, .punct]
        merged.xtags = Array(gold.xtags.prefix(4)) + ["NNP", "."]
        merged.heads = [1, 3, 3, -1, 3, 3]
        merged.labels = Array(gold.labels.prefix(4)) + ["obl", "punct"]
        let raw = TreebankScores.aligning(
            gold: [(gold, spans)], system: [(merged, Array(spans.prefix(4)) + [4..<6, 6..<7])])
        #expect(raw.words.correct == 5 && raw.words.goldTotal == 7 && raw.words.systemTotal == 6)
        #expect(raw.uas.correct == 5)
        #expect(abs(raw.uas.f1 - 2 * (5.0 / 6) * (5.0 / 7) / (5.0 / 6 + 5.0 / 7)) < 1e-9)
        #expect(raw.sentences.correct == 1)
    }
}

/// SplitMix64, for reproducible random sentences.
struct Generator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
    mutating func below(_ n: Int) -> Int { Int(next() % UInt64(n)) }
}
