import EnglishSyntax
import Foundation

/// `geostance evaluate --treebank`: the tagger and parser scored with the
/// CoNLL 2018 measures, from gold words and from raw text.
struct TreebankEvaluation {
    var treebank: String
    var data: String?
    var model: String?
    var format: TableFormat

    struct Record: Encodable {
        var input: String
        var words: Double
        var sentences: Double
        var upos: Double
        var xpos: Double
        var uas: Double
        var las: Double
        var wordsPerSecond: Double
    }

    func run() throws {
        let gold = try SyntaxData.treebank(treebank)
        guard !gold.isEmpty else { throw CLIError("\(treebank): no sentences") }
        let syntax = try SyntaxData.model(data, file: model)
        let tokenizer = Tokenizer(rules: try SyntaxData.rules(data))

        let trees = gold.map(\.tree)
        var start = Date()
        let fromWords = trees.map { syntax.analyze($0.words) }
        let wordsTime = Date().timeIntervalSince(start)
        let wordCount = trees.reduce(0) { $0 + $1.count }
        let goldScores = TreebankScores.comparing(gold: trees, system: fromWords)

        let running = try CoNLLU.runningText(of: gold, source: treebank)
        start = Date()
        let tokens = tokenizer.tokenize(running.text)
        let system = SentenceSplitter().sentences(tokens, in: running.text).map { range in
            (tree: syntax.analyze(tokens[range], in: running.text), spans: tokens[range].map(\.range))
        }
        let rawTime = Date().timeIntervalSince(start)
        let rawScores = TreebankScores.aligning(gold: running.sentences, system: system)

        let records = [
            Record(goldScores, input: "gold words", words: wordCount, seconds: wordsTime),
            Record(rawScores, input: "raw text", words: tokens.count, seconds: rawTime),
        ]
        switch format {
        case .json:
            try Output.emit(Table.json(records), to: nil)
        case .table, .csv:
            let rows = records.map { r in
                [r.input, Self.score(r.words), Self.score(r.sentences), Self.score(r.upos), Self.score(r.xpos),
                 Self.score(r.uas), Self.score(r.las), String(format: "%.0f", r.wordsPerSecond)]
            }
            let header = ["INPUT", "WORDS", "SENTENCES", "UPOS", "XPOS", "UAS", "LAS", "WORDS/S"]
            if format == .csv {
                try Output.emit(Table.csv(header.map { $0.lowercased() }, rows), to: nil)
            } else {
                try Output.emit(
                    Table.render(header, rows)
                        + "\(gold.count) sentences, \(wordCount) words of \(InputFiles.fileName(treebank)); F1 over words "
                        + "(CoNLL 2018 measures: LAS compares universal labels; words/s includes tokenising on raw text)\n",
                    to: nil)
            }
        }
    }

    static func score(_ value: Double) -> String { String(format: "%.4f", value) }
}

extension TreebankEvaluation.Record {
    init(_ scores: TreebankScores, input: String, words: Int, seconds: Double) {
        self.init(
            input: input, words: scores.words.f1, sentences: scores.sentences.f1, upos: scores.upos.f1,
            xpos: scores.xpos.f1, uas: scores.uas.f1, las: scores.las.f1,
            wordsPerSecond: seconds > 0 ? Double(words) / seconds : 0)
    }
}
