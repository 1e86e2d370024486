/// The CoNLL-U format of Universal Dependencies: reading and writing
/// treebank files (<https://universaldependencies.org/format.html>).
///
/// Reading keeps every line: comments, multiword-token lines (`3-4`) and
/// empty nodes (`8.1`), so that writing what was read gives back the same
/// bytes. ``CoNLLUSentence/tree`` gives the basic tree over the syntactic
/// words, which is what taggers, parsers and the CoNLL 2018 evaluation read.
public enum CoNLLU {
    /// Reads every sentence of a CoNLL-U document.
    ///
    /// - Parameter source: the file name, for messages.
    /// - Throws: ``SyntaxError/format(source:line:message:)`` naming the
    ///   line of the first malformed record.
    public static func decode(_ text: String, source: String) throws(SyntaxError) -> [CoNLLUSentence] {
        var sentences: [CoNLLUSentence] = []
        var current = CoNLLUSentence()
        var number = 0
        var started = false
        for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
            number += 1
            let line = raw.last == "\r" ? raw.dropLast() : raw
            if line.isEmpty {
                if started {
                    try current.validate(source: source)
                    sentences.append(current)
                    current = CoNLLUSentence()
                    started = false
                }
                continue
            }
            started = true
            if line.first == "#" {
                current.comments.append(String(line))
                continue
            }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard fields.count == 10 else {
                throw .format(source: source, line: number, message: "expected 10 tab-separated fields, found \(fields.count)")
            }
            guard let id = CoNLLUSentence.ID(fields[0]) else {
                throw .format(source: source, line: number, message: "'\(fields[0])' is not a word, range or empty-node id")
            }
            if case .word = id {
                guard fields[6] == "_" || Int(fields[6]) != nil else {
                    throw .format(source: source, line: number, message: "head '\(fields[6])' is not a number")
                }
            }
            current.lines.append(.init(id: id, fields: fields, lineNumber: number))
        }
        if started {
            try current.validate(source: source)
            sentences.append(current)
        }
        return sentences
    }

    /// The CoNLL-U text of `sentences`: each sentence's lines, then an empty line.
    public static func encode(_ sentences: [CoNLLUSentence]) -> String {
        var out = ""
        for sentence in sentences {
            for comment in sentence.comments { out += comment + "\n" }
            for line in sentence.lines { out += line.fields.joined(separator: "\t") + "\n" }
            out += "\n"
        }
        return out
    }
}

/// One sentence of a CoNLL-U file, as read.
public struct CoNLLUSentence: Hashable, Sendable {
    /// A line's id: a word (`5`), a multiword token (`3-4`) or an empty node (`8.1`).
    public enum ID: Hashable, Sendable {
        case word(Int)
        case range(Int, Int)
        case empty(Int, Int)

        init?(_ text: String) {
            if let n = Int(text), n > 0 { self = .word(n); return }
            let dash = text.split(separator: "-", omittingEmptySubsequences: false)
            if dash.count == 2, let a = Int(dash[0]), let b = Int(dash[1]), a > 0, b >= a { self = .range(a, b); return }
            let dot = text.split(separator: ".", omittingEmptySubsequences: false)
            if dot.count == 2, let a = Int(dot[0]), let b = Int(dot[1]), a >= 0, b > 0 { self = .empty(a, b); return }
            return nil
        }
    }

    public struct Line: Hashable, Sendable {
        public var id: ID
        /// The ten fields: ID FORM LEMMA UPOS XPOS FEATS HEAD DEPREL DEPS MISC.
        public var fields: [String]
        /// Where it was read, for messages; 0 for lines made in memory.
        public var lineNumber: Int
    }

    /// Comment lines, with their `#`.
    public var comments: [String] = []
    public var lines: [Line] = []

    public init() {}

    /// The lines of syntactic words, in order (no multiword tokens, no empty nodes).
    public var wordLines: [Line] { lines.filter { if case .word = $0.id { return true } else { return false } } }

    /// The value of a `# key = value` comment, such as `text` or `sent_id`.
    public func comment(_ key: String) -> String? {
        let prefix = "# \(key) = "
        return comments.first { $0.hasPrefix(prefix) }.map { String($0.dropFirst(prefix.count)) }
    }

