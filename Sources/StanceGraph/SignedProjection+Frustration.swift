/// What the frustration index counts.
public enum FrustrationMeasure: String, Hashable, Sendable, Codable, CaseIterable {
    /// The number of frustrated ties.
    case count
    /// The summed |weight| of frustrated ties.
    case weight
}

/// The distance of a signed graph from balance, and the two camps that attain it.
public struct Frustration: Hashable, Sendable, Codable {
    public var measure: FrustrationMeasure
    /// The least number (or weight) of ties whose removal or sign flip makes
    /// the graph balanced, as found.
    public var value: Double
    /// Whether `value` is proven least (every piece solved exactly); when
    /// false it is an upper bound from the heuristic.
    public var isExact: Bool
    /// The two camps implied: ties within a camp should be positive, ties
    /// across negative. Each ascending; the camp of the smallest id first.
    public var camps: [[ActorID]]
    /// The ties the split frustrates: positive across camps, negative within.
    public var frustratedTies: [SignedTie]
    /// Ties with a sign (zero ties take no part).
    public var signedTieCount: Int
    /// Their summed |weight|.
    public var signedTieWeight: Double

    /// Aref & Wilson's normalised balance, 1 - value / (half the signed
    /// ties, or half their weight): 1 when balanced.
    public var normalisedBalance: Double {
        let total = measure == .count ? Double(signedTieCount) : signedTieWeight
        return total == 0 ? 1 : 1 - value / (total / 2)
    }
}

extension SignedProjection {
    /// Pieces up to this many actors (after peeling actors with one tie) are
    /// solved exactly by default.
    public static let defaultExactLimit = 32

    /// The most branches the exact search visits in one piece by default.
    /// Measured: random pieces of 30 actors need 300-9,000 branches and of
    /// 32 actors 1,600-45,000 (about 1 microsecond each in a release build);
    /// the budget bounds a hard piece to about 2 s.
    public static let defaultBranchBudget = 2_000_000

    /// The frustration index: the least number (or weight) of ties whose
    /// removal or flip makes the graph structurally balanced, with the
    /// two-camp split that attains it.
    ///
    /// Implements the measure of Aref & Wilson, "Balance and frustration in
    /// signed networks" (Journal of Complex Networks, 2019); they solve it by
    /// binary programming, here it is solved by branch and bound with
    /// triangle-packing bounds (exact) or iterated local search (heuristic).
    /// The graph splits into connected pieces of signed ties; actors with at
    /// most one tie are peeled off (they never need to frustrate one), and
    /// each remaining piece of up to `exactLimit` actors is solved exactly,
    /// larger ones by the heuristic. Zero ties are ignored. The answer is
    /// exact only when every piece was solved exactly within the budget.
    ///
    /// - Parameters:
    ///   - exactLimit: the largest piece solved exactly; 0 for heuristic only.
    ///     Measured in a debug build on a 2-core machine, random pieces of
    ///     30 actors took 0.1-0.9 s and of 36 actors 1-9 s (the densest
    ///     slowest); time roughly doubles with every 1-2 actors beyond.
    ///   - branchBudget: the most branches the exact search visits in one
    ///     piece; a piece that needs more keeps the best split found.
    ///   - restarts: starts of the heuristic per piece.
    ///   - seed: the heuristic's seed; equal seeds give equal answers.
    /// - Complexity: heuristic O(*restarts* x *rounds* x (*a* + *t*));
    ///   exact O(2^*k*) worst case in the size *k* of the largest piece.
    public func frustration(
        measure: FrustrationMeasure = .count, exactLimit: Int = defaultExactLimit,
        branchBudget: Int = defaultBranchBudget, restarts: Int = 16, seed: UInt64 = 1
    ) -> Frustration {
        let n = actorCount
        var side = [Int](repeating: 0, count: n)
        var exact = true
        let weightOf: (Int) -> Double = { measure == .count ? 1 : abs(tieWeight[$0]) }
        let peel = peelOrder()
        // Each actor's number within its piece; -1 outside the pieces.
        var local = [Int](repeating: -1, count: n)
        for piece in corePieces(keeping: peel.kept) {
            for (i, v) in piece.enumerated() { local[v] = i }
            var edges: [SignedPiece.Edge] = []
            for v in piece {
                for e in offsets[v]..<offsets[v + 1] {
                    let u = Int(neighbours[e]), t = Int(adjacentTie[e])
                    guard u > v, tieSign[t] != 0, local[u] >= 0 else { continue }
                    edges.append(.init(a: local[v], b: local[u], sign: Int(tieSign[t]), weight: weightOf(t)))
                }
            }
            defer { for v in piece { local[v] = -1 } }
            let solver = SignedPiece(nodeCount: piece.count, edges: edges)
            var found = solver.heuristic(restarts: restarts, seed: seed &+ UInt64(piece[0]))
            if piece.count <= exactLimit {
                let search = solver.exact(start: found.side, budget: branchBudget)
                found = (search.side, search.cost)
                exact = exact && search.complete
            } else {
                exact = false
            }
            for (i, v) in piece.enumerated() { side[v] = found.side[i] }
        }
        // Peeled actors follow their one remaining tie (or sit in camp +1).
        for (v, anchor) in peel.removed.reversed() {
            side[v] = anchor.map { side[$0.node] * $0.sign } ?? 1
        }
        return summary(side: side, measure: measure, isExact: exact)
    }

