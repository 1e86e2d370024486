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

/// The standings of one query, strongest first: a collection of
/// ``Standing`` values made on access from one shared answer.
///
/// Building it allocates one object whatever the number of partners, and
/// holding it holds that one reference; a ``Standing`` read from it holds
/// the same object. Equal when their standings are, in order.
public struct Standings: RandomAccessCollection, Hashable, Sendable {
    /// The answer, or nil when there is no standing.
    let answer: SharedAnswer?

    /// No standing.
    init() { answer = nil }

    init(_ answer: SharedAnswer) { self.answer = answer }

    public var startIndex: Int { 0 }
    public var endIndex: Int { answer?.partners ?? 0 }

    public subscript(position: Int) -> Standing {
        guard let answer, position >= 0 && position < answer.partners else {
            preconditionFailure("Standings index \(position) out of range 0..<\(endIndex)")
        }
        return answer.standing(at: position)
    }

    public static func == (a: Standings, b: Standings) -> Bool { a.elementsEqual(b) }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(count)
        for standing in self { hasher.combine(standing) }
    }
}

/// What the standings of one query share, behind one reference: the
/// graph's relations (one more reference, ``SharedRelations``), then in
/// the object itself one 16-byte entry per partner in rank order (score;
/// partner and where its positions end) and the positions of the
/// relations behind every standing, partner after partner in that order.
///
/// Unchecked `Sendable` (`ManagedBuffer` is not): entries and positions
/// are written once, by ``make(_:partners:positions:write:)`` before the
/// answer is returned, and only read after; the relations are immutable.
struct SharedAnswer: @unchecked Sendable {
    struct Header {
        let relations: SharedRelations
        let partners: Int
    }

    /// Tail-allocated 8-byte words: two per entry, then the positions,
    /// two `Int32` a word. Written and read through raw pointers.
    final class Storage: ManagedBuffer<Header, UInt64> {}

    let storage: Storage

    /// An answer over `relations` with `partners` entries and `positions`
    /// positions, which `write` fills: it is given where the entries start
    /// (two words each, see ``entry(_:_:score:partner:end:)``) and where
    /// the positions start.
    static func make(
        _ relations: SharedRelations, partners: Int, positions: Int,
        write: (UnsafeMutablePointer<UInt64>, UnsafeMutablePointer<Int32>) -> Void
    ) -> SharedAnswer {
        let words = 2 * partners + (positions + 1) / 2
        let storage = unsafeDowncast(
            Storage.create(minimumCapacity: words) { _ in Header(relations: relations, partners: partners) },
            to: Storage.self)
        storage.withUnsafeMutablePointerToElements { base in
            (base + 2 * partners).withMemoryRebound(to: Int32.self, capacity: positions) { write(base, $0) }
        }
        return SharedAnswer(storage: storage)
    }

    /// Writes entry `k`: its score, its partner's position among the
    /// graph's actors and where its positions end.
    @inline(__always)
    static func entry(_ words: UnsafeMutablePointer<UInt64>, _ k: Int, score: Double, partner: Int32, end: Int32) {
        words[2 * k] = score.bitPattern
        words[2 * k + 1] = UInt64(UInt32(bitPattern: partner)) << 32 | UInt64(UInt32(bitPattern: end))
    }

    var partners: Int { storage.header.partners }

    /// The standing of entry `k`.
    func standing(at k: Int) -> Standing {
        storage.withUnsafeMutablePointerToElements { words in
            let packed = words[2 * k + 1]
            let start = k == 0 ? 0 : Int32(truncatingIfNeeded: words[2 * k - 1])
            return Standing(
                partner: Int32(truncatingIfNeeded: packed >> 32), score: Double(bitPattern: words[2 * k]),
                answer: self, start: start, end: Int32(truncatingIfNeeded: packed))
        }
    }

    /// The graph's relations.
    var relations: RelationGraph.Relations { storage.header.relations.relations }

    /// The id of the graph's actor at `position`, read without copying the relations' columns.
    func actorID(at position: Int) -> ActorID { storage.header.relations.relations.actorIDs[position] }

    /// Calls `body` with the positions in `range`.
    func positions<R>(_ range: Range<Int>, _ body: (UnsafeBufferPointer<Int32>) -> R) -> R {
        let partners = self.partners
        return storage.withUnsafeMutablePointerToElements { words in
            (words + 2 * partners).withMemoryRebound(to: Int32.self, capacity: range.upperBound) {
                body(UnsafeBufferPointer(start: $0 + range.lowerBound, count: range.count))
            }
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
    public func opponents(of actor: ActorID) throws(GraphError) -> Standings {
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
    public func supporters(of actor: ActorID) throws(GraphError) -> Standings {
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
    public func cooperators(of actor: ActorID) throws(GraphError) -> Standings {
        try standings(toward: actor, sign: 1, kinds: KindMask(RelationKind.cooperating), bothDirections: false)
    }

    /// Who `actor` has cooperative relations with, in either direction,
    /// aggregated per partner, strongest first.
    ///
    /// Every relation of positive sign counts, support and cooperation alike.
    ///
    /// - Complexity: O(*k* log *k*) in the relations touching `actor`.
    public func allies(of actor: ActorID) throws(GraphError) -> Standings {
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
