import Foundation
import StanceExtraction
import StanceGraph

/// Extraction as a filter: articles as JSON Lines in, relations as JSON
/// Lines out, each article's relations written as soon as it is done.
///
/// This is what Spark's `RDD.pipe` and Hadoop Streaming drive: a bad line is
/// reported and skipped, and the stream goes on.
public struct ArticleStream: Sendable {
    public let extractor: Extractor

    public init(extractor: Extractor) {
        self.extractor = extractor
    }

    /// What one run read and wrote.
    public struct Summary: Hashable, Sendable {
        public var articles = 0
        public var relations = 0
        public var badLines = 0
    }

    /// Reads article lines until the end of `lines`, handing the relations
    /// of each article to `write` and each bad line to `skip`.
    ///
    /// - Complexity: memory holds one article and its relations at a time.
    public func run(
        _ lines: inout LineReader, source: String, write: ([Relation]) throws -> Void, skip: (InputError) -> Void
    ) throws -> Summary {
        var summary = Summary()
        while let line = lines.next() {
            let document: Document?
            do {
                document = try DocumentReader.jsonLine(line, source: source, line: lines.number)
            } catch {
                summary.badLines += 1
                skip(error)
                continue
            }
            guard let document else { continue }
            let relations = extractor.extract(from: document).relations
            summary.articles += 1
            summary.relations += relations.count
            if !relations.isEmpty { try write(relations) }
        }
        return summary
    }
}
