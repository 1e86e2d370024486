import StanceGraph

/// A stance cue found in a sentence.
struct CueMatch {
    var start: Int
    var end: Int
    var cue: Cue
    /// Other readings of the same words, tried in order when `cue` finds no
    /// arguments: the noun "attack on X" after the verb "attack X".
    var alternatives: [Cue] = []
}

extension DocumentAnalysis {
    /// Cues in a sentence, longest pattern first at each word, not overlapping
    /// names.
    func findCues(in s: Int) -> [CueMatch] {
        let range = sentences[s]
        var covered = Set<Int>()
        // Names and descriptions ("the alliance's border") are not cues, but a
        // possessed one still states a tie ("its ally", "its alliance with X").
        for mention in mentions[s] where mention.kind != .firstPerson {
            if mention.kind == .reference, ["its", "their", "his", "her", "our"].contains(key(mention.start)) { continue }
            for t in mention.start..<mention.end { covered.insert(t) }
        }
        var found: [CueMatch] = []
        var i = range.lowerBound
        while i < range.upperBound {
            guard facts(i).startsCue, !covered.contains(i), let candidates = knowledge.cues[tokens[i].key], !isInsideProperName(i, sentence: range) else { i += 1; continue }
            let afterHyphen = i >= 2 && tokens[i - 1].key == "-" && tokens[i - 1].start == tokens[i - 2].end
                && tokens[i].start == tokens[i - 1].end
            var matched: CueMatch?
            for cue in candidates where cue.isSuffix == afterHyphen || (!cue.isSuffix && !afterHyphen) {
                guard let end = match(cue, at: i, limit: range.upperBound, covered: covered) else { continue }
                if matched == nil {
                    matched = CueMatch(start: i, end: end, cue: cue)
                } else if matched!.end == end, cue.words.count == matched!.cue.words.count {
                    matched!.alternatives.append(cue)
                }
            }
            if let matched {
                found.append(matched)
                i = matched.end
            } else {
                i += 1
            }
        }
        return found
    }

    /// Whether a capitalised word continues a name ("the Court of Appeals for",
    /// "Defence Forces"): such words are not cues.
    func isInsideProperName(_ i: Int, sentence: Range<Int>) -> Bool {
        guard tokens[i].isCapitalized, !tokens[i].isAllCaps, i > sentence.lowerBound else { return false }
        var j = i - 1
        if ["of", "for", "and", "the"].contains(key(j)), j > sentence.lowerBound { j -= 1 }
        guard tokens[j].isWord, tokens[j].isCapitalized else { return false }
        // A capital at the sentence start proves nothing unless a joining word follows it.
        return j > sentence.lowerBound || j < i - 1
    }

    func match(_ cue: Cue, at start: Int, limit: Int, covered: Set<Int>) -> Int? {
        var i = start
        var w = 0
        while w < cue.words.count {
            if let word = cue.words[w] {
                guard i < limit, tokens[i].key == word else { return nil }
                i += 1
                w += 1
            } else {
                // A gap of up to three words before the next word.
                guard w + 1 < cue.words.count, let next = cue.words[w + 1] else { return nil }
                var j = i
                while j < min(limit, i + 4) && tokens[j].key != next {
                    // A gap that holds the target may hold a name ("make Finland safer").
                    if tokens[j].kind == .punctuation || (covered.contains(j) && !cue.targets.contains(.gap)) { return nil }
                    j += 1
                }
                guard j < min(limit, i + 4) else { return nil }
                i = j + 1
                w += 2
            }
        }
        return i
    }

    /// The clause around `token`: bounded by clause-breaking words and semicolons.
    func clause(around token: Int, in s: Int) -> Range<Int> {
        let range = sentences[s]
        var lower = token
        while lower > range.lowerBound && !isClauseBreak(lower - 1) { lower -= 1 }
        var upper = token
        while upper < range.upperBound && !isClauseBreak(upper) { upper += 1 }
        return lower..<upper
    }

    func isClauseBreak(_ i: Int) -> Bool {
        tokens[i].key == ";" || isMarker(i, .clauseBreak)
    }

    func isPreposition(_ i: Int) -> Bool { isMarker(i, .preposition) }

    /// Whether a mention sits inside a prepositional phrase ("in Baghdad", "alongside Rouhani").
    func isInPrepositionalPhrase(_ mention: Mention) -> Bool {
        // Never look back into the sentence before (a headline has no full stop).
        let lower = sentenceOf(mention.start).map { sentences[$0].lowerBound } ?? 0
        var j = mention.start - 1
        var skipped = 0
        while j >= lower && skipped < 3 && (isMarker(j, .determiner) || (tokens[j].isWord && !tokens[j].isCapitalized && !isPreposition(j) && !isMarker(j, .speech) && skipped < 2 && !isMarker(j, .be))) {
            if isPreposition(j) { break }
            j -= 1
            skipped += 1
        }
        guard j >= lower else { return false }
        return isPreposition(j) && tokens[j].key != "of"
    }

