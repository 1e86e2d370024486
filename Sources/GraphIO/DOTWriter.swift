import StanceGraph

/// Writes a ``RelationGraph`` (whole, a subgraph, or rolled up) as Graphviz DOT.
///
/// The text always parses with Graphviz whatever the actor names hold: nodes
/// get synthetic ids (`n0`, `n1` ...), and every name, label and tooltip is a
/// quoted string escaped by the rules of Graphviz's reader and label layer.
///
/// The drawing: edges coloured by sign (hostile red, cooperative events green,
/// cooperative enduring ties blue, neutral grey), dashed for pledges and
/// announced intentions, dotted for reported claims, bold from
/// ``DOTOptions/boldIntensity``; node shapes by actor kind; persons and sectors
/// inside a box around their state; a legend for all of it. Edge tooltips (in
/// SVG) quote the evidence sentences.
///
/// Output is deterministic: equal graphs and options give equal text.
public struct DOTWriter: Sendable {
    var options: DOTOptions
    /// Whether the every-relation view is drawn from the graph's columns;
    /// false draws it through ``DrawnEdge`` values, as the other view is
    /// (the tests compare the two).
    var drawsFromColumns = true

    init(options: DOTOptions = DOTOptions()) {
        self.options = options
    }

    /// The DOT document for `graph` drawn as `options` say: its UTF-8 bytes
    /// (``DOTDocument/utf8``) and what the writer noticed.
    ///
    /// - Complexity: O(*n* log *n* + *a*) for *n* relations and *a* actors.
    public static func encode(_ graph: RelationGraph, options: DOTOptions = DOTOptions()) -> DOTDocument {
        DOTWriter(options: options).write(graph)
    }

    /// The DOT document for `graph`, with any warnings.
    func write(_ graph: RelationGraph) -> DOTDocument {
        var warnings: [DOTWarning] = []
        let shown = selection(of: graph, warnings: &warnings)
        let actors = shown.actors
        var nodeIDs: [ActorID: String] = [:]
        for (index, actor) in actors.enumerated() { nodeIDs[actor.id] = "n\(index)" }
        // Every relation without element ids: drawn straight from the columns, no edge values.
        let fromColumns = drawsFromColumns && options.view == .everyRelation && !options.elementIDs
        var edges: [DrawnEdge] = []
        let columnEdges = fromColumns ? self.columnEdges(shown) : ColumnEdges()
        if !fromColumns {
            edges = options.view == .netStance ? netStanceEdges(shown) : everyRelationEdges(shown)
            if options.elementIDs { ElementID.assign(to: &edges) }
            Self.markLabelled(&edges, keeping: options.edgeLabels ? options.labelledEdges : 0)
        }
        let edgeCount = fromColumns ? columnEdges.count : edges.count

        if actors.count > options.maxNodesForDot {
            warnings.append(.tooManyNodesForDot(nodes: actors.count, limit: options.maxNodesForDot))
        }

        var lines: [String] = ["digraph \"geostance\" {"]
        var graphAttributes: [(String, String)] = [
            ("rankdir", options.rankDirection.rawValue), ("fontname", DiagramStyle.font),
            // newrank: without it, Graphviz 2.43 loses edges into clusters ("lost edge") and
            // can then corrupt its heap.
            ("newrank", "true"), ("nodesep", "0.3"), ("ranksep", "0.6"),
        ]
        if let fit = options.fit {
            // The pad keeps the edge in view: Graphviz 2.43 rounds the SVG's scale to two
            // digits, up as often as down, which cut off a few points at the bottom.
            graphAttributes += [("size", "\(fit.width),\(fit.height)"), ("pad", "0.2")]
        }
        let legend = options.legend
            ? legend(actors: actors, edges: fromColumns ? summary(columnEdges, shown.columns) : EdgeSummary(edges))
            : nil
        if options.title != nil || legend != nil {
            graphAttributes += [("labelloc", "t"), ("labeljust", "l")]
        }
        if let title = options.title, legend == nil {
            graphAttributes += [("label", title), ("fontsize", "18")]
        }
        var graphLine = "  graph " + Self.attributeList(graphAttributes)
        if let legend {
            // An HTML-like label: the title over the legend, in the top left corner.
            graphLine.removeLast()
            graphLine += ", label=<\(heading(title: options.title, legend: legend))>]"
        }
        lines.append(graphLine + ";")
        lines.append(
            "  node " + Self.attributeList([
                ("fontname", DiagramStyle.font), ("fontsize", "11"), ("style", "filled"),
                ("fillcolor", "#ffffff"), ("color", "#34495e"),
            ]) + ";")
        lines.append(
            "  edge " + Self.attributeList([
                ("fontname", DiagramStyle.font), ("fontsize", "9"), ("arrowsize", "0.7"),
            ]) + ";")

        for group in clusters(of: shown) {
            switch group {
            case .single(let actor):
                lines.append("  " + node(actor, id: nodeIDs[actor.id]!))
            case .cluster(let number, let members):
                lines.append("  subgraph cluster_\(number) {")
                lines.append(
                    "    graph " + Self.attributeList([
                        ("label", ""), ("style", "rounded,filled"), ("fillcolor", "#f4f6f8"),
                        ("color", "#c0c7d0"),
                    ]) + ";")
                for actor in members { lines.append("    " + node(actor, id: nodeIDs[actor.id]!)) }
                lines.append("  }")
            }
        }
        // Edges are most of the text: write them as bytes.
        var out = DOTBuffer(capacity: edgeCount * 256 + 4096)
        out.append(lines.joined(separator: "\n") + "\n")
        if fromColumns { appendColumnEdges(columnEdges, of: shown, to: &out) }
        var scratch = DOTBuffer(capacity: 1024)
        for edge in edges {
            out.append("  ")
            out.append(nodeIDs[edge.tail]!)
            out.append(" -> ")
            out.append(nodeIDs[edge.head]!)
            out.append(" ")
            appendEdgeAttributes(edge, to: &out, scratch: &scratch)
            out.append(";\n")
        }
        out.append("}\n")
        return DOTDocument(
            utf8: out.takeData(), warnings: warnings,
            recommendedLayout: actors.count > options.maxNodesForDot ? "sfdp" : "dot",
            nodeCount: actors.count, edgeCount: edgeCount)
    }

