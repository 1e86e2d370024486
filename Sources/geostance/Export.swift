import ArgumentParser
import Foundation
import GraphExport
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
            let actor: Actor
            do { actor = try graph.actor(named: around) } catch { throw CLIError(error.description) }
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
    @Option(help: "Layout direction for dot: LR, TB, RL or BT.") var direction: Direction = .LR
    @Flag(help: "Leave out edge labels (much faster layout on big graphs).") var noLabels = false
    @Flag(help: "Leave out the legend.") var noLegend = false
    @Option(help: "Colour the actors by this many camps (signed blockmodel).") var blocs: Int?

    func validate() throws {
        if let blocs, blocs < 1 { throw ValidationError("--blocs must be at least 1") }
    }

    func options(for graph: RelationGraph) -> DOTOptions {
        DOTOptions(
            title: title, rankDirection: RankDirection(rawValue: direction.rawValue) ?? .leftToRight,
            view: view == .net ? .netStance : .everyRelation, omitIsolatedActors: true,
            edgeLabels: !noLabels, legend: !noLegend,
            blocs: blocs.map { graph.blocs(camps: $0).campByActor })
    }
}

struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write the graph as DOT, JSON (node-link), GraphML, CSV or a snapshot.",
        discussion: """
            JSON loads in d3 and Cytoscape.js (--flavour cytoscape), GraphML in Gephi, yEd and \
            networkx; CSV is an edge list (or --table nodes / roles); a snapshot is the whole graph \
            as versioned JSON, the interchange form of a store.

            Examples:
              geostance export --format dot --rolled-up -o graph.dot
              geostance export --format graphml --graph graph.json -o graph.graphml
              geostance export --format csv --around Iran --depth 2
              geostance export --format snapshot --graph graph.db -o graph.json
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable { case dot, json, graphml, csv, snapshot }
    enum CSVTable: String, ExpressibleByArgument, CaseIterable { case edges, nodes, roles }
    enum Flavour: String, ExpressibleByArgument, CaseIterable { case d3, cytoscape }

    @OptionGroup var selection: SelectionOptions
    @OptionGroup var diagram: DiagramOptions

    @Option(help: "dot, json, graphml, csv or snapshot (default: from the -o extension, else dot).")
    var format: Format?
    @Option(help: "For csv: edges, nodes or roles.") var table: CSVTable = .edges
    @Option(help: "For json: d3 (nodes/links) or cytoscape (elements).") var flavour: Flavour = .d3
    @Option(name: .shortAndLong, help: "Write to this file instead of standard output.") var output: String?

    func run() throws {
        let graph = try selection.graph()
        let chosen = format ?? output.flatMap { Format(rawValue: URL(fileURLWithPath: $0).pathExtension.lowercased()) } ?? .dot
        let text: String
        switch chosen {
        case .dot:
            let document = DOTWriter(options: diagram.options(for: graph)).write(graph)
            for warning in document.warnings { Console.note("warning: \(warning)") }
            text = document.text
        case .json:
            text = String(decoding: try NodeLinkJSON.encode(graph, flavour: flavour == .d3 ? .d3 : .cytoscape), as: UTF8.self)
        case .graphml:
            text = GraphMLWriter.write(graph)
        case .csv:
            switch table {
            case .edges: text = CSVExport.edges(graph)
            case .nodes: text = CSVExport.nodes(graph)
            case .roles: text = CSVExport.roles(graph)
            }
        case .snapshot:
            text = String(decoding: try Snapshot.encode(graph), as: UTF8.self)
        }
        try Output.emit(text, to: output)
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
            let document: DOTDocument
            if matrix {
                document = MatrixWriter(options: MatrixOptions(title: diagram.title)).write(graph.droppingIsolatedActors())
            } else {
                document = DOTWriter(options: diagram.options(for: graph)).write(graph)
            }
            if document.nodeCount > Self.hardLimit && !force {
                throw CLIError("\(document.nodeCount) actors is too many to draw legibly (limit \(Self.hardLimit)); narrow it with --around ACTOR --depth 1, --kind or --min-confidence, or pass --force")
            }
            if document.edgeCount > Self.edgeLimit && !force {
                throw CLIError("\(document.edgeCount) edges is too many to lay out in reasonable time (limit \(Self.edgeLimit)); use --view net, narrow it with --around ACTOR --depth 1, --kind or --min-confidence, export it with 'geostance export --format graphml' for Gephi, or pass --force")
            }
            if document.recommendedLayout != layout.rawValue && layout == .dot && !force && !matrix {
                throw CLIError("\(document.nodeCount) actors would take the dot layout a very long time; use --layout sfdp (or --force to wait)")
            }
            text = document.text
        }
        let data: Data
        do {
            data = try GraphvizRenderer.shared.render(dot: text, format: chosen, layout: layout)
        } catch {
            throw CLIError("\(dot ?? "diagram"): \(error)")
        }
        try AtomicFile.write(data, to: output)
        Console.detail("\(output): \(data.count) bytes")
    }
}

extension RenderFormat: ExpressibleByArgument {}
extension LayoutEngine: ExpressibleByArgument {}
