import Foundation
import StanceGraph

/// The versioned JSON form of a whole ``RelationGraph``.
///
/// Schema (version 1), one JSON object:
/// ```
/// { "format": "geostance-snapshot", "version": 1,
///   "actors":    [ { "id", "name", "aliases", "kind", "sector"?, "state"? } ],
///   "roles":     [ { "holder", "office", "organisation", "from"?, "to"? } ],
///   "relations": [ { "source", "target", "kind", "mode"?, "modality", "date"?,
///                    "confidence", "intensity", "weight",
///                    "evidence": { "document", "sentenceIndex"?, "characterRange"?: [start, end],
///                                  "sentence"?, "speaker"?, "cue"? } } ] }
/// ```
/// Dates are `YYYY-MM-DD`; kinds, modalities, offices and sectors are the
/// raw values of their Swift enums. Readers reject a newer version.
public enum Snapshot {
    public static let format = "geostance-snapshot"
    public static let version = 1

    /// The snapshot bytes of `graph`: deterministic for equal graphs.
    public static func encode(_ graph: RelationGraph) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var data = try encoder.encode(
            Body(
                format: format, version: version, actors: graph.actors, roles: graph.roles,
                relations: Array(graph.relations)))
        data.append(0x0A)
        return data
    }

    /// The graph in snapshot bytes read from `source` (a file name, for messages).
    ///
    /// - Throws: ``FormatError`` naming `source`, the JSON path at fault and what is wrong.
    public static func decode(_ data: Data, source: String) throws(FormatError) -> RelationGraph {
        func fail(_ problem: FormatError.Problem, at path: String? = nil) -> FormatError {
            FormatError(source: source, format: .snapshot, location: path.map { .element($0) }, problem: problem)
        }
        let header: Header
        do {
            header = try JSONDecoder().decode(Header.self, from: data)
        } catch let error as DecodingError {
            if case .dataCorrupted(let context) = error, context.codingPath.isEmpty {
                throw fail(.malformed(Self.reason(context)))
            }
            throw fail(.missing("\"format\": \"\(format)\""))
        } catch {
            throw fail(.malformed("\(error)"))
        }
        guard header.format == format else { throw fail(.missing("\"format\": \"\(format)\"")) }
        guard header.version <= version else { throw fail(.newerVersion(header.version, supported: version)) }
        guard header.version >= 1 else { throw fail(.invalid("version \(header.version) does not exist")) }
        let body: Body
        do {
            body = try JSONDecoder().decode(Body.self, from: data)
        } catch let error as DecodingError {
            let (path, detail) = Self.describe(error)
            throw fail(.invalid(detail), at: path)
        } catch {
            throw fail(.invalid("\(error)"))
        }
        do {
            return try RelationGraph(actors: body.actors, roles: body.roles, relations: body.relations)
        } catch {
            throw fail(.invalid("\(error)"))
        }
    }

    struct Header: Decodable {
        var format: String
        var version: Int
    }

    struct Body: Codable {
        var format: String
        var version: Int
        var actors: [Actor]
        var roles: [Role]
        var relations: [Relation]
    }

    static func reason(_ context: DecodingError.Context) -> String {
        if let underlying = context.underlyingError as NSError?,
            let detail = underlying.userInfo[NSDebugDescriptionErrorKey] as? String
        {
            return detail
        }
        return context.debugDescription
    }

    /// The JSON path at fault (`nil` for the top) and what is wrong there.
    static func describe(_ error: DecodingError) -> (path: String?, detail: String) {
        func path(_ keys: [any CodingKey]) -> String? {
            keys.isEmpty ? nil : keys.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
        }
        switch error {
        case .keyNotFound(let key, let context):
            return (path(context.codingPath), "missing \"\(key.stringValue)\"")
        case .typeMismatch(_, let context), .valueNotFound(_, let context):
            return (path(context.codingPath), context.debugDescription)
        case .dataCorrupted(let context):
            return (path(context.codingPath), reason(context))
        @unknown default:
            return (nil, "\(error)")
        }
    }
}
