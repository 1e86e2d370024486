import Foundation
import GraphIO
import Hummingbird
import StanceGraph

/// `GET /api/balance`: the triad census, the frustration index and the first
/// unbalanced triads with their sentences, as `geostance query balance`.
/// `GET /api/blocs[?camps=N&seed=S]`: camps that minimise hostility inside
/// and friendship across, as `geostance query blocs`.
/// Both read the whole graph, so each answer is computed once and cached.
extension GraphServer {
    func balance(_ request: Request) async throws -> Response {
        let events = graph.events, limit = limits.triads
        let result = await answers.answer(for: "balance") {
            let projection = events.signedProjection()
            let census = projection.triadCensus()
            let frustration = projection.frustration()
            let triads = events.unbalancedTriads(in: projection, limit: limit)
            struct Triad: Encodable {
                var actors: [String]
                var pattern: String
                var evidence: [RelationRecord]
            }
            struct Answer: Encodable {
                var triangles, balanced, unbalanced, withZero: Int
                var patterns: [String: Int]
                var balanceRatio: Double?
                var frustration: Double
                var frustrationIsExact: Bool
                var camps: [[ActorRef]]
                var unbalancedTriads: [Triad]
            }
            return Result { () throws(ServeError) -> String in
                do {
                    return try JSONBody.text(Answer(
                        triangles: census.triangles, balanced: census.balanced, unbalanced: census.unbalanced,
                        withZero: census.withZero,
                        patterns: Dictionary(uniqueKeysWithValues: census.rows.map { ($0.pattern, $0.count) }),
                        balanceRatio: census.balanceRatio, frustration: frustration.value,
                        frustrationIsExact: frustration.isExact, camps: frustration.camps.map { $0.map { ActorRef($0, in: events) } },
                        unbalancedTriads: triads.map {
                            Triad(actors: $0.triad.actors.map(\.rawValue), pattern: $0.triad.pattern,
                                  evidence: $0.relations.prefix(6).map(RelationRecord.init))
                        }))
                } catch {
                    throw ServeError(.internalServerError, "the balance could not be written: \(error)")
                }
            }
        }
        return JSONBody.response(text: try result.get())
    }

    func blocs(_ request: Request) async throws -> Response {
        let query = QueryParameters(request)
        let camps = try query.integer("camps", in: 1...limits.camps, default: 2)
        let seed = try query.integer("seed", in: 0...Int(Int32.max), default: 1)
        let events = graph.events
        let result = await answers.answer(for: "blocs\u{0}\(camps)\u{0}\(seed)") {
            let blocs = events.blocs(camps: camps, seed: UInt64(seed))
            struct Answer: Encodable {
                var camps: [[ActorRef]]
                var unaligned: [ActorRef]
                var error, negativeWithin, positiveBetween: Double
            }
            return Result { () throws(ServeError) -> String in
                do {
                    return try JSONBody.text(Answer(
                        camps: blocs.camps.map { $0.map { ActorRef($0, in: events) } }, unaligned: blocs.unaligned.map { ActorRef($0, in: events) },
                        error: blocs.error, negativeWithin: blocs.negativeWithin, positiveBetween: blocs.positiveBetween))
                } catch {
                    throw ServeError(.internalServerError, "the blocs could not be written: \(error)")
                }
            }
        }
        return JSONBody.response(text: try result.get())
    }
}

/// An actor's id and name.
struct ActorRef: Encodable {
    var id: String
    var name: String

    init(_ actor: ActorID, in graph: RelationGraph) {
        id = actor.rawValue
        name = graph[actor]?.name ?? actor.rawValue
    }
}
