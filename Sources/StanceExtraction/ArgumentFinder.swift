import EnglishSyntax
import StanceGraph

/// A relation a cue states between two mentions, before it is checked and dated.
struct Candidate: Sendable {
    var source: Mention
    var target: Mention
    var kind: RelationKind
    var match: CueMatch
    var polarity: Polarity
    /// Whether both arguments hang from the cue itself (not found through coordination or control).
    var direct: Bool
    /// A mode other than the cue's own ("call-for" when the cue is what a request asks for).
    var mode: String? = nil
}

/// The seventh stage: the arguments of each cue, read from the tree.
///
/// - a verb's source is its subject, or under the passive its "by" agent,
///   with its patient as the target; a verb without a subject of its own
///   takes the subject of the verb it is coordinated with ("expelled ... and
///   summoned"), or of the verb that controls it: "urged X to V" and "called
///   on X to V" pass X, other verbs their subject;
/// - a verb's target is its object, or the oblique with the cue's
///   preposition ("sanctions on", "talks with");
/// - a noun's source is its possessor, a name or state adjective in front of
///   it, or its "by" phrase ("Iran's attack", "US sanctions", "the Russian
///   invasion", "the killing of ... by ..."), else the subject of a light
///   verb that carries it ("launched an attack on");
/// - an argument that is not itself an actor stands for the actor behind it
///   when it is an act ("condemned the decision by Beijing", "criticised
///   Moscow's annexation"), or for the actor in apposition to it;
/// - coordination distributes over conjuncts on both sides.
///
/// The head of a phrase is its actor: "gunmen loyal to Damascus attacked"
/// names no actor as source, since the gunmen are none.
struct ArgumentFinder {
    let segmentation: Segmentation
    let knowledge: Knowledge
    let s: Int
    let range: Range<Int>
    let tree: DependencyTree
    let mentions: [Mention]
    /// For each word of the sentence, the mention that covers it.
    let covering: [Int?]
    /// Word order, where the tree gives a cue no source or no target.
    let fallback: WordOrderFallback
    /// Who acted last in this or the two sentences before, latest first: what
    /// "the test", "the attack" refer back to when they name no actor.
    var recentActs: [(actor: Mention, kind: RelationKind)] = []
    /// The kinds of the sentence's noun cues by head ("attack" of "the attack": assault).
    var nounCueKinds: [Int: RelationKind] = [:]

    init(segmentation: Segmentation, knowledge: Knowledge, sentence s: Int, tree: DependencyTree, mentions: [Mention]) {
        self.segmentation = segmentation
        self.knowledge = knowledge
        self.s = s
        range = segmentation.sentences[s]
        self.tree = tree
        self.mentions = mentions
        var covering = [Int?](repeating: nil, count: range.count)
        for (index, m) in mentions.enumerated() where m.actor != nil || m.kind == .firstPerson {
            for t in m.start..<m.end where range.contains(t) {
                // The mention whose head the word is wins over one that merely spans it.
                if covering[t - range.lowerBound] == nil || m.head == t { covering[t - range.lowerBound] = index }
            }
        }
        self.covering = covering
        let start = range.lowerBound
        fallback = WordOrderFallback(
            segmentation: segmentation, sentence: range, mentions: mentions,
            notPrepositions: Set(tree.tags.indices.filter { tree.tags[$0] == .part || tree.labels[$0].universal == "fixed" }.map { start + $0 }))
    }

    // MARK: The tree

    func key(_ t: Int) -> String { segmentation.keys[range.lowerBound + t] }
    func marked(_ t: Int, _ marker: Marker) -> Bool { segmentation.isMarker(range.lowerBound + t, marker) }
    func label(_ t: Int) -> Substring { tree.labels[t].universal }
    func fullLabel(_ t: Int) -> String { tree.labels[t].rawValue }
    func dependents(_ t: Int) -> [Int] { tree.dependents(of: t) }
    func dependents(_ t: Int, _ labels: Set<String>) -> [Int] {
        tree.dependents(of: t).filter { labels.contains(fullLabel($0)) || labels.contains(String(label($0))) }
    }

    /// The preposition or subordinator a phrase starts with ("on" of "on Iran", "by" of "by Japan").
    func marker(of t: Int) -> String? {
        let words = tree.dependents(of: t).filter { ["case", "mark"].contains(label($0)) }
        guard !words.isEmpty else { return nil }
        // "out of", "according to": the words together.
        return words.map(key).joined(separator: " ")
    }

    func hasMarker(_ t: Int, _ word: String) -> Bool {
        tree.dependents(of: t).contains { ["case", "mark"].contains(label($0)) && key($0) == word }
    }

    /// Whether `t`'s preposition or subordinator is one of a marker's words.
    func hasMarker(_ t: Int, _ marker: Marker) -> Bool {
        tree.dependents(of: t).contains { ["case", "mark"].contains(label($0)) && marked($0, marker) }
    }

    func isVerbal(_ t: Int) -> Bool { [.verb, .aux].contains(tree.tags[t]) || tree.xtags[t].hasPrefix("VB") }
    func isNominal(_ t: Int) -> Bool { [.noun, .propn, .pron, .num, .x].contains(tree.tags[t]) || covering[t] != nil }

    /// Whether a verb is passive: a passive subject or auxiliary, or a past
    /// participle modifying a noun ("militias backed by Iran").
    func isPassive(_ v: Int) -> Bool {
        if tree.dependents(of: v).contains(where: { ["nsubj:pass", "aux:pass", "csubj:pass"].contains(fullLabel($0)) }) { return true }
        if isMisreadParticiple(v) { return true }
        return fullLabel(v) == "acl" && tree.xtags[v] == "VBN" && !isMisreadFiniteVerb(v)
    }

    /// "The ceasefire between Israel and Hezbollah, brokered by the US and France, took effect": the
    /// parser took a participle set off by a comma for the sentence's verb. With a "by" phrase, no
    /// object and no auxiliary, it is a passive whose subject is what it modifies.
    func isMisreadParticiple(_ v: Int) -> Bool {
        guard v > 0, key(v - 1) == ",", ["VBD", "VBN"].contains(tree.xtags[v]), dependents(v, ["obj", "aux"]).isEmpty,
            !dependents(v, ["nsubj"]).isEmpty
        else { return false }
        return dependents(v, ["obl"]).contains { hasMarker($0, "by") }
    }

    /// "Ahmed al-Assadi, a spokesman for the PMF, blamed Israel": the parser took the sentence's verb
    /// for a participle on the apposition. A past participle after the apposition's comma with an
    /// object of its own is no passive: the apposition, which names whom the person acts for, is its subject.
    /// So too "the army said its jets struck Hamas targets", read as jets that were struck: a past
    /// form with an object of its own, right after the object (or the noun taken for the clause) of a
    /// verb of saying, is that noun's verb in the clause said ("Russian warplanes violated Estonian
    /// airspace, NATO said").
    func isMisreadFiniteVerb(_ v: Int) -> Bool {
        guard fullLabel(v) == "acl", ["VBN", "VBD"].contains(tree.xtags[v]), let up = tree.head(of: v),
            !dependents(v, ["obj"]).isEmpty
        else { return false }
        if fullLabel(up) == "appos" && v > 0 && key(v - 1) == "," { return true }
        return v == up + 1 && ["obj", "ccomp"].contains(label(up)) && tree.head(of: up).map { marked($0, .speech) } == true
    }

    /// The noun a present participle modifies as a reduced relative clause
    /// when the parser hung the participle higher up ("the problem of pirates
    /// regularly attacking ships", with "attacking" on "problem" or on the
    /// verb): a noun inside the phrase of a noun or verb the participle
    /// depends on, right before the participle but for adverbs, with no
    /// comma or subordinator between. Nil when the participle modifies the
    /// noun it hangs from, or opens a clause of its own.
    func reducedRelativeNoun(of v: Int) -> Int? {
        // Participles that work as prepositions ("following the invasion") modify nothing.
        guard tree.xtags[v] == "VBG", ["acl", "advcl"].contains(fullLabel(v)), !marked(v, .preposition), let up = tree.head(of: v) else { return nil }
        guard dependents(v, ["mark", "nsubj", "aux"]).isEmpty else { return nil }
        var n = v - 1
        while n >= 0 && tree.tags[n] == .adv && tree.head(of: n) == v { n -= 1 }
        guard n >= 0, n != up, [.noun, .propn].contains(tree.tags[n]) else { return nil }
        // Inside the phrase of what the participle hangs from, below one of its dependents: not its own argument
        // ("attacked Ukraine killing five" keeps the attacker).
        // Hung on the noun itself, an "of" phrase's noun is meant ("the problem of pirates attacking").
        guard let parent = tree.head(of: n), tree.dominates(up, n) else { return nil }
        guard parent != up || (fullLabel(v) == "acl" && label(n) == "nmod") else { return nil }
        return n
    }

    /// The "by" phrases of an active verb's object, wherever the parser hung
    /// them: on the verb itself or on one of its oblique phrases ("criticised
    /// the decision by Beijing", "condemned the recognition of Jerusalem as
    /// Israel's capital by the United States").
    func displacedAgents(of verb: Int) -> [Int] {
        obliques(of: verb, "by") + dependents(verb, ["obl"]).flatMap { obliques(of: $0, "by") }
    }

    /// The "by" phrases of an act noun that the parser hung on its target phrase instead: "the attack
    /// on the Yemeni port city by Houthi rebels", with "by" on "city". What an act lands on takes no
    /// agent of its own; another act there ("condemned the attack on the talks by ...") keeps its own.
    func displacedAgents(ofAct t: Int) -> [Int] {
        dependents(t, ["nmod"]).filter { d in
            ["on", "against", "in", "at", "near"].contains { hasMarker(d, $0) } && nounCueKinds[d] == nil
        }.flatMap { obliques(of: $0, "by") }.filter { mention(at: $0) != nil }
    }

    /// A phrase and the phrases coordinated with it.
    func conjuncts(_ t: Int) -> [Int] {
        var out = [t]
        var queue = [t]
        while let x = queue.popLast() {
            // "to Russia, according to the Pentagon" parsed as a coordination: a source of the report, no conjunct.
            for c in dependents(x, ["conj"]) + coordinatedAppositions(x) + coordinatedCompounds(x)
            where !out.contains(c) && !hasMarker(c, .report) {
                out.append(c)
                queue.append(c)
            }
        }
        return out.sorted()
    }

