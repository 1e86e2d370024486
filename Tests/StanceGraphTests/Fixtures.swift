import StanceGraph

/// Small hand-built graphs for the query tests.
enum Fixtures {
    static let iran = Actor(id: "IRN", name: "Iran", aliases: ["Islamic Republic of Iran"], kind: .state)
    static let iraq = Actor(id: "IRQ", name: "Iraq", kind: .state)
    static let usa = Actor(id: "USA", name: "United States", aliases: ["US", "America"], kind: .state)
    static let kadhimi = Actor(
        id: "mustafa-al-kadhimi", name: "Mustafa al-Kadhimi", aliases: ["Kadhimi"], kind: .person,
        state: "IRQ")
    static let khamenei = Actor(id: "ali-khamenei", name: "Ali Khamenei", kind: .person, state: "IRN")
    static let erdogan = Actor(
        id: "recep-tayyip-erdogan", name: "Recep Tayyip Erdoğan", kind: .person, state: "TUR")
    static let pmf = Actor(
        id: "pmf", name: "Popular Mobilisation Forces", aliases: ["Hashd al-Shaabi", "PMF"],
        kind: .armedGroup, state: "IRQ")

    static func day(_ text: String) -> Day { Day(text)! }

    static func relation(
        _ source: ActorID, _ target: ActorID, _ kind: RelationKind, sentence: Int,
        document: String = "seed", date: String? = "2020-07-21", confidence: Double = 0.9,
        modality: Modality = .asserted, speaker: ActorID? = nil
    ) -> Relation {
        Relation(
            source: source, target: target, kind: kind, modality: modality,
            date: date.map(day), confidence: confidence,
            evidence: Evidence(
                document: document, sentenceIndex: sentence,
                characterRange: (sentence * 100)..<(sentence * 100 + 80),
                sentence: "sentence \(sentence)", speaker: speaker))
    }

    /// The Iraq-Iran-US triad of the seed article, actor level.
    static func seedTriad() throws -> RelationGraph {
        let iraqGovernment = Actor.sector(.government, of: iraq)
        return try RelationGraph(
            actors: [iran, iraq, usa, kadhimi, khamenei, pmf, iraqGovernment],
            roles: [
                Role(
                    holder: kadhimi.id, office: .primeMinister, organisation: "IRQ",
                    from: day("2020-05-07"), to: day("2022-10-27")),
                Role(
                    holder: khamenei.id, office: .supremeLeader, organisation: "IRN",
                    from: day("1989-06-04"), to: nil),
            ],
            relations: [
                relation(kadhimi.id, "IRN", .nonAggression, sentence: 1, speaker: kadhimi.id),
                relation(kadhimi.id, "IRN", .consult, sentence: 0),
                relation("IRN", "USA", .hostility, sentence: 2),
                relation(khamenei.id, "USA", .threaten, sentence: 15, modality: .intended),
                relation(khamenei.id, "IRQ", .nonInterference, sentence: 12, speaker: khamenei.id),
                relation(khamenei.id, pmf.id, .support, sentence: 10),
                relation("IRN", pmf.id, .backing, sentence: 10),
                relation("IRQ", "USA", .alliance, sentence: 9),
                relation(iraqGovernment.id, "IRN", .consult, sentence: 0),
            ])
    }
}
