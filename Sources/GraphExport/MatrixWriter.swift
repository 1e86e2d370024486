import StanceGraph

/// What the friend-or-foe matrix shows.
public struct MatrixOptions: Hashable, Sendable {
    public var title: String?
    /// Only these actors; `nil` keeps those with at least one relation.
    public var includeActors: Set<ActorID>?
    /// Only relations of these kinds; `nil` keeps all.
    public var includeKinds: Set<RelationKind>?
    /// Camps: rows and columns are ordered by camp, then id.
    public var blocs: [ActorID: Int]?
    /// Row names longer than this are cut (the full name is in the tooltip).
    public var nameLength: Int
    /// Give each filled cell an SVG id (``ElementID/cell(row:column:)``) and a
    /// `#` link, so a page can find it and a click can open its evidence.
    public var cellIDs: Bool

    public init(
        title: String? = nil, includeActors: Set<ActorID>? = nil,
        includeKinds: Set<RelationKind>? = nil, blocs: [ActorID: Int]? = nil, nameLength: Int = 28,
        cellIDs: Bool = false
    ) {
        self.title = title
        self.includeActors = includeActors
        self.includeKinds = includeKinds
        self.blocs = blocs
        self.nameLength = nameLength
        self.cellIDs = cellIDs
    }
}

/// Draws who stands where with whom: a matrix of actors by actors, each cell
/// the net stance of the row's actor toward the column's, as DOT to render
/// with `dot`.
///
/// A cell sums the signed scores (intensity x confidence x weight) of the
/// relations from the row actor to the column actor, plus mutual ties
/// (alliance, hostility) stated either way. Red is hostile, green
/// cooperative, deeper for stronger; grey is neutral; white is nothing
/// stated. Columns are numbered as the rows are; cell tooltips (in SVG) name
/// both actors and the kinds behind the score.
///
/// Each row is one HTML-like table node, stacked by invisible edges, which
/// keeps each label under Graphviz's 16 KiB limit for HTML-like labels;
/// rows that would pass it lose their tooltips (with a warning). Without
/// tooltips a row takes about 70 bytes a cell, so the matrix suits up to about
/// 200 actors; pick the actors to show for larger graphs.
public struct MatrixWriter: Sendable {
    public var options: MatrixOptions

    /// The width of a row's name cell and of a score cell, in points.
    static let nameWidth = 170
    static let cellWidth = 40
    static let cellHeight = 22
    static let labelLimit = 16_000

    public init(options: MatrixOptions = MatrixOptions()) {
        self.options = options
    }

    /// The matrix of `graph` as DOT.
    ///
    /// - Complexity: O(*a*² + *n*) for *a* actors and *n* relations.
    public func write(_ graph: RelationGraph) -> DOTDocument {
        var warnings: [DOTWarning] = []
        var shown = graph
        if let kinds = options.includeKinds { shown = shown.filtered(by: RelationFilter(kinds: kinds)) }
        if let include = options.includeActors {
            let unknown = include.filter { graph[$0] == nil }.sorted()
            if !unknown.isEmpty { warnings.append(.unknownActors(unknown)) }
            shown = shown.subgraph(actors: include)
        } else {
            shown = shown.droppingIsolatedActors()
        }
        let actors = shown.actors.sorted { a, b in
            let ca = options.blocs?[a.id] ?? .max, cb = options.blocs?[b.id] ?? .max
            return ca != cb ? ca < cb : a.id < b.id
        }
        let cells = Self.cells(shown)
        let strongest = cells.values.map { abs($0.score) }.max() ?? 0

        var lines = ["digraph \"friend-or-foe\" {"]
        var graphAttributes: [(String, String)] = [
            ("rankdir", "TB"), ("nodesep", "0"), ("ranksep", "0.02"), ("fontname", DiagramStyle.font),
        ]
        if let title = options.title {
            graphAttributes += [("label", title), ("labelloc", "t"), ("fontsize", "16")]
        }
        lines.append("  graph " + DOTWriter.attributeList(graphAttributes) + ";")
        lines.append(
            "  node " + DOTWriter.attributeList([
                ("shape", "plaintext"), ("margin", "0"), ("fontname", DiagramStyle.font),
                ("fontsize", "10"),
            ]) + ";")
        lines.append("  edge [style=\"invis\"];")
        var dropped: [ActorID] = []
        var header = header(actors, tooltips: true)
        if header.utf8.count > Self.labelLimit {
            header = self.header(actors, tooltips: false)
            dropped.append(ActorID("header"))
        }
        lines.append("  header [label=<\(header)>];")
        for (index, actor) in actors.enumerated() {
            var row = self.row(index, actor, actors, cells, strongest, tooltips: true)
            if row.utf8.count > Self.labelLimit {
                row = self.row(index, actor, actors, cells, strongest, tooltips: false)
                dropped.append(actor.id)
            }
            lines.append("  r\(index) [label=<\(row)>];")
        }
        if !dropped.isEmpty { warnings.append(.tooltipsDropped(rows: dropped)) }
        lines.append("  legend [label=<\(legend())>];")
        let order = ["header"] + actors.indices.map { "r\($0)" } + ["legend"]
        lines.append("  " + order.joined(separator: " -> ") + ";")
        lines.append("}")
        return DOTDocument(
            text: lines.joined(separator: "\n") + "\n", warnings: warnings, recommendedLayout: "dot",
            nodeCount: actors.count, edgeCount: 0)
    }

