import Foundation
import Testing

/// `--count events` (the default) against `--count reports` on an import.
@Suite("Scores count events, not reports", .serialized)
struct EventCountTests {
    /// Two outlets report one Israeli strike on Syria on 4 March, one the next day;
    /// a second strike comes a week later, reported once.
    static let rows = [
        GDELTRow(id: 1, day: "2024-03-04", actor1: "ISR", actor2: "SYR", eventCode: "190", goldstein: -10, url: "https://a.example/1"),
        GDELTRow(id: 2, day: "2024-03-05", actor1: "ISR", actor2: "SYR", eventCode: "190", goldstein: -10, url: "https://b.example/1"),
        GDELTRow(id: 3, day: "2024-03-11", actor1: "ISR", actor2: "SYR", eventCode: "190", goldstein: -10, url: "https://a.example/2"),
    ]

    static func store(in dir: URL) throws -> String {
        let file = try GDELTRow.write(rows, in: dir)
        let store = dir.appendingPathComponent("events.db").path
        let imported = try CLITests.run(["import", "gdelt", file, "-o", store, "-q"])
        #expect(imported.status == 0, "\(imported.stderr)")
        return store
    }

    @Test("opponents score two events by default, three reports with --count reports")
    func opponents() throws {
        let dir = try CLITests.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let store = try Self.store(in: dir)
        let events = try CLITests.run(["query", "opponents", "SYR", "--graph", store, "--format", "csv"])
        #expect(events.status == 0, "\(events.stderr)")
        #expect(events.stdout == "actor,name,score,relations\nISR,Israel,20.00,assault 2\n")
        let reports = try CLITests.run(["query", "opponents", "SYR", "--graph", store, "--format", "csv", "--count", "reports"])
        #expect(reports.stdout == "actor,name,score,relations\nISR,Israel,30.00,assault 3\n")
        // A window of 0 days: the next day's report is an event of its own.
        let sameDay = try CLITests.run(["query", "opponents", "SYR", "--graph", store, "--format", "csv", "--event-window", "0"])
        #expect(sameDay.stdout == reports.stdout)
    }

    @Test("query relation scores the events and lists every report")
    func relation() throws {
        let dir = try CLITests.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let store = try Self.store(in: dir)
        let result = try CLITests.run(["query", "relation", "ISR", "SYR", "--graph", store])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("Israel (ISR) and Syria (SYR): net -20.00, hostile, 2 events from 3 relations\n"))
        #expect(result.stdout.split(separator: "\n").count == 5)
    }

    @Test("a negative event window is a usage error naming the value")
    func badWindow() throws {
        let result = try CLITests.run(["query", "opponents", "SYR", "--graph", CLITests.triad, "--event-window=-2"])
        #expect(result.status == 64)
        #expect(result.stderr.contains("--event-window '-2'"))
    }
}
