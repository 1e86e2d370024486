/// A greedy labelled dependency parser: the arc-hybrid system, with one
/// averaged perceptron choosing each transition (SHIFT, LEFT, RIGHT) and a
/// second one labelling each arc as it is made.
///
/// The transition features are those Zhang and Nivre (2011, "Transition-
/// based dependency parsing with rich non-local features") define for
/// arc-eager, moved to the arc-hybrid positions (the top three of the
/// stack, the first three of the buffer, and the leftmost and rightmost
/// dependents of the top two stack words and the first buffer word):
/// words, tags, pairs and triples of them, distance, valency, dependents'
/// labels and label sets, and the punctuation between the two words a
/// decision links. Training uses the dynamic oracle of ``ArcHybridOracle``
/// with exploration (Goldberg and Nivre 2012, 2013).
///
/// Choosing the label apart from the transition costs little accuracy and
/// saves most of the work: a transition is scored over three classes
/// instead of a hundred, and the label classifier runs once a word. It
/// reads the arc's two words and, since a word leaves the stack with all
/// its dependents, the labels of the dependent's own dependents.
struct Parser: Sendable {
    let labels: [DependencyLabel]
    let rootLabel: Int
    /// SHIFT, LEFT, RIGHT.
    let actions: LinearModel
    /// One class a label.
    let labeller: LinearModel

    static let featureCount = 72
    static let labelFeatureCount = 30

    /// What the parser reads of a sentence: per word, its form's hash and tag number.
    struct Input {
        var words: [UInt64]
        var tags: [UInt64]
        /// Punctuation words so far, for counting the punctuation between two words.
        var punctuationBefore: [Int32]

        init(words: [WordFeatures], tags: [Int], isPunctuation: (Int) -> Bool) {
            self.words = words.map(\.lower) + [Self.rootWord]
            self.tags = tags.map { UInt64($0 + 1) } + [Self.rootTag]
            var before: [Int32] = [0]
            for t in tags { before.append(before.last! + (isPunctuation(t) ? 1 : 0)) }
            punctuationBefore = before
        }

        static let rootWord: UInt64 = FeatureHash.string("<root>")
        static let rootTag: UInt64 = 1000
    }

    /// The tree of one sentence, with labels as indices into ``labels``.
    func parse(_ input: Input) -> (heads: [Int32], labels: [Int32]) {
        let n = input.words.count - 1
        var state = ArcHybrid(count: n, rootLabel: rootLabel)
        var actionScores = [Int32](repeating: 0, count: actions.stride)
        var labelScores = [Int32](repeating: 0, count: labeller.stride)
        var features = [UInt64](repeating: 0, count: Self.featureCount)
        var labelFeatures = [UInt64](repeating: 0, count: Self.labelFeatureCount)
        while !state.isTerminal {
            features.withUnsafeMutableBufferPointer { Self.features(state, input, into: $0) }
            for c in actionScores.indices { actionScores[c] = 0 }
            features.withUnsafeBufferPointer { f in
                actionScores.withUnsafeMutableBufferPointer { actions.score(f, into: $0) }
            }
            let action = Self.best(actionScores, in: state)
            var label = 0
            if action != .shift {
                if action == .right && state.rightIsRoot {
                    label = rootLabel
                } else {
                    labelFeatures.withUnsafeMutableBufferPointer { Self.labelFeatures(state, action, input, into: $0) }
                    for c in labelScores.indices { labelScores[c] = 0 }
                    labelFeatures.withUnsafeBufferPointer { f in
                        labelScores.withUnsafeMutableBufferPointer { labeller.score(f, into: $0) }
                    }
                    label = Self.bestLabel(labelScores, count: labels.count, excluding: rootLabel)
                }
            }
            state.apply(action, label: label)
        }
        return (state.heads, state.labels)
    }

    /// The highest-scoring legal transition.
    @inline(__always)
    static func best<S: Comparable>(_ scores: [S], in state: ArcHybrid) -> ArcHybrid.Action {
        var best: ArcHybrid.Action? = nil
        for action in [ArcHybrid.Action.shift, .left, .right] where state.isLegal(action) {
            if best == nil || scores[action.rawValue] > scores[best!.rawValue] { best = action }
        }
        return best!
    }

