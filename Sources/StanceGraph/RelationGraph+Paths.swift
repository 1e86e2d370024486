extension RelationGraph {
    /// The actors within `depth` relations of `actor` (in either direction)
    /// and every relation among them.
    ///
    /// - Complexity: O(*a* + *n*) over the part of the graph reached.
    public func neighbourhood(of actor: ActorID, depth: Int = 1) throws(GraphError)
        -> RelationGraph
    {
        try requireActor(actor)
        let t = topology
        var reached = [Bool](repeating: false, count: actorIDs.count)
        let start = actorIndex[actor]!
        reached[Int(start)] = true
        var kept: Set<ActorID> = [actor]
        var frontier = [start]
        for _ in 0..<max(0, depth) {
            var next: [Int32] = []
            func reach(_ other: Int32) {
                guard !reached[Int(other)] else { return }
                reached[Int(other)] = true
                kept.insert(actorIDs[Int(other)])
                next.append(other)
            }
            for node in frontier {
                t.forEachSuccessor(of: node, directed: false) { reach($0); return true }
            }
            if next.isEmpty { break }
            frontier = next
        }
        return subgraph(actors: kept)
    }

    /// The fewest relations leading from `source` to `target`, as the actors
    /// on the way (both ends included), or `nil` when no path exists.
    ///
    /// Relations are followed from source to target; symmetric kinds
    /// (alliance, hostility) both ways, or every relation both ways when
    /// `directed` is false. Among equally short paths the answer is the one
    /// whose actors, read from the source, come first in id order, so it is
    /// deterministic. The search runs from both ends (``LayeredPathSearch``).
    ///
    /// - Parameters:
    ///   - signs: only follow relations with these signs (all when `nil`).
    ///   - kinds: only follow relations of these kinds (all when `nil`).
    /// - Complexity: O(*a* + *n*) at worst; far less when both ends reach hubs.
    public func shortestPath(
        from source: ActorID, to target: ActorID, signs: Set<Sign>? = nil,
        kinds: Set<RelationKind>? = nil, directed: Bool = true
    ) throws(GraphError) -> [ActorID]? {
        try requireActor(source)
        try requireActor(target)
        if source == target { return [source] }
        let t = topology, columns = columns
        let filtered = signs != nil || kinds != nil
        var search = LayeredPathSearch(
            topology: t, actorCount: actorIDs.count, directed: directed,
            usable: filtered
                ? { i in (signs?.contains(Sign(t.sign[i])) ?? true) && (kinds?.contains(columns.kind(at: i)) ?? true) }
                : nil)
        return search.path(from: actorIndex[source]!, to: actorIndex[target]!).map { $0.map { actorIDs[Int($0)] } }
    }
}
