/// A small deterministic pseudo-random generator (SplitMix64, Steele, Lea &
/// Flood, "Fast splittable pseudorandom number generators", 2014), so that
/// searches give the same answer for the same seed on every platform.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// One connected piece of a signed graph, as local node numbers 0..<n, and
/// the searches for a two-camp split that frustrates the least weight.
///
/// A tie of sign σ between u and v is frustrated by sides s (±1) when
/// σ s_u s_v < 0: a positive tie across camps or a negative tie within one.
struct SignedPiece {
    struct Edge { var a: Int, b: Int, sign: Int, weight: Double }
    let nodeCount: Int
    let edges: [Edge]
    /// Compressed adjacency: node v's ties are at offsets[v] ..< offsets[v + 1]
    /// of `neighbour` and `signedWeight` (sign x weight), in the order of `edges`.
    let offsets: [Int]
    let neighbour: [Int32]
    let signedWeight: [Double]

    init(nodeCount: Int, edges: [Edge]) {
        self.nodeCount = nodeCount
        self.edges = edges
        var offsets = [Int](repeating: 0, count: nodeCount + 1)
        for e in edges {
            offsets[e.a + 1] += 1
            offsets[e.b + 1] += 1
        }
        for v in 0..<nodeCount { offsets[v + 1] += offsets[v] }
        var next = offsets
        var neighbour = [Int32](repeating: 0, count: edges.count * 2)
        var signedWeight = [Double](repeating: 0, count: edges.count * 2)
        for e in edges {
            let w = e.sign < 0 ? -e.weight : e.weight
            neighbour[next[e.a]] = Int32(e.b)
            signedWeight[next[e.a]] = w
            next[e.a] += 1
            neighbour[next[e.b]] = Int32(e.a)
            signedWeight[next[e.b]] = w
            next[e.b] += 1
        }
        self.offsets = offsets
        self.neighbour = neighbour
        self.signedWeight = signedWeight
    }

    /// Node v's ties as (neighbour, sign, weight).
    func ties(of v: Int) -> [(node: Int, sign: Int, weight: Double)] {
        (offsets[v]..<offsets[v + 1]).map { e in
            (Int(neighbour[e]), signedWeight[e] < 0 ? -1 : 1, abs(signedWeight[e]))
        }
    }

    func cost(_ side: [Int]) -> Double {
        edges.reduce(0) { $0 + (($1.sign * side[$1.a] * side[$1.b]) < 0 ? $1.weight : 0) }
    }

    // MARK: Heuristic

    /// A low-frustration split by iterated local search: starts that make a
    /// breadth-first spanning tree balanced (Harary's construction) and
    /// random starts, each improved by single-node flips until no flip helps,
    /// then repeatedly perturbed (a few random flips) and improved again,
    /// keeping what is no worse; the best over all starts wins.
    ///
    /// Every node's gain is kept up to date as nodes flip (a flip changes
    /// only its neighbours' gains), so examining a node costs O(1) and a
    /// flip O(*d*), as in Kernighan & Lin's and Fiduccia & Mattheyses's
    /// partitioning heuristics. A perturbation that is not kept is undone
    /// from a log of what it changed, so a round costs what it touches, not
    /// the size of the piece.
    ///
    /// - Complexity: O(*restarts* x ((*n* + *t*) x *sweeps* + *rounds* x (*n* + *d*²)))
    ///   with at most 64 perturbation rounds, each re-examining only the
    ///   flipped nodes' neighbourhoods (degree *d*).
    func heuristic(restarts: Int, seed: UInt64) -> (side: [Int], cost: Double) {
        guard nodeCount > 1 else { return ([Int](repeating: 1, count: nodeCount), 0) }
        var random = SplitMix64(seed: seed)
        var best = [Int](repeating: 1, count: nodeCount)
        var bestCost = cost(best)
        let rounds = min(64, 4 + nodeCount / 4)
        let search = LocalSearch(self)
        for start in 0..<max(1, restarts) {
            let initial: [Int]
            if start % 2 == 0 {
                initial = treeBalanced(root: start == 0 ? 0 : Int.random(in: 0..<nodeCount, using: &random))
            } else {
                initial = (0..<nodeCount).map { _ in Bool.random(using: &random) ? 1 : -1 }
            }
            search.reset(to: initial)
            var current = search.descend(cost: cost(initial), from: 0..<nodeCount)
            for _ in 0..<rounds {
                search.beginTrial()
                var trialCost = current
                let flips = 1 + Int.random(in: 0..<max(1, min(6, nodeCount / 4)), using: &random)
                for _ in 0..<flips {
                    let v = Int.random(in: 0..<nodeCount, using: &random)
                    trialCost -= search.gain(of: v)
                    search.flip(v)
                    search.enqueue(v)
                    search.enqueueNeighbours(of: v)
                }
                trialCost = search.descendQueued(cost: trialCost)
                if trialCost <= current + 1e-12 {
                    current = trialCost
                } else {
                    search.undoTrial()
                }
            }
            if current < bestCost - 1e-12 {
                best = search.sides
                bestCost = current
            }
        }
        return (best, cost(best))
    }

