import EnglishSyntax
import Foundation
import StanceGraph

/// The last stage: cues and their arguments made into relations with
/// evidence, sentence by sentence, plus the offices that titles state.
struct RelationBuilder {
    let document: Document
    let knowledge: Knowledge
    let segmentation: Segmentation
    let mentions: [[Mention]]
    let parses: SentenceParses
    let attribution: Attribution
    /// The date offices resolve against (the document's, or one inferred).
    let anchor: Day?

    func relations() -> [Relation] {
        var result: [Relation] = []
        var offices = Set<ActorID>()
        var accusations: [Accusation] = []
        var acts: [(sentence: Int, actor: Mention, kind: RelationKind)] = []
        let matcher = CueMatcher(segmentation: segmentation, knowledge: knowledge)
        for s in segmentation.sentences.indices {
            accusations.removeAll { s - $0.sentence > 2 }
            acts.removeAll { s - $0.sentence > 2 }
            if let tree = parses.trees[s] {
                result += relations(in: s, tree: tree, matcher: matcher, accusations: &accusations, acts: &acts)
            }
            result += titledOffices(in: s, known: &offices)
        }
        return result
    }

    /// - Parameter acts: who did the acts of the last sentences (force, threats,
    ///   plans; not stances), latest last, for stances on "the test" that follow.
    func relations(
        in s: Int, tree: DependencyTree, matcher: CueMatcher, accusations: inout [Accusation],
        acts: inout [(sentence: Int, actor: Mention, kind: RelationKind)]
    ) -> [Relation] {
        let range = segmentation.sentences[s]
        var finder = ArgumentFinder(segmentation: segmentation, knowledge: knowledge, sentence: s, tree: tree, mentions: mentions[s])
        finder.recentActs = acts.reversed().map { ($0.actor, $0.kind) }
        let reader = PolarityReader(segmentation: segmentation, sentence: range, tree: tree)
        var seen = Set<String>()
        var result: [Relation] = []
        let matches = matcher.matches(in: s, tree: tree, mentions: mentions[s])
        for match in matches where !match.isVerbal { finder.nounCueKinds[match.head] = match.cue.kind }
        if debugExtraction {
            for i in 0..<tree.count {
                let head = tree.head(of: i).map { "\($0 + 1) \(tree.words[$0])" } ?? "0 root"
                print("  \(i + 1)\t\(tree.words[i])\t\(tree.tags[i])\t\(tree.xtags[i])\t\(head)\t\(tree.labels[i].rawValue)")
            }
            print("mentions: " + mentions[s].map { "[\(segmentation.text($0.start..<$0.end)) -> \($0.actor?.rawValue ?? "?") head \(tree.words[$0.head - range.lowerBound])]" }.joined(separator: " "))
        }
        var wishing = Set<Int>()
        // Retaliating is answering, not wishing: what a state retaliated with it did ("retaliated with air
        // strikes"), while "vowed to retaliate" is intended through the vow.
        for match in matches where [.request, .threaten].contains(match.cue.kind)
            && !knowledge.mode(match.cue.mode, has: .answer)
        {
            wishing.insert(match.head)
        }
        for match in matches {
            // Acts whose doer a later "the test", "the attack" may mean.
            if ![.accuse, .reject, .support, .protest].contains(match.cue.kind) {
                for source in finder.sources(for: match, kind: match.cue.kind) where source.actor != nil { acts.append((s, source, match.cue.kind)) }
            }
            var polarity = reader.read(head: match.head)
            // "did not rule out military action against Syria", "refused to rule out strikes": an act one
            // will not rule out is held possible; one ruled out is refused.
            if !match.isVerbal, match.cue.kind.sign != .cooperative, finder.label(match.head) == "obj",
                let up = tree.head(of: match.head),
                let refusal = matches.first(where: { $0.head == up && knowledge.mode($0.cue.mode, has: .refusal) })
            {
                if reader.read(head: refusal.head).negated {
                    polarity.hypothetical = true
                } else {
                    polarity.negated = true
                    polarity.refused = true
                }
            }
            var candidates = finder.candidates(for: match, polarity: polarity, accusations: accusations) {
                speakerMention(forCueAt: $0, finder: finder)
            }
            // A cue noun modifying another noun names a kind of thing, not an act: "trade blocs", "aid workers".
            if !match.isVerbal, finder.label(match.head) == "compound", let up = tree.head(of: match.head), up > match.head,
                !(match.start..<match.end).contains(range.lowerBound + up)
            {
                continue
            }
            // "opposed French mediation", "rejected an offer of talks": what is rejected did not happen.
            if match.cue.kind.sign == .cooperative, !match.isVerbal, let up = tree.head(of: match.head), ["obj", "obl"].contains(String(finder.label(match.head))),
                matches.contains(where: { $0.head == up && $0.cue.kind == .reject })
            {
                continue
            }
            // "vetoed a resolution condemning Israel", "blocked a statement criticising North Korea": what
            // a participle on a rejected text says was never said, by the rejecter or anyone.
            let governors = [tree.head(of: match.head), tree.head(of: match.head).flatMap(tree.head(of:))].compactMap { $0 }
            // So does one on a text not signed, backed or joined ("did not join the statement condemning Russia").
            // Nor one on a text voted against ("voted against the resolution condemning Russia").
            if governors.contains(where: { g in
                textClauses(of: g, finder).contains(match.head)
                    && (rejects(g, matches: matches, finder: finder)
                        || tree.head(of: match.head).map { finder.hasMarker($0, "against") && finder.label($0) == "obl" } == true
                        || (finder.dependents(g, ["obj"]).contains { finder.marked($0, .utterance) } && reader.read(head: g).negated))
            }) {
                continue
            }
            // What the rejected text is about is not whom the rejecter rejects: only a target of its own
            // ("vetoed a French resolution") counts, not one the word order found inside the text's clause.
            // Nor is whom a text's participle names whom one who backs or signs it backs ("backed the
            // resolution condemning Russia"); a relative clause may name its author ("the policies Trump
            // mentioned").
            let rejecting = match.isVerbal && rejects(match.head, matches: matches, finder: finder)
            if rejecting || (match.isVerbal && finder.dependents(match.head, ["obj"]).contains(where: { finder.marked($0, .utterance) })) {
                let clauses = textClauses(of: match.head, finder).filter { rejecting || tree.xtags[$0] == "VBG" }
                candidates.removeAll { c in
                    let target = c.target.head - range.lowerBound
                    return (!c.direct && clauses.contains { tree.dominates($0, target) })
                        // The text's participle misparsed as an adjective of what it names.
                        || clauses.contains { tree.head(of: $0) == target && finder.label($0) == "amod" }
                }
            }
            // "withdrew from a treaty with Iran", "scrapped the deal with Tehran", "ended its military cooperation
            // with France": a tie ended is rejected.
            if [.agree, .cooperate, .alliance, .aid].contains(match.cue.kind), !match.isVerbal, let up = tree.head(of: match.head),
                ["obj", "obl", "nmod"].contains(String(finder.label(match.head))),
                finder.marked(up, .cancel) || (finder.marked(up, .ending) && finder.isVerbal(up) && finder.label(match.head) == "obj")
                    || matches.contains(where: { $0.head == up && $0.cue.kind == .retreat })
                    || (finder.label(match.head) == "nmod" && tree.head(of: up).map { finder.marked($0, .cancel) } == true)
            {
                // Stopping aid or trade is a sanction, as PLOVER codes it; leaving a pact rejects it.
                candidates = candidates.map { c in
                    var ended = c
                    let trade = knowledge.mode(c.match.cue.mode, has: .exchange)
                    ended.kind = c.kind == .aid || trade ? .sanction : .reject
                    ended.mode = "ended-" + (c.match.cue.mode ?? c.kind.rawValue)
                    ended.polarity.cancelled = false
                    return ended
                }
            }
            if let wisher = wisher(of: match.head, finder, wishing: wishing) {
                // Wished for or threatened, not done. A request about a third party is a stance
                // toward it: "called for sanctions against Nigeria", "urged the EC to support the PLO".
                guard let request = matches.first(where: { $0.head == wisher && $0.cue.kind == .request }) else { continue }
                candidates = calledFor(candidates, by: request, polarity: reader.read(head: request.head), finder: finder, accusations: accusations)
            }
            if debugExtraction {
                print("cue '\(segmentation.text(match.start..<match.end))' head \(tree.words[match.head]) kind \(match.cue.kind) noun \(match.cue.isNoun) targets \(match.cue.targets) polarity \(polarity) -> \(candidates.map { "\($0.source.actor?.rawValue ?? "?") \($0.kind) \($0.target.actor?.rawValue ?? "?")" })")
            }
            var all = candidates
            // Talks and calls run both ways: "X telephoned Y" is Y consulting X too.
            if let first = all.first, first.kind == .consult, knowledge.mode(first.match.cue.mode, has: .mutual) {
                all += all.map { c in
                    var reversed = c
                    reversed.source = c.target
                    reversed.target = c.source
                    return reversed
                }
            }
            // An act named as the cue's means ("retaliated with tariffs") is coded as itself.
            let meansNamed = matches.contains { $0.head != match.head && tree.head(of: $0.head) == match.head }
            for candidate in all {
                guard let relation = makeRelation(candidate, sentence: s, finder: finder, meansNamed: meansNamed) else { continue }
                let signature = "\(relation.source)|\(relation.target)|\(relation.kind)"
                guard seen.insert(signature).inserted else { continue }
                result.append(relation)
                if candidate.kind == .accuse && relation.modality != .negated {
                    accusations.append(Accusation(sentence: s, source: candidate.source, target: candidate.target))
                }
            }
        }
        return result
    }


