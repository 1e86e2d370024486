import ArgumentParser
import Foundation
import GraphIO
import GraphStore
import StanceExtraction
import StanceGraph

/// Where a command's graph comes from: a snapshot, or articles to extract.
struct InputOptions: ParsableArguments {
    @Argument(help: "Article files or folders (.txt, .jsonl, .csv), or - for standard input. Default: Data/samples.")
    var inputs: [String] = []

    @Option(name: .long, help: "Read the graph from a store (.db) or snapshot (.json) made by `geostance build` instead of articles.")
    var graph: String?

    @Option(name: .long, help: "The data folder with gazetteer/ and lexicon/ (default: ./Data or $GEOSTANCE_DATA).")
    var data: String?

    @Option(name: .long, help: "Worker threads for extraction (default: all cores).")
    var threads: Int?

    @Flag(name: .shortAndLong, help: "Print nothing but results.")
    var quiet = false

    @Flag(name: .shortAndLong, help: "Print what is being done.")
    var verbose = false

    func validate() throws {
        if graph != nil && !inputs.isEmpty {
            throw ValidationError("give either --graph or article inputs, not both")
        }
        if let threads, threads < 1 { throw ValidationError("--threads must be at least 1") }
    }

    func applyVerbosity() {
        Console.quiet = quiet
        Console.verbose = verbose
    }

    /// Extracts the articles named (or the samples) into a graph.
    func extractGraph() throws -> (RelationGraph, documents: Int) {
        let (graph, count, _) = try extractGraph(recordingDocuments: false)
        return (graph, count)
    }

    /// Extracts the articles into a graph and, when asked, what a store records of each.
    func extractGraph(recordingDocuments: Bool) throws -> (RelationGraph, documents: Int, records: [DocumentRecord]) {
        applyVerbosity()
        let knowledge = try DataLocator.knowledge(data)
        let paths = inputs.isEmpty ? try InputFiles.samplePaths(data: data) : inputs
        let extractor = Extractor(knowledge: knowledge)
        var graph = RelationGraph()
        var records: [DocumentRecord] = []
        let count = try InputFiles.extractInBatches(paths, extractor: extractor, threads: threads) { documents, batch in
            graph.merge(extractor.graph(from: batch))
            if recordingDocuments { records += documents.map(GraphFiles.record) }
        }
        Console.detail("extracted \(count) documents")
        return (graph, count, records)
    }

    /// The graph from --graph (a store or a snapshot), or extracted from the inputs.
    func loadGraph() throws -> RelationGraph {
        applyVerbosity()
        if let graph { return try GraphFiles.read(graph) }
        return try extractGraph().0
    }
}

/// Which relations to keep.
struct FilterOptions: ParsableArguments {
    @Option(help: "Keep relations dated on or after this day (YYYY-MM-DD).")
    var since: String?

    @Option(help: "Keep relations dated on or before this day (YYYY-MM-DD).")
    var until: String?

    @Option(name: .long, parsing: .upToNextOption, help: "Keep only these relation kinds (e.g. threaten assault hostility).")
    var kind: [String] = []

    @Option(name: .customLong("min-confidence"), help: "Keep relations with at least this confidence (0...1).")
    var minConfidence: Double?

    @Flag(name: .customLong("rolled-up"), help: "Fold persons and state sectors into the state they act for.")
    var rolledUp = false

    func validate() throws {
        for name in kind where RelationKind(rawValue: name) == nil {
            throw ValidationError("unknown relation kind '\(name)'; kinds: \(RelationKind.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        for (flag, value) in [("--since", since), ("--until", until)] {
            if let value, Day(value) == nil { throw ValidationError("\(flag) '\(value)' is not a date YYYY-MM-DD") }
        }
        if let minConfidence, !(0...1).contains(minConfidence) {
            throw ValidationError("--min-confidence must be between 0 and 1")
        }
    }

    var filter: RelationFilter {
        RelationFilter(
            kinds: kind.isEmpty ? nil : Set(kind.compactMap(RelationKind.init(rawValue:))),
            since: since.flatMap(Day.init), until: until.flatMap(Day.init), minimumConfidence: minConfidence)
    }

    func apply(to graph: RelationGraph) -> RelationGraph {
        let filtered = graph.filtered(by: filter)
        return rolledUp ? filtered.rolledUp() : filtered
    }
}

/// Whether scores count events or reports.
struct CountOptions: ParsableArguments {
    enum Unit: String, ExpressibleByArgument, CaseIterable { case events, reports }

    @Option(help: "What scores count: events (the reports of one event once) or reports (every relation).")
    var count: Unit = .events

    @Option(name: .customLong("event-window"), help: "With --count events: days after an event's first report that a report of it may be dated.")
    var eventWindow = EventCounting.defaultWindowDays

    func validate() throws {
        if eventWindow < 0 { throw ValidationError("--event-window '\(eventWindow)' must be 0 days or more") }
    }

    var counting: EventCounting {
        count == .events ? .events(windowDays: eventWindow) : .reports
    }

    /// The graph with one relation per event, or as it is with --count reports.
    func apply(to graph: RelationGraph) -> RelationGraph {
        graph.countingEvents(counting)
    }
}

enum TableFormat: String, ExpressibleByArgument, CaseIterable {
    case table, json, csv
}

/// Plain text tables with aligned columns.
enum Table {
    static func render(_ header: [String], _ rows: [[String]]) -> String {
        var widths = header.map(\.count)
        for row in rows { for (i, cell) in row.enumerated() { widths[i] = max(widths[i], cell.count) } }
        func line(_ cells: [String]) -> String {
            cells.enumerated().map { i, cell in
                i == cells.count - 1 ? cell : cell.padding(toLength: widths[i], withPad: " ", startingAt: 0)
            }.joined(separator: "  ")
        }
        return ([line(header)] + rows.map(line)).joined(separator: "\n") + "\n"
    }

    static func csv(_ header: [String], _ rows: [[String]]) -> String {
        func escape(_ cell: String) -> String {
            cell.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" })
                ? "\"" + cell.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : cell
        }
        return ([header] + rows).map { $0.map(escape).joined(separator: ",") }.joined(separator: "\n") + "\n"
    }

    static func json<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self) + "\n"
    }

    static func number(_ value: Double) -> String { String(format: "%.2f", value) }

    static func shorten(_ text: String, _ limit: Int) -> String {
        text.count <= limit ? text : String(text.prefix(limit - 1)) + "…"
    }
}
