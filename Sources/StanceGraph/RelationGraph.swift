/// A typed, signed relation graph held in memory: actors, their dated roles,
/// and the relations between them with their evidence.
///
/// Relations are kept in one canonical order (source, target, kind, then the
/// evidence), so iteration never depends on the order things were added, and
/// adding a relation whose ``Relation/identity`` is already present changes
/// nothing. Indexes by source, target and kind make the queries proportional
/// to the relations they touch.
///
/// Relations are stored as columns (see `RelationColumns`): actor positions
/// of 32 bits, kinds and modalities as bytes, and evidence strings as
/// references into one table of unique texts. ``relations`` makes a
/// ``Relation`` value only when one is read; the queries read the columns.
public struct RelationGraph: Sendable {
    // Storage. Readers outside the package use ``actors`` and ``subscript(id:)``.
    /// Actors by id.
    package internal(set) var actorsByID: [ActorID: Actor] = [:]
    /// Actor ids in ascending order.
    package internal(set) var actorIDs: [ActorID] = []
    /// Roles ordered by holder, then start date, office and organisation.
    public internal(set) var roles: [Role] = []
    /// Every relation as columns, in canonical order; ``relations`` reads them as values.
    package internal(set) var columns = RelationColumns()

    /// Each actor's position in `actorIDs`.
    var actorIndex: [ActorID: Int32] = [:]
    var topology = Topology()
    /// The relations behind one reference, for answers to hold; made anew
    /// with the other indexes.
    var sharedRelations = SharedRelations(Relations(columns: RelationColumns(), actorIDs: []))
    var byKind: [RelationKind: [Int32]] = [:]
    var rolesByHolder: [ActorID: [Int]] = [:]
    var nameIndex: [String: [ActorID]] = [:]

    /// An empty graph.
    public init() {}

    /// A graph of the given actors, roles and relations.
    ///
    /// - Throws: ``GraphError/unknownActor(_:suggestions:)`` when a role or
    ///   relation names an actor that is not among `actors`.
    /// - Complexity: O(*n* log *n*) in the number of relations.
    public init(
        actors: some Sequence<Actor>, roles: some Sequence<Role> = [],
        relations: some Sequence<Relation> = []
    ) throws(GraphError) {
        add(actors)
        try add(roles)
        try add(relations)
    }

    /// A graph of `actors`, which must be sorted by id and unique, with
    /// relations already in columns whose endpoints are positions in
    /// `actors`: what a store or an edge list loads, sorted and
    /// deduplicated as ``init(actors:roles:relations:)`` does, without
    /// making a ``Relation`` value per row.
    ///
    /// - Throws: ``GraphError/unknownActor(_:suggestions:)`` for a role naming an unknown actor.
    /// - Complexity: O(*n* log *n*) in the number of relations.
    package init(sortedActors actors: [Actor], roles: [Role], columns: RelationColumns) throws(GraphError) {
        actorsByID = Dictionary(actors.map { ($0.id, $0) }, uniquingKeysWith: { $1 })
        setActorIDs(actors.map(\.id))
        precondition(actorIDs.count == actorsByID.count, "actors are not unique")
        rebuildNameIndex()
        setColumns(columns)
        // After the columns, so that the graph is whole when add(_:) checks it.
        try add(roles)
    }

    /// A graph of `actors`, sorted by id and unique, and relations in
    /// columns that are already in canonical order without two rows of one
    /// identity, their endpoints positions in `actors`: the columns are kept
    /// as they are, with no sort (an edge-list reader that orders its rows
    /// itself). A build with `GEOSTANCE_INTERNAL_CHECKS` checks the order.
    ///
    /// - Complexity: O(*n* + *a* log *a*) for *n* relations and *a* actors.
    package init(sortedActors actors: [Actor], canonicalColumns columns: RelationColumns) {
        actorsByID = Dictionary(actors.map { ($0.id, $0) }, uniquingKeysWith: { $1 })
        setActorIDs(actors.map(\.id))
        precondition(actorIDs.count == actorsByID.count, "actors are not unique")
        rebuildNameIndex()
        self.columns = columns
        rebuildRelationIndexes()
        checkInvariantsAfterChange()
    }

