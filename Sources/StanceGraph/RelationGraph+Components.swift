/// Actors as integer indexes with directed adjacency, for whole-graph searches.
struct DirectedAdjacency {
    let actors: [ActorID]
    let offsets: [Int]
    let targets: [Int32]

    /// Arcs source -> target for every relation, and target -> source too
    /// for symmetric kinds (alliance, hostility). Self-loops are kept.
    init(_ graph: RelationGraph) {
        actors = graph.actorIDs
        let t = graph.topology, n = t.source.count
        var offsets = [Int](repeating: 0, count: actors.count + 1)
        for i in 0..<n {
            offsets[Int(t.source[i]) + 1] += 1
            if t.isSymmetric(i) { offsets[Int(t.target[i]) + 1] += 1 }
        }
        for v in 0..<actors.count { offsets[v + 1] += offsets[v] }
        var next = Array(offsets.dropLast())
        var targets = [Int32](repeating: 0, count: offsets[actors.count])
        for i in 0..<n {
            let s = Int(t.source[i]), d = Int(t.target[i])
            targets[next[s]] = t.target[i]
            next[s] += 1
            if t.isSymmetric(i) {
                targets[next[d]] = t.source[i]
                next[d] += 1
            }
        }
        self.offsets = offsets
        self.targets = targets
    }
}

/// Shortest hop counts by bidirectional breadth-first search: whole levels
/// are expanded from the side with the smaller frontier until the two
/// searches meet; the distance is the least sum over the nodes where they
/// met in that level. On graphs with hubs each search stops after a few
/// levels instead of reaching most of the graph. Scratch arrays are reused
/// between calls, stamped with a search number instead of cleared.
struct MeetingSearch {
    var stampForward: [Int32]
    var stampBackward: [Int32]
    var distanceForward: [Int32]
    var distanceBackward: [Int32]
    var stamp: Int32 = 0

    init(count: Int) {
        stampForward = Array(repeating: 0, count: count)
        stampBackward = Array(repeating: 0, count: count)
        distanceForward = Array(repeating: 0, count: count)
        distanceBackward = Array(repeating: 0, count: count)
    }

    /// Hops from `source` to `target` in `topology`, or -1 when unreachable.
    /// Relations are followed from source to target, symmetric kinds both
    /// ways, or every relation both ways when `directed` is false; the
    /// backward search follows the same arcs reversed. The graph's own
    /// integer form is searched, so nothing is built per call.
    ///
    /// - Complexity: O(*a* + *n*) at worst; far less when both ends reach hubs.
    ///
    /// The search can stop at the first node both sides have reached: levels
    /// are expanded whole and meetings are checked from both sides, so a node
    /// met during an expansion lies on the other side's unexpanded frontier
    /// (were it deeper inside, the node that reached it would have been met
    /// already), and every meeting in that expansion gives the same sum.
    mutating func distance(from source: Int, to target: Int, in t: Topology, directed: Bool) -> Int {
        if source == target { return 0 }
        stamp += 1
        let now = stamp
        stampForward[source] = now
        distanceForward[source] = 0
        stampBackward[target] = now
        distanceBackward[target] = 0
        var frontForward = [Int32(source)], frontBackward = [Int32(target)]
        var next: [Int32] = []
        // Marks v as reached from one side at depth d; the sum when the other side has it.
        func reachForward(_ v: Int32, _ d: Int32) -> Int32? {
            let v = Int(v)
            if stampForward[v] == now { return nil }
            if stampBackward[v] == now { return d + distanceBackward[v] }
            stampForward[v] = now
            distanceForward[v] = d
            next.append(Int32(v))
            return nil
        }
        func reachBackward(_ v: Int32, _ d: Int32) -> Int32? {
            let v = Int(v)
            if stampBackward[v] == now { return nil }
            if stampForward[v] == now { return d + distanceForward[v] }
            stampBackward[v] = now
            distanceBackward[v] = d
            next.append(Int32(v))
            return nil
        }
        while !frontForward.isEmpty && !frontBackward.isEmpty {
            next.removeAll(keepingCapacity: true)
            if frontForward.count <= frontBackward.count {
                for u in frontForward {
                    let d = distanceForward[Int(u)] + 1
                    var sum: Int32?
                    t.forEachSuccessor(of: u, directed: directed) { v in
                        sum = reachForward(v, d)
                        return sum == nil
                    }
                    if let sum { return Int(sum) }
                }
                swap(&frontForward, &next)
            } else {
                for u in frontBackward {
                    let d = distanceBackward[Int(u)] + 1
                    var sum: Int32?
                    t.forEachPredecessor(of: u, directed: directed) { v in
                        sum = reachBackward(v, d)
                        return sum == nil
                    }
                    if let sum { return Int(sum) }
                }
                swap(&frontBackward, &next)
            }
        }
        return -1
    }
}

extension RelationGraph {
    /// Groups of actors linked by relations in either direction, largest
    /// first (ties by smallest id); each group in ascending id order.
    /// Actors without relations are groups of one.
    ///
    /// - Complexity: O(*a* + *n*) with union-find (path halving, union by size).
    public func weaklyConnectedComponents() -> [[ActorID]] {
        // Direction does not matter here: one union per relation, read from
        // the integer endpoints.
        let t = topology, n = actorIDs.count
        var parent = Array(0..<n), size = [Int](repeating: 1, count: n)
        for i in t.source.indices {
            var a = Self.root(Int(t.source[i]), in: &parent), b = Self.root(Int(t.target[i]), in: &parent)
            guard a != b else { continue }
            if size[a] < size[b] { swap(&a, &b) }
            parent[b] = a
            size[a] += size[b]
        }
        var labels = [Int](repeating: 0, count: n)
        for v in 0..<n { labels[v] = Self.root(v, in: &parent) }
        return Self.groups(labels: labels, actors: actorIDs)
    }

    /// The representative of `x` in a union-find forest, halving the path
    /// on the way. (A static function over an `inout` array: a local one
    /// captured as a closure would put the array in a box and check every
    /// access to it at run time.)
    static func root(_ x: Int, in parent: inout [Int]) -> Int {
        var x = x
        while parent[x] != x {
            parent[x] = parent[parent[x]]
            x = parent[x]
        }
        return x
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
        var search = MeetingSearch(count: actorIDs.count)
        return pairs.map { s, t in
            let d = search.distance(
                from: Int(actorIndex[s]!), to: Int(actorIndex[t]!), in: topology, directed: directed)
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
