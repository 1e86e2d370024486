import ArgumentParser
import Foundation
import GraphStore
import StanceGraph

struct Query: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Ask the graph who opposes, backs, cooperates or allies with whom.",
        discussion: """
            Each query takes a snapshot (--graph) or articles (default: Data/samples).

            Examples:
              geostance query opponents Iran --rolled-up
              geostance query relation Iran "United States" --graph graph.json
              geostance query path Iraq USA --format json
            """,
        subcommands: [Opponents.self, Supporters.self, Cooperators.self, Allies.self, RelationQuery.self, PathQuery.self,
                      Neighbours.self, Actors.self, ActorQuery.self, BalanceQuery.self, BlocsQuery.self,
                      PredictQuery.self, RankQuery.self, TimelineQuery.self, ChangesQuery.self])
}

/// The graph a query runs on, filtered and possibly rolled up.
struct QueryContext: ParsableArguments {
    @OptionGroup var input: InputOptions
    @OptionGroup var filters: FilterOptions
    @OptionGroup var counting: CountOptions

    @Option(help: "Output format: table, json or csv.")
    var format: TableFormat = .table

    /// The graph filtered, rolled up when asked, and counted by events unless --count reports.
    func graph() throws -> RelationGraph {
        counting.apply(to: try reportGraph())
    }

    /// The graph filtered and rolled up, every report a relation of its own.
    func reportGraph() throws -> RelationGraph {
        filters.apply(to: try input.loadGraph())
    }

    /// The graph as far as a query about the actor `name` reads it: from a
    /// store, every actor and role but only the relations of that actor and,
    /// rolled up, of the sectors and office holders that fold into it (read
    /// through the store's indexes); otherwise the whole graph. Office
    /// holders fold in through a role in the actor or in one of its sectors
    /// (an ICEWS minister is a member of `USA.government`).
    func graph(around name: String) throws -> RelationGraph {
        guard let path = input.graph, GraphFiles.isStore(path) else { return try graph() }
        input.applyVerbosity()
        let store = try GraphFiles.open(path, mode: .read)
        let cast = try GraphFiles.storeCall(path) { () throws(StoreError) in try store.graph(touching: []) }
        // A name that does not resolve: the whole graph, so the error and suggestions are the usual ones.
        guard let who = try? cast.actor(named: name) else { return try graph() }
        var scope: Set<ActorID> = [who.id]
        if filters.rolledUp {
            for actor in cast.actors where actor.kind == .sector && actor.state == who.id { scope.insert(actor.id) }
            for role in cast.roles where scope.contains(role.organisation) { scope.insert(role.holder) }
        }
        return counting.apply(to: filters.apply(to: try GraphFiles.storeCall(path) { () throws(StoreError) in try store.graph(touching: scope) }))
    }

    /// Prints one of the standing queries (opponents, supporters, cooperators, allies) for an actor.
    func printStandings(
        of name: String, _ what: String, _ query: (RelationGraph, ActorID) throws -> [Standing]
    ) throws {
        let graph = try graph(around: name)
        let who = try actor(name, in: graph)
        try StandingOutput.print(try query(graph, who.id), in: graph, format: format, empty: "no \(what) of \(who.name) (\(who.id))")
    }

    func actor(_ name: String, in graph: RelationGraph) throws -> Actor {
        do {
            return try graph.actor(named: name)
        } catch {
            throw CLIError(error.description)
        }
    }
}

/// JSON shape of a standing.
struct StandingRecord: Encodable {
    var actor: String
    var name: String
    var score: Double
    var counts: [String: Int]
    var evidence: [EvidenceRecord]
}

struct EvidenceRecord: Encodable {
    var source: String
    var target: String
    var kind: String
    var modality: String
    var date: String?
    var confidence: Double
    var document: String
    var sentenceIndex: Int?
    var characterRange: [Int]?
    var sentence: String?
    var speaker: String?
    var cue: String?

    init(_ r: Relation) {
        source = r.source.rawValue
        target = r.target.rawValue
        kind = r.kind.rawValue
        modality = r.modality.rawValue
        date = r.date?.description
        confidence = r.confidence
        document = r.evidence.document
        sentenceIndex = r.evidence.sentenceIndex
        characterRange = r.evidence.characterRange.map { [$0.lowerBound, $0.upperBound] }
        sentence = r.evidence.sentence
        speaker = r.evidence.speaker?.rawValue
        cue = r.evidence.cue
    }
}

enum StandingOutput {
    static func counts(_ standing: Standing) -> String {
        standing.countsByKind.sorted { $0.key < $1.key }.map { "\($0.key.rawValue) \($0.value)" }.joined(separator: ", ")
    }

    static func print(_ standings: [Standing], in graph: RelationGraph, format: TableFormat, empty: String) throws {
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
                    evidence: s.relations.map(EvidenceRecord.init))
            }), to: nil)
        }
    }
}

