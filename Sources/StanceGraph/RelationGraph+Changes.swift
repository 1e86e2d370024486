/// How one dyad moved between a window before a day and the days since, or
/// between a baseline graph and the graph.
public struct DyadChange: Hashable, Sendable {
    /// The smaller actor id of the pair.
    public var first: ActorID
    /// The larger actor id of the pair.
    public var second: ActorID
    /// The net score (summed ``Relation/score`` of events, both directions)
    /// in the window before, or in the baseline graph.
    public var before: Double
    /// The net score since the day, or in the graph.
    public var after: Double
    /// The new events, the evidence that moved the dyad, earliest first
    /// (undated ones last): those since the day, or those with a report the
    /// baseline graph does not have.
    public var events: [Event]

    /// `after - before`.
    public var delta: Double { after - before }

    /// The sign of the net score before; neutral within 1e-9 of zero.
    public var signBefore: Sign { Sign(of: before, tolerance: 1e-9) }
    /// The sign of the net score since the day.
    public var signAfter: Sign { Sign(of: after, tolerance: 1e-9) }
}

/// What a change report compares.
public enum ChangeBasis: Hashable, Sendable {
    /// The events dated `since` through `until` against those dated from
    /// `windowStart` to the day before `since`, in one graph. `until` is the
    /// day asked for, else the latest dated event's, or `since` when none is later.
    case window(windowStart: Day, since: Day, until: Day)
    /// All the events of the graph against all the events of a baseline graph
    /// (yesterday's build against today's).
    case baseline
}

/// What changed since a day, against the window before it, or since a baseline graph.
public struct ChangeReport: Hashable, Sendable {
    /// What is compared with what.
    public var basis: ChangeBasis
    /// Dyads whose net sign went from cooperative to hostile or back.
    public var flipped: [DyadChange]
    /// Dyads with no cooperative or hostile event before and a hostile net after.
    public var newHostile: [DyadChange]
    /// Dyads with no cooperative or hostile event before and a cooperative net after.
    public var newCooperative: [DyadChange]
    /// The dyads with new events whose net score moved most, largest change first.
    public var movers: [DyadChange]

    /// Whether there is nothing to report.
    public var isEmpty: Bool { flipped.isEmpty && newHostile.isEmpty && newCooperative.isEmpty && movers.isEmpty }
}

/// Why changes could not be computed.
public enum ChangeError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The window before the day must be at least one day.
    case window(days: Int)
    /// The last day is before the first.
    case untilBeforeSince(until: Day, since: Day)

    public var description: String {
        switch self {
        case .window(let days): return "a window of \(days) days; it must be at least 1 day"
        case .untilBeforeSince(let until, let since): return "until \(until) is before since \(since)"
        }
    }
}

extension RelationGraph {
    /// What changed from `since` on: each dyad's net score over the events
    /// dated `since` through `until` (default: the latest dated event)
    /// against its net score over the `windowDays` days before `since`.
    ///
    /// Events are ``events(_:)`` under `counting`, dated by their earliest
    /// report; an event dated the day before `since` is in the window before,
    /// one dated `since` is new. A dyad flips when both nets are non-zero and
    /// of opposite sign; it is new when the window before has no event of
    /// non-zero sign between the two. Movers are the `moverLimit` dyads with
    /// events since and the largest |after - before|, ties by ids: a dyad
    /// that fell silent has no evidence that moved it and is not listed.
    ///
    /// - Throws: ``ChangeError`` for a window under one day, or `until` before `since`.
    /// - Complexity: O(*n* log *n*) in the number of relations.
    public func changes(
        since: Day, windowDays: Int = 30, until: Day? = nil, counting: EventCounting = .events, moverLimit: Int = 10
    ) throws(ChangeError) -> ChangeReport {
        guard windowDays >= 1 else { throw .window(days: windowDays) }
        if let until, until < since { throw .untilBeforeSince(until: until, since: since) }
        let windowStart = since.adding(days: -windowDays)
        var tallies = DyadTallies()
        let events = events(counting)
        let last = until ?? max(since, events.compactMap(\.date).max() ?? since)
        for event in events {
            guard let date = event.date, !(date < windowStart), !(last < date) else { continue }
            if date < since {
                tallies.addBefore(event)
            } else {
                tallies.addAfter(event, isNew: true)
            }
        }
        return tallies.report(basis: .window(windowStart: windowStart, since: since, until: last), moverLimit: moverLimit)
    }