    /// The frustration of a given split: +1 and -1 sides by node index.
    func summary(side: [Int], measure: FrustrationMeasure, isExact: Bool) -> Frustration {
        var side = side
        // Mirror each piece so its smallest actor is on side +1.
        let labels = componentLabels(signedOnly: true)
        var flip = [Int: Int]()
        for v in 0..<actorCount where flip[labels[v]] == nil { flip[labels[v]] = side[v] >= 0 ? 1 : -1 }
        for v in 0..<actorCount { side[v] = (side[v] >= 0 ? 1 : -1) * flip[labels[v]]! }
        var frustrated: [SignedTie] = []
        var value = 0.0, signed = 0, signedWeight = 0.0
        for t in 0..<tieCount where tieSign[t] != 0 {
            signed += 1
            signedWeight += abs(tieWeight[t])
            if Int(tieSign[t]) * side[Int(tieFirst[t])] * side[Int(tieSecond[t])] < 0 {
                frustrated.append(tie(at: t))
                value += measure == .count ? 1 : abs(tieWeight[t])
            }
        }
        let plus = (0..<actorCount).filter { side[$0] > 0 }.map { actors[$0] }
        let minus = (0..<actorCount).filter { side[$0] < 0 }.map { actors[$0] }
        let camps = [plus, minus].filter { !$0.isEmpty }.sorted { $0[0] < $1[0] }
        return Frustration(
            measure: measure, value: value, isExact: isExact, camps: camps, frustratedTies: frustrated,
            signedTieCount: signed, signedTieWeight: signedWeight)
    }

    /// Actors removed because they had at most one signed tie left, in
    /// removal order, each with that tie; and which actors remain.
    func peelOrder() -> (removed: [(Int, (node: Int, sign: Int)?)], kept: [Bool]) {
        var degree = (0..<actorCount).map { v in
            (offsets[v]..<offsets[v + 1]).filter { tieSign[Int(adjacentTie[$0])] != 0 }.count
        }
        var kept = [Bool](repeating: true, count: actorCount)
        var removed: [(Int, (node: Int, sign: Int)?)] = []
        var stack = (0..<actorCount).filter { degree[$0] <= 1 }.reversed().map { $0 }
        while let v = stack.popLast() {
            guard kept[v] else { continue }
            kept[v] = false
            var anchor: (node: Int, sign: Int)?
            for e in offsets[v]..<offsets[v + 1] {
                let u = Int(neighbours[e]), sign = Int(tieSign[Int(adjacentTie[e])])
                guard sign != 0, kept[u] else { continue }
                anchor = (u, sign)
                degree[u] -= 1
                if degree[u] <= 1 { stack.append(u) }
            }
            removed.append((v, anchor))
        }
        return (removed, kept)
    }

    /// Connected pieces of signed ties among kept actors, each ascending.
    func corePieces(keeping kept: [Bool]) -> [[Int]] {
        var seen = kept.map { !$0 }
        var pieces: [[Int]] = []
        for start in 0..<actorCount where !seen[start] {
            seen[start] = true
            var piece = [start], head = 0
            while head < piece.count {
                let u = piece[head]
                head += 1
                for e in offsets[u]..<offsets[u + 1] where tieSign[Int(adjacentTie[e])] != 0 {
                    let v = Int(neighbours[e])
                    if !seen[v] {
                        seen[v] = true
                        piece.append(v)
                    }
                }
            }
            pieces.append(piece.sorted())
        }
        return pieces
    }
}

extension RelationGraph {
    /// The frustration index of the graph's signed projection; see
    /// ``SignedProjection/frustration(measure:exactLimit:branchBudget:restarts:seed:)``.
    public func frustration(
        weighting: ProjectionWeighting = .score, measure: FrustrationMeasure = .count,
        exactLimit: Int = SignedProjection.defaultExactLimit, seed: UInt64 = 1
    ) -> Frustration {
        signedProjection(weighting: weighting).frustration(measure: measure, exactLimit: exactLimit, seed: seed)
    }
}
