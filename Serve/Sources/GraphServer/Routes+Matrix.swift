import Hummingbird
import StanceGraph

/// `GET /api/matrix?actor=A&actor=B...`: the net signed score of every
/// ordered pair of a chosen set (rows act on columns), counted by events;
/// refused with 422 above ``ServeLimits/matrixActors``.
extension GraphServer {
    func matrix(_ request: Request) throws -> Response {
        let names = QueryParameters(request).all("actor")
        guard !names.isEmpty else { throw ServeError(.badRequest, "name the actors of the matrix: actor=A&actor=B ...") }
        guard names.count <= limits.matrixActors else {
            throw ServeError(.unprocessableContent, "a matrix holds at most \(limits.matrixActors) actors, not \(names.count)")
        }
        var actors: [Actor] = []
        for name in names {
            let actor = try graph.actor(name)
            if !actors.contains(where: { $0.id == actor.id }) { actors.append(actor) }
        }
        let events = graph.events
        let index = Dictionary(uniqueKeysWithValues: actors.enumerated().map { ($1.id, $0) })
        var scores = [[Double]](repeating: [Double](repeating: 0, count: actors.count), count: actors.count)
        var counts = [[Int]](repeating: [Int](repeating: 0, count: actors.count), count: actors.count)
        for tally in events.tallies(among: Set(actors.map(\.id))) {
            let row = index[tally.source]!, column = index[tally.target]!
            scores[row][column] = tally.score
            counts[row][column] = tally.relations
        }
        struct Answer: Encodable {
            var actors: [GraphServer.ActorRecord]
            var scores: [[Double]]
            var relations: [[Int]]
        }
        return try JSONBody.response(Answer(
            actors: actors.map { ActorRecord($0, in: events) },
            scores: scores.map { $0.map { ($0 * 1e6).rounded() / 1e6 } }, relations: counts))
    }
}