    /// The clauses of the text a verb takes as its object: participles and relative clauses on the
    /// object ("a resolution condemning Israel"), and a participle right after the object, with no
    /// comma between, that the parser hung on the verb or made an adjective of the next phrase
    /// ("back the resolution condemning Russia" with "condemning" on "Russia").
    func textClauses(of verb: Int, _ finder: ArgumentFinder) -> [Int] {
        let objects = finder.dependents(verb, ["obj"])
        let afterObject = { (v: Int) in
            v > 0 && finder.tree.xtags[v] == "VBG" && objects.contains { $0 == v - 1 || finder.tree.dominates($0, v - 1) }
        }
        // "voted against the resolution condemning Russia", "abstained on a text criticising Iran".
        let texts = objects + finder.dependents(verb, ["obl"]).filter { finder.marked($0, .utterance) }
        return texts.flatMap { finder.dependents($0, ["acl", "acl:relcl"]) }
            + finder.dependents(verb, ["advcl", "xcomp"]).filter(afterObject)
            + finder.dependents(verb, ["obl", "obj"]).flatMap { finder.dependents($0, ["amod"]) }.filter(afterObject)
    }

    /// Whether the verb at `head` rejects or stops its object: a rejection cue ("vetoed",
    /// "blocked"), or a verb of refusing or calling off.
    func rejects(_ head: Int, matches: [CueMatch], finder: ArgumentFinder) -> Bool {
        finder.isVerbal(head) && (finder.marked(head, .refuse) || finder.marked(head, .cancel)
            || matches.contains { $0.head == head && $0.cue.kind == .reject && $0.isVerbal })
    }