    /// Sides that satisfy every tie of a breadth-first spanning tree from `root`.
    func treeBalanced(root: Int) -> [Int] {
        var side = [Int](repeating: 0, count: nodeCount)
        for start in [root] + Array(0..<nodeCount) where side[start] == 0 {
            side[start] = 1
            var queue = [start], head = 0
            while head < queue.count {
                let u = queue[head]
                head += 1
                for e in offsets[u]..<offsets[u + 1] {
                    let v = Int(neighbour[e])
                    guard side[v] == 0 else { continue }
                    side[v] = signedWeight[e] < 0 ? -side[u] : side[u]
                    queue.append(v)
                }
            }
        }
        return side
    }

    // MARK: Exact

    /// The least frustrated weight and a split achieving it, by branch and bound.
    ///
    /// Nodes are assigned in an order where each next node has the most tie
    /// weight to those already placed; the first is fixed to +1 (a split and
    /// its mirror cost the same). A branch is cut when its cost so far, plus
    /// for every unplaced node the cheaper side given its placed neighbours,
    /// plus a packing of edge-disjoint unbalanced triangles among unplaced
    /// nodes (each must frustrate one of its ties; fractional weights share
    /// an edge's weight between triangles), reaches the best known cost. The
    /// search starts from `start`, a known split (from the heuristic).
    ///
    /// The search visits at most `budget` branches. When it runs out, the
    /// best split found so far is returned with `complete` false: it is no
    /// worse than `start`, but not proven least.
    ///
    /// - Complexity: O(min(2^*n*, *budget*) x *n*); random graphs of 30
    ///   actors take well under a second (see
    ///   ``SignedProjection/defaultExactLimit``).
    func exact(start: [Int], budget: Int) -> (side: [Int], cost: Double, complete: Bool) {
        let n = nodeCount
        guard n > 1 else { return ([Int](repeating: 1, count: n), 0, true) }
        // Placement order.
        var position = [Int](repeating: -1, count: n)
        var order: [Int] = []
        var attraction = [Double](repeating: 0, count: n)
        let strength = (0..<n).map { v in ties(of: v).reduce(0) { $0 + $1.weight } }
        while order.count < n {
            var pick = -1
            for v in 0..<n where position[v] < 0 {
                if pick < 0 || (attraction[v], strength[v], -v) > (attraction[pick], strength[pick], -pick) {
                    pick = v
                }
            }
            position[pick] = order.count
            order.append(pick)
            for (u, _, w) in ties(of: pick) where position[u] < 0 { attraction[u] += w }
        }
        // Ties to later-placed nodes, by position.
        var forward = [[(to: Int, sign: Int, weight: Double)]](repeating: [], count: n)
        for e in edges {
            let (p, q) = (position[e.a], position[e.b])
            forward[min(p, q)].append((max(p, q), e.sign, e.weight))
        }
        let packing = triangleBounds(position: position)

        var bestSide = start.isEmpty ? [Int](repeating: 1, count: n) : start
        var best = cost(bestSide)
        var side = [Int](repeating: 0, count: n)  // by position
        // costOn[p][0]: frustration node p would take on from placed
        // neighbours on side +1; [1] on side -1.
        var costOn = [[Double]](repeating: [0, 0], count: n)
        var sumMin = 0.0  // over unplaced positions of min(costOn)

        func place(_ p: Int, _ s: Int) -> [(Int, Int, Double)] {
            var changes: [(Int, Int, Double)] = []
            for (q, sign, w) in forward[p] {
                // q on side t is frustrated when sign * s * t < 0, i.e. t = -sign * s.
                let slot = -sign * s > 0 ? 0 : 1
                let before = min(costOn[q][0], costOn[q][1])
                costOn[q][slot] += w
                sumMin += min(costOn[q][0], costOn[q][1]) - before
                changes.append((q, slot, w))
            }
            return changes
        }
        func unplace(_ changes: [(Int, Int, Double)]) {
            for (q, slot, w) in changes.reversed() {
                let before = min(costOn[q][0], costOn[q][1])
                costOn[q][slot] -= w
                sumMin += min(costOn[q][0], costOn[q][1]) - before
            }
        }
        var branches = 0
        func search(_ p: Int, _ soFar: Double) {
            branches += 1
            if branches > budget { return }
            if p == n {
                if soFar < best - 1e-9 {
                    best = soFar
                    for q in 0..<n { bestSide[order[q]] = side[q] }
                }
                return
            }
            let here = [costOn[p][0], costOn[p][1]]
            let sides = p == 0 ? [1] : (here[0] <= here[1] ? [1, -1] : [-1, 1])
            for s in sides {
                let added = here[s > 0 ? 0 : 1]
                let rest = sumMin - min(here[0], here[1])
                let total = soFar + added
                if total + rest + packing[p + 1] >= best - 1e-9 { continue }
                side[p] = s
                let changes = place(p, s)
                let saved = sumMin
                sumMin -= min(here[0], here[1])
                // The bound again, now that p's ties shape its neighbours' costs.
                if total + sumMin + packing[p + 1] < best - 1e-9 { search(p + 1, total) }
                sumMin = saved
                unplace(changes)
            }
        }
        search(0, 0)
        return (bestSide, best, branches <= budget)
    }

