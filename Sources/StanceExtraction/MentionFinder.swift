import StanceGraph

/// The second stage: the mentions of actors in each sentence.
///
/// One longest-match pass over each sentence finds the pieces (gazetteer
/// names, titles, sectors, descriptions, pronouns); adjacent pieces then
/// combine: "Iraq's prime minister" (the office holder on the anchor date),
/// "Iranian President Hassan Rouhani" (the named person), "Japan's defence
/// ministry" and "Iraqi officials" (a state's sector), "the prime minister of
/// Iraq". References ("he", "the alliance") are left for coreference.
///
/// A person the gazetteer lacks, named after a title ("Trade Minister Jane
/// Doe"), stands for that office's state: its holder on the day if the
/// gazetteer knows one, else the state's government; the name keeps that
/// meaning for the rest of the article ("Doe said ...").
struct MentionFinder {
    let segmentation: Segmentation
    let knowledge: Knowledge
    /// The date offices are resolved against.
    let anchor: Day?

    enum Piece {
        case name([NameEntry])
        case title(Title)
        case sector(Sector)
        case description(Description)
        case pronoun(Mention.Reference)
        case firstPerson
    }

    /// Names learnt from titles, by their folded words, for the rest of the article.
    struct LearnedNames {
        var byKey: [String: ActorID] = [:]
    }

    /// Every sentence's mentions, in order.
    func mentions() -> [[Mention]] {
        var learned = LearnedNames()
        var stateCounts: [ActorID: Int] = [:]
        var result: [[Mention]] = []
        result.reserveCapacity(segmentation.sentences.count)
        for sentence in segmentation.sentences {
            let focus = stateCounts.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key
            let found = mentions(in: sentence, learned: &learned, focus: focus).filter { !namesWar($0, in: sentence) && !opensOrganisationName($0, in: sentence) }
            for m in found { if let actor = m.actor, let state = stateOf(actor) { stateCounts[state, default: 0] += 1 } }
            result.append(found)
        }
        return result
    }

    /// "the Iraq War", "the Korean War": a state named in a war's name says
    /// where it was fought, not who fought it, and is no mention. A name
    /// joined to another by a hyphen ("the Iran-Iraq War") is a side.
    func namesWar(_ m: Mention, in sentence: Range<Int>) -> Bool {
        guard m.end < sentence.upperBound, m.end > sentence.lowerBound, segmentation.isCapitalized(m.end),
            knowledge.cues[key(m.end)]?.contains(where: { $0.kind == .hostility }) == true,
            let actor = m.actor, knowledge.actors[actor]?.kind == .state
        else { return false }
        let joined = (m.start > sentence.lowerBound && ["-", "–"].contains(key(m.start - 1))) || ["-", "–"].contains(key(m.end))
        return !joined
    }

    /// "China Resources Holdings", "Iran Air", "China Daily": a state's name
    /// opening the name of a company or paper, whose next capitalised words
    /// are common nouns the treebank knows (not the capital of "Turkey Monday"
    /// or a title, which the gazetteer reads itself). Such a state is no actor there.
    func opensOrganisationName(_ m: Mention, in sentence: Range<Int>) -> Bool {
        guard let syntax = knowledge.syntax, case .name(.name) = m.kind, let actor = m.actor, knowledge.actors[actor]?.kind == .state,
            m.end < sentence.upperBound, segmentation.isCapitalized(m.end), !segmentation.isAllCaps(m.end)
        else { return false }
        // Whatever the gazetteer reads from the next word on is not a company's name.
        if knowledge.titles[key(m.end)] != nil || segmentation.isMarker(m.end, .determiner) { return false }
        let tags = syntax.lexicalTags(of: segmentation.word(m.end))
        return tags.contains(.noun) && !tags.contains(.propn)
    }

    // MARK: Words

    func key(_ i: Int) -> String { segmentation.key(i) }
    func isWord(_ i: Int) -> Bool { segmentation.isWord(i) }
    func number(_ i: Int) -> Int32 { segmentation.facts[i].number }

