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
        // Two names may reduce to one slug; number the later ones.
        var n = 2
        while let existing = actors[id], existing.name != display || existing.state != state {
            id = ActorID("\(slug)-\(n)")
            n += 1
        }
        if let state { _ = self.state(state) }
        if actors[id] == nil { actors[id] = Actor(id: id, name: display, kind: kind, state: state) }
        named[key] = id
        return id
    }

    /// The graph of everything collected.
    func graph() -> RelationGraph {
        // Every relation's endpoints were interned above.
        try! RelationGraph(actors: actors.values, relations: relations)
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
