import Testing

@testable import StanceGraph

@Suite("Blocs")
struct BlocsTests {
    /// `camps` planted camps of `size`, positive inside and negative across,
    /// with `noise` of the ties' signs flipped.
    static func planted(camps: Int, size: Int, noise: Double, seed: UInt64) -> RelationGraph {
        var random = SignedFixtures.Random(seed: seed)
        var ties: [(Int, Int, Int)] = []
        let n = camps * size
        for a in 0..<n {
            for b in (a + 1)..<n where Double.random(in: 0..<1, using: &random) < 0.5 {
                var sign = a / size == b / size ? 1 : -1
                if Double.random(in: 0..<1, using: &random) < noise { sign = -sign }
                ties.append((a, b, sign))
            }
        }
        return SignedFixtures.graph(n, ties)
    }

    @Test("planted camps are recovered", arguments: [2, 3, 4])
    func recovers(camps: Int) {
        let graph = Self.planted(camps: camps, size: 10, noise: 0.05, seed: UInt64(camps))
        let blocs = graph.blocs(camps: camps)
        let expected = (0..<camps).map { c in (0..<10).map { SignedFixtures.id(c * 10 + $0) } }
        #expect(Set(blocs.camps) == Set(expected))
        #expect(blocs.unaligned.isEmpty)
        #expect(blocs.error == 0.5 * blocs.negativeWithin + 0.5 * blocs.positiveBetween)
    }

    @Test("the seed: by count two splits tie; by weight Iraq sits with Iran, apart from the US")
    func seed() throws {
        let graph = try SignedFixtures.seed()
        #expect(graph.blocs().error == 0.5)  // one tie of the triad must give
        // By score: Iraq-Iran 9.0 (pledges and a meeting), Iraq-US 7.2 (alliance),
        // Iran-US -12.6; the lightest tie, the alliance, is the one left frustrated.
        let blocs = graph.blocs(measure: .weight)
        let camp = blocs.campByActor
        #expect(camp["IRN"] != camp["USA"])
        #expect(camp["IRQ"] == camp["IRN"])
        #expect(camp["pmf"] == camp["IRN"])
        #expect(abs(blocs.positiveBetween - 7.2) < 1e-9 && blocs.negativeWithin == 0)
        #expect(blocs.unaligned.allSatisfy { camp[$0] == nil })
    }

    @Test("two camps at alpha 0.5 cost half the exact frustration", arguments: 0..<6)
    func halfFrustration(seed: UInt64) {
        let p = SignedFixtures.random(16, density: 0.5, seed: 300 + seed).signedProjection()
        #expect(p.blocs(camps: 2).error * 2 == p.frustration().value)
    }

    @Test("empty and one-actor graphs, and the same seed gives the same blocs")
    func edges() {
        #expect(RelationGraph().blocs().camps.isEmpty)
        #expect(SignedFixtures.graph(1, [] as [(Int, Int, Int)]).blocs().unaligned == ["A00"])
        let p = SignedFixtures.random(80, density: 0.1, seed: 8).signedProjection()
        #expect(p.blocs(camps: 3, seed: 4) == p.blocs(camps: 3, seed: 4))
    }
}

@Suite("Predictions from balance")
struct PredictionTests {
    @Test("the enemy of my enemy is my friend; the friend of my enemy my enemy")
    func rules() {
        // 0-1 negative, 1-2 negative: 0-2 implied positive. 2-3 positive: 1-3 implied negative.
        let graph = SignedFixtures.graph(4, [(0, 1, -1), (1, 2, -1), (2, 3, 1)])
        let predictions = try! graph.predictions()
        let byPair = Dictionary(uniqueKeysWithValues: predictions.map { ("\($0.first)-\($0.second)", $0) })
        #expect(byPair["A00-A02"]?.sign == .cooperative)
        #expect(byPair["A00-A02"]?.wedges == [Wedge(via: "A01", firstSign: .hostile, secondSign: .hostile)])
        #expect(byPair["A01-A03"]?.sign == .hostile)
        #expect(byPair["A01-A03"]?.wedges.map(\.impliedSign) == [.hostile])
        #expect(predictions.count == 2)
        #expect(try! graph.predictions(involving: "A03").map(\.first) == ["A01"])
    }

    @Test("the seed predicts the PMF hostile to the US and friendly to Iraq")
    func seed() throws {
        let graph = try SignedFixtures.seed()
        let predictions = try graph.predictions(involving: "pmf")
        let usa = try #require(predictions.first { $0.first == "USA" || $0.second == "USA" })
        #expect(usa.sign == .hostile)
        #expect(usa.wedges.map(\.via) == ["IRN"])
        let iraq = try #require(predictions.first { $0.first == "IRQ" || $0.second == "IRQ" })
        #expect(iraq.sign == .cooperative)
        #expect(throws: GraphError.self) { try graph.predictions(involving: "nowhere") }
    }

    @Test("votes are counted and split evenly gives sign 0; the strongest come first")
    func votes() {
        // 0 and 3 share 1 (+,+), 2 (-,-) and 4 (+,-): 2 positive against 1.
        // 5 and 6 share 7 (+,+) and 8 (+,-): a split.
        let graph = SignedFixtures.graph(9, [
            (0, 1, 1), (1, 3, 1), (0, 2, -1), (2, 3, -1), (0, 4, 1), (4, 3, -1),
            (5, 7, 1), (7, 6, 1), (5, 8, 1), (8, 6, -1),
        ])
        let predictions = try! graph.predictions(minimumWedges: 2)
        let byPair = Dictionary(uniqueKeysWithValues: predictions.map { ("\($0.first)-\($0.second)", $0) })
        let main = try! #require(byPair["A00-A03"])
        #expect(main.sign == .cooperative && main.agreeing == 2 && main.disagreeing == 1)
        #expect(abs(main.confidence - 2.0 / 3) < 1e-12)
        #expect(main.wedges.map(\.via) == ["A01", "A02", "A04"])
        #expect(byPair["A05-A06"]?.sign == .neutral)
        // 1 and 2 are both tied to 0 and to 3, each wedge implying hostility: 2 to 0.
        #expect(byPair["A01-A02"]?.sign == .hostile && byPair["A01-A02"]?.disagreeing == 0)
        // Strongest first: 2 agreeing and none against before 2 against 1.
        #expect(predictions.first.map { "\($0.first)-\($0.second)" } == "A01-A02")
        #expect(predictions.allSatisfy { $0.wedges.count >= 2 })
        #expect(try! graph.predictions(minimumWedges: 2, limit: 1).count == 1)
    }
}
