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
                for i in t.outgoing(node) { reach(t.target[i]) }
                for i in t.incoming(node) { reach(t.source[Int(i)]) }
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
    /// `directed` is false. Breadth-first search; among equally short paths
    /// the one through smaller actor ids wins, so the answer is deterministic.
    ///
    /// - Parameters:
    ///   - signs: only follow relations with these signs (all when `nil`).
    ///   - kinds: only follow relations of these kinds (all when `nil`).
    /// - Complexity: O(*a* + *n*).
    public func shortestPath(
        from source: ActorID, to target: ActorID, signs: Set<Int>? = nil,
        kinds: Set<RelationKind>? = nil, directed: Bool = true
    ) throws(GraphError) -> [ActorID]? {
        try requireActor(source)
        try requireActor(target)
        if source == target { return [source] }
        let t = topology
        func usable(_ i: Int) -> Bool {
            (signs?.contains(Int(t.sign[i])) ?? true) && (kinds?.contains(relations[i].kind) ?? true)
        }
        let from = actorIndex[source]!, goal = actorIndex[target]!
        // Actor indexes follow id order, so the smaller index is the smaller id.
        var parent = [Int32](repeating: -1, count: actorIDs.count)
        parent[Int(from)] = from
        var frontier = [from]
        var neighbours: [Int32] = []
        while !frontier.isEmpty {
            var next: [Int32] = []
            for node in frontier {
                neighbours.removeAll(keepingCapacity: true)
                for i in t.outgoing(node) where usable(i) { neighbours.append(t.target[i]) }
                for i in t.incoming(node) where usable(Int(i)) && (!directed || t.symmetric[Int(i)]) {
                    neighbours.append(t.source[Int(i)])
                }
                neighbours.sort()
                for other in neighbours where parent[Int(other)] < 0 {
                    parent[Int(other)] = node
                    if other == goal {
                        var path = [target]
                        var step = goal
                        while step != from {
                            step = parent[Int(step)]
                            path.append(actorIDs[Int(step)])
                        }
                        return path.reversed()
                    }
                    next.append(other)
                }
            }
            frontier = next
        }
        return nil
    }
}
