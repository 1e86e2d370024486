import Foundation
import Testing

/// End to end: a GDELT import spanning three months, written by the test, gives the expected
/// monthly timeline for one dyad and the expected changes; `query changes` output and errors.
@Suite("Timelines and changes from a three-month GDELT import", .serialized)
struct TimeAndChangeTests {
    /// January: the United States and Iran talk (one visit reported by two outlets) and sign
    /// an agreement. February: nothing between them. March: a US embargo (two outlets) and an
    /// Iranian threat. France and Germany cooperate in January and March; Israel strikes Syria
    /// for the first time in March, on the 1st, the first day counted as new.
    static let rows = [
        GDELTRow(id: 1, day: "2024-01-05", actor1: "USA", actor2: "IRN", eventCode: "042", goldstein: 1.9, url: "https://a.example/visit"),
        GDELTRow(id: 2, day: "2024-01-05", actor1: "USA", actor2: "IRN", eventCode: "042", goldstein: 1.9, url: "https://b.example/visit"),
        GDELTRow(id: 3, day: "2024-01-20", actor1: "IRN", actor2: "USA", eventCode: "057", goldstein: 8.0, url: "https://a.example/deal"),
        GDELTRow(id: 4, day: "2024-01-25", actor1: "FRA", actor2: "DEU", eventCode: "061", goldstein: 6.4, url: "https://c.example/trade"),
        GDELTRow(id: 5, day: "2024-02-14", actor1: "FRA", actor2: "DEU", eventCode: "042", goldstein: 1.9, url: "https://c.example/visit"),
        GDELTRow(id: 6, day: "2024-03-01", actor1: "ISR", actor2: "SYR", eventCode: "190", goldstein: -10, url: "https://a.example/strike"),
        GDELTRow(id: 7, day: "2024-03-04", actor1: "USA", actor2: "IRN", eventCode: "163", goldstein: -8, url: "https://a.example/embargo"),
        GDELTRow(id: 8, day: "2024-03-05", actor1: "USA", actor2: "IRN", eventCode: "163", goldstein: -8, url: "https://b.example/embargo"),
        GDELTRow(id: 9, day: "2024-03-18", actor1: "IRN", actor2: "USA", eventCode: "138", goldstein: -7, url: "https://b.example/threat"),
        GDELTRow(id: 10, day: "2024-03-20", actor1: "DEU", actor2: "FRA", eventCode: "061", goldstein: 6.4, url: "https://c.example/trade2"),
    ]

    static func importStore(in dir: URL) throws -> String {
        let file = try GDELTRow.write(rows, in: dir)
        let store = dir.appendingPathComponent("three-months.db").path
        let imported = try CLITests.run(["import", "gdelt", file, "-o", store, "--format", "json"])
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(imported.stdout.contains("\"relations\" : 10"), "\(imported.stdout)")
        return store
    }

    @Test("nothing to report exits 0; bad values are named")
    func emptyAndErrors() throws {
        let dir = try CLITests.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let store = try Self.importStore(in: dir)
        let none = try CLITests.run(["query", "changes", "--graph", store, "--since", "2024-06-01"])
        #expect(none.status == 0)
        #expect(none.stdout == "no changes from 2024-06-01 to 2024-06-01 against 2024-05-02 to 2024-05-31\n")
        let noneJSON = try CLITests.run(["query", "changes", "--graph", store, "--since", "2024-06-01", "--format", "json"])
        #expect(noneJSON.status == 0 && noneJSON.stdout.contains("\"movers\" : [\n\n  ]"))
        let window = try CLITests.run(["query", "changes", "--graph", store, "--since", "2024-03-01", "--window", "0d"])
        #expect(window.status == 64 && window.stderr.contains("--window '0d'"))
        let since = try CLITests.run(["query", "changes", "--graph", store, "--since", "March"])
        #expect(since.status == 64 && since.stderr.contains("--since 'March'"))
        let until = try CLITests.run(["query", "changes", "--graph", store, "--since", "2024-03-01", "--until", "2024-02-01"])
        #expect(until.status == 1 && until.stderr.contains("--until '2024-02-01'") && until.stdout.isEmpty)
    }
}
