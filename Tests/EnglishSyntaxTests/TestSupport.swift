import EnglishSyntax
import Foundation

/// Files the syntax tests read: fixtures, the shipped data, the treebank beside the repository.
enum Files {
    static let tests = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    static let repository = tests.deletingLastPathComponent().deletingLastPathComponent()
    static let treebankFolder = repository.deletingLastPathComponent().appendingPathComponent("shared/ud-ewt")

    static func text(_ url: URL) throws -> String { try String(contentsOf: url, encoding: .utf8) }

    static var tiny: [CoNLLUSentence] {
        get throws {
            let url = tests.appendingPathComponent("Fixtures/tiny.conllu")
            return try CoNLLU.decode(text(url), source: "tiny.conllu")
        }
    }

    static var rules: TokenizerRules {
        get throws {
            try TokenizerRules(parsing: text(repository.appendingPathComponent("Data/syntax/tokens.tsv")), source: "tokens.tsv")
        }
    }

    static let shippedModelURL = repository.appendingPathComponent("Data/models/english-ewt.syntax")
    static var hasShippedModel: Bool { FileManager.default.fileExists(atPath: shippedModelURL.path) }

    /// The shipped model, loaded once.
    static let shippedModel: SyntaxModel? = {
        guard let data = try? Data(contentsOf: shippedModelURL) else { return nil }
        return try? SyntaxModel.decode(Array(data), source: shippedModelURL.lastPathComponent)
    }()

    /// A model trained on the tiny fixture, once.
    static let tinyModel: SyntaxModel = {
        var trainer = SyntaxTrainer()
        trainer.taggerEpochs = 8
        trainer.parserEpochs = 15
        trainer.folds = 5
        trainer.minimumCount = 1
        // Four copies of the twelve sentences in five folds (copies fall in different folds), so
        // that each fold's tagger has seen every sentence and the parser trains on tags as good
        // as the ones it is tested with.
        let trees = try! tiny.map(\.tree)
        return try! trainer.train(trees + trees + trees + trees, treebank: "tiny.conllu")
    }()
}
