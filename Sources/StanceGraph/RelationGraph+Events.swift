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
        guard case .events(let window) = counting else {
            return relations.map { Event(relation: $0, reports: [$0]) }
        }
        let groups = eventGroups(window: window)
        var events = groups.indices.map { g in
            let positions = groups[g]
            return Event(relation: eventRelation(of: positions).relation, reports: positions.map { relations[Int($0)] })
        }
        events.sort { RelationGraph.canonicallyPrecedes($0.relation, $1.relation) }
        return events
    }

    /// The graph with one relation per event (see ``events(_:)``): what
    /// scores, rankings, balance and the matrix count. Actors and roles stay.
    ///
    /// - Complexity: O(*n* log *n*) in the number of relations.
    public func countingEvents(_ counting: EventCounting = .events) -> RelationGraph {
        guard case .events(let window) = counting else { return self }
        let groups = eventGroups(window: window)
        guard groups.count != relations.count else { return self }
        // Each event is one of its reports with its date, confidence and
        // weight changed, which the canonical order does not read before
        // evidence and modality: the reports' own order is the events' order,
        // and no relation is sorted or hashed again.
        var chosen = groups.indices.map { eventRowChanges(of: groups[$0]) }
        chosen.sort { $0.position < $1.position }
        var graph = self
        var events = columns.gathered(chosen.map { Int($0.position) })
        for (row, event) in chosen.enumerated() {
            events.date[row] = event.date
            events.weight[row] = event.weight
        }
        graph.columns = events
        graph.rebuildRelationIndexes()
        return graph
    }

    /// Positions of relations grouped into events, in one flat buffer:
    /// group `g` is `positions[ends[g - 1]..<ends[g]]`, ascending.
    struct EventGroups: RandomAccessCollection {
        var positions: [Int32] = []
        var ends: [Int] = []
        var startIndex: Int { 0 }
        var endIndex: Int { ends.count }
        subscript(g: Int) -> ArraySlice<Int32> { positions[(g == 0 ? 0 : ends[g - 1])..<ends[g]] }

        /// Ends the group being filled; no-op when it is empty.
        mutating func close() {
            if positions.count > (ends.last ?? 0) { ends.append(positions.count) }
        }
    }

    /// The events of the rule of ``events(_:)`` as groups of positions.
    func eventGroups(window: Int) -> EventGroups {
        let t = topology
        var groups = EventGroups()
        let n = columns.count, kinds = columns.kind
        groups.positions.reserveCapacity(n)
        groups.ends.reserveCapacity(n)
        // Relations are in canonical order, so one source, target and kind are
        // one run; a symmetric kind's two directions are gathered by key.
        struct PairKey: Hashable { var low, high, kind: Int32 }
        var symmetricGroups: [PairKey: [Int32]] = [:]
        var symmetricOrder: [PairKey] = []
        var start = 0
        while start < n {
            var end = start + 1
            let kind = kinds[start]
            while end < n && t.source[end] == t.source[start] && t.target[end] == t.target[start]
                && kinds[end] == kind
            {
                end += 1
            }
            if t.isSymmetric(start) {
                let key = PairKey(
                    low: min(t.source[start], t.target[start]), high: max(t.source[start], t.target[start]),
                    kind: Int32(kind))
                if symmetricGroups[key] == nil { symmetricOrder.append(key) }
                symmetricGroups[key, default: []].append(contentsOf: (Int32(start)..<Int32(end)))
            } else if end == start + 1 {
                groups.positions.append(Int32(start))
                groups.close()
            } else {
                appendGroups(of: Array(Int32(start)..<Int32(end)), window: window, to: &groups)
            }
            start = end
        }
        for key in symmetricOrder {
            appendGroups(of: symmetricGroups[key]!, window: window, to: &groups)
        }
        return groups
    }

    /// The events among `members`, positions of relations with one source,
    /// target (either way for a symmetric kind) and kind: split by sign,
    /// then by date window or, for ties and undated reports, by document.
    private func appendGroups(of members: [Int32], window: Int, to groups: inout EventGroups) {
        let t = topology
        let isEvent = columns.kind(at: Int(members[0])).isEvent
        var dated: [(sign: Int8, day: Int, position: Int32)] = []
        var others: [Int32] = []
        for i in members {
            if isEvent, columns.date[Int(i)] != RelationColumns.none {
                dated.append((t.sign[Int(i)], Int(columns.date[Int(i)]), i))
            } else {
                others.append(i)
            }
        }
        // By sign, then date; equal dates keep canonical order.
        dated.sort { ($0.sign, $0.day, $0.position) < ($1.sign, $1.day, $1.position) }
        var first = 0
        while first < dated.count {
            var end = first + 1
            while end < dated.count && dated[end].sign == dated[first].sign
                && dated[end].day - dated[first].day <= window
            {
                end += 1
            }
            groups.positions += dated[first..<end].map(\.position).sorted()
            groups.close()
            first = end
        }
        // Ties and undated reports: one event per sign and document.
        others.sort { a, b in
            let sa = t.sign[Int(a)], sb = t.sign[Int(b)]
            if sa != sb { return sa < sb }
            let da = columns.document(at: Int(a)), db = columns.document(at: Int(b))
            return da != db ? utf8Precedes(da, db) : a < b
        }
        for (k, i) in others.enumerated() {
            if k > 0 && (t.sign[Int(i)] != t.sign[Int(others[k - 1])]
                || columns.document(at: Int(i)) != columns.document(at: Int(others[k - 1])))
            {
                groups.close()
            }
            groups.positions.append(i)
        }
        groups.close()
    }

    /// The event whose reports are at `positions` (ascending) as one relation,
    /// and the position of the report it is:
    /// the most confident report (the first among equals), dated with the
    /// earliest report, with the highest confidence and weight.
    private func eventRelation(of positions: ArraySlice<Int32>) -> (position: Int32, relation: Relation) {
        var position = positions.first!
        var chosen = relations[Int(position)]
        guard positions.count > 1 else { return (position, chosen) }
        var date = chosen.date, confidence = chosen.confidence, weight = chosen.weight
        for p in positions.dropFirst() {
            let report = relations[Int(p)]
            if report.confidence > confidence {
                chosen = report
                position = p
                confidence = report.confidence
            }
            if let d = report.date, date.map({ d < $0 }) ?? true { date = d }
            weight = max(weight, report.weight)
        }
        chosen.date = date
        chosen.weight = weight
        return (position, chosen)
    }

    /// ``eventRelation(of:)`` as changes to one row: the row it is, and the
    /// date (a day ordinal) and weight it takes, read from the columns.
    private func eventRowChanges(of positions: ArraySlice<Int32>) -> (position: Int32, date: Int32, weight: Double) {
        var position = positions.first!
        let none = RelationColumns.none
        var date = columns.date[Int(position)], confidence = columns.confidence[Int(position)]
        var weight = columns.weight[Int(position)]
        for p in positions.dropFirst() {
            let i = Int(p)
            if columns.confidence[i] > confidence {
                position = p
                confidence = columns.confidence[i]
            }
            if columns.date[i] != none, date == none || columns.date[i] < date { date = columns.date[i] }
            weight = max(weight, columns.weight[i])
        }
        return (position, date, weight)
    }
}