    /// The actors in ascending id order: the one public way to list them;
    /// ``subscript(id:)`` finds one.
    public var actors: [Actor] { actorIDs.map { actorsByID[$0]! } }

    /// The actor with `id`, or `nil` when the graph has none.
    public subscript(id: ActorID) -> Actor? { actorsByID[id] }

    public var isEmpty: Bool { actorIDs.isEmpty }

    // MARK: Adding

    /// Adds an actor, or merges it into the one with the same id (the new
    /// name, kind and state win; aliases are united).
    ///
    /// - Complexity: O(*a* + *n*) in actors and relations when the id is new
    ///   (actor indexes move); add many actors in one call.
    public mutating func add(_ actor: Actor) {
        add(CollectionOfOne(actor))
    }

    /// Adds several actors at once.
    public mutating func add(_ actors: some Sequence<Actor>) {
        defer { checkInvariantsAfterChange() }
        var added = false
        for actor in actors {
            if var existing = actorsByID[actor.id] {
                let known = Set(existing.aliases)
                existing.aliases += actor.aliases.filter { !known.contains($0) }
                existing.name = actor.name
                existing.kind = actor.kind
                existing.sector = actor.sector ?? existing.sector
                existing.state = actor.state ?? existing.state
                actorsByID[actor.id] = existing
            } else {
                actorsByID[actor.id] = actor
                added = true
            }
        }
        if added {
            let old = actorIDs
            setActorIDs(actorsByID.keys.sorted())
            if columns.count > 0 {
                // Actor positions moved (in the same order): the endpoints follow them.
                let moved = old.map { actorIndex[$0]! }
                columns.source = columns.source.map { moved[Int($0)] }
                columns.target = columns.target.map { moved[Int($0)] }
            }
            rebuildRelationIndexes()
        }
        rebuildNameIndex()
    }

    /// Sets the actor order and the index of each actor in it.
    mutating func setActorIDs(_ ids: [ActorID]) {
        actorIDs = ids
        actorIndex = Dictionary(uniqueKeysWithValues: ids.enumerated().map { ($1, Int32($0)) })
    }

    /// Adds a role; a role already present changes nothing.
    public mutating func add(_ role: Role) throws(GraphError) {
        try add(CollectionOfOne(role))
    }

    /// Adds several roles at once.
    public mutating func add(_ newRoles: some Sequence<Role>) throws(GraphError) {
        defer { checkInvariantsAfterChange() }
        var all = roles
        for role in newRoles {
            try requireActor(role.holder)
            try requireActor(role.organisation)
            all.append(role)
        }
        guard all.count != roles.count else { return }
        all.sort(by: RelationGraph.rolePrecedes)
        roles = all.enumerated().compactMap { i, role in
            i > 0 && all[i - 1] == role ? nil : role
        }
        rolesByHolder = [:]
        for (i, role) in roles.enumerated() { rolesByHolder[role.holder, default: []].append(i) }
    }

    /// Adds a relation; one whose identity is already present changes nothing.
    ///
    /// - Complexity: O(*n* log *n*); add many relations in one call.
    public mutating func add(_ relation: Relation) throws(GraphError) {
        try add(CollectionOfOne(relation))
    }

