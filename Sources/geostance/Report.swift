import ArgumentParser
import Foundation
import GraphIO
import GraphvizRendering
import StanceGraph

struct Report: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write one self-contained HTML page to explore the graph in a browser.",
        discussion: """
            The page holds the relation diagram and the friend-or-foe matrix, an actor list \
            with search, each actor's opponents, supporters and allies, the evidence behind \
            every edge, and filters by kind, sign, date and confidence. It needs no network: \
            open it offline or send it on. The header counts the articles read, or for a \
            snapshot the documents its relations cite. Set SOURCE_DATE_EPOCH for a \
            repeatable build time.

            Examples:
              geostance report -o report.html
              geostance report --graph graph.json --rolled-up -o report.html
              geostance report news/ --since 2024-01-01 --corpus "News, 2024" -o news.html
            """)

    @OptionGroup var selection: SelectionOptions

    @Option(help: "The page's title.") var title = "GeoStance report"
    @Option(help: "The corpus name in the header (default: the inputs or the snapshot file).")
    var corpus: String?
    @Option(name: .shortAndLong, help: "The HTML file to write.") var output: String
    @Option(help: "Split the actors into this many camps (signed blockmodel), listed and coloured; 0 for none.")
    var camps = 2

    func validate() throws {
        if camps < 0 { throw ValidationError("--camps must be 0 or more") }
    }

    /// Past this many actors the matrix is left out of the page.
    static let matrixLimit = 200

    func run() throws {
        let (graph, documents) = try selection.graphAndDocuments()
        let blocs = camps > 0 ? graph.blocs(camps: camps).campByActor : nil
        let options = DOTOptions(
            omitIsolatedActors: true, blocs: blocs, elementIDs: true,
            tooltips: graph.actors.count <= HTMLReport.overviewThreshold)
        let dot = DiagramFit.document(graph, options: options, chooseDirection: true)
        for warning in dot.warnings { Console.note("warning: \(warning)") }
        let layout: LayoutEngine = dot.recommendedLayout == "sfdp" ? .sfdp : .dot
        let diagram = try svg(dot.text, layout: layout, what: "diagram")
        let shown = graph.droppingIsolatedActors()
        var matrix: String?
        var matrixNote: String?
        if shown.actors.count <= Self.matrixLimit {
            let drawing = MatrixWriter(options: MatrixOptions(blocs: blocs, cellIDs: true)).write(shown)
            for warning in drawing.warnings { Console.note("warning: \(warning)") }
            matrix = drawing.svg
        } else {
            matrixNote = "The matrix is left out: \(shown.actors.count) actors are more than the \(Self.matrixLimit) it shows legibly. Narrow the report with --around ACTOR or --rolled-up."
        }
        let cited = Set(graph.relations.map(\.evidence.document)).count
        let report = HTMLReport(
            graph: graph, diagramSVG: diagram, matrixSVG: matrix,
            corpus: HTMLReport.Corpus(
                name: corpus ?? defaultCorpusName, builtAt: Self.buildTime(),
                documentCount: documents ?? cited, countsCitedDocuments: documents == nil),
            title: title, blocs: blocs, matrixNote: matrixNote)
        let page: String
        do {
            page = try report.write()
        } catch {
            throw ErrorInFile(path: output, error: error)
        }
        try Output.emit(page, to: output)
        Console.note("\(output): \(graph.actors.count) actors, \(graph.relations.count) relations, \(page.utf8.count) bytes")
    }

    func svg(_ dot: String, layout: LayoutEngine, what: String) throws -> String {
        do {
            return String(decoding: try GraphvizRenderer.shared.render(dot: dot, format: .svg, layout: layout), as: UTF8.self)
        } catch {
            throw ErrorInFile(path: what, error: error)
        }
    }

    var defaultCorpusName: String {
        if let snapshot = selection.input.graph { return snapshot }
        return selection.input.inputs.isEmpty ? "Data/samples" : selection.input.inputs.joined(separator: ", ")
    }

    /// Now, or SOURCE_DATE_EPOCH (seconds since 1970) for reproducible builds.
    static func buildTime() -> Date {
        if let epoch = ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"], let seconds = TimeInterval(epoch) {
            return Date(timeIntervalSince1970: seconds)
        }
        return Date()
    }
}
