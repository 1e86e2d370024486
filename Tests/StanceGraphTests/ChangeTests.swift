import Testing

@testable import StanceGraph

/// What changed since a day: sign flips, new dyads and movers, at the window's edges.
@Suite("Changes since a day")
struct ChangeTests {
    static let actors = ["ISR", "SYR", "USA", "IRN", "FRA"].map { Actor(id: ActorID($0), name: $0, kind: .state) }

    static func relation(
        _ source: ActorID, _ target: ActorID, _ kind: RelationKind, _ date: String, document: String,
        modality: Modality = .asserted
    ) -> Relation {
        Relation(
            source: source, target: target, kind: kind, modality: modality, date: Day(date)!,
            evidence: Evidence(document: document, sentenceIndex: 0))
    }

    static func graph(_ relations: [Relation]) throws -> RelationGraph {
        try RelationGraph(actors: actors, relations: relations)
    }

    @Test("a flip on the day itself counts; one the day before is the window before")
    func flipAtTheBoundary() throws {
        let graph = try Self.graph([
            Self.relation("ISR", "SYR", .consult, "2024-02-29", document: "a"),  // the last day before
            Self.relation("SYR", "ISR", .threaten, "2024-03-01", document: "b"),  // the first day since
        ])
        let report = try graph.changes(since: Day("2024-03-01")!, windowDays: 30)
        #expect(report.basis == .window(windowStart: Day("2024-01-31")!, since: Day("2024-03-01")!, until: Day("2024-03-01")!))
        try #require(report.flipped.count == 1)
        let flip = report.flipped[0]
        #expect((flip.first, flip.second) == ("ISR", "SYR"))
        #expect(flip.before == 1 && flip.after == -6)
        #expect(flip.events.map(\.relation.kind) == [.threaten])
        #expect(report.newHostile.isEmpty && report.newCooperative.isEmpty)
        #expect(report.movers.map(\.first) == ["ISR"])
        // A day later, both are in the window before: nothing new, and a dyad gone quiet is no mover.
        let later = try graph.changes(since: Day("2024-03-02")!, windowDays: 30)
        #expect(later.isEmpty)
        // A day earlier, both are new: a dyad with no event before, net hostile.
        let earlier = try graph.changes(since: Day("2024-02-29")!, windowDays: 30)
        #expect(earlier.flipped.isEmpty)
        #expect(earlier.newHostile.map(\.after) == [-5])
    }

    @Test("the window before starts windowDays before the day, inclusive")
    func windowStart() throws {
        let graph = try Self.graph([
            Self.relation("USA", "IRN", .sanction, "2024-02-01", document: "a"),  // 29 days before: in a 29-day window
            Self.relation("USA", "IRN", .agree, "2024-03-01", document: "b"),
        ])
        let in29 = try graph.changes(since: Day("2024-03-01")!, windowDays: 29)
        #expect(in29.flipped.count == 1)
        let in28 = try graph.changes(since: Day("2024-03-01")!, windowDays: 28)
        #expect(in28.flipped.isEmpty)
        #expect(in28.newCooperative.map(\.first) == ["IRN"])
    }

    @Test("new hostile and new cooperative dyads, movers by the size of the change, reports once")
    func newAndMovers() throws {
        let graph = try Self.graph([
            Self.relation("USA", "IRN", .threaten, "2024-02-10", document: "a"),
            Self.relation("USA", "IRN", .assault, "2024-03-03", document: "b"),
            Self.relation("USA", "IRN", .assault, "2024-03-03", document: "c"),  // the same strike again
            Self.relation("FRA", "SYR", .aid, "2024-03-05", document: "d"),
            Self.relation("ISR", "SYR", .assault, "2024-03-06", document: "e"),
            Self.relation("FRA", "ISR", .assault, "2024-03-06", document: "f", modality: .negated),
        ])
        let report = try graph.changes(since: Day("2024-03-01")!, windowDays: 30)
        #expect(report.flipped.isEmpty)
        #expect(report.newHostile.map { "\($0.first)-\($0.second)" } == ["ISR-SYR"])
        #expect(report.newCooperative.map { "\($0.first)-\($0.second)" } == ["FRA-SYR"])
        // ISR-SYR -9.5, FRA-SYR +7, IRN-USA from -6 to -9.5; the denial moves nothing.
        #expect(report.movers.map { "\($0.first)-\($0.second)" } == ["ISR-SYR", "FRA-SYR", "IRN-USA"])
        #expect(report.movers.map(\.delta) == [-9.5, 7, -3.5])
        #expect(report.movers[2].events.count == 1 && report.movers[2].events[0].reports.count == 2)
        let reports = try graph.changes(since: Day("2024-03-01")!, windowDays: 30, counting: .reports)
        #expect(reports.movers[0].delta == -13)
        #expect(try graph.changes(since: Day("2024-03-01")!, moverLimit: 1).movers.count == 1)
    }

