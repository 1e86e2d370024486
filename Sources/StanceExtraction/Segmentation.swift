import EnglishSyntax

/// The first stage: an article's normalised text split into words and
/// sentences to Universal Dependencies conventions, with what each word is
/// to the lexicon, which words are quoted, and the publisher's boilerplate
/// left out.
///
/// Words come from `EnglishSyntax`'s tokeniser, so the parser and the rules
/// read the same words ("Iraq 's", "wo n't", "Iran - backed").
struct Segmentation: Sendable {
    let scalars: [Unicode.Scalar]
    let tokens: [Token]
    /// Each word folded (lowercase, no diacritics); contraction parts read
    /// as the words they stand for ("wo" of "won't" is "will", "n't" is "not").
    let keys: [String]
    /// What each word is to the lexicon.
    let facts: [WordFacts]
    /// Each word's number in the vocabulary of names, titles, sectors and descriptions (-1: none).
    let numbers: [Int32]
    /// Sentences as token ranges, in order, boilerplate left out.
    let sentences: [Range<Int>]
    /// Whether each word is inside quotation marks.
    let inQuote: [Bool]

    init(text: String, knowledge: Knowledge) {
        let scalars = TextNormalizer.normalizedScalars(text)
        let tokens = knowledge.tokenizer.tokenize(scalars)
        self.scalars = scalars
        self.tokens = tokens
        var keys: [String] = []
        keys.reserveCapacity(tokens.count)
        for (i, token) in tokens.enumerated() {
            let key = Folding.key(Folding.string(scalars, Int(token.start), Int(token.end)))
            // A contraction part reads as its word only inside the written word it came from.
            let contracted = token.joinsNext || (i > 0 && tokens[i - 1].joinsNext)
            keys.append(contracted ? knowledge.contractions[key] ?? key : key)
        }
        self.keys = keys
        facts = keys.map { knowledge.wordFacts[$0] ?? WordFacts() }
        numbers = facts.map(\.number)
        inQuote = Self.quotes(tokens, scalars)
        sentences = Self.sentences(tokens, scalars, keys: keys, facts: facts, knowledge: knowledge)
    }

    // MARK: Words

    func text(_ range: Range<Int>) -> String {
        guard !range.isEmpty else { return "" }
        return Folding.string(scalars, Int(tokens[range.lowerBound].start), Int(tokens[range.upperBound - 1].end))
    }

    func word(_ i: Int) -> String { Folding.string(scalars, Int(tokens[i].start), Int(tokens[i].end)) }

    func key(_ i: Int) -> String { i >= 0 && i < keys.count ? keys[i] : "" }

    func first(_ i: Int) -> Unicode.Scalar { scalars[Int(tokens[i].start)] }

    /// Starts with a letter or digit.
    func isWord(_ i: Int) -> Bool { i >= 0 && i < tokens.count && EnglishSyntax.Tokenizer.isAlphanumeric(first(i)) }

    /// `'s`, or a lone `'` after a word ending in s ("the ministers'").
    func isPossessiveMark(_ i: Int) -> Bool {
        guard i > 0 && i < tokens.count else { return false }
        let k = key(i)
        return (k == "'s" || k == "'") && !tokens[i - 1].spaceAfter
    }

    func isCapitalized(_ i: Int) -> Bool {
        guard isWord(i) else { return false }
        let c = first(i)
        return c.value < 0x80 ? (c.value >= 65 && c.value <= 90) : c.properties.isUppercase
    }

    /// All its letters capitals, and at least one letter.
    func isAllCaps(_ i: Int) -> Bool {
        var letters = 0
        for k in Int(tokens[i].start)..<Int(tokens[i].end) {
            let c = scalars[k]
            guard c.properties.isAlphabetic else { continue }
            if !c.properties.isUppercase { return false }
            letters += 1
        }
        return letters > 0
    }

    func isNumber(_ i: Int) -> Bool {
        guard isWord(i) else { return false }
        return (Int(tokens[i].start)..<Int(tokens[i].end)).allSatisfy { k in
            let c = scalars[k]
            return (c.value >= 48 && c.value <= 57) || c == "." || c == ","
        }
    }

