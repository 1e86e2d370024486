import StanceGraph

/// The third stage: pronouns, definite descriptions, bare titles and bare
/// sectors resolved to the actors they point back to, in reading order,
/// across sentence boundaries ("He condemned ..." after "Venezuela's foreign
/// minister arrived ...").
///
/// - Complexity: O(*n*) in the mentions: each look-back is bounded by the
///   last few sentences or by the number of distinct states.
struct Coreference {
    let segmentation: Segmentation
    let knowledge: Knowledge
    let finder: MentionFinder
    /// People named whom the gazetteer does not know, who stop "he" and "she" reaching further back.
    let unnamed: UnnamedPeople

    /// The mentions with references resolved where they can be.
    func resolve(_ mentions: [[Mention]]) -> [[Mention]] {
        var resolved = mentions
        var history = ReferenceHistory()
        var stateCounts: [ActorID: Int] = [:]
        // Actors named together, by the token of each member's mention.
        var groups: [Int: [ActorID]] = [:]
        var lastGroup: (sentence: Int, token: Int, actors: [ActorID])?
        for s in resolved.indices {
            // Not a list inside a prepositional phrase ("the deal between Turkey and Libya"): "they" is rarely that.
            // The sentence's first list stands for it: later ones are mostly appositions naming the same
            // people ("... and his counterparts, Nikos Dendias, ... and Jean-Yves Le Drian"). Read before the
            // sentence's own references, so that "India and China massed troops along their border" means
            // the two, not a group of the sentence before; a reference before the list keeps the earlier one.
            var sentenceGroup: (sentence: Int, token: Int, actors: [ActorID])?
            for group in coordinated(resolved[s]) where !isInPrepositionalPhrase(group[0], sentence: s) {
                // One member a state: the appositions name the same states' people again.
                var states = Set<ActorID>()
                let actors = group.compactMap(\.actor).filter { states.insert(finder.stateOf($0) ?? $0).inserted }
                for member in group { groups[member.start] = actors }
                if sentenceGroup == nil { sentenceGroup = (s, group[0].start, actors) }
            }
            for m in resolved[s].indices {
                var mention = resolved[s][m]
                if mention.actor == nil, let reference = mention.reference {
                    // "it" and "they" take the likeliest of their candidates; a possessive keeps the next one.
                    let options = candidates(for: reference, at: mention.start, sentence: s, history: history)
                    mention.actor = options.first ?? resolve(reference, at: mention.start, sentence: s, history: history, stateCounts: stateCounts)
                    if mention.isPossessive, !isFollowedByOwn(mention) { mention.alternative = options.dropFirst().first }
                    // "They" for a group named together, this sentence or the one before: all of it.
                    if reference == .plural {
                        let entry = mention.actor.flatMap { actor in history.recent(since: s - 1).first { $0.actor == actor } }
                        if let entry, let group = groups[entry.token] {
                            mention.companions = group.filter { $0 != entry.actor }
                        } else if let group = sentenceGroup.flatMap({ $0.token < mention.start ? $0 : nil }) ?? lastGroup,
                            group.sentence >= s - 2, group.token < mention.start, entry.map({ $0.token < group.token }) ?? true
                        {
                            mention.actor = group.actors[0]
                            mention.companions = Array(group.actors.dropFirst())
                        }
                        // A "they" for a group carries it on to the next "they".
                        if let actor = mention.actor, !mention.companions.isEmpty {
                            let chained = [actor] + mention.companions
                            groups[mention.start] = chained
                            lastGroup = (s, mention.start, chained)
                        }
                    }
                    resolved[s][m] = mention
                }
                guard let actor = mention.actor, mention.kind != .firstPerson else { continue }
                history.append(
                    ReferenceHistory.Entry(
                        actor: actor, token: mention.start, quoted: segmentation.inQuote[mention.start], sentence: s,
                        inPhrase: isInPrepositionalPhrase(mention, sentence: s)
                            || isInApposition(mention, sentence: s, ends: Set(resolved[s].map(\.end))),
                        people: isPeople(mention)),
                    isState: knowledge.actors[actor]?.kind == .state)
                if let state = finder.stateOf(actor) { stateCounts[state, default: 0] += 1 }
            }
            if let sentenceGroup { lastGroup = sentenceGroup }
        }
        return resolved
    }

