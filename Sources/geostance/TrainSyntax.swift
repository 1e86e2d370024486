import ArgumentParser
import EnglishSyntax
import Foundation

struct TrainSyntax: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "train-syntax",
        abstract: "Train the tagger and dependency parser from a Universal Dependencies treebank.",
        discussion: """
            Reads CoNLL-U training sentences, trains a tagger (UPOS and XPOS) and a labelled \
            dependency parser, and writes one model file. The same treebank and seed give the \
            same file, byte for byte. The shipped model was made with

              geostance train-syntax ../shared/ud-ewt/en_ewt-ud-train.conllu -o Data/models/english-ewt.syntax

            (about 2 minutes on 2 cores; see Data/models/README.md).
            """)

    @Argument(help: "The training treebank (CoNLL-U).") var treebank: String
    @Option(name: .shortAndLong, help: "The model file to write.") var output: String
    @Option(help: "Random seed (sentence order, exploration).") var seed: UInt64 = 1
    @Option(name: .customLong("tagger-epochs"), help: "Passes over the data for the tagger.") var taggerEpochs = 10
    @Option(name: .customLong("parser-epochs"), help: "Passes over the data for the parser.") var parserEpochs = 15
    @Option(help: "Jackknife folds for the parser's training tags.") var folds = 10
    @Option(name: .customLong("minimum-count"), help: "Leave out features seen in fewer training decisions than this.") var minimumCount = 5
    @Option(help: "Threads for the jackknife taggers.") var threads = 2
    @Flag(name: .shortAndLong, help: "Print nothing but errors.") var quiet = false

    func validate() throws {
        guard taggerEpochs >= 1, parserEpochs >= 1 else { throw ValidationError("epochs must be at least 1") }
        guard folds >= 2 else { throw ValidationError("--folds must be at least 2") }
        guard minimumCount >= 1 else { throw ValidationError("--minimum-count must be at least 1") }
        guard threads >= 1 else { throw ValidationError("--threads must be at least 1") }
    }

    func run() throws {
        Console.quiet = quiet
        let sentences = try SyntaxData.treebank(treebank)
        var trainer = SyntaxTrainer()
        trainer.seed = seed
        trainer.taggerEpochs = taggerEpochs
        trainer.parserEpochs = parserEpochs
        trainer.folds = folds
        trainer.minimumCount = minimumCount
        trainer.threads = threads
        let start = Date()
        let model: SyntaxModel
        do {
            model = try trainer.train(sentences.map(\.tree), treebank: InputFiles.fileName(treebank)) { message in
                Console.note(String(format: "%6.1f s  ", Date().timeIntervalSince(start)) + message)
            }
        } catch {
            throw ErrorInFile(path: treebank, error: error)
        }
        try AtomicFile.write(Data(model.encode()), to: output)
        Console.note("wrote \(output) in \(String(format: "%.0f", Date().timeIntervalSince(start))) s")
    }
}
