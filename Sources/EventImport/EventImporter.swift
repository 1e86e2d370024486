import StanceGraph

/// The coded event formats ``EventImporter`` reads.
public enum EventFormat: String, Hashable, Sendable, CaseIterable {
    /// GDELT 1.0 and 2.0 event files.
    case gdelt
    /// ICEWS coded event files.
    case icews
    /// PLOVER JSON records and POLECAT's tab-separated export.
    case plover
}

/// Reads coded event files into a ``RelationGraph``.
///
/// Rows stream through: memory grows with the graph (its actors and
/// relations), not with the files. A malformed row is counted in ``report``
/// and skipped, or with `strict` stops the import with
/// ``EventImportError/malformedRow(_:)``.
///
/// ```swift
/// var importer = EventImporter(mappings: mappings)
/// try importer.read(.gdelt, ByteChunks(bytes: bytes), source: "20240101.export.CSV")
/// let graph = importer.graph()
/// ```
public struct EventImporter {
    public let mappings: ImportMappings
    public var strict: Bool
    public internal(set) var report = ImportReport()
    var builder: EventGraphBuilder
    var fields = Fields()

    public init(mappings: ImportMappings, strict: Bool = false) {
        self.mappings = mappings
        self.strict = strict
        self.builder = EventGraphBuilder(mappings: mappings)
    }

    /// Reads one file's bytes in `format`; `source` names it in messages and
    /// is the evidence document where rows carry no URL or story id.
    ///
    /// - Throws: ``EventImportError`` for a file that cannot be read as `format`
    ///   or, when `strict`, the first malformed row; errors of `chunks`
    ///   (such as ``DecompressionError``) pass through.
    /// - Complexity: O(*n*) in the bytes read.
    public mutating func read(_ format: EventFormat, _ chunks: ByteChunks, source: String) throws {
        var counted = 0
        let counting = ByteChunks {
            let chunk = try chunks.next()
            counted += chunk?.count ?? 0
            return chunk
        }
        defer { report.bytesRead += counted }
        switch format {
        case .gdelt: try readGDELT(counting, source: source)
        case .icews: try readICEWS(counting, source: source)
        case .plover: try readPLOVER(counting, source: source)
        }
    }

    /// The graph of every relation kept so far, with the actors they name.
    ///
    /// - Complexity: O(*n* log *n*) in the number of relations.
    public func graph() -> RelationGraph { builder.graph() }

    mutating func skip(_ reason: SkipReason, line: Int, source: String) throws(EventImportError) {
        let row = SkippedRow(source: source, line: line, reason: reason)
        if strict { throw .malformedRow(row) }
        report.skip(row)
    }

    mutating func keep(_ relation: Relation) {
        report.rowsKept += 1
        builder.append(relation)
    }
}
