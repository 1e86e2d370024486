import ArgumentParser
import ExtractionStream
import Foundation
import GraphIO
import GraphStore
import StanceExtraction
import StanceGraph

struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Build a graph store or snapshot from articles.",
        discussion: """
            An output ending in .db or .sqlite is a store (SQLite): building into one that exists \
            adds the articles it does not have yet (same id or same text: skipped), all in one \
            transaction, so a rerun adds nothing and a kill leaves the previous content. Any other \
            output is a JSON snapshot, written whole.

            Examples:
              geostance build Data/samples -o graph.db
              geostance build todays-articles/ -o graph.db
              geostance build Data/samples -o graph.json
              geostance build new-articles/ --merge graph.json -o graph.json
              geostance build --relations spark-out/ -o graph.db

            --relations reads relations already extracted, as JSON Lines (what \
            `geostance extract --format jsonl` and geostance-worker write): a file, or a folder \
            of them such as Spark's part files (names starting with _ or . are left out). \
            Actors and the persons' offices come from the data folder's gazetteer; a bad line \
            stops the build, naming the file and line, and nothing is written.
            """)

    @OptionGroup var input: InputOptions

    @Option(name: .shortAndLong, help: "The store (.db, .sqlite) or snapshot (.json) to write.")
    var output: String

    @Option(help: "Merge into the graph of this existing store or snapshot (building into a store merges already).")
    var merge: String?

    @Option(help: "Build from relations as JSON Lines (a file, or a folder of part files) instead of articles.")
    var relations: String?

    func validate() throws {
        if input.graph != nil { throw ValidationError("build reads articles; use --merge to add to a snapshot") }
        if relations != nil && !input.inputs.isEmpty { throw ValidationError("give either --relations or article inputs, not both") }
    }

    func run() throws {
        input.applyVerbosity()
        if let relations {
            try build(fromRelations: relations)
            return
        }
        if GraphFiles.isStore(output) {
            try buildStore()
            return
        }
        var base = try merge.map(GraphFiles.read) ?? RelationGraph()
        let (graph, documents) = try input.extractGraph()
        base.merge(graph)
        try AtomicFile.write(try Snapshot.encode(base), to: output)
        Console.note("\(output): \(documents) documents, \(base.actors.count) actors, \(base.relations.count) relations")
    }

    /// Extracts the articles, then adds them to the store in one transaction.
    func buildStore() throws {
        // A store that exists is opened first, so one that cannot be read is said before the
        // extraction, not after; a new one is made only once there is something to put in it.
        let existing = FileManager.default.fileExists(atPath: output) ? try GraphFiles.open(output, mode: .readWrite) : nil
        var (graph, _, records) = try input.extractGraph(recordingDocuments: true)
        if let merge, URL(fileURLWithPath: merge).standardizedFileURL != URL(fileURLWithPath: output).standardizedFileURL {
            var other = try GraphFiles.read(merge)
            other.merge(graph)
            graph = other
        }
        let store = try existing ?? GraphFiles.open(output, mode: .readWrite)
        try GraphFiles.add(graph, documents: records, to: store, path: output)
    }

    /// Builds the store or snapshot from relation JSON Lines.
    func build(fromRelations path: String) throws {
        let extractor = Extractor(knowledge: try DataLocator.knowledge(input.data))
        let existing = GraphFiles.isStore(output) && FileManager.default.fileExists(atPath: output)
            ? try GraphFiles.open(output, mode: .readWrite) : nil
        var graph = try extractor.graph(from: Self.readRelations(path, knowledge: extractor.knowledge))
        if let merge, URL(fileURLWithPath: merge).standardizedFileURL != URL(fileURLWithPath: output).standardizedFileURL {
            var other = try GraphFiles.read(merge)
            other.merge(graph)
            graph = other
        }
        if GraphFiles.isStore(output) {
            let store = try existing ?? GraphFiles.open(output, mode: .readWrite)
            try GraphFiles.add(graph, documents: [], to: store, path: output)
        } else {
            try AtomicFile.write(try Snapshot.encode(graph), to: output)
            Console.note("\(output): \(graph.actors.count) actors, \(graph.relations.count) relations")
        }
    }

    /// The relations in a JSON Lines file or a folder of them, in file-name order.
    ///
    /// - Throws: ``CLIError`` naming the file and line of the first bad line, or an actor the gazetteer lacks.
    static func readRelations(_ path: String, knowledge: Knowledge) throws -> [Relation] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw CLIError("\(path): no such file or folder")
        }
        var files = [path]
        if isDirectory.boolValue {
            let names = try FileManager.default.contentsOfDirectory(atPath: path)
                .filter { !$0.hasPrefix("_") && !$0.hasPrefix(".") && !$0.hasSuffix(".crc") }.sorted()
            files = names.map { (path as NSString).appendingPathComponent($0) }
            if files.isEmpty { throw CLIError("\(path): no relation files in this folder") }
        }
        var relations: [Relation] = []
        for file in files {
            guard let handle = FileHandle(forReadingAtPath: file) else { throw CLIError("\(file): cannot read the file") }
            defer { try? handle.close() }
            var lines = LineReader(descriptor: handle.fileDescriptor)
            while let line = lines.next() {
                guard let relation = try RelationLines.relation(line, source: file, line: lines.number) else { continue }
                for id in [relation.source, relation.target] + (relation.evidence.speaker.map { [$0] } ?? [])
                where knowledge.actors[id] == nil {
                    throw CLIError("\(file):\(lines.number): actor '\(id)' is not in this data folder's gazetteer")
                }
                relations.append(relation)
            }
        }
        return relations
    }
}
