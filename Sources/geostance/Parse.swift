import ArgumentParser
import EnglishSyntax
import Foundation
import StanceExtraction

struct Parse: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Show the tokens, tags and dependency tree of each sentence, as extraction reads them.",
        discussion: """
            Reads plain text (a file, or - for standard input), normalises it as extraction does, \
            splits it into sentences and words to Universal Dependencies conventions, and tags \
            and parses each sentence with the model in Data/models. CoNLL-U output is valid \
            CoNLL-U (multiword tokens such as "don't" are written as token lines).

            Examples:
              geostance parse Data/samples/visit-india-usa-2023.txt
              echo "Japan condemned the missile test." | geostance parse - --format conllu
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable { case table, conllu }

    @Argument(help: "A plain-text file, or - for standard input.") var file: String
    @Option(help: "Output format: table or conllu.") var format: Format = .table
    @Option(name: .long, help: "The data folder (default: ./Data or $GEOSTANCE_DATA).") var data: String?
    @Option(name: .long, help: "A syntax model file other than the one in the data folder.") var model: String?

    func run() throws {
        let raw: String
        if file == "-" {
            raw = try InputFiles.decode(FileHandle.standardInput.readDataToEndOfFile(), source: "<stdin>")
        } else {
            raw = try InputFiles.readText(URL(fileURLWithPath: file))
        }
        let syntax = try SyntaxData.model(data, file: model)
        let tokenizer = Tokenizer(rules: try SyntaxData.rules(data))
        let text = Array(TextNormalizer.normalize(raw).unicodeScalars)
        let tokens = tokenizer.tokenize(text)
        let name = file == "-" ? "stdin" : InputFiles.fileName(file)
        var out = ""
        for (number, sentence) in SentenceSplitter().sentences(tokens, in: text).enumerated() {
            let tree = syntax.analyze(tokens[sentence], in: text)
            let words = tokens[sentence]
            let sentenceText = String(String.UnicodeScalarView(text[Int(words.first!.start)..<Int(words.last!.end)]))
            switch format {
            case .conllu:
                let spaceAfter = words.map(\.spaceAfter)
                var multiword: [(words: ClosedRange<Int>, form: String)] = []
                var k = 0
                let local = Array(words)
                while k < local.count {
                    var end = k
                    while end + 1 < local.count && local[end].joinsNext { end += 1 }
                    if end > k {
                        multiword.append((k...end, String(String.UnicodeScalarView(text[Int(local[k].start)..<Int(local[end].end)]))))
                    }
                    k = end + 1
                }
                let comments = ["# sent_id = \(name)-\(number + 1)", "# text = \(sentenceText.replacingOccurrences(of: "\n", with: " "))"]
                out += CoNLLU.encode([CoNLLUSentence(tree: tree, comments: comments, spaceAfter: spaceAfter, multiwordTokens: multiword)])
            case .table:
                out += "# \(number + 1): \(sentenceText)\n"
                out += Table.render(
                    ["ID", "WORD", "UPOS", "XPOS", "HEAD", "DEPREL"],
                    (0..<tree.count).map { i in
                        [String(i + 1), tree.words[i], tree.tags[i].description, tree.xtags[i],
                         tree.heads[i] < 0 ? "0 (root)" : "\(tree.heads[i] + 1) \(tree.words[tree.heads[i]])", tree.labels[i].rawValue]
                    })
                out += "\n"
            }
        }
        try Output.emit(out, to: nil)
    }
}
