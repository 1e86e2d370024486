/// How a relation contributes to the signed tie of its pair of actors.
public enum ProjectionWeighting: String, Hashable, Sendable, Codable, CaseIterable {
    /// ``Relation/score``: sign x |intensity| x confidence x weight. The
    /// default, for graphs extracted from text.
    case score
    /// sign x ``Relation/weight``, ignoring intensity and confidence: the rule
    /// of edge-list peers such as networkx, whose edges carry only a sign and
    /// a weight.
    case weight
}

/// One signed, weighted tie between two actors, summing every relation
/// between them in both directions.
public struct SignedTie: Hashable, Sendable, Codable {
    /// The smaller actor id of the pair.
    public var first: ActorID
    /// The larger actor id of the pair.
    public var second: ActorID
    /// The summed contributions of the pair's relations.
    public var weight: Double
    /// Cooperative, hostile, or neutral when the contributions cancel (|weight| <= 1e-9).
    public var sign: Sign
    /// How many signed relations the tie sums.
    public var relationCount: Int
}

/// The signed projection of a relation graph: one undirected signed tie per
/// pair of actors, the input of every balance analysis.
///
/// Rule: the tie between *a* and *b* sums the contribution (see
/// ``ProjectionWeighting``) of every relation from *a* to *b* and from *b* to
/// *a* whose ``Relation/sign`` is not 0. Its sign is that of the sum, and 0 when
/// the sum is within ``zeroTolerance`` of zero: such a tie exists (its
/// relations cancel) but is neither friendly nor hostile, and triangles
/// through it count as "with zero". Relations of sign 0 (neutral kinds,
/// negated or called-off relations) make no tie by themselves; self-loops
/// make none. Every actor of the graph is a node, tied or not.
///
/// Internally actors are integer indexes (their position in ascending id
/// order) and adjacency is stored compressed, sorted by neighbour index.
public struct SignedProjection: Sendable {
    /// Sums within this distance of zero give a tie of sign 0.
    public static let zeroTolerance = 1e-9

    /// The actors, in ascending id order; an actor's index is its position.
    public let actors: [ActorID]
    public let weighting: ProjectionWeighting
    let indexByID: [ActorID: Int]

    // Ties, with first < second as indexes.
    let tieFirst: [Int32]
    let tieSecond: [Int32]
    let tieWeight: [Double]
    let tieSign: [Int8]
    let tieRelations: [Int32]

    // Compressed adjacency: the neighbours of node v are
    // neighbours[offsets[v] ..< offsets[v + 1]], ascending, with their tie.
    let offsets: [Int]
    let neighbours: [Int32]
    let adjacentTie: [Int32]

    /// The number of actors.
    public var actorCount: Int { actors.count }
    /// The number of ties (pairs with at least one signed relation).
    public var tieCount: Int { tieFirst.count }

    /// The index of `actor`, or `nil` when it is not in the graph.
    public func index(of actor: ActorID) -> Int? { indexByID[actor] }

    /// Every tie, ordered by first then second actor index.
    ///
    /// - Complexity: O(*t*) in the number of ties.
    public var ties: [SignedTie] { (0..<tieCount).map(tie(at:)) }

    /// The tie between `a` and `b`, or `nil` when they have no signed relation.
    ///
    /// - Complexity: O(log *d*) in the degree of `a`.
    public func tie(between a: ActorID, and b: ActorID) -> SignedTie? {
        guard let u = indexByID[a], let v = indexByID[b], let t = tieIndex(u, v) else { return nil }
        return tie(at: t)
    }

    /// The number of actors tied to the actor at `index`.
    public func degree(of index: Int) -> Int { offsets[index + 1] - offsets[index] }

    func tie(at t: Int) -> SignedTie {
        SignedTie(
            first: actors[Int(tieFirst[t])], second: actors[Int(tieSecond[t])], weight: tieWeight[t],
            sign: Sign(tieSign[t]), relationCount: Int(tieRelations[t]))
    }

