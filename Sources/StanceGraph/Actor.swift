/// Something that can hold a stance: a state, a part of one, a person or a body.
public struct Actor: Hashable, Sendable, Codable, Identifiable {
    public var id: ActorID
    /// The name shown to people ("Iran", "Ali Khamenei").
    public var name: String
    /// Other names the actor goes by, used for lookup ("Islamic Republic of Iran").
    public var aliases: [String]
    public var kind: ActorKind
    /// For a sector, which part of the state it is.
    public var sector: Sector?
    /// The state a sector, person, party or armed group belongs to.
    public var state: ActorID?

    public init(
        id: ActorID, name: String, aliases: [String] = [], kind: ActorKind,
        sector: Sector? = nil, state: ActorID? = nil
    ) {
        self.id = id
        self.name = name
        self.aliases = aliases
        self.kind = kind
        self.sector = sector
        self.state = state
    }

    /// A state's sector, named after the state ("Iraq (military)").
    public static func sector(_ sector: Sector, of state: Actor) -> Actor {
        Actor(
            id: ActorID(state: state.id, sector: sector),
            name: "\(state.name) (\(sector.rawValue))", kind: .sector,
            sector: sector, state: state.id)
    }
}

/// What kind of actor something is.
public enum ActorKind: String, Hashable, Sendable, Codable, CaseIterable {
    case state
    /// A part of a state: its government, military, parliament ...
    case sector
    case person
    case party
    case armedGroup = "armed-group"
    case organisation
    /// An intergovernmental organisation (UN, EU, NATO, IAEA ...).
    case igo
}

/// The parts of a state that news reports as acting on their own.
public enum Sector: String, Hashable, Sendable, Codable, CaseIterable {
    case government, military, parliament, judiciary, police, intelligence, media
    case opposition, rebels
    /// Militias and paramilitaries that are neither the army nor rebels.
    case armedGroups = "armed-groups"
    case civilians, business

    /// Whether the sector acts for its state, and so folds into it when the
    /// graph is rolled up. Opposition, rebels, militias, civilians and
    /// business speak for themselves: Syrian rebels are not Syria.
    public var actsForState: Bool {
        switch self {
        case .government, .military, .parliament, .judiciary, .police, .intelligence, .media: return true
        case .opposition, .rebels, .armedGroups, .civilians, .business: return false
        }
    }
}
