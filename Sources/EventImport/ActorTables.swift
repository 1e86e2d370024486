import StanceGraph

/// CAMEO actor type codes (`GOV`, `MIL`, `REB` ...) and the agent words
/// ICEWS and POLECAT write (`Police`, `Citizen` ...), mapped to a state's
/// sectors or, for actors without a state, to an actor kind.
///
/// Read from `Data/mappings/cameo-actor-types.tsv`; the codes follow the
/// CAMEO codebook's actor chapter (Schrodt, CAMEO 1.1b3, chapter 4).
public struct ActorTypeTable: Sendable {
    /// What one type code means.
    public struct Entry: Hashable, Sendable {
        public var code: String
        /// The sector of the actor's state, when the type is one.
        public var sector: Sector?
        /// The kind of an actor of this type that belongs to no state.
        public var kind: ActorKind?
    }

    private var byCode: [UInt64: Entry] = [:]
    private var byWord: [String: Entry] = [:]

    /// Reads the table: code, sector or -, kind or -, agent words (| separated) or -, description.
    public init(tsv text: String, file: String) throws(MappingError) {
        for (line, f) in try tableRows(text, file: file, columns: 5, names: "code, sector, kind, agent words, description") {
            guard f[0].count == 3, f[0].allSatisfy({ $0.isASCII && $0.isUppercase }), let key = packCode(f[0]) else {
                throw MappingError(file: file, line: line, message: "'\(f[0])' is not a three-letter CAMEO actor type")
            }
            var entry = Entry(code: f[0])
            if f[1] != "-" {
                guard let sector = Sector(rawValue: f[1]) else {
                    throw MappingError(file: file, line: line, message: "unknown sector '\(f[1])' (one of \(Sector.allCases.map(\.rawValue).joined(separator: ", ")))")
                }
                entry.sector = sector
            }
            if f[2] != "-" {
                guard let kind = ActorKind(rawValue: f[2]) else {
                    throw MappingError(file: file, line: line, message: "unknown actor kind '\(f[2])'")
                }
                entry.kind = kind
            }
            guard byCode[key] == nil else { throw MappingError(file: file, line: line, message: "type \(f[0]) listed twice") }
            byCode[key] = entry
            if f[3] != "-" {
                for word in f[3].split(separator: "|") { byWord[normalizedName(word)] = entry }
            }
        }
    }

    /// The entry for a type code.
    public func entry(for code: String) -> Entry? { packCode(code).flatMap { byCode[$0] } }

    func entry(for code: UnsafeBufferPointer<UInt8>) -> Entry? { packCode(code).flatMap { byCode[$0] } }

    /// The entry for an agent word such as ICEWS's `Police` or `Military Personnel`.
    public func entry(forWord word: some StringProtocol) -> Entry? { byWord[normalizedName(word)] }
}

/// The states event data can name: by ISO 3166-1 alpha-3 code, by the CAMEO
/// codes that differ from it, and by name (ICEWS writes country names).
public struct StateTable: Sendable {
    private var names: [String: String] = [:]
    private var codes: [UInt64: ActorID] = [:]
    private var byName: [String: ActorID] = [:]

    /// States given directly: ISO3 code, display name and other names.
    public init(states: [(code: String, name: String, otherNames: [String])]) {
        for state in states { add(code: state.code, name: state.name, otherNames: state.otherNames) }
    }

    /// Reads GeoStance's gazetteer (`gazetteer/states.tsv`): ISO3, ISO2,
    /// name, other names, adjectives, capitals; only the first four are used.
    public init(gazetteer text: String, file: String) throws(MappingError) {
        for (line, f) in try tableRows(text, file: file, columns: 6, names: "ISO3, ISO2, name, other names, adjectives, capitals") {
            guard f[0].count == 3, packCode(f[0]) != nil else {
                throw MappingError(file: file, line: line, message: "'\(f[0])' is not an ISO 3166-1 alpha-3 code")
            }
            add(code: f[0], name: f[2], otherNames: f[3] == "-" ? [] : f[3].split(separator: "|").map(String.init))
        }
    }

    private mutating func add(code: String, name: String, otherNames: [String]) {
        let id = ActorID(code)
        names[code] = name
        codes[packCode(code)!] = id
        byName[normalizedName(name)] = id
        for other in otherNames where byName[normalizedName(other)] == nil { byName[normalizedName(other)] = id }
    }

    /// Adds CAMEO country codes for known states: CAMEO code, ISO3 code.
    mutating func addCodeAliases(tsv text: String, file: String) throws(MappingError) {
        for (line, f) in try tableRows(text, file: file, columns: 2, names: "CAMEO code, ISO3") {
            guard f[0].count == 3, f[0].allSatisfy({ $0.isASCII && $0.isUppercase }) else {
                throw MappingError(file: file, line: line, message: "'\(f[0])' is not a three-letter CAMEO country code (names go in mappings/country-names.tsv)")
            }
            codes[packCode(f[0])!] = try known(f[1], file: file, line: line)
        }
    }

    /// Adds country names as event data spells them (`Korea, Republic of`):
    /// name, ISO3 code. A name here wins over the gazetteer's reading of it.
    mutating func addCountryNames(tsv text: String, file: String) throws(MappingError) {
        for (line, f) in try tableRows(text, file: file, columns: 2, names: "name, ISO3") {
            guard !normalizedName(f[0]).isEmpty else {
                throw MappingError(file: file, line: line, message: "'\(f[0])' has no letters to match")
            }
            byName[normalizedName(f[0])] = try known(f[1], file: file, line: line)
        }
    }

    private func known(_ code: String, file: String, line: Int) throws(MappingError) -> ActorID {
        guard let id = packCode(code).flatMap({ codes[$0] }), id.rawValue == code else {
            throw MappingError(file: file, line: line, message: "'\(code)' is not the ISO3 code of a state in gazetteer/states.tsv")
        }
        return id
    }

    /// The state with this code, or `nil`.
    public func state(code: String) -> ActorID? { packCode(code).flatMap { codes[$0] } }

    func state(code: UnsafeBufferPointer<UInt8>) -> ActorID? {
        code.count == 3 ? packCode(code).flatMap { codes[$0] } : nil
    }

    /// The state with this name (`Russian Federation`, `Iran`), or `nil`.
    public func state(named name: some StringProtocol) -> ActorID? { byName[normalizedName(name)] }

    /// The state's display name.
    public func name(of state: ActorID) -> String { names[state.rawValue] ?? state.rawValue }
}
