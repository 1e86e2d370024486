import StanceGraph

extension DocumentAnalysis {
    /// When the document has no date: the latest start among the offices of
    /// the persons it names, provided all those offices overlap. "Iranian
    /// President Hassan Rouhani" and "Iraq's prime minister Kadhimi" together
    /// place an undated article after May 2020 and before August 2021.
    mutating func inferAnchor() {
        guard anchor == nil else { return }
        var lower: Day?, upper: Day?
        var seen = Set<ActorID>()
        for mention in mentions.joined() {
            guard case .name = mention.kind, let id = mention.actor, knowledge.actors[id]?.kind == .person,
                seen.insert(id).inserted
            else { continue }
            let roles = knowledge.roles(of: id)
            guard !roles.isEmpty else { continue }
            let from = roles.compactMap(\.from).min()
            let to = roles.contains { $0.to == nil } ? nil : roles.compactMap(\.to).max()
            if let from { lower = max(lower ?? from, from) }
            if let to { upper = min(upper ?? to, to) }
        }
        guard let lower else { return }
        if let upper, upper < lower { return }
        anchor = lower
        // Titles and ambiguous names resolve against the new anchor; no
        // other mention can change.
        for s in anchorDependentSentences { mentions[s] = findMentions(in: sentences[s]) }
    }

    /// Resolves pronouns, definite descriptions, bare titles and bare sectors
    /// to the actors they point back to, in reading order.
    ///
    /// - Complexity: O(*n*) in the mentions: each look-back is bounded by the
    ///   last few sentences or by the number of distinct states.
    mutating func resolveReferences() {
        var history = ReferenceHistory()
        var stateCounts: [ActorID: Int] = [:]
        for s in sentences.indices {
            for m in mentions[s].indices {
                var mention = mentions[s][m]
                if mention.actor == nil, let reference = mention.reference {
                    mention.actor = resolve(reference, at: mention.start, sentence: s, history: history, stateCounts: stateCounts)
                    mentions[s][m] = mention
                }
                guard let actor = mention.actor, mention.kind != .firstPerson else { continue }
                let isState = knowledge.actors[actor]?.kind == .state
                history.append(
                    ReferenceHistory.Entry(
                        actor: actor, token: mention.start, quoted: inQuote[mention.start], sentence: s,
                        inPhrase: isInPrepositionalPhrase(mention)),
                    isState: isState)
                if let state = stateOf(actor) { stateCounts[state, default: 0] += 1 }
            }
        }
    }

    /// The state an actor is or belongs to.
    func stateOf(_ actor: ActorID) -> ActorID? {
        guard let entry = knowledge.actors[actor] else { return nil }
        return entry.kind == .state ? actor : entry.state
    }

    func resolve(
        _ reference: Mention.Reference, at token: Int, sentence: Int,
        history: ReferenceHistory, stateCounts: [ActorID: Int]
    ) -> ActorID? {
        let quoted = inQuote[token]
        let recent = history.recent(since: sentence - 3)
        func kind(_ id: ActorID) -> ActorKind? { knowledge.actors[id]?.kind }
        let focus = stateCounts.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key
        switch reference {
        case .male, .female:
            // Outside quotes, skip what was said inside them.
            return recent.first { kind($0.actor) == .person && (quoted || !$0.quoted) }?.actor
        case .neuter:
            return recent.first { entry in
                let k = kind(entry.actor)
                return k != .person && (quoted || !entry.quoted) && sentence - entry.sentence <= 1
            }?.actor
        case .plural:
            return nil
        case .office(let title):
            if let person = recent.first(where: { entry in
                kind(entry.actor) == .person && knowledge.roles(of: entry.actor).contains { role in
                    if case .office(let office) = title { return role.office == office && (anchor.map(role.isHeld(on:)) ?? true) }
                    return true
                }
            }) {
                return person.actor
            }
            if let focus, let holder = holder(of: title, in: focus) { return holder.0 }
            return nil
        case .bareSector(let sector):
            guard let focus else { return nil }
            return sectorID(focus, sector)
        case .description(let description):
            let currentSubjectState = history.last(inSentence: sentence, before: token).flatMap { stateOf($0.actor) }
            let possessive = ["its", "their"].contains(key(token))
            // "its ally": the possessor is what "its" points to; the partner is another state.
            if description == .partner || (description == .previousState && possessive) {
                let possessor = possessive ? resolve(.neuter, at: token, sentence: sentence, history: history, stateCounts: stateCounts).flatMap { stateOf($0) } : currentSubjectState
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
                return recent.first { [.armedGroup, .party].contains(kind($0.actor)) }?.actor
            case .previousBody:
                return recent.first { kind($0.actor) == .igo }?.actor
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
    }

    /// Every resolved mention, in token order (so also in sentence order).
    private(set) var entries: [Entry] = []
    /// The states mentioned so far, each once, the most recently mentioned
    /// first: what a reverse scan of ``entries`` for a state meets, without
    /// walking the whole document when the state sought is not there.
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

extension Description {
    /// Whether the phrase matches in any letter case ("the neighbouring
    /// country"); "the North" must be capitalised to mean a state.
    var isCaseFree: Bool {
        if case .previousNamed = self { return false }
        return true
    }
}
