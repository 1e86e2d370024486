import Foundation
import GraphServer
import Hummingbird
import HummingbirdTesting
import StanceGraph
import Testing

/// A small graph with a hostile actor name and sentence, and a way to ask
/// the server's router without a socket.
enum ServeFixtures {
    static let hostileName = "<script>alert(1)</script> & \"Co\""
    static let hostileSentence = "They said <img src=x onerror=alert(2)> to <b>everyone</b>."

    static func relation(
        _ source: ActorID, _ target: ActorID, _ kind: RelationKind, _ sentence: Int, text: String? = nil,
        document: String = "d1"
    ) -> Relation {
        Relation(
            source: source, target: target, kind: kind, modality: .asserted,
            date: Day("2024-05-0\(1 + sentence % 9)"), confidence: 0.9,
            evidence: Evidence(document: document, sentenceIndex: sentence, sentence: text ?? "Sentence \(sentence)."))
    }

    /// Iran, Iraq, the United States, Israel, a militia, and an actor named like a script.
    static func graph() throws -> RelationGraph {
        try RelationGraph(
            actors: [
                Actor(id: "IRN", name: "Iran", kind: .state), Actor(id: "IRQ", name: "Iraq", kind: .state),
                Actor(id: "USA", name: "United States", kind: .state), Actor(id: "ISR", name: "Israel", kind: .state),
                Actor(id: "pmf", name: "Popular Mobilisation Forces", kind: .armedGroup, state: "IRQ"),
                Actor(id: "evil", name: hostileName, kind: .organisation),
                Actor(id: "lonely", name: "Lonely Island", kind: .state),
            ],
            relations: [
                relation("USA", "IRN", .accuse, 1), relation("USA", "IRN", .sanction, 2), relation("IRN", "USA", .threaten, 3),
                relation("IRN", "ISR", .threaten, 4), relation("USA", "ISR", .support, 5), relation("ISR", "USA", .agree, 6),
                relation("IRN", "IRQ", .support, 7), relation("IRQ", "IRN", .consult, 8), relation("pmf", "USA", .assault, 9),
                relation("IRN", "pmf", .aid, 10), relation("evil", "IRN", .accuse, 11, text: hostileSentence),
                relation("USA", "IRN", .accuse, 12, document: "d2"),
            ])
    }

    static func server(_ limits: ServeLimits = ServeLimits()) throws -> GraphServer {
        GraphServer(graph: try graph(), title: "fixture <graph>.json", limits: limits)
    }

    struct Answer {
        var status: HTTPResponse.Status
        var contentType: String?
        var text: String
        var headers: HTTPFields

        func json() throws -> [String: Any] {
            try #require(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        }

        /// The `{"error": {"message": ...}}` of a refusal.
        func message() throws -> String {
            let error = try #require(try json()["error"] as? [String: Any])
            return try #require(error["message"] as? String)
        }
    }

    /// Asks each of `paths` of a server in turn, through the router alone.
    static func ask(_ server: GraphServer, _ paths: [String], method: HTTPRequest.Method = .get) async throws -> [Answer] {
        let app = Application(router: server.router())
        return try await app.test(.router) { client in
            var answers: [Answer] = []
            for path in paths {
                let response = try await client.execute(uri: path, method: method)
                answers.append(Answer(
                    status: response.status, contentType: response.headers[.contentType],
                    text: String(buffer: response.body), headers: response.headers))
            }
            return answers
        }
    }

    static func ask(_ server: GraphServer, _ path: String, method: HTTPRequest.Method = .get) async throws -> Answer {
        try await ask(server, [path], method: method)[0]
    }
}
