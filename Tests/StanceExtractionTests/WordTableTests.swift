import Testing

@testable import StanceExtraction

@Suite("Word table")
struct WordTableTests {
    @Test("answers every lookup of a folded word as the dictionary it was built from does")
    func sameAsDictionary() {
        // Keys are compared by their bytes, which is the dictionary's equality for
        // words that went through the same folding (canonically equivalent spellings,
        // "é" and "e" + U+0301, fold to the same bytes).
        var random = SystemRandomNumberGenerator()
        let alphabet = Array("abcdefghijklmnopqrstuvwxyz-'’éçığ中") + ["e\u{301}"]
        func word() -> String {
            Folding.key(String((0..<Int.random(in: 0...20, using: &random)).map { _ in alphabet.randomElement(using: &random)! }))
        }
        var dictionary: [String: WordFacts] = [:]
        for n in 0..<3_000 {
            dictionary[word()] = WordFacts(number: Int32(n), markers: UInt64.random(in: 0...UInt64.max, using: &random),
                                           startsCue: Bool.random(using: &random), startsBoilerplate: Bool.random(using: &random))
        }
        let table = WordTable(dictionary)
        #expect(table.count == dictionary.count)
        for (key, value) in dictionary { #expect(table[key] == value, "\(key)") }
        #expect(Dictionary(uniqueKeysWithValues: table.entries.map { ($0.word, $0.facts) }) == dictionary)
        for _ in 0..<3_000 {
            let probe = word()
            #expect(table[probe] == dictionary[probe], "\(probe)")
        }
        // The folding that makes byte equality enough: equivalent spellings, equal bytes.
        #expect(Array(Folding.key("Caf\u{E9}").utf8) == Array(Folding.key("Cafe\u{301}").utf8))
        #expect(Array(Folding.key("\u{212B}ngstr\u{F6}m").utf8) == Array(Folding.key("A\u{30A}ngstro\u{308}m").utf8))
        // Long keys, past the small-string size, and the empty table.
        let long = String(repeating: "counterinsurgency", count: 4)
        #expect(WordTable([long: WordFacts(number: 7)])[long]?.number == 7)
        #expect(WordTable()[long] == nil && WordTable()[""] == nil)
    }
}
