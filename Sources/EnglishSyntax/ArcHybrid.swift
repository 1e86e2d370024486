/// The arc-hybrid transition system (Kuhlmann, Gómez-Rodríguez and Satta
/// 2011) with a root at the bottom of the stack, as a parser configuration.
///
/// - SHIFT moves the first buffer word onto the stack;
/// - LEFT makes the first buffer word the head of the stack's top, and pops it;
/// - RIGHT makes the word under the top its head, and pops it.
///
/// A word gets its head when it leaves the stack, so every word ends with
/// exactly one. The root (word index `count`) may take a dependent only
/// when the buffer is empty, so it takes exactly one: the output is always
/// a tree.
struct ArcHybrid {
    enum Action: Int { case shift = 0, left = 1, right = 2 }

    /// What the parser knows of one word (or the root) as it goes: its
    /// head and label once attached, its outermost dependents on each side,
    /// how many it has, and their labels as bits. One value a word, so the
    /// features read a word's state in one place.
    struct Node {
        var head: Int32 = -1
        var label: Int32 = -1
        /// The two leftmost and two rightmost dependents, -1 for none.
        var left1: Int32 = -1, left2: Int32 = -1, right1: Int32 = -1, right2: Int32 = -1
        var leftCount: UInt8 = 0, rightCount: UInt8 = 0
        var leftLabels: UInt64 = 0, rightLabels: UInt64 = 0

        static let none = Node()
    }

    let count: Int
    let rootLabel: Int
    var stack: [Int32]
    var buffer: Int
    /// One a word, then the root's.
    var nodes: [Node]

    init(count: Int, rootLabel: Int) {
        self.count = count
        self.rootLabel = rootLabel
        stack = [Int32(count)]
        stack.reserveCapacity(count + 1)
        buffer = 0
        nodes = Array(repeating: Node(), count: count + 1)
    }

    /// Each word's head: another word, or -1 for the root.
    var heads: [Int32] { nodes.prefix(count).map(\.head) }
    var labels: [Int32] { nodes.prefix(count).map(\.label) }

    var isTerminal: Bool { buffer == count && stack.count == 1 }

    @inline(__always) var s0: Int { stack.count >= 1 ? Int(stack[stack.count - 1]) : -1 }
    @inline(__always) var s1: Int { stack.count >= 2 ? Int(stack[stack.count - 2]) : -1 }
    @inline(__always) var s2: Int { stack.count >= 3 ? Int(stack[stack.count - 3]) : -1 }

    /// The state of word `i`, or an empty one for -1.
    @inline(__always) func node(_ i: Int) -> Node { i < 0 ? .none : nodes[i] }

    var canShift: Bool { buffer < count }
    var canLeft: Bool { buffer < count && stack.count >= 2 }
    /// RIGHT onto the root only once the buffer is empty.
    var canRight: Bool { stack.count >= 3 || (stack.count == 2 && buffer == count) }
    /// Whether RIGHT would attach to the root (and so must carry the root label).
    var rightIsRoot: Bool { stack.count == 2 }

    func isLegal(_ action: Action) -> Bool {
        switch action {
        case .shift: canShift
        case .left: canLeft
        case .right: canRight
        }
    }

    /// The dependent and head an arc action would link.
    func arc(_ action: Action) -> (dependent: Int, head: Int) {
        (s0, action == .left ? buffer : s1)
    }

    mutating func apply(_ action: Action, label: Int) {
        if action == .shift {
            stack.append(Int32(buffer))
            buffer += 1
            return
        }
        let dependent = Int(stack.removeLast())
        let head = action == .left ? buffer : Int(stack[stack.count - 1])
        attach(dependent, to: head, label: label)
    }