    /// Whether a cue is the content of a request or threat ("urged Israel to halt
    /// attacks", "demanded that the US cancel", "threatened to attack"): wished
    /// for or threatened, not asserted.
    ///
    /// - Parameter wishing: the heads of the sentence's request and threat cues.
    /// - Returns: the head of the wishing cue or verb, or nil when the cue is stated.
    func wisher(of head: Int, _ finder: ArgumentFinder, wishing: Set<Int>) -> Int? {
        // "Iraq must cooperate": the modal demand is the clause's auxiliary.
        if let modal = finder.dependents(head, ["aux"]).first(where: { wishing.contains($0) }) { return modal }
        var at = head
        for depth in 0..<3 {
            let label = String(finder.label(at))
            guard let up = finder.tree.head(of: at), ["xcomp", "ccomp", "advcl", "obj", "obl", "acl"].contains(label) else { return nil }
            // The wishing verb's own object is whom it addresses when a clause says what it wishes
            // ("urged its ally to act", the clause parsed on the verb or on the object); alone it is
            // what is wished ("urged new sanctions on Russia").
            let addressee = depth == 0 && label == "obj"
                && (!finder.dependents(up, ["xcomp", "ccomp"]).isEmpty || finder.dependents(at, ["acl"]).contains { finder.hasMarker($0, "to") })
            // "called for sanctions", "a demand to adhere to the deals": an oblique of a request cue
            // itself or of a verb that is a complement.
            if label == "obl" && !wishing.contains(up) && !["xcomp", "acl", "ccomp"].contains(String(finder.label(up))) { return nil }
            if !addressee && (finder.marked(up, .request) || wishing.contains(up)) { return up }
            // "the US must be ready to mediate": the modal demand sits on the governing predicate.
            if label == "xcomp", let modal = finder.dependents(up, ["aux"]).first(where: { wishing.contains($0) }) { return modal }
            at = up
        }
        return nil
    }

