import GRDB

/// Why a store could not be opened, read or written.
///
/// The library names no file: the command line puts the path in front of
/// ``description``, as it does for every other input.
public struct StoreError: Error, Hashable, Sendable, CustomStringConvertible {
    public var problem: Problem

    public enum Problem: Hashable, Sendable {
        /// The file does not exist (opening for reading never creates one).
        case missing
        /// SQLite refused the file ("file is not a database", "database disk
        /// image is malformed"): SQLite's own message.
        case corrupt(String)
        /// An SQLite database, but not a GeoStance store.
        case notStore
        /// Written by a newer GeoStance, with this schema version.
        case newerVersion(Int, supported: Int)
        /// A row that does not make a graph (an unknown kind, a bad date).
        case invalid(String)
        /// SQLite failed while reading or writing (disk full, locked): its message.
        case database(String)
    }

    public init(_ problem: Problem) { self.problem = problem }

    public var description: String {
        switch problem {
        case .missing:
            return "no such store"
        case .corrupt(let message):
            return "corrupt store: SQLite says \"\(message)\""
        case .notStore:
            return "an SQLite database but not a GeoStance store (no GeoStance application id or tables)"
        case .newerVersion(let found, let supported):
            return "store schema version \(found) is newer than this GeoStance reads (\(supported)); upgrade GeoStance"
        case .invalid(let detail):
            return "corrupt store: \(detail)"
        case .database(let message):
            return "SQLite error: \(message)"
        }
    }

    /// The store error for an SQLite failure: a damaged file is called corrupt.
    static func from(_ error: any Error) -> StoreError {
        if let error = error as? StoreError { return error }
        guard let error = error as? DatabaseError else { return StoreError(.database("\(error)")) }
        let message = error.message ?? error.resultCode.description
        switch error.resultCode {
        case .SQLITE_NOTADB, .SQLITE_CORRUPT: return StoreError(.corrupt(message))
        default: return StoreError(.database(message))
        }
    }
}
