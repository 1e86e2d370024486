import EnglishSyntax
import StanceGraph

/// A stance cue found in a parsed sentence.
struct CueMatch: Sendable {
    /// Token indexes in the document, end exclusive.
    var start: Int
    var end: Int
    var cue: Cue
    /// The cue's head in the sentence's tree: the word of the span whose
    /// head lies outside it ("call" of "call on", "enemies" of "arch-enemies").
    var head: Int
    /// Other readings of the same words, tried in order when `cue` finds no
    /// arguments: the noun "attack on X" after the verb "attack X".
    var alternatives: [Cue] = []
    /// Whether the tagger read the head as a verb ("began shelling Turkish
    /// positions"), whatever the lexicon lists: arguments are then found as a verb's.
    var isVerbal = false
}

/// The sixth stage: the stance cues of a parsed sentence, longest pattern
/// first at each word, not inside names, and read as a verb or a noun as
/// the tagger read the head word.
struct CueMatcher {
    let segmentation: Segmentation
    let knowledge: Knowledge

    func matches(in s: Int, tree: DependencyTree, mentions: [Mention]) -> [CueMatch] {
        let range = segmentation.sentences[s]
        var covered = Set<Int>()
        // Names and descriptions ("the alliance's border") are not cues, but a
        // possessed one still states a tie ("its ally", "its alliance with X").
        for mention in mentions where mention.kind != .firstPerson {
            if mention.kind == .reference, segmentation.isMarker(mention.start, .possessive) { continue }
            for t in mention.start..<mention.end { covered.insert(t) }
        }
        var found: [CueMatch] = []
        var i = range.lowerBound
        while i < range.upperBound {
            guard segmentation.facts[i].startsCue, !covered.contains(i), let candidates = knowledge.cues[segmentation.keys[i]],
                !isInsideProperName(i, sentence: range)
            else {
                i += 1
                continue
            }
            let afterHyphen = i >= 2 && segmentation.key(i - 1) == "-" && !segmentation.tokens[i - 2].spaceAfter
                && !segmentation.tokens[i - 1].spaceAfter
            var readings: [(end: Int, cue: Cue)] = []
            for cue in candidates where cue.isSuffix == afterHyphen || (!cue.isSuffix && !afterHyphen) {
                guard let end = match(cue, at: i, limit: range.upperBound, covered: covered) else { continue }
                if let first = readings.first, first.end != end || first.cue.words.count != cue.words.count { continue }
                readings.append((end, cue))
            }
            guard let first = readings.first else {
                i += 1
                continue
            }
            // A verb phrase's head is its verb, however the parser hung the words after it.
            let span = (i - range.lowerBound)..<(first.end - range.lowerBound)
            // A fixed phrase that opens with a noun ("export controls") is a noun phrase, headed as the tree says.
            let opensWithVerb = [.verb, .aux].contains(tree.tags[span.lowerBound]) || tree.xtags[span.lowerBound].hasPrefix("VB")
            let verbPhrase = readings.allSatisfy { !$0.cue.isNoun && $0.cue.words.count > 1 && (opensWithVerb || !$0.cue.isFixed) }
                && readings.contains { $0.cue.phrase.contains(" ") && !$0.cue.isSuffix }
            var head = verbPhrase ? span.lowerBound : Self.head(of: span, in: tree)
            var end = first.end
            // "a bombing campaign against", "mediation efforts between": a cue noun compounded on a
            // carrier noun is the phrase's act, and takes the carrier's place in the tree.
            if !verbPhrase, let carrier = carrier(of: head, after: span, in: tree, sentence: range) {
                head = carrier
                end = range.lowerBound + carrier + 1
            }
            // The reading whose part of speech the tagger agrees with comes first.
            let tag = tree.tags[head]
            let verbal = tag == .verb || tag == .aux || (tag == .adj && tree.xtags[head].hasPrefix("VB"))
            let nominal = tag == .noun || tag == .propn || tag == .num
            let ordered = readings.map(\.cue).sorted { a, b in
                func fits(_ cue: Cue) -> Bool { cue.isNoun ? nominal : (verbal || (!nominal && !cue.isNoun)) }
                return fits(a) && !fits(b)
            }
            found.append(CueMatch(
                start: i, end: end, cue: ordered[0], head: head, alternatives: Array(ordered.dropFirst()),
                isVerbal: verbal || (!nominal && !ordered[0].isNoun)))
            i = end
        }
        return found
    }

    /// The carrier noun a cue noun is compounded on ("campaign" of "a bombing campaign", "package"
    /// of "a new sanctions package"), when only compounds stand between them; nil otherwise.
    func carrier(of head: Int, after span: Range<Int>, in tree: DependencyTree, sentence range: Range<Int>) -> Int? {
        guard tree.labels[head].universal == "compound", [.noun, .propn].contains(tree.tags[head]) else { return nil }
        let up = tree.heads[head]
        guard up >= span.upperBound, segmentation.isMarker(range.lowerBound + up, .carrier),
            [.noun, .propn].contains(tree.tags[up]),
            (span.upperBound..<up).allSatisfy({ tree.heads[$0] == up && tree.labels[$0].universal == "compound" })
        else { return nil }
        return up
    }

    /// The word of `span` whose head lies outside it (the first such when several do).
    static func head(of span: Range<Int>, in tree: DependencyTree) -> Int {
        span.first { !span.contains(tree.heads[$0]) } ?? span.lowerBound
    }

    /// Whether a capitalised word continues a name ("the Court of Appeals
    /// for", "Defence Forces"): such words are not cues.
    func isInsideProperName(_ i: Int, sentence: Range<Int>) -> Bool {
        guard segmentation.isCapitalized(i), !segmentation.isAllCaps(i), i > sentence.lowerBound else { return false }
        var j = i - 1
        if segmentation.isMarker(j, .nameJoiner), j > sentence.lowerBound { j -= 1 }
        guard segmentation.isWord(j), segmentation.isCapitalized(j) else { return false }
        // A capital at the sentence start proves nothing unless a joining word follows it.
        return j > sentence.lowerBound || j < i - 1
    }

    /// Where `cue` ends when it matches at `start`, or nil.
    func match(_ cue: Cue, at start: Int, limit: Int, covered: Set<Int>) -> Int? {
        var i = start
        var w = 0
        while w < cue.words.count {
            if let word = cue.words[w] {
                guard i < limit, segmentation.keys[i] == word else { return nil }
                i += 1
                w += 1
            } else {
                // A gap of up to three words before the next word.
                guard w + 1 < cue.words.count, let next = cue.words[w + 1] else { return nil }
                var j = i
                var words = 0
                while j < limit && words < 4 && segmentation.keys[j] != next {
                    // A hyphen inside a word ("long-range") joins, it does not count.
                    if segmentation.keys[j] == "-", j > i, !segmentation.tokens[j - 1].spaceAfter, !segmentation.tokens[j].spaceAfter {
                        j += 1
                        continue
                    }
                    // A gap that holds the target may hold a name ("make Finland safer"), whose words
                    // do not count toward the three ("took more than 200 Israelis hostage").
                    // A name's possessive mark belongs to the name ("became NATO's 32nd member").
                    let name = covered.contains(j) || (j > i && covered.contains(j - 1) && segmentation.isPossessiveMark(j))
                    if !(segmentation.isWord(j) || name) || (name && !cue.targets.contains(.gap)) { return nil }
                    j += 1
                    if !name { words += 1 }
                }
                guard j < limit, words < 4, segmentation.keys[j] == next else { return nil }
                i = j + 1
                w += 2
            }
        }
        return i
    }
}
