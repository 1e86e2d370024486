/// Actors as integer indexes with directed adjacency, for whole-graph searches.
struct DirectedAdjacency {
    let actors: [ActorID]
    let offsets: [Int]
    let targets: [Int32]

    /// Arcs source -> target for every relation, and target -> source too
    /// for symmetric kinds (alliance, hostility) or for every relation when
    /// `bothWays`. Self-loops are kept.
    init(_ graph: RelationGraph, bothWays: Bool = false) {
        actors = graph.actorIDs
        var index: [ActorID: Int32] = [:]
        index.reserveCapacity(actors.count)
        for (i, id) in actors.enumerated() { index[id] = Int32(i) }
        var arcs: [(Int32, Int32)] = []
        arcs.reserveCapacity(graph.relations.count)
        for relation in graph.relations {
            let s = index[relation.source]!, t = index[relation.target]!
            arcs.append((s, t))
            if bothWays || relation.kind.isSymmetric { arcs.append((t, s)) }
        }
        var offsets = [Int](repeating: 0, count: actors.count + 1)
        for (s, _) in arcs { offsets[Int(s) + 1] += 1 }
        for v in 0..<actors.count { offsets[v + 1] += offsets[v] }
        var next = Array(offsets.dropLast())
        var targets = [Int32](repeating: 0, count: arcs.count)
        for (s, t) in arcs {
            targets[next[Int(s)]] = t
            next[Int(s)] += 1
        }
        self.offsets = offsets
        self.targets = targets
    }

    /// Hop counts from `source`, -1 where unreachable, by breadth-first
    /// search that stops once every node of `wanted` is reached.
    ///
    /// - Complexity: O(*a* + *n*).
    func hops(from source: Int, until wanted: Set<Int>) -> [Int] {
        var distance = [Int](repeating: -1, count: actors.count)
        distance[source] = 0
        var missing = wanted.subtracting([source]).count
        var queue = [source]
        var head = 0
        while head < queue.count && missing > 0 {
            let u = queue[head]
            head += 1
            for e in offsets[u]..<offsets[u + 1] where distance[Int(targets[e])] < 0 {
                let v = Int(targets[e])
                distance[v] = distance[u] + 1
                if wanted.contains(v) { missing -= 1 }
                queue.append(v)
            }
        }
        return distance
    }
}

extension RelationGraph {
    /// Groups of actors linked by relations in either direction, largest
    /// first (ties by smallest id); each group in ascending id order.
    /// Actors without relations are groups of one.
    ///
    /// - Complexity: O(*a* + *n*) with union-find (path halving, union by size).
    public func weaklyConnectedComponents() -> [[ActorID]] {
        let adjacency = DirectedAdjacency(self)
        let n = actorIDs.count
        var parent = Array(0..<n), size = [Int](repeating: 1, count: n)
        func root(_ x: Int) -> Int {
            var x = x
            while parent[x] != x {
                parent[x] = parent[parent[x]]
                x = parent[x]
            }
            return x
        }
        for u in 0..<n {
            for e in adjacency.offsets[u]..<adjacency.offsets[u + 1] {
                var a = root(u), b = root(Int(adjacency.targets[e]))
                guard a != b else { continue }
                if size[a] < size[b] { swap(&a, &b) }
                parent[b] = a
                size[a] += size[b]
            }
        }
        return Self.groups(labels: (0..<n).map(root), actors: actorIDs)
    }

