import ArgumentParser
import Foundation
import GraphIO
import StanceGraph

struct NeighboursQuery: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "neighbours",
        abstract: "The actors within a number of relations of an actor, and the relations among them.",
        discussion: "Example: geostance query neighbours Iraq --depth 2 --rolled-up")
    @Argument(help: "An actor id or name.") var actor: String
    @Option(help: "How many relations away.") var depth = 1
    @OptionGroup var context: QueryContext

    func run() throws {
        let graph = try context.graph()
        let who = try context.actor(actor, in: graph)
        let near = try graph.neighbourhood(of: who.id, depth: depth)
        let rows = near.relations.map { r in
            [r.source.rawValue, r.kind.rawValue, r.target.rawValue, r.modality.rawValue, Table.number(r.confidence),
             "\(r.evidence.document):\(r.evidence.sentenceIndex.map(String.init) ?? "-")"]
        }
        switch context.format {
        case .json: try Output.emit(Table.json(near.relations.map(RelationRecord.init)), to: nil)
        case .csv: try Output.emit(Table.csv(["source", "kind", "target", "modality", "confidence", "where"], rows), to: nil)
        case .table:
            try Output.emit("\(near.actors.count) actors within \(depth) of \(who.name) (\(who.id))\n" + (rows.isEmpty ? "" : Table.render(["SOURCE", "RELATION", "TARGET", "MODALITY", "CONF", "WHERE"], rows)), to: nil)
        }
    }
}
