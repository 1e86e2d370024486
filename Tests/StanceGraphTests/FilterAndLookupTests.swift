import Testing

@testable import StanceGraph

@Suite("Filters and actor lookup")
struct FilterAndLookupTests {
    @Test("filters by kind, sign, dates, confidence and document")
    func filters() throws {
        let graph = try RelationGraph(
            actors: [Fixtures.iran, Fixtures.usa, Fixtures.iraq],
            relations: [
                Fixtures.relation("IRN", "USA", .threaten, sentence: 0, date: "2020-01-05", confidence: 0.9),
                Fixtures.relation("IRN", "IRQ", .support, sentence: 1, date: "2020-07-21", confidence: 0.5),
                Fixtures.relation("IRQ", "USA", .consult, sentence: 2, document: "other", date: nil),
            ])
        #expect(graph.filtered(by: RelationFilter(kinds: [.support])).relations.map(\.kind) == [.support])
        #expect(graph.filtered(by: RelationFilter(signs: [.hostile])).relations.map(\.kind) == [.threaten])
        #expect(
            graph.filtered(by: RelationFilter(since: Fixtures.day("2020-02-01"))).relations.map(\.kind)
                == [.support])
        #expect(
            graph.filtered(by: RelationFilter(until: Fixtures.day("2020-02-01"))).relations.map(\.kind)
                == [.threaten])
        #expect(graph.filtered(by: RelationFilter(minimumConfidence: 0.8)).relations.count == 2)
        #expect(graph.filtered(by: RelationFilter(documents: ["other"])).relations.map(\.kind) == [.consult])
        let none = graph.filtered(by: RelationFilter(kinds: [.assault]))
        #expect(none.relations.isEmpty)
        #expect(none.actors.count == 3)
        #expect(try none.opponents(of: "USA").isEmpty)
        none.checkInvariants()
    }

    @Test("a negated relation has sign 0 and is nobody's opposition")
    func negated() throws {
        let graph = try RelationGraph(
            actors: [Fixtures.iran, Fixtures.iraq],
            relations: [Fixtures.relation("IRQ", "IRN", .assault, sentence: 0, modality: .negated)])
        #expect(graph.relations[0].sign == .neutral)
        #expect(try graph.opponents(of: "IRN").isEmpty)
    }

    @Test("lookup ignores case and diacritics and finds aliases and ids")
    func lookup() throws {
        let graph = try Fixtures.seedTriad()
        let withErdogan = try RelationGraph(actors: graph.actors + [Fixtures.erdogan])
        #expect(try withErdogan.actor(named: "iran").id == "IRN")
        #expect(try withErdogan.actor(named: "irq").id == "IRQ")
        #expect(try withErdogan.actor(named: "ISLAMIC REPUBLIC OF IRAN").id == "IRN")
        #expect(try withErdogan.actor(named: "Recep Tayyip Erdogan").id == "recep-tayyip-erdogan")
        #expect(try withErdogan.actor(named: "  hashd   al-shaabi ").id == "pmf")
    }

    @Test("an unknown name gets suggestions in the message")
    func suggestions() throws {
        let graph = try Fixtures.seedTriad()
        do {
            _ = try graph.actor(named: "Irann")
            Issue.record("expected an error")
        } catch {
            guard case .unknownActor(let name, let suggestions) = error else {
                Issue.record("wrong error \(error)")
                return
            }
            #expect(name == "Irann")
            #expect(suggestions.first?.id == "IRN")
            #expect(error.description == "no actor named 'Irann'; did you mean Iran (IRN)?")
        }
        #expect(graph.suggestions(for: "Kadhimy").map(\.id) == ["mustafa-al-kadhimi"])
        #expect(graph.suggestions(for: "zzzzzz").isEmpty)
    }

    @Test("a name shared by two actors is ambiguous")
    func ambiguous() throws {
        let graph = try RelationGraph(actors: [
            Actor(id: "george-w-bush", name: "George W. Bush", aliases: ["Bush"], kind: .person),
            Actor(id: "george-h-w-bush", name: "George H. W. Bush", aliases: ["Bush"], kind: .person),
        ])
        #expect(throws: GraphError.ambiguousName("Bush", candidates: [graph["george-h-w-bush"]!, graph["george-w-bush"]!])) {
            try graph.actor(named: "Bush")
        }
    }

    @Test("days parse, print and count")
    func days() {
        #expect(Day("2020-02-29") != nil)
        #expect(Day("2021-02-29") == nil)
        #expect(Day("2020-7-21") == nil)
        #expect(Day("2020-07-21")!.description == "2020-07-21")
        #expect(Day("2020-07-21")!.weekday == 2)
        #expect(Day("2020-07-21")!.adding(days: -1) == Day("2020-07-20"))
        #expect(Day(ordinal: Day("1999-12-31")!.ordinal) == Day("1999-12-31"))
    }
}
