import ArgumentParser
import Foundation
import StanceGraph

struct PredictQuery: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "predict",
        abstract: "Pairs with no stated relation whose sign balance theory implies, with the triads behind each.",
        discussion: """
            "The enemy of my enemy": two actors who share partners imply a tie whose sign is the \
            product of theirs.

            Example:
              geostance query predict --actor Iran --rolled-up
            """)
    @OptionGroup var context: QueryContext
    @Option(help: "Only pairs involving this actor.") var actor: String?
    @Option(help: "Only pairs with at least this many shared partners.") var minimumWedges = 1
    @Option(help: "At most this many pairs.") var limit = 25

    func run() throws {
        let graph = try context.graph()
        let who = try actor.map { try context.actor($0, in: graph).id }
        let predictions = try graph.predictions(involving: who, minimumWedges: minimumWedges, limit: limit)
        func name(_ id: ActorID) -> String { graph[id]?.name ?? id.rawValue }
        let rows = predictions.map { p in
            [name(p.first), name(p.second), p.sign == .cooperative ? "+" : "-", String(p.agreeing), String(p.disagreeing),
             Table.number(p.confidence), p.wedges.prefix(4).map { name($0.via) }.joined(separator: ", ")]
        }
        switch context.format {
        case .json: try Output.emit(Table.json(predictions), to: nil)
        case .csv: try Output.emit(Table.csv(["first", "second", "sign", "agreeing", "disagreeing", "confidence", "via"], rows), to: nil)
        case .table:
            if rows.isEmpty { try Output.emit("no pairs to predict\n", to: nil); return }
            try Output.emit(Table.render(["FIRST", "SECOND", "SIGN", "AGREE", "DISAGREE", "CONF", "VIA"], rows), to: nil)
        }
    }
}
