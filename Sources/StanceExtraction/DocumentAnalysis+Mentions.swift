import StanceGraph

extension DocumentAnalysis {
    /// One longest-match pass over each sentence for names, titles, sectors,
    /// descriptions and pronouns, then combination of adjacent pieces:
    /// "Iraq's prime minister" (office holder), "Iranian President Hassan
    /// Rouhani" (the named person), "Iraqi officials" (a sector).
    mutating func findMentions() {
        if wordNumbers.count != tokens.count {
            wordNumbers = tokens.map { knowledge.vocabulary.number(of: $0.key) }
        }
        // Into locals: a closure that changed `self` while reading it would
        // copy the whole analysis at every sentence.
        var found: [[Mention]] = []
        var dependent: [Int] = []
        found.reserveCapacity(sentences.count)
        for (s, sentence) in sentences.enumerated() {
            let pieces = findPieces(in: sentence)
            // Only an article without a date has its anchor inferred afterwards.
            if anchor == nil && pieces.contains(where: { dependsOnAnchor($0.piece) }) { dependent.append(s) }
            found.append(mentions(from: pieces, in: sentence))
        }
        mentions = found
        anchorDependentSentences = dependent
    }

    /// Whether what a piece resolves to can change with the anchor date:
    /// a title (its holder on the day) or a name several persons share.
    func dependsOnAnchor(_ piece: Piece) -> Bool {
        switch piece {
        case .title: return true
        case .name(let entries): return persons(among: entries).count > 1
        default: return false
        }
    }

    enum Piece {
        case name([NameEntry])
        case title(Title)
        case sector(Sector)
        case description(Description)
        case pronoun(Mention.Reference)
        case firstPerson
    }

    func joinedKey(_ range: Range<Int>) -> String {
        range.map { tokens[$0].key }.joined(separator: " ")
    }

    func findPieces(in sentence: Range<Int>) -> [(range: Range<Int>, piece: Piece)] {
        var pieces: [(Range<Int>, Piece)] = []
        var i = sentence.lowerBound
        while i < sentence.upperBound {
            guard tokens[i].isWord else { i += 1; continue }
            let end = sentence.upperBound
            if wordNumbers[i] >= 0, let (n, all) = knowledge.nameTrie.longestMatch(wordNumbers, from: i, to: end) {
                let words = tokens[i..<(i + n)].map(\.text)
                let entries = all.filter { matchesCase($0, words) }
                if !entries.isEmpty {
                    pieces.append((i..<(i + n), .name(entries)))
                    i += n
                    continue
                }
            }
            if wordNumbers[i] >= 0, let (n, title) = knowledge.titleTrie.longestMatch(wordNumbers, from: i, to: end) {
                pieces.append((i..<(i + n), .title(title)))
                i += n
                continue
            }
            if wordNumbers[i] >= 0, let (n, sector) = knowledge.sectorTrie.longestMatch(wordNumbers, from: i, to: end) {
                pieces.append((i..<(i + n), .sector(sector)))
                i += n
                continue
            }
            if wordNumbers[i] >= 0, i > sentence.lowerBound,
                let (n, description) = knowledge.descriptionTrie.longestMatch(wordNumbers, from: i, to: end),
                ["the", "this", "its", "their"].contains(key(i - 1)),
                description.isCaseFree || tokens[i].isCapitalized
            {
                // "its ally": the possessive pronoun is part of the description.
                if let last = pieces.last, last.0 == (i - 1)..<i, case .pronoun = last.1 { pieces.removeLast() }
                pieces.append((i..<(i + n), .description(description)))
                i += n
                continue
            }
            if inQuote[i] && isMarker(i, .firstPerson) && !(tokens[i].isAllCaps && tokens[i].key == "us") {
                pieces.append((i..<(i + 1), .firstPerson))
            } else if isMarker(i, .pronounMale) {
                pieces.append((i..<(i + 1), .pronoun(.male)))
            } else if isMarker(i, .pronounFemale) {
                pieces.append((i..<(i + 1), .pronoun(.female)))
            } else if isMarker(i, .pronounNeuter) {
                pieces.append((i..<(i + 1), .pronoun(.neuter)))
            }
            i += 1
        }
        return pieces
    }

    /// The state a name piece stands for, when it is a state name or adjective.
    func stateOf(_ entries: [NameEntry]) -> ActorID? {
        for entry in entries where knowledge.actors[entry.actor]?.kind == .state { return entry.actor }
        return nil
    }

