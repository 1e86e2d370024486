import Foundation
import StanceGraph

/// Collects actors and relations while rows stream in, then builds the graph
/// in one pass: ``RelationGraph/init(actors:roles:relations:)`` sorts once.
///
/// Actors are interned: each distinct state, sector or named actor is made
/// once and rows share its id.
struct EventGraphBuilder {
    let mappings: ImportMappings
    private(set) var actors: [ActorID: Actor] = [:]
    private(set) var relations: [Relation] = []
    /// Coded actors by packed country and type code.
    private var coded: [UInt64: ActorID] = [:]
    /// Named actors by name and state.
    private var named: [String: ActorID] = [:]
    /// Gazetteer roles of the gazetteer persons met, by person.
    private var knownRoles: [ActorID: [Role]] = [:]
    /// Where each person was seen acting with no office held: organisation
    /// (a state or sector) and the first and last such day.
    private var seen: [ActorID: [ActorID: (from: Day, to: Day)]] = [:]

    init(mappings: ImportMappings) { self.mappings = mappings }

    mutating func append(_ relation: Relation) { relations.append(relation) }

    /// The state itself.
    mutating func state(_ state: ActorID) -> ActorID {
        if actors[state] == nil {
            actors[state] = Actor(id: state, name: mappings.states.name(of: state), kind: .state)
        }
        return state
    }

    /// A sector of a state, or the state when `sector` is `nil`.
    mutating func actor(state: ActorID, sector: Sector?) -> ActorID {
        let stateID = self.state(state)
        guard let sector else { return stateID }
        let id = ActorID(state: stateID, sector: sector)
        if actors[id] == nil { actors[id] = Actor.sector(sector, of: actors[stateID]!) }
        return id
    }

    /// The interned actor for a packed (country, type) key.
    mutating func coded(_ key: UInt64, make: (inout EventGraphBuilder) -> ActorID) -> ActorID {
        if let id = coded[key] { return id }
        let id = make(&self)
        coded[key] = id
        return id
    }

    /// An actor kept under its own name ("Barack Obama", "UNITED NATIONS").
    mutating func named(_ name: String, kind: ActorKind, state: ActorID?) -> ActorID {
        let key = state.map { "\(name)\u{1F}\($0.rawValue)" } ?? name
        if let id = named[key] { return id }
        let display = Self.displayName(name)
        var slug = Self.slug(display)
        if slug.isEmpty { slug = "actor" }
        var id = ActorID(slug)
        // Two names may reduce to one slug; number the later ones. A
        // gazetteer id is kept for its own actor ("Donald Trump" of another state is not donald-trump).
        var n = 2
        while actors[id].map({ $0.name != display || $0.state != state }) ?? false
            || mappings.known.persons[id] != nil || mappings.known.bodies[id] != nil
        {
            id = ActorID("\(slug)-\(n)")
            n += 1
        }
        if let state { _ = self.state(state) }
        if actors[id] == nil { actors[id] = Actor(id: id, name: display, kind: kind, state: state) }
        named[key] = id
        return id
    }

    /// A gazetteer body under its gazetteer id (`un`, `hamas`).
    mutating func body(_ body: KnownActors.Body) -> ActorID {
        if actors[body.id] == nil {
            if let state = body.state { _ = self.state(state) }
            actors[body.id] = Actor(id: body.id, name: body.name, kind: body.kind, state: body.state)
        }
        return body.id
    }

    /// A gazetteer person, with their offices in states and gazetteer bodies.
    mutating func person(_ known: KnownActors.Person) -> ActorID {
        let id = known.actor.id
        if actors[id] == nil {
            actors[id] = known.actor
            if let state = known.actor.state { _ = self.state(state) }
            for role in known.roles where actors[role.organisation] == nil {
                if let body = mappings.known.bodies[role.organisation] {
                    _ = self.body(body)
                } else {
                    _ = self.state(role.organisation)
                }
            }
            knownRoles[id] = known.roles
        }
        return id
    }

    /// Records that `person` acted for `state` (or its `sector`) on `date`;
    /// unless an office of theirs covers that day, the graph gives them a
    /// ``Office/member`` role there spanning the days so seen.
    mutating func person(_ person: ActorID, actedFor state: ActorID, sector: Sector?, on date: Day?) {
        guard let date else { return }
        if let roles = knownRoles[person], roles.contains(where: { $0.isHeld(on: date) }) { return }
        let organisation = actor(state: state, sector: sector)
        if let span = seen[person]?[organisation] {
            seen[person]![organisation] = (min(span.from, date), max(span.to, date))
        } else {
            seen[person, default: [:]][organisation] = (date, date)
        }
    }

    /// The roles of the persons met: their gazetteer offices in states and
    /// the member roles of ``person(_:actedFor:sector:on:)``.
    var roles: [Role] {
        var roles = knownRoles.keys.sorted().flatMap { knownRoles[$0]! }
        for person in seen.keys.sorted() {
            for (organisation, span) in seen[person]!.sorted(by: { $0.key < $1.key }) {
                roles.append(Role(holder: person, office: .member, organisation: organisation, from: span.from, to: span.to))
            }
        }
        return roles
    }

    /// The graph of everything collected.
    func graph() -> RelationGraph {
        // Every relation's endpoints and every role's holder and organisation were interned above.
        try! RelationGraph(actors: actors.values, roles: roles, relations: relations)
    }

    /// GDELT writes names in capitals ("UNITED NATIONS"); show them in title case.
    static func displayName(_ name: String) -> String {
        guard name.contains(where: \.isLetter), !name.contains(where: \.isLowercase) else { return name }
        return name.lowercased().split(separator: " ", omittingEmptySubsequences: true)
            .map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: " ")
    }

    /// A lowercase id: ASCII letters and digits (accents dropped), other runs
    /// become one hyphen.
    static func slug(_ name: String) -> String {
        var out = ""
        var hyphen = false
        let folded = name.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil).lowercased()
        for scalar in folded.unicodeScalars {
            if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) {
                if hyphen && !out.isEmpty { out.append("-") }
                out.unicodeScalars.append(scalar)
                hyphen = false
            } else {
                hyphen = true
            }
        }
        return out
    }
}
