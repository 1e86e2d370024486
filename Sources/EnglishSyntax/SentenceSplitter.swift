/// Sentence boundaries over tokens.
///
/// A sentence ends at a line break, or after a run of `.`, `!` or `?` (with
/// the closing quotes and brackets that follow it) when the next word
/// starts with a capital, a digit or an opening quote. An abbreviation that
/// keeps its period ("U.S.", "Gen.") ends a sentence only before a word that
/// usually starts one ("The", "He"). A sentence longer than
/// ``maximumLength`` tokens is cut, after a semicolon or comma near the
/// limit where there is one, so that no later stage sees unbounded input.
public struct SentenceSplitter: Sendable {
    public var maximumLength = 200

    public init() {}

    /// Words that begin sentences far more often than they follow an abbreviation inside one.
    static let starters: Set<String> = [
        "the", "he", "she", "they", "it", "in", "on", "but", "and", "a", "an", "this", "that", "we", "i",
        "his", "her", "their", "its", "there", "after", "before", "meanwhile", "however", "officials", "you",
    ]

    /// The sentences of `tokens` (read from `text`), as ranges of token indices.
    public func sentences(_ tokens: [Token], in text: [Unicode.Scalar]) -> [Range<Int>] {
        var out: [Range<Int>] = []
        var start = 0
        func close(_ end: Int) {
            guard end > start else { return }
            var from = start
            while end - from > maximumLength {
                let limit = from + maximumLength
                var cut = limit
                var k = limit - 1
                while k > from + maximumLength / 2 {
                    let c = text[Int(tokens[k].start)]
                    if tokens[k].end - tokens[k].start == 1 && (c == ";" || c == ",") { cut = k + 1; break }
                    k -= 1
                }
                out.append(from..<cut)
                from = cut
            }
            out.append(from..<end)
            start = end
        }
        var i = 0
        while i < tokens.count {
            if i > start && tokens[i].startsLine {
                close(i)
                continue
            }
            if let end = boundary(after: i, tokens, text) {
                close(end)
                i = end
                continue
            }
            i += 1
        }
        close(tokens.count)
        return out
    }

    /// Where the sentence ends if token `i` ends it (after the quotes and
    /// brackets that close it), or nil.
    func boundary(after i: Int, _ tokens: [Token], _ text: [Unicode.Scalar]) -> Int? {
        let token = tokens[i]
        let last = text[Int(token.end) - 1]
        guard last == "." || last == "!" || last == "?" else { return nil }
        let first = text[Int(token.start)]
        let isStop = first == "." || first == "!" || first == "?"
        var next = i + 1
        while next < tokens.count && !tokens[next].startsLine {
            let c = text[Int(tokens[next].start)]
            let closes = c == ")" || c == "]" || ((c == "\"" || c == "'") && tokens[next - 1].spaceAfter == false)
            guard closes && tokens[next].end - tokens[next].start == 1 else { break }
            next += 1
        }
        guard next < tokens.count else { return nil }
        if tokens[next].startsLine { return next }
        let c = text[Int(tokens[next].start)]
        let startsUpper = Tokenizer.isLetter(c) ? c.properties.isUppercase : (Tokenizer.isDigit(c) || c == "\"" || c == "'" || c == "(")
        if isStop {
            // "..." inside a sentence goes on in lower case.
            return startsUpper ? next : nil
        }
        // An abbreviation's period: only before a usual sentence starter.
        guard startsUpper, Tokenizer.isLetter(c) else { return nil }
        let word = Tokenizer.lowercased(text, Int(tokens[next].start), Int(tokens[next].end))
        return Self.starters.contains(word) ? next : nil
    }
}
