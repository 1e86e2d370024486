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

    /// Calls `body` with each actor one usable relation leads from into `u`.
    func forEachPredecessor(_ u: Int32, _ body: (Int32) -> Void) {
        t.forEachPredecessor(of: u, directed: directed, usable: usable) { body($0); return true }
    }

    /// The actor indexes of the path, both ends included; nil when none.
    mutating func path(from source: Int32, to target: Int32) -> [Int32]? {
        guard source != target else { return [source] }
        var forward: [[Int32]] = [[source]], backward: [[Int32]] = [[target]]
        dF[Int(source)] = 0
        dB[Int(target)] = 0
        var distance = Int32.max
        while distance == .max {
            let front = forward[forward.count - 1], back = backward[backward.count - 1]
            if front.isEmpty || back.isEmpty { return nil }
            var next: [Int32] = []
            if front.count <= back.count {
                let level = Int32(forward.count)
                for u in front {
                    forEachSuccessor(u) { v in
                        guard dF[Int(v)] < 0 else { return }
                        dF[Int(v)] = level
                        next.append(v)
                        if dB[Int(v)] >= 0 { distance = min(distance, level + dB[Int(v)]) }
                    }
                }
                forward.append(next)
            } else {
                let level = Int32(backward.count)
                for u in back {
                    forEachPredecessor(u) { v in
                        guard dB[Int(v)] < 0 else { return }
                        dB[Int(v)] = level
                        next.append(v)
                        if dF[Int(v)] >= 0 { distance = min(distance, level + dF[Int(v)]) }
                    }
                }
                backward.append(next)
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
