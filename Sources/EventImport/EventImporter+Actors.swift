import StanceGraph

/// How a named actor of any format becomes a state, a sector, a person or a body.
///
/// - A name that means no one ("Unspecified Actor", `mappings/actor-names.tsv`)
///   is kept as itself with no state, whatever country the row gives.
/// - A gazetteer person (`gazetteer/persons`) is that person, with their
///   offices; on a day none of them covers, a row with a country gives them a
///   ``Office/member`` role in that state, or in its sector when the row's
///   sectors name one.
/// - With a country, a body (a gazetteer body, an agent word such as
///   `Military`, or a name with a body word such as "Defense Forces") folds
///   into the state's sector the row or the body's kind names, or into the
///   state; an NGO or IGO stays itself. Anyone else is a person of that state
///   with a member role as above, so rolling up folds them into it.
/// - With no country, the actor is kept as itself: a gazetteer body under its
///   gazetteer id (`un`), anyone else under their own name, as a person when
///   the row's sectors are a state's own (`Executive,Government`) and the name
///   has no body word, else as an organisation.
extension EventImporter {
    mutating func namedActor(_ name: String, state: ActorID?, types: [ActorTypeTable.Entry], date: Day?) -> ActorID {
        if mappings.names.isUnspecified(name) { return builder.named(name, kind: .organisation, state: nil) }
        let sector = Self.sector(of: types)
        if let known = mappings.known.person(named: name, state: state, on: date) {
            let id = builder.person(known)
            // With no country in the row, the person's home state is no
            // evidence of whom they acted for (Guterres for the UN, not Portugal).
            if let state { builder.person(id, actedFor: state, sector: sector, on: date) }
            return id
        }
        let word = mappings.actorTypes.entry(forWord: name)
        let body = mappings.known.body(named: name, state: state)
        guard let state else {
            if let body { return builder.body(body) }
            // Sectors of a state's own (Executive, Government) with no body word: a person.
            let person = sector?.actsForState == true && !mappings.names.namesBody(name)
            let kind = word?.kind ?? types.lazy.compactMap(\.kind).first ?? (person ? .person : .organisation)
            return builder.named(name, kind: kind, state: nil)
        }
        if body != nil || word != nil || mappings.names.namesBody(name) {
            if let own = word?.sector ?? sector ?? body.flatMap({ Self.sector(of: $0.kind) }) {
                return builder.actor(state: state, sector: own)
            }
            if let kind = word?.kind ?? body?.kind ?? types.lazy.compactMap(\.kind).first, kind == .igo || kind == .organisation {
                return builder.named(body?.name ?? name, kind: kind, state: kind == .igo ? nil : state)
            }
            return builder.actor(state: state, sector: nil)
        }
        let id = builder.named(name, kind: .person, state: state)
        builder.person(id, actedFor: state, sector: sector, on: date)
        return id
    }

    /// The sector that types name: one that acts for the state first
    /// ("Executive, Parties" is the government), then rebels and armed
    /// groups ("Dissident, Insurgents" are rebels), then the first named.
    static func sector(of types: [ActorTypeTable.Entry]) -> Sector? {
        func rank(_ sector: Sector) -> Int { sector.actsForState ? 0 : sector == .rebels || sector == .armedGroups ? 1 : 2 }
        var best: Sector?
        for sector in types.lazy.compactMap(\.sector) where best == nil || rank(sector) < rank(best!) { best = sector }
        return best
    }

    /// The sector a gazetteer body of this kind folds into within its state.
    static func sector(of kind: ActorKind) -> Sector? {
        switch kind {
        case .party: return .opposition
        case .armedGroup: return .armedGroups
        default: return nil
        }
    }
}