    /// The highest-scoring label other than the root's.
    @inline(__always)
    static func bestLabel<S: Comparable>(_ scores: [S], count: Int, excluding root: Int) -> Int {
        var best = root == 0 ? 1 : 0
        for l in 0..<count where l != root && scores[l] > scores[best] { best = l }
        return best
    }

    /// The distance between two words, in buckets: 1, 2, 3, 4, 5-7, 8+.
    @inline(__always)
    static func distance(_ a: Int, _ b: Int) -> UInt64 {
        guard a >= 0 && b >= 0 else { return 0 }
        let d = abs(a - b)
        return d < 5 ? UInt64(d) : d < 8 ? 5 : 6
    }

    /// The features of a configuration, written into `f` (``featureCount`` of them).
    @inline(__always)
    static func features(_ s: ArcHybrid, _ input: Input, into f: UnsafeMutableBufferPointer<UInt64>) {
        let n = s.count
        let s0 = s.s0, s1 = s.s1, s2 = s.s2
        let b0 = s.buffer < n ? s.buffer : -1
        let b1 = s.buffer + 1 < n ? s.buffer + 1 : -1
        let b2 = s.buffer + 2 < n ? s.buffer + 2 : -1
        let words = input.words, tags = input.tags
        @inline(__always) func w(_ i: Int) -> UInt64 { i < 0 ? 0 : words[i] }
        @inline(__always) func p(_ i: Int) -> UInt64 { i < 0 ? 0 : tags[i] }
        @inline(__always) func l(_ i: Int) -> UInt64 { i < 0 || i >= n ? 0 : UInt64(s.nodes[i].label + 1) }
        let ns0 = s.node(s0), ns1 = s.node(s1), nb0 = s.node(b0)
        let s0l1 = Int(ns0.left1), s0l2 = Int(ns0.left2), s0r1 = Int(ns0.right1), s0r2 = Int(ns0.right2)
        let s1l1 = Int(ns1.left1), s1r1 = Int(ns1.right1), s1r2 = Int(ns1.right2)
        let b0l1 = Int(nb0.left1), b0l2 = Int(nb0.left2)
        let s0w = w(s0), s0p = p(s0), s1w = w(s1), s1p = p(s1), s2p = p(s2)
        let b0w = w(b0), b0p = p(b0), b1w = w(b1), b1p = p(b1), b2p = p(b2), b2w = w(b2)
        let d01 = distance(s0, b0), d10 = distance(s1, s0)
        let s0vl = UInt64(ns0.leftCount), s0vr = UInt64(ns0.rightCount)
        let s1vr = UInt64(ns1.rightCount), b0vl = UInt64(nb0.leftCount)
        let s0sl = ns0.leftLabels, s0sr = ns0.rightLabels
        let s1sr = ns1.rightLabels, b0sl = nb0.leftLabels
        // Punctuation between s0 and b0, and between s1 and s0 (commas decide coordination and apposition).
        func punctuation(_ a: Int, _ b: Int) -> UInt64 {
            guard a >= 0 && b >= 0 && a < n && b < n else { return 7 }
            let (lo, hi) = (min(a, b), max(a, b))
            return UInt64(min(3, input.punctuationBefore[hi] - input.punctuationBefore[lo + 1]))
        }
        let pu01 = punctuation(s0, b0), pu10 = punctuation(s1, s0)
        typealias H = FeatureHash
        // Single words.
        f[0] = H.key(1, s0w, s0p)
        f[1] = H.key(2, s0w)
        f[2] = H.key(3, s0p)
        f[3] = H.key(4, s1w, s1p)
        f[4] = H.key(5, s1w)
        f[5] = H.key(6, s1p)
        f[6] = H.key(7, b0w, b0p)
        f[7] = H.key(8, b0w)
        f[8] = H.key(9, b0p)
        f[9] = H.key(10, b1w, b1p)
        f[10] = H.key(11, b1w)
        f[11] = H.key(12, b1p)
        f[12] = H.key(13, b2w)
        f[13] = H.key(14, b2p)
        f[14] = H.key(15, s2p)
        f[15] = H.key(16, w(s2))
        // Pairs.
        f[16] = H.key(17, s0w, s0p, b0w &+ b0p &* 31)
        f[17] = H.key(18, s0w, s0p, b0w)
        f[18] = H.key(19, s0w, b0w, b0p)
        f[19] = H.key(20, s0w, s0p, b0p)
        f[20] = H.key(21, s0p, b0w, b0p)
        f[21] = H.key(22, s0w, b0w)
        f[22] = H.key(23, s0p, b0p)
        f[23] = H.key(24, b0p, b1p)
        f[24] = H.key(25, s1w, s1p, s0w &+ s0p &* 31)
        f[25] = H.key(26, s1w, s0w)
        f[26] = H.key(27, s1p, s0p)
        f[27] = H.key(28, s1p, s0w, s0p)
        f[28] = H.key(29, s1w, s1p, s0p)
        f[29] = H.key(30, s1p, b0p)
        f[30] = H.key(31, s1w, b0w)
        // Triples of tags.
        f[31] = H.key(32, b0p, b1p, b2p)
        f[32] = H.key(33, s0p, b0p, b1p)
        f[33] = H.key(34, s1p, s0p, b0p)
        f[34] = H.key(35, s2p, s1p, s0p)
        f[35] = H.key(36, s0p, p(s0l1), b0p)
        f[36] = H.key(37, s0p, p(s0r1), b0p)
        f[37] = H.key(38, s0p, b0p, p(b0l1))
        f[38] = H.key(39, s1p, p(s1r1), s0p)
        f[39] = H.key(40, s1p, s0p, p(s0l1))
        f[40] = H.key(41, s1p, p(s1l1), s0p)
        // Distance.
        f[41] = H.key(42, s0w, d01)
        f[42] = H.key(43, s0p, d01)
        f[43] = H.key(44, b0w, d01)
        f[44] = H.key(45, b0p, d01)
        f[45] = H.key(46, s0w, b0w, d01)
        f[46] = H.key(47, s0p, b0p, d01)
        f[47] = H.key(48, s1p, s0p, d10)
        f[48] = H.key(49, s1w, s0w, d10)
        // Valency.
        f[49] = H.key(50, s0w, s0vr)
        f[50] = H.key(51, s0p, s0vr)
        f[51] = H.key(52, s0w, s0vl)
        f[52] = H.key(53, s0p, s0vl)
        f[53] = H.key(54, b0w, b0vl)
        f[54] = H.key(55, b0p, b0vl)
        f[55] = H.key(56, s1p, s1vr)
        // Dependents: words, tags, labels.
        f[56] = H.key(57, w(s0l1), p(s0l1), l(s0l1))
        f[57] = H.key(58, w(s0r1), p(s0r1), l(s0r1))
        f[58] = H.key(59, w(b0l1), p(b0l1), l(b0l1))
        f[59] = H.key(60, w(s1r1), p(s1r1), l(s1r1))
        f[60] = H.key(61, p(s0l2), l(s0l2), s0p)
        f[61] = H.key(62, p(s0r2), l(s0r2), s0p)
        f[62] = H.key(63, p(b0l2), l(b0l2), b0p)
        f[63] = H.key(64, s0p, p(s0l1), p(s0l2))
        f[64] = H.key(65, s0p, p(s0r1), p(s0r2))
        f[65] = H.key(66, b0p, p(b0l1), p(b0l2))
        f[66] = H.key(67, s1p, p(s1r1), p(s1r2))
        // Label sets.
        f[67] = H.key(68, s0p, s0sl, s0sr)
        f[68] = H.key(69, b0p, b0sl)
        f[69] = H.key(70, s1p, s1sr)
        // Punctuation between.
        f[70] = H.key(71, s0p, b0p, pu01)
        f[71] = H.key(72, s1p, s0p, pu10)
    }