struct Opponents: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Who acts against an actor (hostile relations aimed at it), strongest first.",
        discussion: """
            Counts every hostile relation aimed at the actor: accuse, reject, threaten, protest,
            sanction, mobilize, coerce, assault, a request made as a demand, and hostility
            (symmetric, so stated either way). Verbal and material conflict alike; the
            RELATIONS column gives each partner's counts by kind.
            Example: geostance query opponents Iran --rolled-up
            """)
    @Argument(help: "An actor id or name (IRN, Iran, Khamenei).") var actor: String
    @OptionGroup var context: QueryContext

    func run() throws {
        try context.printStandings(of: actor, "opponents") { try $0.opponents(of: $1) }
    }
}

struct Supporters: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Who backs an actor (support, aid, backing, alliance), strongest first.",
        discussion: """
            Counts only relations that back the actor: support (praise, endorsement), aid
            (material, military or humanitarian) and backing aimed at it, and alliance
            (defence pacts; symmetric, so stated either way). Agreeing, consulting, conceding
            or cooperating is not support: see `query cooperators`.
            Example: geostance query supporters Iraq --rolled-up
            """)
    @Argument(help: "An actor id or name.") var actor: String
    @OptionGroup var context: QueryContext

    func run() throws {
        try context.printStandings(of: actor, "supporters") { try $0.supporters(of: $1) }
    }
}

struct Cooperators: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Who cooperates with an actor without backing it, strongest first.",
        discussion: """
            Counts the cooperative relations aimed at the actor that are not support: agree,
            consult, concede, cooperate, retreat, non-aggression, non-interference and a
            request made as an appeal. With `query supporters` it covers every cooperative
            relation aimed at the actor.
            Example: geostance query cooperators Israel --rolled-up
            """)
    @Argument(help: "An actor id or name.") var actor: String
    @OptionGroup var context: QueryContext

    func run() throws {
        try context.printStandings(of: actor, "cooperators") { try $0.cooperators(of: $1) }
    }
}

struct Allies: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Who an actor has cooperative relations with, either direction.",
        discussion: """
            Counts every cooperative relation between the actor and a partner, whoever states
            it: support and cooperation alike (agree, consult, support, concede, cooperate,
            aid, retreat, alliance, non-aggression, non-interference, backing, and a request
            made as an appeal).
            Example: geostance query allies USA --rolled-up
            """)
    @Argument(help: "An actor id or name.") var actor: String
    @OptionGroup var context: QueryContext

    func run() throws {
        try context.printStandings(of: actor, "allies") { try $0.allies(of: $1) }
    }
}

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
                var relations: [EvidenceRecord]
            }
            try Output.emit(Table.json(Record(
                first: a.id.rawValue, second: b.id.rawValue, netScore: events.netScore, netSign: events.netSign,
                events: events.relations.count,
                counts: Dictionary(uniqueKeysWithValues: dyad.countsByKind.map { ($0.key.rawValue, $0.value) }),
                firstDate: dyad.firstDate?.description, lastDate: dyad.lastDate?.description,
                relations: dyad.relations.map(EvidenceRecord.init))), to: nil)
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
                let sign = events.netSign > 0 ? "cooperative" : events.netSign < 0 ? "hostile" : "neutral"
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

struct PathQuery: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "path",
        abstract: "The shortest chain of relations from one actor to another.",
        discussion: "Example: geostance query path Iraq USA --undirected")
    @Argument(help: "Where the path starts.") var from: String
    @Argument(help: "Where it ends.") var to: String
    @Flag(help: "Follow relations in both directions.") var undirected = false
    @Option(help: "Follow only relations of this sign: positive, negative or neutral.") var sign: String?
    @OptionGroup var context: QueryContext

    func validate() throws {
        if let sign, !["positive", "negative", "neutral"].contains(sign) {
            throw ValidationError("--sign must be positive, negative or neutral")
        }
    }

    func run() throws {
        let graph = try context.graph()
        let a = try context.actor(from, in: graph), b = try context.actor(to, in: graph)
        let signs: Set<Int>? = sign.map { ["positive": [1], "negative": [-1], "neutral": [0]][$0]! }
        let path = try graph.shortestPath(from: a.id, to: b.id, signs: signs, directed: !undirected)
        switch context.format {
        case .json:
            struct Record: Encodable { var from, to: String; var path: [String]?; var hops: Int }
            try Output.emit(Table.json(Record(from: a.id.rawValue, to: b.id.rawValue, path: path?.map(\.rawValue), hops: path.map { $0.count - 1 } ?? -1)), to: nil)
        case .csv:
            try Output.emit(Table.csv(["step", "actor", "name"], (path ?? []).enumerated().map { [String($0.offset), $0.element.rawValue, graph[$0.element]?.name ?? ""] }), to: nil)
        case .table:
            guard let path else {
                try Output.emit("no path from \(a.name) (\(a.id)) to \(b.name) (\(b.id))\n", to: nil)
                return
            }
            try Output.emit(path.map { "\(graph[$0]?.name ?? $0.rawValue) (\($0))" }.joined(separator: " -> ") + "\n", to: nil)
        }
    }
}