    /// Appositions that are conjuncts the parser misread: a coordinating
    /// conjunction inside the second phrase, before its head, makes it the
    /// second of two ("Kenyan President A and Tanzanian President B", where
    /// "and" hangs from the second title and B from A as an apposition).
    func coordinatedAppositions(_ x: Int) -> [Int] {
        dependents(x, ["appos"]).filter { c in
            c > x && (x + 1..<c).contains { k in tree.tags[k] == .cconj && tree.dominates(c, k) }
        }
    }

    /// Compounds that are conjuncts the parser misread: "Japan and South Korea" hung as one name,
    /// "Japan" a compound of "Korea" with "and" between them. A compound that is another actor's
    /// name, with a coordinating conjunction between it and the head, is the first of two.
    func coordinatedCompounds(_ x: Int) -> [Int] {
        guard let own = mention(at: x) else { return [] }
        return dependents(x, ["compound"]).filter { c in
            guard c < x, let other = mention(at: c), other.start != own.start, other.actor != nil else { return false }
            return (c + 1..<x).contains { k in tree.tags[k] == .cconj && tree.dominates(x, k) && mention(at: k) == nil }
        }
    }

    // MARK: Mentions behind words

    func mention(at t: Int) -> Mention? { covering[t].map { mentions[$0] } }

    /// The actor a phrase headed by `t` stands for: its own mention, the one
    /// in apposition to it ("Maria Lopez, Mexico's foreign minister"), and
    /// for an act, the actor behind it ("the decision by Beijing", "Moscow's
    /// annexation", "the Russian invasion").
    func actor(ofPhrase t: Int, actBehind: Bool, owner: Bool = false) -> Mention? {
        behind(t, actBehind: actBehind, owner: owner).first
    }

    /// The actors a phrase stands for: its own mention; else the one in
    /// apposition to it or the title in front of an unknown name; else, for
    /// an act, every actor in front of it or behind its "by" ("the US,
    /// British and European moves": three).
    func behind(_ t: Int, actBehind: Bool, owner: Bool = false) -> [Mention] {
        // "shot down 20 of the 25 drones", "some of the Russian ships": a part stands for its whole.
        // An adjective stands so only in a noun's place ("intercepted most of the rockets"; not "critical of").
        let quantity = [.num, .det, .pron].contains(tree.tags[t]) || (tree.tags[t] == .adj && ["obj", "nsubj", "obl"].contains(String(label(t))))
        if mention(at: t) == nil, quantity, let whole = obliques(of: t, "of").first {
            return behind(whole, actBehind: actBehind, owner: owner)
        }
        if let m = single(t, actBehind: false, owner: false) { return [m] }
        // "Several countries, including France and Germany, condemned": the examples stand for the group.
        if mention(at: t) == nil {
            let examples = dependents(t, ["nmod"]).filter { hasMarker($0, .example) }.flatMap(conjuncts).compactMap(mention(at:))
            if !examples.isEmpty { return examples }
        }
        guard actBehind, [.noun, .propn].contains(tree.tags[t]) || isVerbal(t) else { return [] }
        // "the US-led Iraq War", "a Saudi-led coalition": whoever leads it, before any other modifier.
        for d in dependents(t, ["amod"]) where marked(d, .leading) && d > 1 && key(d - 1) == "-" {
            if let m = mention(at: d - 2) ?? tree.head(of: d - 1).flatMap(mention(at:)) { return [m] }
        }
        var found: [Mention] = []
        // "an offer from Kabul" is Kabul's, but "the withdrawal from Kabul" and "talks from Monday" are not.
        // A noun of saying is its sayer's, consultation or not ("turned down an invitation from Riyadh").
        let fromOwner = marked(t, .utterance) || knowledge.cues[key(t)]?.contains(where: { [.retreat, .consult].contains($0.kind) }) != true
        for d in dependents(t) {
            let l = fullLabel(d)
            let byOrFrom = ["nmod", "obl"].contains(String(label(d))) && (hasMarker(d, "by") || (fromOwner && hasMarker(d, "from")))
            // "a peace plan put forward by Azerbaijan", "the resolution drafted by France": the participle's agent.
            let agents = l == "acl" && isPassive(d) || (l == "acl" && tree.xtags[d] == "VBN") ? self.agents(of: d) : []
            // "the agreement between Turkey and Libya": an act of both.
            let between = label(d) == "nmod" && hasMarker(d, "between")
            guard l == "nmod:poss" || l == "compound" || l == "amod" || byOrFrom || between || !agents.isEmpty else { continue }
            for phrase in agents.isEmpty ? [d] : agents {
                for c in conjuncts(phrase) { if let m = mention(at: c), !found.contains(where: { $0.start == m.start }) { found.append(m) } }
            }
        }
        if found.isEmpty, nounCueKinds[t] != nil {
            found = displacedAgents(ofAct: t).flatMap(conjuncts).compactMap(mention(at:))
        }
        if found.isEmpty, let m = single(t, actBehind: actBehind, owner: owner) { found.append(m) }
        // "the US-Indian statement": names joined by a hyphen act together.
        for m in found where m.start - 2 >= range.lowerBound && segmentation.key(m.start - 1) == "-" {

            if let partner = mentions.first(where: { $0.end == m.start - 1 && $0.actor != nil }), !found.contains(where: { $0.start == partner.start }) {
                found.insert(partner, at: 0)
            }
        }
        return found
    }

    func single(_ t: Int, actBehind: Bool, owner: Bool = false) -> Mention? {
        if let m = mention(at: t) { return m }
        for a in dependents(t, ["appos"]) {
            if let m = mention(at: a) { return m }
            // "Qasem Soleimani, head of Iran's Quds Force": a person the gazetteer does not know stands for
            // the body their apposition heads; a place they are of ("a resident of Paris") is no body.
            for d in dependents(a, ["nmod"]) where hasMarker(d, .owner) {
                if let m = mention(at: d), ![.name(.place), .name(.capital)].contains(m.kind) { return m }
            }
        }
        // "deployed troops along its border with China", "near the frontier with Pakistan": a boundary
        // faces what its "with" phrase names, unless a name owns it ("Ukraine's border with Belarus").
        if marked(t, .border), dependents(t, ["nmod:poss"]).allSatisfy({ mention(at: $0).map { $0.kind == .reference } ?? true }) {
            for d in dependents(t, ["nmod"]) where hasMarker(d, "with") { if let m = mention(at: d) { return m } }
            // The "with" phrase hung on the verb instead: the words right after the noun.
            if t + 2 < tree.count, key(t + 1) == "with", let m = mention(at: t + 2) ?? (t + 3 < tree.count && marked(t + 2, .determiner) ? mention(at: t + 3) : nil) {
                return m
            }
        }
        // "Defence Minister Pierre Joxe" with the name unknown: the title in front of it.
        for c in dependents(t, ["compound", "flat"]) { if let m = mention(at: c), m.hasTitle || m.kind == .sector { return m } }
        guard actBehind, [.noun, .propn].contains(tree.tags[t]) || isVerbal(t) else { return nil }
        for d in dependents(t) {
            let l = fullLabel(d)
            if l == "nmod:poss" || l == "compound" || l == "amod" || (["nmod", "obl"].contains(String(label(d))) && hasMarker(d, "by")) {
                if let m = mention(at: d) { return m }
            }
        }
        // "defended the right of Russian troops", "criticised the policies of Iran": a stance on a thing
        // that is no act of its own is a stance on whose it is ("the killing of civilians" names victims).
        // "the computers of South Korean army officers": the owner may itself be named by its modifiers.
        // "members of the PKK" stand for it too.
        if !owner, knowledge.cues[key(t)]?.allSatisfy({ $0.kind == .membership }) ?? true {
            for d in dependents(t, ["nmod"]) where hasMarker(d, "of") { if let m = single(d, actBehind: false) { return m } }
        }
        // "shelled positions of the Pakistani army", "attacked a camp for Somali refugees": an act of
        // force hits the owner of what it hits.
        if owner {
            for d in dependents(t, ["nmod"]) where hasMarker(d, .owner) { if let m = single(d, actBehind: false) { return m } }
            // "bombed targets near Khan Younis": force used on a place hits the state it lies in.
            for d in dependents(t, ["nmod"]) where dependents(d, ["case"]).contains(where: { marked($0, .locative) }) {
                if let m = mention(at: d), [.name(.place), .name(.capital), .name(.name)].contains(m.kind),
                    m.actor.map({ knowledge.actors[$0]?.kind == .state }) == true
                {
                    return m
                }
                if let m = placeState(d) { return m }
            }
        }
        return nil
    }

    /// A mention, and for "they" resolved to actors named together, one
    /// copy of it for each of the others.
    func expanded(_ m: Mention) -> [Mention] {
        [m] + m.companions.map { companion in
            var each = m
            each.actor = companion
            each.companions = []
            return each
        }
    }

    /// Mentions for a phrase and everything coordinated with it, including
    /// the states of coordinated adjectives before a shared noun
    /// ("Hungarian and Romanian officials").
    func actors(ofPhrase t: Int, actBehind: Bool, owner: Bool = false) -> [Mention] {
        var seen = Set<Int>()
        var found: [Mention] = []
        for c in conjuncts(t) {
          for m in behind(c, actBehind: actBehind, owner: owner) where seen.insert(m.start).inserted {
            found.append(m)
            // "they" for actors named together: each of them.
            found += expanded(m).dropFirst()
            // "the leaders of Chile and Peru": the states coordinated under a title's or sector's "of".
            if m.hasTitle || m.kind == .sector {
                for d in dependents(c, ["nmod"]) where hasMarker(d, "of") {
                    for e in conjuncts(d).dropFirst() {
                        if let other = mention(at: e), other.hasTitle || other.kind == .sector, seen.insert(other.start).inserted { found.append(other) }
                    }
                }
            }
            guard m.kind == .sector || m.hasTitle else { continue }
            // Coordinated adjectives share the noun as head whatever the parse: "Turkish and Greek sides",
            // "his Greek and Cypriot counterparts".
            for other in mentions where other.head == m.head && (other.kind == .sector || other.hasTitle) && seen.insert(other.start).inserted { found.append(other) }
            for d in dependents(c, ["amod", "compound"]) {
                for e in conjuncts(d) {
                    if let other = mention(at: e), other.kind == .sector, other.actor != m.actor, seen.insert(other.start).inserted { found.append(other) }
                }
            }
          }
        }
        return found
    }