    /// What a request's content says of the requester's stance toward a third
    /// party: support for it when the content is cooperative, disapproval when
    /// hostile. Coders of PLOVER and CAMEO read "called for sanctions against
    /// Nigeria" as disapproval of Nigeria; the addressee of the request ("urged
    /// Israel to ...") gets the request itself, from the request cue.
    func calledFor(_ content: [Candidate], by request: CueMatch, polarity: Polarity, finder: ArgumentFinder, accusations: [Accusation]) -> [Candidate] {
        let asked = finder.candidates(for: request, polarity: polarity, accusations: accusations) { speakerMention(forCueAt: $0, finder: finder) }
        var requesters = asked.map(\.source)
        if requesters.isEmpty { requesters = finder.sources(for: request, kind: .request) }
        let excluded = Set((asked.map(\.target) + requesters).compactMap(\.actor))
        var out: [Candidate] = []
        // "Russia expects to sign the deal with China", "France demanded talks with Iran": what the asker
        // asks of itself, as a verb or as talks or a truce, with no one addressed, is its own act, intended
        // ("called for sanctions" stays a call).
        let addressed = !finder.dependents(request.head, ["iobj"]).isEmpty || !finder.obliques(of: request.head, "on").isEmpty
            || finder.dependents(request.head, ["obj"]).contains { obj in !content.contains { $0.match.head == obj } }
        for c in content where !addressed && (c.match.isVerbal || [.consult, .agree].contains(c.kind)) && c.source.actor != nil
            && requesters.contains(where: { $0.actor == c.source.actor })
        {
            var own = c
            own.polarity.intended = true
            out.append(own)
        }
        if !out.isEmpty { return out }
        // Talks asked for ("urged Iran to talk with", "must mediate between") are no stance on their parties.
        for c in content where c.kind.sign != .neutral && c.kind != .consult {
            guard let target = c.target.actor, !excluded.contains(target) else { continue }
            for requester in requesters {
                var derived = c
                derived.source = requester
                derived.kind = c.kind.sign == .hostile ? .accuse : .support
                derived.mode = "call-for-" + (c.match.cue.mode ?? c.kind.rawValue)
                derived.direct = false
                derived.polarity = polarity
                out.append(derived)
            }
        }
        return out
    }

    // MARK: Speakers

    /// Who states the words at a cue: the quotation's speaker, the subject of
    /// a verb of saying whose complement holds the cue, the source named by
    /// "according to", or the subject of a verb of saying after the statement.
    func speaker(forCueAt head: Int, finder: ArgumentFinder) -> ActorID? {
        speakerMention(forCueAt: head, finder: finder)?.actor
    }

    func speakerMention(forCueAt head: Int, finder: ArgumentFinder) -> Mention? {
        let range = segmentation.sentences[finder.s]
        let token = range.lowerBound + head
        if let quoted = attribution.quoteSpeaker[token] {
            return finder.mentions.last { $0.actor == quoted && $0.end <= token } ?? finder.mentions.first { $0.actor == quoted }
                ?? Mention(start: token, end: token, head: token, actor: quoted, kind: .name(.name))
        }
        let tree = finder.tree
        // Up the tree to a verb of saying: "Egypt said (that) Ethiopia must ...".
        var at = head
        for _ in 0..<4 {
            guard let up = tree.head(of: at) else { break }
            if finder.marked(up, .speech) && ["ccomp", "parataxis", "xcomp", "advcl"].contains(String(finder.label(at))) {
                if let m = finder.subjects(of: up).compactMap({ finder.actor(ofPhrase: $0, actBehind: false) }).first { return m }
            }
            // "issued a reminder to Iraq that it must ...": the statement's content, said by the subject of its verb.
            if finder.marked(up, .statement) && ["acl", "ccomp"].contains(String(finder.label(at))), let verb = tree.head(of: up), finder.isVerbal(verb) {
                if let m = finder.subjects(of: verb).compactMap({ finder.actor(ofPhrase: $0, actBehind: false) }).first { return m }
            }
            at = up
        }
        // "according to X".
        for t in 0..<tree.count where finder.key(t) == "according" {
            if let x = tree.head(of: t), let m = finder.actor(ofPhrase: x, actBehind: false) { return m }
        }
        return nil
    }

