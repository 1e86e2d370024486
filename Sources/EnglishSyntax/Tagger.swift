/// A part-of-speech tagger: greedy left to right, one averaged perceptron
/// choosing each word's (UPOS, XPOS) pair from features of the word, its
/// neighbours and the tags already chosen.
///
/// The feature set follows Ratnaparkhi (1996) and Collins (2002): the word,
/// its prefixes, suffixes and shape, two words either side, the two tags
/// before. Where the right context has no tags yet it has the word's
/// *ambiguity class*, the set of tags the training data gave it (as in
/// Brill 1995 and the tag dictionaries of Daelemans et al. 1996), which
/// tells the tagger "the next word is usually a verb" before it gets there.
///
/// Frequent words that the training data always gave one tag ("the",
/// "of", "and"; about half of running text) take it without scoring, as in
/// Honnibal's tagger (2013).
struct Tagger: Sendable {
    /// The (UPOS, XPOS) pairs the model chooses among.
    let classes: [(tag: UniversalTag, xtag: String)]
    /// Known words by the hash of their lowered form: their set of UPOS tags
    /// as bits (the low 20), and for words with one fixed tag that tag's
    /// class plus one (bits 20 to 27).
    let ambiguity: FeatureTable
    let weights: LinearModel
    /// Whether each class is a finite verb or a modal (see ``finiteClasses(_:)``).
    let finiteClass: [Bool]
    /// The classes of a past participle and of a past-tense verb, for ``tag(_:)``'s repair.
    let participle: Int?, pastTense: Int?

    init(classes: [(tag: UniversalTag, xtag: String)], ambiguity: FeatureTable, weights: LinearModel) {
        self.classes = classes
        self.ambiguity = ambiguity
        self.weights = weights
        finiteClass = Self.finiteClasses(classes)
        participle = classes.firstIndex { $0.tag == .verb && $0.xtag == "VBN" }
        pastTense = classes.firstIndex { $0.tag == .verb && $0.xtag == "VBD" }
    }

    static let featureCount = 37

    /// The hash of the two-letter ending "ed", for the finite-verb repair.
    static let edSuffix = WordFeatures(word: "xed").suffix2

    /// Tags a word of a name may have in running text ("Popular Mobilisation Forces" is ADJ NOUN NOUN in
    /// much of the treebank): given tags override only others.
    static let nominal: Set<UniversalTag> = [.noun, .propn, .adj, .x]

    /// The classes whose XPOS is a finite verb or a modal: once one is tagged,
    /// a later "-ed" word is more likely a participle ("the decision, praised
    /// by ..." against "the minister praised").
    static func finiteClasses(_ classes: [(tag: UniversalTag, xtag: String)]) -> [Bool] {
        classes.map { ["VBD", "VBZ", "VBP", "MD"].contains($0.xtag) }
    }

    /// The class index of each word's tags.
    ///
    /// - Parameter given: per word, the class the caller knows, or nil: a
    ///   name's word (from a gazetteer) replaces a choice that is not nominal
    ///   ("Ankara" read as a determiner at the start of a sentence); a verb
    ///   (a past form that can be nothing else, "froze") replaces a choice
    ///   that is not a verb. The words after it see the result as context.
    func tag(_ words: [WordFeatures], given: [Int?] = []) -> [Int] {
        var tags = [Int](repeating: 0, count: words.count)
        guard !words.isEmpty else { return tags }
        let classes = weights.classCount
        var scores = [Int32](repeating: 0, count: weights.stride)
        var features = [UInt64](repeating: 0, count: Self.featureCount)
        var finite: UInt64 = 0
        let known = words.map { ambiguity.find($0.lower) ?? 0 }
        let classesOfWords = known.map { UInt64(UInt32(bitPattern: $0) & 0xF_FFFF) }
        for i in words.indices {
            let fixed = Int((UInt32(bitPattern: known[i]) >> 20) & 0xFF)
            if fixed > 0 {
                tags[i] = fixed - 1
                if finiteClass[tags[i]] { finite = 1 }
                continue
            }
            features.withUnsafeMutableBufferPointer { Self.features(words, classesOfWords, tags, at: i, finite: finite, into: $0) }
            for c in 0..<classes { scores[c] = 0 }
            features.withUnsafeBufferPointer { f in
                scores.withUnsafeMutableBufferPointer { weights.score(f, into: $0) }
            }
            var best = 0
            for c in 1..<classes where scores[c] > scores[best] { best = c }
            // A word the caller knows is a name keeps a nominal tag the model chose, and takes the given one otherwise.
            if i < given.count, let known = given[i] {
                let chosen = self.classes[best].tag
                switch self.classes[known].tag {
                // A state's adjective stays an adjective ("Bulgarian President"), a verb a verb.
                case .adj: if chosen != .adj { best = known }
                case .verb: if chosen != .verb { best = known }
                // A name's word may be any nominal.
                default: if !Self.nominal.contains(chosen) { best = known }
                }
            }
            tags[i] = best
            if finiteClass[best] { finite = 1 }
        }
        // A sentence has a finite verb. With none tagged, a past participle right after a noun is
        // the past tense ("Indian troops shelled positions"), as a reduced relative clause is far
        // rarer than a main verb: the tagger's left-to-right features cannot see that the
        // sentence would otherwise have no verb.
        if finite == 0, let participle, let pastTense, words.count >= 3 {
            // Also an "-ed" word read as an adjective ("Russian artillery shelled positions").
            for i in 1..<(words.count - 1) where tags[i] == participle || (self.classes[tags[i]].tag == .adj && words[i].suffix2 == Self.edSuffix) {
                let before = self.classes[tags[i - 1]].tag
                guard before == .noun || before == .propn || before == .pron else { continue }
                tags[i] = pastTense
                break
            }
        }
        return tags
    }

