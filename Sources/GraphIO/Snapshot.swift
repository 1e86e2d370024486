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
    /// - Throws: ``SnapshotError`` naming `source` and what is wrong.
    public static func decode(_ data: Data, source: String) throws(SnapshotError) -> RelationGraph {
        let header: Header
        do {
            header = try JSONDecoder().decode(Header.self, from: data)
        } catch let error as DecodingError {
            if case .dataCorrupted(let context) = error, context.codingPath.isEmpty {
                throw SnapshotError(source: source, problem: .notJSON(Self.reason(context)))
            }
            throw SnapshotError(source: source, problem: .notSnapshot)
        } catch {
            throw SnapshotError(source: source, problem: .notJSON("\(error)"))
        }
        guard header.format == format else {
            throw SnapshotError(source: source, problem: .notSnapshot)
        }
        guard header.version <= version else {
            throw SnapshotError(source: source, problem: .newerVersion(header.version, supported: version))
        }
        guard header.version >= 1 else {
            throw SnapshotError(source: source, problem: .invalid("version \(header.version) does not exist"))
        }
        let body: Body
        do {
            body = try JSONDecoder().decode(Body.self, from: data)
        } catch let error as DecodingError {
            throw SnapshotError(source: source, problem: .invalid(Self.describe(error)))
        } catch {
            throw SnapshotError(source: source, problem: .invalid("\(error)"))
        }
        do {
            return try RelationGraph(actors: body.actors, roles: body.roles, relations: body.relations)
        } catch {
            throw SnapshotError(source: source, problem: .invalid("\(error)"))
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

    static func describe(_ error: DecodingError) -> String {
        func path(_ keys: [any CodingKey]) -> String {
            keys.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
        }
        switch error {
        case .keyNotFound(let key, let context):
            return "missing \"\(key.stringValue)\" at \(path(context.codingPath))"
        case .typeMismatch(_, let context), .valueNotFound(_, let context):
            return "\(context.debugDescription) at \(path(context.codingPath))"
        case .dataCorrupted(let context):
            return "\(reason(context)) at \(path(context.codingPath))"
        @unknown default:
            return "\(error)"
        }
    }
}

/// A snapshot that could not be read, with the file it came from.
public struct SnapshotError: Error, Hashable, Sendable, CustomStringConvertible {
    public var source: String
    public var problem: Problem

    public enum Problem: Hashable, Sendable {
        /// The bytes are not JSON.
        case notJSON(String)
        /// JSON, but not a GeoStance snapshot.
        case notSnapshot
        /// Written by a newer GeoStance.
        case newerVersion(Int, supported: Int)
        /// A snapshot whose content is wrong (missing field, bad value, unknown actor).
        case invalid(String)
    }

    public var description: String {
        switch problem {
        case .notJSON(let detail):
            return "\(source): not a snapshot: the file is not valid JSON (\(detail))"
        case .notSnapshot:
            return "\(source): not a GeoStance snapshot (no \"format\": \"\(Snapshot.format)\")"
        case .newerVersion(let found, let supported):
            return "\(source): snapshot version \(found) is newer than this GeoStance reads (\(supported)); upgrade GeoStance"
        case .invalid(let detail):
            return "\(source): corrupt snapshot: \(detail)"
        }
    }
}
