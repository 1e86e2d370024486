import ArgumentParser
import Foundation
import StanceGraph

struct AlliesQuery: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "allies",
        abstract: "Who an actor has cooperative relations with, either direction.",
        discussion: """
            Counts every cooperative relation between the actor and a partner, whoever states
            it: support and cooperation alike (agree, consult, support, concede, cooperate,
            aid, retreat, alliance, non-aggression, non-interference, backing, and a request
            made as an appeal).
            Example: geostance query allies USA --rolled-up
            """)
    @Argument(help: "An actor id or name.") var actor: String
    @OptionGroup var context: QueryContext

    func run() throws {
        try context.printStandings(of: actor, "allies") { try $0.allies(of: $1) }
    }
}