    @inline(__always)
    func ambiguityClass(_ lower: UInt64) -> UInt64 {
        ambiguity.find(lower).map { UInt64(UInt32(bitPattern: $0) & 0xF_FFFF) } ?? 0
    }

    /// The features of word `i` given the tags before it; `tags` after `i` are not read.
    /// `finite` is 1 when a finite verb or modal has been tagged before `i`.
    @inline(__always)
    static func features(
        _ words: [WordFeatures], _ ambiguity: [UInt64], _ tags: [Int], at i: Int, finite: UInt64, into f: UnsafeMutableBufferPointer<UInt64>
    ) {
        let pad = WordFeatures.padding
        let w0 = words[i]
        let wm1 = i >= 1 ? words[i - 1] : pad, wm2 = i >= 2 ? words[i - 2] : pad
        let wp1 = i + 1 < words.count ? words[i + 1] : pad, wp2 = i + 2 < words.count ? words[i + 2] : pad
        let tm1 = UInt64(i >= 1 ? tags[i - 1] + 1 : 0), tm2 = UInt64(i >= 2 ? tags[i - 2] + 1 : 0)
        let a0 = ambiguity[i]
        let ap1 = i + 1 < words.count ? ambiguity[i + 1] : 1 << 40
        let ap2 = i + 2 < words.count ? ambiguity[i + 2] : 1 << 40
        let am1 = i >= 1 ? ambiguity[i - 1] : 1 << 40
        let first: UInt64 = i == 0 ? 1 : 0
        typealias H = FeatureHash
        f[0] = H.key(1, 0)
        f[1] = H.key(2, w0.lower)
        f[2] = H.key(3, w0.suffix1)
        f[3] = H.key(4, w0.suffix2)
        f[4] = H.key(5, w0.suffix3)
        f[5] = H.key(6, w0.suffix4)
        f[6] = H.key(7, w0.prefix1)
        f[7] = H.key(8, w0.prefix2)
        f[8] = H.key(9, w0.prefix3)
        f[9] = H.key(10, w0.shape)
        f[10] = H.key(11, w0.flags, first)
        f[11] = H.key(12, wm1.lower)
        f[12] = H.key(13, wm2.lower)
        f[13] = H.key(14, wp1.lower)
        f[14] = H.key(15, wp2.lower)
        f[15] = H.key(16, wm1.suffix3)
        f[16] = H.key(17, wp1.suffix3)
        f[17] = H.key(18, tm1)
        f[18] = H.key(19, tm2)
        f[19] = H.key(20, tm1, tm2)
        f[20] = H.key(21, tm1, w0.lower)
        f[21] = H.key(22, ap1)
        f[22] = H.key(23, ap2)
        f[23] = H.key(24, a0)
        f[24] = H.key(25, ap1, w0.lower)
        f[25] = H.key(26, w0.lower, wp1.lower)
        f[26] = H.key(27, wm1.lower, w0.lower)
        f[27] = H.key(28, tm1, ap1)
        f[28] = H.key(29, wp1.shape)
        f[29] = H.key(30, wm1.shape)
        f[30] = H.key(31, tm1, a0)
        f[31] = H.key(32, a0, ap1, am1)
        f[32] = H.key(33, tm1, w0.suffix3)
        f[33] = H.key(34, ap1, ap2)
        f[34] = H.key(35, finite, w0.suffix2)
        f[35] = H.key(36, finite, w0.lower)
        f[36] = H.key(37, finite, tm1)
    }
}

