extension RelationGraph {
    /// The graph seen at the level of states and bodies: persons and sectors
    /// fold into the state or organisation they acted for on the relation's date.
    ///
    /// - A sector that acts for its state (``Sector/actsForState``: government,
    ///   military, parliament, judiciary, police, intelligence, state media)
    ///   folds into it; opposition, rebels, militias, civilians and business stay.
    /// - A person folds into the organisation of the role they held on the
    ///   relation's date (heads of state and government first); an undated
    ///   relation folds when all the person's roles are in one organisation.
    ///   A role held in a sector folds on as the sector does (a member of
    ///   `USA.government` folds into `USA`). A person with no such role stays themselves.
    /// - Parties, armed groups, organisations and states stay themselves.
    /// - Relations that fold into a self-loop are dropped; relations that
    ///   fold into the same identity are kept once.
    /// - Persons and sectors left without relations are dropped.
    ///
    /// - Complexity: O(*n* log *n* + *r*) for *n* relations and *r* roles.
    public func rolledUp() -> RelationGraph {
        var folded: [Relation] = []
        folded.reserveCapacity(relations.count)
        for relation in relations {
            var copy = relation
            copy.source = actingBody(of: relation.source, on: relation.date)
            copy.target = actingBody(of: relation.target, on: relation.date)
            if copy.source != copy.target { folded.append(copy) }
        }
        var used = Set<ActorID>()
        for relation in folded {
            used.insert(relation.source)
            used.insert(relation.target)
        }
        var graph = self
        let keep = actorIDs.filter { id in
            let kind = actorsByID[id]!.kind
            return (kind != .person && kind != .sector) || used.contains(id)
        }
        graph = subgraph(actors: Set(keep).union(roles.map(\.organisation)))
        graph.roles = roles.filter { graph.actorsByID[$0.holder] != nil }
        graph.rolesByHolder = [:]
        for (i, role) in graph.roles.enumerated() { graph.rolesByHolder[role.holder, default: []].append(i) }
        graph.setRelations(folded)
        return graph
    }

    /// The state or body `actor` acted for on `date`: itself unless it is a
    /// sector or a person holding an office then.
    public func actingBody(of actor: ActorID, on date: Day?) -> ActorID {
        guard let entry = actorsByID[actor] else { return actor }
        switch entry.kind {
        case .sector:
            guard entry.sector?.actsForState ?? true else { return actor }
            return entry.state ?? actor
        case .person:
            let held = roles(of: actor)
            if let date {
                let current = held.filter { $0.isHeld(on: date) }
                // On equal rank, the state before the party ("prime minister" before "leader of Likud").
                func order(_ role: Role) -> (Int, Int) {
                    (Self.rank(role.office), actorsByID[role.organisation]?.kind == .state ? 0 : 1)
                }
                guard let best = current.min(by: { order($0) < order($1) })
                else { return actor }
                return sectorFolded(best.organisation)
            }
            let bodies = Set(held.map { sectorFolded($0.organisation) })
            return bodies.count == 1 ? bodies.first! : actor
        default:
            return actor
        }
    }

    /// The state of a sector that acts for it, else `organisation` itself.
    private func sectorFolded(_ organisation: ActorID) -> ActorID {
        guard let entry = actorsByID[organisation], entry.kind == .sector, entry.sector?.actsForState ?? true
        else { return organisation }
        return entry.state ?? organisation
    }

    /// Offices that speak for the body first.
    static func rank(_ office: Office) -> Int {
        switch office {
        case .supremeLeader, .president, .king, .queen, .emir, .sultan, .headOfState: return 0
        case .primeMinister, .chancellor, .secretaryGeneral, .leader: return 1
        case .foreignMinister, .highRepresentative, .directorGeneral, .managingDirector,
            .chairperson:
            return 2
        default: return 3
        }
    }

    /// Who held `office` in `organisation` on `date`, latest start first.
    ///
    /// - Complexity: O(*r*) in the number of roles.
    public func holders(of office: Office, in organisation: ActorID, on date: Day) -> [ActorID] {
        roles.filter { $0.office == office && $0.organisation == organisation && $0.isHeld(on: date) }
            .sorted { ($0.from ?? Day(ordinal: .min / 2)) > ($1.from ?? Day(ordinal: .min / 2)) }
            .map(\.holder)
    }
}
