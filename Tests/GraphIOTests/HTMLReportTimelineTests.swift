import Foundation
import StanceGraph
import Testing

@testable import GraphIO

/// The timelines the report embeds for the page to draw when a pair is chosen.
@Suite("HTML report timelines")
struct HTMLReportTimelineTests {
    /// The page's view of the embedded data, read back from the page itself.
    struct Embedded: Decodable {
        struct Record: Decodable {
            var first: String
            var second: String
            var by: String
            var undated: Int
            var periods: [Period]
        }
        struct Period: Decodable {
            var label: String
            var start: String
            var end: String
            var events: [Int]
            var ties: Int
            var net: Double
            var evidence: Int
        }
        var timelines: [Record]
    }

    static func embedded(_ graph: RelationGraph) throws -> [Embedded.Record] {
        let page = try HTMLReportTests.page(graph)
        let json = try HTMLReportTests.dataBlock(page)
        return try JSONDecoder().decode(Embedded.self, from: Data(json.utf8)).timelines
    }

    static func relation(
        _ source: ActorID, _ target: ActorID, _ kind: RelationKind, _ date: String?, document: String
    ) -> Relation {
        Relation(
            source: source, target: target, kind: kind, date: date.flatMap(Day.init), confidence: 0.9,
            evidence: Evidence(document: document, sentenceIndex: 0, sentence: "\(source) \(kind) \(target) <b>&</b>"))
    }

    /// Israel and Syria from January to March 2024: one strike reported by two
    /// outlets, nothing in February, an agreement in March, and one undated threat.
    static func threeMonths() throws -> RelationGraph {
        try RelationGraph(
            actors: [
                Actor(id: "ISR", name: "Israel", kind: .state), Actor(id: "SYR", name: "Syria", kind: .state),
                Actor(id: "LBN", name: "Lebanon", kind: .state),
            ],
            relations: [
                relation("ISR", "SYR", .assault, "2024-01-10", document: "a.txt"),
                relation("ISR", "SYR", .assault, "2024-01-10", document: "b.txt"),
                relation("SYR", "ISR", .agree, "2024-03-05", document: "c.txt"),
                relation("SYR", "ISR", .threaten, nil, document: "d.txt"),
                relation("LBN", "ISR", .accuse, "2024-02-01", document: "e.txt"),
                relation("LBN", "ISR", .consult, "2024-02-12", document: "f.txt"),
            ])
    }

    @Test("a pair over three months is embedded by month, one row a month, empty months included")
    func monthly() throws {
        let records = try Self.embedded(Self.threeMonths())
        let record = try #require(records.first { $0.first == "ISR" && $0.second == "SYR" })
        #expect(record.by == "month")
        #expect(record.periods.map(\.label) == ["2024-01", "2024-02", "2024-03"])
        #expect(record.periods.map(\.start) == ["2024-01-01", "2024-02-01", "2024-03-01"])
        #expect(record.periods.map(\.events) == [[0, 0, 0, 1], [0, 0, 0, 0], [1, 0, 0, 0]])
        #expect(record.periods.map(\.evidence) == [2, 0, 1], "two reports of one strike are one event with two reports")
        #expect(record.periods[0].net < 0 && record.periods[1].net == 0 && record.periods[2].net > 0)
        #expect(record.undated == 1)
    }

    @Test("a pair whose events fall within eight weeks is embedded by ISO week")
    func weekly() throws {
        let records = try Self.embedded(Self.threeMonths())
        let record = try #require(records.first { $0.first == "ISR" && $0.second == "LBN" })
        #expect(record.by == "week")
        // 2024-02-01 is a Thursday of week 5; 2024-02-12 the Monday of week 7.
        #expect(record.periods.map(\.label) == ["2024-W05", "2024-W06", "2024-W07"])
        #expect(record.periods.map(\.events) == [[0, 0, 1, 0], [0, 0, 0, 0], [1, 0, 0, 0]])
        #expect(record.periods.first?.start == "2024-01-29")
    }

    @Test(
        "every pair's embedded timeline is the graph's own timeline of the pair",
        arguments: ["three months", "triad", "hostile"])
    func sameAsQuery(graphName: String) throws {
        let graph =
            switch graphName {
            case "three months": try Self.threeMonths()
            case "triad": try ExportFixtures.triad()
            default: try HTMLReportTests.hostileGraph()
            }
        let records = try Self.embedded(graph)
        var pairs = Set<[String]>()
        for relation in graph.relations where relation.source != relation.target {
            pairs.insert([relation.source.rawValue, relation.target.rawValue].sorted())
        }
        // Pairs with no events (all their relations stated as not happening) are left out.
        var expected: [[String]] = []
        for pair in pairs.sorted(by: { $0.lexicographicallyPrecedes($1) }) {
            let timeline = try graph.timeline(between: ActorID(pair[0]), and: ActorID(pair[1]))
            if !timeline.points.isEmpty || timeline.undated > 0 { expected.append(pair) }
        }
        #expect(records.map { [$0.first, $0.second] } == expected)
        #expect(!records.isEmpty)
        for record in records {
            let length = try #require(PeriodLength(rawValue: record.by))
            let timeline = try graph.timeline(
                between: ActorID(record.first), and: ActorID(record.second), by: length)
            #expect(record.periods.map(\.label) == timeline.points.map(\.period.label))
            #expect(record.periods.map(\.events) == timeline.points.map(\.eventsByQuad))
            #expect(record.periods.map(\.ties) == timeline.points.map(\.ties))
            #expect(record.periods.map(\.net) == timeline.points.map(\.netScore))
            #expect(record.periods.map(\.evidence) == timeline.points.map(\.evidence))
            #expect(record.undated == timeline.undated)
        }
    }

    @Test("a graph with no relations embeds no timelines")
    func empty() throws {
        let graph = try RelationGraph(actors: [Actor(id: "ISR", name: "Israel", kind: .state)])
        #expect(try Self.embedded(graph).isEmpty)
    }
}
