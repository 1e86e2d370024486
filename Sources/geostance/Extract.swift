import ArgumentParser
import ExtractionStream
import Foundation
import StanceExtraction
import StanceGraph

struct Extract: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print the relations found in articles, with their evidence.",
        discussion: """
            Examples:
              geostance extract Data/samples
              geostance extract article.txt --format jsonl
              cat article.txt | geostance extract - --format csv
              geostance extract --input-format jsonl - < articles.jsonl > relations.jsonl

            With --input-format jsonl, standard input holds one {"id","date","title","text"} \
            article a line; each article's relations are written as soon as it is done (memory \
            holds one article), and a bad line is named on standard error and skipped.
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable { case table, jsonl, csv }
    enum InputFormat: String, ExpressibleByArgument, CaseIterable { case text, jsonl }

    @OptionGroup var input: InputOptions

    @Option(help: "Output format: table, jsonl or csv (default: table; jsonl with --input-format jsonl).")
    var format: Format?

    @Option(
        name: .customLong("input-format"),
        help: "What - (standard input) holds: text (one article) or jsonl (one article record a line, streamed).")
    var inputFormat: InputFormat = .text

    @Option(name: .shortAndLong, help: "Write to this file instead of standard output.")
    var output: String?

    func validate() throws {
        if input.graph != nil { throw ValidationError("extract reads articles; --graph is for query, export and render") }
        if inputFormat == .jsonl {
            if input.inputs != ["-"] { throw ValidationError("--input-format jsonl reads standard input: give - as the only input") }
            if format == .table { throw ValidationError("--input-format jsonl streams: choose --format jsonl or csv, not table") }
            if output != nil { throw ValidationError("--input-format jsonl writes to standard output; leave out --output") }
        }
    }

    func run() throws {
        input.applyVerbosity()
        if inputFormat == .jsonl {
            try stream()
            return
        }
        let format = self.format ?? .table
        var pending: [Relation] = []
        var headerWritten = false
        let knowledge = try DataLocator.knowledge(input.data)
        let paths = input.inputs.isEmpty ? try InputFiles.samplePaths(data: input.data) : input.inputs
        let extractor = Extractor(knowledge: knowledge)
        var text = ""
        var relationCount = 0
        let documents = try InputFiles.extractInBatches(paths, extractor: extractor, threads: input.threads) { _, batch in
            let relations = batch.flatMap(\.relations)
            relationCount += relations.count
            // Table headers and column widths come once, from all rows; the line formats stream.
            if format == .table { pending += relations } else {
                let chunk = try Self.format(relations, as: format, knowledge: knowledge, header: !headerWritten)
                headerWritten = true
                if output == nil { FileHandle.standardOutput.write(Data(chunk.utf8)) } else { text += chunk }
            }
        }
        if format == .table { text = try Self.format(pending, as: .table, knowledge: knowledge, header: true) }
        if output != nil || format == .table { try Output.emit(text, to: output) }
        Console.detail("\(relationCount) relations from \(documents) documents")
    }

    /// Extracts JSON Lines articles from standard input, writing each one's relations when it is done.
    func stream() throws {
        let format = self.format ?? .jsonl
        let knowledge = try DataLocator.knowledge(input.data)
        var headerWritten = false
        var lines = LineReader(descriptor: 0)
        let summary = try ArticleStream(extractor: Extractor(knowledge: knowledge)).run(
            &lines, source: "<stdin>",
            write: { relations in
                let chunk = try Self.format(relations, as: format, knowledge: knowledge, header: !headerWritten)
                headerWritten = true
                FileHandle.standardOutput.write(Data(chunk.utf8))
            },
            skip: { error in Console.error("warning: \(error) (line skipped)") })
        if summary.badLines > 0 {
            Console.error("warning: \(summary.badLines) bad line\(summary.badLines == 1 ? "" : "s") skipped; the other \(summary.articles) articles were read")
        }
        Console.detail("\(summary.relations) relations from \(summary.articles) documents")
    }

    static func name(_ id: ActorID?, _ knowledge: Knowledge) -> String {
        guard let id else { return "" }
        return knowledge.actors[id]?.name ?? id.rawValue
    }

    static func format(_ relations: [Relation], as format: Format, knowledge: Knowledge, header: Bool = true) throws -> String {
        switch format {
        case .jsonl:
            return try RelationLines.text(relations)
        case .csv:
            let table = Table.csv(
                ["source", "target", "kind", "sign", "mode", "modality", "date", "confidence", "document", "sentence", "start", "end", "speaker", "cue", "evidence"],
                relations.map { r in
                    [r.source.rawValue, r.target.rawValue, r.kind.rawValue, String(r.sign.rawValue), r.mode ?? "", r.modality.rawValue,
                     r.date?.description ?? "", Table.number(r.confidence), r.evidence.document,
                     r.evidence.sentenceIndex.map(String.init) ?? "", r.evidence.characterRange.map { String($0.lowerBound) } ?? "",
                     r.evidence.characterRange.map { String($0.upperBound) } ?? "", r.evidence.speaker?.rawValue ?? "",
                     r.evidence.cue ?? "", r.evidence.sentence ?? ""]
                })
            return header ? table : String(table.drop { $0 != "\n" }.dropFirst())
        case .table:
            if relations.isEmpty { return "no relations found\n" }
            return Table.render(
                ["SOURCE", "RELATION", "TARGET", "MODALITY", "CONF", "WHERE", "SPEAKER", "EVIDENCE"],
                relations.map { r in
                    [name(r.source, knowledge), r.kind.rawValue + (r.sign == .cooperative ? " (+)" : r.sign == .hostile ? " (-)" : ""),
                     name(r.target, knowledge), r.modality.rawValue, Table.number(r.confidence),
                     "\(r.evidence.document):\(r.evidence.sentenceIndex.map(String.init) ?? "-")",
                     name(r.evidence.speaker, knowledge), Table.shorten(r.evidence.sentence ?? "", 90)]
                })
        }
    }
}
