/// How many triangles of a signed projection are balanced and unbalanced.
///
/// Structural balance (Heider 1946; Cartwright & Harary, "Structural balance:
/// a generalization of Heider's theory", 1956): a triangle is balanced when
/// the product of its signs is positive: +++ ("friends of friends") and +--
/// ("the enemy of my enemy"); ++- and --- are unbalanced.
public struct TriadCensus: Hashable, Sendable, Codable {
    /// +++ triangles (balanced).
    public var allPositive = 0
    /// ++- triangles (unbalanced).
    public var oneNegative = 0
    /// +-- triangles (balanced).
    public var twoNegative = 0
    /// --- triangles (unbalanced).
    public var allNegative = 0
    /// Triangles with a tie whose relations cancel (sign 0): neither.
    public var withZero = 0
    /// Per actor, for every actor on at least one triangle, in id order;
    /// empty unless asked for.
    public var byActor: [ActorTriads] = []

    public init() {}

    public var balanced: Int { allPositive + twoNegative }
    public var unbalanced: Int { oneNegative + allNegative }
    public var triangles: Int { balanced + unbalanced + withZero }
    /// Balanced over signed (non-zero) triangles; `nil` when there are none.
    public var balanceRatio: Double? {
        balanced + unbalanced == 0 ? nil : Double(balanced) / Double(balanced + unbalanced)
    }

    /// The counts as (pattern, count) rows for a table: +++, ++-, +--, ---, 0.
    public var rows: [(pattern: String, count: Int)] {
        [("+++", allPositive), ("++-", oneNegative), ("+--", twoNegative), ("---", allNegative),
         ("with 0", withZero)]
    }
}

/// The triangles one actor is on.
public struct ActorTriads: Hashable, Sendable, Codable {
    public var actor: ActorID
    public var balanced: Int
    public var unbalanced: Int
    public var withZero: Int

    /// The share of the actor's signed triangles that are unbalanced; 0 when none.
    public var unbalancedShare: Double {
        balanced + unbalanced == 0 ? 0 : Double(unbalanced) / Double(balanced + unbalanced)
    }
}

/// Three actors pairwise tied in a signed projection.
public struct SignedTriad: Hashable, Sendable, Codable {
    /// The three actors, ascending.
    public var actors: [ActorID]
    /// The ties (first, second), (first, third), (second, third).
    public var ties: [SignedTie]

    /// Whether the product of the signs is positive; false with a zero tie.
    public var isBalanced: Bool { ties.reduce(Sign.cooperative) { $0 * $1.sign } == .cooperative }
    /// Whether the product of the signs is negative.
    public var isUnbalanced: Bool { ties.reduce(Sign.cooperative) { $0 * $1.sign } == .hostile }
    /// The signs as text in the order of ``ties``, e.g. "++-".
    public var pattern: String {
        String(ties.map { $0.sign == .cooperative ? "+" : $0.sign == .hostile ? "-" : "0" })
    }
}

/// A triad with the relations behind its three ties.
public struct TriadEvidence: Hashable, Sendable, Codable {
    public var triad: SignedTriad
    /// Every relation between any two of the three, in canonical order.
    public var relations: [Relation]
}

extension SignedProjection {
    /// Ties oriented from lower to higher (degree, index) rank: each node
    /// keeps only its higher-ranked neighbours, with the ties' signs.
    struct Orientation {
        var offsets: [Int]
        var targets: [Int32]
        var signs: [Int8]
    }

    func orientedByDegree() -> Orientation {
        let n = actorCount
        @inline(__always) func above(_ u: Int, _ v: Int) -> Bool {
            let du = degree(of: u), dv = degree(of: v)
            return dv > du || (dv == du && v > u)
        }
        var offsets = [Int](repeating: 0, count: n + 1)
        for u in 0..<n {
            var k = 0
            for e in self.offsets[u]..<self.offsets[u + 1] where above(u, Int(neighbours[e])) { k += 1 }
            offsets[u + 1] = offsets[u] + k
        }
        var targets = [Int32](repeating: 0, count: offsets[n])
        var signs = [Int8](repeating: 0, count: offsets[n])
        for u in 0..<n {
            var slot = offsets[u]
            for e in self.offsets[u]..<self.offsets[u + 1] where above(u, Int(neighbours[e])) {
                targets[slot] = neighbours[e]
                signs[slot] = tieSign[Int(adjacentTie[e])]
                slot += 1
            }
        }
        return Orientation(offsets: offsets, targets: targets, signs: signs)
    }

