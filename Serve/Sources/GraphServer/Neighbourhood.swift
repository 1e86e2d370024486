import StanceGraph

/// The actors within one or two relations of an actor, found through
/// ``RelationGraph/partners(of:)`` without building a graph, and trimmed
/// to the strongest when there are more than a view can hold.
struct Neighbourhood {
    struct Member {
        var actor: ActorID
        /// 0 for the actor asked about, 1 for its partners, 2 for theirs.
        var depth: Int
        /// Relations joining it to the members one step nearer.
        var strength: Int
    }

    /// The members kept, the actor asked about first, then by depth and strength.
    var members: [Member]
    /// How many actors the whole neighbourhood holds.
    var total: Int

    var isTrimmed: Bool { members.count < total }

    /// - Complexity: O(*k* log *k*) in the relations touching the actor at
    ///   depth 1, and touching its partners at depth 2.
    init(of actor: ActorID, depth: Int, in graph: RelationGraph, keeping limit: Int) throws(GraphError) {
        let first = try graph.partners(of: actor)
        var all = [Member(actor: actor, depth: 0, strength: 0)] + first.map { Member(actor: $0.actor, depth: 1, strength: $0.relations) }
        if depth >= 2 {
            var seen = Set(all.map(\.actor))
            var second: [ActorID: Int] = [:]
            for partner in first {
                for far in try graph.partners(of: partner.actor) where !seen.contains(far.actor) {
                    second[far.actor, default: 0] += far.relations
                }
            }
            seen.formUnion(second.keys)
            all += second.map { Member(actor: $0.key, depth: 2, strength: $0.value) }
                .sorted { $0.strength != $1.strength ? $0.strength > $1.strength : $0.actor < $1.actor }
        }
        total = all.count
        members = Array(all.prefix(limit))
    }

    var actors: Set<ActorID> { Set(members.map(\.actor)) }
}