    // MARK: Relations

    func makeRelation(_ candidate: Candidate, sentence s: Int, finder: ArgumentFinder, meansNamed: Bool = false) -> Relation? {
        let match = candidate.match
        let speaker = self.speaker(forCueAt: match.head, finder: finder)
        func actor(_ mention: Mention) -> ActorID? {
            if mention.kind == .firstPerson {
                guard let speaker else { return nil }
                return knowledge.actors[speaker]?.kind == .person ? (currentRole(of: speaker)?.organisation ?? speaker) : speaker
            }
            return mention.actor
        }
        guard let sourceID = actor(candidate.source), var targetID = actor(candidate.target) else { return nil }
        // "Hezbollah struck its northern towns": force does not land on its own source's towns or
        // ships, so "its" means the next actor it could ("its own villages" keeps no alternative).
        // Nor does one enter its own airspace ("a Russian jet violated its airspace, Lithuania said").
        if targetID == sourceID, [.assault, .coerce].contains(candidate.kind) || knowledge.mode(candidate.mode ?? match.cue.mode, has: .intrusion),
            let other = candidate.target.alternative
        {
            targetID = other
        }
        guard sourceID != targetID, knowledge.actors[sourceID] != nil, let targetActor = knowledge.actors[targetID]
        else { return nil }
        // A state's own organs and office holders do not act on the state itself ("Iraq's foreign
        // ministry characterized the attack", "Pompeo defended Trump's America First policy").
        if let state = knowledge.actors[targetID].flatMap({ $0.kind == .state ? targetID : nil }), actsFor(sourceID, state, anySector: true) { return nil }
        if let state = knowledge.actors[sourceID].flatMap({ $0.kind == .state ? sourceID : nil }), actsFor(targetID, state, anySector: true) { return nil }
        // A city as the destination of a journey that did not happen is no counterpart unless its state is
        // named otherwise in the sentence ("his cancelled trip to Oslo").
        if [.name(.capital), .name(.place)].contains(candidate.target.kind), candidate.polarity.cancelled || candidate.polarity.negated,
            knowledge.mode(match.cue.mode, has: .travel),
            !finder.mentions.contains(where: { $0.start != candidate.target.start && $0.actor.map(finder.side(of:)) == targetID && $0.kind != .reference })
        {
            return nil
        }
        // A city or region locates an act or suffers it, but does not act.
        if candidate.source.kind == .name(.place) { return nil }
        // One joins a body, not a person or a state.
        if (candidate.kind == .membership || match.cue.kind == .membership), ![.igo, .party, .organisation, .armedGroup].contains(targetActor.kind) {
            return nil
        }
        var kind = candidate.kind
        var mode = candidate.mode ?? match.cue.mode
        // Politicians "attack" each other in words: between persons or parties, an attack that is not a killing
        // is an accusation.
        if kind == .assault, [.person, .party].contains(knowledge.actors[sourceID]?.kind), [.person, .party].contains(targetActor.kind),
            !knowledge.mode(mode, has: .lethal)
        {
            kind = .accuse
            mode = "verbal-attack"
        }
        var modality = modality(candidate.polarity, match: match, sentence: s, tree: finder.tree)
        // "retaliated against Israel": the answer was given, an act of force, where "will retaliate" threatens it.
        if kind == .threaten, !meansNamed, [.asserted, .reported].contains(modality), match.isVerbal, match.cue.words.count == 1,
            knowledge.mode(mode, has: .done), ["VBD", "VBN"].contains(finder.tree.xtags[match.head]),
            !(finder.tree.head(of: match.head).map { finder.marked($0, .intent) } ?? false)
        {
            kind = .assault
        }
        if kind.isPledge && modality == .intended { modality = .asserted }
        // "threatened to quit unless ...": a threat's condition is part of it; the threat was made.
        if kind == .threaten && modality == .hypothetical { modality = .asserted }
        var confidence = 0.8
        if candidate.source.kind == .reference || candidate.target.kind == .reference { confidence -= 0.15 }
        if candidate.source.kind == .firstPerson || candidate.target.kind == .firstPerson { confidence -= 0.05 }
        if modality == .hypothetical { confidence -= 0.2 }
        if modality == .reported { confidence -= 0.1 }
        if candidate.direct { confidence += 0.1 }
        let range = segmentation.sentences[s]
        // A request made as a demand is verbal conflict (CAMEO 10); any other is an appeal (CAMEO 02).
        let demand = kind == .request && knowledge.mode(mode, has: .demand)
        return Relation(
            source: sourceID, target: targetID, kind: kind, mode: mode, modality: modality,
            date: relationDate(in: s, cueHead: match.head, tree: finder.tree, modality: modality), confidence: min(0.99, max(0.1, confidence)),
            intensity: demand ? RelationKind.demandIntensity : nil,
            evidence: Evidence(
                document: document.id, sentenceIndex: s, characterRange: segmentation.characterRange(of: s),
                sentence: segmentation.text(range), speaker: speaker, cue: segmentation.text(match.start..<match.end)))
    }