    /// One cell: the net score and the relations behind it.
    struct Cell {
        var score = 0.0
        var counts: [RelationKind: Int] = [:]
    }

    /// Cells by (row, column): relations from row to column, and mutual
    /// ties in both directions.
    static func cells(_ graph: RelationGraph) -> [Directed: Cell] {
        var cells: [Directed: Cell] = [:]
        func add(_ relation: Relation, _ from: ActorID, _ to: ActorID) {
            guard from != to else { return }
            cells[Directed(from: from, to: to), default: Cell()].score += relation.score
            cells[Directed(from: from, to: to), default: Cell()].counts[relation.kind, default: 0] += 1
        }
        for relation in graph.relations {
            add(relation, relation.source, relation.target)
            if relation.kind.isSymmetric { add(relation, relation.target, relation.source) }
        }
        return cells
    }

    struct Directed: Hashable {
        var from: ActorID
        var to: ActorID
    }

    func header(_ actors: [Actor], tooltips: Bool) -> String {
        var html = table()
        html += "<TR>" + td(width: Self.nameWidth, "<B>stance of row toward column</B>")
        for (index, actor) in actors.enumerated() {
            html += td(
                width: Self.cellWidth, "<B>\(index + 1)</B>",
                title: tooltips ? DOTText.truncated(actor.name, to: 80) : nil)
        }
        return html + "</TR></TABLE>"
    }

    func row(
        _ index: Int, _ actor: Actor, _ actors: [Actor], _ cells: [Directed: Cell],
        _ strongest: Double, tooltips: Bool
    ) -> String {
        var html = table()
        let name = "\(index + 1). " + DOTText.truncated(actor.name, to: options.nameLength)
        html += "<TR>"
            + td(
                width: Self.nameWidth, DOTText.html(name), align: "LEFT",
                title: tooltips ? DOTText.truncated(actor.name, to: 80) : nil)
        for column in actors {
            guard column.id != actor.id else {
                html += td(width: Self.cellWidth, "", colour: "#d1d5db")
                continue
            }
            guard let cell = cells[Directed(from: actor.id, to: column.id)] else {
                html += td(width: Self.cellWidth, "")
                continue
            }
            var title: String?
            if tooltips {
                let kinds = cell.counts.sorted { $0.key < $1.key }
                    .map { $0.value > 1 ? "\($0.key.rawValue) ×\($0.value)" : $0.key.rawValue }
                title = DOTText.truncated(actor.name, to: 40) + " → "
                    + DOTText.truncated(column.name, to: 40) + ": net " + DOTText.signed(cell.score)
                    + " (" + kinds.joined(separator: ", ") + ")"
            }
            let text = abs(cell.score) >= 100 ? DOTText.signed(cell.score.rounded()).dropLast(2) : Substring(DOTText.signed(cell.score))
            html += td(
                width: Self.cellWidth, String(text),
                colour: Self.colour(cell.score, strongest: strongest), title: title,
                id: options.cellIDs ? ElementID.cell(row: actor.id, column: column.id) : nil)
        }
        return html + "</TR></TABLE>"
    }

    func legend() -> String {
        var html = "<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"4\"><TR>"
        let strong = 1.0
        html += "<TD BGCOLOR=\"\(Self.colour(-strong, strongest: strong))\">  </TD><TD>hostile</TD>"
        html += "<TD BGCOLOR=\"#e5e7eb\">  </TD><TD>neutral</TD>"
        html += "<TD BGCOLOR=\"\(Self.colour(strong, strongest: strong))\">  </TD><TD>cooperative</TD>"
        html += "<TD BORDER=\"1\">  </TD><TD>nothing stated</TD>"
        html += "</TR><TR><TD COLSPAN=\"8\">numbers: summed intensity × confidence × weight; deeper colour, stronger stance</TD>"
        return html + "</TR></TABLE>"
    }

    func table() -> String {
        "<TABLE BORDER=\"0\" CELLBORDER=\"1\" CELLSPACING=\"0\" CELLPADDING=\"2\" COLOR=\"#9ca3af\">"
    }

    func td(
        width: Int, _ content: String, align: String? = nil, colour: String? = nil, title: String? = nil,
        id: String? = nil
    ) -> String {
        var cell = "<TD WIDTH=\"\(width)\" HEIGHT=\"\(Self.cellHeight)\" FIXEDSIZE=\"TRUE\""
        if let align { cell += " ALIGN=\"\(align)\"" }
        if let colour { cell += " BGCOLOR=\"\(colour)\"" }
        if let title { cell += " TITLE=\"\(DOTText.html(title))\"" }
        // Graphviz writes a cell's id into SVG only for a cell with a link.
        if let id { cell += " ID=\"\(DOTText.html(id))\" HREF=\"#\"" }
        return cell + ">" + content + "</TD>"
    }

    /// White through to red (hostile) or green (cooperative), deeper for
    /// scores nearer `strongest`; grey for zero.
    static func colour(_ score: Double, strongest: Double) -> String {
        guard score != 0, strongest > 0 else { return "#e5e7eb" }
        let (r, g, b): (Double, Double, Double) = score < 0 ? (215, 48, 39) : (26, 152, 80)
        let t = 0.2 + 0.8 * min(1, abs(score) / strongest)
        func channel(_ value: Double) -> String {
            let mixed = Int((255 + (value - 255) * t).rounded())
            let hex = String(mixed, radix: 16)
            return hex.count == 1 ? "0" + hex : hex
        }
        return "#" + channel(r) + channel(g) + channel(b)
    }
}