    /// The state a place noun's adjective names ("the Russian city of
    /// Belgorod", "Syrian territory"), where the place itself is unknown.
    func placeState(_ t: Int) -> Mention? {
        guard marked(t, .place) else { return nil }
        return dependents(t, ["amod", "compound"]).compactMap(mention(at:)).first {
            $0.actor.map { knowledge.actors[$0]?.kind == .state } == true
        }
    }

    /// Whether a mention is set apart from what the sentence states ("backed
    /// the plan except Turkey", "all but Hungary and Poland"): an exception
    /// marker on its phrase, or on the first of the conjuncts it belongs to.
    func isSetApart(_ m: Mention) -> Bool {
        var h = m.head - range.lowerBound
        guard (0..<range.count).contains(h) else { return false }
        while label(h) == "conj", let up = tree.head(of: h) { h = up }
        if dependents(h).contains(where: { ["case", "mark", "cc"].contains(label($0)) && marked($0, .exception) }) { return true }
        // Where the parse hangs the marker elsewhere: a preposition right before the name.
        let before = m.start - 1 - range.lowerBound
        return before >= 0 && marked(before, .exception) && [.adp, .sconj].contains(tree.tags[before])
    }

    // MARK: Subjects

    /// The subjects of a verb: its own, or through coordination, control or
    /// the noun a participle or relative clause modifies.
    func subjects(of v: Int, depth: Int = 0) -> [Int] {
        guard depth < 4 else { return [] }
        let own = dependents(v, ["nsubj", "nsubj:outer", "csubj"])
        if let first = own.first {
            // "who", "which", "that": the noun the relative clause modifies ("that" only as the parser's
            // relative pronoun, never the complementiser or the determiner).
            if marked(first, .relative) || (fullLabel(v) == "acl:relcl" && tree.xtags[first] == "WDT") {
                if fullLabel(v) == "acl:relcl", let up = tree.head(of: v) {
                    // "Sweden, a nation that supports ...", "Greece is a country that opposes ...": the noun
                    // describes the actor it is in apposition to or predicated of.
                    if mention(at: up) == nil {
                        if fullLabel(up) == "appos", let described = tree.head(of: up) { return [described] }
                        let predicated = dependents(up, ["nsubj"])
                        if !predicated.isEmpty, !dependents(up, ["cop"]).isEmpty { return predicated }
                    }
                    return [up]
                }
                if let antecedent = antecedent(before: first) { return [antecedent] }
            }
            // Two subjects where the parser missed a coordination ("The United States and Britain imposed").
            return own
        }
        guard let up = tree.head(of: v) else { return [] }
        let relation = fullLabel(v)
        if relation == "conj" {
            // "urged Australia to drop the tariffs and spoke with ...": a verb with a tense is no conjunct of an
            // infinitive, whatever the parse; it shares the subject of the finite verb above the infinitive.
            let finiteConjunct = ["VBD", "VBZ"].contains(tree.xtags[v]) || knowledge.irregularPasts.contains(key(v))
            if finiteConjunct, tree.xtags[up] == "VB", ["xcomp", "advcl"].contains(fullLabel(up)),
                let finite = tree.head(of: up), isVerbal(finite)
            {
                return subjects(of: finite, depth: depth + 1)
            }
            // The same with the infinitive hung on the object ("urged the embassy to reconsider and spoke
            // with ..."): the verb above the object.
            if finiteConjunct, tree.xtags[up] == "VB", fullLabel(up) == "acl", hasMarker(up, "to"),
                let noun = tree.head(of: up), let finite = tree.head(of: noun), isVerbal(finite), !isPassive(finite)
            {
                return subjects(of: finite, depth: depth + 1)
            }
            // "expelled two diplomats and summoned the ambassador".
            return isVerbal(up) && !isPassive(up) ? subjects(of: up, depth: depth + 1) : []
        }
        if relation == "xcomp" || (relation == "advcl" && hasMarker(v, "to")) {
            // Object control: "urged Israel to halt", "called on Togo to sign", "allowed Russian troops to
            // invade": the one asked or let acts.
            if marked(up, .request) || marked(up, .allow) || knowledge.cues[key(up)]?.contains(where: { $0.kind == .request }) == true {
                if let o = dependents(up, ["obj", "iobj"]).first { return [o] }
                if let o = dependents(up, ["obl", "nmod"]).first(where: { hasMarker($0, "on") || hasMarker($0, "upon") }) { return [o] }
            }
            return isVerbal(up) ? subjects(of: up, depth: depth + 1) : []
        }
        if let noun = reducedRelativeNoun(of: v) {
            // "the crisis of wildfires currently destroying the rainforest": the noun right before.
            return [noun]
        }
        if relation == "advcl" && tree.xtags[v] == "VBG", hasMarker(v, "of") || hasMarker(v, "for"),
            let o = dependents(up, ["obj"]).first, !actors(ofPhrase: o, actBehind: false).isEmpty
        {
            // "accused Iran of arming the militia", "thanked Qatar for hosting the talks": the object's act.
            return [o]
        }
        if relation == "advcl" && tree.xtags[v] == "VBG" {
            // "..., vowing to destroy Hamas": the main clause's subject. After a comma the participle
            // belongs to the sentence's main clause wherever the parser hung it ("North Korea warned
            // that ... it would use nuclear weapons, sharpening a war of words").
            // But a participle on a reported clause with its own subject is that subject's ("said the airline
            // flies arms to Syria, supporting the government": the airline's act, not the officials').
            let reportedClause = fullLabel(up) == "ccomp" && !dependents(up, ["nsubj"]).isEmpty
            if v > 0, key(v - 1) == ",", !reportedClause, let root = tree.root, root != up, isVerbal(root) || !dependents(root, ["nsubj"]).isEmpty {
                let main = subjects(of: root, depth: depth + 1)
                if !main.isEmpty { return main }
            }
            return subjects(of: up, depth: depth + 1)
        }
        if relation == "acl" && tree.xtags[v] == "VBG" {
            // "forces attacking the town".
            return [up]
        }
        if isMisreadFiniteVerb(v) {
            // "a spokesman for the PMF", "the head of the Iraqi delegation": whom the person acts for.
            let body = dependents(up, ["nmod"]).filter { hasMarker($0, .owner) && !actors(ofPhrase: $0, actBehind: false).isEmpty }
            return body.isEmpty ? [up] : body
        }
        if relation == "acl:relcl" { return [up] }
        return []
    }

    /// The word a relative pronoun at `t` points back to, read from word
    /// order when the parse did not hang its clause from it: the head of the
    /// actor named right before it ("Ali Khamenei, who praised", "Iraq's
    /// militias, many of which are backed").
    func antecedent(before t: Int) -> Int? {
        var j = t - 1
        // "many of which", "some of whom": past the quantifier.
        if j >= 0, key(j) == "of", j - 1 >= 0, tree.tags[j - 1] == .adj || tree.tags[j - 1] == .det || tree.tags[j - 1] == .pron || tree.tags[j - 1] == .num { j -= 2 }
        while j >= 0 && [",", "-"].contains(key(j)) { j -= 1 }
        guard j >= 0 else { return nil }
        // "who" stands for a person or a body, never for a place ("Senator X of Vermont, who ...").
        let personal = ["who", "whom", "whose"].contains(key(t))
        if let m = mention(at: j), m.end == range.lowerBound + j + 1 {
            if personal, [.name(.place), .name(.capital)].contains(m.kind) { return nil }
            return m.head - range.lowerBound
        }
        // "YPG militia which support ...": a noun whose own phrase names the actor.
        if [.noun, .propn].contains(tree.tags[j]), mention(at: j) == nil,
            let owner = dependents(j, ["compound", "amod", "nmod:poss"]).compactMap(mention(at:)).last
        {
            return owner.head - range.lowerBound
        }
        return nil
    }

    /// A quantifier over a relative pronoun ("many of which"): the noun it counts.
    func quantified(_ t: Int) -> Int? {
        guard mention(at: t) == nil else { return nil }
        let countsRelative = tree.dependents(of: t).contains { marked($0, .relative) }
            || (t + 2 < tree.count && key(t + 1) == "of" && marked(t + 2, .relative))
        return countsRelative ? antecedent(before: t) : nil
    }

    /// The "by" agents of a passive verb; else the agent of the act or
    /// statement it was done in ("was condemned in a joint statement by
    /// Egypt", "were killed in a raid by Israeli forces").
    func agents(of v: Int) -> [Int] {
        var own = dependents(v, ["obl", "obl:agent", "nmod"]).filter { hasMarker($0, "by") }
        // "recognised by more than 100 countries, including the United States", the examples hung on the verb.
        if !own.isEmpty { own += dependents(v, ["obl"]).filter { hasMarker($0, .example) } }
        if !own.isEmpty || !isPassive(v) { return own }
        let acts = dependents(v, ["obl"]).filter { hasMarker($0, "in") && tree.tags[$0] == .noun }
        let inBy = acts.flatMap { obliques(of: $0, "by") }
        if !inBy.isEmpty { return inBy }
        // "were killed in a PKK attack", "died in an Israeli strike": a hostile act's own doer, named in front of it.
        return acts.filter { nounCueKinds[$0]?.sign == .hostile }.flatMap { act in
            dependents(act, ["nmod:poss", "compound", "amod"]).filter { mention(at: $0) != nil }
        }
    }

    /// Phrases hanging from `t` with the given preposition.
    func obliques(of t: Int, _ preposition: String) -> [Int] {
        dependents(t, ["obl", "nmod", "obl:tmod", "obl:npmod", "advmod"]).filter { hasMarker($0, preposition) }
    }

    // MARK: Arguments of a cue

