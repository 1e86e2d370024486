import EventImport
import EnglishSyntax
import Foundation
import StanceExtraction
import StanceGraph

/// Text to relations with evidence over a folder of `.txt` articles.
struct ExtractionBench {
    var corpus: URL
    var knowledge: Knowledge
    var runs: Int
    /// Thread counts to measure, e.g. [1, 2].
    var threads: [Int]
    /// Only the first files up to this many bytes (0: all).
    var limitBytes = 0

    func files() throws -> [URL] {
        let names = try FileManager.default.contentsOfDirectory(atPath: corpus.path)
            .filter { $0.hasSuffix(".txt") }.sorted()
        var chosen: [URL] = [], total = 0
        for name in names {
            let url = corpus.appendingPathComponent(name)
            let size = (try FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int) ?? 0
            if limitBytes > 0 && total + size > limitBytes && !chosen.isEmpty { break }
            chosen.append(url)
            total += size
        }
        return chosen
    }

    func run() throws -> Report {
        var report = Report()
        let files = try self.files()
        let extractor = Extractor(knowledge: knowledge)
        for n in threads {
            // Reading and decoding the files is part of each run, as in the peer.
            var (step, totals) = try measure(runs) { () throws -> (bytes: Int, sentences: Int, relations: Int) in
                var documents: [Document] = []
                var bytes = 0
                for url in files {
                    let data = try Data(contentsOf: url)
                    bytes += data.count
                    let text = try DocumentReader.decodeUTF8(data, source: url.path)
                    documents.append(try DocumentReader.plainText(text, id: url.lastPathComponent))
                }
                let extractions = extractor.extract(from: documents, threads: n)
                return (bytes, extractions.reduce(0) { $0 + $1.sentenceCount },
                        extractions.reduce(0) { $0 + $1.relations.count })
            }
            step.counts = ["files": files.count, "bytes": totals.bytes, "sentences": totals.sentences,
                           "relations": totals.relations, "threads": n]
            report.add("extract_\(n)t", step)
        }
        return report
    }
}

/// Whether extraction time grows in proportion to the text on one long
/// line dense with pronouns and titles, the shape that once made reference
/// resolution quadratic (every pronoun looked back over the whole document),
/// and normalising time on text full of ellipses (each once copied the text).
///
/// A ratio of CPU times in the benchmark process, not a timed unit test: the
/// text four times as long may take at most eight times as long (a quadratic
/// resolution took sixteen).
struct LinearityCheck {
    var knowledge: Knowledge

    /// The CPU seconds for `copies` copies of a two-sentence block.
    func cpuSeconds(copies: Int) throws -> Double {
        let block = "Iran warned Israel on Monday and it said that it was ready. "
            + "The minister said he would travel to Baghdad, where he met Iraqi officials. "
        let document = Document(id: "blob", text: String(repeating: block, count: copies))
        let extractor = Extractor(knowledge: knowledge)
        // The fastest of three, so a pause elsewhere on the machine does not count.
        var best = Double.infinity
        for _ in 0..<3 {
            let start = Gauge.cpu()
            let found = extractor.extract(from: document).relations
            best = min(best, Gauge.cpu() - start)
            let threats = found.filter { $0.source == "IRN" && $0.target == "ISR" }.count
            guard threats == copies else {
                throw WrongAnswer("linearity: \(threats) of \(copies) copies' threats found")
            }
        }
        return best
    }

    /// The CPU seconds to normalise `copies` copies of a block full of
    /// ellipses and curly quotes (each "…" once copied the text so far).
    func normalisingSeconds(copies: Int) -> Double {
        let text = String(repeating: "Iran warned\u{2026} Israel \u{201C}again\u{201D}. ", count: copies)
        var best = Double.infinity
        for _ in 0..<3 {
            let start = Gauge.cpu()
            let normalized = TextNormalizer.normalize(text)
            best = min(best, Gauge.cpu() - start)
            precondition(!normalized.isEmpty)
        }
        return best
    }

    /// The times, or an error naming them when the growth is not linear.
    func run() throws -> (small: Double, large: Double) {
        let small = try cpuSeconds(copies: 1_000), large = try cpuSeconds(copies: 4_000)
        guard large < 8 * small else {
            throw WrongAnswer(String(format: "extraction is not linear: 1,000 copies %.3f s CPU, 4,000 copies %.3f s", small, large))
        }
        let shorter = normalisingSeconds(copies: 10_000), longer = normalisingSeconds(copies: 40_000)
        guard longer < 8 * shorter else {
            throw WrongAnswer(String(format: "normalising is not linear: 10,000 copies %.3f s CPU, 40,000 copies %.3f s", shorter, longer))
        }
        return (small, large)
    }
}

/// GDELT 2.0 event rows parsed into a graph.
struct ImportBench {
    var file: URL
    var mappings: ImportMappings
    var runs: Int

    func run() throws -> Report {
        var report = Report()
        let bytes = try [UInt8](Data(contentsOf: file))
        var (step, summary) = try measure(runs) { () throws -> (rows: Int, relations: Int) in
            var importer = EventImporter(mappings: mappings)
            try importer.read(.gdelt, ByteChunks(bytes: bytes), source: file.lastPathComponent)
            let graph = importer.graph()
            return (importer.report.rowsRead, graph.relations.count)
        }
        step.counts = ["bytes": bytes.count, "rows": summary.rows, "relations": summary.relations]
        report.notes["input"] = "file read into memory before timing; parse + graph build timed"
        report.add("import_gdelt", step)
        return report
    }
}

/// The shipped data folder: the knowledge files and the import mappings.
enum DataFolder {
    static func knowledge(_ root: URL) throws -> Knowledge {
        var files: [DataFile] = []
        let rootPath = root.standardizedFileURL.path
        guard let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil) else {
            throw BenchError("\(root.path): cannot list the data folder")
        }
        for case let url as URL in walker {
            let path = url.standardizedFileURL.path
            guard path.hasPrefix(rootPath + "/") else { continue }
            let relative = String(path.dropFirst(rootPath.count + 1))
            guard Knowledge.isKnowledgeFile(relative) else { continue }
            files.append(DataFile(path: relative, text: try String(contentsOf: url, encoding: .utf8)))
        }
        let modelURL = root.appendingPathComponent(Knowledge.syntaxModelPath)
        let syntax = try SyntaxModel.decode(Array(Data(contentsOf: modelURL)), source: modelURL.path)
        do {
            return try Knowledge.load(files, syntax: syntax)
        } catch {
            throw BenchError("\(root.path)/\(error.file)\(error.line.map { ":\($0)" } ?? ""): \(error.message)")
        }
    }

    static func mappings(_ root: URL) throws -> ImportMappings {
        var texts: [String: String] = [:]
        for path in ImportMappings.requiredFiles {
            let url = root.appendingPathComponent(path)
            if FileManager.default.fileExists(atPath: url.path) { texts[path] = try String(contentsOf: url, encoding: .utf8) }
        }
        do {
            return try ImportMappings.load(texts)
        } catch {
            throw BenchError("\(root.path)/\(error.description)")
        }
    }
}

struct BenchError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