    /// Prefers the head over a possessor directly before it ("Iraq's PMF" is the PMF).
    func head(of mention: Mention, in s: Int) -> Mention {
        guard mention.isPossessive,
            let next = mentions[s].first(where: { $0.start == mention.end + 1 || ($0.start == mention.end && mention.kind == .reference) })
        else { return mention }
        return next
    }

    /// Whether a mention only modifies a following word ("Iran-aligned parties").
    func isModifier(_ mention: Mention) -> Bool {
        mention.end + 1 < tokens.count && tokens[mention.end].key == "-" && tokens[mention.end].start == tokens[mention.end - 1].end
            && !(sentenceOf(mention.start).map { mentions[$0] } ?? []).contains { $0.start == mention.end + 1 }
    }

    /// The nearest mention left of `token` in its clause that can be a subject.
    ///
    /// A relative pronoun right before the verb ("Khamenei, who praised")
    /// points to the mention before it, even inside a prepositional phrase.
    func subject(before token: Int, in s: Int, clause: Range<Int>) -> Mention? {
        let candidates = mentions[s].filter { ($0.actor != nil || $0.kind == .firstPerson) && $0.end <= token && $0.start >= clause.lowerBound && !isModifier($0) }
        var j = token - 1
        while j >= clause.lowerBound && j > token - 6 && (isVerbGroupWord(j) || tokens[j].key == ",") {
            if isMarker(j, .relative) {
                var k = j - 1
                if k >= 0 && tokens[k].key == "," { k -= 1 }
                if let antecedent = candidates.last(where: { $0.end == k + 1 }) { return antecedent }
                break
            }
            j -= 1
        }
        for mention in candidates.reversed() {
            if mention.inApposition { continue }
            if mention.isPossessive, candidates.contains(where: { $0.start == mention.end + 1 }) { continue }
            if mention.isPossessive && mention.kind == .reference { continue }
            if isInPrepositionalPhrase(mention) { continue }
            return headModifier(before: mention, among: candidates) ?? mention
        }
        return nil
    }

    /// For a name inside an of-phrase, the name modifying the phrase's head:
    /// "the Turkish and Greek sides of the island of Cyprus" is the Turkish and
    /// Greek sides. Only one or two plain words may stand between that name and
    /// the first "of", and only words and "of" after it.
    func headModifier(before mention: Mention, among candidates: [Mention]) -> Mention? {
        guard let modifier = candidates.last(where: { $0.end < mention.start }), !modifier.isPossessive, !modifier.inApposition,
            modifier.kind == .sector || modifier.kind == .name(.adjective), !isInPrepositionalPhrase(modifier),
            let of = (modifier.end..<mention.start).first(where: { key($0) == "of" }),
            (1...2).contains(of - modifier.end), mention.start - of <= 7
        else { return nil }
        let plain = (modifier.end..<of).allSatisfy { j in
            tokens[j].isWord && !tokens[j].isCapitalized && !isVerbGroupWord(j) && !isPreposition(j) && markerMask(j) == 0
        }
        let rest = (of..<mention.start).allSatisfy { j in tokens[j].isWord && (!isPreposition(j) || key(j) == "of") && !isMarker(j, .speech) && !isMarker(j, .be) }
        return plain && rest ? modifier : nil
    }

    /// The first mention after position `from` within `limit` tokens, skipping possessors.
    func firstMention(after from: Int, within limit: Int, in s: Int, bound: Int) -> Mention? {
        guard let m = mentions[s].first(where: { $0.start >= from && $0.start < min(bound, from + limit) && ($0.actor != nil || $0.kind == .firstPerson) && !isModifier($0) }) else { return nil }
        return head(of: m, in: s)
    }

