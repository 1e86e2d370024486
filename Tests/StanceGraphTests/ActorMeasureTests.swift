import Testing

@testable import StanceGraph

@Suite("Actor measures and balance over time")
struct ActorMeasureTests {
    @Test("the seed: hostility given and received, ties and share of the tension")
    func seed() throws {
        let graph = try SignedFixtures.seed()
        let measures = Dictionary(uniqueKeysWithValues: graph.actorBalances().map { ($0.actor, $0) })
        let usa = try #require(measures["USA"]), iraq = try #require(measures["IRQ"])
        let iran = try #require(measures["IRN"])
        // Iran's hostility toward the US is symmetric; Khamenei's threat folds into Iran.
        #expect(usa.hostilityReceived > 0 && usa.hostilityGiven > 0)
        #expect(iran.hostilityGiven > usa.hostilityGiven)
        #expect(iraq.hostilityGiven == 0 && iraq.hostilityReceived == 0)
        #expect(iraq.positiveTies == 2 && iraq.negativeTies == 0)
        #expect(usa.negativeTies == 1)
        #expect(iraq.unbalancedTriads == 1 && iraq.shareOfUnbalanced == 1 && iraq.unbalancedShare == 1)
        #expect(measures["pmf"]?.shareOfUnbalanced == 0)
        #expect(graph.actorBalances().map(\.actor) == graph.actorIDs)
    }

    @Test("PN centrality: a positive hub ranks first, an opposed actor last")
    func centrality() {
        // 0 is supported by 1...4; 5 is opposed by 1...4.
        let graph = SignedFixtures.graph(6, [(1, 0, 1), (2, 0, 1), (3, 0, 1), (4, 0, 1),
                                             (1, 5, -1), (2, 5, -1), (3, 5, -1), (4, 5, -1)])
        let c = graph.actorBalances().map(\.centrality)
        #expect(c[0] == c.max())
        #expect(c[5] == c.min())
        #expect(c[5] < 1 && c[0] > 1)
        // Hand check of the fixed point for a lone positive dyad: x = 1 + x/2, x = 2.
        let dyad = SignedFixtures.graph(2, [(0, 1, 1)]).actorBalances().map(\.centrality)
        #expect(dyad.allSatisfy { abs($0 - 2) < 1e-9 })
        #expect(RelationGraph().actorBalances().isEmpty)
    }

    static func dated(_ items: [(Int, Int, Int, String)]) -> RelationGraph {
        let actors = (0..<3).map { Actor(id: SignedFixtures.id($0), name: "\($0)", kind: .state) }
        let relations = items.enumerated().map { k, item in
            Relation(
                source: SignedFixtures.id(item.0), target: SignedFixtures.id(item.1),
                kind: item.2 > 0 ? .support : .accuse, date: Day(item.3), intensity: Double(item.2),
                evidence: Evidence(document: "news", sentenceIndex: k))
        }
        return try! RelationGraph(actors: actors, relations: relations)
    }

    @Test("monthly windows show balance and a dyad turning hostile")
    func windows() {
        // January: a balanced +++ triangle. March: 0-1 turns hostile, unbalanced. February empty.
        let graph = Self.dated([
            (0, 1, 1, "2020-01-05"), (1, 2, 1, "2020-01-09"), (0, 2, 1, "2020-01-31"),
            (0, 1, -1, "2020-03-01"), (1, 0, -1, "2020-03-02"), (1, 2, 1, "2020-03-10"), (2, 0, 1, "2020-03-31"),
        ])
        let windows = graph.balanceOverTime(pairs: [("A00", "A01")])
        #expect(windows.map(\.start.description) == ["2020-01-01", "2020-02-01", "2020-03-01"])
        #expect(windows.map(\.end.description) == ["2020-01-31", "2020-02-29", "2020-03-31"])
        #expect(windows.map(\.relationCount) == [3, 0, 4])
        #expect(windows.map(\.census.balanced) == [1, 0, 0])
        #expect(windows.map(\.census.unbalanced) == [0, 0, 1])
        #expect(windows.map(\.frustration) == [0, 0, 1])
        #expect(windows.map { $0.ties.map(\.sign) } == [[.cooperative], [], [.hostile]])
        // Cumulative: by March the two hostile relations outweigh the early support.
        let cumulative = graph.balanceOverTime(pairs: [("A01", "A00")], cumulative: true)
        #expect(cumulative.map(\.relationCount) == [3, 3, 7])
        #expect(cumulative.last?.ties.first?.sign == .hostile)
        // Ten-day windows from the first date.
        let tenDays = graph.balanceOverTime(window: .days(10))
        #expect(tenDays.first?.start.description == "2020-01-05" && tenDays.first?.end.description == "2020-01-14")
        #expect(tenDays.reduce(0) { $0 + $1.relationCount } == 7)
        #expect(RelationGraph().balanceOverTime().isEmpty)
    }
}