    /// The source and target mentions a cue states, with the kind after negation;
    /// empty when the cue says nothing of two actors.
    func candidates(for match: CueMatch, polarity: Polarity, accusations: [Accusation], speaker: (Int) -> Mention?) -> [Candidate] {
        var polarity = polarity
        var result: [Candidate] = []
        for cue in [match.cue] + match.alternatives {
            guard var kind = kind(of: cue, polarity: &polarity) else { return [] }
            // "will withdraw its force from Chad unless ...": an act promised on a condition is a threat.
            if kind.isEvent, kind != .threaten, polarity.future, polarity.hypothetical,
                (match.end..<range.upperBound).contains(where: { segmentation.key($0) == "unless" })
            {
                kind = .threaten
            }
            // "attacked the proclamation", "lashed out at the decision": force on words is a verbal attack.
            if kind == .assault, match.isVerbal,
                (dependents(match.head, ["obj"]) + dependents(match.head, ["obl"])).contains(where: { marked($0, .utterance) && mention(at: $0) == nil })
            {
                kind = .accuse
            }
            var reading = match
            reading.cue = cue
            // "welcomed Finland as its newest ally", "described Pyongyang as the gravest threat": what the
            // verb's object is to its subject. Calling someone a threat or an enemy is an accusation.
            if let (subject, object) = describedAs(match) {
                let hostile = kind.sign == .hostile
                return [Candidate(
                    source: subject, target: object, kind: hostile ? .accuse : kind, match: reading, polarity: polarity, direct: true,
                    mode: hostile ? "described-as-" + (cue.mode ?? kind.rawValue) : nil)]
            }
            let pairs = arguments(for: reading, kind: kind, accusations: accusations, speaker: speaker)
                .filter { !isSetApart($0.0) && !isSetApart($0.1) }
            if !pairs.isEmpty {
                // A speaker's judgement ("membership would make Finland safer") is stated now, whatever its tense.
                var judged = polarity
                if [.support, .accuse].contains(kind), match.isVerbal, let said = speaker(match.head),
                    subjects(of: match.head).allSatisfy({ actors(ofPhrase: $0, actBehind: false).isEmpty })
                {
                    judged.future = false
                    judged.intended = false
                    judged.hypothetical = false
                    for (source, target, direct) in pairs where source.start == said.start {
                        result.append(Candidate(source: source, target: target, kind: kind, match: reading, polarity: judged, direct: direct))
                    }
                    if !result.isEmpty { break }
                }
                for (source, target, direct) in pairs {
                    result.append(Candidate(source: source, target: target, kind: kind, match: reading, polarity: polarity, direct: direct))
                }
                break
            }
        }
        return result
    }

    /// "A and B, the head of C's agency, were in Doha for talks with D": for a
    /// cue noun in the predicate with no source in the parse, the actors named
    /// before the sentence's first finite verb, leaving out possessors and
    /// those inside prepositional phrases other than "of".
    func leadingSubjects(before token: Int) -> [Mention] {
        guard let verb = (0..<tree.count).first(where: { ["VBD", "VBZ", "VBP", "MD"].contains(tree.xtags[$0]) }),
            range.lowerBound + verb < token
        else { return [] }
        return mentions.filter { m in
            guard m.actor != nil, m.kind != .firstPerson, m.end <= range.lowerBound + verb, !fallback.possessesNext(m) else { return false }
            return !fallback.isInPrepositionalPhrase(m)
        }
    }

    /// "North Korea fired a missile. The test was condemned by Japan": a
    /// stance on a definite noun that names no actor ("the test", "this
    /// decision") answers the last act, and its target is whoever did it. A noun that is itself a
    /// cue names an act of its quad class: "the attack" answers no joining, meeting or tension.
    func priorAct(_ phrase: Int?, kind: RelationKind, excluding sources: [Mention]) -> Mention? {
        guard [.accuse, .support, .reject, .protest].contains(kind), let phrase, tree.tags[phrase] == .noun, marked(phrase, .act),
            dependents(phrase, ["det"]).contains(where: { marked($0, .definite) }), !sources.isEmpty
        else { return nil }
        let named = nounCueKinds[phrase]
        return recentActs.first { r in
            !sources.contains { $0.actor == r.actor.actor } && (named.map { $0.quadClass != nil && $0.quadClass == r.kind.quadClass } ?? true)
        }?.actor
    }

    /// The subject and object of the verb a cue noun hangs from by "as".
    func describedAs(_ match: CueMatch) -> (Mention, Mention)? {
        let h = match.head
        // Not a clause the parser took for a noun ("joins NATO as Moscow warns"): a bare noun led by an actor.
        let clause = dependents(h, ["det"]).isEmpty && dependents(h, ["compound", "nsubj"]).contains { mention(at: $0) != nil }
        guard !match.isVerbal, !clause, hasMarker(h, "as"), let verb = tree.head(of: h), isVerbal(verb),
            let object = dependents(verb, ["obj"]).flatMap({ actors(ofPhrase: $0, actBehind: false) }).first,
            let subject = subjects(of: verb).flatMap({ actors(ofPhrase: $0, actBehind: false) }).first, subject.actor != object.actor
        else { return nil }
        return (subject, object)
    }

    /// The kind a cue states under its polarity, or nil when negation drops it.
    func kind(of cue: Cue, polarity: inout Polarity) -> RelationKind? {
        guard polarity.negated else { return cue.kind }
        // "refused to commit to any assistance", "failed to reach agreement": refusing a cooperative act rejects it.
        if polarity.refused && cue.kind.sign == .cooperative && !cue.kind.isPledge {
            polarity.negated = false
            return .reject
        }
        switch cue.negation {
        case .drop:
            return nil
        case .becomes(.reject):
            // "denied sending weapons": a denial says the act did not happen, which is no stance.
            guard !polarity.denied else { return nil }
            // "refused to meet", "failed to reach agreement": the refusal is what is stated.
            polarity.negated = false
            return .reject
        case .becomes(let pledge):
            // "won't allow any aggression", "has no intention to meddle", "does not interfere": a pledge.
            let pledged = polarity.future || polarity.allowing || polarity.present
            guard pledged, !polarity.refused, !polarity.denied else { return nil }
            polarity.negated = false
            return pledge
        }
    }

    typealias Pair = (source: Mention, target: Mention, direct: Bool)

    func arguments(for match: CueMatch, kind: RelationKind, accusations: [Accusation], speaker: (Int) -> Mention?) -> [Pair] {
        let cue = match.cue
        let h = match.head
        // "prompting a sharp rebuke from Beijing", "faced condemnation from Seoul": a reaction the clause's
        // subject drew or suffered comes from the actor after "from", whatever the noun's own rule.
        if !match.isVerbal, let pairs = reaction(to: match), !pairs.isEmpty { return pairs }
        // "recalled its ambassador from Moscow for consultations": talks at home, the purpose of a hostile act.
        if kind == .consult, !match.isVerbal, hasMarker(h, "for"), let up = tree.head(of: h),
            knowledge.cues[key(up)]?.contains(where: { $0.kind.sign == .hostile }) == true
        {
            return []
        }
        if hasReciprocalObject(match) { return reciprocal(for: match) }
        if let pairs = assistance(match, kind: kind) { return pairs }
        for rule in cue.targets {
            switch rule {
            case .none:
                // "Iran-backed militias": the prefix is the source, the modified noun the target.
                guard match.start - 2 >= range.lowerBound, let source = mention(at: match.start - 2 - range.lowerBound) else { return [] }
                let noun = tree.head(of: h) ?? h
                let targets = actors(ofPhrase: noun, actBehind: false)
                return targets.map { (source, $0, true) }
            case .mutual:
                let mutual = reciprocal(for: match)
                if !mutual.isEmpty { return mutual }
            case .pair:
                // "Seoul and Washington held a meeting": each with the other.
                let mutual = reciprocal(for: match)
                if !mutual.isEmpty { return mutual }
                if let pair = pair(for: match) { return pair }
            case .fromReversed:
                // "drew criticism from Y", "faced demands from Y": Y is the source, the subject the target.
                // "received a shipment of missiles from Y": the parser may hang it on what was received.
                let objects = dependents(h, ["obj"])
                let received = objects + objects.flatMap { dependents($0, ["nmod"]).filter { hasMarker($0, "of") } }
                // "came under heavy shelling from Russian forces", "came under attack by Russian drones":
                // the parser may hang it on the cue's own noun, the act, whose "by" names its doer too.
                let cueNouns = (match.start..<match.end).map { $0 - range.lowerBound }
                    .filter { $0 != h && $0 >= 0 && $0 < tree.count && tree.tags[$0] == .noun }
                let from = obliques(of: h, "from") + received.flatMap { obliques(of: $0, "from") }
                    + cueNouns.flatMap { obliques(of: $0, "from") + obliques(of: $0, "by") }
                let sources = from.flatMap { actors(ofPhrase: $0, actBehind: false) }
                var targets = subjects(of: h).flatMap { actors(ofPhrase: $0, actBehind: false) }
                // "Russia's invasion of Ukraine drew condemnation from Japan": the doer of the act.
                if targets.isEmpty { targets = subjects(of: h).flatMap { actors(ofPhrase: $0, actBehind: true) } }
                let pairs = cross(sources, targets, direct: true)
                if !pairs.isEmpty { return pairs }
            case .objectReversed:
                // "NATO admitted Montenegro": the object joins the subject.
                guard match.isVerbal, !isPassive(h) else { continue }
                let sources = dependents(h, ["obj"]).flatMap { actors(ofPhrase: $0, actBehind: false) }
                let targets = subjects(of: h).flatMap { actors(ofPhrase: $0, actBehind: false) }
                let pairs = cross(sources, targets, direct: true)
                if !pairs.isEmpty { return pairs }
            case .speaker:
                // "X said Sweden must do more": the clause's subject is the target, whoever says it the source.
                // The modal's clause: its head, verb or predicate ("must be ready to mediate").
                let verb = tree.head(of: h).map { label(h) == "aux" ? $0 : h } ?? h
                // No verb of saying: a "that" clause says what its governing verb's subject holds
                // ("issued a reminder to Iraq that it must cooperate", "made clear that Iran must").
                let holder: Mention? = {
                    guard hasMarker(verb, "that"), let up = tree.head(of: verb), isVerbal(up) else { return nil }
                    return subjects(of: up).flatMap { actors(ofPhrase: $0, actBehind: false) }.first
                }()
                if let source = speaker(h) ?? holder {
                    var targets = subjects(of: verb).flatMap { actors(ofPhrase: $0, actBehind: false) }.filter { $0.actor != source.actor }
                    // "Poland reminded Belarus that it must stop": a pronoun that cannot be the speaker is
                    // the other actor named before it.
                    if targets.isEmpty, let pronoun = subjects(of: verb).compactMap(mention(at:)).first(where: { $0.kind == .reference }),
                        let other = mentions.last(where: { $0.end <= pronoun.start && $0.actor != nil && $0.actor != source.actor && $0.kind != .reference })
                    {
                        targets = [other]
                    }
                    let pairs = expanded(source).flatMap { each in targets.map { (each, $0, true) } }
                    if !pairs.isEmpty { return pairs }
                }
                // Word order where the parse went wrong ("Erdogan has said Sweden must do more" read
                // with "said" as the subject): the actor right before the modal, after a verb of saying.
                if let pair = fallback.saidModal(at: match.start) { return expanded(pair.speaker).map { ($0, pair.addressee, false) } }
            case .accuser:
                // "China denied that ...": the denial answers the last accusation against the subject,
                // or whoever said something earlier in the sentence ("The Pentagon said ..., but China denied").
                let subjects = sources(for: match, kind: kind)
                for subject in subjects {
                    if let accusation = accusations.last(where: { $0.target.actor == subject.actor }) {
                        return [(subject, accusation.source, false)]
                    }
                    if let claimant = claimant(before: match.start), claimant.actor != subject.actor { return [(subject, claimant, false)] }
                }
            case .prior:
                // "Finland's accession ... Moscow would take countermeasures": the last actor before, on another side.
                let subjects = sources(for: match, kind: kind)
                for subject in subjects {
                    guard let side = subject.actor.map(side(of:)) else { continue }
                    if let prior = mentions.last(where: { $0.end <= subject.start && $0.actor != nil && $0.kind != .firstPerson && $0.actor.map(self.side(of:)) != side }) {
                        return [(subject, prior, false)]
                    }
                }
                // "(Seoul said) any attack by the North would be met with a response": no actor as subject, so
                // whoever says it threatens the actor behind what is answered, the last one named before.
                if subjects.isEmpty, let source = speaker(h) ?? claimant(before: match.start), let side = source.actor.map(side(of:)),
                    let prior = mentions.last(where: { $0.end <= match.start && $0.start > source.start && $0.actor != nil && $0.kind != .firstPerson && $0.actor.map(self.side(of:)) != side })
                {
                    return [(source, prior, false)]
                }
                // "Israel struck the consulate in Damascus. Tehran vowed revenge.": the answer is aimed at whoever
                // last used force or coercion, in this or the two sentences before, on no side of the subject's.
                for subject in subjects {
                    guard let side = subject.actor.map(side(of:)) else { continue }
                    if let act = recentActs.first(where: { [.assault, .coerce].contains($0.kind) && $0.actor.actor.map(self.side(of:)) != side }) {
                        return [(subject, act.actor, false)]
                    }
                }
            case .infinitive:
                // "threatened to cut off power to Armenia": the first actor in the complement on another side.
                let subjects = sources(for: match, kind: kind)
                let complement = dependents(h, ["xcomp", "advcl", "ccomp"]).first
                for subject in subjects {
                    guard let side = subject.actor.map(side(of:)) else { continue }
                    if let complement, let target = firstActor(under: complement, notOn: side) {
                        // "to break off relations with Congo and Costa Rica": and its conjuncts.
                        let all = actors(ofPhrase: target.head - range.lowerBound, actBehind: false).filter { $0.actor.map(self.side(of:)) != side }
                        return (all.isEmpty ? [target] : all).map { (subject, $0, false) }
                    }
                    // "threatened to hold a strike unless Israel rescinded ...": whom the condition is on.
                    if kind == .threaten, let target = conditionSubject(after: match.end, notOn: side) { return [(subject, target, false)] }
                }
            case .content:
                // "warned that the US deployment could ... use force": the first actor in hostile, modal content.
                guard let complement = dependents(h, ["ccomp"]).first, isHostileModal(complement) else { continue }
                for subject in sources(for: match, kind: kind) {
                    guard let side = subject.actor.map(side(of:)), let target = firstActor(under: complement, notOn: side) else { continue }
                    return [(subject, target, false)]
                }
            case .object, .gap, .preposition:
                let pairs = directArguments(for: match, rule: rule, kind: kind, speaker: speaker)
                if !pairs.isEmpty { return pairs }
            }
        }
        return reciprocal(for: match)
    }

