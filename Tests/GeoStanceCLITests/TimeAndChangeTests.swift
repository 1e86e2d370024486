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

    @Test("the monthly timeline of the United States and Iran")
    func monthlyTimeline() throws {
        let dir = try CLITests.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let store = try Self.importStore(in: dir)
        let result = try CLITests.run(["query", "timeline", "United States", "Iran", "--graph", store, "--rolled-up", "--format", "csv"])
        #expect(result.status == 0, "\(result.stderr)")
        // January: the visit once (1.9) and the agreement (8.0), three reports; February empty;
        // March: the embargo once (-8) and the threat (-7), three reports.
        #expect(result.stdout == """
            period,start,end,verbal_cooperation,material_cooperation,verbal_conflict,material_conflict,ties,net_score,evidence
            2024-01,2024-01-01,2024-01-31,2,0,0,0,0,9.90,3
            2024-02,2024-02-01,2024-02-29,0,0,0,0,0,0.00,0
            2024-03,2024-03-01,2024-03-31,0,0,1,1,0,-15.00,3

            """)
        let reports = try CLITests.run(["query", "timeline", "USA", "IRN", "--graph", store, "--format", "csv", "--count", "reports"])
        #expect(reports.stdout.contains("\n2024-01,2024-01-01,2024-01-31,3,0,0,0,0,11.80,3\n"))
        #expect(reports.stdout.contains("\n2024-03,2024-03-01,2024-03-31,0,0,1,2,0,-23.00,3\n"))
    }

    @Test("changes since 1 March against the two months before")
    func changesSinceMarch() throws {
        let dir = try CLITests.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let store = try Self.importStore(in: dir)
        let result = try CLITests.run(["query", "changes", "--graph", store, "--since", "2024-03-01", "--window", "60d", "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let json = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as! [String: Any]
        #expect(json["windowStart"] as? String == "2024-01-01")
        #expect(json["until"] as? String == "2024-03-20")
        func dyads(_ key: String) -> [String] {
            (json[key] as! [[String: Any]]).map { "\($0["first"]!)-\($0["second"]!)" }
        }
        #expect(dyads("flipped") == ["IRN-USA"])
        #expect(dyads("newHostile") == ["ISR-SYR"])
        #expect(dyads("newCooperative").isEmpty)
        // IRN-USA from +9.9 to -15 (24.9), ISR-SYR 0 to -10, DEU-FRA 8.3 to 6.4 (1.9).
        #expect(dyads("movers") == ["IRN-USA", "ISR-SYR", "DEU-FRA"])
        let flip = (json["flipped"] as! [[String: Any]])[0]
        #expect(flip["before"] as? Double == 9.9 && flip["after"] as? Double == -15)
        let events = flip["events"] as! [[String: Any]]
        #expect(events.map { $0["kind"] as? String } == ["sanction", "threaten"])
        #expect((events[0]["reports"] as! [[String: Any]]).compactMap { $0["document"] as? String }
            == ["https://a.example/embargo", "https://b.example/embargo"])

        // One day later the strike of the 1st is in the window before: no longer new, and no flip for it.
        let later = try CLITests.run(["query", "changes", "--graph", store, "--since", "2024-03-02", "--window", "60d", "--format", "csv"])
        #expect(later.stdout.hasPrefix("change,first,second,before,after,delta,events,evidence\nflipped,IRN,USA,"))
        #expect(!later.stdout.contains("ISR"))

        let table = try CLITests.run(["query", "changes", "--graph", store, "--since", "2024-03-01", "--window", "60d"])
        #expect(table.stdout.hasPrefix("changes from 2024-03-01 to 2024-03-20 against 2024-01-01 to 2024-02-29: 1 flipped, 1 new hostile, 0 new cooperative\n"))
        #expect(table.stdout.contains("\nflipped      Iran - United States  9.90    -15.00  -24.90  2       2024-03-04 United States sanction Iran, 2 reports: https://a.example/embargo\n"))
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
