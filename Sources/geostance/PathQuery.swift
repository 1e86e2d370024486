import ArgumentParser
import Foundation
import StanceGraph

struct PathQuery: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "path",
        abstract: "The shortest chain of relations from one actor to another.",
        discussion: "Example: geostance query path Iraq USA --undirected")
    @Argument(help: "Where the path starts.") var from: String
    @Argument(help: "Where it ends.") var to: String
    @Flag(help: "Follow relations in both directions.") var undirected = false
    @Option(help: "Follow only relations of this sign: positive, negative or neutral.") var sign: String?
    @OptionGroup var context: QueryContext

    func validate() throws {
        if let sign, !["positive", "negative", "neutral"].contains(sign) {
            throw ValidationError("--sign must be positive, negative or neutral")
        }
    }

    func run() throws {
        let graph = try context.graph()
        let a = try context.actor(from, in: graph), b = try context.actor(to, in: graph)
        let signs: Set<Sign>? = sign.map { ["positive": [.cooperative], "negative": [.hostile], "neutral": [.neutral]][$0]! }
        let path = try graph.shortestPath(from: a.id, to: b.id, signs: signs, directed: !undirected)
        switch context.format {
        case .json:
            struct Record: Encodable { var from, to: String; var path: [String]?; var hops: Int }
            try Output.emit(Table.json(Record(from: a.id.rawValue, to: b.id.rawValue, path: path?.map(\.rawValue), hops: path.map { $0.count - 1 } ?? -1)), to: nil)
        case .csv:
            try Output.emit(Table.csv(["step", "actor", "name"], (path ?? []).enumerated().map { [String($0.offset), $0.element.rawValue, graph[$0.element]?.name ?? ""] }), to: nil)
        case .table:
            guard let path else {
                try Output.emit("no path from \(a.name) (\(a.id)) to \(b.name) (\(b.id))\n", to: nil)
                return
            }
            try Output.emit(path.map { "\(graph[$0]?.name ?? $0.rawValue) (\($0))" }.joined(separator: " -> ") + "\n", to: nil)
        }
    }
}
