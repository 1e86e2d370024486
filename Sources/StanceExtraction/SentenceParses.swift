import EnglishSyntax
import StanceGraph

/// The fifth stage: a dependency parse of each sentence that can yield a
/// relation, one that names or points to an actor and holds a word that
/// starts a stance cue. Most sentences of most articles do not, and parsing
/// only these keeps extraction fast.
///
/// The gazetteer's names go to the tagger as known tags: a capitalised word
/// of a name is nominal, a proper noun or a state's adjective, wherever it
/// stands. A tagger trained on web text alone reads an unfamiliar
/// sentence-initial "Ankara" as anything, and the parse around it fails.
struct SentenceParses: Sendable {
    /// Per sentence, its tree (word `i` is the sentence's `i`-th token), or nil when it was not parsed.
    let trees: [DependencyTree?]

    init(segmentation: Segmentation, mentions: [[Mention]], knowledge: Knowledge) {
        guard let syntax = knowledge.syntax else {
            trees = Array(repeating: nil, count: segmentation.sentences.count)
            return
        }
        trees = segmentation.sentences.indices.map { s in
            let range = segmentation.sentences[s]
            let named = mentions[s].contains { $0.actor != nil || $0.kind == .firstPerson }
            guard named, range.contains(where: { segmentation.facts[$0].startsCue }) else { return nil }
            let known = Self.knownTags(range, mentions: mentions[s], segmentation: segmentation, knowledge: knowledge)
            return syntax.analyze(segmentation.tokens[range], in: segmentation.scalars, known: known)
        }
    }

    static let properNoun = (UniversalTag.propn, "NNP")
    static let adjective = (UniversalTag.adj, "JJ")

    /// Per word of the sentence, the tags a gazetteer name inside a mention
    /// fixes: proper noun for its capitalised words, adjective for a state's
    /// one-word adjective ("Turkish").
    static func knownTags(
        _ range: Range<Int>, mentions: [Mention], segmentation: Segmentation, knowledge: Knowledge
    ) -> [(UniversalTag, String)?] {
        var known = [(UniversalTag, String)?](repeating: nil, count: range.count)
        for mention in mentions where mention.actor != nil {
            var i = mention.start
            while i < mention.end {
                guard segmentation.facts[i].number >= 0,
                    let (n, entries) = knowledge.nameTrie.longestMatch(segmentation.numbers, from: i, to: mention.end)
                else { i += 1; continue }
                // "Palestinians" is a plural noun: its singular is the adjective.
                let key = segmentation.keys[i]
                let plural = key.hasSuffix("s") && knowledge.names[String(key.dropLast())]?.contains { $0.form == .adjective } == true
                let tag = n == 1 && entries.allSatisfy({ $0.form == .adjective }) && !plural ? adjective : properNoun
                for j in i..<(i + n) where segmentation.isCapitalized(j) { known[j - range.lowerBound] = tag }
                i += n
            }
        }
        return known
    }
}
