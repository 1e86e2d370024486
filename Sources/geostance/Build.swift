import ArgumentParser
import Foundation
import GraphExport
import GraphStore
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
            """)

    @OptionGroup var input: InputOptions

    @Option(name: .shortAndLong, help: "The store (.db, .sqlite) or snapshot (.json) to write.")
    var output: String

    @Option(help: "Merge into the graph of this existing store or snapshot (building into a store merges already).")
    var merge: String?

    func validate() throws {
        if input.graph != nil { throw ValidationError("build reads articles; use --merge to add to a snapshot") }
    }

    func run() throws {
        input.applyVerbosity()
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
}
