@testable import StanceGraph

/// Signed graphs for the balance tests: hand-made and seeded random ones.
enum SignedFixtures {
    /// The deterministic generator the library's searches use.
    typealias Random = SplitMix64

    static func id(_ i: Int) -> ActorID { ActorID(i < 10 ? "A0\(i)" : "A\(i)") }

    /// A graph of `n` states A00... and one relation per listed tie:
    /// support for +1, accuse for -1, weight as given.
    static func graph(_ n: Int, _ ties: [(Int, Int, Int, Double)]) -> RelationGraph {
        let actors = (0..<n).map { Actor(id: id($0), name: id($0).rawValue, kind: .state) }
        let relations = ties.enumerated().map { k, tie in
            Relation(
                source: id(tie.0), target: id(tie.1), kind: tie.2 > 0 ? .support : .accuse,
                intensity: Double(tie.2), weight: tie.3,
                evidence: Evidence(document: "fixture", sentenceIndex: k))
        }
        return try! RelationGraph(actors: actors, relations: relations)
    }

    /// Unit-weight ties given as (a, b, sign).
    static func graph(_ n: Int, _ ties: [(Int, Int, Int)]) -> RelationGraph {
        graph(n, ties.map { ($0.0, $0.1, $0.2, 1.0) })
    }

    /// A random signed graph: each pair tied with probability `density`,
    /// negative with probability `negative`, weights 1...5 when `weighted`.
    static func random(
        _ n: Int, density: Double, negative: Double = 0.4, weighted: Bool = false, seed: UInt64
    ) -> RelationGraph {
        var random = Random(seed: seed)
        var ties: [(Int, Int, Int, Double)] = []
        for a in 0..<n {
            for b in (a + 1)..<max(a + 1, n) where Double.random(in: 0..<1, using: &random) < density {
                let sign = Double.random(in: 0..<1, using: &random) < negative ? -1 : 1
                let weight = weighted ? Double(Int.random(in: 1...5, using: &random)) : 1
                ties.append(Bool.random(using: &random) ? (a, b, sign, weight) : (b, a, sign, weight))
            }
        }
        return graph(n, ties)
    }

    /// The rolled-up seed triad as a signed graph: Iraq-Iran +, Iraq-US +, Iran-US -.
    static func seed() throws -> RelationGraph { try Fixtures.seedTriad().rolledUp() }
}