    func modality(_ p: Polarity, match: CueMatch, sentence s: Int, tree: DependencyTree) -> Modality {
        let range = segmentation.sentences[s]
        // A report word reports the sentence, except as an adjective, which reports only its noun
        // ("sanctioned Iran over alleged plots": the sanction is stated).
        // Nor does one that is what the cue acts on ("rejected Manila's claims", "dismissed the reports").
        let reportWord = range.contains { t in
            let local = t - range.lowerBound
            return segmentation.isMarker(t, .report) && !(tree.labels[local].universal == "amod")
                && !(tree.head(of: local) == match.head && ["obj", "obl"].contains(tree.labels[local].universal))
        }
        // A tie that something ended ("an end to the war between X and Y") is stated as no longer holding;
        // an event that ended ("ended the offensive") took place.
        if p.ended && !match.cue.kind.isEvent && !p.negated { return .negated }
        // "vowed to retaliate" as one cue: the vow is in the cue itself. Not an agreement's own verb:
        // "agreed to a ceasefire" is the agreement, made.
        let vowed = ![.threaten, .agree].contains(match.cue.kind) && (match.start..<(match.end - 1)).contains { segmentation.isMarker($0, .intent) }
        let planned = p.intended || vowed
        let cancelledLater = s + 1 < segmentation.sentences.count && segmentation.sentences[s + 1].contains { segmentation.isMarker($0, .cancel) }
        if p.cancelled || (planned && ((match.start..<range.upperBound).contains { segmentation.isMarker($0, .cancel) } || cancelledLater)) {
            return .plannedThenCancelled
        }
        if p.negated { return .negated }
        if p.hypothetical { return .hypothetical }
        if p.future || planned { return .intended }
        if p.reported || reportWord || isHearsay(match.head, sentence: s, tree: tree) { return .reported }
        return .asserted
    }

    /// Whether the cue at `head` is in what a verb of saying says whose subject is a source of
    /// hearsay, no actor ("Reports said Iran had supplied drones", "Iran supplied drones, reports
    /// said").
    func isHearsay(_ head: Int, sentence s: Int, tree: DependencyTree) -> Bool {
        let start = segmentation.sentences[s].lowerBound
        func saysHearsay(_ verb: Int) -> Bool {
            segmentation.isMarker(start + verb, .speech) && tree.dependents(of: verb).contains { d in
                tree.labels[d].universal == "nsubj" && segmentation.isMarker(start + d, .hearsay)
            }
        }
        var at = head
        for _ in 0..<4 {
            // "..., reports said": the saying hangs on what it says, however the parser labels it.
            if tree.dependents(of: at).contains(where: { $0 > at && ["parataxis", "advcl", "conj"].contains(tree.labels[$0].universal) && saysHearsay($0) }) {
                return true
            }
            guard let up = tree.head(of: at) else { return false }
            if ["ccomp", "parataxis"].contains(tree.labels[at].universal), segmentation.isMarker(start + up, .speech) {
                return saysHearsay(up)
            }
            at = up
        }
        return false
    }

