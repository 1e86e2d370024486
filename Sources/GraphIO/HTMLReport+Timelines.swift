import StanceGraph

extension ReportData {
    /// One dyad's timeline as the page draws it when the pair is chosen.
    struct TimelineRecord: Encodable, Equatable {
        /// The pair, first before second in ``ActorID`` order.
        var first: String
        var second: String
        /// `week` or `month` (see ``HTMLReport/timeline(of:between:and:)``).
        var by: String
        /// Events and ties with no date, left out of the periods.
        var undated: Int
        var periods: [PeriodRecord]
    }

    /// One period of a ``TimelineRecord``, as ``TimelinePoint`` holds it.
    struct PeriodRecord: Encodable, Equatable {
        var label: String
        var start: String
        var end: String
        /// Events by quad class: verbal cooperation, material cooperation,
        /// verbal conflict, material conflict.
        var events: [Int]
        var ties: Int
        var net: Double
        var evidence: Int
    }

    /// The timeline of every pair of actors with a relation between them,
    /// events counted once, in the order of the pairs.
    ///
    /// Each pair's relations are gathered in one pass and its timeline is
    /// made from a graph of the two actors alone, which gives what
    /// ``RelationGraph/timeline(between:and:by:counting:)`` gives on the
    /// whole graph. Pairs whose relations are all stated as not happening
    /// (no events) are left out.
    ///
    /// - Complexity: O(*n* log *n* + *p*) in the relations and the periods.
    static func timelines(of graph: RelationGraph) throws -> [TimelineRecord] {
        var byPair: [Pair: [Relation]] = [:]
        for relation in graph.relations where relation.source != relation.target {
            byPair[Pair(relation.source, relation.target), default: []].append(relation)
        }
        var records: [TimelineRecord] = []
        for pair in byPair.keys.sorted() {
            guard let first = graph[pair.first], let second = graph[pair.second] else { continue }
            let dyad = try RelationGraph(actors: [first, second], relations: byPair[pair]!)
            let timeline = try HTMLReport.timeline(of: dyad, between: pair.first, and: pair.second)
            guard !timeline.points.isEmpty || timeline.undated > 0 else { continue }
            records.append(TimelineRecord(timeline))
        }
        return records
    }

    /// Two actors, in ``ActorID`` order.
    struct Pair: Hashable, Comparable {
        var first: ActorID
        var second: ActorID

        init(_ a: ActorID, _ b: ActorID) {
            (first, second) = b < a ? (b, a) : (a, b)
        }

        static func < (x: Pair, y: Pair) -> Bool {
            (x.first, x.second) < (y.first, y.second)
        }
    }
}

extension ReportData.TimelineRecord {
    init(_ timeline: Timeline) {
        first = timeline.first.rawValue
        second = timeline.second.rawValue
        by = timeline.points.first?.period.length.rawValue ?? PeriodLength.month.rawValue
        undated = timeline.undated
        periods = timeline.points.map { point in
            ReportData.PeriodRecord(
                label: point.period.label, start: point.period.start.description,
                end: point.period.end.description, events: point.eventsByQuad, ties: point.ties,
                net: point.netScore, evidence: point.evidence)
        }
    }
}

extension HTMLReport {
    /// A pair's timeline as the report shows it: by week when the pair's
    /// dated events fall within ``weeksInShortSpan`` ISO weeks, by month
    /// otherwise; events counted once.
    static func timeline(of graph: RelationGraph, between a: ActorID, and b: ActorID) throws(GraphError) -> Timeline {
        let weekly = try graph.timeline(between: a, and: b, by: .week)
        guard weekly.points.count > weeksInShortSpan else { return weekly }
        return try graph.timeline(between: a, and: b, by: .month)
    }

    /// The longest span, in weeks, that the report draws week by week.
    static let weeksInShortSpan = 8
}
