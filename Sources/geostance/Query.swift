import ArgumentParser
import Foundation
import StanceGraph

struct Query: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Ask the graph who opposes, backs, cooperates or allies with whom.",
        discussion: """
            Each query takes a snapshot (--graph) or articles (default: Data/samples).

            Examples:
              geostance query opponents Iran --rolled-up
              geostance query relation Iran "United States" --graph graph.json
              geostance query path Iraq USA --format json
            """,
        subcommands: [OpponentsQuery.self, SupportersQuery.self, CooperatorsQuery.self, AlliesQuery.self, RelationQuery.self,
                      PathQuery.self, NeighboursQuery.self, ActorsQuery.self, ActorQuery.self, BalanceQuery.self, BlocsQuery.self,
                      PredictQuery.self, RankQuery.self, TimelineQuery.self, ChangesQuery.self])
}
