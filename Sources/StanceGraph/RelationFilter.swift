/// Which relations to keep. Every criterion left `nil` keeps everything.
public struct RelationFilter: Hashable, Sendable {
    public var kinds: Set<RelationKind>?
    /// Keep relations whose ``Relation/sign`` is one of these.
    public var signs: Set<Sign>?
    /// Keep relations dated on or after this day (undated ones are dropped).
    public var since: Day?
    /// Keep relations dated on or before this day (undated ones are dropped).
    public var until: Day?
    public var minimumConfidence: Double?
    public var documents: Set<String>?
    public var modalities: Set<Modality>?

    public init(
        kinds: Set<RelationKind>? = nil, signs: Set<Sign>? = nil, since: Day? = nil,
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

extension RelationFilter {
    /// Whether row `i` of `columns` passes every criterion, as
    /// ``admits(_:)`` decides for the relation it holds; `signs` are the rows' signs.
    func admits(row i: Int, of columns: RelationColumns, signs rowSigns: [Int8]) -> Bool {
        if let kinds, !kinds.contains(columns.kind(at: i)) { return false }
        if let signs, !signs.contains(Sign(rowSigns[i])) { return false }
        if since != nil || until != nil {
            guard let date = columns.date(at: i) else { return false }
            if let since, date < since { return false }
            if let until, until < date { return false }
        }
        if let minimumConfidence, columns.confidence[i] < minimumConfidence { return false }
        if let documents, !documents.contains(columns.document(at: i)) { return false }
        if let modalities, !modalities.contains(columns.modality(at: i)) { return false }
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
        let kept = (0..<columns.count).filter { filter.admits(row: $0, of: columns, signs: topology.sign) }
        guard kept.count != columns.count else { return self }
        var graph = self
        graph.columns = columns.gathered(kept)
        graph.rebuildRelationIndexes()
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
        // Each kept actor's new position (ids keep their order), -1 for one left out.
        let position = actorIDs.map { graph.actorIndex[$0] ?? -1 }
        let source = columns.source, target = columns.target
        let rows = source.indices.filter { position[Int(source[$0])] >= 0 && position[Int(target[$0])] >= 0 }
        var kept = columns.gathered(rows)
        kept.source = kept.source.map { position[Int($0)] }
        kept.target = kept.target.map { position[Int($0)] }
        graph.columns = kept
        graph.rebuildRelationIndexes()
        graph.rebuildNameIndex()
        return graph
    }

    /// The graph without actors that take part in no relation (roles aside).
    public func droppingIsolatedActors() -> RelationGraph {
        var used = [Bool](repeating: false, count: actorIDs.count)
        for v in columns.source { used[Int(v)] = true }
        for v in columns.target { used[Int(v)] = true }
        return subgraph(actors: Set(actorIDs.indices.filter { used[$0] }.map { actorIDs[$0] }))
    }
}
