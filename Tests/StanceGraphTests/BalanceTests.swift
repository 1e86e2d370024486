import Testing

@testable import StanceGraph

@Suite("Signed projection and triad census")
struct BalanceTests {
    /// Triangles by category, counted naively over every triple.
    static func naiveCensus(_ p: SignedProjection) -> [Int] {
        var counts = [0, 0, 0, 0, 0]
        let n = p.actorCount
        for a in 0..<n {
            for b in (a + 1)..<max(a + 1, n) {
                guard let ab = p.sign(a, b) else { continue }
                for c in (b + 1)..<max(b + 1, n) {
                    guard let ac = p.sign(a, c), let bc = p.sign(b, c) else { continue }
                    let signs = [ab, ac, bc]
                    counts[signs.contains(0) ? 4 : signs.filter { $0 < 0 }.count] += 1
                }
            }
        }
        return counts
    }

    static func counts(_ c: TriadCensus) -> [Int] {
        [c.allPositive, c.oneNegative, c.twoNegative, c.allNegative, c.withZero]
    }

    @Test("no actors, one actor and a dyad have no triangles")
    func ladder() {
        for n in 0...2 {
            let graph = SignedFixtures.graph(n, n == 2 ? [(0, 1, -1)] : [])
            let census = graph.triadCensus(byActor: true)
            #expect(census.triangles == 0)
            #expect(census.balanceRatio == nil)
            #expect(census.byActor.isEmpty)
        }
        #expect(RelationGraph().signedProjection().tieCount == 0)
        #expect(SignedFixtures.graph(2, [(0, 1, -1)]).signedProjection().ties.map(\.sign) == [.hostile])
    }

    @Test("the seed's Iraq, Iran, US triad is ++- and unbalanced, with its evidence")
    func seedTriad() throws {
        let graph = try SignedFixtures.seed()
        let census = graph.triadCensus(byActor: true)
        #expect(Self.counts(census) == [0, 1, 0, 0, 0])
        #expect(census.balanceRatio == 0)
        #expect(census.byActor.map(\.actor) == ["IRN", "IRQ", "USA"])
        #expect(census.byActor.allSatisfy { $0.unbalanced == 1 && $0.unbalancedShare == 1 })
        let triads = try graph.unbalancedTriads()
        let triad = try #require(triads.first)
        #expect(triads.count == 1)
        #expect(triad.triad.actors == ["IRN", "IRQ", "USA"])
        #expect(triad.triad.pattern == "+-+")  // IRN-IRQ +, IRN-USA -, IRQ-USA +
        #expect(triad.triad.isUnbalanced && !triad.triad.isBalanced)
        #expect(triad.relations.contains { $0.kind == .hostility })
        #expect(triad.relations.allSatisfy { Set(["IRN", "IRQ", "USA"]).isSuperset(of: [$0.source, $0.target]) })
        #expect(try graph.unbalancedTriads(involving: "pmf").isEmpty)
        #expect(throws: GraphError.self) { try graph.unbalancedTriads(involving: "Atlantis") }
    }

    @Test("the projection rule: sums both ways, zero ties, neutral relations and weighting")
    func projectionRule() throws {
        // A->B support weight 2, B->A accuse weight 2: cancels to a zero tie.
        // B->C support, A->C accuse (weight 3); C->C ignored; A-D only a membership.
        let actors = ["A", "B", "C", "D"].map { Actor(id: ActorID($0), name: $0, kind: .state) }
        func r(_ s: ActorID, _ t: ActorID, _ kind: RelationKind, _ w: Double, _ k: Int) -> Relation {
            Relation(source: s, target: t, kind: kind, confidence: 0.5, weight: w, evidence: Evidence(document: "d", sentenceIndex: k))
        }
        let graph = try RelationGraph(actors: actors, relations: [
            r("A", "B", .support, 2, 0), r("B", "A", .accuse, 2, 1), r("B", "C", .support, 1, 2),
            r("A", "C", .accuse, 3, 3), r("C", "C", .assault, 1, 4), r("A", "D", .membership, 1, 5),
        ])
        let byWeight = graph.signedProjection(weighting: .weight)
        #expect(byWeight.tieCount == 3)
        #expect(byWeight.tie(between: "B", and: "A")?.sign == .neutral)
        #expect(byWeight.tie(between: "A", and: "B")?.relationCount == 2)
        #expect(byWeight.tie(between: "A", and: "C")?.weight == -3)
        #expect(byWeight.tie(between: "A", and: "D") == nil)
        #expect(Self.counts(byWeight.triadCensus()) == [0, 0, 0, 0, 1])
        // By score, support (3.5) and accuse (2.0) no longer cancel.
        let byScore = graph.signedProjection()
        let ab = try #require(byScore.tie(between: "A", and: "B"))
        #expect(abs(ab.weight - (3.5 - 2.0) * 0.5 * 2) < 1e-12 && ab.sign == .cooperative)
        #expect(Self.counts(byScore.triadCensus()) == [0, 1, 0, 0, 0])
        // Filtering first changes the projection.
        let hostileOnly = graph.filtered(by: RelationFilter(signs: [.hostile])).signedProjection()
        #expect(hostileOnly.ties.allSatisfy { $0.sign == .hostile })
    }

    @Test("hand-counted census of a small graph")
    func handCounted() {
        // K4 on 0..3 with 0-1 negative: triangles 012 (-++), 013 (-++), 023 (+++), 123 (+++).
        let graph = SignedFixtures.graph(4, [(0, 1, -1), (0, 2, 1), (0, 3, 1), (1, 2, 1), (1, 3, 1), (2, 3, 1)])
        let census = graph.triadCensus(byActor: true)
        #expect(Self.counts(census) == [2, 2, 0, 0, 0])
        #expect(census.balanceRatio == 0.5)
        #expect(census.byActor.map(\.unbalanced) == [2, 2, 1, 1])
        #expect(census.byActor.map(\.balanced) == [1, 1, 2, 2])
    }

