/// The first shortest path between two actors in id order, found from both
/// ends.
///
/// The search grows whole levels from the source (distances `dF`) and from
/// the target (distances `dB`), always the smaller frontier, until some
/// actor carries both labels. Every level being whole, all actors within
/// the levels grown carry exact labels, so the least `dF + dB` over actors
/// labelled twice is the distance *d*: a shortest path has an actor at some
/// position *k* with *k* within the forward levels and *d - k* within the
/// backward ones, and the two labels met when the second of them was set.
///
/// The path is then chosen step by step from the source: the next actor is
/// the smallest successor that lies on a shortest path, which gives the
/// path that comes first when paths are compared actor by actor. Whether a
/// successor at position *k + 1* lies on one is its `dB` where the backward
/// levels reach (*d - k - 1* within them); nearer the source, it is marked by
/// going back from those actors through the forward levels.
struct LayeredPathSearch {
    let t: Topology
    let directed: Bool
    /// Which relations may be followed; all when nil.
    let usable: ((Int) -> Bool)?
    var dF: [Int32]
    var dB: [Int32]

    init(topology: Topology, actorCount: Int, directed: Bool, usable: ((Int) -> Bool)?) {
        t = topology
        self.directed = directed
        self.usable = usable
        dF = [Int32](repeating: -1, count: actorCount)
        dB = dF
    }

    /// Calls `body` with each actor one usable relation leads to from `u`.
    func forEachSuccessor(_ u: Int32, _ body: (Int32) -> Void) {
        t.forEachSuccessor(of: u, directed: directed, usable: usable) { body($0); return true }
    }

    /// Adds the next whole level to `levels` through `neighbours`, labelling
    /// each actor it reaches first with its depth in `labels`.
    ///
    /// - Returns: the least sum of a new label and the other side's label
    ///   on the same actor; `Int32.max` when the sides have not met.
    static func grow(
        _ levels: inout [[Int32]], labels: inout [Int32], other: [Int32],
        _ neighbours: (Int32, (Int32) -> Bool) -> Void
    ) -> Int32 {
        let level = Int32(levels.count)
        var next: [Int32] = [], distance = Int32.max
        for u in levels[levels.count - 1] {
            neighbours(u) { v in
                guard labels[Int(v)] < 0 else { return true }
                labels[Int(v)] = level
                next.append(v)
                if other[Int(v)] >= 0 { distance = min(distance, level + other[Int(v)]) }
                return true
            }
        }
        levels.append(next)
        return distance
    }

    /// The actor indexes of the path, both ends included; nil when none.
    mutating func path(from source: Int32, to target: Int32) -> [Int32]? {
        guard source != target else { return [source] }
        var forward: [[Int32]] = [[source]], backward: [[Int32]] = [[target]]
        dF[Int(source)] = 0
        dB[Int(target)] = 0
        let t = t, directed = directed, usable = usable
        var distance = Int32.max
        while distance == .max {
            let front = forward[forward.count - 1], back = backward[backward.count - 1]
            if front.isEmpty || back.isEmpty { return nil }
            if front.count <= back.count {
                distance = Self.grow(&forward, labels: &dF, other: dB) { u, body in
                    t.forEachSuccessor(of: u, directed: directed, usable: usable, body)
                }
            } else {
                distance = Self.grow(&backward, labels: &dB, other: dF) { u, body in
                    t.forEachPredecessor(of: u, directed: directed, usable: usable, body)
                }
            }
        }
        // Positions from `cut` on are decided by dB; before it, by marks
        // set going back from the actors at `cut` through the forward levels.
        let d = Int(distance), cut = max(0, d - (backward.count - 1))
        var mark = [Int32](repeating: -1, count: cut > 0 ? dF.count : 0)
        if cut > 0 {
            for v in forward[cut] where dB[Int(v)] == Int32(d - cut) { mark[Int(v)] = Int32(cut) }
            for k in stride(from: cut - 1, through: 1, by: -1) {
                for u in forward[k] {
                    var reaches = false
                    forEachSuccessor(u) { w in if mark[Int(w)] == Int32(k + 1) { reaches = true } }
                    if reaches { mark[Int(u)] = Int32(k) }
                }
            }
        }
        var path = [source]
        path.reserveCapacity(d + 1)
        for k in 0..<d {
            let position = Int32(k + 1), toGo = Int32(d - k - 1)
            var best = Int32.max
            forEachSuccessor(path[k]) { w in
                let onPath = position < Int32(cut) ? mark[Int(w)] == position : dB[Int(w)] == toGo
                if onPath && w < best { best = w }
            }
            path.append(best)
        }
        return path
    }
}