    /// Help given in a "with" phrase: "Syrian forces retook Aleppo with Russian air support",
    /// "The Houthis, with Iranian backing, attacked", "with the support of Turkey". It goes to the
    /// subject of the clause it helps, and comes from the help's own source: its possessor or
    /// state adjective, or its "of" phrase, which here names the giver, not the receiver. The
    /// parser may hang the phrase on the verb's object ("retook Aleppo with ...").
    ///
    /// - Returns: nil when the cue is no supporting noun in a "with" phrase.
    func assistance(_ match: CueMatch, kind: RelationKind) -> [Pair]? {
        let h = match.head
        guard !match.isVerbal, [.support, .aid, .backing].contains(kind), hasMarker(h, "with"), var verb = tree.head(of: h)
        else { return nil }
        if !isVerbal(verb), ["obj", "obl", "nmod"].contains(label(h)), ["obj", "obl"].contains(label(verb)), let up = tree.head(of: verb) {
            verb = up
        }
        guard isVerbal(verb) || !dependents(verb, ["nsubj"]).isEmpty else { return nil }
        let own = dependents(h, ["nmod:poss", "compound", "amod"]) + dependents(h, ["nmod"]).filter { hasMarker($0, "of") }
        let sources = own.flatMap { actors(ofPhrase: $0, actBehind: false) }
        let targets = subjects(of: verb).flatMap { actors(ofPhrase: $0, actBehind: false) }
        return cross(sources, targets, direct: false)
    }

    /// Whether a word-order target lies in another clause than the cue: a
    /// verb between them that the tree does not hang under the cue ("which
    /// seized power in 2021, has rejected a plan from ASEAN").
    func crossesClause(from h: Int, to t: Int) -> Bool {
        guard h < t else { return false }
        func under(_ j: Int) -> Bool {
            var at = j
            for _ in 0..<tree.count {
                if at == h { return true }
                guard let up = tree.head(of: at) else { return false }
                at = up
            }
            return false
        }
        return ((h + 1)..<t).contains { [.verb, .aux].contains(tree.tags[$0]) && tree.head(of: $0) != nil && !under($0) }
    }

    /// A reaction noun that is the object of a verb of drawing or suffering
    /// ("sparked protests from Ankara", "received aid from Japan"): from the
    /// actor after "from" to the verb's subject, or to the act that drew it.
    func reaction(to match: CueMatch) -> [Pair]? {
        let h = match.head
        guard label(h) == "obj", let up = tree.head(of: h), isVerbal(up), marked(up, .elicit) || marked(up, .undergo) else { return nil }
        // "suffered attacks by Azerbaijan": what one undergoes is done by its agent as well.
        let by = marked(up, .undergo) ? obliques(of: h, "by") + obliques(of: up, "by") : []
        let sources = (obliques(of: h, "from") + obliques(of: up, "from") + by).flatMap { actors(ofPhrase: $0, actBehind: false) }
        guard !sources.isEmpty else { return nil }
        let targets = subjects(of: up).flatMap { actors(ofPhrase: $0, actBehind: true) }
        return cross(sources, targets, direct: true)
    }

