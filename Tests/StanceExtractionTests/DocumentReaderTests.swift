import Foundation
import Testing

@testable import StanceExtraction

/// CSV and JSON Lines articles as scrapers write them: quoting gone wrong,
/// lines that are not records, lines of many megabytes.
@Suite("Reading CSV and JSON Lines articles")
struct DocumentReaderTests {
    @Test("RFC 4180 records: quoted commas, line breaks and doubled quotes; CR LF; a byte-order mark; the line each starts on")
    func csvRecords() {
        let text = "\u{FEFF}a,b,c\r\n1,\"x, y\",\"say \"\"no\"\"\"\r\n2,\"two\nlines\",\r\n3,plain \"inch\" mark,z"
        #expect(CSVRecords.read(text) == [
            .record(["a", "b", "c"], line: 1),
            .record(["1", "x, y", "say \"no\""], line: 2),
            .record(["2", "two\nlines", ""], line: 3),
            .record(["3", "plain \"inch\" mark", "z"], line: 5),
        ])
        #expect(CSVRecords.read("") == [])
        #expect(CSVRecords.read("a\n\nb\n") == [.record(["a"], line: 1), .record([""], line: 2), .record(["b"], line: 3)])
    }

    @Test("broken quoting is named by line, and reading resumes on the next line")
    func csvMalformedQuotes() {
        let text = "h,t\n1,\"an \"inner\" quote\"\n2,fine\n3,\"never closed\n4,fine too\n"
        #expect(CSVRecords.read(text) == [
            .record(["h", "t"], line: 1),
            .malformed(line: 2, message: "a quotation mark inside a quoted field is not doubled"),
            .record(["2", "fine"], line: 3),
            .malformed(line: 4, message: "the quoted field that opens on this line is never closed"),
            .record(["4", "fine too"], line: 5),
        ])
        let spanning = "h,t\n1,\"first line\nsecond \"line\" here\"\n2,fine\n"
        #expect(CSVRecords.read(spanning)[1] == .malformed(line: 2, message: "a quotation mark inside a quoted field is not doubled (on line 3)"))
    }

    static let header = "url,date,title,text\n"

    @Test("a partly bad CSV file: good records read, each bad one named with its line")
    func csvPartlyBad() throws {
        let text = Self.header
            + "https://a,2024-01-01,A,Iran threatened Israel on Monday.\n"
            + "https://b,2024-01-02,B,\"Iran said \"no\" to talks.\"\n"
            + "https://c,2024-13-01,C,China warned Taiwan.\n"
            + "https://d,2024-01-04,D\n"
            + "\n"
            + "https://e,2024-01-05,E,\"Turkey criticised Greece,\nits neighbour.\"\n"
            + "https://f,2024-01-06,F,\"Russia attacked Ukraine\n"
        var skipped: [InputError] = []
        let documents = try DocumentReader.csv(text, source: "news.csv", skipped: &skipped)
        #expect(documents.map(\.id) == ["https://a", "https://e"])
        #expect(documents.last?.text == "Turkey criticised Greece,\nits neighbour.")
        #expect(skipped.map(\.description) == [
            "news.csv:3: malformed CSV: a quotation mark inside a quoted field is not doubled",
            "news.csv:4: date '2024-13-01' is not YYYY-MM-DD",
            "news.csv:5: record 4 has 3 fields, the header has 4",
            "news.csv:9: malformed CSV: the quoted field that opens on this line is never closed",
        ])
        #expect(throws: InputError(source: "news.csv", line: 3, message: "malformed CSV: a quotation mark inside a quoted field is not doubled")) {
            try DocumentReader.csv(text, source: "news.csv")
        }
        #expect(throws: InputError(source: "x.csv", line: 1, message: "CSV header has no 'text' column (found: url,body)")) {
            try DocumentReader.csv("url,body\na,b\n", source: "x.csv")
        }
    }

    @Test("a partly bad JSON Lines file: good lines read, each bad one named with its line and what is wrong")
    func jsonLinesPartlyBad() {
        let text = """
            {"id":"a","date":"2024-01-01","text":"Iran threatened Israel on Monday."}
            {"id":"b","text": "cut off
            {"id":"c","title":"no text"}

            [1, 2]
            {"id":"d","date":"2024-13-01","text":"China warned Taiwan."}
            {"id":"e","text":"Russia attacked Ukraine on Tuesday."}
            """
        var skipped: [InputError] = []
        let documents = DocumentReader.jsonLines(text, source: "news.jsonl", skipped: &skipped)
        #expect(documents.map(\.id) == ["a", "e"])
        #expect(skipped.map(\.description) == [
            "news.jsonl:2: not an article record: not valid JSON",
            "news.jsonl:3: not an article record: no \"text\" field (needs a JSON object with \"text\")",
            "news.jsonl:5: not an article record: not a JSON object (needs one with \"text\")",
            "news.jsonl:6: date '2024-13-01' is not YYYY-MM-DD",
        ])
    }

    @Test("a JSON Lines line of 8 MB is read, and a bad one as long is named by its line")
    func jsonLinesHugeLine() throws {
        let words = String(repeating: "and the talks went on ", count: 8 << 20 / 22)
        let good = #"{"id":"huge","text":"Iran threatened Israel, \#(words)"}"#
        let bad = #"{"id":"bad","text":"\#(words)"#
        let text = [good, bad, #"{"id":"small","text":"China warned Taiwan."}"#].joined(separator: "\n")
        var skipped: [InputError] = []
        let documents = DocumentReader.jsonLines(text, source: "big.jsonl", skipped: &skipped)
        #expect(documents.map(\.id) == ["huge", "small"])
        #expect(documents.first?.text.utf8.count ?? 0 > 8_000_000)
        #expect(skipped.map(\.description) == ["big.jsonl:2: not an article record: not valid JSON"])
    }
}