    /// Calls `body(u, v, w, sign(u,v), sign(v,w), sign(u,w))` once per triangle.
    ///
    /// The "forward" algorithm over a degree ordering (Chiba & Nishizeki,
    /// "Arboricity and subgraph listing algorithms", 1985; Latapy, "Main-memory
    /// triangle computations for very large (sparse (power-law)) graphs",
    /// 2008): each tie is oriented toward the endpoint of higher degree, so
    /// every node has at most O(sqrt(*t*)) out-neighbours, and a triangle is
    /// found once, from its lowest-ranked node, by marking that node's
    /// out-neighbours.
    ///
    /// - Complexity: O(*t*^1.5) in the number of ties, O(*a*) extra memory.
    @inline(__always)
    func forEachTriangle(_ body: (Int, Int, Int, Int8, Int8, Int8) -> Void) {
        let oriented = orientedByDegree()
        var mark = [Int32](repeating: -1, count: actorCount)
        var markSign = [Int8](repeating: 0, count: actorCount)
        oriented.offsets.withUnsafeBufferPointer { offsets in
            oriented.targets.withUnsafeBufferPointer { targets in
                oriented.signs.withUnsafeBufferPointer { signs in
                    mark.withUnsafeMutableBufferPointer { mark in
                        markSign.withUnsafeMutableBufferPointer { markSign in
                            for u in 0..<actorCount {
                                let start = offsets[u], end = offsets[u + 1]
                                guard end - start >= 2 else { continue }
                                for e in start..<end {
                                    mark[Int(targets[e])] = Int32(u)
                                    markSign[Int(targets[e])] = signs[e]
                                }
                                for e in start..<end {
                                    let v = Int(targets[e]), uv = signs[e]
                                    for f in offsets[v]..<offsets[v + 1] {
                                        let w = Int(targets[f])
                                        if mark[w] == Int32(u) { body(u, v, w, uv, signs[f], markSign[w]) }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    /// Counts balanced and unbalanced triangles, overall and, when `byActor`
    /// is true, for every actor.
    ///
    /// - Complexity: O(*t*^1.5) in the number of ties.
    public func triadCensus(byActor: Bool = false) -> TriadCensus {
        // Category of a triangle by its signs: 0 +++, 1 ++-, 2 +--, 3 ---, 4 with zero.
        var table = [Int](repeating: 4, count: 27)
        for a in [-1, 1] {
            for b in [-1, 1] {
                for c in [-1, 1] {
                    table[(a + 1) * 9 + (b + 1) * 3 + (c + 1)] = [a, b, c].filter { $0 < 0 }.count
                }
            }
        }
        var counts = [Int](repeating: 0, count: 5)
        var perActor = [Int](repeating: 0, count: byActor ? actorCount * 3 : 0)
        table.withUnsafeBufferPointer { table in
            counts.withUnsafeMutableBufferPointer { counts in
                perActor.withUnsafeMutableBufferPointer { perActor in
                    forEachTriangle { u, v, w, a, b, c in
                        let category = table[Int(a + 1) * 9 + Int(b + 1) * 3 + Int(c + 1)]
                        counts[category] += 1
                        if byActor {
                            // Columns: 0 balanced, 1 unbalanced, 2 with zero.
                            let column = category == 4 ? 2 : category & 1
                            perActor[u * 3 + column] += 1
                            perActor[v * 3 + column] += 1
                            perActor[w * 3 + column] += 1
                        }
                    }
                }
            }
        }
        var census = TriadCensus()
        census.allPositive = counts[0]
        census.oneNegative = counts[1]
        census.twoNegative = counts[2]
        census.allNegative = counts[3]
        census.withZero = counts[4]
        if byActor {
            for v in 0..<actorCount where perActor[v * 3] + perActor[v * 3 + 1] + perActor[v * 3 + 2] > 0 {
                census.byActor.append(
                    ActorTriads(
                        actor: actors[v], balanced: perActor[v * 3], unbalanced: perActor[v * 3 + 1],
                        withZero: perActor[v * 3 + 2]))
            }
        }
        return census
    }

    /// The triads whose sign product is negative, ordered by their actors' ids.
    ///
    /// - Parameter actor: only triads containing this actor, when given.
    /// - Complexity: O(*t*^1.5 + *k* log *k*) for *k* unbalanced triads.
    public func unbalancedTriads(involving actor: ActorID? = nil) -> [SignedTriad] {
        unbalancedTriads(involving: actor, limit: nil)
    }

    /// The first `limit` unbalanced triads in actor-id order, or all of them.
    ///
    /// With a limit, only that many are kept while the triangles are listed
    /// (a sorted buffer that a triad enters only when it precedes the last),
    /// so a graph with millions of unbalanced triads builds a handful.
    ///
    /// - Complexity: O(*t*^1.5 + *k* x *limit*) for *k* unbalanced triads
    ///   with a limit, O(*t*^1.5 + *k* log *k*) without.
    func unbalancedTriads(involving actor: ActorID?, limit: Int?) -> [SignedTriad] {
        let only = actor.flatMap { indexByID[$0] }
        if actor != nil && only == nil { return [] }
        if let limit, limit <= 0 { return [] }
        if only == nil, let limit, let first = firstUnbalancedTriads(limit: limit) {
            return first.map { triad(Int($0.0), Int($0.1), Int($0.2)) }
        }
        var found: [(Int32, Int32, Int32)] = []
        forEachTriangle { u, v, w, a, b, c in
            guard Int(a) * Int(b) * Int(c) < 0 else { return }
            if let only, only != u && only != v && only != w { return }
            let (x, y, z) = Self.ascending(Int32(u), Int32(v), Int32(w))
            guard let limit else {
                found.append((x, y, z))
                return
            }
            if found.count == limit, let last = found.last, !((x, y, z) < last) { return }
            var lo = 0, hi = found.count
            while lo < hi {
                let mid = (lo + hi) / 2
                if found[mid] < (x, y, z) { lo = mid + 1 } else { hi = mid }
            }
            found.insert((x, y, z), at: lo)
            if found.count > limit { found.removeLast() }
        }
        if limit == nil { found.sort { $0 < $1 } }
        return found.map { triad(Int($0.0), Int($0.1), Int($0.2)) }
    }

    /// The first `limit` unbalanced triads in index order, found in that
    /// order: from each node x upward, its higher neighbours y, and the
    /// neighbours z > y of y that are also x's. It stops as soon as it has
    /// `limit`, so on a graph with many unbalanced triads it looks at a few
    /// nodes; it gives up (`nil`) after visiting about twice the adjacency,
    /// when listing every triangle by ``forEachTriangle(_:)`` is the better
    /// way.
    func firstUnbalancedTriads(limit: Int) -> [(Int32, Int32, Int32)]? {
        var found: [(Int32, Int32, Int32)] = []
        var mark = [Int32](repeating: -1, count: actorCount)
        var markSign = [Int8](repeating: 0, count: actorCount)
        var work = 0
        let budget = 2 * neighbours.count + 1024
        /// The first position in node v's list holding a neighbour above v.
        func firstAbove(_ v: Int) -> Int {
            var lo = offsets[v], hi = offsets[v + 1]
            while lo < hi {
                let mid = (lo + hi) / 2
                if Int(neighbours[mid]) <= v { lo = mid + 1 } else { hi = mid }
            }
            return lo
        }
        for x in 0..<actorCount {
            let start = firstAbove(x), end = offsets[x + 1]
            for e in start..<end {
                mark[Int(neighbours[e])] = Int32(x)
                markSign[Int(neighbours[e])] = tieSign[Int(adjacentTie[e])]
            }
            work += end - start
            for e in start..<end {
                let y = Int(neighbours[e]), xy = Int(tieSign[Int(adjacentTie[e])])
                guard xy != 0 else { continue }
                let from = firstAbove(y), to = offsets[y + 1]
                work += to - from
                for f in from..<to where mark[Int(neighbours[f])] == Int32(x) {
                    let z = Int(neighbours[f])
                    guard xy * Int(tieSign[Int(adjacentTie[f])]) * Int(markSign[z]) < 0 else { continue }
                    found.append((Int32(x), Int32(y), Int32(z)))
                    if found.count == limit { return found }
                }
                if work > budget { return nil }
            }
        }
        return found
    }

    /// Three node indexes in ascending order.
    @inline(__always)
    static func ascending(_ u: Int32, _ v: Int32, _ w: Int32) -> (Int32, Int32, Int32) {
        let (a, b) = u < v ? (u, v) : (v, u)
        if w < a { return (w, a, b) }
        return w < b ? (a, w, b) : (a, b, w)
    }

    /// The triad on node indexes x < y < z, which must be pairwise tied.
    func triad(_ x: Int, _ y: Int, _ z: Int) -> SignedTriad {
        SignedTriad(
            actors: [actors[x], actors[y], actors[z]],
            ties: [tie(at: tieIndex(x, y)!), tie(at: tieIndex(x, z)!), tie(at: tieIndex(y, z)!)])
    }
}

extension RelationGraph {
    /// The triad census of the graph's signed projection.
    ///
    /// - Complexity: O(*n* log *n* + *t*^1.5) for *n* relations and *t* ties.
    public func triadCensus(weighting: ProjectionWeighting = .score, byActor: Bool = false)
        -> TriadCensus
    {
        signedProjection(weighting: weighting).triadCensus(byActor: byActor)
    }

    /// The unbalanced triads of the signed projection, each with the
    /// relations behind its ties.
    ///
    /// - Parameters:
    ///   - actor: only triads containing this actor, when given.
    ///   - limit: at most this many, the first in actor-id order.
    /// - Throws: ``GraphError/unknownActor(_:suggestions:)`` for an unknown `actor`.
    public func unbalancedTriads(
        involving actor: ActorID? = nil, weighting: ProjectionWeighting = .score, limit: Int? = nil
    ) throws(GraphError) -> [TriadEvidence] {
        if let actor { try requireActor(actor) }
        return unbalancedTriads(in: signedProjection(weighting: weighting), involving: actor, limit: limit)
    }

    /// The unbalanced triads of `projection`, a signed projection of this
    /// graph, with their relations: for a caller that also takes the census
    /// and the frustration index from that projection and builds it once.
    public func unbalancedTriads(
        in projection: SignedProjection, involving actor: ActorID? = nil, limit: Int?
    ) -> [TriadEvidence] {
        projection.unbalancedTriads(involving: actor, limit: limit).map { triad in
            let (a, b, c) = (triad.actors[0], triad.actors[1], triad.actors[2])
            let all = relations(between: a, and: b) + relations(between: a, and: c)
                + relations(between: b, and: c)
            return TriadEvidence(triad: triad, relations: all.sorted(by: Self.canonicallyPrecedes))
        }
    }
}
