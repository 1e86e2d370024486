import Foundation
import StanceGraph

/// What a DOT diagram shows and how.
public struct DOTOptions: Hashable, Sendable {
    /// Past this many nodes ``DOTWriter`` warns that `dot` will be slow and
    /// recommends `sfdp`. `dot` lays out 300 labelled nodes in seconds, but its
    /// time grows much faster than the graph.
    public static let defaultMaxNodesForDot = 300

    /// A title drawn at the top.
    public var title: String?
    public var rankDirection: RankDirection
    public var view: DOTView
    /// Only relations of these kinds; `nil` keeps all.
    public var includeKinds: Set<RelationKind>?
    /// Only these actors and the relations among them; `nil` keeps all.
    public var includeActors: Set<ActorID>?
    /// Leave out actors with no relation drawn.
    public var omitIsolatedActors: Bool
    /// Draw persons and sectors inside a box around their state.
    public var clusterByState: Bool
    /// Label edges with kinds and counts (layout is several times faster without).
    public var edgeLabels: Bool
    /// Draw the legend that explains colours, line styles and shapes.
    public var legend: Bool
    /// Relations at least this strong (absolute intensity) are drawn bold.
    public var boldIntensity: Double
    /// See ``defaultMaxNodesForDot``.
    public var maxNodesForDot: Int
    /// A camp number for each actor; nodes are filled with the camp's colour.
    public var blocs: [ActorID: Int]?
    /// How many evidence sentences an edge tooltip lists before "and n more".
    public var maxEvidenceInTooltip: Int
    /// Whether nodes and edges carry tooltips. Without them the SVG is about
    /// a third smaller and has two fewer elements a node and an edge (no
    /// link around each), which a page drawing thousands of them needs.
    public var tooltips: Bool
    /// Give nodes and edges SVG ids naming their actors (``ElementID``), so a
    /// page can relate the drawing to the graph.
    public var elementIDs: Bool
    /// The largest the drawing may be: Graphviz scales a larger layout down
    /// to fit (`size`); `nil` leaves it at its natural size.
    public var fit: DiagramSize?
    /// Only the edges with the largest net scores (absolute) carry labels;
    /// the rest show theirs in the tooltip with the evidence. `nil` labels
    /// every edge.
    public var labelledEdges: Int?

    public init(
        title: String? = nil, rankDirection: RankDirection = .leftToRight,
        view: DOTView = .netStance, includeKinds: Set<RelationKind>? = nil,
        includeActors: Set<ActorID>? = nil, omitIsolatedActors: Bool = false,
        clusterByState: Bool = true, edgeLabels: Bool = true, legend: Bool = true,
        boldIntensity: Double = 7, maxNodesForDot: Int = DOTOptions.defaultMaxNodesForDot,
        blocs: [ActorID: Int]? = nil, maxEvidenceInTooltip: Int = 5, elementIDs: Bool = false,
        fit: DiagramSize? = .landscape, labelledEdges: Int? = 12, tooltips: Bool = true
    ) {
        self.title = title
        self.rankDirection = rankDirection
        self.view = view
        self.includeKinds = includeKinds
        self.includeActors = includeActors
        self.omitIsolatedActors = omitIsolatedActors
        self.clusterByState = clusterByState
        self.edgeLabels = edgeLabels
        self.legend = legend
        self.boldIntensity = boldIntensity
        self.maxNodesForDot = maxNodesForDot
        self.blocs = blocs
        self.maxEvidenceInTooltip = maxEvidenceInTooltip
        self.elementIDs = elementIDs
        self.fit = fit
        self.labelledEdges = labelledEdges
        self.tooltips = tooltips
    }
}

/// A drawing's largest size, in inches (Graphviz's unit; 96 CSS pixels an inch).
public struct DiagramSize: Hashable, Sendable {
    public var width: Double
    public var height: Double

    public init(width: Double, height: Double) {
        self.width = width
        self.height = height
    }

    /// 16:10 and 1344 x 840 CSS pixels: a 1400 x 1000 browser window or a
    /// 16:10 screen without scrolling, and a landscape page when printed.
    public static let landscape = DiagramSize(width: 14, height: 8.75)
}

/// Which way ranks run in a `dot` layout.
public enum RankDirection: String, Hashable, Sendable, CaseIterable {
    case topToBottom = "TB"
    case leftToRight = "LR"
    case bottomToTop = "BT"
    case rightToLeft = "RL"
}

/// How relations become edges.
public enum DOTView: String, Hashable, Sendable, CaseIterable {
    /// One edge per pair of actors, coloured by the sign of their net score.
    case netStance
    /// One edge per relation; mutual kinds (alliance, hostility) once per
    /// pair, kind and modality, with arrows both ways.
    case everyRelation
}

/// DOT text and what the writer noticed while making it.
public struct DOTDocument: Hashable, Sendable {
    /// The text as UTF-8: what a file of it holds, without making a `String` of a large document.
    public var utf8: Data
    /// The text.
    ///
    /// - Complexity: O(*n*) in its bytes, made on each access; write ``utf8`` to a file instead.
    public var text: String {
        get { String(decoding: utf8, as: UTF8.self) }
        set { utf8 = Data(newValue.utf8) }
    }
    public var warnings: [DOTWarning]
    /// The Graphviz layout engine to use: `dot`, or `sfdp` past
    /// ``DOTOptions/maxNodesForDot`` nodes (the matrix recommends `dot`).
    public var recommendedLayout: String
    /// How many nodes the diagram has, legend excluded.
    public var nodeCount: Int
    /// How many edges the diagram has.
    public var edgeCount: Int
}

/// Something the caller should know about a diagram.
public enum DOTWarning: Hashable, Sendable, CustomStringConvertible {
    /// More nodes than `dot` lays out in reasonable time.
    case tooManyNodesForDot(nodes: Int, limit: Int)
    /// Actors asked for that the graph does not have.
    case unknownActors([ActorID])
    /// Matrix rows whose cell tooltips were dropped to keep the row under
    /// Graphviz's 16 KiB limit for an HTML-like label.
    case tooltipsDropped(rows: [ActorID])

    public var description: String {
        switch self {
        case .tooManyNodesForDot(let nodes, let limit):
            return "the diagram has \(nodes) nodes, more than the \(limit) that the dot layout "
                + "handles in reasonable time; lay it out with sfdp instead"
        case .unknownActors(let ids):
            return "no actors with ids " + ids.map { "'\($0)'" }.joined(separator: ", ")
                + " in the graph; they are left out"
        case .tooltipsDropped(let rows):
            return "cell tooltips left out in the rows of "
                + rows.map(\.rawValue).joined(separator: ", ")
                + " to keep each row under Graphviz's 16 KiB label limit"
        }
    }
}