    /// Runs of two or more actors named together, joined by nothing but
    /// commas, "and" and possessive pronouns ("Egypt's foreign minister and
    /// his Greek and French counterparts", "Chile, Peru and Bolivia"): what a
    /// later "they" may stand for as a whole.
    func coordinated(_ mentions: [Mention]) -> [[Mention]] {
        let named = mentions.filter { m in
            guard let actor = m.actor, m.kind != .firstPerson, m.reference == nil || m.reference == .plural else { return false }
            return knowledge.actors[actor].map { [.state, .sector, .person, .igo].contains($0.kind) } ?? false
        }.sorted { $0.start < $1.start }
        var groups: [[Mention]] = []
        var run: [Mention] = []
        // A list is a coordination only with an "and" in it: "Chile, Peru" alone may be apposition.
        var hasAnd = false
        func close() {
            if hasAnd, Set(run.compactMap(\.actor)).count >= 2 { groups.append(run) }
            run = []
            hasAnd = false
        }
        for m in named {
            if let last = run.last {
                let gap = last.end..<m.start
                let joined = gap.count <= 3 && gap.allSatisfy { [",", "and"].contains(segmentation.key($0)) || finder.isPossessivePronoun($0) }
                if joined {
                    hasAnd = hasAnd || gap.contains { segmentation.key($0) == "and" }
                } else {
                    close()
                }
            }
            run.append(m)
        }
        close()
        return groups
    }

    /// Whether a mention sits inside a prepositional phrase ("in Baghdad",
    /// "alongside Rouhani"): such actors are rarely what "its ally" means.
    func isInPrepositionalPhrase(_ mention: Mention, sentence s: Int) -> Bool {
        let lower = segmentation.sentences[s].lowerBound
        var j = mention.start - 1
        var skipped = 0
        while j >= lower && skipped < 3 && (segmentation.isMarker(j, .determiner) || (segmentation.isWord(j) && !segmentation.isCapitalized(j)
            && !segmentation.isMarker(j, .preposition) && !segmentation.isMarker(j, .speech) && skipped < 2 && !segmentation.isMarker(j, .be)))
        {
            j -= 1
            skipped += 1
        }
        guard j >= lower else { return false }
        return segmentation.isMarker(j, .preposition) && segmentation.key(j) != "of"
    }

    /// Whether a mention modifies a noun in apposition to an actor named just
    /// before ("Pakistan, a key U.S. ally, ...": "U.S."), which is rarely what a
    /// later "its" means.
    func isInApposition(_ mention: Mention, sentence s: Int, ends: Set<Int>) -> Bool {
        let lower = segmentation.sentences[s].lowerBound
        var j = mention.start - 1
        var skipped = 0
        var determiner = false
        while j >= lower && skipped < 3 && (segmentation.isMarker(j, .determiner) || (segmentation.isWord(j) && !segmentation.isCapitalized(j)))
            && !segmentation.isMarker(j, .clauseBreak) && !segmentation.isMarker(j, .preposition)
        {
            if segmentation.isMarker(j, .determiner) { determiner = true }
            j -= 1
            skipped += 1
        }
        // An appositive noun phrase opens with a determiner: ", a key U.S. ally".
        return determiner && j > lower && segmentation.key(j) == "," && ends.contains(j)
    }

    /// What "it" or "they" may point to, the likeliest first (empty for other references).
    /// - "it": non-persons named in this or the sentence before, those named as subjects rather
    ///   than inside a prepositional phrase first ("Tehran said the strike on its embassy in
    ///   Damascus, which it blamed on ...": Tehran).
    /// - "they": the groups, bodies, states' sectors and peoples ("the Armenians") named in this or
    ///   the sentence before.
    /// Outside quotes, what was said inside them is skipped.
    func candidates(for reference: Mention.Reference, at token: Int, sentence: Int, history: ReferenceHistory) -> [ActorID] {
        let quoted = segmentation.inQuote[token]
        func kind(_ id: ActorID) -> ActorKind? { knowledge.actors[id]?.kind }
        let near = history.recent(since: sentence - 1).filter { entry in
            sentence - entry.sentence <= 1 && (quoted || !entry.quoted)
        }
        var ordered: [ActorID]
        switch reference {
        case .neuter:
            let things = near.filter { kind($0.actor) != .person }
            ordered = things.filter { !$0.inPhrase }.map(\.actor) + things.filter(\.inPhrase).map(\.actor)
        case .plural:
            ordered = near.filter { entry in
                entry.people || (kind(entry.actor).map { [.sector, .armedGroup, .party, .igo].contains($0) } ?? false)
            }.map(\.actor)
        default:
            return []
        }
        var seen = Set<ActorID>()
        ordered.removeAll { !seen.insert($0).inserted }
        return ordered
    }

    /// Whether a mention names a people in the plural ("the Armenians", "Palestinians"), which
    /// "they" may point back to as it may to a group or a body.
    func isPeople(_ mention: Mention) -> Bool {
        guard case .name(.adjective) = mention.kind, !mention.isPossessive else { return false }
        return segmentation.key(mention.end - 1).hasSuffix("s")
    }

    /// Whether "own" follows a possessive pronoun ("shelled its own villages"): it means the subject.
    func isFollowedByOwn(_ mention: Mention) -> Bool {
        mention.end < segmentation.tokens.count && segmentation.key(mention.end) == "own"
    }

