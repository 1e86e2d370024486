import CGraphviz

/// What Graphviz made of DOT text: its labels after escapes and entities were
/// interpreted, and the raw values of chosen attributes.
package struct InspectedGraph: Hashable, Sendable {
    package struct Node: Hashable, Sendable {
        package var name: String
        /// The label's lines joined by newlines; `nil` for an HTML-like label.
        package var label: String?
        package var attributes: [String: String]
    }

    package struct Edge: Hashable, Sendable {
        package var tail: String
        package var head: String
        package var label: String?
        package var attributes: [String: String]
    }

    package var label: String?
    package var attributes: [String: String]
    /// Nodes in Graphviz's order (the order they were first declared).
    package var nodes: [Node]
    package var edges: [Edge]
}

extension GraphvizRenderer {
    /// Parses and lays out `dot` (with `dot`), and reads back every label as
    /// Graphviz will draw it, with the raw values of `attributes`.
    ///
    /// For tests and tools that check what a DOT writer produced.
    package func inspect(dot: String, attributes: [String] = []) throws(RenderError)
        -> InspectedGraph
    {
        try session.withLock { (session: inout Session) throws(RenderError) -> InspectedGraph in
            try session.withLaidOutGraph(dot: dot, layout: .dot) { _, graph in
                Self.read(graph, attributes: attributes)
            }
        }
    }

    private static func read(_ graph: UnsafeMutablePointer<Agraph_t>, attributes: [String])
        -> InspectedGraph
    {
        func values(_ object: UnsafeMutableRawPointer) -> [String: String] {
            var result: [String: String] = [:]
            for name in attributes {
                let value = name.withCString { agget(object, UnsafeMutablePointer(mutating: $0)) }
                if let value { result[name] = String(cString: value) }
            }
            return result
        }
        var inspected = InspectedGraph(
            label: text(of: geostance_graph_label(graph)), attributes: values(graph), nodes: [],
            edges: [])
        var node = agfstnode(graph)
        while let current = node {
            inspected.nodes.append(
                .init(
                    name: String(cString: agnameof(current)),
                    label: text(of: geostance_node_label(current)), attributes: values(current)))
            var edge = agfstout(graph, current)
            while let out = edge {
                inspected.edges.append(
                    .init(
                        tail: String(cString: agnameof(geostance_edge_tail(out))),
                        head: String(cString: agnameof(geostance_edge_head(out))),
                        label: text(of: geostance_edge_label(out)), attributes: values(out)))
                edge = agnxtout(graph, out)
            }
            node = agnxtnode(graph, current)
        }
        return inspected
    }

    private static func text(of label: UnsafeMutablePointer<textlabel_t>?) -> String? {
        guard let label, geostance_label_is_html(label) == 0 else { return nil }
        let count = geostance_label_line_count(label)
        return (0..<count).map { String(cString: geostance_label_line(label, $0)) }
            .joined(separator: "\n")
    }
}
