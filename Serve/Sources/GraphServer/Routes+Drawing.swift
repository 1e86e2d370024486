import GraphIO
import GraphvizRendering
import Hummingbird
import StanceGraph

/// `GET /api/neighbourhood.svg?actor=NAME[&depth=1|2]`: the neighbourhood
/// drawn by Graphviz in process (behind its one lock), cached per actor and
/// depth; refused with 422 above ``ServeLimits/drawingActors``.
extension GraphServer {
    func neighbourhoodDrawing(_ request: Request) async throws -> Response {
        let query = QueryParameters(request)
        let who = try graph.actor(try query.required("actor"))
        let depth = try depth(query)
        let events = graph.events, limit = limits.drawingActors
        let near = try Neighbourhood(of: who.id, depth: depth, in: events, keeping: limit + 1)
        if near.total > limit {
            throw ServeError(
                .unprocessableContent,
                "the neighbourhood of \(who.name) (\(who.id)) at depth \(depth) holds \(near.total) actors; "
                    + "drawings hold at most \(limit)" + (depth > 1 ? ": ask for depth 1" : "")
                    + " (the JSON view /api/neighbourhood lists the strongest)")
        }
        let kept = near.actors
        let title = "\(who.name): \(depth == 1 ? "partners" : "two steps")"
        let result = await drawings.answer(for: "\(who.id.rawValue)\u{0}\(depth)") {
            await Self.draw(events.subgraph(actors: kept), title: title)
        }
        let svg = try result.get()
        return Response(
            status: .ok, headers: Headers.common(contentType: "image/svg+xml; charset=utf-8"),
            body: ResponseBody(byteBuffer: ByteBuffer(string: svg)))
    }

    /// `graph` as an SVG drawing the page can inline: element ids on, checked
    /// by ``InlineSVG/sanitized(_:name:)`` like the report's.
    static func draw(_ graph: RelationGraph, title: String) async -> Result<String, ServeError> {
        let options = DOTOptions(title: title, elementIDs: true, tooltips: false)
        let dot = DOTWriter.encode(graph, options: options)
        let layout: LayoutEngine = dot.recommendedLayout == "sfdp" ? .sfdp : .dot
        do {
            let data = try await GraphvizRenderer.shared.render(dot: dot.text, format: .svg, layout: layout)
            return .success(try InlineSVG.sanitized(String(decoding: data, as: UTF8.self), name: "neighbourhood"))
        } catch {
            return .failure(ServeError(.internalServerError, "the drawing failed: \(error)"))
        }
    }
}
