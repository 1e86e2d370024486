import Foundation
import GraphIO
import StanceGraph

/// JSON shape of a standing.
struct StandingRecord: Encodable {
    var actor: String
    var name: String
    var score: Double
    var counts: [String: Int]
    var evidence: [RelationRecord]
}

enum StandingOutput {
    static func counts(_ standing: Standing) -> String {
        standing.countsByKind.sorted { $0.key < $1.key }.map { "\($0.key.rawValue) \($0.value)" }.joined(separator: ", ")
    }

    static func print(_ standings: Standings, in graph: RelationGraph, format: TableFormat, empty: String) throws {
        switch format {
        case .table:
            if standings.isEmpty { try Output.emit(empty + "\n", to: nil); return }
            try Output.emit(Table.render(
                ["ACTOR", "NAME", "SCORE", "RELATIONS"],
                standings.map { [$0.actor.rawValue, graph[$0.actor]?.name ?? "", Table.number($0.score), counts($0)] }), to: nil)
        case .csv:
            try Output.emit(Table.csv(
                ["actor", "name", "score", "relations"],
                standings.map { [$0.actor.rawValue, graph[$0.actor]?.name ?? "", Table.number($0.score), counts($0)] }), to: nil)
        case .json:
            try Output.emit(Table.json(standings.map { s in
                StandingRecord(
                    actor: s.actor.rawValue, name: graph[s.actor]?.name ?? "", score: (s.score * 1e6).rounded() / 1e6,
                    counts: Dictionary(uniqueKeysWithValues: s.countsByKind.map { ($0.key.rawValue, $0.value) }),
                    evidence: s.relations.map(RelationRecord.init))
            }), to: nil)
        }
    }
}
