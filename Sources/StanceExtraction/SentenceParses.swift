import EnglishSyntax
import StanceGraph

/// The fifth stage: a dependency parse of each sentence that can yield a
/// relation. A relation needs a word that starts a stance cue and two
/// parties: two actors named or referred to in the sentence, or one and a
/// speaker (a first person, the speaker a quotation is attributed to). A
/// sentence with one party is parsed only when it may be half of a pair
/// across sentences: it takes a stance on an act ("the test", "the
/// strikes") and another actor was named in the two sentences before, or
/// one of the next two sentences does that about the acts named here. Most
/// sentences of most articles hold no such pair: on the Wikinews corpus
/// this parses 1,660 sentences of 12,577, 43% of the 3,846 that name an
/// actor and hold a cue, and finds the same relations.
///
/// The gazetteer's names go to the tagger as known tags: a capitalised word
/// of a name is nominal, a proper noun or a state's adjective, wherever it
/// stands. A tagger trained on web text alone reads an unfamiliar
/// sentence-initial "Ankara" as anything, and the parse around it fails.
struct SentenceParses: Sendable {
    /// Per sentence, its tree (word `i` is the sentence's `i`-th token), or nil when it was not parsed.
    let trees: [DependencyTree?]

    init(segmentation: Segmentation, mentions: [[Mention]], knowledge: Knowledge, attribution: Attribution) {
        guard let syntax = knowledge.syntax else {
            trees = Array(repeating: nil, count: segmentation.sentences.count)
            return
        }
        let parties = segmentation.sentences.indices.map { Self.parties(in: $0, segmentation: segmentation, mentions: mentions, attribution: attribution) }
        let holdsCue = segmentation.sentences.map { range in range.contains { segmentation.facts[$0].startsCue } }
        // An act named ("the test") or an answer to one ("vowed revenge", "threatened retaliation"): a cue
        // whose target may be the last one to act (the `prior` rule).
        let namesAct = segmentation.sentences.indices.map { s in
            holdsCue[s] && segmentation.sentences[s].contains { t in
                segmentation.isMarker(t, .act) || Self.answers(at: t, in: segmentation.sentences[s], segmentation: segmentation, knowledge: knowledge)
            }
        }
        trees = segmentation.sentences.indices.map { s in
            let range = segmentation.sentences[s]
            guard !parties[s].isEmpty, holdsCue[s] else { return nil }
            if parties[s].count < 2 {
                // One party: a stance here on an act of the last sentences ("The test was condemned by
                // Japan"), or an act here that a stance in the next sentences is about.
                let others = { (t: Int) in !parties[t].isSubset(of: parties[s]) }
                let earlier = max(0, s - 2)..<s
                let later = (s + 1)..<min(parties.count, s + 3)
                guard (namesAct[s] && earlier.contains(where: others)) || later.contains(where: { namesAct[$0] && others($0) })
                else { return nil }
            }
            let known = Self.knownTags(range, mentions: mentions[s], segmentation: segmentation, knowledge: knowledge)
            var tree = syntax.analyze(segmentation.tokens[range], in: segmentation.scalars, known: known)
            FreeRelatives.nameTheirObjects(in: &tree) { segmentation.isMarker(range.lowerBound + $0, .naming) }
            CommaCoordination.coordinateSubjects(in: &tree, mentions: mentions[s], start: range.lowerBound)
            MeasurePhrases.raiseTheirActs(in: &tree) { segmentation.isMarker(range.lowerBound + $0, .measure) }
            ReducedPassives.attachToTheirNouns(in: &tree)
            return tree
        }
    }

    /// Whether a cue with the `prior` rule, an answer to an earlier act ("vowed revenge", "would be met
    /// with a response"), starts at token `t`: its first word there and its other words after it, in
    /// order, within the next twelve words of the sentence. Its first word alone ("be", "take") says
    /// too little.
    static func answers(at t: Int, in sentence: Range<Int>, segmentation: Segmentation, knowledge: Knowledge) -> Bool {
        guard segmentation.facts[t].startsCue, let cues = knowledge.cues[segmentation.keys[t]] else { return false }
        let window = (t + 1)..<min(sentence.upperBound, t + 13)
        return cues.contains { cue in
            guard cue.targets.contains(.prior) else { return false }
            var at = window.lowerBound
            for word in cue.words.dropFirst().compactMap({ $0 }) {
                guard let found = (at..<window.upperBound).first(where: { segmentation.keys[$0] == word }) else { return false }
                at = found + 1
            }
            return true
        }
    }

    /// A party to a relation a sentence may state.
    enum Party: Hashable {
        case actor(ActorID)
        /// "we", "our" not yet resolved to an actor: a speaker.
        case firstPerson
    }

