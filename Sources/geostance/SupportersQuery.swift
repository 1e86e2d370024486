import ArgumentParser
import Foundation
import StanceGraph

struct SupportersQuery: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "supporters",
        abstract: "Who backs an actor (support, aid, backing, alliance), strongest first.",
        discussion: """
            Counts only relations that back the actor: support (praise, endorsement), aid
            (material, military or humanitarian) and backing aimed at it, and alliance
            (defence pacts; symmetric, so stated either way). Agreeing, consulting, conceding
            or cooperating is not support: see `query cooperators`.
            Example: geostance query supporters Iraq --rolled-up
            """)
    @Argument(help: "An actor id or name.") var actor: String
    @OptionGroup var context: QueryContext

    func run() throws {
        try context.printStandings(of: actor, "supporters") { try $0.supporters(of: $1) }
    }
}