    /// For each position p, a lower bound on the frustration among nodes
    /// placed at p or later: a greedy fractional packing of unbalanced
    /// triangles whose edges are shared only up to their weight.
    func triangleBounds(position: [Int]) -> [Double] {
        let n = nodeCount
        var tie: [Int: (sign: Int, weight: Double)] = [:]
        for e in edges {
            let (p, q) = (position[e.a], position[e.b])
            tie[min(p, q) * n + max(p, q)] = (e.sign, e.weight)
        }
        var triangles: [(Int, Int, Int)] = []  // positions x < y < z
        for x in 0..<n {
            for y in (x + 1)..<max(x + 1, n) where tie[x * n + y] != nil {
                for z in (y + 1)..<max(y + 1, n) {
                    guard let a = tie[x * n + y], let b = tie[x * n + z], let c = tie[y * n + z],
                        a.sign * b.sign * c.sign < 0
                    else { continue }
                    triangles.append((x, y, z))
                }
            }
        }
        var bounds = [Double](repeating: 0, count: n + 1)
        for p in stride(from: n - 1, through: 0, by: -1) {
            var residual: [Int: Double] = [:]
            var total = 0.0
            for (x, y, z) in triangles where x >= p {
                let keys = [x * n + y, x * n + z, y * n + z]
                let take = keys.map { residual[$0] ?? tie[$0]!.weight }.min()!
                guard take > 0 else { continue }
                for key in keys { residual[key] = (residual[key] ?? tie[key]!.weight) - take }
                total += take
            }
            bounds[p] = total
        }
        return bounds
    }
}

/// The state of ``SignedPiece/heuristic(restarts:seed:)``: a split (+1 or -1
/// a node), every node's gain (how much flipping it would lower the
/// frustration), the queue of nodes to examine, and a log of what a trial
/// changed so that it can be undone.
///
/// A class over raw buffers because the search spends its time in these few
/// loops, which bounds checks and copy-on-write checks would double.
final class LocalSearch {
    let piece: SignedPiece
    let count: Int
    let side: UnsafeMutablePointer<Double>
    let gains: UnsafeMutablePointer<Double>
    let queued: UnsafeMutablePointer<Bool>
    var queue: [Int] = []
    var logging = false
    var flipped: [Int] = []
    var oldGains: [(node: Int, gain: Double)] = []