    /// The basic dependency tree over the syntactic words.
    ///
    /// Unknown UPOS tags read as `X`, missing heads (`_`) as the root, so a
    /// partly annotated sentence still gives a value; reading has already
    /// refused heads out of range.
    public var tree: DependencyTree {
        let words = wordLines
        return DependencyTree(
            words: words.map { $0.fields[1] },
            tags: words.map { UniversalTag($0.fields[3]) ?? .x },
            xtags: words.map { $0.fields[4] },
            heads: words.map { (Int($0.fields[6]) ?? 0) - 1 },
            labels: words.map { DependencyLabel($0.fields[7]) })
    }

    /// Whether a space follows each word: not where the word says
    /// `SpaceAfter=No`, not inside a multiword token, and not after a
    /// multiword token that says `SpaceAfter=No`.
    public var spaceAfter: [Bool] {
        var noSpace = Set<Int>()
        for line in lines {
            let none = line.fields[9].split(separator: "|").contains("SpaceAfter=No")
            switch line.id {
            case .word(let n): if none { noSpace.insert(n) }
            case .range(let a, let b):
                // The words of one written token touch each other.
                noSpace.formUnion(a..<b)
                if none { noSpace.insert(b) }
            case .empty: break
            }
        }
        let count = wordLines.count
        return (1...max(1, count)).prefix(count).map { !noSpace.contains($0) }
    }

    /// The multiword tokens as ranges of word indices (from 0) with their surface form.
    public var multiwordTokens: [(words: ClosedRange<Int>, form: String)] {
        lines.compactMap { line in
            if case .range(let a, let b) = line.id { return ((a - 1)...(b - 1), line.fields[1]) }
            return nil
        }
    }

    /// A sentence made from a tree, for writing what a parser found.
    ///
    /// - Parameters:
    ///   - spaceAfter: per word; `false` writes `SpaceAfter=No`.
    ///   - multiwordTokens: word ranges written as one token line before their words.
    public init(
        tree: DependencyTree, comments: [String] = [], spaceAfter: [Bool]? = nil,
        multiwordTokens: [(words: ClosedRange<Int>, form: String)] = []
    ) {
        self.comments = comments
        let tokens = Dictionary(multiwordTokens.map { ($0.words.lowerBound, $0) }, uniquingKeysWith: { a, _ in a })
        func misc(noSpaceAfter word: Int) -> String { spaceAfter.map { $0[word] ? "_" : "SpaceAfter=No" } ?? "_" }
        // Inside a multiword token the space after it is written on the token's line.
        var tokenEnd = -1
        for i in 0..<tree.count {
            if let token = tokens[i] {
                let last = token.words.upperBound
                lines.append(Line(
                    id: .range(i + 1, last + 1),
                    fields: ["\(i + 1)-\(last + 1)", token.form, "_", "_", "_", "_", "_", "_", "_", misc(noSpaceAfter: last)],
                    lineNumber: 0))
                tokenEnd = last
            }
            lines.append(Line(
                id: .word(i + 1),
                fields: ["\(i + 1)", tree.words[i], "_", tree.tags[i].description, tree.xtags[i].isEmpty ? "_" : tree.xtags[i],
                         "_", "\(tree.heads[i] + 1)", tree.labels[i].rawValue, "_", i <= tokenEnd ? "_" : misc(noSpaceAfter: i)],
                lineNumber: 0))
        }
    }

    /// Refuses words out of order, heads that point outside the sentence and
    /// token ranges that run past its words.
    func validate(source: String) throws(SyntaxError) {
        let words = lines.reduce(0) { count, l in if case .word = l.id { count + 1 } else { count } }
        var expected = 1
        for l in lines {
            guard case .word(let n) = l.id else { continue }
            guard n == expected else {
                throw .format(source: source, line: l.lineNumber, message: "word \(n) out of order (expected \(expected))")
            }
            expected += 1
            if let head = Int(l.fields[6]), head < 0 || head > words {
                throw .format(source: source, line: l.lineNumber, message: "head \(head) is outside the sentence of \(words) words")
            }
        }
        for l in lines {
            if case .range(_, let b) = l.id, b > words {
                throw .format(source: source, line: l.lineNumber, message: "token \(l.fields[0]) runs past the last word (\(words))")
            }
        }
    }
}
