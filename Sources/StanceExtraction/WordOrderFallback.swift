import StanceGraph

/// Arguments read from word order, for a cue the parse gives none.
///
/// The parser is trained on web text and greedy; on long news sentences it
/// sometimes hangs a verb from the wrong clause ("Libya has offered to hand
/// over ..., a newspaper said" with "hand" under "said"). Then the subject
/// is the nearest actor before the cue in its clause, not inside a
/// prepositional phrase, and the object the first actor after it before
/// any preposition or verb; a preposition target is the first actor after
/// that preposition. These fallbacks are used only where the tree found no
/// source or no target, and their relations carry less confidence.
struct WordOrderFallback {
    let segmentation: Segmentation
    let sentence: Range<Int>
    let mentions: [Mention]
    /// Tokens that are no preposition of their own: particles ("sent soldiers to fight") and the
    /// later words of fixed expressions ("according to US officials").
    var notPrepositions: Set<Int> = []

    func key(_ i: Int) -> String { segmentation.key(i) }
    func marked(_ i: Int, _ marker: Marker) -> Bool { segmentation.isMarker(i, marker) }

    /// The clause around a token: bounded by clause-breaking words and semicolons.
    func clause(around token: Int) -> Range<Int> {
        func breaks(_ i: Int) -> Bool { key(i) == ";" || marked(i, .clauseBreak) }
        var lower = token
        while lower > sentence.lowerBound && !breaks(lower - 1) { lower -= 1 }
        var upper = token
        while upper < sentence.upperBound && !breaks(upper) { upper += 1 }
        return lower..<upper
    }

    func isInPrepositionalPhrase(_ m: Mention) -> Bool {
        var j = m.start - 1
        var skipped = 0
        while j >= sentence.lowerBound && skipped < 3
            && (marked(j, .determiner) || (segmentation.isWord(j) && !segmentation.isCapitalized(j) && !marked(j, .preposition)
                && !marked(j, .speech) && skipped < 2 && !marked(j, .be)))
        {
            j -= 1
            skipped += 1
        }
        guard j >= sentence.lowerBound else { return false }
        return marked(j, .preposition) && key(j) != "of"
    }

    /// A mention followed by `'s` and another mention: the possessor of that one.
    func possessesNext(_ m: Mention) -> Bool {
        m.isPossessive && mentions.contains { $0.start == m.end + 1 }
    }

    /// The nearest actor left of the cue in its clause that can be a subject.
    func subject(before token: Int) -> Mention? {
        let clause = self.clause(around: token)
        for m in mentions.reversed() where m.end <= token && m.start >= clause.lowerBound {
            guard m.actor != nil || m.kind == .firstPerson else { continue }
            // Nothing but verb-group words, adverbs and commas may follow it before a verb of saying.
            if (m.end..<token).contains(where: { marked($0, .speech) || key($0) == "that" }) { return nil }
            if possessesNext(m) || isInPrepositionalPhrase(m) { continue }
            return m
        }
        return nil
    }

    /// The first actor after the cue, before a preposition, a verb of saying, "that" or a conjunction.
    func object(after end: Int) -> Mention? {
        let clause = self.clause(around: max(sentence.lowerBound, end - 1))
        var j = end
        var skipped = 0
        while j < clause.upperBound && skipped <= 4 {
            if let m = mentions.first(where: { $0.start == j }), m.actor != nil || m.kind == .firstPerson {
                return possessesNext(m) ? mentions.first { $0.start == m.end + 1 } : m
            }
            if marked(j, .preposition) || marked(j, .speech) || marked(j, .be) || ["that", "and", "or", "but"].contains(key(j)) { return nil }
            if !segmentation.isWord(j) && key(j) != "-" { return nil }
            j += 1
            skipped += 1
        }
        return nil
    }

    /// The subject of the main clause after an opening phrase that holds the
    /// cue: "In a phone call with Blinken, China's top diplomat said ...".
    func introducedSubject(for start: Int) -> Mention? {
        guard marked(sentence.lowerBound, .preposition), !(sentence.lowerBound..<start).contains(where: { key($0) == "," }),
            let comma = (start..<sentence.upperBound).first(where: { key($0) == "," })
        else { return nil }
        return mentions.first { $0.start > comma && $0.start <= comma + 4 && $0.actor != nil && !possessesNext($0) }
            ?? mentions.first { $0.start > comma && $0.start <= comma + 4 && $0.actor != nil }.flatMap { m in mentions.first { $0.start == m.end + 1 } }
    }

    /// "X said (that) Y must ...": the actor Y ending right before the modal
    /// at `modal`, the verb of saying right before Y, and X, its subject.
    func saidModal(at modal: Int) -> (speaker: Mention, addressee: Mention)? {
        guard let addressee = mentions.last(where: { $0.actor != nil && $0.end <= modal && $0.end >= modal - 1 }) else { return nil }
        var j = addressee.start - 1
        if j >= sentence.lowerBound && key(j) == "that" { j -= 1 }
        guard j >= sentence.lowerBound, marked(j, .speech), let speaker = subject(before: j), speaker.actor != addressee.actor else { return nil }
        return (speaker, addressee)
    }

    /// The actors coordinated after `m`: "and Y", ", Y and Z", "or Y", each
    /// joined by a comma or a conjunction and nothing else.
    func coordinated(after m: Mention) -> [Mention] {
        var out: [Mention] = []
        var last = m
        while let next = mentions.first(where: { $0.start > last.end - 1 && $0.start <= last.end + 2 && $0.actor != nil }),
            (last.end..<next.start).allSatisfy({ [",", "and", "or"].contains(key($0)) }), next.start > last.end
        {
            out.append(next)
            last = next
        }
        return out
    }

    /// The first actor after `preposition`, found within ten words after the cue. The preposition
    /// of a border noun ("near the border with Ethiopia") names the border's other side, not the
    /// cue's target, and is passed over.
    func target(after end: Int, preposition: String) -> Mention? {
        let clause = self.clause(around: max(sentence.lowerBound, end - 1))
        var j = end
        while j < min(clause.upperBound, end + 10) {
            if key(j) != preposition && (key(j) == "that" || marked(j, .speech)) { return nil }
            if key(j) == preposition, !notPrepositions.contains(j), !(j > end && marked(j - 1, .border)) {
                return mentions.first { m in
                    m.start > j && m.start <= j + 5 && m.start < clause.upperBound && (m.actor != nil || m.kind == .firstPerson) && !possessesNext(m)
                }
            }
            j += 1
        }
        return nil
    }
}
