import Testing

@testable import StanceGraph

/// Period bucketing (ISO 8601 weeks, months, quarters) and dyad timelines.
@Suite("Timelines")
struct TimelineTests {
    @Test(
        "ISO weeks start on Monday and belong to the year of their Thursday",
        arguments: [
            ("2024-01-01", "2024-W01", "2024-01-01"),  // a Monday
            ("2021-01-03", "2020-W53", "2020-12-28"),  // a Sunday in the last week of 2020
            ("2026-12-31", "2026-W53", "2026-12-28"),
            ("2027-01-01", "2026-W53", "2026-12-28"),  // a Friday: still 2026's week
            ("2019-12-30", "2020-W01", "2019-12-30"),  // a Monday: already 2020's week
            ("2024-12-30", "2025-W01", "2024-12-30"),
            ("2026-01-04", "2026-W01", "2025-12-29"),
        ])
    func isoWeeks(day: String, label: String, monday: String) {
        let period = PeriodLength.week.period(containing: Day(day)!)
        #expect(period.label == label)
        #expect(period.start == Day(monday))
        #expect(period.start.weekday == 1)
        #expect(period.end == Day(monday)!.adding(days: 6))
        #expect(period.contains(Day(day)!))
    }

    @Test("months and quarters run over calendar boundaries, leap days included")
    func monthsAndQuarters() {
        let february = PeriodLength.month.period(containing: Day("2024-02-10")!)
        #expect(february.label == "2024-02")
        #expect((february.start, february.end) == (Day("2024-02-01")!, Day("2024-02-29")!))
        #expect(PeriodLength.month.period(containing: Day("2023-02-28")!).end == Day("2023-02-28"))
        let q4 = PeriodLength.quarter.period(containing: Day("2024-11-15")!)
        #expect(q4.label == "2024-Q4")
        #expect((q4.start, q4.end) == (Day("2024-10-01")!, Day("2024-12-31")!))
        #expect(PeriodLength.quarter.period(containing: Day("2024-03-31")!).label == "2024-Q1")
        #expect(PeriodLength.quarter.period(containing: Day("2024-04-01")!).label == "2024-Q2")
    }

    @Test("periods run back to back from the first day's to the last day's, empty ones included")
    func periodRuns() {
        let months = PeriodLength.month.periods(from: Day("2024-01-30")!, through: Day("2024-03-01")!)
        #expect(months.map(\.label) == ["2024-01", "2024-02", "2024-03"])
        let weeks = PeriodLength.week.periods(from: Day("2024-12-29")!, through: Day("2025-01-06")!)
        #expect(weeks.map(\.label) == ["2024-W52", "2025-W01", "2025-W02"])
        for (a, b) in zip(weeks, weeks.dropFirst()) { #expect(a.end.adding(days: 1) == b.start) }
        #expect(PeriodLength.quarter.periods(from: Day("2024-05-01")!, through: Day("2024-05-01")!).count == 1)
        #expect(PeriodLength.month.periods(from: Day("2024-05-02")!, through: Day("2024-05-01")!).isEmpty)
    }

    static func relation(
        _ source: ActorID, _ target: ActorID, _ kind: RelationKind, _ date: String?, document: String,
        modality: Modality = .asserted
    ) -> Relation {
        Relation(
            source: source, target: target, kind: kind, modality: modality, date: date.map { Day($0)! },
            evidence: Evidence(document: document, sentenceIndex: 0))
    }

    @Test("a dyad's timeline: events by quad class, net score and evidence per month, both directions")
    func dyadTimeline() throws {
        let graph = try RelationGraph(
            actors: [
                Actor(id: "ISR", name: "Israel", kind: .state), Actor(id: "SYR", name: "Syria", kind: .state),
                Actor(id: "USA", name: "United States", kind: .state),
            ],
            relations: [
                // January: one strike reported twice, a threat back.
                Self.relation("ISR", "SYR", .assault, "2024-01-10", document: "a"),
                Self.relation("ISR", "SYR", .assault, "2024-01-10", document: "b"),
                Self.relation("SYR", "ISR", .threaten, "2024-01-12", document: "c"),
                // February: nothing. March: talks, a hostility tie, and a denial left out.
                Self.relation("ISR", "SYR", .consult, "2024-03-05", document: "d"),
                Self.relation("SYR", "ISR", .hostility, "2024-03-05", document: "d"),
                Self.relation("ISR", "SYR", .assault, "2024-03-06", document: "e", modality: .negated),
                // Another dyad and an undated event stay out of the points.
                Self.relation("USA", "SYR", .sanction, "2024-02-01", document: "f"),
                Self.relation("ISR", "SYR", .aid, nil, document: "g"),
            ])
        let timeline = try graph.timeline(between: "ISR", and: "SYR", by: .month)
        #expect(timeline.points.map(\.period.label) == ["2024-01", "2024-02", "2024-03"])
        #expect(timeline.points.map(\.eventsByQuad) == [[0, 0, 1, 1], [0, 0, 0, 0], [1, 0, 0, 0]])
        #expect(timeline.points.map(\.ties) == [0, 0, 1])
        #expect(timeline.points.map(\.evidence) == [3, 0, 2])
        #expect(timeline.points[0].netScore == -(9.5 + 6.0))
        #expect(timeline.points[1].netScore == 0)
        #expect(timeline.points[2].netScore == 1.0 - 8.0)
        #expect(timeline.undated == 1)
        let reports = try graph.timeline(between: "ISR", and: "SYR", by: .month, counting: .reports)
        #expect(reports.points[0].eventsByQuad == [0, 0, 1, 2])
        #expect(reports.points[0].netScore == -(9.5 * 2 + 6.0))
        let quarters = try graph.timeline(between: "SYR", and: "ISR", by: .quarter)
        #expect(quarters.points.map(\.period.label) == ["2024-Q1"])
        #expect(quarters.points[0].events == 3)
        #expect(throws: GraphError.self) { try graph.timeline(between: "ISR", and: "XXX") }
        let none = try graph.timeline(between: "USA", and: "ISR")
        #expect(none.points.isEmpty && none.undated == 0)
    }
}
