import ArgumentParser
import Foundation
import StanceGraph

struct OpponentsQuery: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "opponents",
        abstract: "Who acts against an actor (hostile relations aimed at it), strongest first.",
        discussion: """
            Counts every hostile relation aimed at the actor: accuse, reject, threaten, protest,
            sanction, mobilize, coerce, assault, a request made as a demand, and hostility
            (symmetric, so stated either way). Verbal and material conflict alike; the
            RELATIONS column gives each partner's counts by kind.
            Example: geostance query opponents Iran --rolled-up
            """)
    @Argument(help: "An actor id or name (IRN, Iran, Khamenei).") var actor: String
    @OptionGroup var context: QueryContext

    func run() throws {
        try context.printStandings(of: actor, "opponents") { try $0.opponents(of: $1) }
    }
}
