/// One open triad behind a prediction: both actors are tied to `via`.
public struct Wedge: Hashable, Sendable, Codable {
    public var via: ActorID
    /// The sign of the tie between the prediction's first actor and `via`.
    public var firstSign: Sign
    /// The sign of the tie between `via` and the prediction's second actor.
    public var secondSign: Sign
    /// The sign balance implies for the pair: the product of the two.
    public var impliedSign: Sign { firstSign * secondSign }
}

/// A pair of actors with no tie whose sign balance theory implies.
public struct BalancePrediction: Hashable, Sendable, Codable {
    /// The smaller actor id.
    public var first: ActorID
    /// The larger actor id.
    public var second: ActorID
    /// Cooperative (friends of friends, enemies of enemies), hostile (the friend
    /// of my enemy, the enemy of my friend), or neutral when the wedges split evenly.
    public var sign: Sign
    /// Wedges implying `sign`.
    public var agreeing: Int
    /// Wedges implying the opposite.
    public var disagreeing: Int
    /// Every wedge, ordered by the id of the actor in the middle.
    public var wedges: [Wedge]

    /// The agreeing share of the wedges.
    public var confidence: Double {
        agreeing + disagreeing == 0 ? 0 : Double(agreeing) / Double(agreeing + disagreeing)
    }
}

extension SignedProjection {
    /// Pairs with no tie that share tied neighbours, each with the sign the
    /// majority of their open triads implies ("the enemy of my enemy is my
    /// friend"): closing a wedge with that sign makes the triangle balanced.
    ///
    /// Cartwright & Harary, "Structural balance: a generalization of
    /// Heider's theory" (1956), used for sign prediction as in Leskovec,
    /// Huttenlocher & Kleinberg, "Predicting positive and negative links in
    /// online social networks" (WWW 2010). Zero ties imply nothing; pairs
    /// linked only by relations of sign 0 count as untied.
    ///
    /// - Parameters:
    ///   - actor: only pairs including this actor, when given.
    ///   - minimumWedges: only pairs with at least this many wedges.
    ///   - limit: at most this many, strongest first (agreeing wedges, then
    ///     fewer disagreeing, then ids).
    /// - Complexity: O(sum over actors of degree squared), or O(sum of the
    ///   degrees of `actor`'s neighbours) for one actor.
    public func predictions(involving actor: ActorID? = nil, minimumWedges: Int = 1, limit: Int? = nil)
        -> [BalancePrediction]
    {
        var wedges: [UInt64: [(via: Int, first: Int, second: Int)]] = [:]
        func add(_ a: Int, _ via: Int, _ b: Int, _ sa: Int, _ sb: Int) {
            let (lo, hi, slo, shi) = a < b ? (a, b, sa, sb) : (b, a, sb, sa)
            wedges[UInt64(lo) << 32 | UInt64(hi), default: []].append((via, slo, shi))
        }
        func signedNeighbours(_ v: Int) -> [(Int, Int)] {
            (offsets[v]..<offsets[v + 1]).compactMap { e in
                let sign = Int(tieSign[Int(adjacentTie[e])])
                return sign == 0 ? nil : (Int(neighbours[e]), sign)
            }
        }
        if let actor {
            guard let x = indexByID[actor] else { return [] }
            for (v, sxv) in signedNeighbours(x) {
                for (w, svw) in signedNeighbours(v) where w != x && tieIndex(x, w) == nil {
                    add(x, v, w, sxv, svw)
                }
            }
        } else {
            for v in 0..<actorCount {
                let around = signedNeighbours(v)
                for i in around.indices {
                    for j in around.indices.dropFirst(i + 1) where tieIndex(around[i].0, around[j].0) == nil {
                        add(around[i].0, v, around[j].0, around[i].1, around[j].1)
                    }
                }
            }
        }
        var result: [BalancePrediction] = []
        for (key, list) in wedges where list.count >= minimumWedges {
            let positive = list.filter { $0.first * $0.second > 0 }.count
            let negative = list.count - positive
            let sign = Sign(of: Double(positive - negative))
            result.append(
                BalancePrediction(
                    first: actors[Int(key >> 32)], second: actors[Int(key & 0xFFFF_FFFF)], sign: sign,
                    agreeing: max(positive, negative), disagreeing: min(positive, negative),
                    wedges: list.sorted { $0.via < $1.via }.map {
                        Wedge(via: actors[$0.via], firstSign: Sign(Int8($0.first)), secondSign: Sign(Int8($0.second)))
                    }))
        }
        result.sort {
            ($0.agreeing, -$0.disagreeing) != ($1.agreeing, -$1.disagreeing)
                ? ($0.agreeing, -$0.disagreeing) > ($1.agreeing, -$1.disagreeing)
                : ($0.first, $0.second) < ($1.first, $1.second)
        }
        return Array(result.prefix(limit ?? result.count))
    }
}

extension RelationGraph {
    /// Balance-theory predictions on the graph's signed projection; see
    /// ``SignedProjection/predictions(involving:minimumWedges:limit:)``.
    ///
    /// - Throws: ``GraphError/unknownActor(_:suggestions:)`` for an unknown `actor`.
    public func predictions(
        involving actor: ActorID? = nil, weighting: ProjectionWeighting = .score, minimumWedges: Int = 1,
        limit: Int? = nil
    ) throws(GraphError) -> [BalancePrediction] {
        if let actor { try requireActor(actor) }
        return signedProjection(weighting: weighting)
            .predictions(involving: actor, minimumWedges: minimumWedges, limit: limit)
    }
}
