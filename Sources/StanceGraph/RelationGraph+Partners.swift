/// The relations between one ordered pair of actors, counted and summed.
public struct PairTally: Hashable, Sendable {
    public var source: ActorID
    public var target: ActorID
    /// How many relations go from ``source`` to ``target``.
    public var relations: Int
    /// How many of them are hostile, and how many cooperative.
    public var hostile: Int
    public var cooperative: Int
    /// Their ``Relation/score``s summed.
    public var score: Double
}

extension RelationGraph {
    /// The actors `actor` has relations with, in either direction, each with
    /// how many relations join the two, most first (ties by id).
    ///
    /// What a neighbourhood of depth 1 holds, without building its graph: a
    /// caller can see how large a neighbourhood is, or keep its strongest
    /// part, before asking for ``neighbourhood(of:depth:)`` or ``subgraph(actors:)``.
    ///
    /// - Complexity: O(*k* log *k*) in the relations touching `actor`.
    public func partners(of actor: ActorID) throws(GraphError) -> [(actor: ActorID, relations: Int)] {
        try requireActor(actor)
        let t = topology, v = actorIndex[actor]!
        var counts: [Int32: Int] = [:]
        for r in t.outgoing(v) where t.target[r] != v { counts[t.target[r], default: 0] += 1 }
        for source in t.incomingSources(v) where source != v { counts[source, default: 0] += 1 }
        return counts.map { (actor: actorIDs[Int($0.key)], relations: $0.value) }
            .sorted { $0.relations != $1.relations ? $0.relations > $1.relations : $0.actor < $1.actor }
    }

    /// The relations among `actors` (both ends in the set), tallied per
    /// ordered pair, in source then target order: the ties of a
    /// neighbourhood without building its graph or copying a relation.
    ///
    /// Actors not in the graph are ignored.
    ///
    /// - Complexity: O(*a* + *k*) for *k* relations leaving the actors.
    public func tallies(among actors: Set<ActorID>) -> [PairTally] {
        let t = topology
        var kept = [Bool](repeating: false, count: actorIDs.count)
        let members = actors.compactMap { actorIndex[$0] }.sorted()
        for v in members { kept[Int(v)] = true }
        var result: [PairTally] = []
        for v in members {
            var byTarget: [Int32: PairTally] = [:]
            for r in t.outgoing(v) where kept[Int(t.target[r])] {
                let w = t.target[r]
                var tally = byTarget[w] ?? PairTally(
                    source: actorIDs[Int(v)], target: actorIDs[Int(w)], relations: 0, hostile: 0, cooperative: 0, score: 0)
                tally.relations += 1
                if t.sign[r] < 0 { tally.hostile += 1 }
                if t.sign[r] > 0 { tally.cooperative += 1 }
                tally.score += Double(t.sign[r]) * t.magnitude(r)
                byTarget[w] = tally
            }
            result += byTarget.keys.sorted().map { byTarget[$0]! }
        }
        return result
    }
}
