import EnglishSyntax
import StanceGraph

/// Everything the extractor knows before it reads: actors with their names
/// and dated roles, titles, sectors, stance cues and grammatical markers.
/// Built once from the files in `Data/` (see ``Knowledge/load(_:)``), then
/// shared read-only by every extraction.
public struct Knowledge: Sendable {
    /// Splits text into words and sentences (rules from `syntax/tokens.tsv`).
    var tokenizer = Tokenizer(rules: TokenizerRules())
    /// Tags and parses sentences (the model in `models/`).
    var syntax: SyntaxModel?
    /// Contraction parts and the words they stand for ("wo" of "won't": "will").
    var contractions: [String: String] = [:]
    /// Every known actor: states, their sectors, persons and organisations.
    public internal(set) var actors: [ActorID: Actor] = [:]
    public internal(set) var roles: [Role] = []
    var rolesByHolder: [ActorID: [Role]] = [:]
    /// The roles in each state or organisation, in the order of `roles`.
    var rolesByOrganisation: [ActorID: [Role]] = [:]
    /// The organisations (states) some role names a king, queen, emir or sultan of.
    var monarchies: Set<ActorID> = []

    /// Names keyed by their folded tokens joined with spaces.
    var names: [String: [NameEntry]] = [:]
    var titles: [String: Title] = [:]
    var sectors: [String: Sector] = [:]
    /// Regions of several states (regions.tsv), by their folded words: no actor.
    var regions: Set<String> = []
    var descriptions: [String: Description] = [:]
    /// Cues keyed by the folded key of their first word form.
    var cues: [String: [Cue]] = [:]
    /// Cue modes with special rules (modes.tsv).
    var modes: [String: Set<ModeProperty>] = [:]
    /// Irregular past forms (verbs.tsv), which are never a base form ("spoke", "met").
    var irregularPasts: Set<String> = []
    /// Irregular past forms that are neither base nor participle ("froze", "spoke", not "met"):
    /// a finite verb wherever they stand.
    var simplePasts: Set<String> = []
    /// The lemmas of the verb cues (`v` in cues.tsv): "reject", "threaten".
    var verbCueLemmas: Set<String> = []
    /// The forms of verb cues that may be a past tense or a participle ("bombed", "shot").
    var verbCuePastParticiples: Set<String> = []
    /// The third-person present forms of verb cues that no noun cue ends in ("backs", "opposes",
    /// but not "sanctions" or "attacks").
    var verbCueThirdPersons: Set<String> = []
    var markers: [String: Set<Marker>] = [:]
    /// Words of time expressions (time.tsv), keyed by their folded form.
    var timeWords: [String: [TimeWord]] = [:]
    /// What each key is to the extractor, built by ``buildTries()``: one
    /// lookup per token answers every per-word question.
    var wordFacts = WordTable()
    var boilerplate: [[String]] = [] {
        didSet { boilerplateByFirstWord = Dictionary(grouping: boilerplate.filter { !$0.isEmpty }, by: { $0[0] }) }
    }
    /// Boilerplate phrases by their first word, for one pass over a line.
    var boilerplateByFirstWord: [String: [[String]]] = [:]

    /// Word numbers and tries over them, built from the tables above by ``buildTries()``.
    var vocabulary = Vocabulary()
    var nameTrie = PhraseTrie<[NameEntry]>()
    var titleTrie = PhraseTrie<Title>()
    var sectorTrie = PhraseTrie<Sector>()
    var descriptionTrie = PhraseTrie<Description>()
    var regionTrie = PhraseTrie<Bool>()

    /// Builds the word numbers and phrase tries from the keyed tables.
    mutating func buildTries() {
        func words(_ key: String) -> [Int32] {
            key.split(separator: " ").map { vocabulary.add(String($0)) }
        }
        for (key, entries) in names { nameTrie.insert(words(key), entries) }
        for (key, title) in titles { titleTrie.insert(words(key), title) }
        for (key, sector) in sectors { sectorTrie.insert(words(key), sector) }
        for (key, description) in descriptions { descriptionTrie.insert(words(key), description) }
        for key in regions { regionTrie.insert(words(key), true) }
        var facts: [String: WordFacts] = [:]
        for (word, number) in vocabulary.numbers { facts[word, default: WordFacts()].number = number }
        for (key, set) in markers { facts[key, default: WordFacts()].markers = set.reduce(0) { $0 | $1.bit } }
        for key in cues.keys { facts[key, default: WordFacts()].startsCue = true }
        for key in boilerplateByFirstWord.keys { facts[key, default: WordFacts()].startsBoilerplate = true }
        wordFacts = WordTable(facts)
    }

