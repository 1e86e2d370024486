import CGraphviz
import Foundation

/// Renders DOT text to SVG, PNG or PDF with Graphviz's C library, in this process.
///
/// There is one renderer, ``shared``: it owns the one Graphviz context of the
/// process and a lock that every Graphviz call goes through, because the
/// library is not thread safe (concurrent renders crash it). Calls from many
/// threads or tasks are safe and run one at a time. Every graph, layout and
/// output buffer is freed before a call returns; the context lives on.
///
/// Output is byte-for-byte repeatable for a named graph (`digraph g { ... }`);
/// Graphviz names anonymous graphs by a counter (`%3`, `%7` ...) that it puts
/// in the SVG title.
///
/// The renderer takes DOT text and knows nothing of actors or relations, so it
/// renders DOT from any source. Graphviz trusts its input: for DOT that users
/// supply, prefer a child process with time and memory limits.
public final class GraphvizRenderer: Sendable {
    /// The renderer of this process.
    public static let shared = GraphvizRenderer()

    let session = LockedSession(Session())

    private init() {}

    deinit {
        session.withLock { $0.close() }
    }

    /// The drawing of `dot` in `format`, laid out by `layout`.
    ///
    /// - Throws: ``RenderError`` with the stage that failed and Graphviz's message.
    /// - Complexity: dominated by the layout; `dot` grows quickly past a few
    ///   hundred nodes, where ``LayoutEngine/sfdp`` is the better choice.
    public func render(dot: String, format: RenderFormat, layout: LayoutEngine = .dot)
        throws(RenderError) -> Data
    {
        let drawings = try render(dot: dot, formats: [format], layout: layout)
        return drawings[format]!
    }

    /// Drawings of `dot` in several formats from one layout.
    ///
    /// - Throws: ``RenderError`` with the stage that failed and Graphviz's message.
    public func render(dot: String, formats: [RenderFormat], layout: LayoutEngine = .dot)
        throws(RenderError) -> [RenderFormat: Data]
    {
        try session.withLock { (session: inout Session) throws(RenderError) -> [RenderFormat: Data] in
            try session.withLaidOutGraph(dot: dot, layout: layout) {
                (context, graph) throws(RenderError) -> [RenderFormat: Data] in
                var drawings: [RenderFormat: Data] = [:]
                for format in formats where drawings[format] == nil {
                    drawings[format] = try Session.renderData(context, graph, format)
                }
                return drawings
            }
        }
    }

    /// The drawing of `dot`, without blocking the caller's thread on the lock.
    public func render(dot: String, format: RenderFormat, layout: LayoutEngine = .dot) async
        throws(RenderError) -> Data
    {
        let result: Result<Data, RenderError> = await Task.detached(priority: .userInitiated) {
            do throws(RenderError) {
                return .success(try self.render(dot: dot, format: format, layout: layout))
            } catch {
                return .failure(error)
            }
        }.value
        return try result.get()
    }
}

/// The Graphviz context and the steps of one render; used only inside the lock.
struct Session {
    private var context: OpaquePointer?

    /// The context, made on first use with the error sink in place.
    mutating func openContext() throws(RenderError) -> OpaquePointer {
        if let context { return context }
        GraphvizMessages.install()
        GraphvizMessages.reset()
        guard let made = gvContext() else {
            let messages = GraphvizMessages.take()
            throw RenderError(
                stage: .setup, message: messages.summary ?? "gvContext() returned no context")
        }
        context = made
        return made
    }

    mutating func close() {
        if let context { gvFreeContext(context) }
        context = nil
    }

    /// Parses `dot`, lays it out, hands context and graph to `body`, then frees
    /// the layout and the graph whatever happens.
    mutating func withLaidOutGraph<Result>(
        dot: String, layout: LayoutEngine,
        _ body: (OpaquePointer, UnsafeMutablePointer<Agraph_t>) throws(RenderError) -> Result
    ) throws(RenderError) -> Result {
        let context = try openContext()
        let graph = try Self.parse(dot)
        defer { agclose(graph) }
        GraphvizMessages.reset()
        let status = gvLayout(context, graph, layout.graphvizName)
        guard status == 0 else {
            let messages = GraphvizMessages.take()
            let message = messages.summary ?? "layout with \(layout) failed (status \(status))"
            throw RenderError(
                stage: .layout, message: message,
                fix: message.contains("not recognized") ? RenderError.pluginFix : nil)
        }
        defer { gvFreeLayout(context, graph) }
        return try body(context, graph)
    }

    /// The graph `dot` describes; its first graph when it holds several.
    static func parse(_ dot: String) throws(RenderError) -> UnsafeMutablePointer<Agraph_t> {
        guard !dot.utf8.contains(0) else {
            throw RenderError(stage: .parse, message: "the DOT text contains a NUL character")
        }
        GraphvizMessages.reset()
        // The reader keeps state between parses: read-ahead from the last
        // text (a line break after its closing brace) would be counted in this
        // one's line numbers. A text that ends at its brace drains it; then
        // the counter restarts so messages give the line within `dot`.
        if let drain = agmemread("graph{}") { agclose(drain) }
        agreadline(1)
        guard let graph = agmemread(dot) else {
            let messages = GraphvizMessages.take()
            throw RenderError(
                stage: .parse,
                message: messages.summary
                    ?? "the text holds no graph (expected `digraph { ... }` or `graph { ... }`)")
        }
        return graph
    }

    /// One output format of a laid-out graph.
    static func renderData(
        _ context: OpaquePointer, _ graph: UnsafeMutablePointer<Agraph_t>, _ format: RenderFormat
    ) throws(RenderError) -> Data {
        GraphvizMessages.reset()
        var bytes: UnsafeMutablePointer<CChar>?
        let status = withLength { length in
            gvRenderData(context, graph, format.graphvizName, &bytes, length)
        }
        defer { if let bytes { gvFreeRenderData(bytes) } }
        guard status.result == 0, let bytes else {
            let messages = GraphvizMessages.take()
            let message = messages.summary ?? "rendering \(format) failed (status \(status.result))"
            throw RenderError(
                stage: .render, message: message,
                fix: message.contains("not recognized") ? RenderError.pluginFix : nil)
        }
        return Data(bytes: bytes, count: status.length)
    }

    /// Calls `body` with a length out-parameter of whatever integer type
    /// `gvRenderData` takes (`unsigned int` up to Graphviz 12, `size_t` after).
    static func withLength<Length: FixedWidthInteger>(
        _ body: (UnsafeMutablePointer<Length>) -> Int32
    ) -> (result: Int32, length: Int) {
        var length: Length = 0
        let result = body(&length)
        return (result, Int(length))
    }
}

/// The one Graphviz session behind a process-wide lock. A pthread mutex (via
/// NSLock) rather than `Synchronization.Mutex`, whose futex the thread
/// sanitizer cannot see, so `swift test --sanitize=thread` checks the real
/// ordering. Every Graphviz call, the error sink included, runs in `withLock`.
final class LockedSession: @unchecked Sendable {
    private let lock = NSLock()
    private var session: Session

    init(_ session: Session) { self.session = session }

    func withLock<T, E: Error>(_ body: (inout Session) throws(E) -> T) throws(E) -> T {
        lock.lock()
        defer { lock.unlock() }
        return try body(&session)
    }
}
