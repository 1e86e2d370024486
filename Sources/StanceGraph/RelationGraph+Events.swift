/// How reports are counted: each relation on its own, or the reports of one
/// event as one.
public enum EventCounting: Hashable, Sendable {
    /// Every relation counts: five outlets reporting one strike are five.
    case reports
    /// Reports of one event count once: same source and target, same kind
    /// and sign, dated at most `windowDays` days after the event's first
    /// report. Enduring ties count once per document.
    case events(windowDays: Int)

    /// The default window: a report dated the day of the event or the day after.
    public static let defaultWindowDays = 1

    /// Events with the default window.
    public static var events: EventCounting { .events(windowDays: defaultWindowDays) }
}

/// One event, or one stated stance, and every report of it.
public struct Event: Hashable, Sendable {
    /// The event as one relation: the most confident report (the first in
    /// canonical order among equals), dated with the earliest report's date,
    /// with the highest confidence and weight among the reports.
    public var relation: Relation
    /// Every report of the event, in canonical order.
    public var reports: [Relation]

    /// The event's date: its earliest report's, `nil` when none is dated.
    public var date: Day? { relation.date }
}

extension RelationGraph {
    /// The graph's relations grouped into events.
    ///
    /// The rule (`.events(windowDays: w)`): relations are reports of one
    /// event when they have the same source and target (either way round for
    /// a symmetric kind), the same kind and the same ``Relation/sign``, and,
    /// for an event kind (one with a quad class), dates at most `w` days after
    /// the earliest report of the event: reports are taken in date order, and
    /// one dated later than that starts the next event, so a strike a day for
    /// a week stays seven events. Undated reports of an event kind are one
    /// event per document. Enduring ties (alliance, hostility, backing,
    /// pledges, membership, office) are stated stances, not events: one per
    /// document, whatever their dates. Roll the graph up first for reports by
    /// a ministry and by a head of state to count as the state's.
    ///
    /// `.reports` makes each relation its own event.
    ///
    /// Events come ordered by their relation's canonical order.
    ///
    /// - Complexity: O(*n* log *n*) in the number of relations.
    public func events(_ counting: EventCounting = .events) -> [Event] {
        var events = unorderedEvents(counting)
        events.sort { RelationGraph.canonicallyPrecedes($0.relation, $1.relation) }
        return events
    }

    /// The events of ``events(_:)`` in no particular order.
    func unorderedEvents(_ counting: EventCounting) -> [Event] {
        guard case .events(let window) = counting else {
            return relations.map { Event(relation: $0, reports: [$0]) }
        }
        let t = topology
        var events: [Event] = []
        events.reserveCapacity(relations.count)
        // Relations are in canonical order, so one source, target and kind are
        // one run; a symmetric kind's two directions are gathered by key.
        struct PairKey: Hashable { var low, high, kind: Int32 }
        var symmetricGroups: [PairKey: [Int32]] = [:]
        var symmetricOrder: [PairKey] = []
        var start = 0
        while start < relations.count {
            var end = start + 1
            let kind = relations[start].kind
            while end < relations.count && t.source[end] == t.source[start] && t.target[end] == t.target[start]
                && relations[end].kind == kind
            {
                end += 1
            }
            if t.symmetric[start] {
                let key = PairKey(
                    low: min(t.source[start], t.target[start]), high: max(t.source[start], t.target[start]),
                    kind: Int32(kind.order))
                if symmetricGroups[key] == nil { symmetricOrder.append(key) }
                symmetricGroups[key, default: []].append(contentsOf: (Int32(start)..<Int32(end)))
            } else {
                appendEvents(of: Int32(start)..<Int32(end), window: window, to: &events)
            }
            start = end
        }
        for key in symmetricOrder {
            appendEvents(of: symmetricGroups[key]!.sorted(), window: window, to: &events)
        }
        return events
    }

    /// The graph with one relation per event (see ``events(_:)``): what
    /// scores, rankings, balance and the matrix count. Actors and roles stay.
    ///
    /// - Complexity: O(*n* log *n*) in the number of relations.
    public func countingEvents(_ counting: EventCounting = .events) -> RelationGraph {
        guard case .events = counting else { return self }
        // setRelations puts them in canonical order.
        let events = unorderedEvents(counting)
        guard events.count != relations.count else { return self }
        var graph = self
        graph.setRelations(events.map(\.relation))
        return graph
    }

    /// The events among `members`, positions of relations with one source,
    /// target (either way for a symmetric kind) and kind, ascending: split
    /// by sign, then by date window or, for ties and undated reports, by document.
    private func appendEvents(of members: some Collection<Int32>, window: Int, to events: inout [Event]) {
        let t = topology
        let isEvent = relations[Int(members.first!)].kind.isEvent
        for sign: Int8 in [-1, 0, 1] {
            var byDocument: [String: [Int32]] = [:]
            var documentOrder: [String] = []
            var dated: [Int32] = []
            for i in members where t.sign[Int(i)] == sign {
                let relation = relations[Int(i)]
                if isEvent, relation.date != nil {
                    dated.append(i)
                } else {
                    let document = relation.evidence.document
                    if byDocument[document] == nil { documentOrder.append(document) }
                    byDocument[document, default: []].append(i)
                }
            }
            // By date; equal dates keep canonical order.
            dated.sort { a, b in
                let da = relations[Int(a)].date!, db = relations[Int(b)].date!
                return da != db ? da < db : a < b
            }
            var start = 0
            while start < dated.count {
                let first = relations[Int(dated[start])].date!.ordinal
                var end = start + 1
                while end < dated.count && relations[Int(dated[end])].date!.ordinal - first <= window { end += 1 }
                events.append(event(of: dated[start..<end].sorted()))
                start = end
            }
            for document in documentOrder { events.append(event(of: byDocument[document]!)) }
        }
    }

    /// The event whose reports are at `positions` (ascending).
    private func event(of positions: some Collection<Int32>) -> Event {
        let reports = positions.map { relations[Int($0)] }
        var chosen = reports[0]
        for report in reports.dropFirst() where report.confidence > chosen.confidence { chosen = report }
        chosen.date = reports.compactMap(\.date).min()
        chosen.confidence = reports.map(\.confidence).max()!
        chosen.weight = reports.map(\.weight).max()!
        return Event(relation: chosen, reports: reports)
    }
}