    /// Adds relations, keeping the canonical order and dropping duplicates.
    ///
    /// - Throws: ``GraphError/unknownActor(_:suggestions:)`` for an endpoint
    ///   that is not an actor of the graph; nothing is added then.
    /// - Complexity: O((*n* + *m*) log(*n* + *m*)).
    public mutating func add(_ newRelations: some Sequence<Relation>) throws(GraphError) {
        defer { checkInvariantsAfterChange() }
        var all = columns
        var table = TextTable(columns.texts)
        all.reserveCapacity(columns.count + newRelations.underestimatedCount)
        var lastSource: ActorID?, sourceIndex: Int32 = -1
        for relation in newRelations {
            if relation.source != lastSource {
                lastSource = relation.source
                sourceIndex = actorIndex[relation.source] ?? -1
            }
            let targetIndex = actorIndex[relation.target] ?? -1
            if sourceIndex < 0 || targetIndex < 0 {
                let missing = sourceIndex < 0 ? relation.source : relation.target
                throw .unknownActor(missing.rawValue, suggestions: suggestions(for: missing.rawValue))
            }
            all.append(relation, source: sourceIndex, target: targetIndex, table: &table)
        }
        guard all.count != columns.count else { return }
        all.texts = table.texts
        setColumns(all)
    }

    /// Adds every actor, role and relation of `other`.
    public mutating func merge(_ other: RelationGraph) {
        defer { checkInvariantsAfterChange() }
        add(other.actors)
        // Both graphs' roles and relations only name actors now present.
        try! add(other.roles)
        let positions = other.actorIDs.map { actorIndex[$0]! }
        if columns.count == 0 {
            // Already in canonical order and unique: take them as they are, endpoints renumbered.
            var taken = other.columns
            taken.source = taken.source.map { positions[Int($0)] }
            taken.target = taken.target.map { positions[Int($0)] }
            columns = taken
            rebuildRelationIndexes()
        } else if other.columns.count > 0 {
            var all = columns
            var table = TextTable(columns.texts)
            all.append(other.columns, table: &table) { positions[Int($0)] }
            setColumns(all)
        }
    }

    /// Replaces the relations with `unsorted`, whose endpoints are actors of
    /// the graph, sorting them and dropping duplicates.
    mutating func setRelations(_ unsorted: [Relation]) {
        var fresh = RelationColumns()
        var table = TextTable()
        fresh.reserveCapacity(unsorted.count)
        for relation in unsorted {
            fresh.append(relation, source: actorIndex[relation.source]!, target: actorIndex[relation.target]!, table: &table)
        }
        fresh.texts = table.texts
        setColumns(fresh)
    }

    /// Rebuilds the integer indexes from the columns.
    mutating func rebuildRelationIndexes() {
        topology = Topology(columns, actorCount: actorIDs.count)
        sharedRelations = SharedRelations(relations)
        byKind = [:]
        var lists = [[Int32]](repeating: [], count: RelationKind.allCases.count)
        for (i, k) in columns.kind.enumerated() { lists[Int(k)].append(Int32(i)) }
        for (k, list) in lists.enumerated() where !list.isEmpty { byKind[RelationKind.allCases[k]] = list }
    }

    func requireActor(_ id: ActorID) throws(GraphError) {
        guard actorIndex[id] != nil else {
            throw .unknownActor(id.rawValue, suggestions: suggestions(for: id.rawValue))
        }
    }

    // MARK: Reading

    /// Relations whose source is `actor`, in canonical order.
    ///
    /// - Complexity: O(*k*) in the number returned.
    public func relations(from actor: ActorID) -> [Relation] {
        guard let v = actorIndex[actor] else { return [] }
        return Array(relations[topology.outgoing(v)])
    }

    /// Relations whose target is `actor`, in canonical order.
    public func relations(to actor: ActorID) -> [Relation] {
        guard let v = actorIndex[actor] else { return [] }
        let all = relations
        return topology.incoming(v).map { all[Int($0)] }
    }

    /// How many relations `actor` is the source or the target of, a
    /// self-loop counting twice: the lengths of ``relations(from:)`` and
    /// ``relations(to:)`` together, without making those relations.
    ///
    /// - Complexity: O(1).
    public func relationCount(of actor: ActorID) -> Int {
        guard let v = actorIndex[actor] else { return 0 }
        return topology.outgoing(v).count + topology.incomingPositions(v).count
    }

