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
        let knowledge = try DataLocator.knowledge(input.data)
        let paths = input.inputs.isEmpty ? try InputFiles.samplePaths(data: input.data) : input.inputs
        let documents = try InputFiles.documents(paths)
        let relations = Extractor(knowledge: knowledge).extract(from: documents, threads: input.threads).flatMap(\.relations)
        try Output.emit(Self.format(relations, as: format, knowledge: knowledge), to: output)
        Console.detail("\(relations.count) relations from \(documents.count) documents")
    }

    static func name(_ id: ActorID?, _ knowledge: Knowledge) -> String {
        guard let id else { return "" }
        return knowledge.actors[id]?.name ?? id.rawValue
    }

    static func format(_ relations: [Relation], as format: Format, knowledge: Knowledge) throws -> String {
        switch format {
        case .jsonl:
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            return try relations.map { String(decoding: try encoder.encode($0), as: UTF8.self) + "\n" }.joined()
        case .csv:
            return Table.csv(
                ["source", "target", "kind", "sign", "mode", "modality", "date", "confidence", "document", "sentence", "start", "end", "speaker", "cue", "evidence"],
                relations.map { r in
                    [r.source.rawValue, r.target.rawValue, r.kind.rawValue, String(r.sign), r.mode ?? "", r.modality.rawValue,
                     r.date?.description ?? "", Table.number(r.confidence), r.evidence.document,
                     r.evidence.sentenceIndex.map(String.init) ?? "", r.evidence.characterRange.map { String($0.lowerBound) } ?? "",
                     r.evidence.characterRange.map { String($0.upperBound) } ?? "", r.evidence.speaker?.rawValue ?? "",
                     r.evidence.cue ?? "", r.evidence.sentence ?? ""]
                })
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
