import Foundation
import GRDB
import StanceGraph

/// A relation graph on disk: one SQLite database, read and written through GRDB.
///
/// The tables are meant to be read by people too (`sqlite3 graph.db`,
/// DuckDB's SQLite scanner, pandas): `actors`, `aliases`, `roles`,
/// `documents`, `sentences` (each text once) and `relations`, whose endpoints
/// are integer keys into `actors`; the view `relations_named` spells them out.
/// The schema is in ``GraphStore/migrator``.
///
/// A store is a database: every write is one transaction, so a reader sees the
/// graph before an ``add(_:documents:)`` or after it, never part of one, and
/// a process killed while writing leaves the previous content. The journal is
/// a write-ahead log, so readers do not wait for a writer.
public final class GraphStore: Sendable {
    /// The schema version this GeoStance writes and reads: the number of migrations.
    public static let schemaVersion = 2
    /// `PRAGMA application_id` of a store: "GeoS".
    static let applicationID: Int32 = 0x4765_6F53

    let queue: DatabaseQueue

    /// How a store is opened.
    public enum Mode: Sendable {
        /// Reading; the file must exist. An older schema is upgraded in place.
        case read
        /// Reading and writing; the file is created when missing.
        case readWrite
    }

    /// Opens the store at `path`, creating or upgrading its schema as needed.
    ///
    /// - Throws: ``StoreError`` when the file is missing (for ``Mode/read``),
    ///   not a database or damaged (with SQLite's message), another program's
    ///   database, or of a newer schema version.
    public convenience init(path: String, mode: Mode = .readWrite) throws(StoreError) {
        try self.init(path: path, mode: mode, upTo: nil)
    }

    /// Opens the store, migrating no further than `lastMigration` (for tests of upgrades).
    init(path: String, mode: Mode, upTo lastMigration: String?) throws(StoreError) {
        if mode == .read && !FileManager.default.fileExists(atPath: path) { throw StoreError(.missing) }
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        configuration.journalMode = .wal
        configuration.busyMode = .timeout(30)
        configuration.label = "GeoStance store"
        configuration.prepareDatabase { db in
            // A write-ahead log with NORMAL sync survives a killed process (the fault
            // model) without a sync per transaction; a 256 MB page cache keeps the relation
            // indexes of a large build in memory instead of rereading them from disk.
            try db.execute(sql: "PRAGMA synchronous = NORMAL; PRAGMA cache_size = -262144; PRAGMA temp_store = MEMORY")
        }
        do {
            queue = try DatabaseQueue(path: path, configuration: configuration)
            try Self.prepareSchema(queue, upTo: lastMigration)
        } catch {
            throw StoreError.from(error)
        }
    }

    /// Checks that the database is a store this GeoStance can read, and brings its schema up to date.
    static func prepareSchema(_ queue: DatabaseQueue, upTo lastMigration: String?) throws {
        let (version, application, tables) = try queue.read { db in
            (
                try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0,
                try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0,
                try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master") ?? 0
            )
        }
        if application != applicationID && (tables > 0 || version > 0) { throw StoreError(.notStore) }
        if version > schemaVersion { throw StoreError(.newerVersion(version, supported: schemaVersion)) }
        if let lastMigration {
            try migrator.migrate(queue, upTo: lastMigration)
        } else if version < schemaVersion {
            try migrator.migrate(queue)
        }
    }

    /// The schema version of the open store (`PRAGMA user_version`).
    public func version() throws(StoreError) -> Int {
        do {
            return try queue.read { db in try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0 }
        } catch {
            throw StoreError.from(error)
        }
    }

    /// Runs SQLite's own check of the whole file: `["ok"]` for a sound store.
    public func integrityCheck() throws(StoreError) -> [String] {
        do {
            return try queue.read { db in try String.fetchAll(db, sql: "PRAGMA integrity_check") }
        } catch {
            throw StoreError.from(error)
        }
    }

    /// How many rows each table holds.
    public func counts() throws(StoreError) -> StoreCounts {
        do {
            return try queue.read { db in
                func count(_ table: String) throws -> Int {
                    try Int.fetchOne(db, sql: "SELECT count(*) FROM \(table)") ?? 0
                }
                return StoreCounts(
                    actors: try count("actors"), roles: try count("roles"), documents: try count("documents"),
                    sentences: try count("sentences"), relations: try count("relations"))
            }
        } catch {
            throw StoreError.from(error)
        }
    }
}

/// How many rows a store's tables hold.
public struct StoreCounts: Hashable, Sendable {
    public var actors: Int
    public var roles: Int
    public var documents: Int
    public var sentences: Int
    public var relations: Int
}

/// What one document of a store records besides its relations.
public struct DocumentRecord: Hashable, Sendable {
    /// The document's id, as relations' evidence names it (file name, URL, event id).
    public var id: String
    public var date: Day?
    public var title: String?
    public var url: String?
    /// A digest of the document's text (hex SHA-256 for articles); a document
    /// whose hash is already in the store is not added again, whatever its id.
    public var contentHash: String?

    public init(id: String, date: Day? = nil, title: String? = nil, url: String? = nil, contentHash: String? = nil) {
        self.id = id
        self.date = date
        self.title = title
        self.url = url
        self.contentHash = contentHash
    }
}
