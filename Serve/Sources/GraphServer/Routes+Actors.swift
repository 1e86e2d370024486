import GraphIO
import Hummingbird
import StanceGraph

/// `GET /api/actors?q=TEXT[&limit=N]`: actors whose name or id contains the text.
/// `GET /api/standings?actor=NAME[&limit=N]`: its opponents, supporters, cooperators and allies.
extension GraphServer {
    struct ActorRecord: Encodable {
        var id: String
        var name: String
        var kind: String
        var relations: Int

        init(_ actor: Actor, in graph: RelationGraph) {
            id = actor.id.rawValue
            name = actor.name
            kind = actor.kind.rawValue
            relations = graph.relationCount(of: actor.id)
        }
    }

    func searchActors(_ request: Request) throws -> Response {
        let query = QueryParameters(request)
        let text = try query.required("q")
        let limit = try query.integer("limit", in: 1...limits.searchResults, default: 20)
        struct Answer: Encodable { var query: String, actors: [ActorRecord] }
        let actors = graph.search(text, limit: limit).map { ActorRecord($0, in: graph.events) }
        return try JSONBody.response(Answer(query: text, actors: actors))
    }

    struct StandingRecord: Encodable {
        var actor: String
        var name: String
        var score: Double
        var relations: Int
        var counts: [String: Int]
        var evidence: [RelationRecord]
    }

    func standings(_ request: Request) throws -> Response {
        let query = QueryParameters(request)
        let who = try graph.actor(try query.required("actor"))
        let limit = try query.integer("limit", in: 1...limits.standings, default: 25)
        let events = graph.events
        func records(_ standings: Standings) -> [StandingRecord] {
            standings.prefix(limit).map { s in
                StandingRecord(
                    actor: s.actor.rawValue, name: events[s.actor]?.name ?? s.actor.rawValue,
                    score: (s.score * 1e6).rounded() / 1e6, relations: s.relationCount,
                    counts: Dictionary(uniqueKeysWithValues: s.countsByKind.map { ($0.key.rawValue, $0.value) }),
                    evidence: s.relations.prefix(limits.evidencePerStanding).map(RelationRecord.init))
            }
        }
        struct Answer: Encodable {
            var actor: ActorRecord
            var opponents, supporters, cooperators, allies: [StandingRecord]
            var totals: [String: Int]
        }
        // The actor resolved in this graph, so the queries cannot fail.
        let opponents = try events.opponents(of: who.id), supporters = try events.supporters(of: who.id)
        let cooperators = try events.cooperators(of: who.id), allies = try events.allies(of: who.id)
        return try JSONBody.response(Answer(
            actor: ActorRecord(who, in: events), opponents: records(opponents), supporters: records(supporters),
            cooperators: records(cooperators), allies: records(allies),
            totals: ["opponents": opponents.count, "supporters": supporters.count,
                     "cooperators": cooperators.count, "allies": allies.count]))
    }
}
