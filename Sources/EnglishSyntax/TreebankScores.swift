/// Tagging and parsing scores with the measures of the CoNLL 2018 shared
/// task (Zeman et al. 2018): over syntactic words, punctuation included;
/// LAS compares the universal part of each label ("nsubj" for
/// "nsubj:pass"), as the task's script does.
///
/// When the words come from the system's own tokeniser, a system word
/// counts only where it spans the same characters as a gold word (see
/// ``TreebankScores/aligning(gold:system:)``), and each measure is an F1 of
/// its precision over system words and recall over gold words; from gold
/// words the three are the same number.
public struct TreebankScores: Sendable, Hashable {
    public struct Measure: Sendable, Hashable {
        public var correct = 0
        public var goldTotal = 0
        public var systemTotal = 0
        public var precision: Double { systemTotal == 0 ? 0 : Double(correct) / Double(systemTotal) }
        public var recall: Double { goldTotal == 0 ? 0 : Double(correct) / Double(goldTotal) }
        public var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }
    }

    public var words = Measure()
    public var sentences = Measure()
    public var upos = Measure()
    public var xpos = Measure()
    public var uas = Measure()
    public var las = Measure()
    /// LAS with the full label, subtype included.
    public var fullLabelLAS = Measure()

    public init() {}

    /// Scores system trees over the same words as the gold trees.
    ///
    /// - Precondition: the two lists hold the same number of sentences with
    ///   the same number of words each.
    public static func comparing(gold: [DependencyTree], system: [DependencyTree]) -> TreebankScores {
        precondition(gold.count == system.count, "as many system sentences as gold ones")
        var scores = TreebankScores()
        for (g, s) in zip(gold, system) {
            precondition(g.count == s.count, "the same words")
            scores.sentences.goldTotal += 1
            scores.sentences.systemTotal += 1
            scores.sentences.correct += 1
            let pairs = (0..<g.count).map { ($0, $0) }
            scores.add(gold: g, system: s, aligned: pairs, headMap: Dictionary(uniqueKeysWithValues: pairs))
        }
        return scores
    }

    /// Adds aligned words: `aligned` pairs gold and system word indices;
    /// `headMap` takes a system word to the gold word it is aligned with.
    mutating func add(gold g: DependencyTree, system s: DependencyTree, aligned: [(Int, Int)], headMap: [Int: Int]) {
        words.goldTotal += g.count
        words.systemTotal += s.count
        for measure in [\TreebankScores.upos, \.xpos, \.uas, \.las, \.fullLabelLAS] {
            self[keyPath: measure].goldTotal += g.count
            self[keyPath: measure].systemTotal += s.count
        }
        for (gi, si) in aligned {
            words.correct += 1
            if g.tags[gi] == s.tags[si] { upos.correct += 1 }
            if g.xtags[gi] == s.xtags[si] { xpos.correct += 1 }
            // The system head, as a gold word: the root, or the gold word its head is aligned with.
            let systemHead: Int? = s.heads[si] < 0 ? -1 : headMap[s.heads[si]]
            guard systemHead == g.heads[gi] else { continue }
            uas.correct += 1
            if g.labels[gi].universal == s.labels[si].universal { las.correct += 1 }
            if g.labels[gi] == s.labels[si] { fullLabelLAS.correct += 1 }
        }
    }
}

extension TreebankScores {
    /// A sentence as analysed, with where each of its words lies in the text
    /// (offsets in Unicode scalars).
    public typealias Placed = (tree: DependencyTree, spans: [Range<Int>])