/// Trains a ``Tagger`` from tagged sentences.
struct TaggerTrainer {
    var epochs = 8
    var seed: UInt64 = 1
    /// A word takes a fixed tag when seen at least this often, with one tag at least this share of the time.
    var fixedMinimumCount = 20
    var fixedMinimumShare = 0.995

    /// - Parameters:
    ///   - sentences: word forms with their (UPOS, XPOS) pair.
    ///   - classes: the pairs, in the order the model numbers them.
    func train(
        _ sentences: [(words: [WordFeatures], tags: [Int])], classes: [(tag: UniversalTag, xtag: String)],
        progress: (String) -> Void = { _ in }
    ) -> Tagger {
        // Ambiguity classes: the UPOS tags each word form took in training, for words seen twice or more.
        var seen: [UInt64: (count: Int, mask: UInt32, classes: [Int: Int])] = [:]
        for sentence in sentences {
            for (word, tag) in zip(sentence.words, sentence.tags) {
                let bit = UInt32(1) << UInt32(classes[tag].tag.rawValue)
                seen[word.lower, default: (0, 0, [:])].count += 1
                seen[word.lower]!.mask |= bit
                seen[word.lower]!.classes[tag, default: 0] += 1
            }
        }
        var ambiguity = FeatureTable(capacity: seen.count)
        for (word, entry) in seen.sorted(by: { $0.key < $1.key }) where entry.count >= 2 {
            var value = entry.mask
            if entry.count >= fixedMinimumCount,
               let top = entry.classes.max(by: { ($0.value, $1.key) < ($1.value, $0.key) }),
               Double(top.value) >= fixedMinimumShare * Double(entry.count)
            {
                value |= UInt32(top.key + 1) << 20
            }
            _ = ambiguity.findOrInsert(word, next: Int32(bitPattern: value))
        }
        let partial = Tagger(classes: classes, ambiguity: ambiguity, weights: LinearModel(classCount: classes.count, rows: [], largest: 0))

        var model = AveragedPerceptron(classCount: classes.count)
        let finiteClass = Tagger.finiteClasses(classes)
        var order = Array(sentences.indices)
        var random = SplitMix64(seed: seed)
        var features = [UInt64](repeating: 0, count: Tagger.featureCount)
        var scores = [Float](repeating: 0, count: classes.count)
        for epoch in 0..<epochs {
            random.shuffle(&order)
            var correct = 0, total = 0
            for s in order {
                let (words, gold) = sentences[s]
                let ambiguityOfWords = words.map { partial.ambiguityClass($0.lower) }
                var predicted = [Int](repeating: 0, count: words.count)
                var finite: UInt64 = 0
                for i in words.indices {
                    features.withUnsafeMutableBufferPointer { Tagger.features(words, ambiguityOfWords, predicted, at: i, finite: finite, into: $0) }
                    for c in scores.indices { scores[c] = 0 }
                    features.withUnsafeBufferPointer { f in
                        model.count(f)
                        model.score(f, into: &scores)
                    }
                    var best = 0
                    for c in 1..<scores.count where scores[c] > scores[best] { best = c }
                    features.withUnsafeBufferPointer { model.update($0, truth: gold[i], guess: best) }
                    model.tick()
                    predicted[i] = best
                    if finiteClass[best] { finite = 1 }
                    if best == gold[i] { correct += 1 }
                    total += 1
                }
            }
            model.endPass()
            progress("tagger epoch \(epoch + 1)/\(epochs): \(fraction(correct, total)) on training words")
        }
        return Tagger(classes: classes, ambiguity: ambiguity, weights: model.freeze(minimumCount: 1, threshold: 0))
    }
}

/// SplitMix64 (Steele, Lea and Flood 2014): a small deterministic generator,
/// so training is the same for the same seed on every machine.
struct SplitMix64 {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
    mutating func below(_ n: Int) -> Int { Int(next() % UInt64(n)) }
    mutating func shuffle<T>(_ array: inout [T]) {
        guard array.count > 1 else { return }
        for i in stride(from: array.count - 1, to: 0, by: -1) { array.swapAt(i, below(i + 1)) }
    }
    /// A number in [0, 1).
    mutating func unit() -> Double { Double(next() >> 11) / Double(1 << 53) }
}
