/// A typed, signed relation graph held in memory: actors, their dated roles,
/// and the relations between them with their evidence.
///
/// Relations are kept in one canonical order (source, target, kind, then the
/// evidence), so iteration never depends on the order things were added, and
/// adding a relation whose ``Relation/identity`` is already present changes
/// nothing. Indexes by source, target and kind make the queries proportional
/// to the relations they touch.
public struct RelationGraph: Sendable {
    /// Actors by id.
    public internal(set) var actorsByID: [ActorID: Actor] = [:]
    /// Actor ids in ascending order.
    public internal(set) var actorIDs: [ActorID] = []
    /// Roles ordered by holder, then start date, office and organisation.
    public internal(set) var roles: [Role] = []
    /// Every relation, in canonical order.
    public internal(set) var relations: [Relation] = []

    /// Each actor's position in `actorIDs`.
    var actorIndex: [ActorID: Int32] = [:]
    var topology = Topology()
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

    /// A graph whose relations come with their endpoints as positions in
    /// `actors` sorted by id: what a store loads, sorted and indexed without
    /// hashing an actor id per relation.
    ///
    /// `actors` must have unique ids; `sources[i]` and `targets[i]` are the
    /// positions, in the actors sorted by id, of `relations[i]`'s endpoints.
    /// Relations are sorted and duplicates dropped as ``init(actors:roles:relations:)`` does.
    ///
    /// - Throws: ``GraphError/unknownActor(_:suggestions:)`` for a role naming an unknown actor.
    /// - Complexity: O(*n* log *n*) in the number of relations.
    package init(
        actors: [Actor], roles: [Role], relations: [Relation], sources: [Int32], targets: [Int32]
    ) throws(GraphError) {
        precondition(sources.count == relations.count && targets.count == relations.count)
        actorsByID = Dictionary(actors.map { ($0.id, $0) }, uniquingKeysWith: { $1 })
        setActorIDs(actorsByID.keys.sorted())
        rebuildNameIndex()
        try add(roles)
        if relations.isEmpty {
            // No relations still needs the per-actor offsets: a query indexes them by actor.
            rebuildRelationIndexes()
        } else {
            try setRelations(relations, checkingFrom: relations.count, endpoints: (sources, targets))
        }
    }

