/// One word of a text, as Universal Dependencies counts words: a place in
/// the text and how it joins its neighbours.
///
/// Offsets count Unicode scalars from the start of the text the tokenizer
/// read. A written word that UD splits ("don't", "Iraq's") gives two tokens
/// whose text is contiguous; the first has ``joinsNext`` set, which CoNLL-U
/// writes as a multiword token.
public struct Token: Hashable, Sendable {
    public var start: Int32
    public var end: Int32
    /// Whether whitespace follows it (false: the next token touches it).
    public var spaceAfter: Bool
    /// Whether a line break comes before it (or it starts the text).
    public var startsLine: Bool
    /// Whether it and the next token were one written word.
    public var joinsNext: Bool

    public init(start: Int, end: Int, spaceAfter: Bool = true, startsLine: Bool = false, joinsNext: Bool = false) {
        self.start = Int32(start)
        self.end = Int32(end)
        self.spaceAfter = spaceAfter
        self.startsLine = startsLine
        self.joinsNext = joinsNext
    }

    public var range: Range<Int> { Int(start)..<Int(end) }
}

/// Splits text into words and sentences to Universal Dependencies
/// conventions for English, as the English Web Treebank has them:
/// punctuation apart, clitics split ("do n't", "Iraq 's", "ca n't"),
/// hyphenated compounds split at the hyphen unless the first part is a
/// prefix ("Iran - backed", "al - Qaeda", but "e-mail", "non-state"),
/// abbreviations, initials and dotted acronyms keeping their period,
/// numbers, dates, URLs and e-mail addresses whole.
///
/// - Complexity: O(*n*) in the length of the text.
public struct Tokenizer: Sendable {
    public let rules: TokenizerRules

    public init(rules: TokenizerRules) { self.rules = rules }

