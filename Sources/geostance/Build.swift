import ArgumentParser
import Foundation
import GraphExport
import StanceGraph

struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Build a graph snapshot from articles.",
        discussion: """
            Examples:
              geostance build Data/samples -o graph.json
              geostance build new-articles/ --merge graph.json -o graph.json
            """)

    @OptionGroup var input: InputOptions

    @Option(name: .shortAndLong, help: "The snapshot file to write.")
    var output: String

    @Option(help: "Merge into the graph of this existing snapshot.")
    var merge: String?

    func validate() throws {
        if input.graph != nil { throw ValidationError("build reads articles; use --merge to add to a snapshot") }
    }

    func run() throws {
        input.applyVerbosity()
        var base = try merge.map(Snapshots.read) ?? RelationGraph()
        let (graph, documents) = try input.extractGraph()
        base.merge(graph)
        try AtomicFile.write(try Snapshot.encode(base), to: output)
        Console.note("\(output): \(documents) documents, \(base.actors.count) actors, \(base.relations.count) relations")
    }
}
