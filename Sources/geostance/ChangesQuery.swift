import ArgumentParser
import Foundation
import GraphIO
import StanceGraph

struct ChangesQuery: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "changes",
        abstract: "What changed since a day or a baseline build: sign flips, new hostile and cooperative dyads, the largest movers.",
        discussion: """
            Each dyad's net score over the events dated from --since to --until (default: the \
            latest event) is compared with its net over the --window days before --since. A dyad \
            flips when both nets have a sign and they differ; it is new when the window before has \
            no cooperative or hostile event between the two. Each change lists the events since \
            that moved it, with their reports. Nothing to report is not an error (exit 0).

            With --baseline instead of --since, each dyad's net over all the events of the \
            baseline (yesterday's store or snapshot) is compared with its net over all the events \
            of the graph; the evidence is the events with a report the baseline does not have.

            Examples:
              geostance query changes --graph events.db --since 2024-03-01
              geostance query changes --graph today.db --baseline yesterday.db
              geostance query changes --graph events.db --since 2024-03-01 --window 7d --rolled-up --format json
            """)

    @OptionGroup var input: InputOptions
    @Option(help: "The first day whose events are new (YYYY-MM-DD).") var since: String?
    @Option(help: "Compare with all the events of this earlier store (.db) or snapshot (.json) instead of --since.")
    var baseline: String?
    @Option(help: "The last day whose events are new (default: the latest event's).") var until: String?
    @Option(help: "How far back the comparison reaches before --since: days (30d or 30) or weeks (4w); default 30d.")
    var window: String?
    @Option(help: "At most this many movers listed.") var limit = 10
    @Option(name: .long, parsing: .upToNextOption, help: "Keep only these relation kinds.") var kind: [String] = []
    @Option(name: .customLong("min-confidence"), help: "Keep relations with at least this confidence (0...1).")
    var minConfidence: Double?
    @Flag(name: .customLong("rolled-up"), help: "Fold persons and state sectors into the state they act for.")
    var rolledUp = false
    @OptionGroup var counting: CountOptions
    @Option(help: "Output format: table, json or csv.") var format: TableFormat = .table

    func validate() throws {
        switch (since, baseline) {
        case (nil, nil): throw ValidationError("give --since DAY or --baseline STORE to compare with")
        case (_?, _?): throw ValidationError("--since and --baseline cannot be used together; give one")
        case (nil, _?):
            if until != nil || window != nil { throw ValidationError("--until and --window go with --since, not --baseline") }
        case (let since?, nil):
            if Day(since) == nil { throw ValidationError("--since '\(since)' is not a date YYYY-MM-DD") }
        }
        if let until, Day(until) == nil { throw ValidationError("--until '\(until)' is not a date YYYY-MM-DD") }
        if let window, Self.days(window) == nil {
            throw ValidationError("--window '\(window)' is not a length such as 30d, 30 or 4w (at least one day)")
        }
        if limit < 0 { throw ValidationError("--limit must be 0 or more") }
        for name in kind where RelationKind(rawValue: name) == nil {
            throw ValidationError("unknown relation kind '\(name)'; kinds: \(RelationKind.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        if let minConfidence, !(0...1).contains(minConfidence) {
            throw ValidationError("--min-confidence must be between 0 and 1")
        }
    }

    /// `30d`, `30` or `4w` as days; `nil` for anything else or under one day.
    static func days(_ text: String) -> Int? {
        var digits = Substring(text), unit = 1
        if text.hasSuffix("d") { digits = digits.dropLast() } else if text.hasSuffix("w") { digits = digits.dropLast(); unit = 7 }
        guard !digits.isEmpty, digits.allSatisfy(\.isASCII), let n = Int(digits), n >= 1, n <= 100_000 else { return nil }
        return n * unit
    }

    /// The graph filtered and rolled up as asked.
    func prepared(_ graph: RelationGraph) -> RelationGraph {
        let graph = graph.filtered(by: RelationFilter(
            kinds: kind.isEmpty ? nil : Set(kind.compactMap(RelationKind.init(rawValue:))), minimumConfidence: minConfidence))
        return rolledUp ? graph.rolledUp() : graph
    }

    func run() throws {
        let graph = prepared(try input.loadGraph())
        let report: ChangeReport
        if let baseline {
            report = graph.changes(from: prepared(try GraphFiles.read(baseline)), counting: counting.counting, moverLimit: limit)
        } else {
            let since = since ?? "", window = window ?? "30d"
            do {
                report = try graph.changes(
                    since: Day(since)!, windowDays: Self.days(window)!, until: until.flatMap(Day.init),
                    counting: counting.counting, moverLimit: limit)
            } catch .untilBeforeSince {
                throw CLIError("--until '\(until ?? "")' is before --since '\(since)'")
            } catch .window {
                throw CLIError("--window '\(window)' must be at least one day")
            }
        }
        let sections: [(String, [DyadChange])] = [
            ("flipped", report.flipped), ("new hostile", report.newHostile),
            ("new cooperative", report.newCooperative), ("mover", report.movers),
        ]
        func name(_ id: ActorID) -> String { graph[id]?.name ?? id.rawValue }
        let span: String, record: Record, evidenceHeading: String
        switch report.basis {
        case .window(let windowStart, let since, let until):
            span = "from \(since) to \(until) against \(windowStart) to \(since.adding(days: -1))"
            record = Record(windowStart: windowStart.description, since: since.description, until: until.description)
            evidenceHeading = "STRONGEST EVENT SINCE"
        case .baseline:
            span = "in \(input.graph ?? "the articles") against \(baseline ?? "")"
            record = Record(baseline: baseline)
            evidenceHeading = "STRONGEST NEW EVENT"
        }
        switch format {
        case .json:
            var record = record
            (record.flipped, record.newHostile) = (report.flipped.map(ChangeRecord.init), report.newHostile.map(ChangeRecord.init))
            (record.newCooperative, record.movers) = (report.newCooperative.map(ChangeRecord.init), report.movers.map(ChangeRecord.init))
            try Output.emit(Table.json(record), to: nil)
        case .csv:
            let rows = sections.flatMap { section in
                section.1.map { c in
                    [section.0, c.first.rawValue, c.second.rawValue, Table.number(c.before), Table.number(c.after),
                     Table.number(c.delta), String(c.events.count), Self.evidence(c, name: name)]
                }
            }
            try Output.emit(Table.csv(["change", "first", "second", "before", "after", "delta", "events", "evidence"], rows), to: nil)
        case .table:
            guard !report.isEmpty else {
                try Output.emit("no changes \(span)\n", to: nil)
                return
            }
            let rows = sections.flatMap { section in
                section.1.map { c in
                    [section.0, "\(name(c.first)) - \(name(c.second))", Table.number(c.before), Table.number(c.after),
                     Table.number(c.delta), String(c.events.count), Table.shorten(Self.evidence(c, name: name), 100)]
                }
            }
            let counts = "\(report.flipped.count) flipped, \(report.newHostile.count) new hostile, \(report.newCooperative.count) new cooperative"
            try Output.emit("changes \(span): \(counts)\n"
                + Table.render(["CHANGE", "DYAD", "BEFORE", "AFTER", "DELTA", "EVENTS", evidenceHeading], rows), to: nil)
        }
    }

    /// The event since that weighs most: date, who did what to whom, its reports and first source.
    static func evidence(_ change: DyadChange, name: (ActorID) -> String) -> String {
        guard let event = change.events.max(by: { abs($0.relation.score) < abs($1.relation.score) }) else { return "" }
        let r = event.relation
        var text = "\(r.date?.description ?? "undated") \(name(r.source)) \(r.kind.rawValue) \(name(r.target))"
        text += ", \(event.reports.count) report\(event.reports.count == 1 ? "" : "s"): \(r.evidence.document)"
        if let sentence = r.evidence.sentence { text += " \"\(sentence)\"" }
        return text
    }

    /// The JSON report: the window compared, or the baseline, then the changes.
    struct Record: Encodable {
        var windowStart, since, until, baseline: String?
        var flipped: [ChangeRecord] = [], newHostile: [ChangeRecord] = []
        var newCooperative: [ChangeRecord] = [], movers: [ChangeRecord] = []
    }

    struct ChangeRecord: Encodable {
        var first, second: String
        var before, after, delta: Double
        var events: [EventRecord]

        init(_ change: DyadChange) {
            func rounded(_ value: Double) -> Double { (value * 1e6).rounded() / 1e6 }
            first = change.first.rawValue
            second = change.second.rawValue
            before = rounded(change.before)
            after = rounded(change.after)
            delta = rounded(change.delta)
            events = change.events.map { event in
                EventRecord(
                    source: event.relation.source.rawValue, target: event.relation.target.rawValue,
                    kind: event.relation.kind.rawValue, date: event.date?.description, score: rounded(event.relation.score),
                    reports: event.reports.map(RelationRecord.init))
            }
        }
    }

    struct EventRecord: Encodable {
        var source, target, kind: String
        var date: String?
        var score: Double
        var reports: [RelationRecord]
    }
}
