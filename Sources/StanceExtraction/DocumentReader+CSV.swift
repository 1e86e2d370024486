import CSV
import Foundation
import StanceGraph

extension DocumentReader {
    /// Articles from CSV with a header naming at least a `text` column, and
    /// optionally `url`, `id`, `date`, `title`, `source` (as in
    /// `url,date,title,text`). Quoted fields may span lines.
    ///
    /// - Throws: ``InputError`` naming the record of the first bad row.
    public static func csv(_ text: String, source: String) throws(InputError) -> [Document] {
        let reader: CSVReader
        do {
            reader = try CSVReader(string: text, hasHeaderRow: true)
        } catch {
            throw InputError(source: source, line: 1, message: "not CSV: \(error)")
        }
        let header = (reader.headerRow ?? []).map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        guard let textColumn = header.firstIndex(of: "text") else {
            throw InputError(source: source, line: 1, message: "CSV header has no 'text' column (found: \(header.joined(separator: ",")))")
        }
        func column(_ name: String) -> Int? { header.firstIndex(of: name) }
        let idColumn = column("id"), urlColumn = column("url"), dateColumn = column("date")
        let titleColumn = column("title"), sourceColumn = column("source")
        var documents: [Document] = []
        var record = 1
        while let row = reader.next() {
            record += 1
            guard row.count == header.count else {
                throw InputError(
                    source: source, line: record,
                    message: "record \(record - 1) has \(row.count) fields, the header has \(header.count)")
            }
            func field(_ index: Int?) -> String? {
                guard let index, !row[index].isEmpty else { return nil }
                return row[index]
            }
            var date: Day?
            if let value = field(dateColumn) {
                guard let day = parseDate(value) else {
                    throw InputError(source: source, line: record, message: "date '\(value)' is not YYYY-MM-DD")
                }
                date = day
            }
            let url = field(urlColumn)
            documents.append(
                Document(
                    id: field(idColumn) ?? url ?? "\(source)#\(record - 1)", title: field(titleColumn),
                    date: date, source: field(sourceColumn), url: url, text: row[textColumn]))
        }
        if let error = reader.error {
            throw InputError(source: source, line: record + 1, message: "malformed CSV: \(error)")
        }
        return documents
    }
}