    /// The features of the arc `action` would make, for its label.
    @inline(__always)
    static func labelFeatures(_ s: ArcHybrid, _ action: ArcHybrid.Action, _ input: Input, into f: UnsafeMutableBufferPointer<UInt64>) {
        let n = s.count
        let (d, h) = s.arc(action)
        let words = input.words, tags = input.tags
        @inline(__always) func w(_ i: Int) -> UInt64 { i < 0 || i > n ? 0 : words[i] }
        @inline(__always) func p(_ i: Int) -> UInt64 { i < 0 || i > n ? 0 : tags[i] }
        @inline(__always) func l(_ i: Int) -> UInt64 { i < 0 || i >= n ? 0 : UInt64(s.nodes[i].label + 1) }
        let dw = w(d), dp = p(d), hw = w(h), hp = p(h)
        let direction: UInt64 = action == .left ? 1 : 2
        let distance = Self.distance(d, h) | direction << 8
        // The dependent has all its dependents now: their labels say much of what it is.
        let nd = s.nodes[d], nh = s.nodes[h]
        let dl = nd.leftLabels, dr = nd.rightLabels
        let hl = nh.leftLabels, hr = nh.rightLabels
        let dl1 = Int(nd.left1), dr1 = Int(nd.right1), hl1 = Int(nh.left1), hr1 = Int(nh.right1)
        let sides = dl ^ (dr &* 0x9E37_79B9_7F4A_7C15)
        let between = UInt64(min(3, input.punctuationBefore[max(d, h)] - input.punctuationBefore[min(d, h) + 1]))
        let before = d > 0 ? p(d - 1) : 0, after = d + 1 < n ? p(d + 1) : 0
        let headBefore = h > 0 && h <= n ? p(h - 1) : 0, headAfter = h + 1 < n ? p(h + 1) : 0
        typealias H = FeatureHash
        f[0] = H.key(101, direction)
        f[1] = H.key(102, dw, direction)
        f[2] = H.key(103, dp, direction)
        f[3] = H.key(104, dw, dp, direction)
        f[4] = H.key(105, hw, direction)
        f[5] = H.key(106, hp, direction)
        f[6] = H.key(107, hw, hp, direction)
        f[7] = H.key(108, dp, hp, direction)
        f[8] = H.key(109, dw, hp, direction)
        f[9] = H.key(110, dp, hw, direction)
        f[10] = H.key(111, dw, hw, direction)
        f[11] = H.key(112, dp, hp, distance)
        f[12] = H.key(113, dp, dl, dr)
        f[13] = H.key(114, dp, dl)
        f[14] = H.key(115, dp, dr)
        f[15] = H.key(116, dw, dl, dr)
        f[16] = H.key(117, hp, dp, sides &+ direction)
        f[17] = H.key(118, hp, hl, direction)
        f[18] = H.key(119, hp, hr, direction)
        f[19] = H.key(120, dp, l(dl1), p(dl1))
        f[20] = H.key(121, dp, l(dr1), p(dr1))
        f[21] = H.key(122, hp, l(hl1), direction)
        f[22] = H.key(123, hp, l(hr1), direction)
        f[23] = H.key(124, dp, before, after)
        f[24] = H.key(125, hp, headBefore, headAfter &+ direction)
        f[25] = H.key(126, dp, hp, before &* 1009 &+ after)
        f[26] = H.key(127, dw, hw, dl &+ direction)
        f[27] = H.key(128, hw, dp, sides)
        f[28] = H.key(129, dp, hp, between &+ direction << 4)
        f[29] = H.key(130, dw, hp, sides &+ direction)
    }
}