    func findMentions(in sentence: Range<Int>) -> [Mention] {
        mentions(from: findPieces(in: sentence), in: sentence)
    }

    /// The mentions that a sentence's pieces make, alone or combined.
    func mentions(from pieces: [(range: Range<Int>, piece: Piece)], in sentence: Range<Int>) -> [Mention] {
        var result: [Mention] = []
        var p = 0
        func adjacent(_ a: Range<Int>, _ b: Range<Int>, allowing: Set<String> = []) -> Bool {
            var i = a.upperBound
            while i < b.lowerBound {
                if !(tokens[i].kind == .possessive || allowing.contains(tokens[i].key)) { return false }
                i += 1
            }
            return true
        }
        while p < pieces.count {
            let (range, piece) = pieces[p]
            let next = p + 1 < pieces.count ? pieces[p + 1] : nil
            let afterNext = p + 2 < pieces.count ? pieces[p + 2] : nil
            switch piece {
            case .name(let entries):
                // STATE ['s] TITLE [PERSON]  or  STATE ['s] SECTOR
                if let state = stateOf(entries), let next, adjacent(range, next.range, allowing: ["top", "senior", "new", "former", "then", "deputy", "acting", "interim"]) {
                    if case .title(let title) = next.piece {
                        if let afterNext, case .name(let personEntries) = afterNext.piece, adjacent(next.range, afterNext.range),
                            let person = resolvePerson(personEntries)
                        {
                            result.append(Mention(start: range.lowerBound, end: afterNext.range.upperBound, actor: person, kind: .name(.name), hasTitle: true))
                            p += 3
                            continue
                        }
                        // "Russia's deputy foreign minister", "Iraq's former president": not the holder.
                        let notHolder = (range.upperBound..<next.range.lowerBound).contains { ["deputy", "former", "vice", "then"].contains(key($0)) }
                        if !notHolder, let holder = holder(of: title, in: state) {
                            result.append(Mention(start: range.lowerBound, end: next.range.upperBound, actor: holder.0, kind: .title(holder.1), hasTitle: true))
                        } else {
                            result.append(Mention(start: range.lowerBound, end: next.range.upperBound, actor: sectorID(state, .government), kind: .sector))
                        }
                        p += 2
                        continue
                    }
                    // "Chinese President Xi" where "President Xi" is itself a name: one person.
                    if case .name(let personEntries) = next.piece, entries.contains(where: { $0.form == .adjective && $0.actor == state }),
                        adjacent(range, next.range), personEntries.allSatisfy({ knowledge.actors[$0.actor]?.kind == .person }),
                        let person = resolvePerson(personEntries)
                    {
                        var end = next.range.upperBound
                        // "President Xi Jinping": the rest of the full name.
                        if let afterNext, case .name(let rest) = afterNext.piece, afterNext.range.lowerBound == end,
                            rest.contains(where: { $0.actor == person })
                        {
                            end = afterNext.range.upperBound
                            p += 1
                        }
                        let titled = knowledge.titles[key(next.range.lowerBound)] != nil
                        result.append(Mention(start: range.lowerBound, end: end, actor: person, kind: .name(.name), hasTitle: titled))
                        p += 2
                        continue
                    }
                    if case .sector(let sector) = next.piece {
                        result.append(Mention(start: range.lowerBound, end: next.range.upperBound, actor: sectorID(state, sector), kind: .sector))
                        p += 2
                        continue
                    }
                }
                if let actor = resolveName(entries) {
                    let form = entries.first { $0.actor == actor }?.form ?? .name
                    result.append(Mention(start: range.lowerBound, end: range.upperBound, actor: actor, kind: .name(form)))
                }
            case .title(let title):
                // TITLE PERSON
                if let next, case .name(let personEntries) = next.piece, adjacent(range, next.range),
                    let person = resolvePerson(personEntries)
                {
                    result.append(Mention(start: range.lowerBound, end: next.range.upperBound, actor: person, kind: .name(.name), hasTitle: true))
                    p += 2
                    continue
                }
                // TITLE of STATE
                if let next, case .name(let entries) = next.piece, adjacent(range, next.range, allowing: ["of", "the"]),
                    key(range.upperBound) == "of", let state = stateOf(entries)
                {
                    if let holder = holder(of: title, in: state) {
                        result.append(Mention(start: range.lowerBound, end: next.range.upperBound, actor: holder.0, kind: .title(holder.1), hasTitle: true))
                        p += 2
                        continue
                    }
                }
                if key(range.lowerBound - 1) == "the" {
                    result.append(Mention(start: range.lowerBound, end: range.upperBound, actor: nil, kind: .reference, reference: .office(title)))
                }
            case .sector(let sector):
                // SECTOR of STATE; "officials in Tehran", "security forces in Guinea" (not troops,
                // which are as often foreign ones).
                let joiner = key(range.upperBound)
                if let next, case .name(let entries) = next.piece, joiner == "of" || (joiner == "in" && sector != .military),
                    adjacent(range, next.range, allowing: ["of", "in", "the"]), let state = stateOf(entries)
                {
                    result.append(Mention(start: range.lowerBound, end: next.range.upperBound, actor: sectorID(state, sector), kind: .sector))
                    p += 2
                    continue
                }
                if key(range.lowerBound - 1) == "the" && [.government, .military, .parliament, .judiciary].contains(sector) {
                    result.append(Mention(start: range.lowerBound, end: range.upperBound, actor: nil, kind: .reference, reference: .bareSector(sector)))
                }
            case .description(let description):
                if case .actor(let id) = description {
                    result.append(Mention(start: range.lowerBound - 1, end: range.upperBound, actor: id, kind: .name(.name)))
                } else {
                    result.append(Mention(start: range.lowerBound - 1, end: range.upperBound, actor: nil, kind: .reference, reference: .description(description)))
                }
            case .pronoun(let reference):
                result.append(Mention(start: range.lowerBound, end: range.upperBound, actor: nil, kind: .reference, reference: reference))
            case .firstPerson:
                result.append(Mention(start: range.lowerBound, end: range.upperBound, actor: nil, kind: .firstPerson))
            }
            p += 1
        }
        // "ethnic Albanians", "ethnic Turks": a people, not the state of that name.
        result.removeAll { m in
            guard m.start > sentence.lowerBound, key(m.start - 1) == "ethnic", case .name = m.kind, let actor = m.actor else { return false }
            return knowledge.actors[actor]?.kind == .state
        }
        for i in result.indices {
            let end = result[i].end
            if end < sentence.upperBound && tokens[end].kind == .possessive { result[i].isPossessive = true }
            if end - result[i].start == 1, ["his", "her", "its", "their", "our"].contains(key(result[i].start)) { result[i].isPossessive = true }
        }
        attachUnknownNames(&result, in: sentence)
        return result
    }