    @Test("the fast census equals counting every triple", arguments: 0..<8)
    func matchesNaive(seed: UInt64) {
        let p = SignedFixtures.random(40 + Int(seed) * 5, density: 0.15 + 0.1 * Double(seed % 4), seed: seed)
            .signedProjection()
        let census = p.triadCensus(byActor: true)
        #expect(Self.counts(census) == Self.naiveCensus(p))
        let perActor = census.byActor.reduce(0) { $0 + $1.balanced + $1.unbalanced + $1.withZero }
        #expect(perActor == 3 * census.triangles)
        #expect(p.unbalancedTriads().count == census.unbalanced)
    }

    @Test("the first triads under a limit are the first of the full listing", arguments: 0..<6)
    func limitedListing(seed: UInt64) throws {
        // Random signs give unbalanced triads among the first actors. Two balanced
        // camps and, last in order, a small group apart with random signs give them only late,
        // where the early scan gives up.
        let mixed = SignedFixtures.random(30 + Int(seed) * 10, density: 0.2, seed: seed)
        var camps: [(Int, Int, Int)] = []
        var random = SignedFixtures.Random(seed: seed)
        let n = 120, apart = 110
        for a in 0..<n {
            for b in (a + 1)..<n where (a < apart) == (b < apart) {
                // The camps tie half their pairs; the group apart ties every pair.
                guard a >= apart || Double.random(in: 0..<1, using: &random) < 0.5 else { continue }
                let sign = a < apart ? (a % 2 == b % 2 ? 1 : -1) : (Bool.random(using: &random) ? 1 : -1)
                camps.append((a, b, sign))
            }
        }
        let twoCamps = SignedFixtures.graph(n, camps)
        // Both ways of listing are taken: the early scan, and the full listing after it gives up.
        #expect(mixed.signedProjection().firstUnbalancedTriads(limit: 3) != nil)
        #expect(twoCamps.signedProjection().firstUnbalancedTriads(limit: 20) == nil)
        for graph in [mixed, twoCamps] {
            let all = try graph.unbalancedTriads().map(\.triad)
            #expect(!all.isEmpty)
            for limit in [1, 3, 20, all.count + 5] {
                #expect(try graph.unbalancedTriads(limit: limit).map(\.triad) == Array(all.prefix(limit)))
            }
        }
    }

    @Test("thousands of actors: census by common neighbours agrees")
    func thousands() {
        let n = 3000
        var random = SignedFixtures.Random(seed: 99)
        var ties: [(Int, Int, Int, Double)] = []
        for _ in 0..<60_000 {
            // Skewed endpoints give hubs, as in news graphs.
            let u = Double.random(in: 0..<1, using: &random)
            let a = Int(Double(n) * u * u * u)
            let b = Int.random(in: 0..<n, using: &random)
            if a != b { ties.append((a, b, Bool.random(using: &random) ? 1 : -1, 1)) }
        }
        let p = SignedFixtures.graph(n, ties).signedProjection()
        let census = p.triadCensus()
        // Independent count: for each tie, its common neighbours; each triangle thrice.
        var neighbours = [Set<Int>](repeating: [], count: n)
        for t in p.ties {
            let a = p.index(of: t.first)!, b = p.index(of: t.second)!
            neighbours[a].insert(b)
            neighbours[b].insert(a)
        }
        var counts = [0, 0, 0, 0, 0]
        for t in p.ties {
            let a = p.index(of: t.first)!, b = p.index(of: t.second)!
            for c in neighbours[a].intersection(neighbours[b]) {
                let signs = [t.sign.rawValue, p.sign(a, c)!, p.sign(b, c)!]
                counts[signs.contains(0) ? 4 : signs.filter { $0 < 0 }.count] += 1
            }
        }
        #expect(counts.map { $0 / 3 } == Self.counts(census))
        #expect(census.triangles > 1000)
    }

}

@Suite("Components")
struct ComponentTests {
    @Test("weak and strong components, symmetric kinds both ways")
    func components() throws {
        let actors = ["A", "B", "C", "D", "E", "F", "G"].map { Actor(id: ActorID($0), name: $0, kind: .state) }
        func r(_ s: ActorID, _ t: ActorID, _ kind: RelationKind = .consult) -> Relation {
            Relation(source: s, target: t, kind: kind, evidence: Evidence(document: "\(s)\(t)"))
        }
        let graph = try RelationGraph(actors: actors, relations: [
            r("A", "B"), r("B", "C"), r("C", "A"), r("C", "D"), r("F", "G", .hostility),
        ])
        #expect(graph.weaklyConnectedComponents() == [["A", "B", "C", "D"], ["F", "G"], ["E"]])
        #expect(graph.stronglyConnectedComponents() == [["A", "B", "C"], ["F", "G"], ["D"], ["E"]])
        #expect(graph.signedProjection().connectedComponents() == [["A", "B", "C", "D"], ["F", "G"], ["E"]])
        #expect(try graph.hopCounts(for: [("A", "D"), ("D", "A"), ("G", "F"), ("E", "E")]) == [3, nil, 1, 0])
        #expect(try graph.hopCounts(for: [("D", "A")], directed: false) == [2])
        #expect(RelationGraph().stronglyConnectedComponents().isEmpty)
    }
}
