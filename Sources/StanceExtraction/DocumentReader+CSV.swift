import Foundation
import StanceGraph

extension DocumentReader {
    /// Articles from CSV with a header naming at least a `text` column, and
    /// optionally `url`, `id`, `date`, `title`, `source` (as in
    /// `url,date,title,text`). Quoted fields may span lines.
    ///
    /// - Throws: ``InputError`` naming the line of the first bad record.
    public static func csv(_ text: String, source: String) throws(InputError) -> [Document] {
        var skipped: [InputError] = []
        let documents = try csv(text, source: source, skipped: &skipped)
        if let first = skipped.first { throw first }
        return documents
    }

    /// Articles from CSV, leaving out bad records: each is added to `skipped`
    /// with the line it starts on (a record with the wrong number of fields
    /// or a bad date; quoting that does not follow RFC 4180, after which
    /// reading resumes on the next line).
    ///
    /// - Throws: ``InputError`` when the header is unreadable or has no `text` column.
    /// - Complexity: O(*n*) in the length of the text.
    public static func csv(_ text: String, source: String, skipped: inout [InputError]) throws(InputError) -> [Document] {
        let records = CSVRecords.read(text)
        guard let first = records.first else { throw InputError(source: source, line: 1, message: "empty CSV file: no header row") }
        guard case .record(let names, _) = first else {
            if case .malformed(let line, let message) = first {
                throw InputError(source: source, line: line, message: "malformed CSV header: \(message)")
            }
            preconditionFailure()
        }
        let header = names.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        guard let textColumn = header.firstIndex(of: "text") else {
            throw InputError(source: source, line: 1, message: "CSV header has no 'text' column (found: \(header.joined(separator: ",")))")
        }
        func column(_ name: String) -> Int? { header.firstIndex(of: name) }
        let idColumn = column("id"), urlColumn = column("url"), dateColumn = column("date")
        let titleColumn = column("title"), sourceColumn = column("source")
        var documents: [Document] = []
        var number = 0
        for item in records.dropFirst() {
            let fields: [String], line: Int
            switch item {
            case .malformed(let at, let message):
                number += 1
                skipped.append(InputError(source: source, line: at, message: "malformed CSV: \(message)"))
                continue
            case .record(let values, let at):
                if values == [""] { continue }  // a blank line is no record
                number += 1
                (fields, line) = (values, at)
            }
            guard fields.count == header.count else {
                skipped.append(InputError(
                    source: source, line: line, message: "record \(number) has \(fields.count) fields, the header has \(header.count)"))
                continue
            }
            func field(_ index: Int?) -> String? {
                guard let index, !fields[index].isEmpty else { return nil }
                return fields[index]
            }
            var date: Day?
            if let value = field(dateColumn) {
                guard let day = parseDate(value) else {
                    skipped.append(InputError(source: source, line: line, message: "date '\(value)' is not YYYY-MM-DD"))
                    continue
                }
                date = day
            }
            let url = field(urlColumn)
            documents.append(
                Document(
                    id: field(idColumn) ?? url ?? "\(source)#\(number)", title: field(titleColumn),
                    date: date, source: field(sourceColumn), url: url, text: fields[textColumn]))
        }
        return documents
    }
}

/// RFC 4180 records, each with the line it starts on.
///
/// Fields are separated by commas and records by LF, CR LF or CR; a field
/// in double quotes may hold commas, line breaks and doubled quotes. A quote
/// inside an unquoted field is kept as text. Quoting that is broken (a
/// closing quote followed by something other than a comma or line break, or
/// a quote never closed) makes the record ``Item/malformed(line:message:)``,
/// and reading resumes at the line after the one the record started on.
enum CSVRecords {
    enum Item: Equatable {
        case record([String], line: Int)
        case malformed(line: Int, message: String)
    }

    static func read(_ text: String) -> [Item] {
        var text = text
        return text.withUTF8 { read(bytes: $0) }
    }

    static func read(bytes: UnsafeBufferPointer<UInt8>) -> [Item] {
        let quote = UInt8(ascii: "\""), comma = UInt8(ascii: ","), lf = UInt8(ascii: "\n"), cr = UInt8(ascii: "\r")
        let n = bytes.count
        var items: [Item] = []
        var i = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        var line = 1
        var buffer: [UInt8] = []
        /// Steps over the line break at `i`, counting it.
        func skipLineBreak() {
            if bytes[i] == cr && i + 1 < n && bytes[i + 1] == lf { i += 1 }
            i += 1
            line += 1
        }
        while i < n {
            let recordStart = i, recordLine = line
            var fields: [String] = []
            var problem: String?
            record: while true {
                if i < n && bytes[i] == quote {
                    i += 1
                    buffer.removeAll(keepingCapacity: true)
                    while true {
                        guard i < n else {
                            problem = "the quoted field that opens on this line is never closed"
                            break record
                        }
                        let byte = bytes[i]
                        if byte == quote {
                            if i + 1 < n && bytes[i + 1] == quote {
                                buffer.append(quote)
                                i += 2
                                continue
                            }
                            i += 1
                            break
                        }
                        if byte == lf || (byte == cr && !(i + 1 < n && bytes[i + 1] == lf)) { line += 1 }
                        buffer.append(byte)
                        i += 1
                    }
                    fields.append(String(decoding: buffer, as: UTF8.self))
                    if i == n { break record }
                    if bytes[i] == comma {
                        i += 1
                        continue record
                    }
                    if bytes[i] == lf || bytes[i] == cr {
                        skipLineBreak()
                        break record
                    }
                    problem = "a quotation mark inside a quoted field is not doubled"
                        + (line == recordLine ? "" : " (on line \(line))")
                    break record
                }
                let start = i
                while i < n && bytes[i] != comma && bytes[i] != lf && bytes[i] != cr { i += 1 }
                fields.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<i]), as: UTF8.self))
                if i == n { break record }
                if bytes[i] == comma {
                    i += 1
                    continue record
                }
                skipLineBreak()
                break record
            }
            guard let problem else {
                items.append(.record(fields, line: recordLine))
                continue
            }
            items.append(.malformed(line: recordLine, message: problem))
            i = recordStart
            line = recordLine
            while i < n && bytes[i] != lf && bytes[i] != cr { i += 1 }
            if i < n { skipLineBreak() }
        }
        return items
    }
}