    /// Sources and targets through the object, a preposition, or the passive.
    func directArguments(for match: CueMatch, rule: TargetRule, kind: RelationKind, speaker: (Int) -> Mention? = { _ in nil }) -> [Pair] {
        let h = match.head
        // "Israel is opposed to French mediation", "is committed to": with no agent and the cue's own
        // preposition present, a passive form is an adjective and its subject the source.
        var adjectival = false
        // Not a verb of alleging: "the attack was blamed on Israel" is a passive whose alleger is unnamed.
        if case .preposition(let word) = rule, word != "by", match.isVerbal, agents(of: h).isEmpty, !obliques(of: h, word).isEmpty,
            !marked(h, .allegation)
        {
            adjectival = true
        }
        // "Hezbollah is aligned with Iran", "a group allied with Iran": the same with the preposition in the cue.
        if case .object = rule, match.isVerbal, agents(of: h).isEmpty, let last = match.cue.words.last, let word = last,
            word != "by", segmentation.isMarker(match.end - 1, .preposition)
        {
            adjectival = true
        }
        if match.isVerbal && isPassive(h) && !adjectival {
            // "The test was condemned by Japan": the agent acts on the patient.
            let patients = dependents(h, ["nsubj:pass", "csubj:pass", "nsubj"]).isEmpty && fullLabel(h) == "acl"
                ? [tree.head(of: h)!] : dependents(h, ["nsubj:pass", "csubj:pass", "nsubj"])
            // The actor behind a patient that is an act ("the plan was rejected by Iran") only for stances
            // and force; a visit or a meeting receives actors ("assistance is received by the Houthis").
            // So for a go-between: "the truce between the army and the RSF, brokered by Saudi Arabia" is
            // brokered with its parties.
            let behindActs = kind.sign == .hostile || [.request, .reject, .support, .agree].contains(kind)
                || match.cue.targets.contains(.preposition("between"))
            // "Positions of the army were shelled by ...": force hits the owner of what it hits, as in the active.
            let owner = kind.quadClass == 4 || kind == .retreat
            var targets = patients.map { quantified($0) ?? $0 }.flatMap { actors(ofPhrase: $0, actBehind: behindActs, owner: owner) }
            let agentPhrases = agents(of: h)
            var sources = agentPhrases.flatMap { actors(ofPhrase: $0, actBehind: false) }
            // "killed by Israeli aircraft", "hit by Russian drones": the state whose forces the agent are.
            if sources.isEmpty { sources = agentPhrases.flatMap { actors(ofPhrase: $0, actBehind: true) } }
            // "condemned by members of the European Union", "by leaders of the G7": the body they are of.
            if sources.isEmpty { sources = agentPhrases.flatMap { obliques(of: $0, "of") }.flatMap { actors(ofPhrase: $0, actBehind: false) } }
            // A participle inside its patient's phrase ("a truce mediated by Qatar"): its own phrases name no patient.
            if patients == [tree.head(of: h)] { targets.removeAll { tree.dominates(h, $0.head - range.lowerBound) } }
            // "agreed to a truce mediated by Qatar", "signed a ceasefire brokered by Russia": an agreement with
            // no parties of its own has those of the verb that carries it, its subjects and "with" phrase.
            if targets.isEmpty, behindActs, kind == .consult, fullLabel(h) == "acl", let noun = patients.first,
                ["obj", "obl"].contains(fullLabel(noun)), let verb = tree.head(of: noun), isVerbal(verb),
                knowledge.cues[key(noun)]?.contains(where: { $0.kind == .agree }) == true
            {
                targets = (subjects(of: verb) + obliques(of: verb, "with")).flatMap { actors(ofPhrase: $0, actBehind: false) }
            }
            if targets.isEmpty, let prior = priorAct(patients.first, kind: kind, excluding: sources) { targets = [prior] }
            return cross(sources, targets, direct: true)
        }
        var targetPhrases: [Int] = []
        // A preposition inside the cue ("meeting with", "call on", "pull out of") marks its object.
        let span = (match.start - range.lowerBound)..<(match.end - range.lowerBound)
        let inner = span.filter { $0 > h && ["case", "mark"].contains(label($0)) }.compactMap { tree.head(of: $0) }.filter { !span.contains($0) }
        switch rule {
        case .object where !inner.isEmpty:
            targetPhrases = inner
            // "met with the IMF, then with France": every phrase the verb takes with the cue's preposition.
            if match.isVerbal {
                for word in Set(span.filter { $0 > h && label($0) == "case" }.map(key)) {
                    for o in obliques(of: h, word) where !targetPhrases.contains(o) { targetPhrases.append(o) }
                }
            }
        case .gap:
            // "make Norway safer": the actor inside the cue's gap, however the parser hung it.
            targetPhrases = mentions.filter { $0.actor != nil && $0.start > match.start && $0.end < match.end }.map { $0.head - range.lowerBound }
        case .object:
            targetPhrases = match.isVerbal ? dependents(h, ["obj", "iobj"]) : obliques(of: h, "of")
            // "Cyprus, which Turkey does not recognize": a relative object is the actor named before it.
            targetPhrases = targetPhrases.map { p in marked(p, .relative) ? antecedent(before: p) ?? p : p }
            // An oblique with no preposition is an object the parser mislabelled ("arrested more than 100 Palestinians").
            if targetPhrases.isEmpty, match.isVerbal {
                targetPhrases = dependents(h, ["obl"]).filter { fullLabel($0) == "obl" && marker(of: $0) == nil }
            }
        case .preposition("that"):
            targetPhrases = dependents(h, ["ccomp"]).flatMap { subjects(of: $0) }
        case .preposition(let word):
            targetPhrases = obliques(of: h, word)
            // A preposition the parser hung on the object ("imposed sanctions on Iran") or, for a noun, on its verb
            // ("held talks with Iran").
            if targetPhrases.isEmpty {
                for o in dependents(h, ["obj"]) { targetPhrases += obliques(of: o, word) }
            }
            if targetPhrases.isEmpty, !match.isVerbal, let up = tree.head(of: h), isVerbal(up) {
                targetPhrases = obliques(of: up, word)
            }
            // "joint drills near the border with Ethiopia", with "with Ethiopia" hung on the verb: a phrase
            // right after a border noun names the border's other side, not the act's partner.
            targetPhrases.removeAll { o in
                dependents(o, ["case"]).contains { $0 > 0 && key($0) == word && marked($0 - 1, .border) }
            }
            // "the tariffs Washington imposed on Chinese goods": on the relative clause that carries the act.
            if targetPhrases.isEmpty, !match.isVerbal {
                targetPhrases = carryingClauses(of: h).flatMap { obliques(of: $0, word) }
            }
        default:
            break
        }
        if targetPhrases.isEmpty, !match.isVerbal, [.object, .preposition("of"), .preposition("to")].contains(rule),
            let owner = predicatePossessor(h), !sources(for: match, kind: kind).isEmpty
        {
            targetPhrases = [owner]
        }
        let conflict = kind.sign == .hostile || kind == .request || kind == .reject
        let material = kind.quadClass == 4
        var targets = targetPhrases.flatMap { actors(ofPhrase: $0, actBehind: conflict || kind == .support || kind == .agree, owner: material || kind == .retreat) }
        // "launched missiles targeting US troops", "air strikes aimed at Houthi positions": a participle of
        // aiming on the act or on what carries it names the target.
        if targets.isEmpty, material {
            for carrier in [h] + dependents(h, ["obj"]) {
                for participle in dependents(carrier, ["acl"]) where marked(participle, .aim) {
                    let phrases = dependents(participle, ["obj"]) + obliques(of: participle, "at")
                    targets += phrases.flatMap { actors(ofPhrase: $0, actBehind: true, owner: true) }
                }
            }
        }
        // "Lebanon was hit by Israeli airstrikes", "the convoy was struck by a Russian missile": an act of force
        // that is a passive verb's agent lands on the verb's subject.
        if targets.isEmpty, !match.isVerbal, [.assault, .coerce].contains(kind), hasMarker(h, "by"), let up = tree.head(of: h),
            isVerbal(up), isPassive(up)
        {
            targets = subjects(of: up).flatMap { actors(ofPhrase: $0, actBehind: false, owner: true) }
        }
        // "Iran has been under US sanctions since 1979": who is under them is the clause's subject.
        if targets.isEmpty, !match.isVerbal, hasMarker(h, "under") {
            // The predicate itself ("Iran has been under sanctions") or the verb it hangs from ("remains under").
            let clause = dependents(h, ["nsubj"]).isEmpty ? tree.head(of: h) : h
            targets = clause.map { subjects(of: $0).flatMap { actors(ofPhrase: $0, actBehind: false) } } ?? []
        }
        // "North Korea fired a missile. The test was condemned by Japan": a definite act with no actor of its
        // own is the last one's, when a stance answers it.
        if targets.isEmpty, let prior = priorAct(targetPhrases.first, kind: kind, excluding: self.sources(for: match, kind: kind)) {
            targets = [prior]
        }
        // "banned imports of Moldovan wine", "suspended flights from Iran": a measure against trade hits
        // the state the goods or the traffic come from.
        if targets.isEmpty, kind == .sanction, match.isVerbal {
            for p in targetPhrases where mention(at: p) == nil && knowledge.cues[key(p)]?.contains(where: { $0.kind == .cooperate }) == true {
                let origins = obliques(of: p, "of") + obliques(of: p, "from")
                targets += origins.flatMap { actors(ofPhrase: $0, actBehind: true) }
            }
        }
        // "criticised the decision by Beijing" with "by Beijing" hung on the active verb: whose the object is.
        // Also when the object is a thing the stance found an owner in ("attacked the proclamation of the
        // Golan Heights as Israeli territory by President Trump"): the act's agent outranks what it is about.
        if match.isVerbal, !isPassive(h), case .object = rule, targets.isEmpty || targetPhrases.allSatisfy({ mention(at: $0) == nil }) {
            let agents = displacedAgents(of: h).flatMap { actors(ofPhrase: $0, actBehind: false) }
            if !agents.isEmpty { targets = agents }
        }
        // "bombed targets near Khan Younis" with the place hung on the verb: force used at a place hits its state.
        if targets.isEmpty, material || kind == .retreat, match.isVerbal {
            for d in dependents(h, ["obl"]) where dependents(d, ["case"]).contains(where: { marked($0, .locative) }) {
                // "launched strikes across Ukraine": a state named as the place is hit as well.
                if let m = mention(at: d), [.name(.place), .name(.capital)].contains(m.kind)
                    || (m.kind == .name(.name) && m.actor.map { knowledge.actors[$0]?.kind == .state } == true)
                {
                    targets.append(m)
                } else if let m = placeState(d) {
                    targets.append(m)
                }
            }
        }
        var direct = true
        if targets.isEmpty {
            // The parse gave no target: the word order's.
            let found: Mention?
            switch rule {
            case .object, .gap: found = match.isVerbal ? fallback.object(after: match.end) : fallback.target(after: match.end, preposition: "of")
            case .preposition("that"): found = fallback.target(after: match.end, preposition: "that")
            case .preposition(let word): found = fallback.target(after: match.end, preposition: word)
            default: found = nil
            }
            guard let found, !crossesClause(from: match.head, to: found.head - range.lowerBound) else { return [] }
            // A noun's target by word order is not another act's: "the strike follows rocket attacks on the
            // embassy" names what the attacks hit, not the strike.
            if !match.isVerbal, (match.end..<found.start).contains(where: { k in
                // The other act outside the noun's own phrase ("a suspension of air links with Serbia" is one act).
                knowledge.cues[segmentation.key(k)]?.contains(where: \.isNoun) == true && !tree.dominates(match.head, k - range.lowerBound)
            }) {
                return []
            }
            // With the actors coordinated with it ("with Washington and Seoul").
            targets = [found] + fallback.coordinated(after: found)
            direct = false
        }
        var sources = self.sources(for: match, kind: kind)
        // "Stoltenberg said membership would make Finland safer": a judgement with a subject that is
        // no actor is the stance of whoever states it.
        // Only for the cue's own subject: a participle's ("The airline flies arms, supporting the regime")
        // describes what that subject does, not what the speaker holds.
        if sources.isEmpty, match.isVerbal, [.support, .accuse].contains(kind), !dependents(match.head, ["nsubj", "csubj"]).isEmpty, let said = speaker(match.head) {
            sources = [said]
            direct = false
        }
        // A participle that modifies a noun which is no actor ("pirates attacking ships") has its subject.
        // Nor does a relative clause: its pronoun stands for the noun it modifies ("fighters who support").
        let relativeSubject = dependents(match.head, ["nsubj", "nsubj:pass"]).contains { r in
            marked(r, .relative) && r > 0 && [.noun, .propn].contains(tree.tags[r - 1])
        }
        // Nor a participle on a noun, unless the actor is in that noun's own phrase: "delegates pledged to
        // Sanders" are the delegates' pledge, while "thousands of Kenyans protested" and "Hezbollah, a group
        // allied with Iran" are the Kenyans' and Hezbollah's.
        let participleNoun = fullLabel(match.head) == "acl" && ["VBN", "VBD"].contains(tree.xtags[match.head])
            ? tree.head(of: match.head).flatMap { [.noun, .propn].contains(tree.tags[$0]) ? $0 : nil } : nil
        if sources.isEmpty, match.isVerbal, reducedRelativeNoun(of: match.head) == nil, !relativeSubject,
            let subject = fallback.subject(before: match.start),
            participleNoun.map({ owns(phraseOf: $0, subject) }) ?? true
        {
            sources = expanded(subject)
            direct = false
        }
        if sources.isEmpty, !match.isVerbal, let subject = fallback.introducedSubject(for: match.start) {
            sources = expanded(subject)
            direct = false
        }
        // "were in Doha for talks with Qatar's prime minister": a purpose phrase whose parse lost its clause.
        if sources.isEmpty, !match.isVerbal, kind == .consult, hasMarker(h, "for"), tree.head(of: h).map({ !isVerbal($0) }) == true {
            sources = leadingSubjects(before: match.start)
            direct = false
        }
        return cross(sources, targets, direct: direct)
    }

    /// Relative clauses on an act noun whose verb carries the act ("the sanctions that the EU
    /// imposed", "the strike, which Israel carried out"): their subject is the act's source.
    func carryingClauses(of h: Int) -> [Int] {
        dependents(h, ["acl:relcl"]).filter { isVerbal($0) && marked($0, .light) && !isPassive($0) }
    }

