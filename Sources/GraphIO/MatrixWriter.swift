import Foundation
import StanceGraph

/// What the friend-or-foe matrix shows.
public struct MatrixOptions: Hashable, Sendable {
    public var title: String?
    /// Only these actors; `nil` keeps those with at least one relation.
    public var includeActors: Set<ActorID>?
    /// Only relations of these kinds; `nil` keeps all.
    public var includeKinds: Set<RelationKind>?
    /// Camps (from a signed blockmodel): rows and columns are grouped by
    /// camp, and the camps are separated by lines. Actors with no camp come
    /// last.
    public var blocs: [ActorID: Int]?
    /// Names longer than this are cut on the axes (the full name is in the tooltip).
    public var nameLength: Int
    /// Give each cell with relations an SVG id (``ElementID/cell(row:column:)``,
    /// prefixed `a_` as Graphviz prefixes its links), so a page can find it
    /// and a click can open its evidence.
    public var cellIDs: Bool

    public init(
        title: String? = nil, includeActors: Set<ActorID>? = nil,
        includeKinds: Set<RelationKind>? = nil, blocs: [ActorID: Int]? = nil, nameLength: Int = 20,
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

/// The matrix as SVG, and what the writer noticed while drawing it.
public struct MatrixDrawing: Hashable, Sendable {
    public var svg: String
    public var warnings: [DOTWarning]
    /// The actors in row order (columns run in the same order).
    public var order: [ActorID]
    /// The drawing's size in CSS pixels.
    public var width: Double
    public var height: Double
}

/// Draws who stands where with whom: a matrix of actors by actors, each cell
/// the net stance of the row's actor toward the column's, as SVG.
///
/// A cell sums the signed scores (intensity x confidence x weight) of the
/// relations from the row actor to the column actor, plus mutual ties
/// (alliance, hostility) stated either way. Names run along both axes, the
/// column names slanted so the cells stay square. Rows and columns are
/// ordered by camp (``MatrixOptions/blocs``), then by how many counterparts
/// an actor has, most first, then by name; lines separate the camps.
///
/// The colours come from a diverging red-to-blue scale (the end colours of
/// ColorBrewer's RdBu, Brewer & Harrower, which stays readable with
/// red-green colour blindness): red hostile, blue cooperative, deeper for
/// stronger. A neutral cell (relations that net to zero) is grey and shows
/// `0`; a cell with nothing stated is white with a small dot; the diagonal is
/// crossed out; so all four read apart in black-and-white print too. Cell
/// tooltips name both actors and the kinds behind the score.
///
/// The matrix is laid out here rather than by Graphviz, which cannot rotate
/// text: cells shrink from 30 to 18 pixels so that 30 actors fit a
/// 1400 x 1000 pixel window; larger matrices grow past it.
public struct MatrixWriter: Sendable {
    public var options: MatrixOptions

    /// The window the matrix is sized for, and how many actors must fit it.
    public static let fitWidth = 1400.0
    public static let fitHeight = 1000.0
    public static let fitActors = 30
    static let largestCell = 30.0
    static let smallestCell = 18.0
    static let margin = 12.0
    /// Average advance of a character of the 11-pixel label font.
    static let characterWidth = 6.2
    /// Column names slant up to the right at this many degrees.
    static let slant = 60.0
    static let legendHeight = 44.0

    public init(options: MatrixOptions = MatrixOptions()) {
        self.options = options
    }

    /// The matrix of `graph` as SVG.
    ///
    /// - Complexity: O(*a*² + *n*) for *a* actors and *n* relations.
    public func write(_ graph: RelationGraph) -> MatrixDrawing {
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
        let cells = Self.cells(shown)
        let actors = Self.order(shown.actors, cells: cells, blocs: options.blocs)
        let layout = Layout(actors: actors, options: options)
        let svg = draw(actors, cells: cells, layout: layout)
        return MatrixDrawing(
            svg: svg, warnings: warnings, order: actors.map(\.id), width: layout.width, height: layout.height)
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

    /// How many other actors each actor has a cell with, in its row or its column.
    static func degrees(_ cells: [Directed: Cell]) -> [ActorID: Int] {
        var counterparts: [ActorID: Set<ActorID>] = [:]
        for key in cells.keys {
            counterparts[key.from, default: []].insert(key.to)
            counterparts[key.to, default: []].insert(key.from)
        }
        return counterparts.mapValues(\.count)
    }

    /// The actors by camp (those without one last), then by degree (most
    /// counterparts first), then by name and id.
    static func order(_ actors: [Actor], cells: [Directed: Cell], blocs: [ActorID: Int]?) -> [Actor] {
        let degree = degrees(cells)
        return actors.sorted { a, b in
            let ca = blocs?[a.id] ?? .max, cb = blocs?[b.id] ?? .max
            if ca != cb { return ca < cb }
            let da = degree[a.id] ?? 0, db = degree[b.id] ?? 0
            if da != db { return da > db }
            return a.name != b.name ? a.name < b.name : a.id < b.id
        }
    }

    /// Where everything goes, in CSS pixels.
    struct Layout {
        var count: Int
        var cell: Double
        var titleHeight: Double
        var rowLabelWidth: Double
        var columnLabelHeight: Double
        var gridLeft: Double
        var gridTop: Double
        var width: Double
        var height: Double

        init(actors: [Actor], options: MatrixOptions) {
            count = actors.count
            let longest = actors.map { DOTText.truncated($0.name, to: options.nameLength).count }.max() ?? 0
            let text = Double(longest) * MatrixWriter.characterWidth
            let angle = MatrixWriter.slant * .pi / 180
            titleHeight = options.title == nil ? 0 : 30
            rowLabelWidth = text + 14
            columnLabelHeight = text * sin(angle) + 14
            let overhang = text * cos(angle)
            let strip = 8.0
            gridLeft = MatrixWriter.margin + rowLabelWidth + strip
            gridTop = MatrixWriter.margin + titleHeight + columnLabelHeight + strip
            // The largest cell that fits the window for at least fitActors actors.
            let fitting = max(count, 1)
            let byHeight = (MatrixWriter.fitHeight - gridTop - MatrixWriter.legendHeight - MatrixWriter.margin) / Double(fitting)
            let byWidth = (MatrixWriter.fitWidth - gridLeft - overhang - MatrixWriter.margin) / Double(fitting)
            cell = min(MatrixWriter.largestCell, max(MatrixWriter.smallestCell, min(byHeight, byWidth).rounded(.down)))
            let grid = cell * Double(count)
            width = max(gridLeft + grid + max(0, overhang - cell / 2) + MatrixWriter.margin, 620).rounded(.up)
            height = (gridTop + grid + MatrixWriter.legendHeight + MatrixWriter.margin).rounded(.up)
        }
    }

    func draw(_ actors: [Actor], cells: [Directed: Cell], layout: Layout) -> String {
        let c = layout.cell, left = layout.gridLeft, top = layout.gridTop
        let grid = c * Double(actors.count)
        let strongest = cells.values.map { abs($0.score) }.max() ?? 0
        let degree = Self.degrees(cells)
        let camp: (Actor) -> Int? = { self.options.blocs?[$0.id] }
        let e = { MarkupText.escaped($0, for: .xmlAttribute) }
        let t = { MarkupText.escaped($0, for: .xmlContent) }
        let fontSize = c >= 24 ? 10 : 9
        var svg = """
            <?xml version="1.0" encoding="UTF-8"?>
            <svg xmlns="http://www.w3.org/2000/svg" class="gs-matrix" width="\(f(layout.width))" height="\(f(layout.height))" \
            viewBox="0 0 \(f(layout.width)) \(f(layout.height))" font-family="Helvetica, Arial, sans-serif" font-size="11">
            <title>\(t(options.title ?? "Friend or foe"))</title>
            <rect width="100%" height="100%" fill="white"/>

            """
        if let title = options.title {
            svg += "<text x=\"\(f(Self.margin))\" y=\"\(f(Self.margin + 18))\" font-size=\"16\" font-weight=\"bold\">\(t(title))</text>\n"
        }
        // Names: rows on the left, right-aligned; columns slanted above.
        for (i, actor) in actors.enumerated() {
            let name = DOTText.truncated(actor.name, to: options.nameLength)
            var tip = "\(actor.name) (\(actor.id.rawValue))"
            if let n = camp(actor) { tip += ", camp \(n + 1)" }
            tip += ", \(degree[actor.id] ?? 0) counterparts"
            let data = "data-actor=\"\(e(actor.id.rawValue))\" data-camp=\"\(camp(actor).map { String($0 + 1) } ?? "")\""
            let y = top + (Double(i) + 0.5) * c + 4
            svg += "<text class=\"gs-row-label\" \(data) x=\"\(f(left - 12))\" y=\"\(f(y))\" text-anchor=\"end\"><title>\(t(tip))</title>\(t(name))</text>\n"
            let x = left + (Double(i) + 0.5) * c, base = top - 12
            svg += "<text class=\"gs-column-label\" \(data) x=\"\(f(x))\" y=\"\(f(base))\" transform=\"rotate(-\(f(Self.slant)) \(f(x)) \(f(base)))\"><title>\(t(tip))</title>\(t(name))</text>\n"
        }
        // Camp strips beside the names, dark and light grey by turns.
        for (i, actor) in actors.enumerated() {
            guard let n = camp(actor) else { continue }
            let colour = n % 2 == 0 ? "#757575" : "#bdbdbd"
            svg += "<rect x=\"\(f(left - 8))\" y=\"\(f(top + Double(i) * c))\" width=\"6\" height=\"\(f(c))\" fill=\"\(colour)\"/>\n"
            svg += "<rect x=\"\(f(left + Double(i) * c))\" y=\"\(f(top - 8))\" width=\"\(f(c))\" height=\"6\" fill=\"\(colour)\"/>\n"
        }
        // The cells.
        for (i, row) in actors.enumerated() {
            for (j, column) in actors.enumerated() {
                let x = left + Double(j) * c, y = top + Double(i) * c
                let square = "<rect x=\"\(f(x))\" y=\"\(f(y))\" width=\"\(f(c))\" height=\"\(f(c))\""
                if i == j {
                    svg += square + " fill=\"\(Self.diagonal)\" stroke=\"\(Self.gridLine)\" stroke-width=\"0.5\"/>"
                    svg += "<line x1=\"\(f(x + 3))\" y1=\"\(f(y + c - 3))\" x2=\"\(f(x + c - 3))\" y2=\"\(f(y + 3))\" stroke=\"#9e9e9e\"/>\n"
                    continue
                }
                let pair = t(DOTText.truncated(row.name, to: 40)) + " → " + t(DOTText.truncated(column.name, to: 40))
                guard let cell = cells[Directed(from: row.id, to: column.id)] else {
                    svg += "<g class=\"gs-empty\"><title>\(pair): nothing stated</title>" + square
                        + " fill=\"white\" stroke=\"\(Self.gridLine)\" stroke-width=\"0.5\"/>"
                    svg += "<circle cx=\"\(f(x + c / 2))\" cy=\"\(f(y + c / 2))\" r=\"1.3\" fill=\"#9e9e9e\"/></g>\n"
                    continue
                }
                let kinds = cell.counts.sorted { $0.key < $1.key }
                    .map { $0.value > 1 ? "\($0.key.rawValue) ×\($0.value)" : $0.key.rawValue }
                let tip = pair + ": net " + DOTText.signed(cell.score) + " (" + kinds.joined(separator: ", ") + ")"
                let id = options.cellIDs ? " id=\"a_\(e(ElementID.cell(row: row.id, column: column.id)))\"" : ""
                let strength = Self.strength(cell.score, strongest: strongest)
                svg += "<g class=\"gs-cell\"\(id)><title>\(tip)</title>" + square
                    + " fill=\"\(Self.colour(cell.score, strongest: strongest))\" stroke=\"\(Self.gridLine)\" stroke-width=\"0.5\"/>"
                svg += "<text x=\"\(f(x + c / 2))\" y=\"\(f(y + c / 2 + 3.5))\" text-anchor=\"middle\" font-size=\"\(fontSize)\""
                    + (strength >= 0.6 ? " fill=\"white\"" : "") + ">\(Self.number(cell.score))</text></g>\n"
            }
        }
        // Camp boundaries, across the whole grid both ways.
        for i in actors.indices.dropFirst() where camp(actors[i]) != camp(actors[i - 1]) {
            let at = Double(i) * c
            svg += "<line class=\"gs-camp-boundary\" x1=\"\(f(left - 8))\" y1=\"\(f(top + at))\" x2=\"\(f(left + grid))\" y2=\"\(f(top + at))\" stroke=\"#111\" stroke-width=\"2\"/>\n"
            svg += "<line class=\"gs-camp-boundary\" x1=\"\(f(left + at))\" y1=\"\(f(top - 8))\" x2=\"\(f(left + at))\" y2=\"\(f(top + grid))\" stroke=\"#111\" stroke-width=\"2\"/>\n"
        }
        svg += "<rect x=\"\(f(left))\" y=\"\(f(top))\" width=\"\(f(grid))\" height=\"\(f(grid))\" fill=\"none\" stroke=\"#616161\"/>\n"
        svg += legend(y: top + grid + 20)
        return svg + "</svg>\n"
    }

    /// The key: one line of samples, one line saying what a cell holds.
    func legend(y: Double) -> String {
        var svg = "<g class=\"gs-legend\">"
        var x = Self.margin
        func swatch(_ fill: String, _ mark: (_ centre: Double) -> String = { _ in "" }) {
            svg += "<rect x=\"\(f(x))\" y=\"\(f(y - 11))\" width=\"14\" height=\"14\" fill=\"\(fill)\" stroke=\"#9e9e9e\" stroke-width=\"0.5\"/>" + mark(x + 7)
            x += 16
        }
        func word(_ text: String) {
            svg += "<text x=\"\(f(x + 2))\" y=\"\(f(y))\">\(MarkupText.escaped(text, for: .xmlContent))</text>"
            x += Double(text.count) * Self.characterWidth + 14
        }
        for strength in [1.0, 0.5, 0.1] { swatch(Self.colour(-strength, strongest: 1)) }
        word("hostile")
        swatch(Self.neutralFill) { "<text x=\"\(self.f($0))\" y=\"\(self.f(y))\" text-anchor=\"middle\" font-size=\"9\">0</text>" }
        word("neutral")
        for strength in [0.1, 0.5, 1.0] { swatch(Self.colour(strength, strongest: 1)) }
        word("cooperative")
        swatch("white") { "<circle cx=\"\(self.f($0))\" cy=\"\(self.f(y - 4))\" r=\"1.3\" fill=\"#9e9e9e\"/>" }
        word("nothing stated")
        if options.blocs != nil {
            svg += "<line x1=\"\(f(x))\" y1=\"\(f(y - 4))\" x2=\"\(f(x + 16))\" y2=\"\(f(y - 4))\" stroke=\"#111\" stroke-width=\"2\"/>"
            x += 16
            word("camp boundary (signed blockmodel)")
        }
        svg += "<text x=\"\(f(Self.margin))\" y=\"\(f(y + 18))\" fill=\"#424242\">"
            + "Each cell: the row&#8217;s net stance toward the column (summed intensity × confidence × weight); "
            + "deeper is stronger; red-blue scale readable with colour blindness.</text>"
        return svg + "</g>\n"
    }

    static let gridLine = "#d4d4d4"
    static let diagonal = "#eeeeee"
    static let neutralFill = "#d9d9d9"

    /// How deep a cell's colour is, from 0.25 (weakest) to 1 (the strongest
    /// cell); square-root scaled so one strong dyad does not wash out the rest.
    static func strength(_ score: Double, strongest: Double) -> Double {
        guard abs(score) >= 0.05, strongest > 0 else { return 0 }
        return 0.25 + 0.75 * min(1, abs(score) / strongest).squareRoot()
    }

    /// Near-white through to red (hostile, ColorBrewer RdBu's #b2182b) or
    /// blue (cooperative, #2166ac), deeper for scores nearer `strongest`;
    /// grey for zero.
    static func colour(_ score: Double, strongest: Double) -> String {
        guard abs(score) >= 0.05, strongest > 0 else { return neutralFill }
        let (r, g, b): (Double, Double, Double) = score < 0 ? (178, 24, 43) : (33, 102, 172)
        let t = strength(score, strongest: strongest)
        func channel(_ value: Double) -> String {
            let mixed = Int((247 + (value - 247) * t).rounded())
            let hex = String(mixed, radix: 16)
            return hex.count == 1 ? "0" + hex : hex
        }
        return "#" + channel(r) + channel(g) + channel(b)
    }

    /// A score as a cell shows it: one decimal below 10, whole above, signed; `0` for zero.
    static func number(_ score: Double) -> String {
        let rounded = (score * 10).rounded() / 10
        if rounded == 0 { return "0" }
        if abs(rounded) < 10 { return DOTText.signed(rounded) }
        return (rounded > 0 ? "+" : "-") + String(Int(abs(score).rounded()))
    }

    func f(_ value: Double) -> String { Self.f(value) }

    static func f(_ value: Double) -> String {
        let rounded = (value * 10).rounded() / 10
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
    }
}
