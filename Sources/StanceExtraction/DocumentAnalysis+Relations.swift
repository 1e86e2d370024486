import StanceGraph

extension DocumentAnalysis {
    /// The relations every sentence states, with evidence.
    func relations() -> [Relation] {
        var result: [Relation] = []
        var offices = Set<ActorID>()
        let scalarIndex = scalarOffsets()
        for s in sentences.indices {
            var seen = Set<String>()
            var produced: [(match: CueMatch, source: Mention, target: Mention)] = []
            let matches = findCues(in: s)
            for (n, match) in matches.enumerated() {
                let clause = clause(around: match.start, in: s)
                // The content of a request or threat ("urged X to attack") is not itself asserted.
                if n > 0, (match.start - 2..<match.start).contains(where: { key($0) == "to" }),
                    let previous = produced.last, previous.match.end <= match.start, clause.contains(previous.match.start),
                    [.request, .threaten, .agree].contains(previous.match.cue.kind)
                {
                    continue
                }
                // "expects Iraq to expel the US", "urged Israel to halt": a wish, not an act.
                if (match.start - 3..<match.start).contains(where: { $0 >= clause.lowerBound && key($0) == "to" }),
                    (clause.lowerBound..<match.start).contains(where: { isMarker($0, .request) })
                {
                    continue
                }
                for (source, target, kind) in arguments(for: match, in: s, clause: clause, produced: produced) {
                    guard let relation = makeRelation(match, kind: kind, source: source, target: target, sentence: s, clause: clause, scalarIndex: scalarIndex)
                    else { continue }
                    let signature = "\(relation.source)|\(relation.target)|\(relation.kind)"
                    guard seen.insert(signature).inserted else { continue }
                    result.append(relation)
                    produced.append((match, source, target))
                }
            }
            // Offices stated with a title: "Iraq's prime minister", "Iranian President Hassan Rouhani".
            for mention in mentions[s] where mention.hasTitle {
                guard let person = mention.actor, knowledge.actors[person]?.kind == .person, !offices.contains(person),
                    let role = currentRole(of: person)
                else { continue }
                offices.insert(person)
                let range = sentences[s]
                let start = scalarIndex[range.lowerBound], end = scalarIndex[range.upperBound - 1] + (tokens[range.upperBound - 1].end - tokens[range.upperBound - 1].start)
                result.append(Relation(
                    source: person, target: role.organisation, kind: .office, mode: role.office.rawValue,
                    modality: .asserted, date: document.date, confidence: 0.95,
                    evidence: Evidence(
                        document: document.id, sentenceIndex: s, characterRange: start..<end,
                        sentence: text(range), speaker: nil, cue: text(mention.start..<mention.end))))
            }
        }
        return result
    }

    /// Scalar offsets of each token start (tokens already carry them; kept for clarity).
    func scalarOffsets() -> [Int] { tokens.map(\.start) }

    func currentRole(of person: ActorID) -> Role? {
        let roles = knowledge.roles(of: person)
        let held = anchor.map { day in roles.filter { $0.isHeld(on: day) } } ?? roles.filter { $0.to == nil }
        return held.min { RelationGraph.rankForHead($0.office) < RelationGraph.rankForHead($1.office) }
    }

    /// Source and target mentions for a cue, and the kind after negation.
    func arguments(
        for match: CueMatch, in s: Int, clause: Range<Int>,
        produced: [(match: CueMatch, source: Mention, target: Mention)]
    ) -> [(Mention, Mention, RelationKind)] {
        let cue = match.cue
        let context = context(before: match, clause: clause, in: s)
        var kind = cue.kind
        if context.negated {
            switch cue.negation {
            case .drop:
                return []
            case .becomes(.reject):
                kind = .reject
            case .becomes(let pledge):
                let pledged = context.future || context.allowing || (context.present && !context.past)
                guard pledged, !context.refused else { return [] }
                kind = pledge
            }
        }
        // "Iran-backed Houthis": the prefix is the source, the modified noun the target.
        if cue.isSuffix {
            guard let source = mentions[s].last(where: { $0.end == match.start - 1 && $0.actor != nil }),
                let target = firstMention(after: match.end, within: 3, in: s, bound: sentences[s].upperBound)
            else { return [] }
            return [(source, target, kind)]
        }
        for rule in cue.targets {
            switch rule {
            case .pair:
                guard let (first, second) = pair(for: match, in: s, clause: clause) else { continue }
                var other = second
                if other == nil {
                    // "the US is a major ally": the partner is the sentence's subject.
                    other = mentions[s].first { $0.actor != nil && $0.actor != first.actor && !isInPrepositionalPhrase($0) && $0.end <= first.start }
                        .map { head(of: $0, in: s) }
                }
                guard let other else { continue }
                let (a, b) = other.start < first.start ? (other, first) : (first, other)
                if kind.isSymmetric { return [(a, b, kind)] }
                return [(a, b, kind), (b, a, kind)]
            case .fromReversed:
                guard let fromIndex = (match.end..<min(clause.upperBound, match.end + 5)).first(where: { key($0) == "from" }),
                    let source = firstMention(after: fromIndex + 1, within: 5, in: s, bound: clause.upperBound),
                    let target = subject(before: match.start, in: s, clause: clause)
                else { continue }
                return [(source, target, kind)]
            case .none:
                continue
            case .object, .preposition:
                break
            }
            // Passive voice: "many of which are backed by Iran".
            let byIndex = (match.end..<min(clause.upperBound, match.end + 3)).first { key($0) == "by" }
            let passive = cue.isParticiple && (byIndex != nil || (match.start - 2..<match.start).contains { $0 >= 0 && isMarker($0, .be) })
            if passive {
                guard let byIndex, let source = firstMention(after: byIndex + 1, within: 4, in: s, bound: clause.upperBound),
                    let target = subject(before: match.start, in: s, clause: clause)
                else { return [] }
                return [(source, target, kind)]
            }
            guard let target = target(for: match, rule: rule, in: s, clause: clause) else { continue }
            guard let source = source(for: match, kind: kind, target: target, in: s, clause: clause, produced: produced) else { return [] }
            return [(source, target, kind)]
        }
        return []
    }