    /// Scores a system's own segmentation of a text against the gold one.
    ///
    /// Words align when they span the same characters, as in the CoNLL 2018
    /// evaluation script (whose multiword-token matching this equals when
    /// the words of a token are pieces of its text, as in English). A system
    /// word's head is right when it aligns with the gold head; sentences
    /// count as right when they span the same characters.
    public static func aligning(gold: [Placed], system: [Placed]) -> TreebankScores {
        var scores = TreebankScores()
        struct Key: Hashable { var start, end: Int }
        // Gold words by their span, and by sentence and index.
        var goldBySpan: [Key: (sentence: Int, word: Int)] = [:]
        for (s, sentence) in gold.enumerated() {
            for (w, span) in sentence.spans.enumerated() { goldBySpan[Key(start: span.lowerBound, end: span.upperBound)] = (s, w) }
        }
        let goldSentences = Set(gold.compactMap { s in s.spans.first.map { Key(start: $0.lowerBound, end: s.spans.last!.upperBound) } })
        scores.sentences.goldTotal = gold.count
        scores.sentences.systemTotal = system.count
        for sentence in system {
            if let first = sentence.spans.first, goldSentences.contains(Key(start: first.lowerBound, end: sentence.spans.last!.upperBound)) {
                scores.sentences.correct += 1
            }
        }
        for measure in [\TreebankScores.words, \.upos, \.xpos, \.uas, \.las, \.fullLabelLAS] {
            scores[keyPath: measure].goldTotal = gold.reduce(0) { $0 + $1.tree.count }
            scores[keyPath: measure].systemTotal = system.reduce(0) { $0 + $1.tree.count }
        }
        for sentence in system {
            let aligned = sentence.spans.map { goldBySpan[Key(start: $0.lowerBound, end: $0.upperBound)] }
            for (w, match) in aligned.enumerated() {
                guard let (gs, gw) = match else { continue }
                let g = gold[gs].tree, s = sentence.tree
                scores.words.correct += 1
                if g.tags[gw] == s.tags[w] { scores.upos.correct += 1 }
                if g.xtags[gw] == s.xtags[w] { scores.xpos.correct += 1 }
                // Right head: both the root, or the system head aligned with the gold head in the same sentence.
                let systemHead = s.heads[w]
                let headRight: Bool
                if systemHead < 0 {
                    headRight = g.heads[gw] < 0
                } else if let (hs, hw) = aligned[systemHead] {
                    headRight = hs == gs && hw == g.heads[gw]
                } else {
                    headRight = false
                }
                guard headRight else { continue }
                scores.uas.correct += 1
                if g.labels[gw].universal == s.labels[w].universal { scores.las.correct += 1 }
                if g.labels[gw] == s.labels[w] { scores.fullLabelLAS.correct += 1 }
            }
        }
        return scores
    }
}

extension CoNLLU {
    /// The running text of a treebank, rebuilt from each sentence's `# text`
    /// comment: sentences joined by a space, paragraphs (`# newpar`) and
    /// documents (`# newdoc`) by a blank line; and where each sentence's
    /// words lie in it (offsets in Unicode scalars).
    ///
    /// - Throws: ``SyntaxError/format(source:line:message:)`` for a sentence
    ///   without `# text`, or whose words do not spell its text.
    public static func runningText(of sentences: [CoNLLUSentence], source: String) throws(SyntaxError) -> (text: [Unicode.Scalar], sentences: [TreebankScores.Placed]) {
        var text: [Unicode.Scalar] = []
        var placed: [TreebankScores.Placed] = []
        for sentence in sentences {
            let line = sentence.lines.first?.lineNumber ?? 0
            guard let sentenceText = sentence.comment("text") else {
                throw .format(source: source, line: line, message: "a sentence without a '# text' comment")
            }
            if !text.isEmpty {
                let breaks = sentence.comments.contains { $0.hasPrefix("# newpar") || $0.hasPrefix("# newdoc") }
                text += breaks ? ["\n", "\n"] : [" "]
            }
            let base = text.count
            let scalars = Array(sentenceText.unicodeScalars)
            text += scalars
            // Walk the tokens through the text; a multiword token's words split its span.
            var at = 0
            var spans: [Range<Int>] = []
            var tokenEnd = -1
            var tokenWords: [Int: Range<Int>] = [:]
            for l in sentence.lines {
                switch l.id {
                case .empty: continue
                case .range(let a, let b):
                    guard let span = locate(l.fields[1], in: scalars, from: &at) else {
                        throw .format(source: source, line: l.lineNumber, message: "token '\(l.fields[1])' is not in the sentence's text")
                    }
                    // Words that spell the token split it; otherwise each takes the whole token.
                    let words = sentence.lines.filter { if case .word(let n) = $0.id { n >= a && n <= b } else { false } }
                    var offset = span.lowerBound
                    let spelled = words.map(\.fields[1]).joined() == l.fields[1]
                    for (k, word) in words.enumerated() {
                        let length = word.fields[1].unicodeScalars.count
                        tokenWords[a + k] = spelled ? offset..<(offset + length) : span
                        offset += length
                    }
                    tokenEnd = b
                case .word(let n):
                    if n <= tokenEnd, let span = tokenWords[n] {
                        spans.append((base + span.lowerBound)..<(base + span.upperBound))
                        continue
                    }
                    guard let span = locate(l.fields[1], in: scalars, from: &at) else {
                        throw .format(source: source, line: l.lineNumber, message: "word '\(l.fields[1])' is not in the sentence's text")
                    }
                    spans.append((base + span.lowerBound)..<(base + span.upperBound))
                }
            }
            placed.append((sentence.tree, spans))
        }
        return (text, placed)
    }

    /// Finds `form` in `text` at `at`, after whitespace.
    static func locate(_ form: String, in text: [Unicode.Scalar], from at: inout Int) -> Range<Int>? {
        while at < text.count && Tokenizer.isSpace(text[at]) { at += 1 }
        let scalars = Array(form.unicodeScalars)
        guard at + scalars.count <= text.count, Array(text[at..<(at + scalars.count)]) == scalars else { return nil }
        defer { at += scalars.count }
        return at..<(at + scalars.count)
    }
}
