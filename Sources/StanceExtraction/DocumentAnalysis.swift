import StanceGraph

/// The working state of one document's extraction: tokens, sentences,
/// mentions, quotations and speakers.
struct DocumentAnalysis {
    let knowledge: Knowledge
    let document: Document
    let scalars: [Unicode.Scalar]
    var tokens: [Token]
    /// Each token's number in the knowledge's vocabulary, -1 for words no phrase uses.
    var wordNumbers: [Int32] = []
    /// Each token's ``WordFacts``, set by ``indexWords()`` once the tokens are final.
    var facts: [WordFacts] = []
    /// Sentences as token ranges, boilerplate removed.
    var sentences: [Range<Int>] = []
    /// Mentions per sentence, in token order.
    var mentions: [[Mention]] = []
    /// The sentences whose mentions hang on the anchor date (titles, names
    /// several persons share), found with the mentions when there is no
    /// anchor yet for ``inferAnchor()`` to re-read.
    var anchorDependentSentences: [Int] = []
    /// Whether each token is inside quotation marks.
    var inQuote: [Bool] = []
    /// The speaker mention for quoted tokens (sentence, mention) by token.
    var quoteSpeaker: [Int: ActorID] = [:]
    /// The date roles and relative dates are resolved against.
    var anchor: Day?

    init(knowledge: Knowledge, document: Document) {
        self.knowledge = knowledge
        self.document = document
        self.scalars = TextNormalizer.normalizedScalars(document.text)
        self.tokens = Tokenizer.tokenize(scalars)
        self.anchor = document.date
    }

    func text(_ range: Range<Int>) -> String {
        guard !range.isEmpty else { return "" }
        return Tokenizer.string(scalars, tokens[range.lowerBound].start, tokens[range.upperBound - 1].end)
    }

    func key(_ i: Int) -> String { i >= 0 && i < tokens.count ? tokens[i].key : "" }

    func isMarker(_ i: Int, _ marker: Marker) -> Bool {
        markerMask(i) & marker.bit != 0
    }

    /// The markers of token `i` as bits; 0 outside the text.
    func markerMask(_ i: Int) -> UInt32 {
        guard i >= 0 && i < tokens.count else { return 0 }
        return self.facts(i).markers
    }

    /// What token `i` is to the extractor.
    func facts(_ i: Int) -> WordFacts {
        facts.count == tokens.count ? facts[i] : knowledge.wordFacts[tokens[i].key] ?? WordFacts()
    }

    /// Looks up every token's word once, so that the many per-word tests that
    /// follow (markers, cue and boilerplate starts, word numbers) index an
    /// array instead of hashing the token's key each time.
    mutating func indexWords() {
        facts = tokens.map { knowledge.wordFacts[$0.key] ?? WordFacts() }
        wordNumbers = facts.map(\.number)
    }

    /// Negation words, including contractions ending in n't.
    func isNegation(_ i: Int) -> Bool {
        guard i >= 0 && i < tokens.count else { return false }
        return isMarker(i, .negation) || tokens[i].key.hasSuffix("n't")
    }

    // MARK: Preparation

    /// Splits hyphenated tokens whose parts are names ("Iran-aligned", "US-Iran").
    ///
    /// In place: the splits are found first, then the tokens after each are
    /// moved up from the end, so a huge text is never held twice.
    mutating func splitCompounds() {
        var splits: [(index: Int, parts: [Token])] = []
        for index in tokens.indices {
            if let parts = compoundParts(at: index) { splits.append((index, parts)) }
        }
        guard !splits.isEmpty else { return }
        let oldCount = tokens.count
        tokens.append(contentsOf: repeatElement(tokens[0], count: splits.reduce(0) { $0 + $1.parts.count - 1 }))
        var write = tokens.count  // the slots from here on are final
        var read = oldCount  // the tokens from here on have been moved
        for split in splits.reversed() {
            var k = read
            while k > split.index + 1 {
                k -= 1
                write -= 1
                tokens[write] = tokens[k]
            }
            write -= split.parts.count
            for (offset, part) in split.parts.enumerated() { tokens[write + offset] = part }
            read = split.index
        }
    }

