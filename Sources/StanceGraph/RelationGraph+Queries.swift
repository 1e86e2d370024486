/// How one actor stands toward another, aggregated over their relations.
///
/// A standing refers to the relations behind it by position in the graph it
/// came from, so making one copies no relation; ``relations`` and
/// ``countsByKind`` are read on demand.
public struct Standing: Hashable, Sendable {
    /// The other actor.
    public var actor: ActorID
    /// The summed magnitude of the relations behind the standing
    /// (|intensity| x confidence x weight).
    public var score: Double
    /// The query's answer: the graph's relations and the positions of those
    /// behind every standing, one buffer shared by all the standings of a query.
    let answer: SharedAnswer
    /// Where this standing's positions lie in `answer.positions`.
    let start: Int32, end: Int32

    init(actor: ActorID, score: Double, answer: SharedAnswer, start: Int32, end: Int32) {
        self.actor = actor
        self.score = score
        self.answer = answer
        self.start = start
        self.end = end
    }

    /// Positions of the relations behind it in the graph, ascending.
    var indices: ArraySlice<Int32> { answer.positions[Int(start)..<Int(end)] }

    /// How many relations are behind it.
    public var relationCount: Int { Int(end - start) }

    /// The relations behind it, in canonical order.
    public var relations: [Relation] { indices.map { answer.relations[Int($0)] } }

    /// How many relations of each kind.
    public var countsByKind: [RelationKind: Int] {
        var counts: [RelationKind: Int] = [:]
        for i in indices { counts[answer.relations.columns.kind(at: Int(i)), default: 0] += 1 }
        return counts
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
/// graph's relations and one buffer of positions. A standing then holds one
/// pointer, not a copy of every column and a slice. Immutable, hence `Sendable`.
final class SharedAnswer: Sendable {
    let relations: RelationGraph.Relations
    let positions: [Int32]

    init(_ relations: RelationGraph.Relations, positions: [Int32]) {
        self.relations = relations
        self.positions = positions
    }
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

    /// The partners of `actor` through relations of `sign` and a kind in
    /// `kinds`: sources of
    /// relations into it, and targets of its own relations when
    /// `bothDirections` or the kind is symmetric; self-loops left out.
    ///
    /// Both lists visit partners in ascending index order, so partners are
    /// runs: merging the two runs groups them without hashing.
    func standings(toward actor: ActorID, sign: Int, kinds: KindMask, bothDirections: Bool) throws(GraphError)
        -> [Standing]
    {
        guard let v = actorIndex[actor] else {
            throw .unknownActor(actor.rawValue, suggestions: suggestions(for: actor.rawValue))
        }
        let t = topology, wanted = Int8(sign)
        // Incoming relations are read through the arrays parallel to the
        // incoming list, in memory order; outgoing ones are one run. Both are
        // ascending by partner (relations are in canonical order). Plain
        // loops over local arrays: no captured state to reach through.
        let inSource = t.inSource, inSign = t.inSign, inRelation = t.inRelations, inMagnitude = t.inMagnitude
        let target = t.target, outSign = t.sign
        let into = t.incomingPositions(v), out = t.outgoing(v)
        // Relations of a kind outside `kinds` are left out as if of another sign.
        let columns = self.columns, everyKind = kinds == .all
        @inline(__always) func counts(_ relation: Int32) -> Bool {
            everyKind || kinds.contains(columns.kind(at: Int(relation)))
        }
        var a = into.lowerBound, b = out.lowerBound
        // Groups as plain values first, their positions in one shared buffer:
        // sorting the groups moves no references, and a query allocates
        // the same few buffers however many partners it has.
        var groups: [PartnerGroup] = []
        // At most one group per relation: one allocation, however many partners.
        groups.reserveCapacity(into.count + out.count)
        var positions: [Int32] = []
        positions.reserveCapacity(into.count + out.count)
        while true {
            while a < into.upperBound && (inSign[a] != wanted || inSource[a] == v || !counts(inRelation[a])) { a += 1 }
            while b < out.upperBound
                && (outSign[b] != wanted || target[b] == v || !(bothDirections || t.isSymmetric(b)) || !counts(Int32(b)))
            {
                b += 1
            }
            let fromIn = a < into.upperBound ? inSource[a] : .max
            let fromOut = b < out.upperBound ? target[b] : .max
            if fromIn == .max && fromOut == .max { break }
            let partner = min(fromIn, fromOut)
            let start = positions.count
            var score = 0.0
            while a < into.upperBound && inSource[a] == partner {
                if inSign[a] == wanted && counts(inRelation[a]) {
                    positions.append(inRelation[a])
                    score += inMagnitude[a]
                }
                a += 1
            }
            let incomingEnd = positions.count
            while b < out.upperBound && target[b] == partner {
                if outSign[b] == wanted && (bothDirections || t.isSymmetric(b)) && counts(Int32(b)) {
                    positions.append(Int32(b))
                    score += t.magnitude(b)
                }
                b += 1
            }
            if incomingEnd > start && incomingEnd < positions.count {
                // Both directions: sum in canonical order, as every other
                // partner's score is, so equal inputs give equal scores.
                positions[start...].sort()
                score = 0
                for i in positions[start...] { score += t.magnitude(Int(i)) }
            }
            groups.append(PartnerGroup(score: score, partner: partner, start: Int32(start), end: Int32(positions.count)))
        }
        // Strongest first; equal scores by id, which is index order.
        Self.sortStrongestFirst(&groups)
        let answer = SharedAnswer(relations, positions: positions)
        return groups.map { group in
            Standing(actor: actorIDs[Int(group.partner)], score: group.score, answer: answer, start: group.start, end: group.end)
        }
    }

    /// One partner of a standings query: its summed score and where its
    /// relations' positions lie in the query's shared buffer.
    struct PartnerGroup {
        var score: Double
        var partner, start, end: Int32

        /// Strongest first; equal scores by partner, which is id order.
        @inline(__always)
        static func precedes(_ a: PartnerGroup, _ b: PartnerGroup) -> Bool {
            a.score != b.score ? a.score > b.score : a.partner < b.partner
        }
    }

    /// Sorts `groups` strongest first. A query has a few dozen to a few
    /// hundred partners: a binary insertion sort in place finds each one's
    /// place in O(log *p*) comparisons and moves the longer ones with one
    /// memory move, with no scratch buffer; longer lists take the general sort.
    /// No two groups tie (partners differ), so the order is the one `sort` gives.
    ///
    /// - Complexity: O(*p* log *p*) comparisons and O(*p*²) bytes moved for
    ///   up to 512 partners, O(*p* log *p*) beyond.
    static func sortStrongestFirst(_ groups: inout [PartnerGroup]) {
        guard groups.count <= 512 else {
            groups.sort(by: PartnerGroup.precedes)
            return
        }
        groups.withUnsafeMutableBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }
            for i in buffer.indices.dropFirst() {
                let moving = buffer[i]
                // Already after every earlier group: nothing to move.
                guard PartnerGroup.precedes(moving, buffer[i - 1]) else { continue }
                var low = 0, high = i - 1
                while low < high {
                    let middle = (low + high) / 2
                    if PartnerGroup.precedes(moving, buffer[middle]) { high = middle } else { low = middle + 1 }
                }
                (base + low + 1).update(from: base + low, count: i - low)
                base[low] = moving
            }
        }
    }
}
