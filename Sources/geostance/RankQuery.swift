import ArgumentParser
import Foundation
import StanceGraph

struct RankQuery: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rank",
        abstract: "Who matters: signed degree, share of unbalanced triads, and signed (PN) centrality per actor.",
        discussion: "Example: geostance query rank --rolled-up --by centrality")
    enum Key: String, ExpressibleByArgument, CaseIterable { case centrality, hostility, support, unbalanced }
    @OptionGroup var context: QueryContext
    @Option(help: "Order by centrality, hostility (received), support (received) or unbalanced (share of triads).")
    var by: Key = .centrality
    @Option(help: "At most this many actors.") var limit = 25

    func run() throws {
        let graph = try context.graph()
        var measures = graph.actorBalances()
        func value(_ m: ActorBalance) -> Double {
            switch by {
            case .centrality: return m.centrality
            case .hostility: return m.hostilityReceived
            case .support: return m.supportReceived
            case .unbalanced: return m.unbalancedShare
            }
        }
        measures.sort { value($0) != value($1) ? value($0) > value($1) : $0.actor < $1.actor }
        measures = Array(measures.prefix(limit))
        let rows = measures.map { m in
            [m.actor.rawValue, graph[m.actor]?.name ?? "", Table.number(m.centrality), Table.number(m.hostilityGiven),
             Table.number(m.hostilityReceived), Table.number(m.supportGiven), Table.number(m.supportReceived),
             "\(m.unbalancedTriads)/\(m.balancedTriads + m.unbalancedTriads)"]
        }
        let header = ["ACTOR", "NAME", "CENTRALITY", "HOSTILE OUT", "HOSTILE IN", "SUPPORT OUT", "SUPPORT IN", "UNBALANCED"]
        switch context.format {
        case .json: try Output.emit(Table.json(measures), to: nil)
        case .csv: try Output.emit(Table.csv(header.map { $0.lowercased() }, rows), to: nil)
        case .table: try Output.emit(Table.render(header, rows), to: nil)
        }
    }
}
