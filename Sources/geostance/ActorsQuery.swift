import ArgumentParser
import Foundation
import StanceGraph

struct ActorsQuery: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "actors",
        abstract: "List the actors in the graph.",
        discussion: "Example: geostance query actors --kind state person")
    @Option(name: .long, parsing: .upToNextOption, help: "Only these kinds: state, sector, person, party, armed-group, organisation, igo.")
    var kind: [String] = []
    @OptionGroup var input: InputOptions
    @Flag(name: .customLong("rolled-up"), help: "Fold persons and state sectors into the state they act for.")
    var rolledUp = false
    @Option(help: "Output format: table, json or csv.") var format: TableFormat = .table

    func validate() throws {
        for name in kind where ActorKind(rawValue: name) == nil {
            throw ValidationError("unknown actor kind '\(name)'; kinds: \(ActorKind.allCases.map(\.rawValue).joined(separator: ", "))")
        }
    }

    func run() throws {
        let loaded = try input.loadGraph()
        let graph = rolledUp ? loaded.rolledUp() : loaded
        let kinds = Set(kind.compactMap(ActorKind.init(rawValue:)))
        let actors = graph.actors.filter { kinds.isEmpty || kinds.contains($0.kind) }
        let rows = actors.map { a in
            [a.id.rawValue, a.name, a.kind.rawValue, a.state?.rawValue ?? "",
             String(graph.relationCount(of: a.id))]
        }
        switch format {
        case .json:
            struct Record: Encodable { var id, name, kind: String; var state: String?; var relations: Int }
            try Output.emit(Table.json(actors.map { a in
                Record(id: a.id.rawValue, name: a.name, kind: a.kind.rawValue, state: a.state?.rawValue,
                       relations: graph.relationCount(of: a.id))
            }), to: nil)
        case .csv: try Output.emit(Table.csv(["id", "name", "kind", "state", "relations"], rows), to: nil)
        case .table: try Output.emit(Table.render(["ID", "NAME", "KIND", "STATE", "RELATIONS"], rows), to: nil)
        }
    }
}