    /// The actor a cue's statement comes from.
    func source(
        for match: CueMatch, kind: RelationKind, target: Mention, in s: Int, clause: Range<Int>,
        produced: [(match: CueMatch, source: Mention, target: Mention)]
    ) -> Mention? {
        let cue = match.cue
        if cue.isNoun {
            // "Iran's aggression", "US sanctions", "Israeli airstrikes".
            var j = match.start - 1
            var skipped = 0
            while j >= clause.lowerBound && skipped <= 2 {
                if tokens[j].kind == .possessive { j -= 1; continue }
                if let m = mentions[s].first(where: { $0.end == j + 1 && $0.actor != nil }), m.start != target.start {
                    return m
                }
                guard tokens[j].isWord, !tokens[j].isCapitalized || isMarker(j, .determiner), !isPreposition(j) else { break }
                j -= 1
                skipped += 1
            }
            if let byIndex = (match.end..<min(clause.upperBound, match.end + 3)).first(where: { key($0) == "by" }),
                let m = firstMention(after: byIndex + 1, within: 4, in: s, bound: clause.upperBound)
            {
                return m
            }
            guard [.consult, .agree, .cooperate, .support, .aid, .nonAggression, .nonInterference, .alliance, .request].contains(kind) else { return nil }
        }
        guard var subject = subject(before: match.start, in: s, clause: clause) else {
            // Inside a quotation with no subject of its own, the speaker speaks.
            return nil
        }
        // Coordination: "X met Y and praised Z" keeps X as the subject of "praised".
        if let previous = produced.last, previous.target.start == subject.start,
            (previous.match.end..<match.start).contains(where: { key($0) == "and" })
        {
            subject = previous.source
        }
        return subject
    }

    func makeRelation(
        _ match: CueMatch, kind: RelationKind, source: Mention, target: Mention, sentence s: Int,
        clause: Range<Int>, scalarIndex: [Int]
    ) -> Relation? {
        let speaker = speaker(forCueAt: match.start, sentence: s)
        func actor(_ mention: Mention) -> ActorID? {
            if mention.kind == .firstPerson {
                guard let speaker else { return nil }
                return knowledge.actors[speaker]?.kind == .person ? (currentRole(of: speaker)?.organisation ?? speaker) : speaker
            }
            return mention.actor
        }
        guard let sourceID = actor(source), let targetID = actor(target), sourceID != targetID,
            knowledge.actors[sourceID] != nil, knowledge.actors[targetID] != nil
        else { return nil }
        let context = context(before: match, clause: clause, in: s)
        var modality = modality(for: match, context: context, in: s, clause: clause)
        if kind.isPledge && modality == .intended { modality = .asserted }
        var confidence = 0.8
        if source.kind == .reference || target.kind == .reference { confidence -= 0.15 }
        if source.kind == .firstPerson || target.kind == .firstPerson { confidence -= 0.05 }
        if modality == .hypothetical { confidence -= 0.2 }
        if modality == .reported { confidence -= 0.1 }
        if abs(match.start - target.start) <= 3 { confidence += 0.1 }
        let range = sentences[s]
        let start = tokens[range.lowerBound].start, end = tokens[range.upperBound - 1].end
        return Relation(
            source: sourceID, target: targetID, kind: kind, mode: match.cue.mode, modality: modality,
            date: relationDate(in: s), confidence: min(0.99, max(0.1, confidence)),
            evidence: Evidence(
                document: document.id, sentenceIndex: s, characterRange: start..<end,
                sentence: text(range), speaker: speaker, cue: text(match.start..<match.end)))
    }

    /// The day a sentence refers to: a weekday ("on Monday"), "yesterday" or
    /// "today" relative to the anchor, or the anchor itself.
    func relationDate(in s: Int) -> Day? {
        // An anchor inferred from offices places roles, not events: no date then.
        guard let anchor = document.date else { return nil }
        let weekdays = ["monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6, "sunday": 7]
        for i in sentences[s] {
            let k = key(i)
            if k == "yesterday" && !inQuote[i] { return anchor.adding(days: -1) }
            if let weekday = weekdays[k], !inQuote[i] {
                let back = (anchor.weekday - weekday + 7) % 7
                return anchor.adding(days: -back)
            }
        }
        return anchor
    }
}