    /// What changed since `baseline`, an earlier build of the graph: each
    /// dyad's net score over all the events of `baseline` against its net
    /// score over all the events of this graph.
    ///
    /// Events are ``events(_:)`` under `counting` in each graph. An event is
    /// new, evidence of a change, when one of its reports is not in
    /// `baseline` (by ``Relation/identity``, what a merge matches on). Flips,
    /// new dyads and movers follow ``changes(since:windowDays:until:counting:moverLimit:)``:
    /// a dyad only in `baseline`, or with no new event, is no mover.
    ///
    /// - Complexity: O(*n* log *n*) in the number of relations of both graphs.
    public func changes(from baseline: RelationGraph, counting: EventCounting = .events, moverLimit: Int = 10) -> ChangeReport {
        var tallies = DyadTallies()
        for event in baseline.events(counting) { tallies.addBefore(event) }
        let known = Set(baseline.relations.map(\.identity))
        for event in events(counting) {
            tallies.addAfter(event, isNew: event.reports.contains { !known.contains($0.identity) })
        }
        return tallies.report(basis: .baseline, moverLimit: moverLimit)
    }
}

/// Net scores before and after, per dyad, and the new events: what a ``ChangeReport`` is made from.
private struct DyadTallies {
    struct Pair: Hashable { var first, second: ActorID }
    struct Tally {
        var before = 0.0, after = 0.0
        var signedBefore = false
        var events: [Event] = []
    }
    var tallies: [Pair: Tally] = [:]

    static func pair(_ r: Relation) -> Pair {
        r.source < r.target ? Pair(first: r.source, second: r.target) : Pair(first: r.target, second: r.source)
    }

    mutating func addBefore(_ event: Event) {
        let r = event.relation
        tallies[Self.pair(r), default: Tally()].before += r.score
        if r.sign != .neutral { tallies[Self.pair(r), default: Tally()].signedBefore = true }
    }

    mutating func addAfter(_ event: Event, isNew: Bool) {
        let r = event.relation
        tallies[Self.pair(r), default: Tally()].after += r.score
        if isNew { tallies[Self.pair(r), default: Tally()].events.append(event) }
    }

    /// Earliest first, undated last, then canonical order.
    static func precedes(_ a: Event, _ b: Event) -> Bool {
        switch (a.date, b.date) {
        case let (x?, y?) where x != y: return x < y
        case (_?, nil): return true
        case (nil, _?): return false
        default: return RelationGraph.canonicallyPrecedes(a.relation, b.relation)
        }
    }

    func report(basis: ChangeBasis, moverLimit: Int) -> ChangeReport {
        var flipped: [DyadChange] = [], newHostile: [DyadChange] = [], newCooperative: [DyadChange] = []
        var all: [DyadChange] = []
        for (pair, tally) in tallies {
            let change = DyadChange(
                first: pair.first, second: pair.second, before: tally.before, after: tally.after,
                events: tally.events.sorted(by: Self.precedes))
            all.append(change)
            if change.signBefore != .neutral && change.signAfter != .neutral && change.signBefore != change.signAfter {
                flipped.append(change)
            } else if !tally.signedBefore && change.signAfter == .hostile {
                newHostile.append(change)
            } else if !tally.signedBefore && change.signAfter == .cooperative {
                newCooperative.append(change)
            }
        }
        func byMovement(_ a: DyadChange, _ b: DyadChange) -> Bool {
            let da = abs(a.delta), db = abs(b.delta)
            if da != db { return da > db }
            return (a.first, a.second) < (b.first, b.second)
        }
        let movers = all.filter { !$0.events.isEmpty && abs($0.delta) > 1e-9 }.sorted(by: byMovement).prefix(max(0, moverLimit))
        return ChangeReport(
            basis: basis, flipped: flipped.sorted(by: byMovement),
            newHostile: newHostile.sorted(by: byMovement), newCooperative: newCooperative.sorted(by: byMovement),
            movers: Array(movers))
    }
}
