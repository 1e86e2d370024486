import Foundation
import ArgumentParser

@main
struct GeoStance: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "geostance",
        abstract: "Turn news text into a typed, signed geopolitical relation graph.",
        discussion: """
            Reads English news articles (plain text, a folder of them, JSON Lines or CSV), finds \
            the actors and the stances they state, and answers who opposes, backs, cooperates \
            or allies with whom, with the evidence for every edge. With no input, commands use the sample \
            articles shipped in Data/samples.

            Examples:
              geostance extract Data/samples
              geostance build Data/samples -o graph.json
              geostance query opponents Iran --graph graph.json
            """,
        version: "0.1.0",
        subcommands: [Extract.self, Build.self, Import.self, Query.self, Export.self, Render.self, Report.self, Evaluate.self, Parse.self, TrainSyntax.self])

    /// Bad input is one line on standard error and exit status 1; usage
    /// errors keep swift-argument-parser's message and status (64).
    static func main() {
        AtomicFile.installInterruptHandler()
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let error as any ReportedError {
            Console.error(error.description)
            Foundation.exit(1)
        } catch {
            exit(withError: error)
        }
    }
}
