import Testing

@testable import StanceGraph

@Suite("Relation graph: building and order")
struct RelationGraphTests {
    @Test("a kind's order is its position among all kinds, and equal kinds hash alike")
    func kindOrder() {
        for (position, kind) in RelationKind.allCases.enumerated() {
            #expect(kind.order == position)
            #expect(kind.hashValue == RelationKind(rawValue: kind.rawValue)!.hashValue)
        }
        #expect(Set(RelationKind.allCases).count == RelationKind.allCases.count)
    }

    @Test("an empty graph answers queries about nobody")
    func empty() throws {
        let graph = RelationGraph()
        #expect(graph.isEmpty)
        #expect(graph.relations.isEmpty)
        #expect(throws: GraphError.self) { try graph.opponents(of: "IRN") }
        graph.checkInvariants()
    }

    @Test("one actor has no opponents, supporters or allies")
    func oneActor() throws {
        let graph = try RelationGraph(actors: [Fixtures.iran])
        #expect(try graph.opponents(of: "IRN").isEmpty)
        #expect(try graph.supporters(of: "IRN").isEmpty)
        #expect(try graph.allies(of: "IRN").isEmpty)
        #expect(try graph.neighbourhood(of: "IRN").actorIDs == ["IRN"])
    }

    @Test("a hostile dyad: each opposes the other when the tie is symmetric")
    func dyad() throws {
        let graph = try RelationGraph(
            actors: [Fixtures.iran, Fixtures.usa],
            relations: [Fixtures.relation("IRN", "USA", .hostility, sentence: 0)])
        #expect(try graph.opponents(of: "IRN").map(\.actor) == ["USA"])
        #expect(try graph.opponents(of: "USA").map(\.actor) == ["IRN"])
        #expect(try graph.supporters(of: "USA").isEmpty)
    }

    @Test("a one-way threat makes only the target's opponent list")
    func oneWay() throws {
        let graph = try RelationGraph(
            actors: [Fixtures.iran, Fixtures.usa],
            relations: [Fixtures.relation("IRN", "USA", .threaten, sentence: 0)])
        #expect(try graph.opponents(of: "USA").map(\.actor) == ["IRN"])
        #expect(try graph.opponents(of: "IRN").isEmpty)
    }

    @Test("adding the same relation from the same evidence twice changes nothing")
    func duplicates() throws {
        let relation = Fixtures.relation("IRN", "USA", .threaten, sentence: 3)
        var graph = try RelationGraph(actors: [Fixtures.iran, Fixtures.usa], relations: [relation])
        try graph.add(relation)
        try graph.add([relation, relation])
        #expect(graph.relations.count == 1)
        var other = relation
        other.evidence.sentenceIndex = 4
        try graph.add(other)
        #expect(graph.relations.count == 2)
        graph.checkInvariants()
    }

    @Test("iteration order does not depend on insertion order")
    func deterministicOrder() throws {
        let seed = try Fixtures.seedTriad()
        let shuffled = try RelationGraph(
            actors: seed.actors.reversed(), roles: seed.roles.reversed(),
            relations: seed.relations.reversed())
        #expect(shuffled.relations == seed.relations)
        #expect(shuffled.actorIDs == seed.actorIDs)
        #expect(shuffled.roles == seed.roles)
        var oneByOne = try RelationGraph(actors: seed.actors, roles: seed.roles)
        for relation in seed.relations.shuffled() { try oneByOne.add(relation) }
        #expect(oneByOne.relations == seed.relations)
        oneByOne.checkInvariants()
    }

    @Test("a relation naming an unknown actor is refused, with suggestions")
    func unknownEndpoint() throws {
        var graph = try RelationGraph(actors: [Fixtures.iran, Fixtures.usa])
        #expect(throws: GraphError.self) {
            try graph.add(Fixtures.relation("IRN", "IRQ", .support, sentence: 0))
        }
        #expect(graph.relations.isEmpty)
    }

    @Test("adding an actor again merges its aliases")
    func mergeActor() throws {
        var graph = RelationGraph()
        graph.add(Fixtures.usa)
        graph.add(Actor(id: "USA", name: "United States", aliases: ["U.S.", "US"], kind: .state))
        #expect(graph["USA"]?.aliases == ["US", "America", "U.S."])
        #expect(graph.actors.count == 1)
    }

    @Test("thousands of relations keep their indexes consistent")
    func many() throws {
        let actors = (0..<50).map { Actor(id: ActorID("A\($0)"), name: "Actor \($0)", kind: .state) }
        var generator = SplitMix64(seed: 7)
        let kinds = RelationKind.allCases
        let relations = (0..<5000).map { i in
            Relation(
                source: actors[Int(generator.next() % 50)].id,
                target: actors[Int(generator.next() % 50)].id,
                kind: kinds[Int(generator.next() % UInt64(kinds.count))],
                evidence: Evidence(document: "d\(i % 37)", sentenceIndex: i))
        }
        let graph = try RelationGraph(actors: actors, relations: relations)
        #expect(graph.relations.count == 5000)
        graph.checkInvariants()
        let total = actors.reduce(0) { $0 + graph.relations(from: $1.id).count }
        #expect(total == 5000)
        let hostileIntoA0 = relations.filter { $0.target == "A0" && $0.sign == .hostile && $0.source != "A0" }
        let hostileSymmetricFromA0 = relations.filter {
            $0.source == "A0" && $0.target != "A0" && $0.sign == .hostile && $0.kind.isSymmetric
        }
        let expected = Set(hostileIntoA0.map(\.source) + hostileSymmetricFromA0.map(\.target))
        #expect(Set(try graph.opponents(of: "A0").map(\.actor)) == expected)
    }
}