    /// Groups of actors each of whom reaches every other by following
    /// relations from source to target (symmetric kinds both ways), largest
    /// first (ties by smallest id); each group in ascending id order.
    ///
    /// Tarjan's algorithm ("Depth-first search and linear graph algorithms",
    /// 1972), iterative so deep graphs cannot overflow the stack.
    ///
    /// - Complexity: O(*a* + *n*).
    public func stronglyConnectedComponents() -> [[ActorID]] {
        let g = DirectedAdjacency(self)
        let n = actorIDs.count
        var index = [Int](repeating: -1, count: n), low = [Int](repeating: 0, count: n)
        var onStack = [Bool](repeating: false, count: n)
        var label = [Int](repeating: -1, count: n)
        var stack: [Int] = [], counter = 0, components = 0
        var call: [(node: Int, edge: Int)] = []
        for start in 0..<n where index[start] < 0 {
            call.append((start, g.offsets[start]))
            index[start] = counter; low[start] = counter; counter += 1
            stack.append(start); onStack[start] = true
            while let (v, e) = call.last {
                if e < g.offsets[v + 1] {
                    call[call.count - 1].edge += 1
                    let w = Int(g.targets[e])
                    if index[w] < 0 {
                        index[w] = counter; low[w] = counter; counter += 1
                        stack.append(w); onStack[w] = true
                        call.append((w, g.offsets[w]))
                    } else if onStack[w] {
                        low[v] = min(low[v], index[w])
                    }
                    continue
                }
                call.removeLast()
                if let parent = call.last?.node { low[parent] = min(low[parent], low[v]) }
                if low[v] == index[v] {
                    while true {
                        let w = stack.removeLast()
                        onStack[w] = false
                        label[w] = components
                        if w == v { break }
                    }
                    components += 1
                }
            }
        }
        return Self.groups(labels: label, actors: actorIDs)
    }

    /// The fewest relations between each pair, or `nil` where there is no
    /// path: the length of ``shortestPath(from:to:signs:kinds:directed:)``
    /// (all relations), for many pairs at once.
    ///
    /// Relations are followed from source to target, symmetric kinds both
    /// ways, or every relation both ways when `directed` is false.
    ///
    /// - Complexity: O(*a* + *n*) per distinct source.
    public func hopCounts(for pairs: [(ActorID, ActorID)], directed: Bool = true) throws(GraphError)
        -> [Int?]
    {
        for (s, t) in pairs {
            try requireActor(s)
            try requireActor(t)
        }
        let g = DirectedAdjacency(self, bothWays: !directed)
        var index: [ActorID: Int] = [:]
        for (i, id) in actorIDs.enumerated() { index[id] = i }
        var wanted: [Int: Set<Int>] = [:]
        for (s, t) in pairs { wanted[index[s]!, default: []].insert(index[t]!) }
        var hops: [Int: [Int]] = [:]
        for (source, targets) in wanted { hops[source] = g.hops(from: source, until: targets) }
        return pairs.map { s, t in
            let d = hops[index[s]!]![index[t]!]
            return d < 0 ? nil : d
        }
    }

    static func groups(labels: [Int], actors: [ActorID]) -> [[ActorID]] {
        var byLabel: [Int: [ActorID]] = [:]
        for (i, label) in labels.enumerated() { byLabel[label, default: []].append(actors[i]) }
        return byLabel.values.sorted { $0.count != $1.count ? $0.count > $1.count : $0[0] < $1[0] }
    }
}

extension SignedProjection {
    /// Groups of actors linked by ties of any sign, largest first (ties by
    /// smallest id); isolated actors are groups of one.
    ///
    /// - Complexity: O(*a* + *t*).
    public func connectedComponents() -> [[ActorID]] {
        RelationGraph.groups(labels: componentLabels(), actors: actors)
    }

    /// A component number per node index, by breadth-first search over all
    /// ties, or only ties of non-zero sign when `signedOnly`.
    func componentLabels(signedOnly: Bool = false) -> [Int] {
        var label = [Int](repeating: -1, count: actorCount)
        var next = 0
        for start in 0..<actorCount where label[start] < 0 {
            label[start] = next
            var queue = [start], head = 0
            while head < queue.count {
                let u = queue[head]
                head += 1
                for e in offsets[u]..<offsets[u + 1] where label[Int(neighbours[e])] < 0 {
                    if signedOnly && tieSign[Int(adjacentTie[e])] == 0 { continue }
                    label[Int(neighbours[e])] = next
                    queue.append(Int(neighbours[e]))
                }
            }
            next += 1
        }
        return label
    }
}
