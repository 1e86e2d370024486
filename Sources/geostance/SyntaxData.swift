import EnglishSyntax
import Foundation

/// The syntax model and tokenisation rules shipped in the data folder.
enum SyntaxData {
    /// The model file inside the data folder.
    static let modelPath = "models/english-ewt.syntax"
    static let rulesPath = "syntax/tokens.tsv"

    static func rules(_ data: String?) throws -> TokenizerRules {
        let url = try DataLocator.directory(data).appendingPathComponent(rulesPath)
        let text = try InputFiles.readText(url)
        return try TokenizerRules(parsing: text, source: url.path)
    }

    /// The model at `explicit`, or the one in the data folder.
    static func model(_ data: String?, file explicit: String? = nil) throws -> SyntaxModel {
        let url = try explicit.map { URL(fileURLWithPath: $0) } ?? DataLocator.directory(data).appendingPathComponent(modelPath)
        guard FileManager.default.fileExists(atPath: url.path) else {
            throw CLIError("\(url.path): no syntax model (train one with `geostance train-syntax`, see Data/models/README.md)")
        }
        let bytes = try InputFiles.readBytes(url)
        return try SyntaxModel.decode(Array(bytes), source: url.path)
    }

    static func treebank(_ path: String) throws -> [CoNLLUSentence] {
        let text = try InputFiles.readText(URL(fileURLWithPath: path))
        return try CoNLLU.decode(text, source: path)
    }
}