    func target(for match: CueMatch, rule: TargetRule, in s: Int, clause: Range<Int>) -> Mention? {
        switch rule {
        case .object:
            var j = match.end
            var skipped = 0
            while j < clause.upperBound && skipped <= 4 {
                if let m = mentions[s].first(where: { $0.start == j }), m.actor != nil || m.kind == .firstPerson {
                    return head(of: m, in: s)
                }
                // "more than 60 Israeli hostages", "up to 16 Russian advisers": a quantity, not a preposition.
                let quantity = (key(j) == "than" && ["more", "fewer", "less"].contains(key(j - 1)))
                    || (key(j) == "to" && key(j - 1) == "up" && j + 1 < clause.upperBound && tokens[j + 1].kind == .number)
                // "shelled positions of the Palestinian police": the owner of the thing acted on.
                let owner = key(j) == "of" && skipped > 0 && j - 1 >= match.end && tokens[j - 1].isWord && !tokens[j - 1].isCapitalized
                    && !isMarker(j - 1, .determiner) && !isPreposition(j - 1)
                if (isPreposition(j) && !quantity && !owner) || isMarker(j, .clauseBreak) || isMarker(j, .speech) || key(j) == "that" { return nil }
                if tokens[j].kind == .punctuation && tokens[j].key != "-" { return nil }
                if isMarker(j, .be) { return nil }
                // "pledged funds and Syria is taxing": a conjunction ends the object.
                if ["and", "or", "but"].contains(key(j)) { return nil }
                j += 1
                skipped += 1
            }
            return nil
        case .preposition(let word):
            var j = match.end
            while j < min(clause.upperBound, match.end + 10) {
                // "demanded that Iran ...": the complement's subject, for cues that take one.
                if word == "that" && tokens[j].key == "that" {
                    return firstMention(after: j + 1, within: 4, in: s, bound: clause.upperBound)
                }
                // "promised that Tehran will ...": a complement clause has its own verb.
                if tokens[j].key == "that" || isMarker(j, .speech) { return nil }
                // "the attack was retaliation for a strike on ...": a copula starts a new predicate.
                if isMarker(j, .be), j + 1 < clause.upperBound, isMarker(j + 1, .determiner) || !(key(j + 1).hasSuffix("ed") || key(j + 1).hasSuffix("en")) {
                    return nil
                }
                if tokens[j].key == word {
                    return firstMention(after: j + 1, within: 6, in: s, bound: clause.upperBound)
                }
                j += 1
            }
            return nil
        case .gap:
            return mentions[s].first { $0.start > match.start && $0.end < match.end && $0.actor != nil }.map { head(of: $0, in: s) }
        case .pair, .fromReversed, .none, .speaker, .prior, .accuser, .content, .infinitive:
            return nil
        }
    }

    /// Mentions joined by "and", "-" or "," directly around the cue.
    func pair(for match: CueMatch, in s: Int, clause: Range<Int>) -> (Mention, Mention?)? {
        let joiners: Set<String> = ["and", "-", ",", "&"]
        let list = mentions[s].filter { $0.actor != nil }
        // After: "arch-enemies Iran and the United States", "talks between X and Y".
        if let first = list.first(where: { $0.start >= match.end && $0.start <= match.end + 3 && $0.start < clause.upperBound }) {
            let gap = (match.end..<first.start).allSatisfy { isMarker($0, .determiner) || ["between", "with", "among"].contains(key($0)) || tokens[$0].kind == .quote }
            // "a war of words with Washington and Seoul": the subject against each of them.
            if gap, (match.end..<first.start).contains(where: { key($0) == "with" }) { return (first, nil) }
            if gap {
                if let second = list.first(where: { $0.start > first.end && $0.start <= first.end + 2 }),
                    (first.end..<second.start).allSatisfy({ joiners.contains(key($0)) || isMarker($0, .determiner) })
                {
                    return (first, second)
                }
                if ["with"].contains(key(first.start - 1)) || ["between"].contains(key(match.end)) == false {
                    if (match.end..<first.start).contains(where: { key($0) == "with" }) { return (first, nil) }
                }
            }
        }
        // Before: "US-Iran talks", "Iran and the US are rivals", "the US is an ally".
        if let last = list.last(where: { $0.end <= match.start && $0.end >= match.start - 5 && $0.start >= clause.lowerBound }) {
            let between = last.end..<match.start
            let gapOK = between.allSatisfy { isMarker($0, .determiner) || isMarker($0, .be) || (tokens[$0].isWord && !tokens[$0].isCapitalized && !isPreposition($0) && !isMarker($0, .speech)) }
            if gapOK {
                if let first = list.last(where: { $0.end < last.start && $0.end >= last.start - 2 }),
                    (first.end..<last.start).allSatisfy({ joiners.contains(key($0)) || isMarker($0, .determiner) })
                {
                    return (first, last)
                }
                return (last, nil)
            }
        }
        return nil
    }

    /// Negation, tense and modality in the words just before the cue.
    struct Context {
        var negated = false
        var past = false
        var future = false
        var present = false
        var allowing = false
        var refused = false
    }

    /// Words that can stand between a subject and its verb, or between a
    /// negation and the word it negates: auxiliaries, modals, adverbs,
    /// determiners, "to", and verbs of allowing and intending.
    func isVerbGroupWord(_ j: Int) -> Bool {
        let k = tokens[j].key
        if isNegation(j) || isMarker(j, .determiner) || isMarker(j, .be) || isMarker(j, .future) || isMarker(j, .relative) { return true }
        if k.hasSuffix("ly") && k.count > 3 { return true }
        return Self.verbGroupWords.contains(k)
    }