    /// The day a relation's event took place: the one a time expression
    /// attached to its cue names, or to the nearest clause above the cue
    /// ("In 2015, Saudi Arabia started ..."; "said on Monday that ...
    /// attacked"), else the article's date. An expression in another
    /// clause ("X, who visited in 2015, condemned Y"), or on the noun a
    /// relative clause describes, does not date it; a relative one ("last
    /// month", "on Monday") counts from the article's date, forward for an
    /// act still to come that the expression itself modifies.
    ///
    /// - Returns: nil when the article has no date and the text names no
    ///   calendar date: an anchor inferred from offices places roles, not events.
    func relationDate(in s: Int, cueHead: Int, tree: DependencyTree, modality: Modality) -> Day? {
        let today = document.date
        let base = segmentation.sentences[s].lowerBound
        let expressions = TimeExpression.find(in: segmentation.sentences[s], segmentation: segmentation, knowledge: knowledge)
        guard !expressions.isEmpty else { return today }
        // Each expression hangs from the word that governs its head.
        var governed: [Int: TimeExpression] = [:]
        for expression in expressions {
            let head = CueMatcher.head(of: (expression.range.lowerBound - base)..<(expression.range.upperBound - base), in: tree)
            guard var governor = tree.head(of: head) else { continue }
            // A time word read as part of a name ("Yesterday Egypt criticised") modifies the name's clause.
            // An expression compounded with a common noun ("an April 1 strike") dates that noun.
            if tree.labels[head] == .compound, tree.tags[governor] == .propn, let up = tree.head(of: governor) { governor = up }
            if governed[governor] == nil { governed[governor] = expression }
        }
        // The cue's head, then up the tree.
        var at = cueHead
        var steps = 0
        while steps <= tree.count {
            if let expression = governed[at] {
                // An act still to come counts forward from the article's day, when the expression is its own
                // ("will visit on Friday"), not a clause's above it ("said on Monday that they would ...") and
                // the cue is no past verb ("the trip had been planned after they met in November").
                let forward = modality == .intended && steps == 0 && tree.xtags[at] != "VBD"
                return expression.day(today: today, forward: forward) ?? today
            }
            // A relative clause on a noun ("the April 1 strike ..., which it blamed on Israel") does not take
            // the noun's date: the blame came later. A participle or infinitive on it does ("joined the calls on
            // Monday asking ...", "voted yesterday on a resolution to expel ...").
            guard tree.labels[at].rawValue != "acl:relcl", let up = tree.head(of: at) else { break }
            at = up
            steps += 1
        }
        return today
    }

    // MARK: Offices

    /// Offices stated with a title: "Iraq's prime minister", "Iranian President Hassan Rouhani".
    func titledOffices(in s: Int, known: inout Set<ActorID>) -> [Relation] {
        var result: [Relation] = []
        let range = segmentation.sentences[s]
        for mention in mentions[s] where mention.hasTitle {
            guard let person = mention.actor, knowledge.actors[person]?.kind == .person, !known.contains(person),
                let role = currentRole(of: person)
            else { continue }
            known.insert(person)
            result.append(Relation(
                source: person, target: role.organisation, kind: .office, mode: role.office.rawValue,
                modality: .asserted, date: document.date, confidence: 0.95,
                evidence: Evidence(
                    document: document.id, sentenceIndex: s, characterRange: segmentation.characterRange(of: s),
                    sentence: segmentation.text(range), speaker: nil, cue: segmentation.text(mention.range))))
        }
        return result
    }

    /// Whether `actor` is one of `state`'s organs (government, military, ...)
    /// or a person holding an office in it on the anchor date: an act between
    /// such an actor and the bare state is no relation between two actors.
    ///
    /// - Parameter anySector: count every sector of the state, its civilians and rebels too.
    func actsFor(_ actor: ActorID, _ state: ActorID, anySector: Bool = false) -> Bool {
        guard let entry = knowledge.actors[actor] else { return false }
        switch entry.kind {
        case .sector: return entry.state == state && (anySector || (entry.sector?.actsForState ?? false))
        case .person: return currentRole(of: actor)?.organisation == state
        default: return false
        }
    }

    func currentRole(of person: ActorID) -> Role? {
        let roles = knowledge.roles(of: person)
        let held = anchor.map { day in roles.filter { $0.isHeld(on: day) } } ?? roles.filter { $0.to == nil }
        // A president or prime minister who also leads a party speaks for the state first.
        func rank(_ role: Role) -> (Int, Int) {
            (knowledge.actors[role.organisation]?.kind == .state ? 0 : 1, RelationGraph.rankForHead(role.office))
        }
        return held.min { rank($0) < rank($1) }
    }
}

/// Set GEOSTANCE_DEBUG=1 to print each cue and what it found (development only).
let debugExtraction = ProcessInfo.processInfo.environment["GEOSTANCE_DEBUG"] != nil