    private mutating func attach(_ d: Int, to h: Int, label: Int) {
        nodes[d].head = h == count ? -1 : Int32(h)
        nodes[d].label = Int32(label)
        let bit = UInt64(1) << UInt64(label & 63)
        if d < h {
            // Left dependents arrive nearest first: the newest is the leftmost.
            nodes[h].left2 = nodes[h].left1
            nodes[h].left1 = Int32(d)
            nodes[h].leftCount &+= 1
            nodes[h].leftLabels |= bit
        } else {
            // Right dependents arrive nearest first as well: the newest is the rightmost.
            nodes[h].right2 = nodes[h].right1
            nodes[h].right1 = Int32(d)
            nodes[h].rightCount &+= 1
            nodes[h].rightLabels |= bit
        }
    }
}

/// The dynamic oracle of the arc-hybrid system (Goldberg and Nivre 2013,
/// "Training deterministic parsers with non-deterministic oracles"): the
/// number of gold arcs each decision makes unreachable, for training that
/// learns to act well after its own mistakes.
struct ArcHybridOracle {
    /// Gold heads (the root is `count`) and labels of a projective tree.
    let heads: [Int32]
    let labels: [Int32]

    /// The unlabelled costs of SHIFT, LEFT and RIGHT in `state` (gold arcs made
    /// unreachable), and the gold label of the arc LEFT or RIGHT would make
    /// when that arc is gold (-1 otherwise): a wrong label on it costs one more.
    func costs(in state: ArcHybrid) -> (shift: Int, left: Int, right: Int, leftLabel: Int32, rightLabel: Int32) {
        let n = state.count
        let b = state.buffer
        var shift = 0, left = 0, right = 0
        var leftLabel: Int32 = -1, rightLabel: Int32 = -1
        if b < n {
            // b can no longer take a head below s0, nor dependents anywhere in the stack.
            let top = state.stack.count - 1
            for (i, k) in state.stack.enumerated() {
                if i < top && heads[b] == k { shift += 1 }
                if Int(k) < n && Int(heads[Int(k)]) == b { shift += 1 }
            }
        }
        let d = state.s0
        if d >= 0 && d < n {
            // s0 leaves the stack either way: it can no longer take dependents from the buffer.
            var lost = 0
            for k in b..<n where Int(heads[k]) == d { lost += 1 }
            let goldHead = Int(heads[d])
            // LEFT: its head could have been s1 or any buffer word.
            left = lost + (goldHead != b && (goldHead == state.s1 || (goldHead > b && goldHead < n)) ? 1 : 0)
            if goldHead == b { leftLabel = labels[d] }
            // RIGHT: its head could have been any buffer word (the root, if below s1, was already out of reach).
            right = lost + (goldHead >= b && goldHead < n ? 1 : 0)
            if goldHead == state.s1 { rightLabel = labels[d] }
        }
        return (shift, left, right, leftLabel, rightLabel)
    }
}

/// Makes a tree projective by lifting, so the oracle's costs are exact:
/// while some arc spans a word its head does not dominate, the shortest such
/// arc's dependent moves up to its grandparent (Nivre and Nilsson 2005,
/// without encoding the lifts in the labels).
enum Projectivizer {
    /// - Parameter heads: heads with the root as -1.
    static func lift(_ heads: [Int]) -> [Int] {
        var heads = heads
        let n = heads.count
        func dominates(_ a: Int, _ b: Int) -> Bool {
            var at = b, steps = 0
            while at >= 0 && steps <= n {
                if at == a { return true }
                at = heads[at]
                steps += 1
            }
            return false
        }
        while true {
            var shortest: (dependent: Int, length: Int)? = nil
            for d in 0..<n {
                let h = heads[d]
                guard h >= 0 else { continue }
                let (lo, hi) = (min(h, d), max(h, d))
                var projective = true
                for k in (lo + 1)..<hi where !dominates(h, k) {
                    projective = false
                    break
                }
                if !projective && (shortest == nil || hi - lo < shortest!.length) { shortest = (d, hi - lo) }
            }
            guard let arc = shortest else { return heads }
            heads[arc.dependent] = heads[heads[arc.dependent]]
        }
    }
}
