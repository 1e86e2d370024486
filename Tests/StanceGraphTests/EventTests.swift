import Testing

@testable import StanceGraph

/// Reports of one event counted once: hand-made clusters.
@Suite("Events, not reports")
struct EventTests {
    static let israel = Actor(id: "ISR", name: "Israel", kind: .state)
    static let syria = Actor(id: "SYR", name: "Syria", kind: .state)
    static let israelMilitary = Actor.sector(.military, of: israel)

    static func report(
        _ source: ActorID = "ISR", _ target: ActorID = "SYR", _ kind: RelationKind = .assault,
        document: String, sentence: Int = 0, date: String?, confidence: Double = 0.9,
        modality: Modality = .asserted
    ) -> Relation {
        Relation(
            source: source, target: target, kind: kind, modality: modality, date: date.map { Day($0)! },
            confidence: confidence,
            evidence: Evidence(document: document, sentenceIndex: sentence, sentence: "\(document) \(sentence)"))
    }

    static func graph(_ relations: [Relation]) throws -> RelationGraph {
        try RelationGraph(actors: [israel, syria, israelMilitary], relations: relations)
    }

    @Test("two outlets, one strike: one event with both reports")
    func twoOutletsOneStrike() throws {
        let graph = try Self.graph([
            Self.report(document: "reuters", date: "2024-03-04", confidence: 0.8),
            Self.report(document: "ap", sentence: 3, date: "2024-03-05", confidence: 0.9),
        ])
        let events = graph.events()
        try #require(events.count == 1)
        #expect(events[0].reports.count == 2)
        #expect(Set(events[0].reports.map(\.evidence.document)) == ["reuters", "ap"])
        #expect(events[0].date == Day("2024-03-04"))
        #expect(events[0].relation.evidence.document == "ap")  // the more confident report
        #expect(events[0].relation.confidence == 0.9)
        let counted = graph.countingEvents()
        #expect(counted.relations.count == 1)
        let one = try counted.opponents(of: "SYR")
        let both = try graph.opponents(of: "SYR")
        #expect(one[0].score == abs(RelationKind.assault.defaultIntensity) * 0.9)
        #expect(both[0].score > one[0].score)
    }

    @Test("two strikes a week apart: two events")
    func twoStrikesAWeekApart() throws {
        let graph = try Self.graph([
            Self.report(document: "reuters", date: "2024-03-04"),
            Self.report(document: "reuters-2", date: "2024-03-11"),
        ])
        let events = graph.events()
        #expect(events.count == 2)
        #expect(events.map { $0.reports.count } == [1, 1])
        #expect(graph.countingEvents().relations.count == 2)
    }

    @Test("same day, different kinds: two events")
    func sameDayDifferentKinds() throws {
        let graph = try Self.graph([
            Self.report("ISR", "SYR", .assault, document: "reuters", date: "2024-03-04"),
            Self.report("ISR", "SYR", .threaten, document: "reuters", sentence: 1, date: "2024-03-04"),
        ])
        let kinds: Set<RelationKind> = Set(graph.events().map { $0.relation.kind })
        #expect(kinds == [.assault, .threaten])
    }

    @Test("the window runs from the event's first report, so a daily series stays apart")
    func windowFromFirstReport() throws {
        let days = ["2024-03-01", "2024-03-02", "2024-03-03", "2024-03-04"]
        let graph = try Self.graph(days.enumerated().map { Self.report(document: "d\($0.offset)", date: $0.element) })
        // With one day: 1st+2nd, 3rd+4th.
        #expect(graph.events().map { $0.reports.count } == [2, 2])
        #expect(graph.events(.events(windowDays: 0)).count == 4)
        #expect(graph.events(.events(windowDays: 3)).count == 1)
        #expect(graph.events(.reports).count == 4)
    }

    @Test("a denial is not a report of the event it denies")
    func signSeparates() throws {
        let graph = try Self.graph([
            Self.report(document: "a", date: "2024-03-04"),
            Self.report(document: "b", date: "2024-03-04", modality: .negated),
        ])
        #expect(graph.events().count == 2)
    }

    @Test("roll-up first: the army's strike and the state's are one event")
    func afterRollUp() throws {
        let graph = try Self.graph([
            Self.report(Self.israelMilitary.id, "SYR", document: "a", date: "2024-03-04"),
            Self.report("ISR", "SYR", document: "b", date: "2024-03-04"),
        ])
        #expect(graph.events().count == 2)
        #expect(graph.rolledUp().events().count == 1)
    }

    @Test("enduring ties count once per document, whatever the dates and direction")
    func tiesPerDocument() throws {
        let graph = try Self.graph([
            Self.report("ISR", "SYR", .hostility, document: "a", sentence: 0, date: "2024-03-04"),
            Self.report("SYR", "ISR", .hostility, document: "a", sentence: 5, date: "2024-05-04"),
            Self.report("ISR", "SYR", .hostility, document: "b", date: "2024-03-04"),
        ])
        let events = graph.events()
        #expect(events.map { $0.reports.count }.sorted() == [1, 2])
        #expect(graph.countingEvents().relations.count == 2)
    }

    @Test("undated event reports are one event per document")
    func undated() throws {
        let graph = try Self.graph([
            Self.report(document: "a", sentence: 0, date: nil),
            Self.report(document: "a", sentence: 4, date: nil),
            Self.report(document: "b", date: nil),
        ])
        #expect(graph.events().map { $0.reports.count }.sorted() == [1, 2])
    }

    @Test("no relations, no events; one relation, one event")
    func ladder() throws {
        #expect(try Self.graph([]).events().isEmpty)
        let one = try Self.graph([Self.report(document: "a", date: "2024-01-01")])
        #expect(one.events().count == 1)
        #expect(one.countingEvents().relations == one.relations)
    }

    @Test("the counted graph is in canonical order with valid indexes, as if built from the events")
    func countedGraphIsCanonical() throws {
        var relations: [Relation] = []
        var seed: UInt64 = 20261205
        func next(_ n: Int) -> Int {
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            return Int((seed >> 33) % UInt64(n))
        }
        let ids: [ActorID] = ["ISR", "SYR", Self.israelMilitary.id]
        let kinds: [RelationKind] = [.assault, .threaten, .hostility, .alliance, .consult, .request]
        for i in 0..<400 {
            let s = ids[next(3)], t = ids[next(3)]
            guard s != t else { continue }
            var r = Self.report(
                s, t, kinds[next(kinds.count)], document: "doc\(next(40))", sentence: i,
                date: next(10) == 0 ? nil : "2024-03-\(10 + next(9))", confidence: [0.5, 0.7, 0.9][next(3)],
                modality: next(8) == 0 ? .negated : .asserted)
            if r.kind == .request { r.intensity = next(2) == 0 ? -5 : 3 }
            relations.append(r)
        }
        let graph = try Self.graph(relations)
        let counted = graph.countingEvents()
        counted.checkInvariants()
        let rebuilt = try RelationGraph(actors: graph.actors, relations: graph.events().map(\.relation))
        #expect(counted.relations == rebuilt.relations)
        #expect(counted.relations.count < graph.relations.count)
        #expect(graph.events().reduce(0) { $0 + $1.reports.count } == graph.relations.count)
        for actor in ids {
            #expect(try counted.opponents(of: actor) == rebuilt.opponents(of: actor))
        }
    }
}