    /// Whether `text` holds a hyphen-minus, scanned as one buffer (the
    /// element-wise `utf8.contains` costs about ten times as much).
    static func hasHyphen(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { $0.contains(0x2D) }
    }

    /// The parts of token `index` when it is a hyphenated word one of whose
    /// parts is a name, with the hyphens between them; nil for any other
    /// token. Most tokens are ruled out by their kind and a byte scan,
    /// before the token is copied.
    func compoundParts(at index: Int) -> [Token]? {
        guard tokens[index].kind == .word, Self.hasHyphen(tokens[index].text) else { return nil }
        let token = tokens[index]
        guard knowledge.names[token.key] == nil, knowledge.cues[token.key] == nil else { return nil }
        let parts = token.text.split(separator: "-", omittingEmptySubsequences: false)
        let named = parts.contains { part in
            let key = Tokenizer.foldKey(String(part))
            return knowledge.names[key]?.contains { entry in matchesCase(entry, [String(part)]) } ?? false
        }
        guard named, parts.allSatisfy({ !$0.isEmpty }) else { return nil }
        var out: [Token] = []
        var offset = token.start
        for (i, part) in parts.enumerated() {
            if i > 0 {
                out.append(Token(start: offset, end: offset + 1, text: "-", key: "-", kind: .punctuation, startsLine: false))
                offset += 1
            }
            let length = part.unicodeScalars.count
            let text = String(part)
            out.append(Token(start: offset, end: offset + length, text: text, key: Tokenizer.foldKey(text), kind: .word, startsLine: i == 0 && token.startsLine))
            offset += length
        }
        return out
    }

    func matchesCase(_ entry: NameEntry, _ words: [String]) -> Bool {
        if entry.exactCase { return words.joined(separator: " ") == entry.alias }
        if entry.capitalized {
            guard let first = words.first?.unicodeScalars.first else { return false }
            return first.properties.isUppercase || first.properties.numericType != nil
        }
        return true
    }

    /// Lines, minus boilerplate, split into sentences.
    ///
    /// A line of at most ``maxSentenceTokens`` tokens that holds a
    /// boilerplate phrase is dropped whole, as publishers set their footers
    /// and sign-up prompts on lines of their own. A longer line is running
    /// text (a long paragraph, or an article with no newlines at all): there
    /// only the sentences that hold a phrase are dropped, so that one
    /// "subscription" cannot empty a whole article.
    mutating func splitSentences() {
        var lineStart = 0
        var lines: [Range<Int>] = []
        for i in tokens.indices where i > 0 && tokens[i].startsLine {
            lines.append(lineStart..<i)
            lineStart = i
        }
        if lineStart < tokens.count { lines.append(lineStart..<tokens.count) }
        for line in lines {
            let runningText = line.count > Self.maxSentenceTokens
            if !runningText && isBoilerplate(line) { continue }
            var start = line.lowerBound
            var i = line.lowerBound
            while i < line.upperBound {
                if isSentenceEnd(i, line: line) {
                    var end = i + 1
                    while end < line.upperBound && (tokens[end].kind == .quote || tokens[end].text == ")") && !opensQuote(end, line: line) {
                        end += 1
                    }
                    appendSentence(start..<end, droppingBoilerplate: runningText)
                    start = end
                    i = end
                    continue
                }
                i += 1
            }
            if start < line.upperBound { appendSentence(start..<line.upperBound, droppingBoilerplate: runningText) }
        }
    }

    /// The most tokens one sentence may hold. The clause, speaker and
    /// modality scans run per cue over the whole sentence, so a run-on
    /// "sentence" of 50,000 words (a scraped table, text without stops) would
    /// take hours; real news sentences stay far below this.
    static let maxSentenceTokens = 200

    /// Adds a sentence, cut into pieces of at most ``maxSentenceTokens``
    /// tokens when longer: after the last semicolon or comma in the second
    /// half of each piece, else at the limit. With `droppingBoilerplate`,
    /// a piece that holds a boilerplate phrase is left out.
    mutating func appendSentence(_ range: Range<Int>, droppingBoilerplate: Bool = false) {
        func append(_ piece: Range<Int>) {
            if droppingBoilerplate && isBoilerplate(piece) { return }
            sentences.append(piece)
        }
        var start = range.lowerBound
        while range.upperBound - start > Self.maxSentenceTokens {
            let limit = start + Self.maxSentenceTokens
            var cut = limit
            var i = limit - 1
            while i > start + Self.maxSentenceTokens / 2 {
                if tokens[i].text == ";" || tokens[i].text == "," { cut = i + 1; break }
                i -= 1
            }
            append(start..<cut)
            start = cut
        }
        if start < range.upperBound { append(start..<range.upperBound) }
    }

