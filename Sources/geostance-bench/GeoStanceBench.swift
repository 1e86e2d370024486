import ArgumentParser
import EnglishSyntax
import Foundation
import GraphIO
import GraphStore
import StanceGraph

/// Measures GeoStance step by step; `scripts/bench` runs it beside the peers
/// and prints the comparison. Each command writes one JSON report.
@main
struct GeoStanceBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "geostance-bench",
        abstract: "Measure extraction, graph queries, export, rendering and import.",
        discussion: "With --smoke, runs every step once on tiny generated inputs (no peers) and checks the answers agree.",
        subcommands: [ExtractCommand.self, GraphCommand.self, ImportCommand.self, SyntaxCommand.self, GenerateGraphCommand.self,
                      WriteStoreCommand.self])

    @Flag(help: "Run every step once on tiny generated inputs, without peers.")
    var smoke = false

    func run() throws {
        let data = "Data"  // a --data here would capture the subcommands' own --data
        guard smoke else { throw CleanExit.helpRequest(self) }
        let scratch = FileManager.default.temporaryDirectory
            .appendingPathComponent("geostance-bench-smoke-\(ProcessInfo.processInfo.processIdentifier)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let root = URL(fileURLWithPath: data)
        let knowledge = try DataFolder.knowledge(root)
        let extraction = try ExtractionBench(
            corpus: root.appendingPathComponent("samples"), knowledge: knowledge, runs: 1,
            threads: [1, 2]
        ).run()
        guard let step = extraction.steps["extract_1t"], step.counts["relations", default: 0] > 0 else {
            throw WrongAnswer("smoke: extraction of Data/samples found no relations")
        }
        let linear = try LinearityCheck(knowledge: knowledge).run()
        let model = root.appendingPathComponent("models/english-ewt.syntax")
        let syntax = try SyntaxBench(
            model: model, treebank: URL(fileURLWithPath: "Tests/EnglishSyntaxTests/Fixtures/tiny.conllu"), runs: 1
        ).run()
        let syntaxLinear = try SyntaxLinearityCheck(model: SyntaxModel.decode(Array(Data(contentsOf: model)), source: model.path)).run()
        try SyntheticGraph(nodes: 60, edges: 1500, seed: 42).write(to: scratch)
        let graph = try GraphBench(directory: scratch, reps: 1, heavyReps: 1, subActors: 20, subTies: 40).run()
        guard graph.steps["triads"]?.counts["triangles", default: 0] ?? 0 > 0 else {
            throw WrongAnswer("smoke: the synthetic graph has no triangles")
        }
        print(
            "smoke: \(extraction.order.count + graph.order.count + syntax.order.count) steps ran; \(graph.checks.joined(separator: "; "))"
                + String(format: "; extraction linear in length (1,000 copies %.3f s CPU, 4,000 copies %.3f s)", linear.small, linear.large)
                + String(format: "; tagging and parsing linear (4,400 words %.3f s CPU, 17,600 words %.3f s)", syntaxLinear.small, syntaxLinear.large))
    }
}

struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "extract", abstract: "Extraction over a folder of .txt articles.")
    @Argument var corpus: String
    @Option var runs = 3
    @Option(parsing: .upToNextOption, help: "Thread counts to measure.") var threads: [Int] = [1, ProcessInfo.processInfo.activeProcessorCount]
    @Option(help: "Only the first files up to this many bytes.") var limitBytes = 0
    @Option var data = "Data"
    @Option var json: String?

    func run() throws {
        let bench = ExtractionBench(
            corpus: URL(fileURLWithPath: corpus), knowledge: try DataFolder.knowledge(URL(fileURLWithPath: data)),
            runs: runs, threads: Array(Set(threads)).sorted(), limitBytes: limitBytes)
        try bench.run().write(to: json)
    }
}

struct GraphCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "graph", abstract: "Graph steps on DIR/edges.tsv and nodes.tsv, checked against the peer's answers there.")
    @Argument var directory: String
    @Option var reps = 5
    @Option(help: "Repetitions of load, projection, triads and DOT export.") var heavyReps = 3
    @Option(parsing: .upToNextOption, help: "Only these steps after loading: queries, dot (default: every step).")
    var only: [String] = []
    @Flag(help: "Keep the full DOT exports as DIR/ours_full.dot and DIR/ours_full_no_tooltips.dot.") var keepDOT = false
    @Option var json: String?

    func validate() throws {
        let known: Set = ["queries", "dot"]
        for step in only where !known.contains(step) {
            throw ValidationError("unknown step '\(step)' for --only; expected queries or dot")
        }
    }

    func run() throws {
        try GraphBench(
            directory: URL(fileURLWithPath: directory), reps: reps, heavyReps: heavyReps, only: Set(only), keepDOT: keepDOT
        ).run().write(to: json)
    }
}

struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "import", abstract: "GDELT 2.0 rows parsed into a graph.")
    @Argument var file: String
    @Option var runs = 3
    @Option var data = "Data"
    @Option var json: String?

    func run() throws {
        try ImportBench(file: URL(fileURLWithPath: file), mappings: DataFolder.mappings(URL(fileURLWithPath: data)), runs: runs)
            .run().write(to: json)
    }
}

struct SyntaxCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "syntax", abstract: "Loading the syntax model, then tagging and parsing a treebank's sentences from their words.")
    @Argument var treebank: String
    @Option var runs = 5
    @Option var data = "Data"
    @Option var json: String?

    func run() throws {
        let model = URL(fileURLWithPath: data).appendingPathComponent("models/english-ewt.syntax")
        try SyntaxBench(model: model, treebank: URL(fileURLWithPath: treebank), runs: runs).run().write(to: json)
    }
}

struct GenerateGraphCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate-graph", abstract: "A synthetic signed edge list in the peer's TSV format, for runs without the peer.")
    @Argument var directory: String
    @Option var nodes = 2000
    @Option var edges = 200_000
    @Option var seed: UInt64 = 42

    func run() throws {
        let url = URL(fileURLWithPath: directory)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        try SyntheticGraph(nodes: nodes, edges: edges, seed: seed).write(to: url)
    }
}

struct WriteStoreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "write-store",
        abstract: "DIR/edges.tsv and nodes.tsv written as the store DIR/graph.db, to time or profile commands on it.")
    @Argument var directory: String

    func run() throws {
        let url = URL(fileURLWithPath: directory)
        let graph = try EdgeListTSV.decode(
            Data(contentsOf: url.appendingPathComponent("edges.tsv")), source: "edges.tsv",
            nodes: Data(contentsOf: url.appendingPathComponent("nodes.tsv")))
        let store = url.appendingPathComponent("graph.db").path
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: store + suffix) }
        _ = try GraphStore(path: store).add(graph)
        print("\(store): \(graph.actorIDs.count) actors, \(graph.relations.count) relations")
    }
}

/// A signed multigraph in the peer's TSV layout (hub actors, two camps), made
/// without Python; the same shape as the peer's, not the same graph.
struct SyntheticGraph {
    var nodes: Int
    var edges: Int
    var seed: UInt64

    func write(to directory: URL) throws {
        var random = SplitMix(seed: seed)
        let kinds = ["state", "leader", "org"]
        let bloc = (0..<nodes).map { _ in random.next(below: 8) }
        var nodeText = "id\tkind\tbloc\n"
        for i in 0..<nodes { nodeText += "A\(String(format: "%05d", i))\t\(kinds[random.next(below: 3)])\t\(bloc[i])\n" }
        // Squaring a uniform draw favours low ids: they become hubs.
        func endpoint() -> Int {
            let u = Double(random.next() >> 11) / Double(1 << 53)
            return min(nodes - 1, Int(u * u * Double(nodes)))
        }
        var edgeText = "source\ttarget\trelation\tsign\tweight\n"
        edgeText.reserveCapacity(edges * 36)
        for _ in 0..<edges {
            let s = endpoint()
            var t = endpoint()
            if t == s { t = (t + 1) % nodes }
            let friendly = (bloc[s] == bloc[t]) == (random.next(below: 10) < 8)
            let relation = friendly ? ["support", "meeting", "non_aggression"][random.next(below: 3)] : ["hostile", "threat"][random.next(below: 2)]
            let weight = 100 + random.next(below: 901)
            edgeText += "A\(String(format: "%05d", s))\tA\(String(format: "%05d", t))\t\(relation)\t\(friendly ? "+1" : "-1")\t\(weight / 1000).\(String(format: "%03d", weight % 1000))\n"
        }
        try Data(nodeText.utf8).write(to: directory.appendingPathComponent("nodes.tsv"))
        try Data(edgeText.utf8).write(to: directory.appendingPathComponent("edges.tsv"))
    }
}