    /// The words of `text`.
    public func tokenize(_ text: [Unicode.Scalar]) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(text.count / 5 + 1)
        var i = 0
        var newline = true
        let n = text.count
        while i < n {
            let c = text[i]
            if Self.isSpace(c) {
                if c == "\n" { newline = true }
                if let last = tokens.indices.last { tokens[last].spaceAfter = true }
                i += 1
                continue
            }
            var j = i + 1
            while j < n && !Self.isSpace(text[j]) { j += 1 }
            let first = tokens.count
            chunk(text, i, j, into: &tokens)
            if tokens.count > first {
                tokens[first].startsLine = newline
                tokens[tokens.count - 1].spaceAfter = j < n
            }
            newline = false
            i = j
        }
        return tokens
    }

    // MARK: Characters

    @inline(__always)
    package static func isSpace(_ c: Unicode.Scalar) -> Bool {
        c.value < 0x80 ? (c == " " || c == "\n" || c == "\t" || c == "\r") : c.properties.isWhitespace
    }

    @inline(__always)
    package static func isLetter(_ c: Unicode.Scalar) -> Bool {
        c.value < 0x80 ? (c.value | 0x20 >= 97 && c.value | 0x20 <= 122) : c.properties.isAlphabetic
    }

    @inline(__always)
    package static func isDigit(_ c: Unicode.Scalar) -> Bool { c.value >= 48 && c.value <= 57 }

    @inline(__always)
    package static func isAlphanumeric(_ c: Unicode.Scalar) -> Bool {
        c.value < 0x80 ? isDigit(c) || isLetter(c)
            : c.properties.isAlphabetic || c.properties.numericType != nil || c.properties.generalCategory == .nonspacingMark
    }

    static func lowercased(_ text: [Unicode.Scalar], _ a: Int, _ b: Int) -> String {
        var out = String.UnicodeScalarView()
        for k in a..<b {
            let c = text[k]
            if c.value >= 65 && c.value <= 90 {
                out.append(Unicode.Scalar(c.value + 32)!)
            } else if c.value < 0x80 {
                out.append(c)
            } else {
                out.append(contentsOf: c.properties.lowercaseMapping.unicodeScalars)
            }
        }
        return String(out)
    }

    // MARK: One run of text between spaces

    /// Splits `text[a..<b]`, a run without whitespace, into tokens.
    func chunk(_ text: [Unicode.Scalar], _ a: Int, _ b: Int, into tokens: inout [Token]) {
        func emit(_ s: Int, _ e: Int, joins: Bool = false) {
            tokens.append(Token(start: s, end: e, spaceAfter: false, startsLine: false, joinsNext: joins))
        }
        var s = a, e = b
        // Leading punctuation and symbols, one token each, runs of the same mark together.
        while s < e && !Self.isAlphanumeric(text[s]) {
            if text[s] == "'" && s + 1 < e && Self.isAlphanumeric(text[s + 1]) && s + 2 <= e && isClitic(text, s, e) {
                break
            }
            let run = runEnd(text, s, e)
            emit(s, run)
            s = run
        }
        if isAddress(text, s, e) {
            // A URL or e-mail address, less the punctuation that ends the sentence around it.
            var end = e
            while end > s + 1 && ".,;:!?)]}>\"'".unicodeScalars.contains(text[end - 1]) { end -= 1 }
            emit(s, end)
            if end < e { chunk(text, end, e, into: &tokens) }
            return
        }
        // Trailing punctuation, set aside to emit after the word.
        var trailing: [(Int, Int)] = []
        while e > s {
            let last = text[e - 1]
            if Self.isAlphanumeric(last) { break }
            if last == "." {
                // The period of an abbreviation, an initial or a dotted acronym stays with its word.
                var dots = e - 1
                while dots > s && text[dots - 1] == "." { dots -= 1 }
                if e - dots == 1 && keepsPeriod(text, s, e) { break }
                trailing.append((dots, e))
                e = dots
                continue
            }
            if (last == "'" || last == "\u{2019}") && e - 1 > s && (text[e - 2] == "s" || text[e - 2] == "S") && e - 2 > s {
                // Plural possessive: "countries'" -> countries '.
                trailing.append((e - 1, e))
                e -= 1
                break
            }
            var start = e - 1
            while start > s && text[start - 1] == last { start -= 1 }
            trailing.append((start, e))
            e = start
        }
        if s < e { word(text, s, e, into: &tokens) }
        for (ts, te) in trailing.reversed() { emit(ts, te) }
    }

    /// The end of a run of the same punctuation mark from `s` ("...", "--",
    /// "!!", "***"); quotes and brackets stand alone.
    func runEnd(_ text: [Unicode.Scalar], _ s: Int, _ e: Int) -> Int {
        var k = s + 1
        if !"\"'()[]{}<>".unicodeScalars.contains(text[s]) {
            while k < e && text[k] == text[s] { k += 1 }
        }
        return k
    }

    /// Whether the text at `s` is a clitic that starts the run ("'s" after a closing quote is rare; "'90s" is not one).
    func isClitic(_ text: [Unicode.Scalar], _ s: Int, _ e: Int) -> Bool {
        rules.suffixes.contains { suffix in
            s + suffix.count == e && (0..<suffix.count).allSatisfy { k in Self.lowerASCII(text[s + k]) == suffix[k] }
        }
    }

    /// ASCII letters lowered, and a typographic apostrophe read as `'`.
    @inline(__always)
    static func lowerASCII(_ c: Unicode.Scalar) -> Unicode.Scalar {
        c.value >= 65 && c.value <= 90 ? Unicode.Scalar(c.value + 32)! : c.value == 0x2019 ? "'" : c
    }

    /// Whether `text[s..<e]`, ending in a period, keeps it: a listed
    /// abbreviation, a single capital ("J."), or dotted letters ("U.S.", "p.m.").
    func keepsPeriod(_ text: [Unicode.Scalar], _ s: Int, _ e: Int) -> Bool {
        let length = e - s
        if length == 2 && Self.isLetter(text[s]) && text[s].properties.isUppercase { return true }
        // Dotted letters: letter, period, letter, period...
        if length >= 4 && length % 2 == 0 {
            var dotted = true
            for k in stride(from: s, to: e, by: 2) where !(Self.isLetter(text[k]) && text[k + 1] == ".") {
                dotted = false
                break
            }
            if dotted { return true }
        }
        return length <= 10 && rules.abbreviations.contains(String(String.UnicodeScalarView(text[s..<e])))
    }

    /// Whether the run is a URL or an e-mail address.
    func isAddress(_ text: [Unicode.Scalar], _ a: Int, _ b: Int) -> Bool {
        guard b - a >= 5 else { return false }
        var at = -1, colonSlashSlash = false
        for k in a..<b {
            if text[k] == "@" && k > a { at = k }
            if text[k] == ":" && k + 2 < b && text[k + 1] == "/" && text[k + 2] == "/" { colonSlashSlash = true }
        }
        if colonSlashSlash { return true }
        if b - a > 4 && Self.lowercased(text, a, a + 4) == "www." { return true }
        if at > a { return (at + 1..<b).contains { text[$0] == "." } }
        return false
    }

    /// Splits one word: clitics, words UD writes as two, hyphens and slashes.
    func word(_ text: [Unicode.Scalar], _ s: Int, _ e: Int, into tokens: inout [Token]) {
        func emit(_ a: Int, _ b: Int, joins: Bool = false) {
            tokens.append(Token(start: a, end: b, spaceAfter: false, startsLine: false, joinsNext: joins))
        }
        // A clitic at the end: n't first, so "can't" is ca n't.
        for suffix in rules.suffixes where e - s > suffix.count {
            let at = e - suffix.count
            guard (0..<suffix.count).allSatisfy({ Self.lowerASCII(text[at + $0]) == suffix[$0] }) else { continue }
            guard Self.isLetter(text[at - 1]) else { continue }
            pieces(text, s, at, into: &tokens)
            tokens[tokens.count - 1].joinsNext = true
            emit(at, e)
            return
        }
        if e - s <= 8, let cut = rules.splits[Self.lowercased(text, s, e)] {
            emit(s, s + cut, joins: true)
            emit(s + cut, e)
            return
        }
        pieces(text, s, e, into: &tokens)
    }

    /// Splits a word at hyphens (unless its first part is a prefix) and at
    /// slashes between letters; numbers and dates keep their slashes.
    func pieces(_ text: [Unicode.Scalar], _ s: Int, _ e: Int, into tokens: inout [Token]) {
        func emit(_ a: Int, _ b: Int) {
            tokens.append(Token(start: a, end: b, spaceAfter: false, startsLine: false, joinsNext: false))
        }
        // Digits joined by two or more hyphens are one number (a telephone number, a code).
        var hyphens = 0, digitsOnly = true
        for k in s..<e {
            if text[k] == "-" { hyphens += 1 } else if !Self.isDigit(text[k]) { digitsOnly = false; break }
        }
        if digitsOnly && hyphens >= 2 {
            emit(s, e)
            return
        }
        var start = s
        var k = s
        var firstPart = true
        while k < e {
            let c = text[k]
            let between = k > s && k + 1 < e && Self.isAlphanumeric(text[k - 1]) && Self.isAlphanumeric(text[k + 1])
            if c == "-" && k + 1 < e && text[k + 1] == "-" {
                // A dash written as hyphens inside a run: "word--word".
                let run = runEnd(text, k, e)
                if start < k { emit(start, k) }
                emit(k, run)
                start = run
                k = run
                firstPart = false
                continue
            }
            if c == "-" && between {
                if firstPart && rules.prefixes.contains(Self.lowercased(text, start, k)) {
                    firstPart = false
                    k += 1
                    continue
                }
                emit(start, k)
                emit(k, k + 1)
                start = k + 1
                firstPart = false
            } else if c == "/" && between && letters(text, before: k, from: s) >= 2 && letters(text, after: k, to: e) >= 2 {
                // "and/or" splits; "b/c", "w/o" and dates do not.
                emit(start, k)
                emit(k, k + 1)
                start = k + 1
            } else if !Self.isAlphanumeric(c) && c != "-" && c != "." && c != "," && c != "'" && c != "\u{2019}" && c != "/" && c != ":"
                && c != "&" && c != "_" && c != "@"
            {
                // Brackets, quotes and other marks inside a run stand apart: "(s)", "word\"".
                if start < k { emit(start, k) }
                emit(k, k + 1)
                start = k + 1
            }
            k += 1
        }
        if start < e { emit(start, e) }
    }

    /// How many letters run up to `k` (from `s`) and on from `k` (to `e`).
    func letters(_ text: [Unicode.Scalar], before k: Int, from s: Int) -> Int {
        var count = 0, i = k - 1
        while i >= s && Self.isLetter(text[i]) { count += 1; i -= 1 }
        return count
    }

    func letters(_ text: [Unicode.Scalar], after k: Int, to e: Int) -> Int {
        var count = 0, i = k + 1
        while i < e && Self.isLetter(text[i]) { count += 1; i += 1 }
        return count
    }
}