    public init() {}

    /// Whether a cue mode (the last column of cues.tsv) has a property of modes.tsv.
    func mode(_ mode: String?, has property: ModeProperty) -> Bool {
        mode.flatMap { modes[$0] }?.contains(property) == true
    }

    /// The number of stance cue patterns (all inflected forms).
    public var cueCount: Int { cues.values.reduce(0) { $0 + $1.count } }

    func roles(of person: ActorID) -> [Role] { rolesByHolder[person] ?? [] }

    /// The gazetteer as a graph without relations: every known actor and
    /// dated role, for looking up who a name is whatever the articles say.
    public var gazetteerGraph: RelationGraph {
        // Loading checked that every role names known actors, so adding them cannot fail.
        var graph = RelationGraph()
        graph.add(actors.values)
        try? graph.add(roles)
        return graph
    }

    /// The roles held in a state or organisation, in the order of ``roles``.
    func roles(in organisation: ActorID) -> [Role] { rolesByOrganisation[organisation] ?? [] }
}

/// What one word (a token's folded key) is to the extractor.
struct WordFacts: Hashable, Sendable {
    /// Its number in the vocabulary of names, titles, sectors and
    /// descriptions; -1 when no such phrase uses it.
    var number: Int32 = -1
    /// Its markers as bits (``Marker/bit``).
    var markers: UInt64 = 0
    /// Whether a stance cue starts with it.
    var startsCue = false
    /// Whether a boilerplate phrase starts with it.
    var startsBoilerplate = false
}

/// What a name in the text refers to.
struct NameEntry: Hashable, Sendable {
    /// `place`: a city, region or site inside the state (places.tsv); it
    /// locates an act and can be its target, but does not act.
    enum Form: Hashable, Sendable { case name, adjective, capital, metonym, place }
    var actor: ActorID
    var form: Form
    /// The alias has all-capital words ("US", "PMF"): the text must match its case.
    var exactCase: Bool
    /// The alias starts with a capital: the text's first word must too.
    var capitalized: Bool
    /// The original alias, for exact-case comparison.
    var alias: String
}

/// A title that names an office ("prime minister") or, for "leader", any head.
enum Title: Hashable, Sendable {
    case office(Office)
    case head
    /// "his Argentine counterpart": whoever in that state holds the office
    /// of the person it is set against, which the text does not name; the
    /// state's government stands for it.
    case counterpart
}

/// Phrases that refer back to something named earlier, or to one actor.
enum Description: Hashable, Sendable {
    /// "the neighbouring country": the last state named, other than the subject.
    case previousState
    /// "the kingdom": the last monarchy named.
    case previousMonarchy
    /// "the group", "the militants": the last armed group or party.
    case previousGroup
    /// "the alliance", "the bloc": the last intergovernmental body.
    case previousBody
    /// "its ally", "its rival": the last state named, other than the
    /// possessor, that is not inside a prepositional phrase.
    case partner
    /// "the North", "the South": the last state named whose name starts with
    /// that word (North Korea, South Sudan). Matched only when capitalised.
    case previousNamed(String)
    /// "the Islamic Republic", "the Jewish state": one actor.
    case actor(ActorID)
}

/// A stance cue: words that state a relation, with how to find its target.
struct Cue: Hashable, Sendable {
    /// Folded word keys; `nil` marks a gap of up to three words.
    var words: [String?]
    var kind: RelationKind
    var targets: [TargetRule]
    var negation: NegationRule
    var mode: String?
    var isNoun: Bool
    /// A past participle form (for passive voice: "backed by Iran").
    var isParticiple: Bool
    /// A suffix after a hyphen ("Iran-backed"): the source is the prefix.
    var isSuffix: Bool
    /// The lexicon line it came from, for messages and tests.
    var phrase: String
    /// Written as a fixed phrase (`x`), not from a verb or noun lemma: a phrase
    /// such as "export controls" may be a noun phrase, headed as the tree says.
    var isFixed = false
}

