import StanceGraph

/// A stretch of a sentence that names or points to an actor.
struct Mention: Hashable, Sendable {
    enum Kind: Hashable, Sendable {
        /// A gazetteer name: state name, adjective, capital, metonym, organisation, person.
        case name(NameEntry.Form)
        /// A title resolved through the office holder ("Iraq's prime minister").
        case title(Office?)
        /// A state's sector ("Iraqi officials").
        case sector
        /// A pronoun or definite description resolved by coreference.
        case reference
        /// First person inside a quotation ("we", "our").
        case firstPerson
    }

    /// Token indexes, end exclusive.
    var start: Int
    var end: Int
    var actor: ActorID?
    var kind: Kind
    /// Followed by `'s` (or `s'`).
    var isPossessive = false
    /// Whether the name came with an explicit title ("President Hassan Rouhani").
    var hasTitle = false
    /// Inside an apposition after a name ("Barnea, the head of Israel's Mossad,"):
    /// describes that name and is never a subject itself.
    var inApposition = false
    /// For unresolved references: what to resolve.
    var reference: Reference? = nil

    enum Reference: Hashable, Sendable {
        case male, female, neuter, plural
        case description(Description)
        /// "the president": the last person holding the office, or the holder in the focus state.
        case office(Title)
        /// "the government": the focus state's sector.
        case bareSector(Sector)
    }

    var isState: Bool {
        if case .name = kind { return actor.map { !$0.rawValue.contains(where: { $0.isLowercase }) && !$0.rawValue.contains(".") } ?? false }
        return false
    }
}