    /// Whether a quote token at `i` opens a quotation (is followed directly by a word).
    func opensQuote(_ i: Int, line: Range<Int>) -> Bool {
        guard i + 1 < line.upperBound else { return false }
        return tokens[i + 1].start == tokens[i].end && tokens[i + 1].isWord
            && (i == line.lowerBound || tokens[i - 1].end < tokens[i].start)
    }

    static let sentenceStarters: Set<String> = [
        "the", "he", "she", "they", "it", "in", "on", "but", "and", "a", "an", "this", "that", "we", "i",
        "his", "her", "their", "its", "there", "after", "before", "meanwhile", "however", "officials",
    ]

    func isSentenceEnd(_ i: Int, line: Range<Int>) -> Bool {
        // Only a stop or an abbreviation ("U.S.") can end a sentence; deciding
        // that first, from the bytes, keeps the test cheap for the other tokens
        // and keeps a run of thousands of quote marks from being rescanned at
        // every one.
        let kind = tokens[i].kind, start = tokens[i].start, end = tokens[i].end
        guard end > start else { return false }
        let last = scalars[end - 1]
        let isStop = kind == .punctuation && end - start == 1 && (last == "." || last == "!" || last == "?")
        let isAbbreviation = kind == .word && last == "." && tokens[i].text.count > 2 && tokens[i].isAllCaps
        guard isStop || isAbbreviation else { return false }
        var next = i + 1
        while next < line.upperBound && (tokens[next].kind == .quote || tokens[next].text == ")") && !opensQuote(next, line: line) {
            next += 1
        }
        guard next < line.upperBound else { return false }
        let following = tokens[next]
        let startsUpper = following.isCapitalized || following.kind == .quote || following.kind == .number
        if isStop { return startsUpper }
        // "... with the U.S. The minister said": an abbreviation ending a sentence.
        return startsUpper && Self.sentenceStarters.contains(following.key)
    }

    func isBoilerplate(_ line: Range<Int>) -> Bool {
        for i in line {
            guard facts(i).startsBoilerplate, let phrases = knowledge.boilerplateByFirstWord[tokens[i].key] else { continue }
            for phrase in phrases where i + phrase.count <= line.upperBound {
                if (1..<phrase.count).allSatisfy({ tokens[i + $0].key == phrase[$0] }) { return true }
            }
        }
        return false
    }

    /// Marks quoted tokens, alternating open and close per line.
    ///
    /// A stray mark must not turn the rest of the line inside out (in an
    /// article with no newlines, the rest of the article): a mark shaped like
    /// a closing one (after a word, not before one) opens nothing, and a mark
    /// shaped like an opening one (after a space, before a word) inside a
    /// quotation starts a new quotation rather than closing the old one.
    mutating func markQuotes() {
        inQuote = Array(repeating: false, count: tokens.count)
        var open: Character? = nil
        for i in tokens.indices {
            if tokens[i].startsLine { open = nil }
            if tokens[i].kind == .quote {
                let token = tokens[i]
                let mark = token.text.first!
                let beforeWord = i + 1 < tokens.count && tokens[i + 1].start == token.end && tokens[i + 1].isWord
                    && !tokens[i + 1].startsLine
                let afterSpace = i == 0 || token.startsLine || tokens[i - 1].end < token.start
                if open == nil {
                    // A single quote opens only before a word and after a space.
                    if mark == "'" && !(i + 1 < tokens.count && tokens[i + 1].start == token.end) { continue }
                    if !afterSpace && !beforeWord { continue }
                    open = mark
                } else if open == mark && !(afterSpace && beforeWord) {
                    open = nil
                }
                inQuote[i] = true
                continue
            }
            inQuote[i] = open != nil
        }
    }
}
