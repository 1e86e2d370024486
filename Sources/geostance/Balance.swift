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
            triad.ties.map { "\(name($0.first)) \($0.sign > 0 ? "+" : "-") \(name($0.second))" }.joined(separator: ", ")
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

struct BlocsQuery: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "blocs",
        abstract: "Split the actors into camps that minimise hostility inside and friendship across (Doreian & Mrvar).",
        discussion: """
            Deterministic for a given --seed.

            Example:
              geostance query blocs --camps 3 --rolled-up
            """)
    @OptionGroup var context: QueryContext
    @Option(help: "How many camps.") var camps = 2
    @Option(help: "Seed for the search.") var seed: UInt64 = 1

    func validate() throws {
        if camps < 1 { throw ValidationError("--camps must be at least 1") }
    }

    func run() throws {
        let graph = try context.graph()
        let blocs = graph.blocs(camps: camps, seed: seed)
        func name(_ id: ActorID) -> String { graph[id]?.name ?? id.rawValue }
        switch context.format {
        case .json: try Output.emit(Table.json(blocs), to: nil)
        case .csv:
            var rows: [[String]] = []
            for (i, camp) in blocs.camps.enumerated() { rows += camp.map { [String(i + 1), $0.rawValue, name($0)] } }
            rows += blocs.unaligned.map { ["", $0.rawValue, name($0)] }
            try Output.emit(Table.csv(["camp", "actor", "name"], rows), to: nil)
        case .table:
            var text = "\(blocs.camps.filter { !$0.isEmpty }.count) camps, error \(Table.number(blocs.error)) (hostile ties inside \(Table.number(blocs.negativeWithin)), friendly ties across \(Table.number(blocs.positiveBetween)))\n"
            for (i, camp) in blocs.camps.enumerated() where !camp.isEmpty {
                text += "camp \(i + 1): \(camp.map(name).joined(separator: ", "))\n"
            }
            if !blocs.unaligned.isEmpty { text += "no signed ties: \(blocs.unaligned.map(name).joined(separator: ", "))\n" }
            try Output.emit(text, to: nil)
        }
    }
}

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
            [name(p.first), name(p.second), p.sign > 0 ? "+" : "-", String(p.agreeing), String(p.disagreeing),
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