    /// The tie index between node indexes `u` and `v`, by binary search.
    func tieIndex(_ u: Int, _ v: Int) -> Int? {
        var lo = offsets[u], hi = offsets[u + 1]
        let target = Int32(v)
        while lo < hi {
            let mid = (lo + hi) / 2
            if neighbours[mid] < target { lo = mid + 1 } else { hi = mid }
        }
        return lo < offsets[u + 1] && neighbours[lo] == target ? Int(adjacentTie[lo]) : nil
    }

    /// The sign of the tie between node indexes `u` and `v`, or `nil` for no tie.
    func sign(_ u: Int, _ v: Int) -> Int? { tieIndex(u, v).map { Int(tieSign[$0]) } }

    /// Builds the projection of `graph`.
    ///
    /// - Complexity: O(*n* log *n*) in the number of relations.
    init(_ graph: RelationGraph, weighting: ProjectionWeighting) {
        self.weighting = weighting
        actors = graph.actorIDs
        var indexByID: [ActorID: Int] = [:]
        indexByID.reserveCapacity(actors.count)
        for (i, id) in actors.enumerated() { indexByID[id] = i }
        self.indexByID = indexByID

        // One (pair key, contribution) per signed relation, sorted by key.
        var entries: [(key: UInt64, value: Double)] = []
        entries.reserveCapacity(graph.columns.count)
        // The graph's integer form gives endpoints and signs without hashing an id.
        let t = graph.topology, weights = graph.columns.weight
        for i in weights.indices where t.sign[i] != 0 && t.source[i] != t.target[i] {
            let a = UInt64(t.source[i]), b = UInt64(t.target[i])
            let contribution: Double
            switch weighting {
            case .score: contribution = Double(t.sign[i]) * t.magnitude(i)
            case .weight: contribution = Double(t.sign[i]) * weights[i]
            }
            entries.append((min(a, b) << 32 | max(a, b), contribution))
        }
        entries.sort { $0.key < $1.key }

        var first: [Int32] = [], second: [Int32] = [], weight: [Double] = []
        var count: [Int32] = []
        var i = 0
        while i < entries.count {
            let key = entries[i].key
            var sum = 0.0
            var n: Int32 = 0
            while i < entries.count && entries[i].key == key {
                sum += entries[i].value
                n += 1
                i += 1
            }
            first.append(Int32(truncatingIfNeeded: key >> 32))
            second.append(Int32(truncatingIfNeeded: key & 0xFFFF_FFFF))
            weight.append(sum)
            count.append(n)
        }
        tieFirst = first
        tieSecond = second
        tieWeight = weight
        tieRelations = count
        tieSign = weight.map { $0 > Self.zeroTolerance ? 1 : $0 < -Self.zeroTolerance ? -1 : 0 }

        // Compressed adjacency.
        var degree = [Int](repeating: 0, count: actors.count + 1)
        for t in first.indices {
            degree[Int(first[t]) + 1] += 1
            degree[Int(second[t]) + 1] += 1
        }
        for v in 0..<actors.count { degree[v + 1] += degree[v] }
        offsets = degree
        var next = Array(degree.dropLast())
        var adjacency = [Int32](repeating: 0, count: first.count * 2)
        var ties = [Int32](repeating: 0, count: first.count * 2)
        // A tie (u, v) gives v its lower neighbour u and u its higher
        // neighbour v; ties come in ascending (first, second), so every list
        // receives its lower neighbours (ascending) before its higher ones.
        for t in first.indices {
            let u = Int(first[t]), v = Int(second[t])
            adjacency[next[v]] = first[t]
            ties[next[v]] = Int32(t)
            next[v] += 1
            adjacency[next[u]] = second[t]
            ties[next[u]] = Int32(t)
            next[u] += 1
        }
        neighbours = adjacency
        adjacentTie = ties
    }
}

extension RelationGraph {
    /// The graph as one signed, weighted tie per pair of actors.
    ///
    /// Works on any graph, so filter or roll up first to choose what counts:
    /// `graph.rolledUp().filtered(by: filter).signedProjection()`. See
    /// ``SignedProjection`` for the rule.
    ///
    /// - Complexity: O(*n* log *n*) in the number of relations.
    public func signedProjection(weighting: ProjectionWeighting = .score) -> SignedProjection {
        SignedProjection(self, weighting: weighting)
    }
}
