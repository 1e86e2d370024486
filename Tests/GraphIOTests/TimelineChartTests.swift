import Foundation
import Testing

#if canImport(FoundationXML)
    import FoundationXML
#endif

@testable import GraphIO
@testable import StanceGraph

@Suite("Timeline chart")
struct TimelineChartTests {
    static func point(_ month: Int, _ score: Double) -> TimelinePoint {
        TimelinePoint(
            period: PeriodLength.month.period(containing: Day(year: 2024, month: month, day: 1)!),
            eventsByQuad: [1, 0, 0, 0], ties: 0, netScore: score, evidence: 2)
    }

    /// The `cy` of each circle, in order.
    static func circleYs(_ svg: String) -> [Double] {
        svg.components(separatedBy: "<circle ").dropFirst().map { part in
            let value = part.components(separatedBy: "cy=\"")[1].prefix { $0 != "\"" }
            return Double(value)!
        }
    }

    @Test("cooperative periods are drawn above the zero line, hostile ones below, one point a period")
    func signsAndAxes() throws {
        let timeline = Timeline(
            first: "ISR", second: "SYR", points: [Self.point(1, -15), Self.point(2, 0), Self.point(3, 7.5)], undated: 0)
        let svg = TimelineChart.svg(timeline, title: "Israel & Syria")
        let ys = Self.circleYs(svg)
        try #require(ys.count == 3)
        let zero = ys[1]
        #expect(ys[0] > zero && ys[2] < zero)
        #expect(svg.contains("stroke-dasharray=\"4 3\""))  // the zero line
        #expect(svg.contains(">2024-01</text>") && svg.contains(">2024-03</text>"))
        #expect(svg.contains("Israel &amp; Syria"))
        #expect(svg.contains(">cooperative</text>") && svg.contains(">hostile</text>"))
        // Scores of up to 15 get an axis to 20, with ticks at -20, -10, 0, 10, 20.
        for tick in ["-20", "-10", ">0<", "10", "20"] { #expect(svg.contains(tick)) }
        // Well-formed XML.
        #expect(XMLParser(data: Data(svg.utf8)).parse())
    }

    @Test("no points: an empty chart that says so")
    func empty() throws {
        let svg = TimelineChart.svg(Timeline(first: "A", second: "B", points: [], undated: 0), title: "none")
        #expect(svg.contains("no dated events"))
        #expect(Self.circleYs(svg).isEmpty)
    }

    @Test("nice ceilings for the score axis", arguments: [(1.0, 1.0), (1.2, 2.0), (15.5, 20.0), (21, 25), (99, 100), (230, 250)])
    func niceCeiling(value: Double, expected: Double) {
        #expect(TimelineChart.niceCeiling(value) == expected)
    }
}
