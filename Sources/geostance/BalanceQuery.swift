import ArgumentParser
import Foundation
import StanceGraph

struct BalanceQuery: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "balance",
        abstract: "Structural balance: the triad census, the frustration index, and the unbalanced triads with their evidence.",
        discussion: """
            A triad is balanced when the product of its three signed ties is positive ("the enemy \
            of my enemy is my friend"). The frustration index (Aref & Wilson 2019) is the fewest \
            ties whose removal makes the whole graph balanced. Ties are each pair's summed signed \
            relations; a zero sum is no tie.

            Examples:
              geostance query balance --rolled-up
              geostance query balance --rolled-up --over-time month --format json
            """)

    @OptionGroup var context: QueryContext
    @Option(help: "Also give the measures per window: month, or a number of days.") var overTime: String?
    @Option(help: "At most this many unbalanced triads listed.") var limit = 20

    func validate() throws {
        if let overTime, overTime != "month", Int(overTime).map({ $0 < 1 }) ?? true {
            throw ValidationError("--over-time must be month or a number of days")
        }
    }

    struct Record: Encodable {
        var triangles, balanced, unbalanced, withZero: Int
        var patterns: [String: Int]
        var balanceRatio: Double?
        var frustration: Double
        var frustrationIsExact: Bool
        var camps: [[String]]
        var unbalancedTriads: [[String: String]]
        var windows: [WindowRecord]?
    }

    struct WindowRecord: Encodable {
        var start, end: String
        var relations, balanced, unbalanced: Int
        var frustration: Double
    }

    func run() throws {
        let graph = try context.graph()
        // One projection for all three measures (each would otherwise build its own).
        let projection = graph.signedProjection()
        let census = projection.triadCensus()
        let frustration = projection.frustration()
        let triads = graph.unbalancedTriads(in: projection, limit: limit)
        func name(_ id: ActorID) -> String { graph[id]?.name ?? id.rawValue }
        func describe(_ triad: SignedTriad) -> String {
            triad.ties.map { "\(name($0.first)) \($0.sign == .cooperative ? "+" : "-") \(name($0.second))" }.joined(separator: ", ")
        }
        var windows: [BalanceWindow]?
        if let overTime {
            windows = graph.balanceOverTime(window: overTime == "month" ? .month : .days(Int(overTime)!))
        }
        switch context.format {
        case .json:
            try Output.emit(Table.json(Record(
                triangles: census.triangles, balanced: census.balanced, unbalanced: census.unbalanced,
                withZero: census.withZero, patterns: Dictionary(uniqueKeysWithValues: census.rows.map { ($0.pattern, $0.count) }),
                balanceRatio: census.balanceRatio, frustration: frustration.value, frustrationIsExact: frustration.isExact,
                camps: frustration.camps.map { $0.map(\.rawValue) },
                unbalancedTriads: triads.map { evidence in
                    ["actors": evidence.triad.actors.map(\.rawValue).joined(separator: ","), "signs": evidence.triad.pattern,
                     "ties": describe(evidence.triad),
                     "evidence": evidence.relations.compactMap(\.evidence.sentence).joined(separator: " | ")]
                },
                windows: windows?.map {
                    WindowRecord(start: $0.start.description, end: $0.end.description, relations: $0.relationCount,
                                 balanced: $0.census.balanced, unbalanced: $0.census.unbalanced, frustration: $0.frustration)
                })), to: nil)
        case .table, .csv:
            var text = "triads: \(census.triangles) (\(census.balanced) balanced, \(census.unbalanced) unbalanced, \(census.withZero) with a zero tie)"
            if let ratio = census.balanceRatio { text += ", balance ratio \(Table.number(ratio))" }
            text += "\n" + census.rows.map { "  \($0.pattern)  \($0.count)" }.joined(separator: "\n") + "\n"
            text += "frustration index: \(Table.number(frustration.value))\(frustration.isExact ? " (exact)" : " (heuristic)")\n"
            for (i, camp) in frustration.camps.enumerated() where !camp.isEmpty {
                text += "  camp \(i + 1): \(camp.map(name).joined(separator: ", "))\n"
            }
            if !triads.isEmpty {
                text += "unbalanced triads:\n"
                for evidence in triads {
                    text += "  \(evidence.triad.pattern)  \(describe(evidence.triad))\n"
                    for relation in evidence.relations.prefix(6) {
                        text += "      \(name(relation.source)) \(relation.kind.rawValue) \(name(relation.target)): \(Table.shorten(relation.evidence.sentence ?? "", 100))\n"
                    }
                }
            }
            if let windows {
                text += Table.render(["FROM", "TO", "RELATIONS", "BALANCED", "UNBALANCED", "FRUSTRATION"], windows.map {
                    [$0.start.description, $0.end.description, String($0.relationCount), String($0.census.balanced),
                     String($0.census.unbalanced), Table.number($0.frustration)]
                })
            }
            try Output.emit(text, to: nil)
        }
    }
}
