import StanceGraph

/// The persons and bodies of GeoStance's gazetteer, so that an imported
/// "Donald Trump" is the gazetteer's `donald-trump` with its dated offices.
///
/// Read from `gazetteer/persons/*.tsv` (`person` and `role` records) and
/// `gazetteer/organisations.tsv` (read first). Roles are kept when they are
/// in a state or in a body of that file (the UN's secretary-general).
public struct KnownActors: Sendable {
    /// A gazetteer person and their offices in states.
    public struct Person: Hashable, Sendable {
        public var actor: Actor
        public var roles: [Role]
    }

    /// A gazetteer body: party, armed group, organisation or IGO.
    public struct Body: Hashable, Sendable {
        public var id: ActorID
        public var name: String
        public var kind: ActorKind
        public var state: ActorID?
    }

    private(set) var persons: [ActorID: Person] = [:]
    /// Roles by holder: a role may come in a file before (or without) its person.
    private var roles: [ActorID: [Role]] = [:]
    private var personsByName: [String: [ActorID]] = [:]
    private var bodiesByName: [String: [Body]] = [:]
    private(set) var bodies: [ActorID: Body] = [:]

    public init() {}

    /// Adds one person file: `person` ID, full name, aliases, state and
    /// `role` person, office, organisation, from, to. A person listed in two
    /// files is one person.
    public mutating func addPersons(tsv text: String, file: String, states: StateTable) throws(MappingError) {
        for (line, f) in try looseRows(text, file: file) {
            switch f[0] {
            case "person":
                guard f.count == 5 else { throw MappingError(file: file, line: line, message: "a person record has 5 columns (person, ID, name, aliases, state), found \(f.count)") }
                let id = ActorID(f[1])
                let state = f[4] == "-" ? nil : states.state(code: f[4])
                var person = persons[id] ?? Person(actor: Actor(id: id, name: f[2], kind: .person, state: state), roles: [])
                let aliases = f[3] == "-" ? [] : f[3].split(separator: "|").map(String.init)
                for alias in [f[2]] + aliases where !person.actor.aliases.contains(alias) && alias != person.actor.name {
                    person.actor.aliases.append(alias)
                }
                persons[id] = person
                // Full names only: "Trump" or "Bush" alone could be anyone.
                for name in [f[2]] + aliases where name.contains(" ") || name.contains("-") {
                    let key = normalizedName(name)
                    if !personsByName[key, default: []].contains(id) { personsByName[key, default: []].append(id) }
                }
            case "role":
                guard f.count == 6 else { throw MappingError(file: file, line: line, message: "a role record has 6 columns (role, person, office, in, from, to), found \(f.count)") }
                guard let office = Office(rawValue: f[2]) else { throw MappingError(file: file, line: line, message: "unknown office '\(f[2])'") }
                let from = f[4] == "-" ? nil : Day(f[4]), to = f[5] == "-" ? nil : Day(f[5])
                guard (f[4] == "-" || from != nil) && (f[5] == "-" || to != nil) else {
                    throw MappingError(file: file, line: line, message: "dates are YYYY-MM-DD or -")
                }
                let id = ActorID(f[1])
                // Roles in bodies the gazetteer does not list are left out.
                let organisation = ActorID(f[3])
                guard states.state(code: f[3]) == organisation || bodies[organisation] != nil else { continue }
                let role = Role(holder: id, office: office, organisation: organisation, from: from, to: to)
                if !roles[id, default: []].contains(role) { roles[id, default: []].append(role) }
            default:
                throw MappingError(file: file, line: line, message: "unknown record '\(f[0])' (person or role)")
            }
        }
    }

    /// Adds the gazetteer's bodies: ID, kind, name, aliases, state.
    public mutating func addBodies(tsv text: String, file: String, states: StateTable) throws(MappingError) {
        for (line, f) in try tableRows(text, file: file, columns: 5, names: "ID, kind, name, aliases, state") {
            guard let kind = ActorKind(rawValue: f[1]) else { throw MappingError(file: file, line: line, message: "unknown kind '\(f[1])'") }
            let body = Body(id: ActorID(f[0]), name: f[2], kind: kind, state: f[4] == "-" ? nil : states.state(code: f[4]))
            bodies[body.id] = body
            for name in [f[2]] + (f[3] == "-" ? [] : f[3].split(separator: "|").map(String.init)) {
                let key = normalizedName(name)
                if !bodiesByName[key, default: []].contains(where: { $0.id == body.id }) { bodiesByName[key, default: []].append(body) }
            }
        }
    }

    /// The gazetteer person `name` names: of `state` when a state is given,
    /// else the one person of that name; when several remain, the one holding
    /// an office on `date`.
    public func person(named name: some StringProtocol, state: ActorID?, on date: Day?) -> Person? {
        guard var ids = personsByName[normalizedName(name)] else { return nil }
        if let state { ids = ids.filter { persons[$0]!.actor.state == state } }
        if ids.count > 1, let date { ids = ids.filter { roles[$0, default: []].contains { $0.isHeld(on: date) } } }
        guard ids.count == 1, var person = persons[ids[0]] else { return nil }
        person.roles = roles[ids[0], default: []]
        return person
    }

    /// The gazetteer body `name` names, preferring one of `state`.
    public func body(named name: some StringProtocol, state: ActorID?) -> Body? {
        guard let bodies = bodiesByName[normalizedName(name)] else { return nil }
        if let state, let own = bodies.first(where: { $0.state == state }) { return own }
        return bodies.count == 1 ? bodies[0] : nil
    }
}

/// Names that mean no one in particular ("Unspecified Actor") and words that
/// make a name a body rather than a person ("Party", "Forces").
///
/// Read from `mappings/actor-names.tsv`: kind (`unspecified` or `body-word`), text.
public struct ActorNameTable: Sendable {
    private var unspecified: Set<String> = []
    private var bodyWords: Set<String> = []

    public init() {}

    public init(tsv text: String, file: String) throws(MappingError) {
        for (line, f) in try tableRows(text, file: file, columns: 2, names: "kind, text") {
            switch f[0] {
            case "unspecified": unspecified.insert(normalizedName(f[1]))
            case "body-word":
                guard !f[1].contains(" ") else { throw MappingError(file: file, line: line, message: "a body word is one word, found '\(f[1])'") }
                bodyWords.insert(normalizedName(f[1]))
            default: throw MappingError(file: file, line: line, message: "unknown kind '\(f[0])' (unspecified or body-word)")
            }
        }
    }

    /// Whether the whole name means no one in particular.
    public func isUnspecified(_ name: some StringProtocol) -> Bool { unspecified.contains(normalizedName(name)) }

    /// Whether a word of the name marks a body ("Israeli Defense Forces").
    public func namesBody(_ name: some StringProtocol) -> Bool {
        normalizedName(name).split(separator: " ").contains { bodyWords.contains(String($0)) }
    }
}

/// Rows of a table whose records have different lengths, with their numbers.
func looseRows(_ text: String, file: String) throws(MappingError) -> [(line: Int, fields: [String])] {
    var rows: [(Int, [String])] = []
    for (i, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
        var line = Substring(raw)
        if line.hasSuffix("\r") { line = line.dropLast() }
        if line.hasPrefix("#") || line.allSatisfy({ $0 == " " || $0 == "\t" }) { continue }
        let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map { String($0).trimmingCharacters(in: " ") }
        if let empty = fields.firstIndex(where: \.isEmpty) {
            throw MappingError(file: file, line: i + 1, message: "column \(empty + 1) is empty (write - for none)")
        }
        rows.append((i + 1, fields))
    }
    return rows
}
