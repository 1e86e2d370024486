import StanceGraph

extension DocumentAnalysis {
    /// The relations every sentence states, with evidence.
    func relations() -> [Relation] {
        var result: [Relation] = []
        var offices = Set<ActorID>()
        var accusations: [Accusation] = []
        for s in sentences.indices {
            var seen = Set<String>()
            var produced: [(match: CueMatch, source: Mention, target: Mention)] = []
            if let first = accusations.firstIndex(where: { s - $0.sentence <= 2 }) { accusations.removeFirst(first) } else { accusations.removeAll() }
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
                // "alleged bombers", "suspected militants": a participle used as an adjective.
                if !match.cue.isNoun, match.end == match.start + 1, ["alleged", "suspected"].contains(key(match.start)),
                    match.end < sentences[s].upperBound, tokens[match.end].isWord, !tokens[match.end].isCapitalized,
                    !isMarker(match.end, .determiner), !isPreposition(match.end), key(match.end) != "that"
                {
                    continue
                }
                // "Jordan's visiting king", "the visiting Iranian president": a participle
                // describing the next name, not a verb of the sentence.
                if !match.cue.isNoun, match.end == match.start + 1, key(match.start).hasSuffix("ing"), match.start > sentences[s].lowerBound,
                    tokens[match.start - 1].kind == .possessive || ["the", "a", "an"].contains(key(match.start - 1)),
                    match.end < sentences[s].upperBound, tokens[match.end].isCapitalized
                {
                    continue
                }
                // "demanded that the US cancel plans to ...": the content of a demand or threat
                // stated as a that-clause is not itself asserted.
                if let previous = produced.last, [.request, .threaten].contains(previous.match.cue.kind),
                    previous.target.start > previous.match.end, match.start >= previous.target.end, clause.contains(previous.match.start),
                    key(previous.target.start - 1) == "that" || (key(previous.target.start - 2) == "that" && isMarker(previous.target.start - 1, .determiner))
                {
                    continue
                }
                // "rejected a Senegalese peace plan", "agreed to US mediation": a noun cue
                // that is the object of a verb cue already coded says nothing of its own;
                // nor does one wished for or refused, coded or not ("demanded a truce with").
                if match.cue.isNoun, match.cue.kind.isEvent, n > 0 {
                    let verb = produced.last?.match
                    let wished = matches[n - 1].cue.kind == .request || matches[n - 1].cue.kind == .reject
                    if let previous = wished ? matches[n - 1] : verb, isObject(match, of: previous, clause: clause) { continue }
                }
                // "expects Iraq to expel the US", "urged Israel to halt": a wish, not an act.
                if (match.start - 3..<match.start).contains(where: { $0 >= clause.lowerBound && key($0) == "to" }),
                    (clause.lowerBound..<match.start).contains(where: { isMarker($0, .request) })
                {
                    continue
                }
                var match = match
                var found = arguments(for: match, in: s, clause: clause, produced: produced, accusations: accusations)
                for alternative in match.alternatives where found.isEmpty {
                    match.cue = alternative
                    found = arguments(for: match, in: s, clause: clause, produced: produced, accusations: accusations)
                }
                var pairs = expandingCoordination(found, in: s)
                // Talks and calls run both ways: "X telephoned Y" is Y consulting X too.
                if match.cue.kind == .consult, let mode = match.cue.mode, Self.mutualModes.contains(mode) {
                    pairs += pairs.map { ($0.1, $0.0, $0.2) }
                }
                for (source, target, kind) in pairs {
                    guard let relation = makeRelation(match, kind: kind, source: source, target: target, sentence: s, clause: clause)
                    else { continue }
                    let signature = "\(relation.source)|\(relation.target)|\(relation.kind)"
                    guard seen.insert(signature).inserted else { continue }
                    result.append(relation)
                    produced.append((match, source, target))
                    if kind == .accuse && relation.modality != .negated { accusations.append(Accusation(sentence: s, source: source, target: target)) }
                }
            }
            // Offices stated with a title: "Iraq's prime minister", "Iranian President Hassan Rouhani".
            for mention in mentions[s] where mention.hasTitle {
                guard let person = mention.actor, knowledge.actors[person]?.kind == .person, !offices.contains(person),
                    let role = currentRole(of: person)
                else { continue }
                offices.insert(person)
                let range = sentences[s]
                let start = tokens[range.lowerBound].start, end = tokens[range.upperBound - 1].end
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

    /// Verbs that only carry a noun cue's act: "launched an invasion", "sped up the withdrawal".
    static let lightVerbs: Set<String> = [
        "launch", "launched", "launches", "mount", "mounted", "mounts", "conduct", "conducted", "conducts",
        "carried", "stage", "staged", "stages", "resume", "resumed", "resumes", "begin", "began", "begins",
        "impose", "imposed", "imposes", "reimposed", "speeded", "sped", "stepped", "completed", "ordered", "orders",
    ]

    /// Whether a noun cue is the object of a light verb, a few words before it
    /// across determiners, adjectives and particles ("speeded up the withdrawal").
    func hasLightVerb(before match: CueMatch, clause: Range<Int>) -> Bool {
        var j = match.start - 1
        while j >= clause.lowerBound && j >= match.start - 4 {
            if Self.lightVerbs.contains(key(j)) { return true }
            guard tokens[j].isWord, !tokens[j].isCapitalized, !isPreposition(j) || key(j) == "up", !isMarker(j, .speech), !isMarker(j, .be) else { return false }
            j -= 1
        }
        return false
    }

    /// The subject a clause opened by "but" shares with the clause before it:
    /// "Benin opened its borders ..., but was still refusing entry to ...".
    func sharedSubject(of clause: Range<Int>, in s: Int) -> Mention? {
        let opener = clause.lowerBound - 1
        guard opener > sentences[s].lowerBound, key(opener) == "but", clause.lowerBound < clause.upperBound,
            !isMarker(clause.lowerBound, .determiner), isVerbGroupWord(clause.lowerBound) || isMarker(clause.lowerBound, .be)
        else { return nil }
        let previous = self.clause(around: opener - 1, in: s)
        guard previous.upperBound <= opener + 1 else { return nil }
        return mentions[s].first { $0.start >= previous.lowerBound && $0.start < opener && $0.actor != nil && $0.kind != .firstPerson && !isInPrepositionalPhrase($0) && !$0.inApposition }
            .map { head(of: $0, in: s) }
    }

    /// Consultation modes that hold between both sides, unlike a visit or an invitation.
    static let mutualModes: Set<String> = ["talks", "peace-talks", "phone-call", "video-call"]

    /// Whether a noun cue is the object of the verb cue before it: "rejected
    /// a Senegalese peace plan" (a few words between, none a preposition).
    func isObject(_ noun: CueMatch, of verb: CueMatch, clause: Range<Int>) -> Bool {
        guard !verb.cue.isNoun, verb.end <= noun.start, noun.start - verb.end <= 4, clause.contains(verb.start) else { return false }
        return (verb.end..<noun.start).allSatisfy { j in
            isMarker(j, .determiner) || key(j) == "to" || (tokens[j].isWord && !isPreposition(j)) || tokens[j].kind == .possessive || tokens[j].key == "-"
        }
    }

    /// An accusation already found, for a later denial to answer.
    struct Accusation {
        var sentence: Int
        var source: Mention
        var target: Mention
    }

    /// The subject of the last verb of saying before `token` in the sentence:
    /// "The Pentagon" in "The Pentagon said ..., but China denied".
    func claimant(before token: Int, in s: Int) -> Mention? {
        var v = token - 1
        while v >= sentences[s].lowerBound {
            if isMarker(v, .speech) && !inQuote[v] {
                return mentions[s].last { $0.actor != nil && $0.kind != .firstPerson && $0.end <= v && $0.end >= v - 6 }
            }
            v -= 1
        }
        return nil
    }

    /// Hostile kinds whose cues make reported content a threat.
    static let hostileActs: Set<RelationKind> = [.assault, .coerce, .mobilize, .sanction, .threaten]

    /// For "warned that ...": the first actor in the content that is not on
    /// the warner's side, when the content holds a modal ("could", "would")
    /// followed by a word that starts a hostile cue ("use ... force", "shoot").
    func contentTarget(after match: CueMatch, from side: ActorID, in s: Int) -> Mention? {
        let content = match.end..<sentences[s].upperBound
        guard let modal = content.first(where: { isMarker($0, .future) || isMarker($0, .hypothetical) }),
            (modal + 1..<content.upperBound).contains(where: { t in
                knowledge.cues[tokens[t].key]?.contains { Self.hostileActs.contains($0.kind) && !$0.isNoun } ?? false
            })
        else { return nil }
        return mentions[s].first { m in
            guard let actor = m.actor, m.start >= content.lowerBound, m.start < modal + 8, m.kind != .firstPerson,
                !(m.isPossessive && mentions[s].contains { $0.start == m.end + 1 })
            else { return false }
            return self.side(of: actor) != side
        }
    }

    /// For "threatened (on Monday) to VERB ...": the first actor in the next
    /// twelve words of the clause that is not on the threatener's side,
    /// skipping possessors ("to shell Iraqi towns", "to stop talks if the US ...").
    func infinitiveTarget(after match: CueMatch, from side: ActorID, in s: Int, clause: Range<Int>) -> Mention? {
        var to = match.end
        // Past a time adverbial: "threatened on Tuesday to".
        while to < min(clause.upperBound, match.end + 4) && key(to) != "to" && tokens[to].isWord { to += 1 }
        guard to < clause.upperBound, key(to) == "to", to + 1 < clause.upperBound, !isPreposition(to + 1), !isMarker(to + 1, .determiner)
        else { return nil }
        let window = (to + 2)..<min(clause.upperBound, to + 14)
        for m in mentions[s] where window.contains(m.start) {
            guard let actor = m.actor, m.kind != .firstPerson, !isModifier(m) else { continue }
            if m.isPossessive && mentions[s].contains(where: { $0.start == m.end + 1 }) { continue }
            if self.side(of: actor) != side { return m }
        }
        return nil
    }

    /// The state an actor speaks for: itself, its state, or a person's office.
    func side(of actor: ActorID) -> ActorID {
        if let state = stateOf(actor) { return state }
        if knowledge.actors[actor]?.kind == .person, let organisation = currentRole(of: actor)?.organisation {
            return stateOf(organisation) ?? organisation
        }
        return actor
    }

    /// The mention of whoever states the words at `cue`, or one made for a
    /// speaker named outside the sentence.
    func speakerMention(forCueAt cue: Int, sentence s: Int) -> Mention? {
        guard let id = speaker(forCueAt: cue, sentence: s) else { return nil }
        return mentions[s].last { $0.actor == id && $0.end <= cue } ?? mentions[s].first { $0.actor == id }
            ?? Mention(start: cue, end: cue, actor: id, kind: .name(.name))
    }


    func currentRole(of person: ActorID) -> Role? {
        let roles = knowledge.roles(of: person)
        let held = anchor.map { day in roles.filter { $0.isHeld(on: day) } } ?? roles.filter { $0.to == nil }
        // A prime minister who also leads a party speaks for the state first.
        func rank(_ role: Role) -> (Int, Int) {
            (RelationGraph.rankForHead(role.office), knowledge.actors[role.organisation]?.kind == .state ? 0 : 1)
        }
        return held.min { rank($0) < rank($1) }
    }

    /// Source and target mentions for a cue, and the kind after negation.
    func arguments(
        for match: CueMatch, in s: Int, clause: Range<Int>,
        produced: [(match: CueMatch, source: Mention, target: Mention)],
        accusations: [Accusation] = []
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
        // "will withdraw its force from Chad unless ...": an act promised on a condition is a threat.
        if kind.isEvent, kind != .threaten, context.future || (match.start - 3..<match.start).contains(where: { $0 >= clause.lowerBound && isMarker($0, .future) }),
            (match.end..<sentences[s].upperBound).contains(where: { key($0) == "unless" })
        {
            kind = .threaten
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
            case .speaker:
                // "I must answer you": a speaker's demand on themselves is none.
                guard let target = subject(before: match.start, in: s, clause: clause), target.kind != .firstPerson,
                    let source = speakerMention(forCueAt: match.start, sentence: s), source.actor != target.actor
                else { continue }
                return [(source, target, kind)]
            case .prior:
                guard let source = source(for: match, kind: kind, target: Mention(start: -1, end: -1, kind: .reference), in: s, clause: clause, produced: produced),
                    let sourceActor = source.actor
                else { continue }
                let sourceSide = side(of: sourceActor)
                guard let target = mentions[s].last(where: { m in
                    guard let actor = m.actor, m.kind != .firstPerson, m.end <= match.start, m.start != source.start else { return false }
                    return side(of: actor) != sourceSide && !(m.isPossessive && mentions[s].contains { $0.start == m.end + 1 })
                }) else { continue }
                return [(source, target, kind)]
            case .accuser:
                guard let subject = participleSubject(for: match, in: s) ?? subject(before: match.start, in: s, clause: clause),
                    let actor = subject.actor
                else { continue }
                let accused = side(of: actor)
                if let accusation = accusations.last(where: { s - $0.sentence <= 2 && $0.target.actor.map(side(of:)) == accused }),
                    let accuser = accusation.source.actor, side(of: accuser) != accused
                {
                    return [(subject, accusation.source, kind)]
                }
                // "The Pentagon said ..., but China denied that": the denial answers the claim before it.
                guard let claimant = claimant(before: subject.start, in: s), let other = claimant.actor, side(of: other) != accused else { continue }
                return [(subject, claimant, kind)]
            case .content:
                guard let source = source(for: match, kind: kind, target: Mention(start: -1, end: -1, kind: .reference), in: s, clause: clause, produced: produced),
                    let sourceActor = source.actor, let target = contentTarget(after: match, from: side(of: sourceActor), in: s)
                else { continue }
                return [(source, target, kind)]
            case .infinitive:
                guard let source = source(for: match, kind: kind, target: Mention(start: -1, end: -1, kind: .reference), in: s, clause: clause, produced: produced),
                    let sourceActor = source.actor, let target = infinitiveTarget(after: match, from: side(of: sourceActor), in: s, clause: clause)
                else { continue }
                return [(source, target, kind)]
            case .object, .preposition, .gap:
                break
            }
            // Passive voice: "many of which are backed by Iran".
            let byIndex = (match.end..<min(clause.upperBound, match.end + 3)).first { key($0) == "by" }
            // "backed by Iran", "were attacked ... by": not "rejected calls by Belarus", where "by" follows the object.
            let passive = cue.isParticiple && (byIndex == match.end || (match.start - 2..<match.start).contains { $0 >= 0 && isMarker($0, .be) })
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
        return reciprocal(for: match, kind: kind, in: s, clause: clause)
    }

    /// "Israel and Hamas agreed to extend the truce", "Biden and Xi met": a
    /// cue that takes a "with" partner, said of coordinated subjects and no
    /// partner, holds between each two of them.
    func reciprocal(for match: CueMatch, kind: RelationKind, in s: Int, clause: Range<Int>) -> [(Mention, Mention, RelationKind)] {
        guard match.cue.targets.contains(.preposition("with")) || match.cue.targets.contains(.pair),
            let subject = subject(before: match.start, in: s, clause: clause) ?? introducedSubject(for: match, in: s)
        else { return [] }
        let all = conjuncts(of: subject, in: s)
        // The chain must be a subject, not the object of a verb before it ("visit Mauritania and Senegal").
        guard all.count > 1, !match.cue.isNoun || all[all.count - 1].end + 3 >= match.start,
            !(all[0].start > sentences[s].lowerBound && knowledge.cues[key(all[0].start - 1)] != nil)
        else { return [] }
        var result: [(Mention, Mention, RelationKind)] = []
        for a in all {
            for b in all where a.start != b.start { result.append((a, b, kind)) }
        }
        return result
    }

    /// The main clause's subject for a cue in a participle phrase after a
    /// comma: "Netanyahu said the war will resume, vowing to destroy Hamas";
    /// "North Korea warned ..., sharpening a war of words with Seoul".
    func participleSubject(for match: CueMatch, in s: Int) -> Mention? {
        let range = sentences[s]
        var j = match.start
        var steps = 0
        while j > range.lowerBound && steps < 3 && !(key(j).hasSuffix("ing") && key(j - 1) == ",") {
            guard tokens[j - 1].isWord, !tokens[j - 1].isCapitalized, !isPreposition(j - 1) || key(j - 1) == "to" else { return nil }
            j -= 1
            steps += 1
        }
        guard j > range.lowerBound, key(j).hasSuffix("ing"), key(j - 1) == "," else { return nil }
        // Not after an apposition or relative clause ("Kadhimi, who ..., meeting").
        let main = mentions[s].first { $0.actor != nil && $0.kind != .firstPerson && $0.end < j && !isInPrepositionalPhrase($0) && !isModifier($0) && !$0.isPossessive }
        return main
    }

    /// The subject of the main clause after an opening phrase that holds the
    /// cue: "In a phone call with Blinken, China's top diplomat said ...".
    func introducedSubject(for match: CueMatch, in s: Int) -> Mention? {
        let range = sentences[s]
        guard isPreposition(range.lowerBound) || isClauseBreak(range.lowerBound),
            !(range.lowerBound..<match.start).contains(where: { key($0) == "," }),
            let comma = (match.end..<range.upperBound).first(where: { key($0) == "," })
        else { return nil }
        guard let m = firstMention(after: comma + 1, within: 4, in: s, bound: range.upperBound), !isInPrepositionalPhrase(m) else { return nil }
        return m
    }

    /// Every conjunct of coordinated arguments: "the United States and Britain
    /// imposed", "condemned the US, British and European moves".
    func expandingCoordination(_ found: [(Mention, Mention, RelationKind)], in s: Int) -> [(Mention, Mention, RelationKind)] {
        var result: [(Mention, Mention, RelationKind)] = []
        for (source, target, kind) in found {
            for a in conjuncts(of: source, in: s) {
                for b in conjuncts(of: target, in: s) where a.actor != b.actor {
                    result.append((a, b, kind))
                }
            }
        }
        return result
    }

    /// The mentions coordinated with `mention` by commas and a final "and" or
    /// "or", in order; just the mention when it stands alone.
    ///
    /// A chain counts only when it starts a phrase (after a comma, "that", a
    /// determiner, a clause break or the sentence start) and no verb group
    /// follows it inside the chain's last joiner, so "attacked Israel and Iran
    /// responded" keeps Israel alone.
    func conjuncts(of mention: Mention, in s: Int) -> [Mention] {
        guard mention.kind != .firstPerson, mention.actor != nil else { return [mention] }
        let list = mentions[s].filter { $0.actor != nil && $0.kind != .firstPerson }
        guard let index = list.firstIndex(where: { $0.start == mention.start }) else { return [mention] }
        func joiners(_ range: Range<Int>) -> (ok: Bool, and: Bool) {
            guard !range.isEmpty, range.count <= 3 else { return (false, false) }
            var and = false
            for t in range {
                let k = key(t)
                if k == "and" || k == "or" || k == "&" { and = true; continue }
                // "the US-Indian statement": a hyphen joining two names.
                if k == "-", tokens[t].start == tokens[t - 1].end, tokens[t + 1].start == tokens[t].end { and = true; continue }
                if k == "," || isMarker(t, .determiner) || tokens[t].kind == .possessive { continue }
                return (false, false)
            }
            return (true, and)
        }
        var chain = [list[index]]
        var hasAnd = false
        var i = index
        while i > 0, list[i - 1].end <= list[i].start {
            let j = joiners(list[i - 1].end..<list[i].start)
            guard j.ok, !list[i - 1].isPossessive else { break }
            hasAnd = hasAnd || j.and
            chain.insert(list[i - 1], at: 0)
            i -= 1
        }
        i = index
        while i + 1 < list.count, list[i].end <= list[i + 1].start {
            let j = joiners(list[i].end..<list[i + 1].start)
            guard j.ok, !list[i].isPossessive else { break }
            hasAnd = hasAnd || j.and
            chain.append(list[i + 1])
            i += 1
        }
        // "the US, British and European moves" where the last item is no known actor.
        if let last = chain.last, chain.count > 1, ["and", "or"].contains(key(last.end)), last.end + 1 < sentences[s].upperBound,
            tokens[last.end + 1].isCapitalized
        {
            hasAnd = true
        }
        // "to Iran, Libya, Sudan, and with strings attached, Cuba": a list of three or more
        // whose closing "and" leads to a phrase that is not a plain name.
        if let last = chain.last, chain.count > 2, key(last.end) == ",", ["and", "or"].contains(key(last.end + 1)) {
            hasAnd = true
        }
        guard chain.count > 1, hasAnd else { return [mention] }
        let before = chain[0].start - 1
        // After a cue word too: "defended Iraq and Libya", "will visit Mauritania and Senegal".
        let opens = before < sentences[s].lowerBound || [",", "that", "(", ":", "both", "-", "senior", "top"].contains(key(before))
            || (knowledge.cues[key(before)] != nil && !tokens[before].isCapitalized)
            || isMarker(before, .determiner) || isClauseBreak(before) || isMarker(before, .speech)
            || tokens[before].kind == .quote || isPreposition(before)
        guard opens else { return [mention] }
        // The last conjunct must not open a clause of its own ("... and Iran responded").
        let last = chain[chain.count - 1]
        if last.start > mention.start, last.end < sentences[s].upperBound,
            (isVerbGroupWord(last.end) && key(last.end) != "to") || isMarker(last.end, .speech) || (key(last.end).hasSuffix("ed") && knowledge.cues[key(last.end)] != nil)
        {
            return [mention]
        }
        return chain
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
                guard tokens[j].isWord, !tokens[j].isCapitalized || isMarker(j, .determiner), !isPreposition(j), !isMarker(j, .speech), !isMarker(j, .be) else { break }
                j -= 1
                skipped += 1
            }
            if let byIndex = (match.end..<min(clause.upperBound, match.end + 3)).first(where: { key($0) == "by" }),
                let m = firstMention(after: byIndex + 1, within: 4, in: s, bound: clause.upperBound)
            {
                return m
            }
            guard [.consult, .agree, .cooperate, .support, .aid, .nonAggression, .nonInterference, .alliance, .request].contains(kind)
                || hasLightVerb(before: match, clause: clause)
            else { return nil }
        }
        guard var subject = participleSubject(for: match, in: s) ?? subject(before: match.start, in: s, clause: clause) ?? introducedSubject(for: match, in: s)
            ?? sharedSubject(of: clause, in: s)
        else {
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
        clause: Range<Int>
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
            knowledge.actors[sourceID] != nil, let targetActor = knowledge.actors[targetID]
        else { return nil }
        // One joins a body, not a person or a state.
        if kind == .membership && ![.igo, .party, .organisation, .armedGroup].contains(targetActor.kind) { return nil }
        // Politicians "attack" each other in words: between two persons, an
        // attack that is not a killing is an accusation.
        var kind = kind
        var mode = match.cue.mode
        if kind == .assault, knowledge.actors[sourceID]?.kind == .person, targetActor.kind == .person,
            !["killing", "assassination", "murder"].contains(mode ?? "")
        {
            kind = .accuse
            mode = "verbal-attack"
        }
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
            source: sourceID, target: targetID, kind: kind, mode: mode, modality: modality,
            date: relationDate(in: s), confidence: min(0.99, max(0.1, confidence)),
            evidence: Evidence(
                document: document.id, sentenceIndex: s, characterRange: start..<end,
                sentence: text(range), speaker: speaker, cue: text(match.start..<match.end)))
    }

    /// The day a sentence refers to: a weekday ("on Monday"), "yesterday" or
    /// "today" relative to the anchor, or the anchor itself.
    static let weekdays = ["monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6, "sunday": 7]

    func relationDate(in s: Int) -> Day? {
        // An anchor inferred from offices places roles, not events: no date then.
        guard let anchor = document.date else { return nil }
        for i in sentences[s] {
            let k = key(i)
            if k == "yesterday" && !inQuote[i] { return anchor.adding(days: -1) }
            if let weekday = Self.weekdays[k], !inQuote[i] {
                let back = (anchor.weekday - weekday + 7) % 7
                return anchor.adding(days: -back)
            }
        }
        return anchor
    }
}