enum TargetRule: Hashable, Sendable {
    case object
    case preposition(String)
    case pair
    case fromReversed
    /// "NATO admitted Montenegro": the object is the source, the subject the target.
    case objectReversed
    case none
    /// The actor inside the phrase's gap: "make Finland safer".
    case gap
    /// The clause's subject, with the speaker as source: "(X said) Sweden must do more".
    case speaker
    /// The last actor named before the cue in the sentence that is not on
    /// the source's side: "Finland's accession ... Moscow would take countermeasures".
    case prior
    /// The source of the last accusation against the subject: "China denied that ...".
    case accuser
    /// In reported content that holds a modal and a hostile act, the first
    /// actor not on the source's side: "warned that the US deployment could ...".
    case content
    /// After "threatened to VERB": the first actor in the infinitive phrase
    /// not on the source's side ("threatened to cut off power to Armenia").
    case infinitive
    /// Only between coordinated subjects, each with the other: "French and
    /// Egyptian warships launched war games".
    case mutual
}

enum NegationRule: Hashable, Sendable {
    case drop
    case becomes(RelationKind)
}

/// Grammatical marker words.
enum Marker: String, Hashable, Sendable, CaseIterable {
    case speech, negation, future, hypothetical, report, cancel, plan, be, clauseBreak
    case relative, preposition, locative, determiner, pronounMale, pronounFemale
    case pronounNeuter, pronounPlural, firstPerson, intent, request
    /// Verbs of allowing ("won't allow any aggression"), refusing, denying,
    /// calling off, and light verbs that carry a noun's act ("launched an attack").
    case allow, refuse, deny, light
    /// Verbs whose subject undergoes their object ("suffered an attack", "faced sanctions").
    case undergo
    /// Words that open a condition ("if", "unless"): whose act a threat answers.
    case condition
    /// Present-tense auxiliaries and copulas ("does not", "is not"): a standing refusal.
    case present
    /// Nouns of saying with a content clause ("a reminder that Iraq must ..."): said by the subject of their verb.
    case statement
    /// Determiners that point back to something named before ("the", "this").
    case definite
    /// Words that set an actor apart from what a sentence says of others ("except", "only").
    case exception
    /// Nouns naming an act someone did ("the test", "the strike", "the move"), which a
    /// stance in a later sentence may answer.
    case act
    /// Verbs whose subject draws a reaction from another ("prompted a rebuke from Beijing").
    case elicit
    /// Nouns of a place within a state ("the Russian city of Belgorod", "Iraqi territory").
    case place
    /// Words that may stand between a state and a title ("Iran's top diplomat", "the then prime minister").
    case titleModifier
    /// Words saying a titled person is not the office's holder but in its government ("deputy", "acting").
    case notHolder
    /// Words saying a titled person no longer holds the office ("former"): they act for no one.
    case formerHolder
    /// Possessive pronouns ("its ally", "their troops"): a possessed reference still states a tie.
    case possessive
    /// Small words inside proper names ("the Court of Appeals for", "Bosnia and Herzegovina").
    case nameJoiner
    /// Nouns of saying or deciding ("the proclamation", "his remarks", "the new law"): force
    /// verbs with such an object are verbal attacks ("attacked the decision").
    case utterance
    /// Prepositions of a reason or topic ("protested over", "spoke about", "amid"): an act
    /// named in such a phrase is what the clause answers, not the subject's own doing.
    case reason
    /// Verbs whose "of" or "for" gerund names their object's act as alleged ("accused Iran of
    /// arming the militia", "blamed Moscow for supplying"): reported, not stated.
    case allegation
    /// Words that end the state their object or "to" phrase names ("an end to the war between
    /// X and Y", "ended the conflict"): a tie they govern no longer holds.
    case ending
    /// Prepositions whose object owns or houses what an act of force hits ("positions of the
    /// Pakistani army", "a camp for Somali refugees"): the owner is the target.
    case owner
    /// Participles of aiming whose object or "at" phrase is the target of the act they modify
    /// ("launched missiles targeting US troops", "strikes aimed at Houthi positions").
    case aim
    /// Participles after a hyphen naming who leads what they modify ("the US-led war").
    case leading
    /// Verbs whose complement may be a bare infinitive ("helped broker a truce"): a verb cue's
    /// lemma right after them is that infinitive, not a noun.
    case bareInfinitive
    /// Nouns that carry the act of a cue noun compounded on them ("a bombing campaign", "mediation
    /// efforts", "a sanctions package"): the phrase is that act, headed by the carrier.
    case carrier
    /// Verbs whose object is an act prepared or weighed, not yet done ("preparing a ground
    /// offensive", "weighing new sanctions"): the act is intended.
    case deliberate
    /// Nouns whose "for" phrase names an act that whoever claims or bears them did ("claimed
    /// responsibility for the bombing").
    case responsibility
    /// The heads of reciprocal pronouns ("each other", "one another"): as a cue's object, each of
    /// its coordinated subjects acts on the others.
    case reciprocal
    /// Verbs whose object is an act their subject takes as its own ("Hamas claimed the attack").
    case claim
    /// Nouns of a boundary shared with another ("its border with China"): the "with" phrase names
    /// the side that force at the boundary faces.
    case border
    /// Verbs whose object or passive subject is an act and whose "to" phrase names its doer
    /// ("attributed the bombing to Houthi rebels", "an attack ascribed to the Taliban").
    case attribution
    /// Words that open examples of a group ("several countries, including France", "nations such
    /// as Britain"): the examples stand for the group.
    case example
    /// Verbs that name what their object is in a free relative ("condemned what it called an
    /// attack by Pakistan", "what it described as incursions"): the named phrase is the object.
    case naming
    /// Verbs that dispute what their object says ("rejected claims that it had armed", "dismissed
    /// reports that"): the object's content clause is denied.
    case refute
    /// Nouns that name a source of hearsay, no actor ("reports", "witnesses"): what they are said
    /// to say is reported.
    case hearsay
    /// Nouns that measure an act in an "of" phrase ("dozens of airstrikes", "a wave of strikes", "a
    /// new round of sanctions"): the act takes the measure's place.
    case measure

