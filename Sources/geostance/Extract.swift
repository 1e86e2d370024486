import ArgumentParser
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
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable { case table, jsonl, csv }

    @OptionGroup var input: InputOptions

    @Option(help: "Output format: table, jsonl or csv.")
    var format: Format = .table

    @Option(name: .shortAndLong, help: "Write to this file instead of standard output.")
    var output: String?

    func validate() throws {
        if input.graph != nil { throw ValidationError("extract reads articles; --graph is for query, export and render") }
    }

    func run() throws {
        input.applyVerbosity()
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

    static func name(_ id: ActorID?, _ knowledge: Knowledge) -> String {
        guard let id else { return "" }
        return knowledge.actors[id]?.name ?? id.rawValue
    }

    static func format(_ relations: [Relation], as format: Format, knowledge: Knowledge, header: Bool = true) throws -> String {
        switch format {
        case .jsonl:
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            return try relations.map { String(decoding: try encoder.encode($0), as: UTF8.self) + "\n" }.joined()
        case .csv:
            let table = Table.csv(
                ["source", "target", "kind", "sign", "mode", "modality", "date", "confidence", "document", "sentence", "start", "end", "speaker", "cue", "evidence"],
                relations.map { r in
                    [r.source.rawValue, r.target.rawValue, r.kind.rawValue, String(r.sign), r.mode ?? "", r.modality.rawValue,
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
                    [name(r.source, knowledge), r.kind.rawValue + (r.sign > 0 ? " (+)" : r.sign < 0 ? " (-)" : ""),
                     name(r.target, knowledge), r.modality.rawValue, Table.number(r.confidence),
                     "\(r.evidence.document):\(r.evidence.sentenceIndex.map(String.init) ?? "-")",
                     name(r.evidence.speaker, knowledge), Table.shorten(r.evidence.sentence ?? "", 90)]
                })
        }
    }
}
