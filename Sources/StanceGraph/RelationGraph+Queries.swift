/// How one actor stands toward another, aggregated over their relations.
///
/// A standing refers to the other actor and the relations behind it by
/// position in the graph it came from, so making one copies no id and no
/// relation; ``actor``, ``relations`` and ``countsByKind`` are read on demand.
public struct Standing: Hashable, Sendable {
    /// The other actor.
    public var actor: ActorID { answer.actorID(at: Int(partner)) }
    /// The summed magnitude of the relations behind the standing
    /// (|intensity| x confidence x weight).
    public var score: Double
    /// The query's answer: the graph's relations and the positions of those
    /// behind every standing, one object shared by all the standings of a query.
    let answer: SharedAnswer
    /// The other actor's position in the graph's actors.
    let partner: Int32
    /// Where this standing's positions lie in the answer's.
    let start: Int32, end: Int32

    init(partner: Int32, score: Double, answer: SharedAnswer, start: Int32, end: Int32) {
        self.partner = partner
        self.score = score
        self.answer = answer
        self.start = start
        self.end = end
    }

    /// How many relations are behind it.
    public var relationCount: Int { Int(end - start) }

    /// The relations behind it, in canonical order.
    public var relations: [Relation] {
        let all = answer.relations
        return answer.positions(Int(start)..<Int(end)) { $0.map { all[Int($0)] } }
    }

    /// How many relations of each kind.
    public var countsByKind: [RelationKind: Int] {
        let columns = answer.relations.columns
        return answer.positions(Int(start)..<Int(end)) { positions in
            var counts: [RelationKind: Int] = [:]
            for i in positions { counts[columns.kind(at: Int(i)), default: 0] += 1 }
            return counts
        }
    }

    public static func == (a: Standing, b: Standing) -> Bool {
        a.actor == b.actor && a.score == b.score && a.relations == b.relations
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(actor)
        hasher.combine(score)
        hasher.combine(relationCount)
    }
}

/// What the standings of one query share, behind one reference: the
/// graph's relations (one more reference, ``SharedRelations``) and the
/// positions of the relations behind every standing, stored in the object
/// itself. A query so allocates one object for all its standings.
///
/// Unchecked `Sendable` (`ManagedBuffer` is not): the positions are written
/// once, by ``make(_:count:positions:)`` before the answer is returned,
/// and only read after; the relations are immutable.
struct SharedAnswer: @unchecked Sendable {
    final class Storage: ManagedBuffer<SharedRelations, Int32> {}

    let storage: Storage

    /// An answer over `relations` with room for `count` positions, which
    /// `positions` writes.
    static func make(
        _ relations: SharedRelations, count: Int, positions: (UnsafeMutablePointer<Int32>) -> Void
    ) -> SharedAnswer {
        let storage = unsafeDowncast(Storage.create(minimumCapacity: count) { _ in relations }, to: Storage.self)
        storage.withUnsafeMutablePointerToElements(positions)
        return SharedAnswer(storage: storage)
    }

    /// The graph's relations.
    var relations: RelationGraph.Relations { storage.header.relations }

    /// The id of the graph's actor at `position`, read without copying the relations' columns.
    func actorID(at position: Int) -> ActorID { storage.header.relations.actorIDs[position] }

    /// Calls `body` with the positions in `range`.
    func positions<R>(_ range: Range<Int>, _ body: (UnsafeBufferPointer<Int32>) -> R) -> R {
        storage.withUnsafeMutablePointerToElements {
            body(UnsafeBufferPointer(start: $0 + range.lowerBound, count: range.count))
        }
    }
}

/// A graph's relations behind one reference, made once each time they
/// change, so that an answer holds them by one reference instead of a copy
/// of every column. Immutable, hence `Sendable`.
final class SharedRelations: Sendable {
    let relations: RelationGraph.Relations

    init(_ relations: RelationGraph.Relations) { self.relations = relations }
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

    /// The sign of the net score.
    public var netSign: Sign { Sign(of: netScore) }
}

extension RelationGraph {
    /// Who acts against `actor`: the sources of hostile relations aimed at it,
    /// and partners in a hostile symmetric tie (hostility), strongest first.
    ///
    /// Every relation of negative sign counts: the kinds in
    /// ``RelationKind/hostile``, from an accusation to an assault, and a
    /// request made as a demand. ``Standing/countsByKind`` tells them apart.
    ///
    /// - Complexity: O(*k* log *k*) in the relations touching `actor`.
    public func opponents(of actor: ActorID) throws(GraphError) -> [Standing] {
        try standings(toward: actor, sign: -1, kinds: .all, bothDirections: false)
    }

    /// Who backs `actor`: the sources of support, aid and backing aimed at
    /// it, and partners in an alliance, strongest first.
    ///
    /// Only the kinds in ``RelationKind/supporting`` count; agreeing,
    /// consulting or conceding to an actor is cooperation, not support
    /// (see ``cooperators(of:)``).
    ///
    /// - Complexity: O(*k* log *k*) in the relations touching `actor`.
    public func supporters(of actor: ActorID) throws(GraphError) -> [Standing] {
        try standings(toward: actor, sign: 1, kinds: KindMask(RelationKind.supporting), bothDirections: false)
    }

    /// Who cooperates with `actor` without backing it: the sources of
    /// cooperative relations aimed at it whose kind is not support, strongest
    /// first.
    ///
    /// The kinds in ``RelationKind/cooperating`` count (agree, consult,
    /// concede, cooperate, retreat, non-aggression, non-interference, and a
    /// request made as an appeal). With ``supporters(of:)`` it partitions the
    /// cooperative relations aimed at `actor`.
    ///
    /// - Complexity: O(*k* log *k*) in the relations touching `actor`.
    public func cooperators(of actor: ActorID) throws(GraphError) -> [Standing] {
        try standings(toward: actor, sign: 1, kinds: KindMask(RelationKind.cooperating), bothDirections: false)
    }

    /// Who `actor` has cooperative relations with, in either direction,
    /// aggregated per partner, strongest first.
    ///
    /// Every relation of positive sign counts, support and cooperation alike.
    ///
    /// - Complexity: O(*k* log *k*) in the relations touching `actor`.
    public func allies(of actor: ActorID) throws(GraphError) -> [Standing] {
        try standings(toward: actor, sign: 1, kinds: .all, bothDirections: true)
    }

    /// Relations from `source` to `target` (one direction), in canonical order.
    public func relations(from source: ActorID, to target: ActorID) -> [Relation] {
        guard let s = actorIndex[source], let t = actorIndex[target] else { return [] }
        let all = relations
        return topology.outgoing(s).filter { topology.target[$0] == t }.map { all[$0] }
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
}