    /// One bit per marker, for a token's set of markers as one integer.
    var bit: UInt64 {
        switch self {
        case .speech: 1 << 0
        case .negation: 1 << 1
        case .future: 1 << 2
        case .hypothetical: 1 << 3
        case .report: 1 << 4
        case .cancel: 1 << 5
        case .plan: 1 << 6
        case .be: 1 << 7
        case .clauseBreak: 1 << 8
        case .relative: 1 << 9
        case .preposition: 1 << 10
        case .locative: 1 << 11
        case .determiner: 1 << 12
        case .pronounMale: 1 << 13
        case .pronounFemale: 1 << 14
        case .pronounNeuter: 1 << 15
        case .pronounPlural: 1 << 16
        case .firstPerson: 1 << 17
        case .intent: 1 << 18
        case .request: 1 << 19
        case .allow: 1 << 20
        case .refuse: 1 << 21
        case .deny: 1 << 22
        case .light: 1 << 23
        case .undergo: 1 << 24
        case .condition: 1 << 25
        case .present: 1 << 26
        case .statement: 1 << 27
        case .definite: 1 << 28
        case .exception: 1 << 29
        case .act: 1 << 30
        case .elicit: 1 << 31
        case .place: 1 << 32
        case .titleModifier: 1 << 33
        case .notHolder: 1 << 34
        case .formerHolder: 1 << 35
        case .possessive: 1 << 36
        case .nameJoiner: 1 << 37
        case .utterance: 1 << 38
        case .reason: 1 << 39
        case .allegation: 1 << 40
        case .ending: 1 << 41
        case .owner: 1 << 42
        case .aim: 1 << 43
        case .leading: 1 << 44
        case .bareInfinitive: 1 << 45
        case .carrier: 1 << 46
        case .deliberate: 1 << 47
        case .responsibility: 1 << 48
        case .reciprocal: 1 << 49
        case .claim: 1 << 50
        case .border: 1 << 51
        case .attribution: 1 << 52
        case .example: 1 << 53
        case .naming: 1 << 54
        case .refute: 1 << 55
        case .hearsay: 1 << 56
        case .measure: 1 << 57
        }
    }
}

/// What a cue's mode tells the rules (modes.tsv).
enum ModeProperty: String, Hashable, Sendable, CaseIterable {
    /// Consultation that holds both ways ("X telephoned Y").
    case mutual
    /// A journey, whose destination city stands for its state only when it took place or the state is named.
    case travel
    /// Force meant to kill a person: between persons still an assault.
    case lethal
    /// A request made as a demand: verbal conflict (CAMEO 10), where other requests are appeals (CAMEO 02).
    case demand
    /// A flow of goods: stopping it is a sanction, as stopping aid is.
    case exchange
    /// A reply to another's act: done, not wished for, though its kind is a threat.
    case answer
    /// A threatened act that a one-word verb in the past tense reports carried out: an assault.
    case done
    /// A refusal whose object is an act its subject refuses ("ruled out military action"); not
    /// ruling the act out holds it possible.
    case refusal
    /// Entering another's space ("violated its airspace"): the space is never its doer's own, so a
    /// possessive that points back to the doer means the next actor it could.
    case intrusion
}
