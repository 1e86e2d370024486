/// Which relations to keep. Every criterion left `nil` keeps everything.
public struct RelationFilter: Hashable, Sendable {
    public var kinds: Set<RelationKind>?
    /// Keep relations whose ``Relation/sign`` is one of these.
    public var signs: Set<Int>?
    /// Keep relations dated on or after this day (undated ones are dropped).
    public var since: Day?
    /// Keep relations dated on or before this day (undated ones are dropped).
    public var until: Day?
    public var minimumConfidence: Double?
    public var documents: Set<String>?
    public var modalities: Set<Modality>?

    public init(
        kinds: Set<RelationKind>? = nil, signs: Set<Int>? = nil, since: Day? = nil,
        until: Day? = nil, minimumConfidence: Double? = nil, documents: Set<String>? = nil,
        modalities: Set<Modality>? = nil
    ) {
        self.kinds = kinds
        self.signs = signs
        self.since = since
        self.until = until
        self.minimumConfidence = minimumConfidence
        self.documents = documents
        self.modalities = modalities
    }

    /// Whether `relation` passes every criterion.
    public func admits(_ relation: Relation) -> Bool {
        if let kinds, !kinds.contains(relation.kind) { return false }
        if let signs, !signs.contains(relation.sign) { return false }
        if since != nil || until != nil {
            guard let date = relation.date else { return false }
            if let since, date < since { return false }
            if let until, until < date { return false }
        }
        if let minimumConfidence, relation.confidence < minimumConfidence { return false }
        if let documents, !documents.contains(relation.evidence.document) { return false }
        if let modalities, !modalities.contains(relation.modality) { return false }
        return true
    }
}

extension RelationGraph {
    /// The graph with only the relations `filter` admits; actors and roles stay.
    ///
    /// - Complexity: O(*n*) in the number of relations.
    public func filtered(by filter: RelationFilter) -> RelationGraph {
        // No criterion, or none that drops anything: the graph as it is, indexes and all.
        guard filter != RelationFilter() else { return self }
        var kept: [Relation] = [], sources: [Int32] = [], targets: [Int32] = []
        for (i, relation) in relations.enumerated() where filter.admits(relation) {
            kept.append(relation)
            sources.append(topology.source[i])
            targets.append(topology.target[i])
        }
        guard kept.count != relations.count else { return self }
        var graph = self
        graph.relations = kept
        graph.rebuildRelationIndexes(endpoints: (sources, targets))
        return graph
    }

    /// The graph restricted to `actors`: their roles and the relations among them.
    ///
    /// - Complexity: O(*n* + *a*).
    public func subgraph(actors keep: Set<ActorID>) -> RelationGraph {
        var graph = RelationGraph()
        graph.actorsByID = actorsByID.filter { keep.contains($0.key) }
        graph.setActorIDs(actorIDs.filter(keep.contains))
        graph.roles = roles.filter { keep.contains($0.holder) && keep.contains($0.organisation) }
        for (i, role) in graph.roles.enumerated() {
            graph.rolesByHolder[role.holder, default: []].append(i)
        }
        graph.relations = relations.filter { keep.contains($0.source) && keep.contains($0.target) }
        graph.rebuildRelationIndexes()
        graph.rebuildNameIndex()
        return graph
    }

    /// The graph without actors that take part in no relation (roles aside).
    public func droppingIsolatedActors() -> RelationGraph {
        var used = Set<ActorID>()
        for relation in relations {
            used.insert(relation.source)
            used.insert(relation.target)
        }
        return subgraph(actors: used)
    }
}
