import ArgumentParser
import Foundation
import GraphIO
import GraphvizRendering
import StanceGraph

/// Which part of the graph to export or draw.
struct SelectionOptions: ParsableArguments {
    @OptionGroup var input: InputOptions
    @OptionGroup var filters: FilterOptions

    @Option(help: "Only the actors around this one (id or name).")
    var around: String?

    @Option(help: "With --around: how many relations away.")
    var depth = 1

    func validate() throws {
        if depth < 0 { throw ValidationError("--depth must be 0 or more") }
    }

    func graph() throws -> RelationGraph {
        try graphAndDocuments().graph
    }

    /// The selected graph, and how many articles were read (`nil` for a snapshot).
    func graphAndDocuments() throws -> (graph: RelationGraph, documents: Int?) {
        let loaded: (RelationGraph, Int?)
        if let snapshot = input.graph {
            input.applyVerbosity()
            loaded = (try GraphFiles.read(snapshot), nil)
        } else {
            loaded = try input.extractGraph()
        }
        var graph = filters.apply(to: loaded.0)
        if let around {
            let actor = try graph.actor(named: around)
            graph = try graph.neighbourhood(of: actor.id, depth: depth)
        }
        return (graph, loaded.1)
    }
}

/// How diagrams look.
struct DiagramOptions: ParsableArguments {
    enum View: String, ExpressibleByArgument, CaseIterable { case net, all }
    enum Direction: String, ExpressibleByArgument, CaseIterable { case LR, TB, RL, BT }

    @Option(help: "A title drawn at the top.") var title: String?
    @Option(help: "net: one edge per pair with the net stance; all: every relation.") var view: View = .net
    @Option(help: "Layout direction for dot: LR, TB, RL or BT (default: whichever fits a landscape page larger).") var direction: Direction?
    @Flag(help: "Leave out edge labels (much faster layout on big graphs).") var noLabels = false
    @Flag(help: "Leave out the legend.") var noLegend = false
    @Option(help: "Colour the actors by this many camps (signed blockmodel).") var blocs: Int?

    func validate() throws {
        if let blocs, blocs < 1 { throw ValidationError("--blocs must be at least 1") }
    }

    /// The diagram's DOT, in the direction asked for or the one that fits
    /// best (tried only for the `dot` layout, which has a direction).
    func document(for graph: RelationGraph, layout: LayoutEngine = .dot) -> DOTDocument {
        DiagramFit.document(graph, options: options(for: graph), chooseDirection: direction == nil && layout == .dot)
    }

    func options(for graph: RelationGraph) -> DOTOptions {
        DOTOptions(
            title: title, rankDirection: direction.flatMap { RankDirection(rawValue: $0.rawValue) } ?? .leftToRight,
            view: view == .net ? .netStance : .everyRelation, omitIsolatedActors: true,
            edgeLabels: !noLabels, legend: !noLegend,
            blocs: blocs.map { graph.blocs(camps: $0).campByActor })
    }
}

struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write the graph as DOT, JSON (node-link), GraphML, CSV, a snapshot, or a folder for a graph database.",
        discussion: """
            JSON loads in d3 and Cytoscape.js (--flavour cytoscape), GraphML in Gephi, yEd and \
            networkx; CSV is an edge list (or --table nodes / roles); a snapshot is the whole graph \
            as versioned JSON, the interchange form of a store. neo4j writes a folder with the \
            CSV files of neo4j-admin's bulk import and a README.md with the command; nodes-edges \
            writes a folder with nodes.csv and edges.csv, which DuckDB, Memgraph and LadybugDB \
            (Kuzu) load as they are. A folder is written whole or not at all.

            Examples:
              geostance export --format dot --rolled-up -o graph.dot
              geostance export --format graphml --graph graph.json -o graph.graphml
              geostance export --format csv --around Iran --depth 2
              geostance export --format snapshot --graph graph.db -o graph.json
              geostance export --format neo4j --graph graph.db -o neo4j-import
              geostance export --format nodes-edges --rolled-up -o tables
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case dot, json, graphml, csv, snapshot, neo4j
        case nodesEdges = "nodes-edges"

        /// Whether the format is a folder of files rather than one file.
        var isFolder: Bool { self == .neo4j || self == .nodesEdges }
    }
    enum CSVTable: String, ExpressibleByArgument, CaseIterable { case edges, nodes, roles }
    enum Flavour: String, ExpressibleByArgument, CaseIterable { case d3, cytoscape }

    @OptionGroup var selection: SelectionOptions
    @OptionGroup var diagram: DiagramOptions

    @Option(help: "dot, json, graphml, csv, snapshot, neo4j or nodes-edges (default: from the -o extension, else dot).")
    var format: Format?
    @Option(help: "For csv: edges, nodes or roles.") var table: CSVTable = .edges
    @Option(help: "For json: d3 (nodes/links) or cytoscape (elements).") var flavour: Flavour = .d3
    @Option(name: .shortAndLong, help: "Write to this file (the folder, for neo4j and nodes-edges) instead of standard output.")
    var output: String?

    func validate() throws {
        if let format, format.isFolder, output == nil {
            throw ValidationError("--format \(format.rawValue) writes a folder of files: give it with -o DIR")
        }
    }

    func run() throws {
        let graph = try selection.graph()
        let chosen = format ?? output.flatMap { Format(rawValue: URL(fileURLWithPath: $0).pathExtension.lowercased()) } ?? .dot
        if chosen.isFolder, let output {
            let folder = chosen == .neo4j ? Neo4jImportCSV.folder(graph) : CSVExport.folder(graph)
            try AtomicFolder.write(folder, to: output)
            Console.detail("\(output): \(folder.files.map(\.name).joined(separator: ", ")); \(graph.actors.count) actors, \(graph.relations.count) relations")
            return
        }
        let data: Data
        switch chosen {
        case .dot:
            let document = diagram.document(for: graph)
            for warning in document.warnings { Console.note("warning: \(warning)") }
            // Large documents: their bytes as they are, no String made of them.
            data = document.utf8
        case .json:
            data = try NodeLinkJSON.encode(graph, options: .init(flavour: flavour == .d3 ? .d3 : .cytoscape))
        case .graphml:
            data = GraphML.encode(graph)
        case .csv:
            let chosenTable: CSVExport.Table = switch table {
            case .edges: .edges
            case .nodes: .nodes
            case .roles: .roles
            }
            data = CSVExport.encode(graph, options: .init(table: chosenTable))
        case .snapshot:
            data = try Snapshot.encode(graph)
        case .neo4j, .nodesEdges:
            throw ValidationError("--format \(chosen.rawValue) writes a folder of files: give it with -o DIR")
        }
        try Output.emit(data, to: output)
    }
}

struct Render: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Draw the graph (or the friend-or-foe matrix) to SVG, PNG or PDF with Graphviz, in process.",
        discussion: """
            Past \(DOTOptions.defaultMaxNodesForDot) actors the dot layout gets slow: the command \
            refuses and suggests --layout sfdp (or --force); past \(hardLimit) actors, \(edgeLimit) edges or a \
            \(dotFileLimit >> 20) MB DOT file it refuses and says how to narrow the graph. A DOT file you bring is drawn with \
            --dot FILE.

            Examples:
              geostance render --rolled-up -o graph.svg
              geostance render --matrix --rolled-up -o matrix.svg
              geostance render --around Iran --depth 1 --format png -o iran.png
              geostance render --dot mine.dot --layout neato -o mine.pdf
            """)

    @OptionGroup var selection: SelectionOptions
    @OptionGroup var counting: CountOptions
    @OptionGroup var diagram: DiagramOptions

    @Option(help: "svg, png or pdf (default: from the -o extension).") var format: RenderFormat?
    @Option(help: "Layout engine: dot, neato, fdp, sfdp or circo.") var layout: LayoutEngine = .dot
    @Flag(help: "Draw the actor-by-actor matrix of net stances instead of the graph.") var matrix = false
    @Option(help: "Render this DOT file instead of the graph.") var dot: String?
    @Flag(help: "Render even past the size guard.") var force = false
    @Option(name: .shortAndLong, help: "The file to write.") var output: String

    static let hardLimit = 5000
    /// Past this many edges sfdp runs for minutes (measured: 10,000 edges among 160 actors took 3.5 minutes) and the drawing is a blot.
    static let edgeLimit = 5_000
    /// A DOT file this large (bytes) is refused without --force: Graphviz would run for hours.
    static let dotFileLimit = 16 << 20

    func run() throws {
        let chosen = try format ?? RenderFormat(rawValue: URL(fileURLWithPath: output).pathExtension.lowercased())
            ?? { throw ValidationError("give --format svg, png or pdf (cannot tell it from '\(output)')") }()
        let text: String
        if let dot {
            let size = (try? FileManager.default.attributesOfItem(atPath: dot)[.size] as? Int) ?? 0
            if size > Self.dotFileLimit && !force {
                throw CLIError("\(dot): \(size >> 20) MB of DOT is too large to lay out in reasonable time (limit \(Self.dotFileLimit >> 20) MB); draw a part of it, or pass --force")
            }
            text = try InputFiles.readText(URL(fileURLWithPath: dot))
        } else {
            let graph = counting.apply(to: try selection.graph())
            if matrix {
                try renderMatrix(graph.droppingIsolatedActors(), format: chosen)
                return
            }
            let document = diagram.document(for: graph, layout: layout)
            if document.nodeCount > Self.hardLimit && !force {
                throw CLIError("\(document.nodeCount) actors is too many to draw legibly (limit \(Self.hardLimit)); narrow it with --around ACTOR --depth 1, --kind or --min-confidence, or pass --force")
            }
            if document.edgeCount > Self.edgeLimit && !force {
                throw CLIError("\(document.edgeCount) edges is too many to lay out in reasonable time (limit \(Self.edgeLimit)); use --view net, narrow it with --around ACTOR --depth 1, --kind or --min-confidence, export it with 'geostance export --format graphml' for Gephi, or pass --force")
            }
            if document.recommendedLayout != layout.rawValue && layout == .dot && !force {
                throw CLIError("\(document.nodeCount) actors would take the dot layout a very long time; use --layout sfdp (or --force to wait)")
            }
            text = document.text
        }
        let data: Data
        do {
            data = try GraphvizRenderer.shared.render(dot: text, format: chosen, layout: layout)
        } catch {
            throw ErrorInFile(path: dot ?? "diagram", error: error)
        }
        try AtomicFile.write(data, to: output)
        Console.detail("\(output): \(data.count) bytes")
    }

    /// The friend-or-foe matrix, ordered by the camps of a signed blockmodel
    /// (--blocs, else two). Graphviz cannot slant the column names, so the
    /// matrix is laid out here and written as SVG only.
    func renderMatrix(_ graph: RelationGraph, format: RenderFormat) throws {
        guard format == .svg else {
            throw CLIError("the matrix is drawn as SVG only (Graphviz cannot slant its column names); write it to a .svg file and print it from a browser for PDF")
        }
        if graph.actors.count > Self.hardLimit && !force {
            throw CLIError("\(graph.actors.count) actors is too many to draw legibly (limit \(Self.hardLimit)); narrow it with --around ACTOR --depth 1, --kind or --min-confidence, or pass --force")
        }
        let camps = graph.blocs(camps: diagram.blocs ?? 2).campByActor
        let drawing = MatrixWriter(options: MatrixOptions(title: diagram.title, blocs: camps)).write(graph)
        for warning in drawing.warnings { Console.note("warning: \(warning)") }
        try AtomicFile.write(Data(drawing.svg.utf8), to: output)
        Console.detail("\(output): \(drawing.svg.utf8.count) bytes, \(drawing.order.count) actors")
    }
}

extension RenderFormat: ExpressibleByArgument {}
extension LayoutEngine: ExpressibleByArgument {}

/// Chooses the layout direction by laying the diagram out both ways.
enum DiagramFit {
    /// Past this many actors or relations the direction is not tried both
    /// ways (each layout takes seconds); it stays as the options say.
    static let actorLimit = 150
    static let relationLimit = 1_000

    /// The DOT of `graph`: with `chooseDirection`, left to right or top to
    /// bottom, whichever Graphviz draws larger when fitted to the options'
    /// page (``DOTOptions/fit``); left to right when a layout fails or the
    /// two are within 2 %.
    static func document(_ graph: RelationGraph, options: DOTOptions, chooseDirection: Bool) -> DOTDocument {
        guard chooseDirection, let fit = options.fit, graph.actors.count <= actorLimit,
            graph.relations.count <= relationLimit
        else {
            return DOTWriter.encode(graph, options: options)
        }
        func scale(_ direction: RankDirection) -> Double {
            var trial = options
            trial.rankDirection = direction
            trial.fit = nil
            let dot = DOTWriter.encode(graph, options: trial).text
            guard let data = try? GraphvizRenderer.shared.render(dot: dot, format: .svg),
                let size = svgSize(String(decoding: data.prefix(2048), as: UTF8.self))
            else { return 0 }
            return min(1, fit.width * 72 / size.width, fit.height * 72 / size.height)
        }
        var chosen = options
        chosen.rankDirection = scale(.topToBottom) > scale(.leftToRight) * 1.02 ? .topToBottom : .leftToRight
        return DOTWriter.encode(graph, options: chosen)
    }

    /// The width and height in points that Graphviz wrote on the `<svg>` element.
    static func svgSize(_ svg: String) -> (width: Double, height: Double)? {
        func value(_ name: String) -> Double? {
            guard let start = svg.range(of: " \(name)=\"") else { return nil }
            let digits = svg[start.upperBound...].prefix { $0.isNumber || $0 == "." }
            return Double(digits)
        }
        guard let width = value("width"), let height = value("height"), width > 0, height > 0 else { return nil }
        return (width, height)
    }
}
