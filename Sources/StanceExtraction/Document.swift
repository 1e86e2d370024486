import Foundation
import StanceGraph

/// One news article, the unit of extraction.
public struct Document: Hashable, Sendable {
    /// Stable id: the file name, the JSON Lines id or the CSV url.
    public var id: String
    public var title: String?
    /// The publication date; anchors role resolution and relative dates.
    public var date: Day?
    public var source: String?
    public var url: String?
    /// The body, headline first when the title is part of it.
    public var text: String

    public init(
        id: String, title: String? = nil, date: Day? = nil, source: String? = nil,
        url: String? = nil, text: String
    ) {
        self.id = id
        self.title = title
        self.date = date
        self.source = source
        self.url = url
        self.text = text
    }
}

/// Input that could not be read as articles, naming where.
public struct InputError: Error, Hashable, Sendable, CustomStringConvertible {
    public var source: String
    /// 1-based line, when the problem is on a line.
    public var line: Int?
    /// 0-based byte offset, for encoding errors.
    public var byteOffset: Int?
    public var message: String

    public init(source: String, line: Int? = nil, byteOffset: Int? = nil, message: String) {
        self.source = source
        self.line = line
        self.byteOffset = byteOffset
        self.message = message
    }

    public var description: String {
        var place = source
        if let line { place += ":\(line)" }
        if let byteOffset { place += " (byte \(byteOffset))" }
        return "\(place): \(message)"
    }
}

/// Readers for the article formats GeoStance takes.
public enum DocumentReader {
    /// Decodes UTF-8 strictly.
    ///
    /// - Throws: ``InputError`` with the byte offset of the first invalid sequence.
    public static func decodeUTF8(_ bytes: some Collection<UInt8>, source: String) throws(InputError)
        -> String
    {
        if let text = String(validating: bytes, as: UTF8.self) { return text }
        // Invalid: find where, for the message.
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        var offset = 0
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): offset += UTF8.width(scalar)
            case .emptyInput: return String(decoding: bytes, as: UTF8.self)
            case .error: throw InputError(source: source, byteOffset: offset, message: "invalid UTF-8")
            }
        }
    }

    /// One plain-text article with optional front matter between `---` lines
    /// (`title:`, `date:`, `source:`, `url:`).
    ///
    /// - Throws: ``InputError`` for a malformed date in the front matter.
    public static func plainText(_ text: String, id: String) throws(InputError) -> Document {
        var document = Document(id: id, text: text)
        // Most articles have no front matter: look before splitting the whole text into lines.
        guard text.utf8.drop(while: { $0 == 0x20 || $0 == 0x09 }).starts(with: "---".utf8) else { return document }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard lines.first?.trimmingCharacters(in: .whitespaces) == "---",
            let end = lines.dropFirst().firstIndex(where: { $0.trimmingCharacters(in: .whitespaces) == "---" })
        else { return document }
        for (number, line) in lines[1..<end].enumerated() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            let key = line[..<colon].trimmingCharacters(in: .whitespaces).lowercased()
            let value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            switch key {
            case "title": document.title = value
            case "source": document.source = value
            case "url": document.url = value
            case "date":
                guard let day = parseDate(value) else {
                    throw InputError(
                        source: id, line: number + 2, message: "front matter date '\(value)' is not YYYY-MM-DD")
                }
                document.date = day
            default: continue
            }
        }
        document.text = lines[(end + 1)...].joined(separator: "\n")
        return document
    }

    /// Articles from JSON Lines: one `{"id", "date", "title", "text"}` object a line.
    ///
    /// - Throws: ``InputError`` naming the line of the first bad record.
    public static func jsonLines(_ text: String, source: String) throws(InputError) -> [Document] {
        var skipped: [InputError] = []
        let documents = jsonLines(text, source: source, skipped: &skipped)
        if let first = skipped.first { throw first }
        return documents
    }

    /// Articles from JSON Lines, leaving out the lines that are not article
    /// records: each is added to `skipped` with its line and what is wrong.
    ///
    /// - Complexity: O(*n*) in the length of the text.
    public static func jsonLines(_ text: String, source: String, skipped: inout [InputError]) -> [Document] {
        var documents: [Document] = []
        for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            do {
                if let document = try jsonLine(line.utf8, source: source, line: number + 1) { documents.append(document) }
            } catch {
                skipped.append(error)
            }
        }
        return documents
    }

    /// The article on one JSON Lines line, `nil` for a blank line.
    ///
    /// - Throws: ``InputError`` naming `source` and `line` for bytes that are
    ///   not UTF-8, not a JSON object with a string `text`, or a bad date.
    public static func jsonLine(_ bytes: some Collection<UInt8>, source: String, line: Int) throws(InputError) -> Document? {
        let decoded: String
        do {
            decoded = try decodeUTF8(bytes, source: source)
        } catch {
            throw InputError(source: source, line: line, byteOffset: error.byteOffset, message: error.message)
        }
        let trimmed = decoded.trimmingCharacters(in: .whitespacesAndNewlines)
        if trimmed.isEmpty { return nil }
        let record: ArticleRecord
        do {
            record = try JSONDecoder().decode(ArticleRecord.self, from: Data(trimmed.utf8))
        } catch {
            throw InputError(source: source, line: line, message: "not an article record: \(Self.problem(error))")
        }
        var date: Day?
        if let value = record.date {
            guard let day = parseDate(value) else {
                throw InputError(source: source, line: line, message: "date '\(value)' is not YYYY-MM-DD")
            }
            date = day
        }
        return Document(
            id: record.id ?? record.url ?? "\(source):\(line)", title: record.title, date: date,
            source: record.source, url: record.url, text: record.text)
    }

    /// What is wrong with a JSON Lines record, in a few words.
    static func problem(_ error: Error) -> String {
        switch error as? DecodingError {
        case .keyNotFound(let key, _)?: return "no \"\(key.stringValue)\" field (needs a JSON object with \"text\")"
        case .typeMismatch(_, let context)?, .valueNotFound(_, let context)?:
            guard let key = context.codingPath.last else { return "not a JSON object (needs one with \"text\")" }
            return "\"\(key.stringValue)\" is not a string"
        default: return "not valid JSON"
        }
    }

    /// Accepts `YYYY-MM-DD`, optionally followed by a time (`2020-07-21T10:00Z`).
    public static func parseDate(_ text: String) -> Day? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        return Day(String(trimmed.prefix(10)))
    }
}

/// One JSON Lines article as it is written.
private struct ArticleRecord: Decodable {
    var id: String?
    var date: String?
    var title: String?
    var text: String
    var url: String?
    var source: String?
}
