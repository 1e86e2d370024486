import Testing

@testable import StanceGraph

@Suite("Frustration index")
struct FrustrationTests {
    /// The least frustration over every split, by enumeration (n <= 16).
    static func bruteForce(_ p: SignedProjection, measure: FrustrationMeasure) -> Double {
        let n = p.actorCount
        guard n > 1 else { return 0 }
        var best = Double.infinity
        for mask in 0..<(1 << (n - 1)) {
            var value = 0.0
            for t in 0..<p.tieCount where p.tieSign[t] != 0 {
                let a = (mask >> Int(p.tieFirst[t])) & 1, b = (mask >> Int(p.tieSecond[t])) & 1
                let across = a != b
                if (p.tieSign[t] > 0) == across { value += measure == .count ? 1 : abs(p.tieWeight[t]) }
            }
            best = min(best, value)
        }
        return best
    }

    @Test("empty graph, one actor and a dyad are balanced")
    func smallest() {
        for graph in [SignedFixtures.graph(0, [] as [(Int, Int, Int)]), SignedFixtures.graph(1, [] as [(Int, Int, Int)]),
                      SignedFixtures.graph(2, [(0, 1, -1)])] {
            let f = graph.frustration()
            #expect(f.value == 0)
            #expect(f.isExact)
            #expect(f.frustratedTies.isEmpty)
        }
        let dyad = SignedFixtures.graph(2, [(0, 1, -1)]).frustration()
        #expect(dyad.camps == [["A00"], ["A01"]])
        #expect(SignedFixtures.graph(0, [] as [(Int, Int, Int)]).frustration().camps.isEmpty)
    }

    @Test("the seed triad Iraq-Iran-US needs one tie changed")
    func seedTriad() throws {
        let f = try SignedFixtures.seed().frustration()
        #expect(f.value == 1)
        #expect(f.isExact)
        #expect(f.frustratedTies.count == 1)
        let triad = SignedFixtures.graph(3, [(0, 1, 1), (0, 2, 1), (1, 2, -1)]).frustration()
        #expect(triad.value == 1 && triad.normalisedBalance == 1 - 1 / 1.5)
    }

    @Test("an all-negative triangle, a balanced square and two camps")
    func handComputed() {
        #expect(SignedFixtures.graph(3, [(0, 1, -1), (1, 2, -1), (0, 2, -1)]).frustration().value == 1)
        // Square: + - + - around the cycle is balanced (an even number of negatives).
        let square = SignedFixtures.graph(4, [(0, 1, 1), (1, 2, -1), (2, 3, 1), (3, 0, -1)]).frustration()
        #expect(square.value == 0)
        #expect(square.camps == [["A00", "A01"], ["A02", "A03"]])
        // K4 with all ties negative: at best two camps of two leave 2 negatives within.
        let k4 = SignedFixtures.graph(4, [(0, 1, -1), (0, 2, -1), (0, 3, -1), (1, 2, -1), (1, 3, -1), (2, 3, -1)])
        #expect(k4.frustration().value == 2)
        // Weighted: the lightest tie of an unbalanced triangle is the one to drop.
        let weighted = SignedFixtures.graph(3, [(0, 1, 1, 5), (1, 2, 1, 4), (0, 2, -1, 0.5)])
        let f = weighted.frustration(weighting: .weight, measure: .weight)
        #expect(f.value == 0.5)
        #expect(f.frustratedTies.map(\.first) == ["A00"] && f.frustratedTies.map(\.second) == ["A02"])
    }

    @Test("exact equals enumeration on random graphs", arguments: 0..<24)
    func exactMatchesBruteForce(seed: UInt64) {
        let n = 4 + Int(seed % 10)
        let graph = SignedFixtures.random(n, density: 0.6, weighted: seed % 2 == 1, seed: seed)
        let projection = graph.signedProjection()
        let measure: FrustrationMeasure = seed % 2 == 1 ? .weight : .count
        let exact = projection.frustration(measure: measure, exactLimit: 64, restarts: 1)
        #expect(exact.isExact)
        #expect(abs(exact.value - Self.bruteForce(projection, measure: measure)) < 1e-9)
        // The reported ties are exactly those the camps frustrate.
        let camp = Dictionary(uniqueKeysWithValues: exact.camps.enumerated().flatMap { i, c in c.map { ($0, i) } })
        let recount = projection.ties.filter { $0.sign != .neutral && ($0.sign == .cooperative) == (camp[$0.first] != camp[$0.second]) }
        #expect(recount == exact.frustratedTies)
    }

    @Test("the heuristic's gap to the exact answer on 40 random graphs of 12 to 24 actors")
    func heuristicGap() {
        var totalGap = 0.0, worst = 0.0, optimal = 0
        let runs = 40
        for seed in 0..<UInt64(runs) {
            let graph = SignedFixtures.random(12 + Int(seed % 13), density: 0.5, seed: 1000 + seed)
            let p = graph.signedProjection()
            let exact = p.frustration(exactLimit: 64)
            let heuristic = p.frustration(exactLimit: 0, restarts: 4, seed: seed)
            #expect(!heuristic.isExact && exact.isExact)
            #expect(heuristic.value >= exact.value)
            let gap = exact.value == 0 ? heuristic.value : (heuristic.value - exact.value) / exact.value
            totalGap += gap
            worst = max(worst, gap)
            if heuristic.value == exact.value { optimal += 1 }
        }
        // Measured: the heuristic finds the optimum on nearly every graph.
        #expect(optimal >= runs * 9 / 10, "optimal on \(optimal) of \(runs)")
        #expect(worst <= 0.1, "worst relative gap \(worst)")
        #expect(totalGap / Double(runs) <= 0.01, "mean relative gap \(totalGap / Double(runs))")
    }

    /// Counted in branches, not seconds: a timed test fails on a busy machine.
    @Test("30 actors solve exactly within a budget of 20,000 branches")
    func thirtyActors() {
        for seed in UInt64(0)..<3 {
            let p = SignedFixtures.random(30, density: 0.3 + 0.3 * Double(seed), seed: 77 + seed)
                .signedProjection()
            #expect(p.frustration(branchBudget: 20_000).isExact)
        }
    }

    @Test("a piece that outruns the branch budget keeps the heuristic's split or better, marked not exact")
    func budgetRunsOut() {
        for seed in UInt64(0)..<4 {
            let p = SignedFixtures.random(30, density: 0.6, seed: 300 + seed).signedProjection()
            let exact = p.frustration()
            let cut = p.frustration(branchBudget: 10)
            let heuristic = p.frustration(exactLimit: 0)
            #expect(exact.isExact && !cut.isExact)
            #expect(cut.value >= exact.value && cut.value <= heuristic.value)
            // The split reported is the one counted.
            #expect(cut.frustratedTies.count == Int(cut.value))
        }
    }

    @Test("the answer is the same for the same seed")
    func deterministic() {
        let p = SignedFixtures.random(60, density: 0.2, seed: 5).signedProjection()
        let a = p.frustration(exactLimit: 0, seed: 9), b = p.frustration(exactLimit: 0, seed: 9)
        #expect(a == b)
    }
}