    func resolve(
        _ reference: Mention.Reference, at token: Int, sentence: Int,
        history: ReferenceHistory, stateCounts: [ActorID: Int]
    ) -> ActorID? {
        let quoted = segmentation.inQuote[token]
        let recent = history.recent(since: sentence - 3)
        func kind(_ id: ActorID) -> ActorKind? { knowledge.actors[id]?.kind }
        let focus = stateCounts.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key
        switch reference {
        case .male, .female:
            // Outside quotes, skip what was said inside them. A person the gazetteer does not know,
            // named since, is more likely meant ("... killed Qasem Soleimani. He had ...").
            guard let person = recent.first(where: { kind($0.actor) == .person && (quoted || !$0.quoted) }),
                !unnamed.any(after: person.token, before: token)
            else { return nil }
            return person.actor
        case .neuter, .plural:
            return candidates(for: reference, at: token, sentence: sentence, history: history).first
        case .office(let title):
            if let person = recent.first(where: { entry in
                kind(entry.actor) == .person && knowledge.roles(of: entry.actor).contains { role in
                    if case .office(let office) = title { return role.office == office && (finder.anchor.map(role.isHeld(on:)) ?? true) }
                    return true
                }
            }) {
                return person.actor
            }
            if let focus, let holder = finder.holder(of: title, in: focus) { return holder.0 }
            return nil
        case .possessed(let owner, let office, let sector):
            guard let possessor = resolve(owner, at: token, sentence: sentence, history: history, stateCounts: stateCounts),
                let state = finder.stateOf(possessor)
            else { return nil }
            if let sector { return ActorID(state: state, sector: sector) }
            if let office, let holder = finder.holder(of: office, in: state) { return holder.0 }
            return ActorID(state: state, sector: .government)
        case .bareSector(let sector):
            guard let focus else { return nil }
            return ActorID(state: focus, sector: sector)
        case .description(let description):
            let currentSubjectState = history.last(inSentence: sentence, before: token).flatMap { finder.stateOf($0.actor) }
            let possessive = ["its", "their"].contains(segmentation.key(token))
            // "its ally": the possessor is what "its" points to; the partner is another state.
            if description == .partner || (description == .previousState && possessive) {
                let possessor = possessive
                    ? resolve(.neuter, at: token, sentence: sentence, history: history, stateCounts: stateCounts).flatMap { finder.stateOf($0) }
                    : currentSubjectState
                return recent.first { kind($0.actor) == .state && !$0.inPhrase && $0.actor != possessor }?.actor
            }
            switch description {
            case .partner:
                return nil
            case .previousState:
                return history.statesByRecency.first { $0 != currentSubjectState }
            case .previousMonarchy:
                return history.statesByRecency.first { knowledge.monarchies.contains($0) }
            case .previousGroup:
                return recent.first { [.armedGroup, .party].contains(kind($0.actor)) || knowledge.actors[$0.actor].map { $0.kind == .sector && ($0.id.rawValue.hasSuffix(".rebels") || $0.id.rawValue.hasSuffix(".armed-groups")) } == true }?.actor
            case .previousBody:
                return recent.first { kind($0.actor) == .igo }?.actor
                    ?? history.entries.last { kind($0.actor) == .igo }?.actor
            case .actor(let id):
                return id
            case .previousNamed(let word):
                return history.statesByRecency.first { knowledge.actors[$0]?.name.hasPrefix(word + " ") ?? false }
            }
        }
    }
}

/// The actors mentioned so far, in reading order, for resolving references.
struct ReferenceHistory {
    struct Entry {
        var actor: ActorID
        var token: Int
        var quoted: Bool
        var sentence: Int
        var inPhrase: Bool
        /// A people named in the plural ("the Armenians").
        var people = false
    }

    /// Every resolved mention, in token order (so also in sentence order).
    private(set) var entries: [Entry] = []
    /// The states mentioned so far, each once, the most recently mentioned first.
    private(set) var statesByRecency: [ActorID] = []

    mutating func append(_ entry: Entry, isState: Bool) {
        entries.append(entry)
        guard isState else { return }
        if statesByRecency.first == entry.actor { return }
        if let index = statesByRecency.firstIndex(of: entry.actor) { statesByRecency.remove(at: index) }
        statesByRecency.insert(entry.actor, at: 0)
    }

    /// The entries of sentence `first` and later, the most recent first.
    func recent(since first: Int) -> ReversedCollection<ArraySlice<Entry>> {
        var start = entries.endIndex
        while start > entries.startIndex && entries[start - 1].sentence >= first { start -= 1 }
        return entries[start...].reversed()
    }

    /// The last entry in `sentence` before `token`.
    func last(inSentence sentence: Int, before token: Int) -> Entry? {
        var i = entries.endIndex - 1
        while i >= 0 && entries[i].sentence >= sentence {
            if entries[i].sentence == sentence && entries[i].token < token { return entries[i] }
            i -= 1
        }
        return nil
    }
}