    /// "his", "her", "its", "their", "our": a pronoun that is also a determiner.
    func isPossessivePronoun(_ i: Int) -> Bool {
        let markers = segmentation.facts[i].markers
        return markers & Marker.determiner.bit != 0
            && markers & (Marker.pronounMale.bit | Marker.pronounFemale.bit | Marker.pronounNeuter.bit | Marker.pronounPlural.bit | Marker.firstPerson.bit) != 0
    }

    // MARK: Pieces

    func pieces(in sentence: Range<Int>, learned: LearnedNames) -> [(range: Range<Int>, piece: Piece)] {
        var pieces: [(Range<Int>, Piece)] = []
        let numbers = segmentation.numbers
        var i = sentence.lowerBound
        let end = sentence.upperBound
        while i < end {
            guard isWord(i) else { i += 1; continue }
            // A region of several states names none of them ("Latin American"), unless a name is longer.
            if number(i) >= 0, let (n, _) = knowledge.regionTrie.longestMatch(numbers, from: i, to: end),
                (knowledge.nameTrie.longestMatch(numbers, from: i, to: end)?.0 ?? 0) <= n
            {
                i += n
                continue
            }
            if number(i) >= 0, let (n, all) = knowledge.nameTrie.longestMatch(numbers, from: i, to: end) {
                let words = (i..<(i + n)).map(segmentation.word)
                let entries = all.filter { matchesCase($0, words) }
                if !entries.isEmpty {
                    pieces.append((i..<(i + n), .name(entries)))
                    i += n
                    continue
                }
            }
            if segmentation.isCapitalized(i), let (n, actor) = learnedName(at: i, in: sentence, learned: learned) {
                pieces.append((i..<(i + n), .name([NameEntry(actor: actor, form: .name, exactCase: false, capitalized: true, alias: "")])))
                i += n
                continue
            }
            if number(i) >= 0, let (n, title) = knowledge.titleTrie.longestMatch(numbers, from: i, to: end) {
                pieces.append((i..<(i + n), .title(title)))
                i += n
                continue
            }
            if number(i) >= 0, let (n, sector) = knowledge.sectorTrie.longestMatch(numbers, from: i, to: end) {
                pieces.append((i..<(i + n), .sector(sector)))
                i += n
                continue
            }
            if number(i) >= 0, i > sentence.lowerBound,
                let (n, description) = knowledge.descriptionTrie.longestMatch(numbers, from: i, to: end),
                ["the", "this", "its", "their"].contains(key(i - 1)),
                description.isCaseFree || segmentation.isCapitalized(i),
                // "its alliance with the United States" is a tie the possessor has, not a body named before.
                !(description.isBody && ["its", "their"].contains(key(i - 1)))
            {
                // "its ally": the possessive pronoun is part of the description.
                if let last = pieces.last, last.0 == (i - 1)..<i, case .pronoun = last.1 { pieces.removeLast() }
                pieces.append((i..<(i + n), .description(description)))
                i += n
                continue
            }
            let facts = segmentation.facts[i]
            if segmentation.inQuote[i] && facts.markers & Marker.firstPerson.bit != 0
                && !(segmentation.isAllCaps(i) && key(i) == "us")
            {
                pieces.append((i..<(i + 1), .firstPerson))
            } else if facts.markers & Marker.pronounMale.bit != 0 {
                pieces.append((i..<(i + 1), .pronoun(.male)))
            } else if facts.markers & Marker.pronounFemale.bit != 0 {
                pieces.append((i..<(i + 1), .pronoun(.female)))
            } else if facts.markers & Marker.pronounNeuter.bit != 0 {
                pieces.append((i..<(i + 1), .pronoun(.neuter)))
            } else if facts.markers & Marker.pronounPlural.bit != 0 {
                pieces.append((i..<(i + 1), .pronoun(.plural)))
            }
            i += 1
        }
        return pieces
    }