    static let verbGroupWords: Set<String> = [
        "to", "do", "does", "did", "don't", "doesn't", "didn't", "have", "has", "had", "haven't", "hasn't", "hadn't",
        "can", "can't", "cannot", "may", "must", "should", "shouldn't", "ever", "also", "further", "again", "still",
        "allow", "allows", "allowed", "permit", "permits", "let", "tolerate", "tolerates", "intention", "intend", "intends",
        "attempt", "attempts", "seek", "seeks", "want", "wants", "try", "tries", "and", "continue", "continues", "continued",
        "decided", "agreed", "refused", "refuses", "refuse", "refusing", "declined", "declines", "declining", "denied", "denies", "threatened",
        "failed", "fails", "failing",
        "going", "able", "ready", "willing", "even", "jointly", "formally", "officially", "reportedly",
    ]

    /// Verbs whose "to" complement is a decided or intended act, not a done one.
    static let decisionVerbs: Set<String> = [
        "agreed", "agree", "agrees", "decided", "decide", "decides", "voted", "vote", "votes", "resolved",
        "pledged", "vowed", "promised", "threatened", "threatens", "intends", "plans", "planned", "aims",
    ]

    func context(before match: CueMatch, clause: Range<Int>, in s: Int) -> Context {
        var context = Context()
        var j = match.start - 1
        var adjectives = match.cue.isNoun ? 1 : 0
        while j >= clause.lowerBound && j >= match.start - 10 {
            let k = tokens[j].key
            if !isVerbGroupWord(j) {
                // One adjective before a noun cue: "any military aggression".
                if adjectives > 0 && tokens[j].isWord && !tokens[j].isCapitalized && !isPreposition(j) {
                    adjectives -= 1
                    j -= 1
                    continue
                }
                break
            }
            if isNegation(j) { context.negated = true }
            if ["refused", "refuses", "refuse", "refusing", "declined", "declines", "declining", "failed", "fails", "failing"].contains(k) { context.negated = true; context.refused = true }
            if ["denied", "denies"].contains(k) { context.negated = true; context.past = true }
            if ["did", "didn't", "had", "hadn't", "was", "wasn't", "were", "weren't"].contains(k) { context.past = true }
            if isMarker(j, .future) || k == "won't" || k == "wouldn't" || k == "shan't" { context.future = true }
            if ["does", "doesn't", "do", "don't", "is", "isn't", "are", "aren't", "cannot", "can't"].contains(k) { context.present = true }
            if ["allow", "allows", "allowed", "permit", "permits", "let", "tolerate", "tolerates", "intention", "intend", "intends", "attempt", "attempts", "seek", "seeks"].contains(k) { context.allowing = true }
            j -= 1
        }
        // "no aggression", "without interference" directly before a noun cue.
        if match.cue.isNoun && match.start > clause.lowerBound && ["no", "without", "non"].contains(key(match.start - 1)) {
            context.negated = true
        }
        return context
    }

    func modality(for match: CueMatch, context: Context, in s: Int, clause: Range<Int>) -> Modality {
        let range = sentences[s]
        let planned = (range.lowerBound..<match.start).contains { isMarker($0, .plan) }
        let cancelled = (match.start..<range.upperBound).contains { isMarker($0, .cancel) }
            || (s + 1 < sentences.count && sentences[s + 1].contains { isMarker($0, .cancel) } && planned)
        if planned && cancelled { return .plannedThenCancelled }
        // "postponed a planned trip", "cancelled his visit to": the cue is the object of the calling-off.
        if (max(clause.lowerBound, match.start - 4)..<match.start).contains(where: { isMarker($0, .cancel) }) {
            return .plannedThenCancelled
        }
        let window = max(clause.lowerBound, match.start - 8)..<match.start
        if window.contains(where: { isMarker($0, .hypothetical) }) || clause.contains(where: { key($0) == "if" || key($0) == "unless" }) {
            return .hypothetical
        }
        // "vowing to destroy", "pledged to retaliate": the intent is part of the cue.
        let intentInCue = (match.start..<match.end).contains { isMarker($0, .future) }
        // "agreed on Wednesday to broaden sanctions", "decided to send troops".
        let decided = (max(clause.lowerBound, match.start - 8)..<match.start).contains { j in
            Self.decisionVerbs.contains(key(j)) && (j + 1..<match.start).contains { key($0) == "to" }
        }
        if context.future || planned || intentInCue || decided { return .intended }
        if range.contains(where: { isMarker($0, .report) }) { return .reported }
        return .asserted
    }
}