    @Test("nothing to report, and bad arguments")
    func emptyAndErrors() throws {
        let empty = try Self.graph([])
        #expect(try empty.changes(since: Day("2024-03-01")!).isEmpty)
        #expect(throws: ChangeError.window(days: 0)) { try empty.changes(since: Day("2024-03-01")!, windowDays: 0) }
        #expect(throws: ChangeError.self) { try empty.changes(since: Day("2024-03-01")!, until: Day("2024-02-01")!) }
    }

    @Test("against a baseline build: a flip, a new hostile dyad, evidence only from reports the baseline lacks")
    func againstBaseline() throws {
        let yesterday = [
            Self.relation("USA", "IRN", .consult, "2024-03-01", document: "a"),
            Self.relation("FRA", "SYR", .aid, "2024-03-01", document: "b"),
        ]
        let baseline = try Self.graph(yesterday)
        let today = try Self.graph(yesterday + [
            Self.relation("IRN", "USA", .threaten, "2024-03-02", document: "c"),
            Self.relation("ISR", "SYR", .assault, "2024-02-20", document: "d"),  // reported late: still new
        ])
        let report = today.changes(from: baseline)
        #expect(report.basis == .baseline)
        try #require(report.flipped.count == 1)
        let flip = report.flipped[0]
        #expect((flip.first, flip.second) == ("IRN", "USA"))
        #expect(flip.before == 1 && flip.after == -5)
        #expect(flip.events.map(\.relation.kind) == [.threaten])
        #expect(report.newHostile.map { "\($0.first)-\($0.second)" } == ["ISR-SYR"])
        #expect(report.newHostile[0].events.map(\.relation.evidence.document) == ["d"])
        #expect(report.newCooperative.isEmpty)
        // FRA-SYR has no new event: no mover.
        #expect(report.movers.map { "\($0.first)-\($0.second)" } == ["ISR-SYR", "IRN-USA"])
        #expect(today.changes(from: baseline, moverLimit: 1).movers.count == 1)
    }

    @Test("against a baseline: the same graph, an empty one, and a dyad only in the baseline")
    func baselineEdges() throws {
        let graph = try Self.graph([
            Self.relation("USA", "IRN", .sanction, "2024-03-01", document: "a"),
            Self.relation("FRA", "SYR", .aid, "2024-03-01", document: "b"),
        ])
        #expect(graph.changes(from: graph).isEmpty)
        #expect(try Self.graph([]).changes(from: try Self.graph([])).isEmpty)
        // Everything new against an empty baseline.
        let fromNothing = graph.changes(from: try Self.graph([]))
        #expect(fromNothing.newHostile.map(\.first) == ["IRN"] && fromNothing.newCooperative.map(\.first) == ["FRA"])
        // A dyad gone from the new build is no flip, no new dyad and no mover: no event moved it.
        let shrunk = try Self.graph([Self.relation("FRA", "SYR", .aid, "2024-03-01", document: "b")])
        #expect(shrunk.changes(from: graph).isEmpty)
        // A second outlet reporting a known event moves nothing, unless reports are counted.
        let again = try Self.graph(graph.relations + [Self.relation("USA", "IRN", .sanction, "2024-03-01", document: "c")])
        let more = again.changes(from: graph, counting: .events)
        #expect(more.isEmpty)
        let counted = again.changes(from: graph, counting: .reports)
        #expect(counted.movers.map(\.delta) == [-5.6] && counted.movers[0].events.count == 1)
    }
}
