import Hummingbird
import StanceGraph

/// `GET /api/neighbourhood?actor=NAME[&depth=1|2][&limit=N]`: the actors near an
/// actor and the ties among them, the strongest `limit` kept (100 unless asked,
/// at most ``ServeLimits/neighbourhoodActors``).
extension GraphServer {
    /// The depth a request asks for: 1 unless it says 2.
    func depth(_ query: QueryParameters) throws(ServeError) -> Int {
        try query.integer("depth", in: 1...2, default: 1)
    }

    func neighbourhood(_ request: Request) throws -> Response {
        let query = QueryParameters(request)
        let who = try graph.actor(try query.required("actor"))
        let depth = try depth(query)
        let events = graph.events
        let most = limits.neighbourhoodActors
        let limit = try query.integer("limit", in: 1...most, default: min(100, most))
        let near = try Neighbourhood(of: who.id, depth: depth, in: events, keeping: limit)
        struct Member: Encodable { var id, name, kind: String; var depth, strength: Int }
        struct Tie: Encodable {
            var source, target: String
            var relations, hostile, cooperative: Int
            var score: Double
        }
        struct Answer: Encodable {
            var actor: String
            var depth: Int
            var totalActors: Int
            var trimmed: Bool
            var actors: [Member]
            var ties: [Tie]
        }
        let ties = events.tallies(among: near.actors).map {
            Tie(source: $0.source.rawValue, target: $0.target.rawValue, relations: $0.relations, hostile: $0.hostile,
                cooperative: $0.cooperative, score: ($0.score * 1e6).rounded() / 1e6)
        }
        return try JSONBody.response(Answer(
            actor: who.id.rawValue, depth: depth, totalActors: near.total, trimmed: near.isTrimmed,
            actors: near.members.map { m in
                let actor = events[m.actor]
                return Member(
                    id: m.actor.rawValue, name: actor?.name ?? m.actor.rawValue, kind: actor?.kind.rawValue ?? "",
                    depth: m.depth, strength: m.strength)
            },
            ties: ties))
    }
}
