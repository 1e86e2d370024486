import ArgumentParser
import Foundation
import StanceGraph

struct CooperatorsQuery: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cooperators",
        abstract: "Who cooperates with an actor without backing it, strongest first.",
        discussion: """
            Counts the cooperative relations aimed at the actor that are not support: agree,
            consult, concede, cooperate, retreat, non-aggression, non-interference and a
            request made as an appeal. With `query supporters` it covers every cooperative
            relation aimed at the actor.
            Example: geostance query cooperators Israel --rolled-up
            """)
    @Argument(help: "An actor id or name.") var actor: String
    @OptionGroup var context: QueryContext

    func run() throws {
        try context.printStandings(of: actor, "cooperators") { try $0.cooperators(of: $1) }
    }
}