    /// The graph restricted to the actors and kinds the options ask for.
    func selection(of graph: RelationGraph, warnings: inout [DOTWarning]) -> RelationGraph {
        var shown = graph
        if let include = options.includeActors {
            let unknown = include.filter { graph[$0] == nil }.sorted()
            if !unknown.isEmpty { warnings.append(.unknownActors(unknown)) }
            shown = shown.subgraph(actors: include)
        }
        if let kinds = options.includeKinds {
            shown = shown.filtered(by: RelationFilter(kinds: kinds))
        }
        if options.omitIsolatedActors { shown = shown.droppingIsolatedActors() }
        return shown
    }

    /// A node, or a state's box holding the state and its persons and sectors.
    enum NodeGroup {
        case single(Actor)
        case cluster(Int, [Actor])
    }

    /// The actors in id order, each state's persons and sectors gathered with it.
    func clusters(of graph: RelationGraph) -> [NodeGroup] {
        guard options.clusterByState else { return graph.actors.map(NodeGroup.single) }
        var members: [ActorID: [Actor]] = [:]
        for actor in graph.actors where actor.kind == .person || actor.kind == .sector {
            if let state = actor.state, graph[state]?.kind == .state {
                members[state, default: []].append(actor)
            }
        }
        let clustered = Set(members.values.joined().map(\.id))
        var groups: [NodeGroup] = []
        for actor in graph.actors where !clustered.contains(actor.id) {
            if let inside = members[actor.id] {
                groups.append(.cluster(groups.count, [actor] + inside))
            } else {
                groups.append(.single(actor))
            }
        }
        return groups
    }

    /// One node statement.
    func node(_ actor: Actor, id: String) -> String {
        var tooltip = "\(actor.name) (\(actor.id)), \(actor.kind.rawValue)"
        if let sector = actor.sector { tooltip += ", \(sector.rawValue)" }
        if let state = actor.state { tooltip += ", of \(state)" }
        let fill = options.blocs?[actor.id].map(DiagramStyle.blocColour) ?? "#ffffff"
        var attributes = [
            ("label", actor.name), ("shape", DiagramStyle.shape(of: actor.kind)),
            ("style", DiagramStyle.nodeStyle(of: actor.kind)), ("fillcolor", fill),
        ]
        if options.tooltips { attributes.append(("tooltip", tooltip)) }
        if options.elementIDs { attributes.append(("id", ElementID.node(actor.id))) }
        return id + " " + Self.attributeList(attributes) + ";"
    }

    /// `[key="value", ...]` with every value quoted and escaped.
    static func attributeList(_ attributes: [(String, String)]) -> String {
        var list = ""
        appendAttributeList(attributes, to: &list)
        return list
    }

    /// Appends `[key="value", ...]` as ``attributeList(_:)`` writes it.
    static func appendAttributeList(_ attributes: [(String, String)], to out: inout String) {
        out += "["
        for (i, (key, value)) in attributes.enumerated() {
            if i > 0 { out += ", " }
            out += key
            out += "="
            DOTText.appendQuoted(value, to: &out)
        }
        out += "]"
    }
}
