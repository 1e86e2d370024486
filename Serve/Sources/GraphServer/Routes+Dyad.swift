import GraphIO
import Hummingbird
import StanceGraph

/// `GET /api/dyad?first=NAME&second=NAME`: everything stated between two
/// actors, scored by events and listed report by report with the sentences,
/// as `geostance query relation` gives it.
extension GraphServer {
    func dyad(_ request: Request) throws -> Response {
        let query = QueryParameters(request)
        let a = try graph.actor(try query.required("first")), b = try graph.actor(try query.required("second"))
        let reports = try graph.reports.dyad(a.id, b.id), events = try graph.events.dyad(a.id, b.id)
        struct Answer: Encodable {
            var first, second: GraphServer.ActorRecord
            var netScore: Double
            var netSign: Int
            var events: Int
            var reports: Int
            var counts: [String: Int]
            var firstDate, lastDate: String?
            var relations: [RelationRecord]
            var trimmed: Bool
        }
        return try JSONBody.response(Answer(
            first: ActorRecord(a, in: graph.events), second: ActorRecord(b, in: graph.events),
            netScore: (events.netScore * 1e6).rounded() / 1e6, netSign: events.netSign.rawValue,
            events: events.relations.count, reports: reports.relations.count,
            counts: Dictionary(uniqueKeysWithValues: reports.countsByKind.map { ($0.key.rawValue, $0.value) }),
            firstDate: reports.firstDate?.description, lastDate: reports.lastDate?.description,
            relations: reports.relations.prefix(limits.dyadRelations).map(RelationRecord.init),
            trimmed: reports.relations.count > limits.dyadRelations))
    }
}
