import Foundation
import StanceGraph

/// A mapping file that could not be loaded, naming the file and line.
public struct MappingError: Error, Hashable, Sendable, CustomStringConvertible {
    public var file: String
    public var line: Int?
    public var message: String

    public var description: String { "\(file)\(line.map { ":\($0)" } ?? ""): \(message)" }
}

/// The tables that turn coded events into relations: CAMEO event codes,
/// CAMEO actor types and ICEWS agent words, and state names and codes.
public struct ImportMappings: Sendable {
    public var events: CAMEOTable
    public var actorTypes: ActorTypeTable
    public var states: StateTable
    /// Names that are no one and words that make a name a body.
    public var names: ActorNameTable
    /// The gazetteer's persons (with their offices in states) and bodies.
    public var known: KnownActors

    public init(
        events: CAMEOTable, actorTypes: ActorTypeTable, states: StateTable,
        names: ActorNameTable = ActorNameTable(), known: KnownActors = KnownActors()
    ) {
        self.events = events
        self.actorTypes = actorTypes
        self.states = states
        self.names = names
        self.known = known
    }

    /// The files ``load(_:)`` reads, relative to the data folder.
    public static let requiredFiles = [
        "mappings/cameo.tsv", "mappings/cameo-actor-types.tsv", "mappings/icews-event-text.tsv",
        "mappings/cameo-countries.tsv", "mappings/country-names.tsv", "mappings/actor-names.tsv",
        "gazetteer/states.tsv", "gazetteer/organisations.tsv",
    ]

    /// The folder of person files; ``load(_:)`` reads every text keyed under it.
    public static let personFolder = "gazetteer/persons/"

    /// Reads ``requiredFiles`` and the `.tsv` files of ``personFolder`` under
    /// `folder` and builds the tables; a missing required file is reported by ``load(_:)``.
    ///
    /// - Throws: ``MappingError`` (its file relative to `folder`), or a file system error.
    public static func load(dataFolder folder: URL) throws -> ImportMappings {
        var texts: [String: String] = [:]
        let fm = FileManager.default
        var paths = requiredFiles
        let persons = folder.appendingPathComponent(personFolder)
        if let names = try? fm.contentsOfDirectory(atPath: persons.path) {
            paths += names.filter { $0.hasSuffix(".tsv") }.sorted().map { personFolder + $0 }
        }
        for path in paths {
            let url = folder.appendingPathComponent(path)
            if fm.fileExists(atPath: url.path) { texts[path] = try String(contentsOf: url, encoding: .utf8) }
        }
        return try load(texts)
    }

    /// Builds the tables from the data files' texts, keyed by ``requiredFiles`` paths.
    ///
    /// - Throws: ``MappingError`` for a missing file or the first malformed line.
    public static func load(_ texts: [String: String]) throws(MappingError) -> ImportMappings {
        func text(_ path: String) throws(MappingError) -> String {
            guard let text = texts[path] else { throw MappingError(file: path, message: "required data file is missing") }
            return text
        }
        var events = try CAMEOTable(tsv: text("mappings/cameo.tsv"), file: "mappings/cameo.tsv")
        try events.addEventTexts(tsv: text("mappings/icews-event-text.tsv"), file: "mappings/icews-event-text.tsv")
        let types = try ActorTypeTable(tsv: text("mappings/cameo-actor-types.tsv"), file: "mappings/cameo-actor-types.tsv")
        var states = try StateTable(gazetteer: text("gazetteer/states.tsv"), file: "gazetteer/states.tsv")
        try states.addCodeAliases(tsv: text("mappings/cameo-countries.tsv"), file: "mappings/cameo-countries.tsv")
        try states.addCountryNames(tsv: text("mappings/country-names.tsv"), file: "mappings/country-names.tsv")
        let names = try ActorNameTable(tsv: text("mappings/actor-names.tsv"), file: "mappings/actor-names.tsv")
        var known = KnownActors()
        try known.addBodies(tsv: text("gazetteer/organisations.tsv"), file: "gazetteer/organisations.tsv", states: states)
        for path in texts.keys.filter({ $0.hasPrefix(personFolder) }).sorted() {
            try known.addPersons(tsv: texts[path]!, file: path, states: states)
        }
        return ImportMappings(events: events, actorTypes: types, states: states, names: names, known: known)
    }
}

/// Non-comment, non-blank lines of a tab-separated table with their numbers.
func tableRows(_ text: String, file: String, columns: Int, names: String) throws(MappingError) -> [(line: Int, fields: [String])] {
    var rows: [(Int, [String])] = []
    for (i, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
        var line = Substring(raw)
        if line.hasSuffix("\r") { line = line.dropLast() }
        if line.hasPrefix("#") || line.allSatisfy({ $0 == " " || $0 == "\t" }) { continue }
        let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map {
            String($0).trimmingCharacters(in: " ")
        }
        guard fields.count == columns else {
            throw MappingError(file: file, line: i + 1, message: "expected \(columns) tab-separated columns (\(names)), found \(fields.count)")
        }
        if let empty = fields.firstIndex(where: \.isEmpty) {
            throw MappingError(file: file, line: i + 1, message: "column \(empty + 1) is empty (write - for none)")
        }
        rows.append((i + 1, fields))
    }
    return rows
}

extension String {
    func trimmingCharacters(in set: Character) -> String {
        var s = Substring(self)
        while s.first == set { s = s.dropFirst() }
        while s.last == set { s = s.dropLast() }
        return String(s)
    }
}

/// A short ASCII code (`USA`, `GOV`, `0231`) packed into an integer, so that
/// lookups while parsing need no strings.
@inline(__always)
func packCode(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64? {
    guard !bytes.isEmpty, bytes.count <= 7 else { return nil }
    var key: UInt64 = 0
    for byte in bytes { key = key << 8 | UInt64(byte) }
    return key
}

func packCode(_ text: String) -> UInt64? {
    var utf8 = Array(text.utf8)
    return utf8.withUnsafeMutableBufferPointer { packCode(UnsafeBufferPointer($0)) }
}

/// A name reduced for matching: lowercase letters and digits, single spaces.
func normalizedName(_ text: some StringProtocol) -> String {
    var out = ""
    var space = false
    for scalar in text.lowercased().unicodeScalars {
        if scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
            if space && !out.isEmpty { out.append(" ") }
            out.unicodeScalars.append(scalar)
            space = false
        } else {
            space = true
        }
    }
    return out
}