    /// Names the gazetteer lacks, read through what stands next to them.
    ///
    /// "CIA Director William Burns": an organisation or state right before a
    /// capitalised title and name speaks through that person, so its mention
    /// covers them. "David Barnea, the head of Israel's Mossad,": an unknown
    /// name followed by an apposition stands for the actor the apposition
    /// names. Mentions inside an apposition after any name are marked, so a
    /// subject is never taken from inside one.
    func attachUnknownNames(_ result: inout [Mention], in sentence: Range<Int>) {
        guard !result.isEmpty else { return }
        var covered = [Bool](repeating: false, count: sentence.count)
        for m in result { for t in m.start..<m.end where sentence.contains(t) { covered[t - sentence.lowerBound] = true } }
        // A capitalised word that no table knows; a cue word only inside a run ("William Burns").
        func isNameWord(_ t: Int, first: Bool) -> Bool {
            sentence.contains(t) && !covered[t - sentence.lowerBound] && tokens[t].kind == .word && tokens[t].isCapitalized
                && markerMask(t) == 0 && (!first || knowledge.cues[tokens[t].key] == nil)
        }
        for i in result.indices {
            let m = result[i]
            guard m.actor != nil, !m.isPossessive, m.kind != .firstPerson, m.kind != .reference,
                knowledge.actors[m.actor!]?.kind != .person
            else { continue }
            var j = m.end
            while j < m.end + 5 && isNameWord(j, first: j == m.end) { j += 1 }
            guard j - m.end >= 2, j - m.end <= 4, !(j < sentence.upperBound && tokens[j].isCapitalized && tokens[j].isWord) else { continue }
            for t in m.end..<j { covered[t - sentence.lowerBound] = true }
            result[i].end = j
            if j < sentence.upperBound && tokens[j].kind == .possessive { result[i].isPossessive = true }
        }
        var added: [Mention] = []
        for c in sentence where tokens[c].key == "," && c + 2 < sentence.upperBound && ["the", "a", "an"].contains(key(c + 1)) {
            guard let close = (c + 2..<min(sentence.upperBound, c + 16)).first(where: { tokens[$0].kind == .punctuation && tokens[$0].key != "-" }),
                tokens[close].key == ",",
                let first = result.firstIndex(where: { $0.start > c + 2 && $0.end <= close && $0.actor != nil })
            else { continue }
            var headIndex = first
            if result[first].isPossessive, let next = result.firstIndex(where: { $0.start == result[first].end + 1 && $0.end <= close }) {
                headIndex = next
            }
            let head = result[headIndex]
            let namedBefore = result.contains { $0.end == c && $0.actor != nil && !$0.isPossessive }
            if !namedBefore {
                var start = c
                while start > sentence.lowerBound && isNameWord(start - 1, first: start - 1 == sentence.lowerBound || !tokens[start - 2].isCapitalized) { start -= 1 }
                guard c - start >= 2, let actor = head.actor else { continue }
                let standsFor = knowledge.actors[actor]?.kind == .person ? side(of: actor) : actor
                added.append(Mention(start: start, end: c, actor: standsFor, kind: .reference))
            }
            for k in result.indices where result[k].start > c && result[k].end <= close { result[k].inApposition = true }
        }
        if !added.isEmpty {
            result += added
            result.sort { $0.start < $1.start }
        }
    }

