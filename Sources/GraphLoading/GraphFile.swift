import Foundation
import GraphIO
import GraphStore
import StanceGraph

/// A graph on disk: a SQLite store (`.db`, `.sqlite`) or a JSON snapshot.
/// What the command-line tools share to open the graph a user names.
public enum GraphFile {
    /// The extensions that name a store.
    public static let storeExtensions: Set<String> = ["db", "sqlite", "sqlite3"]

    /// Whether `path` names a store: by its extension, or, for a file that
    /// exists, by SQLite's header whatever its name.
    public static func isStore(_ path: String) -> Bool {
        if storeExtensions.contains(fileExtension(path)) { return true }
        guard let handle = FileHandle(forReadingAtPath: path) else { return false }
        defer { try? handle.close() }
        let header = (try? handle.read(upToCount: 16)) ?? Data()
        return header == Data("SQLite format 3\0".utf8)
    }

    /// The whole graph in the store or the snapshot at `path`.
    ///
    /// What the read allocated and freed is handed back to the system
    /// (``FreedMemory``), so a process that keeps the graph, such as the
    /// server, holds the graph and not the read's peak.
    public static func read(_ path: String) throws(GraphFileError) -> RelationGraph {
        defer { FreedMemory.release() }
        if isStore(path) {
            do {
                return try GraphStore(path: path, mode: .read).graph()
            } catch {
                throw .store(path: path, error)
            }
        }
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw .unreadable(path: path, reason: reason(error))
        }
        do {
            return try Snapshot.decode(data, source: path)
        } catch {
            throw .snapshot(error)
        }
    }

    /// The lowercased extension of the last component of `path`, or "".
    static func fileExtension(_ path: String) -> String {
        let name = path.utf8.lastIndex(of: UInt8(ascii: "/")).map { path[path.index(after: $0)...] } ?? path[...]
        guard let dot = name.utf8.lastIndex(of: UInt8(ascii: ".")), dot != name.startIndex else { return "" }
        return name[name.index(after: dot)...].lowercased()
    }

    /// Why a file could not be read, in a few words ("no such file").
    public static func reason(_ error: any Error) -> String {
        let ns = error as NSError
        if let underlying = ns.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            return String(cString: strerror(Int32(underlying.code)))
        }
        if ns.domain == NSCocoaErrorDomain && ns.code == NSFileReadNoSuchFileError { return "no such file" }
        if ns.domain == NSCocoaErrorDomain && ns.code == NSFileReadNoPermissionError { return "permission denied" }
        return ns.localizedDescription
    }
}

/// Why a graph file could not be read; prints as one line naming the file.
public enum GraphFileError: Error, CustomStringConvertible {
    /// The file could not be read at all.
    case unreadable(path: String, reason: String)
    /// The store could not be opened or read.
    case store(path: String, StoreError)
    /// The snapshot is not one (its error names the file).
    case snapshot(FormatError)

    public var description: String {
        switch self {
        case .unreadable(let path, let reason): "\(path): cannot read the file (\(reason))"
        case .store(let path, let error): "\(path): \(error)"
        case .snapshot(let error): error.description
        }
    }
}