    /// Relations of one kind, in canonical order.
    public func relations(ofKind kind: RelationKind) -> [Relation] {
        let all = relations
        return (byKind[kind] ?? []).map { all[Int($0)] }
    }

    /// The roles `person` has held, earliest first.
    public func roles(of person: ActorID) -> [Role] {
        (rolesByHolder[person] ?? []).map { roles[$0] }
    }

    // MARK: Order

    /// The canonical relation order: endpoints and kind first, then the
    /// evidence, then the remaining fields, so that equal identities are
    /// adjacent and ties are broken deterministically.
    static func canonicallyPrecedes(_ a: Relation, _ b: Relation) -> Bool {
        if a.source != b.source { return a.source < b.source }
        if a.target != b.target { return a.target < b.target }
        if a.kind != b.kind { return a.kind < b.kind }
        if a.evidence.document != b.evidence.document {
            return utf8Precedes(a.evidence.document, b.evidence.document)
        }
        if a.evidence.sentenceIndex != b.evidence.sentenceIndex {
            return (a.evidence.sentenceIndex ?? -1) < (b.evidence.sentenceIndex ?? -1)
        }
        let ar = a.evidence.characterRange, br = b.evidence.characterRange
        if ar != br {
            return (ar?.lowerBound ?? -1, ar?.upperBound ?? -1)
                < (br?.lowerBound ?? -1, br?.upperBound ?? -1)
        }
        if a.modality != b.modality { return a.modality.rawValue < b.modality.rawValue }
        if a.mode != b.mode { return (a.mode ?? "") < (b.mode ?? "") }
        if a.date != b.date {
            guard let ad = a.date else { return true }
            guard let bd = b.date else { return false }
            return ad < bd
        }
        if a.confidence != b.confidence { return a.confidence > b.confidence }
        if a.intensity != b.intensity { return a.intensity < b.intensity }
        if a.weight != b.weight { return a.weight > b.weight }
        if a.evidence.speaker != b.evidence.speaker {
            return (a.evidence.speaker?.rawValue ?? "") < (b.evidence.speaker?.rawValue ?? "")
        }
        if a.evidence.cue != b.evidence.cue { return (a.evidence.cue ?? "") < (b.evidence.cue ?? "") }
        return (a.evidence.sentence ?? "") < (b.evidence.sentence ?? "")
    }

    static func rolePrecedes(_ a: Role, _ b: Role) -> Bool {
        if a.holder != b.holder { return a.holder < b.holder }
        if a.from != b.from {
            guard let af = a.from else { return true }
            guard let bf = b.from else { return false }
            return af < bf
        }
        if a.office != b.office { return a.office.rawValue < b.office.rawValue }
        if a.organisation != b.organisation { return a.organisation < b.organisation }
        guard let at = a.to else { return false }
        guard let bt = b.to else { return true }
        return at < bt
    }
}

/// Why a graph operation could not be done.
public enum GraphError: Error, Hashable, Sendable, CustomStringConvertible {
    /// No actor has this id or name; `suggestions` are the closest names.
    case unknownActor(String, suggestions: [Actor])
    /// Several actors have this name; say which by id.
    case ambiguousName(String, candidates: [Actor])

    public var description: String {
        switch self {
        case .unknownActor(let name, let suggestions):
            guard !suggestions.isEmpty else { return "no actor named '\(name)'" }
            let list = suggestions.map { "\($0.name) (\($0.id))" }
            return "no actor named '\(name)'; did you mean \(RelationGraph.orList(list))?"
        case .ambiguousName(let name, let candidates):
            let list = candidates.map { "\($0.name) (\($0.id))" }
            return "'\(name)' names several actors: \(RelationGraph.orList(list)); give the id"
        }
    }
}

extension RelationGraph {
    static func orList(_ items: [String]) -> String {
        switch items.count {
        case 0: return ""
        case 1: return items[0]
        default: return items.dropLast().joined(separator: ", ") + " or " + items.last!
        }
    }
}
