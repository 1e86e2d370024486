import Foundation

/// A word or punctuation mark with its place in the document.
struct Token: Hashable, Sendable {
    enum Kind: Hashable, Sendable { case word, number, punctuation, quote, possessive }

    /// Offsets in Unicode scalars within the normalised document, end exclusive.
    var start: Int
    var end: Int
    var text: String
    /// Lowercased, diacritics folded: the key for dictionary look-ups.
    var key: String
    var kind: Kind
    /// Whether a newline came between this token and the previous one.
    var startsLine: Bool

    var isCapitalized: Bool {
        guard let first = text.utf8.first else { return false }
        if first < 0x80 { return first >= 65 && first <= 90 }
        return text.unicodeScalars.first!.properties.isUppercase
    }
    var isAllCaps: Bool {
        var letters = 0
        for byte in text.utf8 {
            // A lowercase ASCII letter settles it; other text goes scalar by scalar.
            if byte >= 0x80 { return isAllCapsUnicode }
            if byte >= 97 && byte <= 122 { return false }
            if byte >= 65 && byte <= 90 { letters += 1 }
        }
        return letters > 0
    }
    private var isAllCapsUnicode: Bool {
        var letters = 0
        for scalar in text.unicodeScalars where scalar.properties.isAlphabetic {
            if !scalar.properties.isUppercase { return false }
            letters += 1
        }
        return letters > 0
    }
    var isWord: Bool { kind == .word || kind == .number }
}

/// Splits normalised text into tokens.
///
/// Words keep inner apostrophes and hyphens (`won't`, `al-Kadhimi`,
/// `Iran-aligned`); `'s` and a bare trailing `'` after *s* become possessive
/// tokens; dotted abbreviations (`U.S.`, `Gen.`) keep their periods.
enum Tokenizer {
    static let abbreviations: Set<String> = [
        "mr", "mrs", "ms", "dr", "gen", "lt", "col", "maj", "capt", "sgt", "adm", "rep", "sen",
        "gov", "pres", "st", "jr", "sr", "prof", "rev", "vs", "etc", "jan", "feb", "mar", "apr",
        "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "inc", "ltd", "co", "corp", "mt",
        "ft", "no", "fig", "approx", "dept", "est", "gov't", "govt", "cmdr", "brig", "messrs", "hon",
    ]

