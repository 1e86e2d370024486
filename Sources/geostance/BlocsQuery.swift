import ArgumentParser
import Foundation
import StanceGraph

struct BlocsQuery: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "blocs",
        abstract: "Split the actors into camps that minimise hostility inside and friendship across (Doreian & Mrvar).",
        discussion: """
            Deterministic for a given --seed.

            Example:
              geostance query blocs --camps 3 --rolled-up
            """)
    @OptionGroup var context: QueryContext
    @Option(help: "How many camps.") var camps = 2
    @Option(help: "Seed for the search.") var seed: UInt64 = 1

    func validate() throws {
        if camps < 1 { throw ValidationError("--camps must be at least 1") }
    }

    func run() throws {
        let graph = try context.graph()
        let blocs = graph.blocs(camps: camps, seed: seed)
        func name(_ id: ActorID) -> String { graph[id]?.name ?? id.rawValue }
        switch context.format {
        case .json: try Output.emit(Table.json(blocs), to: nil)
        case .csv:
            var rows: [[String]] = []
            for (i, camp) in blocs.camps.enumerated() { rows += camp.map { [String(i + 1), $0.rawValue, name($0)] } }
            rows += blocs.unaligned.map { ["", $0.rawValue, name($0)] }
            try Output.emit(Table.csv(["camp", "actor", "name"], rows), to: nil)
        case .table:
            var text = "\(blocs.camps.filter { !$0.isEmpty }.count) camps, error \(Table.number(blocs.error)) (hostile ties inside \(Table.number(blocs.negativeWithin)), friendly ties across \(Table.number(blocs.positiveBetween)))\n"
            for (i, camp) in blocs.camps.enumerated() where !camp.isEmpty {
                text += "camp \(i + 1): \(camp.map(name).joined(separator: ", "))\n"
            }
            if !blocs.unaligned.isEmpty { text += "no signed ties: \(blocs.unaligned.map(name).joined(separator: ", "))\n" }
            try Output.emit(text, to: nil)
        }
    }
}
