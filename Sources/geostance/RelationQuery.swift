import ArgumentParser
import Foundation
import GraphIO
import StanceGraph

struct RelationQuery: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "relation",
        abstract: "Everything stated between two actors, with the evidence.",
        discussion: "Example: geostance query relation Iran USA --rolled-up")
    @Argument(help: "The first actor.") var first: String
    @Argument(help: "The second actor.") var second: String
    @OptionGroup var context: QueryContext

    func run() throws {
        // The score counts events (unless --count reports); the listing gives every report.
        let reportGraph = try context.reportGraph()
        let graph = context.counting.apply(to: reportGraph)
        let a = try context.actor(first, in: graph), b = try context.actor(second, in: graph)
        let dyad = try reportGraph.dyad(a.id, b.id)
        let events = try graph.dyad(a.id, b.id)
        switch context.format {
        case .json:
            struct Record: Encodable {
                var first, second: String
                var netScore: Double
                var netSign: Int
                var events: Int
                var counts: [String: Int]
                var firstDate, lastDate: String?
                var relations: [RelationRecord]
            }
            try Output.emit(Table.json(Record(
                first: a.id.rawValue, second: b.id.rawValue, netScore: events.netScore, netSign: events.netSign.rawValue,
                events: events.relations.count,
                counts: Dictionary(uniqueKeysWithValues: dyad.countsByKind.map { ($0.key.rawValue, $0.value) }),
                firstDate: dyad.firstDate?.description, lastDate: dyad.lastDate?.description,
                relations: dyad.relations.map(RelationRecord.init))), to: nil)
        case .table, .csv:
            let rows = dyad.relations.map { r in
                [graph[r.source]?.name ?? r.source.rawValue, r.kind.rawValue, graph[r.target]?.name ?? r.target.rawValue,
                 r.modality.rawValue, r.date?.description ?? "", Table.number(r.confidence),
                 "\(r.evidence.document):\(r.evidence.sentenceIndex.map(String.init) ?? "-")",
                 r.evidence.speaker.map { graph[$0]?.name ?? $0.rawValue } ?? "", r.evidence.sentence ?? ""]
            }
            let header = ["SOURCE", "RELATION", "TARGET", "MODALITY", "DATE", "CONF", "WHERE", "SPEAKER", "EVIDENCE"]
            if context.format == .csv {
                try Output.emit(Table.csv(header.map { $0.lowercased() }, rows), to: nil)
            } else {
                let sign = events.netSign == .cooperative ? "cooperative" : events.netSign == .hostile ? "hostile" : "neutral"
                let reports = dyad.relations.count, eventCount = events.relations.count
                var counted = "\(reports) relation\(reports == 1 ? "" : "s")"
                if context.counting.count == .events {
                    counted = "\(eventCount) event\(eventCount == 1 ? "" : "s") from " + counted
                }
                var text = "\(a.name) (\(a.id)) and \(b.name) (\(b.id)): net \(Table.number(events.netScore)), \(sign), \(counted)\n"
                if !rows.isEmpty { text += Table.render(header, rows) }
                try Output.emit(text, to: nil)
            }
        }
    }
}