    /// The actors a sentence names or refers to (with those coordinated
    /// with them), and its speakers.
    static func parties(in s: Int, segmentation: Segmentation, mentions: [[Mention]], attribution: Attribution) -> Set<Party> {
        var parties = Set<Party>()
        for mention in mentions[s] {
            if let actor = mention.actor {
                parties.insert(.actor(actor))
            } else if mention.kind == .firstPerson {
                parties.insert(.firstPerson)
            }
            for companion in mention.companions { parties.insert(.actor(companion)) }
        }
        for token in segmentation.sentences[s] {
            if let speaker = attribution.quoteSpeaker[token] { parties.insert(.actor(speaker)) }
        }
        return parties
    }

    static let properNoun = (UniversalTag.propn, "NNP")
    static let adjective = (UniversalTag.adj, "JJ")
    static let pastVerb = (UniversalTag.verb, "VBD")
    static let presentVerb = (UniversalTag.verb, "VBP")
    static let thirdPersonVerb = (UniversalTag.verb, "VBZ")
    static let infinitive = (UniversalTag.verb, "VB")

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
        // "The US froze aid to Egypt": a cue verb in a past form that can be nothing else is a finite
        // verb, which a tagger trained on web text may take for a noun when the form is rare.
        for i in range where known[i - range.lowerBound] == nil && segmentation.facts[i].startsCue
            && !segmentation.isCapitalized(i) && knowledge.simplePasts.contains(segmentation.keys[i])
        {
            known[i - range.lowerBound] = pastVerb
        }
        // "Ukraine shot down 20 drones", "Ethiopian jets bombed the town": a verb cue's past form right
        // after a state's or a group's name (not an adjective, not a possessive), or after a plural party,
        // is the finite verb, which the tagger may take for a noun or a participle.
        // So is a third-person present form that no noun cue ends in ("Iran backs Hezbollah"), and either
        // after a quantifier ("Germany, France and Italy all voiced support").
        for i in range.dropFirst() where known[i - range.lowerBound] == nil && segmentation.facts[i].startsCue
            && !segmentation.isCapitalized(i)
        {
            let key = segmentation.keys[i]
            let past = knowledge.verbCuePastParticiples.contains(key)
            guard past || knowledge.verbCueThirdPersons.contains(key) else { continue }
            let before = i - 1 > range.lowerBound && segmentation.isMarker(i - 1, .determiner) ? i - 1 : i
            let named = mentions.contains { m in
                guard m.end == before, m.actor != nil, !m.isPossessive, case .name(let form) = m.kind else { return false }
                return form != .adjective
            }
            if named || (past && isPluralParty(i - 1, mentions: mentions, segmentation: segmentation, knowledge: knowledge)) {
                known[i - range.lowerBound] = past ? pastVerb : thirdPersonVerb
            }
        }
        // A verb cue's lemma where only a verb can stand, which the tagger may take for a noun or a
        // pronoun: right after a plural party it is the finite verb in the present ("The
        // Palestinians reject proposed changes", "Iranian leaders threaten renewed attacks"); right
        // after a verb taking a bare infinitive it is that infinitive ("Egypt helped broker a truce").
        for i in range.dropFirst() where known[i - range.lowerBound] == nil && segmentation.facts[i].startsCue
            && !segmentation.isCapitalized(i) && knowledge.verbCueLemmas.contains(segmentation.keys[i])
        {
            if isPluralParty(i - 1, mentions: mentions, segmentation: segmentation, knowledge: knowledge) {
                known[i - range.lowerBound] = presentVerb
            } else if segmentation.isMarker(i - 1, .bareInfinitive) {
                known[i - range.lowerBound] = infinitive
            }
        }
        return known
    }

    /// Whether word `j` is a plural noun that is, or directly follows, an
    /// actor's name: "Palestinians", "the Kurds' allies" no (a possessive
    /// stands between), "Iranian leaders", "Syrian rebels". A capitalised
    /// word counts only as a people's plural ("Palestinians", whose singular
    /// is a state's adjective), so that "Hamas" is no plural.
    static func isPluralParty(
        _ j: Int, mentions: [Mention], segmentation: Segmentation, knowledge: Knowledge
    ) -> Bool {
        let key = segmentation.keys[j]
        guard key.count > 3, key.hasSuffix("s"), !key.hasSuffix("ss") else { return false }
        if segmentation.isCapitalized(j) {
            guard knowledge.names[String(key.dropLast())]?.contains(where: { $0.form == .adjective }) == true
            else { return false }
        }
        return mentions.contains { $0.actor != nil && ($0.end == j + 1 || $0.end == j) && $0.start <= j }
    }
}