    /// A name learnt from a title earlier in the article, at `i`: the full name or its last word.
    func learnedName(at i: Int, in sentence: Range<Int>, learned: LearnedNames) -> (Int, ActorID)? {
        guard !learned.byKey.isEmpty else { return nil }
        if i + 1 < sentence.upperBound, segmentation.isCapitalized(i + 1), let actor = learned.byKey[key(i) + " " + key(i + 1)] {
            return (2, actor)
        }
        return learned.byKey[key(i)].map { (1, $0) }
    }

    func matchesCase(_ entry: NameEntry, _ words: [String]) -> Bool {
        if entry.exactCase { return words.joined(separator: " ") == entry.alias }
        if entry.capitalized {
            guard let first = words.first?.unicodeScalars.first else { return false }
            // A place's name in capitals is most often an acronym ("GAO", "NIS").
            if entry.form == .place, words.contains(where: { w in w.count >= 2 && w.unicodeScalars.allSatisfy { !$0.properties.isLowercase } }) {
                return false
            }
            return first.properties.isUppercase || first.properties.numericType != nil
        }
        return true
    }

    // MARK: Combining pieces

    /// The state a name piece stands for, when it is a state name or adjective.
    func stateOf(_ entries: [NameEntry]) -> ActorID? {
        entries.first { knowledge.actors[$0.actor]?.kind == .state }?.actor
    }

    func stateOf(_ actor: ActorID) -> ActorID? {
        guard let entry = knowledge.actors[actor] else { return nil }
        return entry.kind == .state ? actor : entry.state
    }