/// Trains a ``Parser`` from trees with predicted tags.
struct ParserTrainer {
    var epochs = 15
    var seed: UInt64 = 1
    /// From this epoch on, the trainer follows its own transition (when legal) with probability ``exploration``.
    var exploreFrom = 2
    var exploration = 0.9
    /// Features that fired in fewer training decisions than this are left out of the model.
    var minimumCount = 1

    struct Example {
        var input: Parser.Input
        var heads: [Int32]
        var labels: [Int32]
    }

    /// The transition and label perceptrons, before freezing.
    struct Weights {
        var actions: AveragedPerceptron
        var labeller: AveragedPerceptron

        func freeze(labels: [DependencyLabel], minimumCount: Int) -> Parser {
            Parser(
                labels: labels, rootLabel: labels.firstIndex(of: .root) ?? 0,
                actions: actions.freeze(minimumCount: minimumCount), labeller: labeller.freeze(minimumCount: minimumCount))
        }
    }

    func train(_ examples: [Example], labels: [DependencyLabel], progress: (String) -> Void = { _ in }) -> Parser {
        trainWeights(examples, labels: labels, progress: progress).freeze(labels: labels, minimumCount: minimumCount)
    }

    func trainWeights(_ examples: [Example], labels: [DependencyLabel], progress: (String) -> Void = { _ in }) -> Weights {
        let rootLabel = labels.firstIndex(of: .root) ?? 0
        var weights = Weights(actions: AveragedPerceptron(classCount: 3), labeller: AveragedPerceptron(classCount: labels.count))
        var random = SplitMix64(seed: seed)
        var order = Array(examples.indices)
        var features = [UInt64](repeating: 0, count: Parser.featureCount)
        var labelFeatures = [UInt64](repeating: 0, count: Parser.labelFeatureCount)
        var actionScores = [Float](repeating: 0, count: 3)
        var labelScores = [Float](repeating: 0, count: labels.count)
        for epoch in 0..<epochs {
            random.shuffle(&order)
            var right = 0, total = 0, labelsRight = 0, labelsTotal = 0
            for e in order {
                let example = examples[e]
                let n = example.heads.count
                let oracle = ArcHybridOracle(heads: example.heads.map { $0 < 0 ? Int32(n) : $0 }, labels: example.labels)
                var state = ArcHybrid(count: n, rootLabel: rootLabel)
                while !state.isTerminal {
                    features.withUnsafeMutableBufferPointer { Parser.features(state, example.input, into: $0) }
                    for c in 0..<3 { actionScores[c] = 0 }
                    features.withUnsafeBufferPointer { f in
                        weights.actions.count(f)
                        weights.actions.score(f, into: &actionScores)
                    }
                    let guess = Parser.best(actionScores, in: state)
                    // The best-scoring transition among those that lose nothing more.
                    let costs = oracle.costs(in: state)
                    func cost(_ a: ArcHybrid.Action) -> Int { a == .shift ? costs.shift : a == .left ? costs.left : costs.right }
                    var gold: ArcHybrid.Action? = nil
                    for a in [ArcHybrid.Action.shift, .left, .right] where state.isLegal(a) {
                        if gold == nil || cost(a) < cost(gold!) || (cost(a) == cost(gold!) && actionScores[a.rawValue] > actionScores[gold!.rawValue]) {
                            gold = a
                        }
                    }
                    if cost(guess) > cost(gold!) {
                        features.withUnsafeBufferPointer { weights.actions.update($0, truth: gold!.rawValue, guess: guess.rawValue) }
                    } else {
                        right += 1
                    }
                    total += 1
                    weights.actions.tick()
                    let follow = epoch >= exploreFrom && random.unit() < exploration ? guess : gold!
                    var label = 0
                    if follow != .shift {
                        if follow == .right && state.rightIsRoot {
                            label = rootLabel
                        } else {
                            labelFeatures.withUnsafeMutableBufferPointer { Parser.labelFeatures(state, follow, example.input, into: $0) }
                            for c in labelScores.indices { labelScores[c] = 0 }
                            labelFeatures.withUnsafeBufferPointer { f in
                                weights.labeller.count(f)
                                weights.labeller.score(f, into: &labelScores)
                            }
                            label = Parser.bestLabel(labelScores, count: labels.count, excluding: rootLabel)
                            // Labels are learnt on gold arcs, which then carry their gold label.
                            let goldLabel = follow == .left ? costs.leftLabel : costs.rightLabel
                            if goldLabel >= 0 {
                                if label != Int(goldLabel) {
                                    labelFeatures.withUnsafeBufferPointer { weights.labeller.update($0, truth: Int(goldLabel), guess: label) }
                                } else {
                                    labelsRight += 1
                                }
                                labelsTotal += 1
                                weights.labeller.tick()
                                label = Int(goldLabel)
                            }
                        }
                    }
                    state.apply(follow, label: label)
                }
            }
            weights.actions.endPass()
            weights.labeller.endPass()
            progress("parser epoch \(epoch + 1)/\(epochs): transitions \(fraction(right, total)), labels \(fraction(labelsRight, labelsTotal)) right")
        }
        return weights
    }
}