    func sectorID(_ state: ActorID, _ sector: Sector) -> ActorID {
        ActorID(state: state, sector: sector)
    }

    /// The actor a name stands for: persons by the date, otherwise the first entry.
    func resolveName(_ entries: [NameEntry]) -> ActorID? {
        let persons = entries.filter { knowledge.actors[$0.actor]?.kind == .person }
        if persons.count == entries.count { return resolvePerson(entries) }
        return entries.first { knowledge.actors[$0.actor]?.kind != .person }?.actor ?? entries.first?.actor
    }

    /// The distinct persons a name's entries stand for, in id order. With
    /// more than one, which is meant depends on the anchor date
    /// (``resolvePerson(_:)``, ``dependsOnAnchor(_:)``).
    func persons(among entries: [NameEntry]) -> [ActorID] {
        Array(Set(entries.map(\.actor).filter { knowledge.actors[$0]?.kind == .person })).sorted()
    }

    /// Among persons sharing a name, the one in office on the anchor date,
    /// else the one whose offices lie closest to it.
    func resolvePerson(_ entries: [NameEntry]) -> ActorID? {
        let ids = persons(among: entries)
        guard ids.count > 1 else { return ids.first }
        guard let anchor else { return ids.first }
        func distance(_ id: ActorID) -> Int {
            let roles = knowledge.roles(of: id)
            if roles.isEmpty { return .max / 2 }
            return roles.map { role in
                if role.isHeld(on: anchor) { return 0 }
                if let from = role.from, anchor < from { return from.ordinal - anchor.ordinal }
                if let to = role.to { return anchor.ordinal - to.ordinal }
                return .max / 2
            }.min()!
        }
        return ids.min { (distance($0), $0) < (distance($1), $1) }
    }

    /// Who held `title` in `state` on the anchor date.
    func holder(of title: Title, in state: ActorID) -> (ActorID, Office?)? {
        let candidates = knowledge.roles(in: state).filter { role in
            if case .office(let office) = title, role.office != office { return false }
            if case .head = title, RelationGraph.rankForHead(role.office) > 1 { return false }
            return anchor.map(role.isHeld(on:)) ?? (role.to == nil)
        }
        guard let best = candidates.min(by: { a, b in
            (RelationGraph.rankForHead(a.office), b.from?.ordinal ?? 0) < (RelationGraph.rankForHead(b.office), a.from?.ordinal ?? 0)
        }) else { return nil }
        return (best.holder, best.office)
    }
}

extension RelationGraph {
    /// Offices ranked for "the leader of": supreme leaders and heads of state first.
    static func rankForHead(_ office: Office) -> Int {
        switch office {
        case .supremeLeader, .king, .queen, .emir, .sultan: return 0
        case .president, .headOfState, .primeMinister, .chancellor, .leader: return 1
        default: return 2
        }
    }
}