    /// The mentions that a sentence's pieces make, alone or combined.
    func mentions(in sentence: Range<Int>, learned: inout LearnedNames, focus: ActorID?) -> [Mention] {
        let pieces = self.pieces(in: sentence, learned: learned)
        var result: [Mention] = []
        /// Only possessive marks and the listed words between two pieces.
        func adjacent(_ a: Range<Int>, _ b: Range<Int>, allowing: Set<String> = [], modifiers: Bool = false) -> Bool {
            (a.upperBound..<b.lowerBound).allSatisfy {
                segmentation.isPossessiveMark($0) || allowing.contains(key($0)) || (modifiers && segmentation.isMarker($0, .titleModifier))
            }
        }
        var p = 0
        while p < pieces.count {
            let (range, piece) = pieces[p]
            let next = p + 1 < pieces.count ? pieces[p + 1] : nil
            let afterNext = p + 2 < pieces.count ? pieces[p + 2] : nil
            switch piece {
            case .name(let entries):
                // STATE ['s] TITLE [PERSON]  or  STATE ['s] SECTOR
                if let state = stateOf(entries), let next, adjacent(range, next.range, modifiers: true) {
                    if case .title(let title) = next.piece {
                        if let afterNext, case .name(let personEntries) = afterNext.piece, adjacent(next.range, afterNext.range),
                            let person = resolvePerson(personEntries)
                        {
                            var mention = Mention(start: range.lowerBound, end: afterNext.range.upperBound, head: afterNext.range.upperBound - 1, actor: person, kind: .name(.name), hasTitle: true)
                            let office: Office
                            if case .office(let named) = title { office = named } else { office = .leader }
                            mention.statedOffice = (office, state)
                            result.append(mention)
                            p += 3
                            continue
                        }
                        let holderEnd = next.range.upperBound
                        if let named = unknownName(after: holderEnd, in: sentence, pieces: pieces) {
                            // "Australian Trade Minister Jane Doe": a name the gazetteer does not know is not
                            // today's holder of the office but someone in the state's government; the name keeps it.
                            let actor = officeActor(title, in: state, from: range.upperBound, to: next.range.lowerBound, namedOther: true)
                            learn(named, actor, &learned)
                            result.append(Mention(start: range.lowerBound, end: named.upperBound, head: named.upperBound - 1, actor: actor.id, kind: actor.kind, hasTitle: true))
                            p += 2
                            continue
                        }
                        // "the former Bolivian president": the word before the state counts too.
                        let actor = officeActor(title, in: state, from: max(sentence.lowerBound, range.lowerBound - 1), to: next.range.lowerBound)
                        result.append(Mention(start: range.lowerBound, end: holderEnd, head: holderEnd - 1, actor: actor.id, kind: actor.kind, hasTitle: true))
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
                        result.append(Mention(start: range.lowerBound, end: end, head: end - 1, actor: person, kind: .name(.name), hasTitle: titled))
                        p += 2
                        continue
                    }
                    if case .sector(let sector) = next.piece {
                        result.append(Mention(start: range.lowerBound, end: next.range.upperBound, head: next.range.upperBound - 1, actor: ActorID(state: state, sector: sector), kind: .sector))
                        p += 2
                        continue
                    }
                }
                // "Hungarian and Romanian officials", "his Greek and French counterparts": each adjective of a
                // coordination takes the sector or title at its end.
                if let state = stateOf(entries), entries.contains(where: { [.adjective, .name].contains($0.form) }),
                    let (shared, noun) = coordinatedNoun(after: p, pieces: pieces)
                {
                    // The shared noun heads each: "officials" is what the parse hangs "Hungarian" from.
                    switch shared {
                    case .sector(let sector):
                        result.append(Mention(start: range.lowerBound, end: range.upperBound, head: noun, actor: ActorID(state: state, sector: sector), kind: .sector))
                    case .title(let title):
                        let actor = officeActor(title, in: state, from: max(sentence.lowerBound, range.lowerBound - 1), to: range.lowerBound)
                        result.append(Mention(start: range.lowerBound, end: range.upperBound, head: noun, actor: actor.id, kind: actor.kind, hasTitle: true))
                    default: break
                    }
                    p += 1
                    continue
                }
                // "the Bush administration", "Putin's government": the person's state.
                if let person = resolveName(entries), knowledge.actors[person]?.kind == .person, let state = knowledge.actors[person]?.state,
                    let next, case .sector(let sector) = next.piece, adjacent(range, next.range), sector == .government
                {
                    result.append(Mention(start: range.lowerBound, end: next.range.upperBound, head: next.range.upperBound - 1, actor: ActorID(state: state, sector: sector), kind: .sector))
                    p += 2
                    continue
                }
                // "European Union leaders", "NATO officials": a body's own people speak for it.
                if let actor = resolveName(entries), let kind = knowledge.actors[actor]?.kind, [.igo, .organisation, .party, .armedGroup].contains(kind),
                    let next, case .sector(let sector) = next.piece, adjacent(range, next.range), [.government, .military].contains(sector)
                {
                    result.append(Mention(start: range.lowerBound, end: next.range.upperBound, head: next.range.upperBound - 1, actor: actor, kind: .name(.name)))
                    p += 2
                    continue
                }
                // An organisation's officer: "the alliance's chief", "NATO's secretary-general".
                if let actor = resolveName(entries), knowledge.actors[actor]?.kind != .person, let next,
                    case .title = next.piece, segmentation.isPossessiveMark(range.upperBound), adjacent(range, next.range, modifiers: true)
                {
                    result.append(Mention(start: range.lowerBound, end: next.range.upperBound, head: next.range.upperBound - 1, actor: actor, kind: .name(.name), hasTitle: true))
                    p += 2
                    continue
                }
                if let actor = resolveName(entries) {
                    let form = entries.first { $0.actor == actor }?.form ?? .name
                    result.append(Mention(start: range.lowerBound, end: range.upperBound, head: range.upperBound - 1, actor: actor, kind: .name(form)))
                }
            case .title(let title):
                // TITLE PERSON
                if let next, case .name(let personEntries) = next.piece, adjacent(range, next.range),
                    let person = resolvePerson(personEntries)
                {
                    result.append(Mention(start: range.lowerBound, end: next.range.upperBound, head: next.range.upperBound - 1, actor: person, kind: .name(.name), hasTitle: true))
                    p += 2
                    continue
                }
                // TITLE of the STATE-adjective SECTOR: "the chief of the Israeli army" heads that sector.
                if let next, let afterNext, case .name(let entries) = next.piece, case .sector(let sector) = afterNext.piece,
                    key(range.upperBound) == "of", adjacent(range, next.range, allowing: ["of", "the"]), next.range.upperBound == afterNext.range.lowerBound,
                    let state = stateOf(entries)
                {
                    let notHolder = range.lowerBound > sentence.lowerBound && segmentation.isMarker(range.lowerBound - 1, .formerHolder)
                    result.append(Mention(
                        start: range.lowerBound, end: afterNext.range.upperBound, head: range.upperBound - 1,
                        actor: notHolder ? nil : ActorID(state: state, sector: sector), kind: .sector, hasTitle: true))
                    p += 3
                    continue
                }
                // TITLE of STATE, not of something the state has ("the chief of Israel's militia ally"),
                // nor of a state adjective ("the head of the Israeli ..."). The word before the title counts:
                // "the deputy chief of Israel" is not its holder.
                if let next, case .name(let entries) = next.piece, adjacent(range, next.range, allowing: ["of", "the"]),
                    key(range.upperBound) == "of", let state = stateOf(entries), !segmentation.isPossessiveMark(next.range.upperBound),
                    !entries.allSatisfy({ $0.form == .adjective })
                {
                    let actor = officeActor(title, in: state, from: max(sentence.lowerBound, range.lowerBound - 1), to: range.lowerBound)
                    result.append(Mention(start: range.lowerBound, end: next.range.upperBound, head: range.upperBound - 1, actor: actor.id, kind: actor.kind, hasTitle: true))
                    // "the leaders of Chile and Peru": each coordinated state's holder, hung where the parse hangs its name.
                    for other in coordinatedStates(after: p + 1, pieces: pieces) {
                        let each = officeActor(title, in: other.state, from: max(sentence.lowerBound, range.lowerBound - 1), to: range.lowerBound)
                        result.append(Mention(start: other.range.lowerBound, end: other.range.upperBound, head: other.range.upperBound - 1, actor: each.id, kind: each.kind, hasTitle: true))
                        p += 1
                    }
                    p += 2
                    continue
                }
                // TITLE Unknown Name, in an article about a state: "Trade Minister Jane Doe".
                if segmentation.isCapitalized(range.lowerBound), let named = unknownName(after: range.upperBound, in: sentence, pieces: pieces), let focus {
                    let actor = officeActor(title, in: focus, from: range.lowerBound, to: range.lowerBound, namedOther: true)
                    learn(named, actor, &learned)
                    result.append(Mention(start: range.lowerBound, end: named.upperBound, head: named.upperBound - 1, actor: actor.id, kind: actor.kind, hasTitle: true))
                    p += 1
                    continue
                }
                // "the president": whoever holds the office; "the counterpart" names no office to look up,
                // and "the head of the club" or "the chief of its ally" holds another office than the state's.
                if key(range.lowerBound - 1) == "the", title != .counterpart, range.upperBound >= sentence.upperBound || key(range.upperBound) != "of" {
                    result.append(Mention(start: range.lowerBound, end: range.upperBound, head: range.upperBound - 1, actor: nil, kind: .reference, reference: .office(title)))
                }
            case .sector(let sector):
                // SECTOR of STATE; "officials in Tehran", "security forces in Guinea" (not troops,
                // which are as often foreign ones).
                let joiner = key(range.upperBound)
                // Not "bombers of the airliner" or "fighters of the group": their "of" names victims or bodies.
                if let next, case .name(let entries) = next.piece, (joiner == "of" && ![.armedGroups, .rebels].contains(sector)) || (joiner == "in" && sector != .military),
                    adjacent(range, next.range, allowing: ["of", "in", "the"]), let state = stateOf(entries)
                {
                    result.append(Mention(start: range.lowerBound, end: next.range.upperBound, head: range.upperBound - 1, actor: ActorID(state: state, sector: sector), kind: .sector))
                    // "the foreign ministers of India and China": each coordinated state's sector.
                    if joiner == "of" {
                        for other in coordinatedStates(after: p + 1, pieces: pieces) {
                            result.append(Mention(start: other.range.lowerBound, end: other.range.upperBound, head: other.range.upperBound - 1, actor: ActorID(state: other.state, sector: sector), kind: .sector))
                            p += 1
                        }
                    }
                    p += 2
                    continue
                }
                if key(range.lowerBound - 1) == "the" && [.government, .military, .parliament, .judiciary].contains(sector) {
                    result.append(Mention(start: range.lowerBound, end: range.upperBound, head: range.upperBound - 1, actor: nil, kind: .reference, reference: .bareSector(sector)))
                }
            case .description(let description):
                if case .actor(let id) = description {
                    result.append(Mention(start: range.lowerBound - 1, end: range.upperBound, head: range.upperBound - 1, actor: id, kind: .name(.name)))
                } else {
                    result.append(Mention(start: range.lowerBound - 1, end: range.upperBound, head: range.upperBound - 1, actor: nil, kind: .reference, reference: .description(description)))
                }
            case .pronoun(let reference):
                // "its trade minister", "their troops": the possessor's office or sector.
                // Up to two plain words between: "its trade minister", "their special forces".
                if isPossessivePronoun(range.lowerBound), let next, next.range.lowerBound - range.upperBound <= 2,
                    (range.upperBound..<next.range.lowerBound).allSatisfy({ isWord($0) && !segmentation.isCapitalized($0) && segmentation.facts[$0].markers == 0 })
                {
                    var possessed: Mention.Reference?
                    if case .title(let title) = next.piece { possessed = .possessed(reference, office: title, sector: nil) }
                    if case .sector(let sector) = next.piece { possessed = .possessed(reference, office: nil, sector: sector) }
                    if let possessed {
                        result.append(Mention(
                            start: range.lowerBound, end: next.range.upperBound, head: next.range.upperBound - 1, actor: nil, kind: .reference,
                            reference: possessed))
                        p += 2
                        continue
                    }
                }
                result.append(Mention(start: range.lowerBound, end: range.upperBound, head: range.lowerBound, actor: nil, kind: .reference, reference: reference))
            case .firstPerson:
                result.append(Mention(start: range.lowerBound, end: range.upperBound, head: range.lowerBound, actor: nil, kind: .firstPerson))
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
            if end < sentence.upperBound && segmentation.isPossessiveMark(end) { result[i].isPossessive = true }
            if end - result[i].start == 1, isPossessivePronoun(result[i].start) { result[i].isPossessive = true }
        }
        return result
    }

    /// For a state adjective at `p` coordinated with others before a sector
    /// or title ("Hungarian and Romanian officials", "French, British and
    /// German troops", "his Greek and Cypriot counterparts"): that sector or
    /// title, and its last word. A coordination is joined by "and" or "or":
    /// in "to Russia, US officials said" a comma alone joins nothing.
    func coordinatedNoun(after p: Int, pieces: [(range: Range<Int>, piece: Piece)]) -> (Piece, Int)? {
        var q = p
        var joined = false
        while q + 1 < pieces.count {
            let gap = pieces[q].range.upperBound..<pieces[q + 1].range.lowerBound
            guard gap.count >= 1, gap.count <= 2, gap.allSatisfy({ [",", "and", "or"].contains(key($0)) }) else { return nil }
            joined = joined || gap.contains { ["and", "or"].contains(key($0)) }
            q += 1
            guard case .name(let entries) = pieces[q].piece, entries.contains(where: { [.adjective, .name].contains($0.form) }), stateOf(entries) != nil else { return nil }
            if joined, q + 1 < pieces.count, pieces[q + 1].range.lowerBound == pieces[q].range.upperBound {
                switch pieces[q + 1].piece {
                case .sector, .title: return (pieces[q + 1].piece, pieces[q + 1].range.upperBound - 1)
                default: break
                }
            }
        }
        return nil
    }

    /// The state names coordinated after the piece at `p` ("Chile and Peru",
    /// "Chile, Peru and Bolivia"), each with only commas and "and" before it.
    func coordinatedStates(after p: Int, pieces: [(range: Range<Int>, piece: Piece)]) -> [(range: Range<Int>, state: ActorID)] {
        var out: [(range: Range<Int>, state: ActorID)] = []
        var q = p
        while q + 1 < pieces.count {
            let gap = pieces[q].range.upperBound..<pieces[q + 1].range.lowerBound
            // Not "of India and China's ...": a name that owns what follows is no coordinated state.
            guard gap.count >= 1, gap.count <= 3, gap.allSatisfy({ [",", "and", "the"].contains(key($0)) }), gap.contains(where: { [",", "and"].contains(key($0)) }),
                case .name(let entries) = pieces[q + 1].piece, !entries.allSatisfy({ $0.form == .adjective }), let state = stateOf(entries),
                !segmentation.isPossessiveMark(pieces[q + 1].range.upperBound)
            else { break }
            out.append((pieces[q + 1].range, state))
            q += 1
        }
        // A coordination ends with "and": "of India, which ..." joins nothing.
        guard let last = out.last, key(last.range.lowerBound - 1) == "and" || (last.range.lowerBound >= 2 && key(last.range.lowerBound - 2) == "and") else { return [] }
        return out
    }

    /// Two or three capitalised words after `start` that no table knows, a
    /// person's name: "Jane Doe", "Mary Ann Smith".
    func unknownName(after start: Int, in sentence: Range<Int>, pieces: [(range: Range<Int>, piece: Piece)]) -> Range<Int>? {
        var j = start
        while j < min(sentence.upperBound, start + 3) && segmentation.isCapitalized(j) && !pieces.contains(where: { $0.range.contains(j) })
            && segmentation.facts[j].markers == 0
        {
            j += 1
        }
        guard j - start >= 2, !(j < sentence.upperBound && segmentation.isCapitalized(j)) else { return nil }
        return start..<j
    }

    /// Keeps a name learnt from a title: the full name and its last word.
    func learn(_ name: Range<Int>, _ actor: (id: ActorID?, kind: Mention.Kind), _ learned: inout LearnedNames) {
        guard let id = actor.id else { return }
        let words = name.map(key)
        learned.byKey[words.joined(separator: " ")] = id
        learned.byKey[words.last!] = id
        if words.count >= 2 { learned.byKey[words.suffix(2).joined(separator: " ")] = id }
    }

    /// Who a title in a state stands for: the holder on the anchor date, or
    /// the state's government when the gazetteer knows none or the words
    /// between say it is not the holder ("deputy", "former").
    func officeActor(_ title: Title, in state: ActorID, from: Int, to: Int, namedOther: Bool = false) -> (id: ActorID?, kind: Mention.Kind) {
        let between = from..<max(from, to)
        // A former holder acts for no one.
        if between.contains(where: { segmentation.isMarker($0, .formerHolder) }) { return (nil, .sector) }
        let notHolder = namedOther || title == .counterpart || between.contains { segmentation.isMarker($0, .notHolder) }
        if !notHolder, let holder = holder(of: title, in: state) { return (holder.0, .title(holder.1)) }
        return (ActorID(state: state, sector: .government), .sector)
    }

    /// The actor a name stands for: persons by the date, otherwise the first entry.
    func resolveName(_ entries: [NameEntry]) -> ActorID? {
        let persons = entries.filter { knowledge.actors[$0.actor]?.kind == .person }
        if persons.count == entries.count { return resolvePerson(entries) }
        return entries.first { knowledge.actors[$0.actor]?.kind != .person }?.actor ?? entries.first?.actor
    }

    /// The distinct persons a name's entries stand for, in id order.
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

extension Description {
    var isBody: Bool {
        if case .previousBody = self { return true }
        return false
    }

    /// Whether the phrase matches in any letter case ("the neighbouring
    /// country"); "the North" must be capitalised to mean a state.
    var isCaseFree: Bool {
        if case .previousNamed = self { return false }
        return true
    }
}