    func isMarker(_ i: Int, _ marker: Marker) -> Bool {
        i >= 0 && i < facts.count && facts[i].markers & marker.bit != 0
    }

    /// The sentence holding token `i`.
    func sentence(of i: Int) -> Int? {
        var low = 0, high = sentences.count - 1
        while low <= high {
            let mid = (low + high) / 2
            if sentences[mid].upperBound <= i { low = mid + 1 } else if sentences[mid].lowerBound > i { high = mid - 1 } else { return mid }
        }
        return nil
    }

    /// Where a sentence lies in the text, in scalars.
    func characterRange(of s: Int) -> Range<Int> {
        Int(tokens[sentences[s].lowerBound].start)..<Int(tokens[sentences[s].upperBound - 1].end)
    }

    // MARK: Sentences and boilerplate

    /// Sentences from the splitter, less the publisher's boilerplate: a
    /// line of at most ``SentenceSplitter/maximumLength`` words that holds a
    /// boilerplate phrase is dropped whole, as publishers set their footers
    /// and sign-up prompts on lines of their own; in a longer line (running
    /// text with no line breaks) only the sentences holding one are, so that
    /// one "subscription" cannot empty an article.
    static func sentences(
        _ tokens: [Token], _ scalars: [Unicode.Scalar], keys: [String], facts: [WordFacts], knowledge: Knowledge
    ) -> [Range<Int>] {
        let splitter = SentenceSplitter()
        func isBoilerplate(_ range: Range<Int>) -> Bool {
            for i in range where facts[i].startsBoilerplate {
                for phrase in knowledge.boilerplateByFirstWord[keys[i]] ?? [] where i + phrase.count <= range.upperBound {
                    if (1..<phrase.count).allSatisfy({ keys[i + $0] == phrase[$0] }) { return true }
                }
            }
            return false
        }
        var lines: [Range<Int>] = []
        var start = 0
        for i in tokens.indices where i > 0 && tokens[i].startsLine {
            lines.append(start..<i)
            start = i
        }
        if start < tokens.count { lines.append(start..<tokens.count) }
        var out: [Range<Int>] = []
        for line in lines {
            let running = line.count > splitter.maximumLength
            if !running && isBoilerplate(line) { continue }
            for sentence in splitter.sentences(Array(tokens[line]), in: scalars) {
                let range = (sentence.lowerBound + line.lowerBound)..<(sentence.upperBound + line.lowerBound)
                if running && isBoilerplate(range) { continue }
                out.append(range)
            }
        }
        return out
    }

    // MARK: Quotations

    /// Marks quoted words, alternating open and close per line.
    ///
    /// A stray mark must not turn the rest of the line inside out (in an
    /// article with no newlines, the rest of the article): a mark shaped
    /// like a closing one (after a word, not before one) opens nothing, and
    /// a mark shaped like an opening one (after a space, before a word)
    /// inside a quotation starts a new quotation rather than closing it.
    static func quotes(_ tokens: [Token], _ scalars: [Unicode.Scalar]) -> [Bool] {
        var inQuote = [Bool](repeating: false, count: tokens.count)
        var open: Unicode.Scalar? = nil
        func isMark(_ i: Int) -> Unicode.Scalar? {
            guard tokens[i].end - tokens[i].start == 1 else { return nil }
            let c = scalars[Int(tokens[i].start)]
            return c == "\"" || c == "'" ? c : nil
        }
        for i in tokens.indices {
            if tokens[i].startsLine { open = nil }
            if let mark = isMark(i) {
                let beforeWord = i + 1 < tokens.count && !tokens[i].spaceAfter && !tokens[i + 1].startsLine
                    && EnglishSyntax.Tokenizer.isAlphanumeric(scalars[Int(tokens[i + 1].start)])
                let afterSpace = i == 0 || tokens[i].startsLine || tokens[i - 1].spaceAfter
                if open == nil {
                    // A single quote opens only before a word and after a space.
                    if mark == "'" && !(afterSpace && beforeWord) { continue }
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
        return inQuote
    }
}