    static func tokenize(_ scalars: [Unicode.Scalar]) -> [Token] {
        var tokens: [Token] = []
        // News text averages under five scalars a token with its space and
        // punctuation; growing past the reserve would hold the tokens twice
        // while they are copied (2.2 GB for a 100 MB article), and the pages
        // of a reserve never used are never touched.
        tokens.reserveCapacity(scalars.count / 4 + 1)
        var i = 0
        var sawNewline = true
        let n = scalars.count
        func isLetter(_ s: Unicode.Scalar) -> Bool {
            s.value < 0x80 ? (s.value | 0x20 >= 97 && s.value | 0x20 <= 122) : s.properties.isAlphabetic
        }
        func isDigit(_ s: Unicode.Scalar) -> Bool { s.value >= 48 && s.value <= 57 }
        func isWordChar(_ s: Unicode.Scalar) -> Bool {
            s.value < 128 ? (isDigit(s) || (s.value | 0x20 >= 97 && s.value | 0x20 <= 122)) : isLetter(s) || s.properties.generalCategory == .nonspacingMark
        }
        // Folding non-ASCII words goes through Foundation: once per distinct word.
        var folded: [String: String] = [:]
        func key(_ text: String) -> String {
            if text.utf8.allSatisfy({ $0 < 0x80 }) { return foldKey(text) }
            if let known = folded[text] { return known }
            let key = foldSlow(text)
            folded[text] = key
            return key
        }
        func emit(_ start: Int, _ end: Int, _ kind: Token.Kind) {
            // One pass tells ASCII and capitals; ASCII text and key are built from bytes.
            var ascii = true, capitals = false
            for i in start..<end {
                let v = scalars[i].value
                if v >= 0x80 { ascii = false; break }
                if v >= 65 && v <= 90 { capitals = true }
            }
            let text: String, folded: String
            if ascii {
                text = String(unsafeUninitializedCapacity: end - start) { buffer in
                    for i in start..<end { buffer[i - start] = UInt8(truncatingIfNeeded: scalars[i].value) }
                    return end - start
                }
                folded = !capitals ? text : String(unsafeUninitializedCapacity: end - start) { buffer in
                    for i in start..<end {
                        let byte = UInt8(truncatingIfNeeded: scalars[i].value)
                        buffer[i - start] = byte >= 65 && byte <= 90 ? byte + 32 : byte
                    }
                    return end - start
                }
            } else {
                text = string(scalars, start, end)
                folded = key(text)
            }
            tokens.append(Token(start: start, end: end, text: text, key: folded, kind: kind, startsLine: sawNewline))
            sawNewline = false
        }
        while i < n {
            let s = scalars[i]
            if s == "\n" { sawNewline = true; i += 1; continue }
            if s.value < 0x80 ? (s == " " || s == "\t" || s == "\r") : s.properties.isWhitespace { i += 1; continue }
            if isWordChar(s) {
                var j = i + 1
                while j < n {
                    let c = scalars[j]
                    if isWordChar(c) { j += 1; continue }
                    // Inner apostrophe or hyphen followed by a letter or digit.
                    if (c == "'" || c == "-" || c == "." && isDigit(scalars[j - 1])) && j + 1 < n && isWordChar(scalars[j + 1]) {
                        // Split "Iraq's" into "Iraq" + "'s".
                        if c == "'" && j + 2 <= n && (scalars[j + 1] == "s" || scalars[j + 1] == "S")
                            && (j + 2 == n || !isWordChar(scalars[j + 2]))
                        {
                            break
                        }
                        j += 1
                        continue
                    }
                    break
                }
                // Dotted abbreviations: U.S., U.N., e.g. initials "W."
                if j < n && scalars[j] == "." {
                    let word = string(scalars, i, j)
                    let singleLetter = j - i == 1 && isLetter(s)
                    if singleLetter {
                        var k = j + 1
                        while k + 1 < n && isLetter(scalars[k]) && scalars[k + 1] == "." && (k + 2 == n || !isWordChar(scalars[k + 2])) {
                            k += 2
                        }
                        if k > j + 1 || s.properties.isUppercase {
                            emit(i, k > j + 1 ? k : j + 1, .word)
                            i = k > j + 1 ? k : j + 1
                            continue
                        }
                    } else if abbreviations.contains(word.lowercased()) {
                        emit(i, j + 1, .word)
                        i = j + 1
                        continue
                    }
                }
                let allDigits = scalars[i..<j].allSatisfy { isDigit($0) || $0 == "." || $0 == "," }
                emit(i, j, allDigits ? .number : .word)
                i = j
                continue
            }
            if s == "'" {
                // Possessive 's or plural possessive s'.
                if i + 1 < n && (scalars[i + 1] == "s" || scalars[i + 1] == "S") && i > 0 && isWordChar(scalars[i - 1])
                    && (i + 2 == n || !isWordChar(scalars[i + 2]))
                {
                    emit(i, i + 2, .possessive)
                    i += 2
                    continue
                }
                if i > 0 && (scalars[i - 1] == "s") && (i + 1 == n || !isWordChar(scalars[i + 1])) {
                    emit(i, i + 1, .possessive)
                    i += 1
                    continue
                }
                emit(i, i + 1, .quote)
                i += 1
                continue
            }
            if s == "\"" {
                emit(i, i + 1, .quote)
                i += 1
                continue
            }
            emit(i, i + 1, .punctuation)
            i += 1
        }
        return tokens
    }

    /// The text of `scalars[start..<end]`, encoded as UTF-8 straight into
    /// the string's storage.
    static func string(_ scalars: [Unicode.Scalar], _ start: Int, _ end: Int) -> String {
        var count = 0
        for i in start..<end { count += UTF8.width(scalars[i]) }
        return String(unsafeUninitializedCapacity: count) { buffer in
            var at = 0
            for i in start..<end {
                UTF8.encode(scalars[i]) { byte in
                    buffer[at] = byte
                    at += 1
                }
            }
            return at
        }
    }

    /// Lowercased, with diacritics removed; ASCII takes a fast path.
    static func foldKey(_ text: String) -> String {
        let utf8 = text.utf8
        if utf8.allSatisfy({ $0 < 128 }) {
            if !utf8.contains(where: { $0 >= 65 && $0 <= 90 }) { return text }
            return String(unsafeUninitializedCapacity: utf8.count) { buffer in
                var i = 0
                for byte in utf8 {
                    buffer[i] = byte >= 65 && byte <= 90 ? byte + 32 : byte
                    i += 1
                }
                return i
            }
        }
        return foldSlow(text)
    }

    static func foldSlow(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in text.decomposedStringWithCanonicalMapping.unicodeScalars
        where scalar.properties.generalCategory != .nonspacingMark {
            out.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
        }
        return String(out)
    }
}
