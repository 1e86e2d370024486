extension RelationGraph {
    /// Whether the mutators check every invariant after each change: true in
    /// a build with `GEOSTANCE_INTERNAL_CHECKS` defined (set the environment
    /// variable of that name when building), as swift-collections does with
    /// `COLLECTIONS_INTERNAL_CHECKS`. The checks cost O(*n* log *n*) a change.
    package static var checksInvariantsAfterChanges: Bool {
        #if GEOSTANCE_INTERNAL_CHECKS
        true
        #else
        false
        #endif
    }

    /// Checks the invariants after a mutation when the build asks for it;
    /// compiles to nothing otherwise.
    @inline(__always)
    func checkInvariantsAfterChange() {
        #if GEOSTANCE_INTERNAL_CHECKS
        checkInvariants()
        #endif
    }

    /// Checks the graph's internal consistency, trapping on the first
    /// broken invariant: sorted unique actors, relations in canonical order
    /// without duplicates, and every index and column in step with them.
    package func checkInvariants() {
        precondition(actorIDs == actorsByID.keys.sorted(), "actor ids out of order")
        for (id, actor) in actorsByID { precondition(id == actor.id, "actor stored under \(id)") }
        for i in relations.indices.dropFirst() {
            precondition(
                !Self.canonicallyPrecedes(relations[i], relations[i - 1]),
                "relations out of order at \(i)")
            precondition(relations[i].identity != relations[i - 1].identity, "duplicate at \(i)")
        }
        precondition(actorIndex.count == actorIDs.count, "actor index out of step")
        precondition(
            sharedRelations.relations.actorIDs == actorIDs && sharedRelations.relations.count == columns.count,
            "shared relations out of step")
        let c = columns, n = c.count
        let lengths: [Int] = [
            c.source.count, c.target.count, c.modality.count, c.mode.count, c.date.count, c.confidence.count,
            c.intensity.count, c.weight.count, c.document.count, c.sentenceIndex.count, c.rangeLower.count,
            c.rangeUpper.count, c.sentence.count, c.speaker.count, c.cue.count,
        ]
        for length in lengths { precondition(length == n, "a relation column has \(length) rows, not \(n)") }
        let textCount = Int32(c.texts.count)
        for codes in [c.mode, c.document, c.sentence, c.speaker, c.cue] {
            for code in codes { precondition(code == RelationColumns.none || (code >= 0 && code < textCount)) }
        }
        precondition(c.wide.keys.allSatisfy { (0..<n).contains($0) }, "a wide position outside the rows")
        for (i, id) in actorIDs.enumerated() { precondition(actorIndex[id] == Int32(i), "actor index of \(id)") }
        let t = topology
        precondition(t.source.count == relations.count && t.inRelations.count == relations.count)
        precondition(t.outStart.count == actorIDs.count + 1 && t.inStart.count == actorIDs.count + 1)
        for (v, id) in actorIDs.enumerated() {
            for i in t.outgoing(Int32(v)) { precondition(relations[i].source == id && t.source[i] == Int32(v)) }
            var previous = -1
            for p in t.incomingPositions(Int32(v)) {
                let i = Int(t.inRelations[p])
                precondition(relations[i].target == id && t.target[i] == Int32(v) && i > previous)
                precondition(t.inSource[p] == t.source[i] && t.inSign[p] == t.sign[i] && t.inMagnitude[p] == t.magnitude(i))
                previous = i
            }
        }
        let symmetricCount = relations.filter { $0.kind.isSymmetric }.count
        precondition(t.symmetricOutTarget.count == symmetricCount && t.symmetricInSource.count == symmetricCount)
        for v in Int32(0)..<Int32(actorIDs.count) {
            let outgoing = t.outgoing(v).filter { t.isSymmetric($0) }.map { t.target[$0] }
            let incoming = t.incomingPositions(v).filter { t.isSymmetric(Int(t.inRelations[$0])) }.map { t.inSource[$0] }
            precondition(t.symmetricOutgoingTargets(v).elementsEqual(outgoing) && t.symmetricIncomingSources(v).elementsEqual(incoming))
        }
        for (i, relation) in relations.enumerated() {
            precondition(Sign(t.sign[i]) == relation.sign && t.magnitude(i) == abs(relation.score))
            precondition(t.isSymmetric(i) == relation.kind.isSymmetric)
        }
        var kinds = 0
        for (kind, list) in byKind {
            for i in list { precondition(relations[Int(i)].kind == kind) }
            kinds += list.count
        }
        precondition(kinds == relations.count)
        for relation in relations {
            precondition(actorsByID[relation.source] != nil && actorsByID[relation.target] != nil)
        }
        for (i, role) in roles.enumerated() {
            precondition(actorsByID[role.holder] != nil && actorsByID[role.organisation] != nil)
            precondition(rolesByHolder[role.holder]?.contains(i) == true)
        }
    }
}
