import StanceGraph
import Testing

/// Supporters back an actor; cooperators cooperate with it otherwise;
/// opponents act against it. Shown on small graphs built by hand.
@Suite("What supporters, cooperators and opponents count")
struct SupportersTests {
    static let states = ["ISR", "HAM", "USA", "EGY", "QAT", "IRN"].map {
        Actor(id: ActorID($0), name: $0, kind: .state)
    }

    static func relation(
        _ source: ActorID, _ target: ActorID, _ kind: RelationKind, sentence: Int,
        intensity: Double? = nil
    ) -> Relation {
        Relation(
            source: source, target: target, kind: kind, date: Day("2024-01-10"), confidence: 1,
            intensity: intensity, evidence: Evidence(document: "hand", sentenceIndex: sentence))
    }

    static func graph(_ relations: [Relation]) throws -> RelationGraph {
        try RelationGraph(actors: states, roles: [], relations: relations)
    }

    @Test("a truce extension agreed and conceded is cooperation, not support")
    func truceIsCooperation() throws {
        let graph = try Self.graph([
            Self.relation("HAM", "ISR", .agree, sentence: 0),
            Self.relation("HAM", "ISR", .concede, sentence: 1),
            Self.relation("USA", "ISR", .aid, sentence: 2),
        ])
        #expect(try graph.supporters(of: "ISR").map(\.actor) == ["USA"])
        let cooperators = try graph.cooperators(of: "ISR")
        #expect(cooperators.map(\.actor) == ["HAM"])
        #expect(cooperators[0].countsByKind == [.agree: 1, .concede: 1])
        // Allies still count both, either direction.
        #expect(Set(try graph.allies(of: "ISR").map(\.actor)) == ["HAM", "USA"])
    }

    @Test("each supporting kind counts, and an alliance stated either way")
    func supportingKinds() throws {
        let graph = try Self.graph([
            Self.relation("USA", "ISR", .support, sentence: 0),
            Self.relation("EGY", "ISR", .aid, sentence: 1),
            Self.relation("IRN", "HAM", .backing, sentence: 2),
            Self.relation("ISR", "QAT", .alliance, sentence: 3),
        ])
        #expect(Set(try graph.supporters(of: "ISR").map(\.actor)) == ["USA", "EGY", "QAT"])
        #expect(try graph.supporters(of: "HAM").map(\.actor) == ["IRN"])
        // Alliance is symmetric: Israel stated it, and so backs Qatar.
        #expect(try graph.supporters(of: "QAT").map(\.actor) == ["ISR"])
        #expect(try graph.cooperators(of: "ISR").isEmpty)
        #expect(try graph.cooperators(of: "HAM").isEmpty)
    }

    @Test("supporters and cooperators partition the cooperative relations aimed at an actor")
    func partition() throws {
        // Every cooperative kind aimed at Israel, each from its own sentence, and an appeal.
        let cooperative = RelationKind.allCases.filter { $0.sign == .cooperative }
        var relations = cooperative.enumerated().map { i, kind in
            Self.relation(ActorID(["USA", "EGY", "QAT", "HAM"][i % 4]), "ISR", kind, sentence: i)
        }
        relations.append(Self.relation("QAT", "ISR", .request, sentence: 90, intensity: RelationKind.appealIntensity))
        relations.append(Self.relation("HAM", "ISR", .request, sentence: 91, intensity: RelationKind.demandIntensity))
        let graph = try Self.graph(relations)
        let supporting = try graph.supporters(of: "ISR").flatMap(\.relations)
        let cooperating = try graph.cooperators(of: "ISR").flatMap(\.relations)
        #expect(supporting.allSatisfy { RelationKind.supporting.contains($0.kind) })
        #expect(cooperating.allSatisfy { !$0.kind.isSupporting && $0.sign == .cooperative })
        #expect(Set(supporting.map(\.kind)) == RelationKind.supporting)
        #expect(Set(cooperating.map(\.kind)) == RelationKind.cooperating)
        // Together they are the cooperative relations aimed at Israel, none twice.
        let aimed = graph.relations.filter { $0.target == "ISR" && $0.sign == .cooperative }
        #expect(Set(supporting + cooperating) == Set(aimed))
        #expect(supporting.count + cooperating.count == aimed.count)
        // The demand is hostile: Hamas opposes Israel through it.
        #expect(try graph.opponents(of: "ISR").map(\.actor) == ["HAM"])
    }

    @Test("opponents count every hostile kind, verbal and material, and report them by kind")
    func opponentsByKind() throws {
        let graph = try Self.graph([
            Self.relation("IRN", "ISR", .protest, sentence: 0),
            Self.relation("HAM", "ISR", .assault, sentence: 1),
            Self.relation("HAM", "ISR", .threaten, sentence: 2),
            Self.relation("ISR", "IRN", .hostility, sentence: 3),
            Self.relation("QAT", "ISR", .support, sentence: 4),
        ])
        let opponents = try graph.opponents(of: "ISR")
        #expect(opponents.map(\.actor) == ["HAM", "IRN"])
        #expect(opponents[0].countsByKind == [.assault: 1, .threaten: 1])
        #expect(opponents[1].countsByKind == [.protest: 1, .hostility: 1])
        #expect(try graph.supporters(of: "ISR").map(\.actor) == ["QAT"])
        #expect(try graph.cooperators(of: "ISR").isEmpty)
    }

    @Test("no relations: no supporters, cooperators or opponents; an unknown actor is an error")
    func empty() throws {
        let graph = try Self.graph([])
        #expect(try graph.supporters(of: "ISR").isEmpty)
        #expect(try graph.cooperators(of: "ISR").isEmpty)
        #expect(try graph.opponents(of: "ISR").isEmpty)
        #expect(throws: GraphError.self) { try graph.cooperators(of: "XXX") }
    }

    @Test("the kind sets name every signed kind once")
    func kindSets() {
        #expect(RelationKind.supporting.isDisjoint(with: RelationKind.cooperating))
        let positive = Set(RelationKind.allCases.filter { $0.sign == .cooperative })
        #expect(RelationKind.supporting.union(RelationKind.cooperating).subtracting([.request]) == positive)
        let negative = Set(RelationKind.allCases.filter { $0.sign == .hostile })
        #expect(RelationKind.hostile.subtracting([.request]) == negative)
        #expect(RelationKind.allCases.allSatisfy { $0.isSupporting == RelationKind.supporting.contains($0) })
    }
}
