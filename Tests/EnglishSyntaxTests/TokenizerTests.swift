import EnglishSyntax
import Testing

@Suite("Tokenising and sentence splitting to UD conventions")
struct TokenizerTests {
    static func words(_ text: String) throws -> [String] {
        let scalars = Array(text.unicodeScalars)
        return Tokenizer(rules: try Files.rules).tokenize(scalars).map { String(String.UnicodeScalarView(scalars[$0.range])) }
    }

    @Test("clitics split as UD has them", arguments: [
        ("Iraq's prime minister didn't go.", ["Iraq", "'s", "prime", "minister", "did", "n't", "go", "."]),
        ("They can't and won't; it's over.", ["They", "ca", "n't", "and", "wo", "n't", ";", "it", "'s", "over", "."]),
        ("We're sure they'll say I'd known.", ["We", "'re", "sure", "they", "'ll", "say", "I", "'d", "known", "."]),
        ("Seoul cannot wait, the ministers' aides said.", ["Seoul", "can", "not", "wait", ",", "the", "ministers", "'", "aides", "said", "."]),
        ("Iran\u{2019}s envoy", ["Iran", "\u{2019}s", "envoy"]),
    ])
    func clitics(text: String, expected: [String]) throws {
        let got = try Self.words(text)
        #expect(got == expected)
    }

    @Test("hyphens split unless the first part is a prefix; numbers, dates, addresses whole", arguments: [
        ("Iran-backed militias of al-Qaeda", ["Iran", "-", "backed", "militias", "of", "al", "-", "Qaeda"]),
        ("a non-state actor sent an e-mail post-war", ["a", "non-state", "actor", "sent", "an", "e-mail", "post-war"]),
        ("a 10-year deal worth $5.5 billion, up 3%", ["a", "10", "-", "year", "deal", "worth", "$", "5.5", "billion", ",", "up", "3", "%"]),
        ("on 9/11 and/or later, b/c of 1,000 men", ["on", "9/11", "and", "/", "or", "later", ",", "b/c", "of", "1,000", "men"]),
        ("see https://example.org/a-b, or mail info@example.org.", ["see", "https://example.org/a-b", ",", "or", "mail", "info@example.org", "."]),
        ("call 303-832-8160 now", ["call", "303-832-8160", "now"]),
    ])
    func compounds(text: String, expected: [String]) throws {
        let got = try Self.words(text)
        #expect(got == expected)
    }

    @Test("periods: abbreviations, initials and acronyms keep theirs; stops and ellipses stand alone", arguments: [
        ("Mr. Biden met Gen. Milley in the U.S. on Sept. 5.", ["Mr.", "Biden", "met", "Gen.", "Milley", "in", "the", "U.S.", "on", "Sept.", "5", "."]),
        ("George W. Bush spoke at 3 p.m. Wait...", ["George", "W.", "Bush", "spoke", "at", "3", "p.m.", "Wait", "..."]),
        ("\"No,\" he said (twice).", ["\"", "No", ",", "\"", "he", "said", "(", "twice", ")", "."]),
        ("Really?! Yes -- no.", ["Really", "?", "!", "Yes", "--", "no", "."]),
    ])
    func periods(text: String, expected: [String]) throws {
        let got = try Self.words(text)
        #expect(got == expected)
    }

    @Test("offsets, spaces and line starts describe the text exactly")
    func offsets() throws {
        let text = Array("Iraq's PM\nmet  them.".unicodeScalars)
        let tokens = Tokenizer(rules: try Files.rules).tokenize(text)
        #expect(tokens.map(\.range) == [0..<4, 4..<6, 7..<9, 10..<13, 15..<19, 19..<20])
        #expect(tokens.map(\.spaceAfter) == [false, true, true, true, false, false])
        #expect(tokens.map(\.startsLine) == [true, false, false, true, false, false])
        #expect(tokens.map(\.joinsNext) == [true, false, false, false, false, false])
    }

    @Test("sentences end at stops before capitals, at line breaks, and after closing quotes")
    func sentences() throws {
        let text = Array("Japan protested. \"We object,\" it said. The U.S. agreed.\nA new line... and more.".unicodeScalars)
        let tokens = Tokenizer(rules: try Files.rules).tokenize(text)
        let sentences = SentenceSplitter().sentences(tokens, in: text).map { range in
            tokens[range].map { String(String.UnicodeScalarView(text[$0.range])) }.joined(separator: " ")
        }
        #expect(sentences == [
            "Japan protested .", "\" We object , \" it said .", "The U.S. agreed .", "A new line ... and more .",
        ])
    }

    @Test("an abbreviation ends a sentence only before a usual sentence starter")
    func abbreviationAtEnd() throws {
        let text = Array("Talks with the U.S. The minister left. Talks with the U.S. Navy went on.".unicodeScalars)
        let tokens = Tokenizer(rules: try Files.rules).tokenize(text)
        #expect(SentenceSplitter().sentences(tokens, in: text).count == 3)
    }

    @Test("a run-on sentence is cut at the length limit, after a comma where there is one")
    func longSentence() throws {
        let text = Array((0..<500).map { $0 % 7 == 6 ? "word," : "word" }.joined(separator: " ").unicodeScalars)
        let tokens = Tokenizer(rules: try Files.rules).tokenize(text)
        let sentences = SentenceSplitter().sentences(tokens, in: text)
        #expect(sentences.allSatisfy { $0.count <= 200 })
        #expect(sentences.reduce(0) { $0 + $1.count } == tokens.count)
        #expect(sentences.dropLast().allSatisfy { text[Int(tokens[$0.upperBound - 1].start)] == "," })
    }

    @Test("bad rules are named with their line", arguments: [
        ("abbreviation\tMr\n", "r.tsv:1: an abbreviation ends in a period: 'Mr'"),
        ("# c\nsplit\tcannot\t9\n", "r.tsv:2: the cut '9' is not inside 'cannot'"),
        ("suffix\ts\n", "r.tsv:1: a suffix is a clitic with an apostrophe: 's'"),
        ("prefix\n", "r.tsv:1: expected prefix WORD (2 tab-separated fields), found 1 fields"),
        ("hyphen\tx\n", "r.tsv:1: unknown record 'hyphen' (abbreviation, suffix, split or prefix)"),
    ])
    func badRules(text: String, message: String) {
        do {
            _ = try TokenizerRules(parsing: text, source: "r.tsv")
            Issue.record("no error for \(text)")
        } catch {
            #expect(error.description == message)
        }
    }
}
