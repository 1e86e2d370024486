/// Phrases of words, stored as a trie over word numbers, for one-pass
/// longest matching: at each token the walk stops at the first word no
/// phrase continues with, so unknown words cost one look-up.
struct PhraseTrie<Value: Sendable>: Sendable {
    private var children: [[Int32: Int32]] = [[:]]
    private var values: [Value?] = [nil]

    /// Stores `value` under the word numbers of a phrase, replacing what was there.
    mutating func insert(_ words: [Int32], _ value: Value) {
        var node: Int32 = 0
        for word in words {
            if let next = children[Int(node)][word] {
                node = next
            } else {
                let next = Int32(children.count)
                children.append([:])
                values.append(nil)
                children[Int(node)][word] = next
                node = next
            }
        }
        values[Int(node)] = value
    }

    /// The longest phrase starting at `start` among `words[start..<end]`.
    ///
    /// - Complexity: O(*k*) in the length of the longest phrase that starts there.
    func longestMatch(_ words: [Int32], from start: Int, to end: Int) -> (length: Int, value: Value)? {
        var node: Int32 = 0
        var best: (Int, Value)?
        var i = start
        while i < end, words[i] >= 0, let next = children[Int(node)][words[i]] {
            node = next
            i += 1
            if let value = values[Int(node)] { best = (i - start, value) }
        }
        return best
    }
}

/// Numbers for the words that occur in any gazetteer or lexicon phrase.
struct Vocabulary: Sendable {
    private(set) var numbers: [String: Int32] = [:]

    /// The number of `word`, adding it when new.
    mutating func add(_ word: String) -> Int32 {
        if let known = numbers[word] { return known }
        let number = Int32(numbers.count)
        numbers[word] = number
        return number
    }

    /// The number of `word`, or -1 for a word no phrase uses.
    func number(of word: String) -> Int32 { numbers[word] ?? -1 }
}