struct Neighbours: ParsableCommand {
    static let configuration = CommandConfiguration(
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
        case .json: try Output.emit(Table.json(near.relations.map(EvidenceRecord.init)), to: nil)
        case .csv: try Output.emit(Table.csv(["source", "kind", "target", "modality", "confidence", "where"], rows), to: nil)
        case .table:
            try Output.emit("\(near.actors.count) actors within \(depth) of \(who.name) (\(who.id))\n" + (rows.isEmpty ? "" : Table.render(["SOURCE", "RELATION", "TARGET", "MODALITY", "CONF", "WHERE"], rows)), to: nil)
        }
    }
}

struct Actors: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List the actors in the graph.",
        discussion: "Example: geostance query actors --kind state person")
    @Option(name: .long, parsing: .upToNextOption, help: "Only these kinds: state, sector, person, party, armed-group, organisation, igo.")
    var kind: [String] = []
    @OptionGroup var input: InputOptions
    @Flag(name: .customLong("rolled-up"), help: "Fold persons and state sectors into the state they act for.")
    var rolledUp = false
    @Option(help: "Output format: table, json or csv.") var format: TableFormat = .table

    func validate() throws {
        for name in kind where ActorKind(rawValue: name) == nil {
            throw ValidationError("unknown actor kind '\(name)'; kinds: \(ActorKind.allCases.map(\.rawValue).joined(separator: ", "))")
        }
    }

    func run() throws {
        let loaded = try input.loadGraph()
        let graph = rolledUp ? loaded.rolledUp() : loaded
        let kinds = Set(kind.compactMap(ActorKind.init(rawValue:)))
        let actors = graph.actors.filter { kinds.isEmpty || kinds.contains($0.kind) }
        let rows = actors.map { a in
            [a.id.rawValue, a.name, a.kind.rawValue, a.state?.rawValue ?? "",
             String(graph.relationCount(of: a.id))]
        }
        switch format {
        case .json:
            struct Record: Encodable { var id, name, kind: String; var state: String?; var relations: Int }
            try Output.emit(Table.json(actors.map { a in
                Record(id: a.id.rawValue, name: a.name, kind: a.kind.rawValue, state: a.state?.rawValue,
                       relations: graph.relationCount(of: a.id))
            }), to: nil)
        case .csv: try Output.emit(Table.csv(["id", "name", "kind", "state", "relations"], rows), to: nil)
        case .table: try Output.emit(Table.render(["ID", "NAME", "KIND", "STATE", "RELATIONS"], rows), to: nil)
        }
    }
}

struct ActorQuery: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "actor",
        abstract: "Who is this: an actor's id, kind, aliases and roles.",
        discussion: """
            Answers from the graph and from the gazetteer in the data folder, so an actor the
            articles never mention is still found with its dated offices.
            Example: geostance query actor Kadhimi
            """)
    @Argument(help: "An actor id or name.") var name: String
    @OptionGroup var context: QueryContext

    func run() throws {
        let found = try context.graph()
        // The gazetteer knows every listed actor and office, whatever the input holds.
        let gazetteer = try DataLocator.knowledge(context.input.data).gazetteerGraph
        let graph: RelationGraph
        if (try? found.actor(named: name)) != nil || (try? gazetteer.actor(named: name)) == nil {
            graph = found
        } else {
            graph = gazetteer
        }
        let who = try context.actor(name, in: graph)
        var roles = graph.roles(of: who.id)
        for role in gazetteer.roles(of: who.id) where !roles.contains(role) { roles.append(role) }
        roles.sort { ($0.from?.description ?? "", $0.office.rawValue) < ($1.from?.description ?? "", $1.office.rawValue) }
        switch context.format {
        case .json:
            struct RoleRecord: Encodable { var office, organisation: String; var from, to: String? }
            struct Record: Encodable { var id, name, kind: String; var state: String?; var aliases: [String]; var roles: [RoleRecord] }
            try Output.emit(Table.json(Record(
                id: who.id.rawValue, name: who.name, kind: who.kind.rawValue, state: who.state?.rawValue, aliases: who.aliases,
                roles: roles.map { RoleRecord(office: $0.office.rawValue, organisation: $0.organisation.rawValue, from: $0.from?.description, to: $0.to?.description) })), to: nil)
        case .csv:
            try Output.emit(Table.csv(["office", "organisation", "from", "to"], roles.map { [$0.office.rawValue, $0.organisation.rawValue, $0.from?.description ?? "", $0.to?.description ?? ""] }), to: nil)
        case .table:
            var text = "\(who.name) (\(who.id)), \(who.kind.rawValue)"
            if let state = who.state { text += " of \((graph[state] ?? gazetteer[state])?.name ?? state.rawValue)" }
            text += "\n"
            if !who.aliases.isEmpty { text += "also: \(who.aliases.joined(separator: ", "))\n" }
            for role in roles {
                let organisation = (graph[role.organisation] ?? gazetteer[role.organisation])?.name ?? role.organisation.rawValue
                text += "  \(role.office.title) of \(organisation), \(role.from?.description ?? "?") to \(role.to?.description ?? "now")\n"
            }
            try Output.emit(text, to: nil)
        }
    }
}
