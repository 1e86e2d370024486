/// How one actor stands in the signed graph: hostility and support given and
/// received, its ties, its share of the tension, and its signed centrality.
public struct ActorBalance: Hashable, Sendable, Codable {
    public var actor: ActorID
    /// Summed |score| of the actor's hostile relations (sign -1) toward
    /// others; a symmetric kind (hostility) counts as given and received.
    public var hostilityGiven: Double
    /// Summed |score| of hostile relations toward the actor.
    public var hostilityReceived: Double
    /// Summed |score| of the actor's cooperative relations (sign +1) toward others.
    public var supportGiven: Double
    /// Summed |score| of cooperative relations toward the actor.
    public var supportReceived: Double
    /// Ties of each sign in the signed projection (the signed degree).
    public var positiveTies: Int
    public var negativeTies: Int
    /// Signed triangles through the actor.
    public var balancedTriads: Int
    public var unbalancedTriads: Int
    /// The actor's unbalanced triangles over all unbalanced triangles of the graph.
    public var shareOfUnbalanced: Double
    /// Everett & Borgatti's PN centrality.
    public var centrality: Double

    /// The actor's unbalanced triangles over its signed triangles.
    public var unbalancedShare: Double {
        balancedTriads + unbalancedTriads == 0
            ? 0 : Double(unbalancedTriads) / Double(balancedTriads + unbalancedTriads)
    }
}

extension SignedProjection {
    /// PN centrality per node index: the solution of
    /// (I - A / (2n - 2)) x = 1 with A = P - 2N, for P and N the positive
    /// and negative adjacency (Everett & Borgatti, "Networks containing
    /// negative ties", Social Networks 38, 2014). High when tied positively
    /// to central actors, low when opposed by them. Solved by Jacobi
    /// iteration to 1e-12, at most 10,000 rounds.
    ///
    /// - Complexity: O(*rounds* x (*a* + *t*)).
    func pnCentrality() -> [Double] {
        let n = actorCount
        guard n > 1 else { return [Double](repeating: 1, count: n) }
        let beta = 1 / Double(2 * n - 2)
        var x = [Double](repeating: 1, count: n), next = x
        for _ in 0..<10_000 {
            var change = 0.0
            for v in 0..<n {
                var sum = 0.0
                for e in offsets[v]..<offsets[v + 1] {
                    let sign = tieSign[Int(adjacentTie[e])]
                    if sign > 0 { sum += x[Int(neighbours[e])] } else if sign < 0 { sum -= 2 * x[Int(neighbours[e])] }
                }
                next[v] = 1 + beta * sum
                change = max(change, abs(next[v] - x[v]))
            }
            swap(&x, &next)
            if change < 1e-12 { break }
        }
        return x
    }
}

extension RelationGraph {
    /// Signed degree, tension and centrality for every actor, in id order.
    ///
    /// Relation sums use |``Relation/score``|; ties, triangles and
    /// centrality use the signed projection under `weighting`.
    ///
    /// - Complexity: O(*n* log *n* + *t*^1.5 + *rounds* x (*a* + *t*)).
    public func actorBalances(weighting: ProjectionWeighting = .score) -> [ActorBalance] {
        let projection = signedProjection(weighting: weighting)
        let census = projection.triadCensus(byActor: true)
        var triads: [ActorID: ActorTriads] = [:]
        for entry in census.byActor { triads[entry.actor] = entry }
        let centrality = projection.pnCentrality()
        var result: [ActorBalance] = []
        result.reserveCapacity(actorIDs.count)
        for (v, id) in actorIDs.enumerated() {
            var entry = ActorBalance(
                actor: id, hostilityGiven: 0, hostilityReceived: 0, supportGiven: 0, supportReceived: 0,
                positiveTies: 0, negativeTies: 0, balancedTriads: triads[id]?.balanced ?? 0,
                unbalancedTriads: triads[id]?.unbalanced ?? 0, shareOfUnbalanced: 0, centrality: centrality[v])
            if census.unbalanced > 0 {
                entry.shareOfUnbalanced = Double(entry.unbalancedTriads) / Double(census.unbalanced)
            }
            let me = Int32(v)
            for i in topology.outgoing(me) where topology.target[i] != me {
                let sign = topology.sign[i], amount = topology.magnitude(i), symmetric = topology.isSymmetric(i)
                if sign < 0 { entry.hostilityGiven += amount }
                if sign > 0 { entry.supportGiven += amount }
                if symmetric && sign < 0 { entry.hostilityReceived += amount }
                if symmetric && sign > 0 { entry.supportReceived += amount }
            }
            for i in topology.incoming(me).lazy.map(Int.init) where topology.source[i] != me {
                let sign = topology.sign[i], amount = topology.magnitude(i), symmetric = topology.isSymmetric(i)
                if sign < 0 { entry.hostilityReceived += amount }
                if sign > 0 { entry.supportReceived += amount }
                if symmetric && sign < 0 { entry.hostilityGiven += amount }
                if symmetric && sign > 0 { entry.supportGiven += amount }
            }
            for e in projection.offsets[v]..<projection.offsets[v + 1] {
                let sign = projection.tieSign[Int(projection.adjacentTie[e])]
                if sign > 0 { entry.positiveTies += 1 } else if sign < 0 { entry.negativeTies += 1 }
            }
            result.append(entry)
        }
        return result
    }
}
