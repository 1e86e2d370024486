/// How one actor stands toward another, aggregated over their relations.
public struct Standing: Hashable, Sendable {
    /// The other actor.
    public var actor: ActorID
    /// The summed magnitude of the relations behind the standing
    /// (|intensity| x confidence x weight).
    public var score: Double
    /// How many relations of each kind.
    public var countsByKind: [RelationKind: Int]
    /// The relations behind it, in canonical order.
    public var relations: [Relation]
}

/// Everything stated between two actors.
public struct DyadSummary: Hashable, Sendable {
    public var first: ActorID
    public var second: ActorID
    /// Sum of the relations' signed scores, both directions.
    public var netScore: Double
    public var countsByKind: [RelationKind: Int]
    /// Earliest and latest dated relation.
    public var firstDate: Day?
    public var lastDate: Day?
    /// Every relation between the two, both directions, in canonical order.
    public var relations: [Relation]

    /// The sign of the net score: +1, 0 or -1.
    public var netSign: Int { netScore > 0 ? 1 : netScore < 0 ? -1 : 0 }
}

extension RelationGraph {
    /// Who acts against `actor`: the sources of hostile relations aimed at it,
    /// and partners in a hostile symmetric tie (hostility), strongest first.
    ///
    /// - Complexity: O(*k* log *k*) in the relations touching `actor`.
    public func opponents(of actor: ActorID) throws(GraphError) -> [Standing] {
        try standings(toward: actor, sign: -1, bothDirections: false)
    }

    /// Who acts for `actor`: the sources of cooperative relations aimed at
    /// it, and partners in a cooperative symmetric tie (alliance), strongest first.
    ///
    /// - Complexity: O(*k* log *k*) in the relations touching `actor`.
    public func supporters(of actor: ActorID) throws(GraphError) -> [Standing] {
        try standings(toward: actor, sign: 1, bothDirections: false)
    }

    /// Who `actor` has cooperative relations with, in either direction,
    /// aggregated per partner, strongest first.
    ///
    /// - Complexity: O(*k* log *k*) in the relations touching `actor`.
    public func allies(of actor: ActorID) throws(GraphError) -> [Standing] {
        try standings(toward: actor, sign: 1, bothDirections: true)
    }

    /// Relations from `source` to `target` (one direction), in canonical order.
    public func relations(from source: ActorID, to target: ActorID) -> [Relation] {
        (outgoing[source] ?? []).lazy.map { relations[$0] }.filter { $0.target == target }
    }

    /// Relations between `a` and `b` in both directions, in canonical order.
    public func relations(between a: ActorID, and b: ActorID) -> [Relation] {
        let forward = relations(from: a, to: b), backward = a == b ? [] : relations(from: b, to: a)
        return (forward + backward).sorted(by: Self.canonicallyPrecedes)
    }

    /// What was stated between `a` and `b`: net score, counts, dates, evidence.
    public func dyad(_ a: ActorID, _ b: ActorID) throws(GraphError) -> DyadSummary {
        try requireActor(a)
        try requireActor(b)
        let all = relations(between: a, and: b)
        var counts: [RelationKind: Int] = [:]
        for relation in all { counts[relation.kind, default: 0] += 1 }
        let dates = all.compactMap(\.date)
        return DyadSummary(
            first: a, second: b, netScore: all.reduce(0) { $0 + $1.score },
            countsByKind: counts, firstDate: dates.min(), lastDate: dates.max(), relations: all)
    }

    func standings(toward actor: ActorID, sign: Int, bothDirections: Bool) throws(GraphError)
        -> [Standing]
    {
        try requireActor(actor)
        var byPartner: [ActorID: [Int]] = [:]
        for i in incoming[actor] ?? [] where relations[i].sign == sign {
            if relations[i].source != actor { byPartner[relations[i].source, default: []].append(i) }
        }
        for i in outgoing[actor] ?? [] where relations[i].sign == sign {
            let relation = relations[i]
            if relation.target != actor && (bothDirections || relation.kind.isSymmetric) {
                byPartner[relation.target, default: []].append(i)
            }
        }
        return byPartner.map { partner, indexes in
            let sorted = indexes.sorted().map { relations[$0] }
            var counts: [RelationKind: Int] = [:]
            for relation in sorted { counts[relation.kind, default: 0] += 1 }
            return Standing(
                actor: partner, score: sorted.reduce(0) { $0 + abs($1.score) },
                countsByKind: counts, relations: sorted)
        }.sorted { $0.score != $1.score ? $0.score > $1.score : $0.actor < $1.actor }
    }
}
