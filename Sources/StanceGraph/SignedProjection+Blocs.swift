/// A partition of the actors into camps that leaves as few negative ties
/// inside camps and positive ties between camps as it can.
public struct Blocs: Hashable, Sendable, Codable {
    /// The most camps allowed.
    public var maximumCamps: Int
    /// The camps, largest first (ties by smallest id); each ascending.
    public var camps: [[ActorID]]
    /// Actors with no signed tie, in no camp.
    public var unaligned: [ActorID]
    /// Doreian & Mrvar's criterion: alpha x negativeWithin + (1 - alpha) x positiveBetween.
    public var error: Double
    public var alpha: Double
    /// Negative ties inside camps (count or |weight|, per the measure).
    public var negativeWithin: Double
    /// Positive ties between camps (count or |weight|, per the measure).
    public var positiveBetween: Double
    public var measure: FrustrationMeasure

    /// The number of the camp holding each aligned actor, from 0.
    public var campByActor: [ActorID: Int] {
        var result: [ActorID: Int] = [:]
        for (i, camp) in camps.enumerated() { for actor in camp { result[actor] = i } }
        return result
    }
}

extension SignedProjection {
    /// Camps by signed blockmodelling: the partition into at most `camps`
    /// clusters minimising alpha x (negative ties within) + (1 - alpha) x
    /// (positive ties between).
    ///
    /// Implements the relocation algorithm of Doreian & Mrvar, "A
    /// partitioning approach to structural balance" (Social Networks 18,
    /// 1996): from each start (the two camps of the frustration heuristic,
    /// then random partitions), move single actors to the camp that lowers
    /// the criterion most until no move helps; keep the best partition.
    /// Deterministic for a given seed. With `camps` = 2 and alpha = 0.5 the
    /// criterion is half the frustration index.
    ///
    /// - Complexity: O(*restarts* x *sweeps* x (*t* + *a* x *k*)).
    public func blocs(
        camps k: Int = 2, alpha: Double = 0.5, measure: FrustrationMeasure = .count, restarts: Int = 16,
        seed: UInt64 = 1
    ) -> Blocs {
        let k = max(1, k)
        let n = actorCount
        let signed = (0..<n).map { v in
            (offsets[v]..<offsets[v + 1]).filter { tieSign[Int(adjacentTie[$0])] != 0 }.map { e in
                let t = Int(adjacentTie[e])
                return (node: Int(neighbours[e]), sign: Int(tieSign[t]),
                        weight: measure == .count ? 1.0 : abs(tieWeight[t]))
            }
        }
        let aligned = (0..<n).filter { !signed[$0].isEmpty }

        func criterion(_ camp: [Int]) -> (Double, Double, Double) {
            var negWithin = 0.0, posBetween = 0.0
            for v in aligned {
                for (u, sign, w) in signed[v] where u > v {
                    if sign < 0 && camp[u] == camp[v] { negWithin += w }
                    if sign > 0 && camp[u] != camp[v] { posBetween += w }
                }
            }
            return (alpha * negWithin + (1 - alpha) * posBetween, negWithin, posBetween)
        }
        func relocate(_ camp: inout [Int]) {
            var neg = [Double](repeating: 0, count: k), pos = [Double](repeating: 0, count: k)
            var moved = true
            while moved {
                moved = false
                for v in aligned {
                    for c in 0..<k { neg[c] = 0; pos[c] = 0 }
                    var posTotal = 0.0
                    for (u, sign, w) in signed[v] {
                        if sign < 0 { neg[camp[u]] += w } else { pos[camp[u]] += w; posTotal += w }
                    }
                    func cost(_ c: Int) -> Double { alpha * neg[c] + (1 - alpha) * (posTotal - pos[c]) }
                    var best = camp[v]
                    for c in 0..<k where cost(c) < cost(best) - 1e-12 { best = c }
                    if best != camp[v] {
                        camp[v] = best
                        moved = true
                    }
                }
            }
        }

        var random = SplitMix64(seed: seed)
        let split = frustration(exactLimit: 0, restarts: 4, seed: seed)
        let firstCamp = Set(split.camps.first ?? [])
        var best = (0..<n).map { firstCamp.contains(actors[$0]) || k == 1 ? 0 : 1 }
        relocate(&best)
        var bestError = criterion(best).0
        for _ in 0..<max(0, restarts) {
            var camp = (0..<n).map { _ in Int.random(in: 0..<k, using: &random) }
            relocate(&camp)
            let error = criterion(camp).0
            if error < bestError - 1e-12 {
                best = camp
                bestError = error
            }
        }
        let (error, negWithin, posBetween) = criterion(best)
        var groups = [[ActorID]](repeating: [], count: k)
        for v in aligned { groups[best[v]].append(actors[v]) }
        let campsFound = groups.filter { !$0.isEmpty }
            .sorted { $0.count != $1.count ? $0.count > $1.count : $0[0] < $1[0] }
        return Blocs(
            maximumCamps: k, camps: campsFound,
            unaligned: (0..<n).filter { signed[$0].isEmpty }.map { actors[$0] }, error: error, alpha: alpha,
            negativeWithin: negWithin, positiveBetween: posBetween, measure: measure)
    }
}

extension RelationGraph {
    /// Camps of the graph's signed projection; see
    /// ``SignedProjection/blocs(camps:alpha:measure:restarts:seed:)``.
    public func blocs(
        camps: Int = 2, weighting: ProjectionWeighting = .score, alpha: Double = 0.5,
        measure: FrustrationMeasure = .count, seed: UInt64 = 1
    ) -> Blocs {
        signedProjection(weighting: weighting).blocs(camps: camps, alpha: alpha, measure: measure, seed: seed)
    }
}
