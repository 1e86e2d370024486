import ArgumentParser
import Foundation
import GraphIO
import StanceGraph

struct TimelineQuery: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "timeline",
        abstract: "How two actors' relations moved, period by period: events by quad class, net score, evidence.",
        discussion: """
            Both directions, events counted once (see --count), dated by their earliest report. \
            Weeks are ISO 8601 weeks, Monday to Sunday. Periods run from the first dated event \
            to the last, empty ones included.

            Examples:
              geostance query timeline Israel Syria --by week --rolled-up
              geostance query timeline USA IRN --graph events.db --format csv --chart usa-irn.svg
            """)

    @Argument(help: "The first actor.") var first: String
    @Argument(help: "The second actor.") var second: String
    @Option(help: "Period length: week, month or quarter.") var by: PeriodLength = .month
    @Option(help: "Also draw the net score as an SVG line chart to this file.") var chart: String?
    @OptionGroup var context: QueryContext

    func validate() throws {
        if let chart, URL(fileURLWithPath: chart).pathExtension.lowercased() != "svg" {
            throw ValidationError("--chart '\(chart)' must name an .svg file")
        }
    }

    struct Record: Encodable {
        var first, second: String
        var by: String
        var undated: Int
        var periods: [PeriodRecord]
    }

    struct PeriodRecord: Encodable {
        var period, start, end: String
        var verbalCooperation, materialCooperation, verbalConflict, materialConflict: Int
        var ties: Int
        var netScore: Double
        var evidence: Int
    }

    func run() throws {
        // Events are clustered here, with their reports as the evidence count.
        let graph = try context.reportGraph()
        let a = try context.actor(first, in: graph), b = try context.actor(second, in: graph)
        let timeline = try graph.timeline(between: a.id, and: b.id, by: by, counting: context.counting.counting)
        let rows = timeline.points.map { p in
            [p.period.label, p.period.start.description, p.period.end.description]
                + p.eventsByQuad.map(String.init) + [String(p.ties), Table.number(p.netScore), String(p.evidence)]
        }
        let text: String
        switch context.format {
        case .json:
            text = try Table.json(Record(
                first: a.id.rawValue, second: b.id.rawValue, by: by.rawValue, undated: timeline.undated,
                periods: timeline.points.map { p in
                    PeriodRecord(
                        period: p.period.label, start: p.period.start.description, end: p.period.end.description,
                        verbalCooperation: p.eventsByQuad[0], materialCooperation: p.eventsByQuad[1],
                        verbalConflict: p.eventsByQuad[2], materialConflict: p.eventsByQuad[3], ties: p.ties,
                        netScore: (p.netScore * 1e6).rounded() / 1e6, evidence: p.evidence)
                }))
        case .csv:
            text = Table.csv(
                ["period", "start", "end", "verbal_cooperation", "material_cooperation", "verbal_conflict",
                 "material_conflict", "ties", "net_score", "evidence"], rows)
        case .table:
            var lines = "\(a.name) (\(a.id)) and \(b.name) (\(b.id)) by \(by.rawValue)"
            if timeline.points.isEmpty {
                lines += ": no dated events"
            }
            if timeline.undated > 0 { lines += " (\(timeline.undated) undated left out)" }
            lines += "\n"
            if !rows.isEmpty {
                lines += Table.render(
                    ["PERIOD", "START", "END", "VERB-COOP", "MAT-COOP", "VERB-CONF", "MAT-CONF", "TIES", "NET", "EVIDENCE"], rows)
            }
            text = lines
        }
        if let chart {
            let title = "\(a.name) and \(b.name): net score by \(by.rawValue)"
            try Output.emit(TimelineChart.svg(timeline, title: title), to: chart)
        }
        try Output.emit(text, to: nil)
    }
}

extension PeriodLength: ExpressibleByArgument {}
