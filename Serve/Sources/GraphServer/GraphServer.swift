import Hummingbird
import StanceGraph

/// A local web server over one graph held in memory: the page at `/`, and
/// JSON (or SVG) answers under `/api/` that the page asks for each view.
///
/// It serves only these routes and reads nothing from disk after it starts:
/// no request names a file. Every answer is bounded by ``ServeLimits``; a
/// request it cannot answer gets a 4xx status and `{"error": {"message": ...}}`.
package struct GraphServer: Sendable {
    package let graph: ServedGraph
    package let limits: ServeLimits
    /// What the page's header says the graph is (a file name).
    package let title: String
    let drawings: AnswerCache
    let answers: AnswerCache

    package init(graph: RelationGraph, title: String, limits: ServeLimits = ServeLimits()) {
        self.graph = ServedGraph(graph)
        self.limits = limits
        self.title = title
        drawings = AnswerCache(capacity: limits.cachedDrawings)
        answers = AnswerCache(capacity: 2 + limits.camps * 4)
    }

    /// Every route, each handled by one method (the `Routes+` files).
    package func router() -> Router<BasicRequestContext> {
        let router = Router()
        router.get("/") { _, _ in page() }
        router.get("/api/summary") { _, _ in try summary() }
        router.get("/api/actors") { request, _ in try searchActors(request) }
        router.get("/api/standings") { request, _ in try standings(request) }
        router.get("/api/neighbourhood") { request, _ in try neighbourhood(request) }
        router.get("/api/neighbourhood.svg") { request, _ in try await neighbourhoodDrawing(request) }
        router.get("/api/dyad") { request, _ in try dyad(request) }
        router.get("/api/matrix") { request, _ in try matrix(request) }
        router.get("/api/balance") { request, _ in try await balance(request) }
        router.get("/api/blocs") { request, _ in try await blocs(request) }
        return router
    }

    /// The server on `host` and `port` (0 for any free port), calling
    /// `onServerRunning` with the port it bound. Run it with `runService()`,
    /// which stops it cleanly on SIGTERM or SIGINT.
    package func application(
        host: String, port: Int,
        onServerRunning: @escaping @Sendable (Int) async -> Void = { _ in }
    ) -> some ApplicationProtocol {
        Application(
            router: router(), configuration: ApplicationConfiguration(address: .hostname(host, port: port), serverName: "geostance"),
            onServerRunning: { channel in await onServerRunning(channel.localAddress?.port ?? port) })
    }

    /// `GET /api/summary`: what the graph holds, and the limits of the answers.
    func summary() throws -> Response {
        struct Answer: Encodable {
            var title: String
            var actors, relations, events: Int
            var limits: [String: Int]
        }
        return try JSONBody.response(Answer(
            title: title, actors: graph.events.actors.count, relations: graph.reports.relations.count,
            events: graph.events.relations.count,
            limits: ["searchResults": limits.searchResults, "standings": limits.standings,
                     "neighbourhoodActors": limits.neighbourhoodActors, "drawingActors": limits.drawingActors,
                     "matrixActors": limits.matrixActors, "camps": limits.camps]))
    }
}