    /// The possessor of a predicate noun ("Germany is Ukraine's biggest donor"), which stands
    /// for what its "of" or "to" would name ("a donor to Ukraine"); the subject is the source.
    func predicatePossessor(_ h: Int) -> Int? {
        guard !dependents(h, ["cop"]).isEmpty else { return nil }
        return dependents(h, ["nmod:poss"]).first
    }

    /// Whether a mention lies in a noun's phrase, or in the phrase the noun stands in apposition to.
    func owns(phraseOf noun: Int, _ mention: Mention) -> Bool {
        let head = mention.head - range.lowerBound
        guard head >= 0, head < tree.count else { return false }
        let root = fullLabel(noun) == "appos" ? (tree.head(of: noun) ?? noun) : noun
        return tree.dominates(root, head)
    }

    /// The sources of a cue: a verb's subjects, a noun's possessor or modifier, or a light verb's subject.
    func sources(for match: CueMatch, kind: RelationKind) -> [Mention] {
        let h = match.head
        if !match.isVerbal {
            // "Germany is Ukraine's biggest donor": a predicate noun's subject, its possessor being the target.
            if predicatePossessor(h) != nil {
                let found = subjects(of: h).flatMap { actors(ofPhrase: $0, actBehind: false) }.filter { $0.kind != .reference }
                if !found.isEmpty { return found }
            }
            for d in dependents(h) {
                let l = fullLabel(d)
                // "at the request of Boris Johnson": a request's "of" names who asks.
                let asker = kind == .request && l == "nmod" && hasMarker(d, "of")
                guard l == "nmod:poss" || l == "compound" || l == "amod" || ((l == "nmod" || l == "obl") && hasMarker(d, "by")) || asker else { continue }
                let found = actors(ofPhrase: d, actBehind: false)
                if !found.isEmpty { return found }
            }
            let displaced = displacedAgents(ofAct: h).flatMap { actors(ofPhrase: $0, actBehind: false) }
            if !displaced.isEmpty { return displaced }
            // "France is a critic of Russia", "Chirac was an opponent of the war": a predicate noun's subject.
            if !dependents(h, ["cop"]).isEmpty {
                let found = subjects(of: h).flatMap { actors(ofPhrase: $0, actBehind: false) }
                if !found.isEmpty { return found }
            }
            // "Al-Shabaab claimed responsibility for the bombing": whoever claims or bears responsibility for
            // an act did it.
            if fullLabel(h) == "nmod", hasMarker(h, "for"), let noun = tree.head(of: h), marked(noun, .responsibility),
                let verb = tree.head(of: noun), isVerbal(verb)
            {
                let found = subjects(of: verb).flatMap { actors(ofPhrase: $0, actBehind: false) }
                if !found.isEmpty { return found }
            }
            // "attributed the bombing to Houthi rebels", "was attributed to Hezbollah", "another attack
            // ascribed to the Taliban": whoever an act is attributed to did it, as reported.
            let attributing = (["obj", "nsubj:pass"].contains(fullLabel(h)) ? tree.head(of: h).map { [$0] } ?? [] : [])
                + dependents(h, ["acl"])
            for verb in attributing where isVerbal(verb) && marked(verb, .attribution) {
                let found = obliques(of: verb, "to").flatMap { actors(ofPhrase: $0, actBehind: false) }
                if !found.isEmpty { return found }
            }
            // "the tariffs Washington imposed on Chinese goods": the subject of a relative clause carrying the act.
            for clause in carryingClauses(of: h) {
                let found = subjects(of: clause).filter { !marked($0, .relative) }.flatMap { actors(ofPhrase: $0, actBehind: false) }
                if !found.isEmpty { return found }
            }
            // "Hamas claimed the attack on": who claims an act did it (not "claimed the attack was staged").
            if label(h) == "obj", let verb = tree.head(of: h), isVerbal(verb), marked(verb, .claim),
                dependents(verb, ["ccomp", "xcomp"]).isEmpty
            {
                // "did not claim the attack", "never claimed": no one is named as its actor.
                if PolarityReader(segmentation: segmentation, sentence: range, tree: tree).read(head: verb).negated { return [] }
                let found = subjects(of: verb).flatMap { actors(ofPhrase: $0, actBehind: false) }
                if !found.isEmpty { return found }
            }
            // "the killing was blamed on Israel", "blamed Russia for the cyberattack": whoever an act is
            // blamed on did it, as alleged.
            if let verb = tree.head(of: h), isVerbal(verb), marked(verb, .allegation),
                PolarityReader(segmentation: segmentation, sentence: range, tree: tree).isAllegedAct(h)
            {
                let blamed = fullLabel(h) == "nsubj:pass" ? obliques(of: verb, "on") : dependents(verb, ["obj"])
                let found = blamed.flatMap { actors(ofPhrase: $0, actBehind: false) }
                if !found.isEmpty { return found }
            }
            // "Gustavo Petro, a longtime critic of Washington": a cue noun in apposition describes its head.
            if fullLabel(h) == "appos", let up = tree.head(of: h) {
                let found = actors(ofPhrase: up, actBehind: false)
                if !found.isEmpty { return found }
            }
            // "launched an attack on", "held talks with", "broadened sanctions against": the act's carrier
            // is whoever does the verb, unless the verb is a stance of its own ("condemned the attack"),
            // a verb of saying, or one its subject undergoes ("suffered an attack", "faced sanctions").
            guard let up = tree.head(of: h), isVerbal(up), ["obj", "nsubj:pass", "obl"].contains(fullLabel(h)) || label(h) == "obj" else { return [] }
            // "protested to Berlin over military aid to Ukraine": an act the clause is about is no act of its subject.
            if isAbout(match) { return [] }
            let cooperative = [RelationKind.consult, .agree, .cooperate, .support, .aid, .nonAggression, .nonInterference, .alliance, .request].contains(kind)
            // "did not rule out military action": who rules an act out or not is its would-be actor.
            let refusing = knowledge.cues[key(up)]?.contains { knowledge.mode($0.mode, has: .refusal) } == true
            let stance = knowledge.cues[key(up)] != nil && !marked(up, .light) && !refusing
            // "condemned the recognition of Jerusalem": who condemns an act does not do it.
            // But refusing it is its subject's refusal ("Hamas rejected talks with Israel").
            let opposed = stance && !marked(up, .refuse)
                && knowledge.cues[key(up)]?.contains(where: { [.accuse, .protest].contains($0.kind) }) == true
            // "called for sanctions against Guinea": who asks for an act is its source, as wished.
            let asking = marked(up, .request) || knowledge.cues[key(up)]?.contains(where: { $0.kind == .request }) == true
            // "condemned the recognition of Jerusalem as Israel's capital by the United States", with "by"
            // hung further on: the act's agent.
            if opposed, !isPassive(up) {
                let agents = displacedAgents(of: up).filter { $0 > h }.flatMap { actors(ofPhrase: $0, actBehind: false) }
                if !agents.isEmpty { return agents }
            }
            guard marked(up, .light) || refusing || (cooperative && !opposed) || asking || (!stance && !marked(up, .speech) && !marked(up, .undergo) && !marked(up, .report))
            else { return [] }
            if isPassive(up) {
                var agents = agents(of: up)
                // "Sanctions were imposed on Iran by the EU", with "by the EU" hung on "Iran": an actor takes
                // no "by" phrase of its own.
                if agents.isEmpty {
                    agents = dependents(up, ["obl"]).filter { mention(at: $0) != nil }.flatMap { obliques(of: $0, "by") }
                }
                return agents.flatMap { actors(ofPhrase: $0, actBehind: false) }
            }
            return subjects(of: up).flatMap { actors(ofPhrase: $0, actBehind: false) }
        }
        let subjectPhrases = subjects(of: h)
        let found = subjectPhrases.flatMap { actors(ofPhrase: $0, actBehind: false) }
        // "the US airstrike that killed ...", "an Israeli raid which destroyed ...": an act's relative
        // clause is done by whoever did the act.
        if found.isEmpty, fullLabel(h) == "acl:relcl", let antecedent = tree.head(of: h), subjectPhrases == [antecedent],
            marked(antecedent, .act)
        {
            return actors(ofPhrase: antecedent, actBehind: true)
        }
        return found
    }

    /// Whether a noun cue's phrase opens with a preposition of reason or topic
    /// ("over arms sales", "about the new arms deliveries"), read from the tree
    /// or, where the parser hung the preposition on a modifier, from the words
    /// before the cue.
    func isAbout(_ match: CueMatch) -> Bool {
        if dependents(match.head, ["case"]).contains(where: { marked($0, .reason) }) { return true }
        var j = match.start - range.lowerBound - 1
        while j >= 0, j >= match.start - range.lowerBound - 4,
            [.det, .adj, .num, .noun].contains(tree.tags[j]) || ["det", "amod", "compound", "nummod"].contains(fullLabel(j))
        {
            j -= 1
        }
        return j >= 0 && marked(j, .reason)
    }

    /// The actor named right after the conjunction that follows `m` ("Israel and (the) Hamas"), by word order.
    func actor(after m: Mention) -> Mention? {
        let next = m.end - range.lowerBound
        guard next < tree.tags.count, tree.tags[next] == .cconj else { return nil }
        var start = m.end + 1
        if start < range.upperBound, segmentation.isMarker(start, .determiner) { start += 1 }
        return mentions.first { $0.start == start && $0.actor != nil && $0.actor != m.actor }
    }

    /// Every source with every target, where they are different actors.
    func cross(_ sources: [Mention], _ targets: [Mention], direct: Bool) -> [Pair] {
        var out: [Pair] = []
        for a in sources {
            // "Hezbollah struck its northern towns": a possessive pronoun may point past its own source.
            for b in targets where a.start != b.start && (a.actor == nil || a.actor != b.actor || (b.alternative.map { $0 != a.actor } ?? false)) {
                out.append((a, b, direct))
            }
        }
        return out
    }

