import Foundation
import StanceExtraction
import StanceGraph

/// Relations as JSON Lines: one relation a line, keys sorted, the format
/// `geostance extract --format jsonl` writes and `geostance build --relations` reads.
public enum RelationLines {
    /// The relations, each on its own line ending in a newline.
    public static func text(_ relations: [Relation]) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var text = ""
        for relation in relations {
            text += String(decoding: try encoder.encode(relation), as: UTF8.self)
            text += "\n"
        }
        return text
    }

    /// The relation on one line, `nil` for a blank line.
    ///
    /// - Throws: ``InputError`` naming `source` and `line` when the line is
    ///   not a relation as ``text(_:)`` writes it.
    public static func relation(_ bytes: some Collection<UInt8>, source: String, line: Int) throws(InputError) -> Relation? {
        if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { return nil }
        do {
            return try JSONDecoder().decode(Relation.self, from: Data(bytes))
        } catch {
            throw InputError(source: source, line: line, message: "not a relation: \(problem(error))")
        }
    }

    static func problem(_ error: Error) -> String {
        switch error as? DecodingError {
        case .keyNotFound(let key, let context)?:
            return "no \"\((context.codingPath.map(\.stringValue) + [key.stringValue]).joined(separator: "."))\" field"
        case .typeMismatch(_, let context)?, .valueNotFound(_, let context)?, .dataCorrupted(let context)?:
            let path = context.codingPath.map(\.stringValue).joined(separator: ".")
            return path.isEmpty ? "not valid JSON" : "\"\(path)\" has a bad value"
        default: return "not valid JSON"
        }
    }
}
