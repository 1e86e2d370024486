extension RelationGraph {
    /// The actors within `depth` relations of `actor` (in either direction)
    /// and every relation among them.
    ///
    /// - Complexity: O(*a* + *n*) over the part of the graph reached.
    public func neighbourhood(of actor: ActorID, depth: Int = 1) throws(GraphError)
        -> RelationGraph
    {
        try requireActor(actor)
        var reached: Set<ActorID> = [actor]
        var frontier = [actor]
        for _ in 0..<max(0, depth) {
            var next: [ActorID] = []
            for node in frontier {
                for i in (outgoing[node] ?? []) + (incoming[node] ?? []) {
                    let other = relations[i].source == node ? relations[i].target : relations[i].source
                    if reached.insert(other).inserted { next.append(other) }
                }
            }
            if next.isEmpty { break }
            frontier = next
        }
        return subgraph(actors: reached)
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
        func usable(_ relation: Relation) -> Bool {
            (signs?.contains(relation.sign) ?? true) && (kinds?.contains(relation.kind) ?? true)
        }
        var parent: [ActorID: ActorID] = [source: source]
        var frontier = [source]
        while !frontier.isEmpty {
            var next: [ActorID] = []
            for node in frontier {
                var neighbours: [ActorID] = []
                for i in outgoing[node] ?? [] where usable(relations[i]) {
                    neighbours.append(relations[i].target)
                }
                for i in incoming[node] ?? [] where usable(relations[i]) {
                    if !directed || relations[i].kind.isSymmetric { neighbours.append(relations[i].source) }
                }
                for other in neighbours.sorted() where parent[other] == nil {
                    parent[other] = node
                    if other == target {
                        var path = [target]
                        var step = target
                        while step != source {
                            step = parent[step]!
                            path.append(step)
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
