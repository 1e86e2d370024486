/// The syntax of one sentence: its words, their part-of-speech tags, and a
/// labelled dependency tree over them.
///
/// Words are numbered from 0. Every word has exactly one head, another word
/// or the root (`nil`); exactly one word hangs from the root, and following
/// heads from any word reaches it without a cycle (see ``isWellFormed``).
public struct DependencyTree: Hashable, Sendable {
    /// The word forms as they stand in the text.
    public var words: [String]
    /// Universal part-of-speech tags, one a word.
    public var tags: [UniversalTag]
    /// Language-specific tags (Penn Treebank tags for English), one a word.
    public var xtags: [String]
    /// Each word's head: the index of another word, or -1 for the root.
    public var heads: [Int]
    /// Each word's relation to its head.
    public var labels: [DependencyLabel]

    public init(words: [String], tags: [UniversalTag], xtags: [String], heads: [Int], labels: [DependencyLabel]) {
        precondition(
            tags.count == words.count && xtags.count == words.count && heads.count == words.count
                && labels.count == words.count, "one tag, head and label a word")
        self.words = words
        self.tags = tags
        self.xtags = xtags
        self.heads = heads
        self.labels = labels
    }

    public var count: Int { words.count }

    /// The head of word `i`, or nil when it hangs from the root.
    public func head(of i: Int) -> Int? { heads[i] < 0 ? nil : heads[i] }

    /// The word that hangs from the root, if any.
    public var root: Int? { heads.firstIndex(of: -1) }

    /// The words whose head is `i`, in sentence order.
    /// - Complexity: O(*n*) in the number of words.
    public func dependents(of i: Int) -> [Int] { heads.indices.filter { heads[$0] == i } }

    /// The words whose head is `i` with the given label, in sentence order.
    public func dependents(of i: Int, _ label: DependencyLabel) -> [Int] {
        heads.indices.filter { heads[$0] == i && labels[$0] == label }
    }

    /// Word `i` and everything below it, in sentence order.
    /// - Complexity: O(*n* · depth).
    public func subtree(of i: Int) -> [Int] {
        heads.indices.filter { dominates(i, $0) }
    }

    /// Whether `ancestor` is `word` or lies on its path to the root.
    public func dominates(_ ancestor: Int, _ word: Int) -> Bool {
        var at = word
        var steps = 0
        while at >= 0 && steps <= count {
            if at == ancestor { return true }
            at = heads[at]
            steps += 1
        }
        return false
    }

    /// Whether the heads form one tree: heads in range, exactly one root,
    /// no cycles. An empty sentence is well formed.
    public var isWellFormed: Bool {
        guard !words.isEmpty else { return heads.isEmpty }
        guard heads.allSatisfy({ $0 >= -1 && $0 < count }), heads.filter({ $0 == -1 }).count == 1 else { return false }
        // Every word reaches the root in fewer than count steps.
        for start in heads.indices {
            var at = start, steps = 0
            while at >= 0 {
                at = heads[at]
                steps += 1
                if steps > count { return false }
            }
        }
        return true
    }
}
