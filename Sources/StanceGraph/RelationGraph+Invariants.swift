extension RelationGraph {
    /// Checks the graph's internal consistency in debug builds; does nothing
    /// in release builds.
    public func checkInvariants() {
        #if DEBUG
        precondition(actorIDs == actorsByID.keys.sorted(), "actor ids out of order")
        for (id, actor) in actorsByID { precondition(id == actor.id, "actor stored under \(id)") }
        for i in relations.indices.dropFirst() {
            precondition(
                !Self.canonicallyPrecedes(relations[i], relations[i - 1]),
                "relations out of order at \(i)")
            precondition(relations[i].identity != relations[i - 1].identity, "duplicate at \(i)")
        }
        var out = 0, into = 0, kinds = 0
        for (actor, list) in outgoing {
            for i in list { precondition(relations[i].source == actor) }
            out += list.count
        }
        for (actor, list) in incoming {
            for i in list { precondition(relations[i].target == actor) }
            into += list.count
        }
        for (kind, list) in byKind {
            for i in list { precondition(relations[i].kind == kind) }
            kinds += list.count
        }
        precondition(out == relations.count && into == relations.count && kinds == relations.count)
        for relation in relations {
            precondition(actorsByID[relation.source] != nil && actorsByID[relation.target] != nil)
        }
        for (i, role) in roles.enumerated() {
            precondition(actorsByID[role.holder] != nil && actorsByID[role.organisation] != nil)
            precondition(rolesByHolder[role.holder]?.contains(i) == true)
        }
        #endif
    }
}