    /// "arch-enemies Iran and the United States", "talks between X and Y",
    /// "US-Iran talks", "Iran and the US are rivals": a tie between two actors around the cue.
    func pair(for match: CueMatch) -> [Pair]? {
        let h = match.head
        // "its ally", "their rival": the partner the reference resolved to, and what "its" points to:
        // the subject of the clause ("Washington has urged its ally"), else the last actor named before.
        if let partner = mentions.first(where: { $0.kind == .reference && $0.range.contains(range.lowerBound + h) && $0.actor != nil }),
            ["its", "their", "his", "her"].contains(segmentation.key(partner.start))
        {
            let governor = tree.head(of: h)
            let subject = governor.flatMap { g in subjects(of: g).flatMap { actors(ofPhrase: $0, actBehind: false) }.first }
            let possessor = subject ?? mentions.last { $0.end <= partner.start && $0.actor != nil && $0.actor != partner.actor }
            if let possessor, possessor.actor != partner.actor { return [(possessor, partner, false)] }
        }
        // "a ceasefire between X and Y": a tie both are party to, each with the other, as when both are
        // subjects ("X and Y agreed a ceasefire").
        // "a deal to normalize relations between Sudan and Israel", "a deal it brokered to normalize ...":
        // the parties of what the deal is for.
        var purposes: [Int] = []
        if !match.isVerbal {
            let clauses = dependents(h, ["acl"]) + dependents(h, ["acl:relcl"]).flatMap { dependents($0, ["xcomp", "advcl"]) }
            for a in clauses where hasMarker(a, "to") {
                purposes += obliques(of: a, "between") + dependents(a, ["obj"]).flatMap { obliques(of: $0, "between") }
            }
        }
        for b in obliques(of: h, "between") + purposes {
            var all = actors(ofPhrase: b, actBehind: false)
            // The parser lost the second party ("a ceasefire between Israel and Hamas took effect", with
            // Hamas made a subject): "between" asks for two, so the name right after "and" is the other.
            if all.count == 1, let other = actor(after: all[0]) { all.append(other) }
            if all.count >= 2 { return [(all[0], all[1], true), (all[1], all[0], true)] }
            // "clashes between rival militias": one group's sides, no pair of actors.
            if all.count == 1 { return nil }
        }
        // Actors hanging from the cue noun, or the cue in apposition to them.
        var phrases = dependents(h, ["compound", "amod", "nmod", "nmod:poss", "appos"])
        if let up = tree.head(of: h), ["appos", "conj"].contains(String(label(h))) || fullLabel(h) == "nmod" { phrases.append(up) }
        // "Iran and the US are rivals": the copular subject.
        phrases += dependents(h, ["nsubj"])
        var found: [Mention] = []
        for p in phrases { for m in actors(ofPhrase: p, actBehind: false) where !found.contains(where: { $0.start == m.start }) { found.append(m) } }
        // A name written with a hyphen before the cue: "US-Iran talks".
        // Only modifiers between them and the cue: not "the ambassador to Greece over the agreement".
        if found.count < 2 {
            let before = mentions.filter { $0.end <= match.start && $0.end >= match.start - 4 && $0.actor != nil }
            let modifiers = before.last.map { last in
                (last.end..<match.start).allSatisfy { t in
                    !segmentation.isMarker(t, .preposition) && !segmentation.isMarker(t, .determiner) && segmentation.key(t) != ","
                }
            } ?? false
            if before.count >= 2, modifiers { found = Array(before.suffix(2)) }
        }
        // "Germany said France remains its closest ally": a possessive that resolved to the other side
        // cannot be it; it is the actor named before that.
        if found.count >= 2, found[0].actor == found[1].actor {
            let (named, pronoun) = found[0].kind == .reference ? (found[1], found[0]) : (found[0], found[1])
            if pronoun.kind == .reference,
                let other = mentions.last(where: { $0.end <= min(named.start, pronoun.start) && $0.actor != nil && $0.actor != named.actor && $0.kind != .firstPerson })
            {
                return [(other, named, false)]
            }
            return nil
        }
        if found.count >= 2 { return [(found[0], found[1], true)] }
        // "(Kadhimi values ties,) as the US is a major ally": one side is the cue's
        // subject, the other the subject of the clause the cue's clause depends on.
        // A predicate noun with a subject is a clause however the parser labelled it.
        let clausal = ["advcl", "ccomp", "conj", "parataxis"].contains(String(label(h))) || (label(h) == "obl" && !dependents(h, ["nsubj"]).isEmpty)
        if found.count == 1, let up = tree.head(of: h), clausal,
            let other = subjects(of: up).flatMap({ actors(ofPhrase: $0, actBehind: false) }).first, other.actor != found[0].actor
        {
            return [(other, found[0], false)]
        }
        return nil
    }

    /// Whether a verb cue's object is a reciprocal pronoun: "India and Pakistan blamed each other",
    /// "accuse one another of", "clashed with each other".
    func hasReciprocalObject(_ match: CueMatch) -> Bool {
        match.isVerbal && dependents(match.head, ["obj", "iobj", "obl"]).contains { o in
            // UD makes "each" the head and "other" its fixed part.
            (marked(o, .reciprocal) || dependents(o, ["fixed"]).contains { marked($0, .reciprocal) })
                && ![.noun, .propn].contains(tree.tags[o])
        }
    }

    /// "Israel and Hamas agreed to extend the truce", "Biden and Xi met": a
    /// cue that takes a "with" partner or holds both ways, said of
    /// coordinated subjects and no partner, holds between each two of them;
    /// so does a verb whose object is "each other". Subjects that act between
    /// parties named after "between" are go-betweens and hold no such tie.
    func reciprocal(for match: CueMatch) -> [Pair] {
        guard hasReciprocalObject(match) || match.cue.targets.contains(.preposition("with")) || match.cue.targets.contains(.pair)
            || match.cue.targets.contains(.mutual)
        else { return [] }
        // A cue noun takes the subjects of the verb it is the object of: "Israel and Lebanon renewed negotiations".
        var subjectPhrases: [Int] = []
        if match.isVerbal {
            subjectPhrases = subjects(of: match.head)
        } else {
            // Up through at most two attachments, for parses that hang the cue from a time word ("this week for talks").
            var at = match.head
            for _ in 0..<2 {
                guard let up = tree.head(of: at), ["obj", "obl", "nmod"].contains(String(label(at))) else { break }
                if isVerbal(up) { subjectPhrases = subjects(of: up); break }
                at = up
            }
        }
        // Every subject phrase: two subjects are a coordination the parser missed.
        var all: [Mention] = []
        for phrase in subjectPhrases {
            for m in actors(ofPhrase: phrase, actBehind: false) where !all.contains(where: { $0.start == m.start && $0.actor == m.actor }) { all.append(m) }
        }
        // "Egypt and Qatar tried to broker a deal between Israel and Hamas": with the parties named after
        // "between", the subjects are go-betweens, not each other's counterparts.
        if !all.isEmpty {
            var near = [match.head]
            if let up = tree.head(of: match.head) { near.append(up) }
            near += near.flatMap { dependents($0, ["obj"]) }
            let parties = near.flatMap { obliques(of: $0, "between") }.flatMap { actors(ofPhrase: $0, actBehind: false) }
            if Set(parties.compactMap(\.actor)).count > 1 { return [] }
        }
        // "A memorandum was signed between Cyprus, Greece and Israel", "a truce between Armenia and
        // Azerbaijan was agreed": with no actor as subject, the parties named after "between".
        if all.isEmpty {
            var holders = [match.head]
            if match.isVerbal { holders += dependents(match.head, ["nsubj:pass", "nsubj"]) } else if let up = tree.head(of: match.head), isVerbal(up) { holders.append(up) }
            for holder in holders {
                for phrase in obliques(of: holder, "between") {
                    for m in actors(ofPhrase: phrase, actBehind: false) where !all.contains(where: { $0.start == m.start && $0.actor == m.actor }) { all.append(m) }
                }
            }
        }
        guard all.count > 1 else { return [] }
        var out: [Pair] = []
        for a in all { for b in all where a.start != b.start || a.actor != b.actor { out.append((a, b, true)) } }
        return out
    }

    /// The first actor under a phrase that is not on `side`, skipping possessors of a following name.
    func firstActor(under t: Int, notOn side: ActorID) -> Mention? {
        let words = Set(tree.subtree(of: t))
        return mentions.first { m in
            guard let actor = m.actor, m.kind != .firstPerson, words.contains(m.head - range.lowerBound) else { return false }
            // "Iran's foreign minister Abbas Araghchi": the possessor's own person or organ comes next and
            // stands for it; not so another body ("block Sweden's NATO membership").
            if m.isPossessive && mentions.contains(where: { $0.start == m.end + 1 && $0.actor.map(self.side(of:)) == self.side(of: actor) }) {
                return false
            }
            return self.side(of: actor) != side
        }
    }

    /// The first actor within four words after a condition word ("if", "unless")
    /// later in the sentence than `token`, not on `side`, by word order, since
    /// parsers attach conditions anywhere.
    func conditionSubject(after token: Int, notOn side: ActorID) -> Mention? {
        guard let c = (token..<range.upperBound).first(where: { marked($0 - range.lowerBound, .condition) }) else { return nil }
        return mentions.first { m in
            guard let actor = m.actor, m.start > c, m.start <= c + 4, m.kind != .firstPerson else { return false }
            return self.side(of: actor) != side
        }
    }

    /// The subject of a verb of saying before `token` in the sentence ("The
    /// Pentagon" in "The Pentagon said ..., but China denied").
    func claimant(before token: Int) -> Mention? {
        for v in stride(from: token - range.lowerBound - 1, through: 0, by: -1) where marked(v, .speech) && !segmentation.inQuote[range.lowerBound + v] {
            if let m = subjects(of: v).flatMap({ actors(ofPhrase: $0, actBehind: false) }).first { return m }
            return fallback.subject(before: range.lowerBound + v)
        }
        return nil
    }

    /// A clause holding a modal and then a hostile act ("could ... use force").
    func isHostileModal(_ t: Int) -> Bool {
        let words = tree.subtree(of: t)
        guard let modal = words.first(where: { label($0) == "aux" && ["could", "would", "might", "will", "may"].contains(key($0)) }) else { return false }
        return words.contains { w in
            w > modal && knowledge.cues[key(w)]?.contains { [.assault, .coerce, .mobilize, .sanction, .threaten].contains($0.kind) && !$0.isNoun } == true
        }
    }

    /// The state an actor speaks for: itself, its state, or a person's office.
    func side(of actor: ActorID) -> ActorID {
        if let entry = knowledge.actors[actor] {
            if entry.kind == .state { return actor }
            if let state = entry.state { return state }
        }
        return actor
    }
}

/// An accusation already found, for a later denial to answer.
struct Accusation: Sendable {
    var sentence: Int
    var source: Mention
    var target: Mention
}