    /// The actors in ascending id order.
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
            setActorIDs(actorsByID.keys.sorted())
            // Actor indexes moved: the relations' integer form follows them.
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
        var all: [Relation]
        if relations.isEmpty {
            // An array passed in is shared, not copied.
            all = Array(newRelations)
        } else {
            all = relations
            all.reserveCapacity(relations.count + newRelations.underestimatedCount)
            all.append(contentsOf: newRelations)
        }
        guard all.count != relations.count else { return }
        try setRelations(all, checkingFrom: relations.count)
    }

    /// Adds every actor, role and relation of `other`.
    public mutating func merge(_ other: RelationGraph) {
        add(other.actors)
        // Both graphs' roles and relations only name actors now present.
        try! add(other.roles)
        if relations.isEmpty {
            // Already in canonical order and unique: take them as they are.
            relations = other.relations
            rebuildRelationIndexes()
        } else {
            try! add(other.relations)
        }
    }

    /// Replaces the relations, sorting them and dropping duplicates.
    ///
    /// Sorts indexes by a compact integer key (actor and document ranks,
    /// kind, sentence, offsets) and only compares whole relations where those
    /// tie, so a million relations sort without copying them about.
    mutating func setRelations(_ unsorted: [Relation]) {
        // Callers pass relations between actors of the graph.
        try! setRelations(unsorted, checkingFrom: unsorted.count)
    }

    /// Replaces the relations as ``setRelations(_:)`` does, after checking
    /// that those from position `checkingFrom` on name actors of the graph.
    ///
    /// - Throws: ``GraphError/unknownActor(_:suggestions:)`` for the first
    ///   that does not; the graph is unchanged then.
    mutating func setRelations(
        _ unsorted: [Relation], checkingFrom firstNew: Int, endpoints: (sources: [Int32], targets: [Int32])? = nil
    ) throws(GraphError) {
        // Documents come in runs (one article's relations, one file's rows): hash each run once.
        var documents = Set<String>()
        var lastDocument: String?
        for relation in unsorted where relation.evidence.document != lastDocument {
            lastDocument = relation.evidence.document
            documents.insert(relation.evidence.document)
        }
        let documentRank = Dictionary(
            uniqueKeysWithValues: documents.sorted(by: utf8Precedes).enumerated().map { ($1, Int32($0)) })
        var keys: [SortKey] = []
        keys.reserveCapacity(unsorted.count)
        var lastSource: ActorID?, sourceRank: Int32 = -1, documentKey: Int32 = -1
        lastDocument = nil
        for (i, relation) in unsorted.enumerated() {
            if let endpoints {
                sourceRank = endpoints.sources[i]
            } else if relation.source != lastSource {
                lastSource = relation.source
                sourceRank = actorIndex[relation.source] ?? -1
            }
            if relation.evidence.document != lastDocument {
                lastDocument = relation.evidence.document
                documentKey = documentRank[relation.evidence.document]!
            }
            let targetRank = endpoints?.targets[i] ?? actorIndex[relation.target] ?? -1
            if sourceRank < 0 || targetRank < 0 {
                let missing = sourceRank < 0 ? relation.source : relation.target
                // Only relations added now can be wrong; the others were checked when they came.
                precondition(keys.count >= firstNew, "a relation of the graph names an unknown actor")
                throw .unknownActor(missing.rawValue, suggestions: suggestions(for: missing.rawValue))
            }
            keys.append(
                SortKey(
                    source: sourceRank, target: targetRank, kind: Int32(relation.kind.order), document: documentKey,
                    sentence: Int32(clamping: relation.evidence.sentenceIndex ?? -1),
                    lower: Int32(clamping: relation.evidence.characterRange?.lowerBound ?? -1),
                    upper: Int32(clamping: relation.evidence.characterRange?.upperBound ?? -1)))
        }
        let order = unsorted.indices.sorted { a, b in
            let ka = keys[a], kb = keys[b]
            if ka != kb { return ka < kb }
            return RelationGraph.canonicallyPrecedes(unsorted[a], unsorted[b])
        }
        // A store returns its rows in canonical order: then keep the array as it is, uncopied.
        if order.elementsEqual(unsorted.indices), !Self.hasDuplicates(unsorted, keys: keys) {
            relations = unsorted
            rebuildRelationIndexes(endpoints: (keys.map(\.source), keys.map(\.target)))
            return
        }
        var unique: [Relation] = []
        unique.reserveCapacity(unsorted.count)
        var sources: [Int32] = [], targets: [Int32] = []
        sources.reserveCapacity(unsorted.count)
        targets.reserveCapacity(unsorted.count)
        var last: Int?
        for i in order {
            if let last, keys[last] == keys[i], unsorted[last].modality == unsorted[i].modality,
                unsorted[last].mode == unsorted[i].mode
            {
                continue
            }
            unique.append(unsorted[i])
            sources.append(keys[i].source)
            targets.append(keys[i].target)
            last = i
        }
        relations = unique
        rebuildRelationIndexes(endpoints: (sources, targets))
    }

    /// Whether two neighbours of `relations`, in canonical order, have one
    /// identity: the test the copying path of ``setRelations(_:checkingFrom:endpoints:)`` drops by.
    static func hasDuplicates(_ relations: [Relation], keys: [SortKey]) -> Bool {
        relations.indices.dropFirst().contains { i in
            keys[i - 1] == keys[i] && relations[i - 1].modality == relations[i].modality
                && relations[i - 1].mode == relations[i].mode
        }
    }

    /// The integer part of the canonical order; equal keys mean equal
    /// endpoints, kind and evidence position.
    struct SortKey: Equatable, Comparable {
        var source, target, kind, document, sentence, lower, upper: Int32

        static func < (a: SortKey, b: SortKey) -> Bool {
            if a.source != b.source { return a.source < b.source }
            if a.target != b.target { return a.target < b.target }
            if a.kind != b.kind { return a.kind < b.kind }
            if a.document != b.document { return a.document < b.document }
            if a.sentence != b.sentence { return a.sentence < b.sentence }
            if a.lower != b.lower { return a.lower < b.lower }
            return a.upper < b.upper
        }
    }

    /// Rebuilds the integer indexes; `endpoints`, when given, are the
    /// relations' source and target positions, so no id is hashed.
    mutating func rebuildRelationIndexes(endpoints: (sources: [Int32], targets: [Int32])? = nil) {
        topology = Topology(relations, actorCount: actorIDs.count, actorIndex: actorIndex, endpoints: endpoints)
        byKind = [:]
        for (i, relation) in relations.enumerated() { byKind[relation.kind, default: []].append(Int32(i)) }
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
        return topology.incoming(v).map { relations[Int($0)] }
    }

    /// Relations of one kind, in canonical order.
    public func relations(ofKind kind: RelationKind) -> [Relation] {
        (byKind[kind] ?? []).map { relations[Int($0)] }
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
