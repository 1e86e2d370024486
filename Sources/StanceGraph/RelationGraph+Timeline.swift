/// What happened between two actors in one period.
public struct TimelinePoint: Hashable, Sendable {
    public var period: Period
    /// Events by PLOVER quad class: index 0 verbal cooperation, 1 material
    /// cooperation, 2 verbal conflict, 3 material conflict.
    public var eventsByQuad: [Int]
    /// Enduring ties stated in the period (alliance, hostility, backing ...),
    /// once per document.
    public var ties: Int
    /// The summed ``Relation/score`` of the period's events and ties: signed
    /// intensity x confidence x weight.
    public var netScore: Double
    /// The reports behind the period's events and ties.
    public var evidence: Int

    /// Events of every quad class.
    public var events: Int { eventsByQuad.reduce(0, +) }
}

/// A dyad's timeline: one point per period, empty periods included.
public struct Timeline: Hashable, Sendable {
    public var first: ActorID
    public var second: ActorID
    public var points: [TimelinePoint]
    /// Events and ties between the two with no date, left out of the points.
    public var undated: Int
}

extension RelationGraph {
    /// The relations between `a` and `b`, both directions, as events per
    /// period, from the period of the earliest dated event to that of the latest.
    ///
    /// Events are ``events(_:)`` under `counting`, dated by their earliest
    /// report; relations stated as not happening (sign 0) are left out.
    ///
    /// - Throws: ``GraphError/unknownActor(_:suggestions:)`` when `a` or `b` is not in the graph.
    /// - Complexity: O(*k* log *k* + *p*) in the dyad's relations and the periods.
    public func timeline(
        between a: ActorID, and b: ActorID, by length: PeriodLength = .month, counting: EventCounting = .events
    ) throws(GraphError) -> Timeline {
        try requireActor(a)
        try requireActor(b)
        let dyad = subgraph(actors: [a, b])
        let events = dyad.events(counting).filter { $0.relation.sign != .neutral }
        let dated = events.filter { $0.date != nil }
        guard let first = dated.map({ $0.date! }).min(), let last = dated.map({ $0.date! }).max() else {
            return Timeline(first: a, second: b, points: [], undated: events.count)
        }
        let periods = length.periods(from: first, through: last)
        var points = periods.map {
            TimelinePoint(period: $0, eventsByQuad: [0, 0, 0, 0], ties: 0, netScore: 0, evidence: 0)
        }
        var starts: [Int: Int] = [:]
        for (i, period) in periods.enumerated() { starts[period.start.ordinal] = i }
        // Summed in canonical event order, so equal inputs give equal scores.
        for event in dated {
            let i = starts[length.period(containing: event.date!).start.ordinal]!
            if let quad = event.relation.quadClass {
                points[i].eventsByQuad[quad - 1] += 1
            } else {
                points[i].ties += 1
            }
            points[i].netScore += event.relation.score
            points[i].evidence += event.reports.count
        }
        return Timeline(first: a, second: b, points: points, undated: events.count - dated.count)
    }
}
