import Foundation
import GraphIO
import GraphLoading
import GraphStore
import StanceExtraction
import StanceGraph

/// Graphs on disk: SQLite stores (`.db`, `.sqlite`) and JSON snapshots.
enum GraphFiles {
    /// Whether `path` names a store (``GraphFile/isStore(_:)``).
    static func isStore(_ path: String) -> Bool {
        GraphFile.isStore(path)
    }

    /// The graph in a store or a snapshot (``GraphFile/read(_:)``).
    static func read(_ path: String) throws -> RelationGraph {
        try GraphFile.read(path)
    }

    static func open(_ path: String, mode: GraphStore.Mode) throws -> GraphStore {
        try storeCall(path) { () throws(StoreError) in try GraphStore(path: path, mode: mode) }
    }

    /// Runs a store operation, naming the file in its error.
    static func storeCall<T>(_ path: String, _ body: () throws(StoreError) -> T) throws -> T {
        do {
            return try body()
        } catch {
            throw ErrorInFile(path: path, error: error)
        }
    }

    /// Adds `graph` to the store at `path` in one transaction and says what changed.
    static func add(_ graph: RelationGraph, documents: [DocumentRecord], to store: GraphStore, path: String) throws {
        let summary = try storeCall(path) { () throws(StoreError) in try store.add(graph, documents: documents) }
        let counts = try storeCall(path) { () throws(StoreError) in try store.counts() }
        let skipped = summary.documentsSkipped > 0 ? ", \(summary.documentsSkipped) already there (same id or text) skipped" : ""
        Console.note(
            "\(path): added \(summary.documentsAdded) documents, \(summary.relationsAdded) relations\(skipped); "
                + "now \(counts.documents) documents, \(counts.actors) actors, \(counts.relations) relations")
    }

    /// What a store records of an article: its id, date, title, URL and the SHA-256 of its text.
    static func record(_ document: Document) -> DocumentRecord {
        let digest = SHA256.digest(Data(document.text.utf8))
        let hex = digest.map { byte in
            let digits = Array("0123456789abcdef")
            return String([digits[Int(byte >> 4)], digits[Int(byte & 15)]])
        }.joined()
        return DocumentRecord(id: document.id, date: document.date, title: document.title, url: document.url, contentHash: hex)
    }
}
