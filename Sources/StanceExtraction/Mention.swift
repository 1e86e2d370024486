import StanceGraph

/// A stretch of a sentence that names or points to an actor.
struct Mention: Sendable {
    enum Kind: Hashable, Sendable {
        /// A gazetteer name: state name, adjective, capital, metonym, organisation, person.
        case name(NameEntry.Form)
        /// A title resolved through the office holder ("Iraq's prime minister").
        case title(Office?)
        /// A state's sector ("Iraqi officials", "Japan's defence ministry").
        case sector
        /// A pronoun or definite description, resolved by coreference.
        case reference
        /// First person inside a quotation ("we", "our"): the speaker.
        case firstPerson
    }

    /// Token indexes, end exclusive.
    var start: Int
    var end: Int
    /// The word a parse hangs the phrase from: a name's last word, a title's
    /// or sector's noun ("minister" in "prime minister of Iraq").
    var head: Int
    var actor: ActorID?
    var kind: Kind
    /// Followed by `'s` (or `'`), or a possessive pronoun.
    var isPossessive = false
    /// Whether the name came with an explicit title ("President Hassan Rouhani").
    var hasTitle = false
    /// For unresolved references: what to resolve.
    var reference: Reference? = nil
    /// The office a title next to a person's name states ("China's top diplomat Wang Yi").
    var statedOffice: (office: Office, organisation: ActorID)? = nil
    /// For "they" resolved to actors named together ("Chile and Peru met. They
    /// agreed ..."): the others of the group, besides `actor`.
    var companions: [ActorID] = []
    /// For a possessive "its" or "their": the next actor it could point to, for when the first is
    /// the one acting on what it owns ("Hezbollah struck its northern towns").
    var alternative: ActorID? = nil

    enum Reference: Hashable, Sendable {
        case male, female, neuter, plural
        case description(Description)
        /// "the president": the last person holding the office, or the holder in the focus state.
        case office(Title)
        /// "the government": the focus state's sector.
        case bareSector(Sector)
        /// "its trade minister", "their troops": the office or sector of the
        /// state the pronoun points to.
        indirect case possessed(Reference, office: Title?, sector: Sector?)
    }

    var range: Range<Int> { start..<end }
}
