import EnglishSyntax
import Foundation

/// Tagging and parsing the sentences of a treebank from their gold words,
/// as spaCy's tagger and parser are timed on the same words (the peer's
/// `syntax` step); plus loading the model and the memory both take.
struct SyntaxBench {
    var model: URL
    var treebank: URL
    var runs: Int

    func run() throws -> Report {
        var report = Report()
        let bytes = Array(try Data(contentsOf: model))
        var (load, loaded) = try measure(runs) { try SyntaxModel.decode(bytes, source: model.path) }
        load.counts = ["bytes": bytes.count]
        report.add("syntax_load", load)
        let syntax = loaded
        let sentences = try CoNLLU.decode(String(contentsOf: treebank, encoding: .utf8), source: treebank.path).map(\.tree)
        let words = sentences.reduce(0) { $0 + $1.count }
        var (parse, trees) = measure(runs) { Self.analyzeAll(sentences, with: syntax) }
        parse.counts = ["words": words, "sentences": sentences.count]
        report.add("tag_parse", parse)
        report.notes["rss_after_parse_mb"] = String(format: "%.1f", Gauge.currentMB())
        report.notes["model_memory_mb"] = String(format: "%.1f", Double(syntax.memoryBytes) / 1e6)
        let scores = TreebankScores.comparing(gold: sentences, system: trees)
        guard trees.allSatisfy(\.isWellFormed) else { throw WrongAnswer("syntax: a parse is not a tree") }
        report.checks.append(String(
            format: "syntax on %@: UPOS %.4f, UAS %.4f, LAS %.4f (gold words)", treebank.lastPathComponent,
            scores.upos.f1, scores.uas.f1, scores.las.f1))
        return report
    }

    /// The timed step, kept out of line so that instruction counts can be
    /// taken of it alone (`valgrind --tool=callgrind --toggle-collect='*analyzeAll*'`).
    @inline(never)
    static func analyzeAll(_ sentences: [DependencyTree], with syntax: SyntaxModel) -> [DependencyTree] {
        sentences.map { syntax.analyze($0.words) }
    }
}

/// Tagging and parsing grow linearly with the text: four times the
/// sentences take less than eight times the CPU (best of three).
struct SyntaxLinearityCheck {
    var model: SyntaxModel

    func cpuSeconds(copies: Int) -> Double {
        let sentences = [
            ["The", "missile", "test", "was", "condemned", "by", "Japan", "and", "South", "Korea", "."],
            ["Ghana", "called", "on", "Togo", "to", "sign", "the", "accord", "on", "Monday", "."],
        ]
        let long = Array(repeating: sentences, count: copies).flatMap { $0 }.flatMap { $0 }
        var best = Double.infinity
        for _ in 0..<3 {
            let start = Gauge.cpu()
            _ = model.analyze(long)
            best = min(best, Gauge.cpu() - start)
        }
        return best
    }

    func run() throws -> (small: Double, large: Double) {
        let small = cpuSeconds(copies: 200), large = cpuSeconds(copies: 800)
        guard large < 8 * small else {
            throw WrongAnswer(String(format: "syntax not linear: 4x the words took %.1fx the CPU (%.3f s, %.3f s)", large / small, small, large))
        }
        return (small, large)
    }
}