    init(_ piece: SignedPiece) {
        self.piece = piece
        count = piece.nodeCount
        side = .allocate(capacity: count)
        side.initialize(repeating: 1, count: count)
        gains = .allocate(capacity: count)
        gains.initialize(repeating: 0, count: count)
        queued = .allocate(capacity: count)
        queued.initialize(repeating: false, count: count)
    }

    deinit {
        side.deallocate()
        gains.deallocate()
        queued.deallocate()
    }

    /// The split as +1 and -1 by node.
    var sides: [Int] { (0..<count).map { side[$0] < 0 ? -1 : 1 } }

    /// Takes `sides` as the split and computes every gain.
    func reset(to sides: [Int]) {
        logging = false
        for v in 0..<count { side[v] = sides[v] < 0 ? -1 : 1 }
        for v in 0..<count { gains[v] = gain(of: v) }
    }

    /// How much flipping `v` would lower the cost: the weight of its
    /// frustrated ties less that of its satisfied ones.
    @inline(__always)
    func gain(of v: Int) -> Double {
        piece.neighbour.withUnsafeBufferPointer { neighbour in
            piece.signedWeight.withUnsafeBufferPointer { weight in
                var sum = 0.0
                for e in piece.offsets[v]..<piece.offsets[v + 1] { sum += weight[e] * side[Int(neighbour[e])] }
                // A tie is frustrated when sign x side(u) x side(v) < 0 and then adds its weight.
                return -side[v] * sum
            }
        }
    }

    @inline(__always)
    private func setGain(_ v: Int, _ value: Double) {
        if logging { oldGains.append((v, gains[v])) }
        gains[v] = value
    }

    /// Flips `v` and updates the gains it changes: its own, recomputed, and
    /// each neighbour's, whose tie to `v` turns frustrated or satisfied.
    func flip(_ v: Int) {
        if logging { flipped.append(v) }
        side[v] = -side[v]
        setGain(v, gain(of: v))
        let sv = side[v]
        piece.neighbour.withUnsafeBufferPointer { neighbour in
            piece.signedWeight.withUnsafeBufferPointer { weight in
                for e in piece.offsets[v]..<piece.offsets[v + 1] {
                    let u = Int(neighbour[e])
                    // The tie's term in u's gain was -weight (satisfied) or +weight (frustrated); it turns over.
                    setGain(u, gains[u] - 2 * weight[e] * side[u] * sv)
                }
            }
        }
    }

    func enqueue(_ v: Int) {
        guard !queued[v] else { return }
        queued[v] = true
        queue.append(v)
    }

    func enqueueNeighbours(of v: Int) {
        for e in piece.offsets[v]..<piece.offsets[v + 1] { enqueue(Int(piece.neighbour[e])) }
    }

    /// Flips single nodes while a flip lowers the cost, examining `start`
    /// and then the neighbours of every flipped node; returns the new cost.
    func descend(cost: Double, from start: Range<Int>) -> Double {
        for v in start { enqueue(v) }
        return descendQueued(cost: cost)
    }

    /// ``descend(cost:from:)`` from the nodes already queued.
    func descendQueued(cost: Double) -> Double {
        var cost = cost
        var head = 0
        while head < queue.count {
            let v = queue[head]
            head += 1
            queued[v] = false
            guard gains[v] > 1e-12 else { continue }
            // The exact gain, so that sums of many small updates do not drift into the cost.
            let g = gain(of: v)
            guard g > 1e-12 else {
                setGain(v, g)
                continue
            }
            flip(v)
            cost -= g
            enqueueNeighbours(of: v)
        }
        queue.removeAll(keepingCapacity: true)
        return cost
    }

    /// Starts logging changes, for ``undoTrial()``.
    func beginTrial() {
        logging = true
        flipped.removeAll(keepingCapacity: true)
        oldGains.removeAll(keepingCapacity: true)
    }

    /// Restores the split and the gains of before ``beginTrial()``.
    func undoTrial() {
        for (v, gain) in oldGains.reversed() { gains[v] = gain }
        for v in flipped { side[v] = -side[v] }
        logging = false
    }
}
