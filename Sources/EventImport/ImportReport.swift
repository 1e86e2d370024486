import StanceGraph

/// Why a row was left out.
public enum SkipReason: Hashable, Sendable, CustomStringConvertible {
    /// The row has the wrong number of tab-separated fields.
    case fieldCount(found: Int, expected: String)
    /// The date field is empty or not a real day.
    case badDate(String)
    /// The event code (or type, or event text) is not in the mapping tables.
    case unknownEvent(String)
    /// One side of the event names no actor we can place.
    case missingActor(String)
    /// A numeric field does not hold a number.
    case badNumber(field: String, value: String)
    /// A record that is not a JSON object, or lacks a required field.
    case badRecord(String)

    /// The reason without the row's values, for counting.
    public var category: String {
        switch self {
        case .fieldCount: return "wrong field count"
        case .badDate: return "bad date"
        case .unknownEvent: return "unknown event code"
        case .missingActor: return "missing actor"
        case .badNumber: return "bad number"
        case .badRecord: return "bad record"
        }
    }

    public var description: String {
        switch self {
        case .fieldCount(let found, let expected): return "expected \(expected) fields, found \(found)"
        case .badDate(let value): return value.isEmpty ? "no date" : "'\(value)' is not a date"
        case .unknownEvent(let value): return value.isEmpty ? "no event code" : "unknown event code '\(value)'"
        case .missingActor(let side): return "no \(side) actor"
        case .badNumber(let field, let value): return "\(field) '\(value)' is not a number"
        case .badRecord(let detail): return detail
        }
    }
}

/// One row left out, and where it is.
public struct SkippedRow: Hashable, Sendable, CustomStringConvertible {
    public var source: String
    public var line: Int
    public var reason: SkipReason

    public var description: String { "\(source):\(line): \(reason)" }
}

/// What an import did: rows read, kept and skipped, and why.
public struct ImportReport: Hashable, Sendable {
    /// How many skipped rows are kept in ``skipped`` for reporting.
    public static let detailLimit = 1000

    /// Data rows read (headers, blank lines and comments excluded).
    public internal(set) var rowsRead = 0
    /// Rows that became relations.
    public internal(set) var rowsKept = 0
    /// Skipped rows by ``SkipReason/category``.
    public internal(set) var skippedByCategory: [String: Int] = [:]
    /// The first ``detailLimit`` skipped rows.
    public internal(set) var skipped: [SkippedRow] = []
    /// Bytes of (decompressed) input read.
    public internal(set) var bytesRead = 0

    public var rowsSkipped: Int { skippedByCategory.values.reduce(0, +) }

    mutating func skip(_ row: SkippedRow) {
        skippedByCategory[row.reason.category, default: 0] += 1
        if skipped.count < Self.detailLimit { skipped.append(row) }
    }
}

/// Event data that cannot be imported at all, or a malformed row that stops
/// a strict importer (``EventImporter/strict``).
public enum EventImportError: Error, Hashable, Sendable, CustomStringConvertible {
    /// A malformed row, fatal to a strict importer.
    case malformedRow(SkippedRow)
    /// The file's header row lacks a column the format needs.
    case missingColumn(source: String, column: String, found: [String])
    /// The file is not in the format asked for.
    case unreadable(source: String, message: String)

    public var description: String {
        switch self {
        case .malformedRow(let row): return "\(row) (the import is strict)"
        case .missingColumn(let source, let column, let found):
            return "\(source):1: no '\(column)' column in the header (found: \(found.joined(separator: ", ")))"
        case .unreadable(let source, let message): return "\(source): \(message)"
        }
    }
}

/// Where the endpoints of a graph's relations land when it is rolled up
/// (``RelationGraph/actingBody(of:on:)`` on each relation's date).
public struct RollUpCounts: Hashable, Sendable {
    /// Endpoints that are a state or fold into one (its government,
    /// military ..., or a person holding an office or role in it).
    public var states = 0
    /// Endpoints that fold into a sector that speaks for itself (opposition,
    /// rebels, civilians, business ...).
    public var sectors = 0
    /// Persons who stay themselves: no role on the day, and no country.
    public var persons = 0
    /// Bodies of a state kept as themselves (such as an NGO with a country).
    public var bodies = 0
    /// Endpoints with no country: "Unspecified Actor", IGOs, unknown names.
    public var noCountry = 0

    public var total: Int { states + sectors + persons + bodies + noCountry }

    /// The share of endpoints that are states or state sectors, 0 for none.
    public var stateShare: Double { total == 0 ? 0 : Double(states + sectors) / Double(total) }

    /// Counts every relation endpoint of `graph`.
    ///
    /// - Complexity: O(*n* *r*) for *n* relations and *r* roles per person.
    public init(_ graph: RelationGraph) {
        for relation in graph.relations {
            for endpoint in [relation.source, relation.target] {
                let body = graph.actingBody(of: endpoint, on: relation.date)
                guard let actor = graph[body] else { noCountry += 1; continue }
                switch actor.kind {
                case .state: states += 1
                case .sector: sectors += 1
                case .person: persons += 1
                default: if actor.state == nil { noCountry += 1 } else { bodies += 1 }
                }
            }
        }
    }
}
