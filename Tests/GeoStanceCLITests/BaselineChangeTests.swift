import Foundation
import Testing

/// End to end: the morning run, `query changes` of today's store against yesterday's.
@Suite("Changes against a baseline build", .serialized)
struct BaselineChangeTests {
    static func ok(_ arguments: [String]) throws -> CLITests.Result {
        let result = try CLITests.run(arguments)
        #expect(result.status == 0, "\(arguments.joined(separator: " ")): \(result.stderr)")
        return result
    }

    /// A folder with one article.
    static func articles(_ text: String, in dir: URL, _ name: String) throws -> String {
        let folder = dir.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data(text.utf8).write(to: folder.appendingPathComponent("\(name).txt"))
        return folder.path
    }

    @Test("yesterday's store copied and built on with today's articles: the flip and the new hostile dyad")
    func dailyBuild() throws {
        let dir = try CLITests.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let day1 = try Self.articles("Brazil and Argentina signed a trade agreement on Monday.\n", in: dir, "day1")
        let day2 = try Self.articles("Argentina bombed Brazil on Tuesday.\nChile accused Peru of spying.\n", in: dir, "day2")
        let yesterday = dir.appendingPathComponent("yesterday.db").path, today = dir.appendingPathComponent("today.db").path
        let snapshot = dir.appendingPathComponent("yesterday.json").path
        _ = try Self.ok(["build", day1, "-o", yesterday, "--quiet"])
        _ = try Self.ok(["build", day1, "-o", snapshot, "--quiet"])
        try FileManager.default.copyItem(atPath: yesterday, toPath: today)
        _ = try Self.ok(["build", day2, "-o", today, "--quiet"])

        let csv = try Self.ok(["query", "changes", "--graph", today, "--baseline", yesterday, "--format", "csv"])
        // Argentina and Brazil agreed (+7.20 both ways), then the bombing: the net turns hostile.
        #expect(csv.stdout == #"""
            change,first,second,before,after,delta,events,evidence
            flipped,ARG,BRA,7.20,-1.35,-8.55,1,"undated Argentina assault Brazil, 1 report: day2.txt ""Argentina bombed Brazil on Tuesday."""
            new hostile,CHL,PER,0.00,-1.80,-1.80,1,"undated Chile accuse Peru, 1 report: day2.txt ""Chile accused Peru of spying."""
            mover,ARG,BRA,7.20,-1.35,-8.55,1,"undated Argentina assault Brazil, 1 report: day2.txt ""Argentina bombed Brazil on Tuesday."""
            mover,CHL,PER,0.00,-1.80,-1.80,1,"undated Chile accuse Peru, 1 report: day2.txt ""Chile accused Peru of spying."""

            """#)
        // A snapshot as the baseline reads the same.
        let fromSnapshot = try Self.ok(["query", "changes", "--graph", today, "--baseline", snapshot, "--format", "csv"])
        #expect(fromSnapshot.stdout == csv.stdout)

        let table = try Self.ok(["query", "changes", "--graph", today, "--baseline", yesterday])
        #expect(table.stdout.hasPrefix("changes in \(today) against \(yesterday): 1 flipped, 1 new hostile, 0 new cooperative\n"))
        let json = try JSONSerialization.jsonObject(
            with: Data(try Self.ok(["query", "changes", "--graph", today, "--baseline", yesterday, "--format", "json"]).stdout.utf8))
            as! [String: Any]
        #expect(json["baseline"] as? String == yesterday && json["since"] == nil)
        let flip = (json["flipped"] as! [[String: Any]])[0]
        #expect((flip["events"] as! [[String: Any]]).map { $0["kind"] as? String } == ["assault"])

        // The same build against itself: nothing to report, exit 0.
        let none = try Self.ok(["query", "changes", "--graph", yesterday, "--baseline", snapshot])
        #expect(none.stdout == "no changes in \(yesterday) against \(snapshot)\n")
    }

    @Test("--since and --baseline: one of them, not both; --window goes with --since")
    func sinceOrBaseline() throws {
        let neither = try CLITests.run(["query", "changes", "--graph", "today.db"])
        #expect(neither.status == 64 && neither.stderr.contains("give --since DAY or --baseline STORE"))
        let both = try CLITests.run(["query", "changes", "--graph", "today.db", "--since", "2024-03-01", "--baseline", "yesterday.db"])
        #expect(both.status == 64 && both.stderr.contains("--since and --baseline cannot be used together"))
        let window = try CLITests.run(["query", "changes", "--graph", "today.db", "--baseline", "yesterday.db", "--window", "7d"])
        #expect(window.status == 64 && window.stderr.contains("--window go with --since"))
    }
}
