import Foundation
import Testing

/// `geostance query timeline` on an ICEWS import and on a GDELT file written by the test.
@Suite("query timeline", .serialized)
struct TimelineCLITests {
    @Test("weekly events between Israel and Syria, table, CSV and JSON, events counted once")
    func formats() throws {
        let dir = try CLITests.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let store = try EventCountTests.store(in: dir)
        let table = try CLITests.run(["query", "timeline", "Israel", "Syria", "--graph", store, "--by", "week"])
        #expect(table.status == 0, "\(table.stderr)")
        #expect(table.stdout == """
            Israel (ISR) and Syria (SYR) by week
            PERIOD    START       END         VERB-COOP  MAT-COOP  VERB-CONF  MAT-CONF  TIES  NET     EVIDENCE
            2024-W10  2024-03-04  2024-03-10  0          0         0          1         0     -10.00  2
            2024-W11  2024-03-11  2024-03-17  0          0         0          1         0     -10.00  1

            """)
        let csv = try CLITests.run(["query", "timeline", "SYR", "ISR", "--graph", store, "--by", "month", "--format", "csv", "--count", "reports"])
        #expect(csv.stdout == """
            period,start,end,verbal_cooperation,material_cooperation,verbal_conflict,material_conflict,ties,net_score,evidence
            2024-03,2024-03-01,2024-03-31,0,0,0,3,0,-30.00,3

            """)
        let json = try CLITests.run(["query", "timeline", "ISR", "SYR", "--graph", store, "--by", "quarter", "--format", "json"])
        let decoded = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as! [String: Any]
        let periods = decoded["periods"] as! [[String: Any]]
        #expect(periods.count == 1)
        #expect(periods[0]["period"] as? String == "2024-Q1")
        #expect(periods[0]["materialConflict"] as? Int == 2)
        #expect(periods[0]["evidence"] as? Int == 3)
        #expect(periods[0]["netScore"] as? Double == -20)
    }

    @Test("--chart writes an SVG line chart; a bad chart path or period is an error and writes nothing")
    func chart() throws {
        let dir = try CLITests.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let store = try EventCountTests.store(in: dir)
        let chart = dir.appendingPathComponent("isr-syr.svg").path
        let drawn = try CLITests.run(["query", "timeline", "ISR", "SYR", "--graph", store, "--by", "week", "--chart", chart])
        #expect(drawn.status == 0, "\(drawn.stderr)")
        let svg = try String(contentsOfFile: chart, encoding: .utf8)
        #expect(svg.hasPrefix("<?xml") && svg.hasSuffix("</svg>\n"))
        #expect(svg.components(separatedBy: "<circle ").count == 3)
        #expect(svg.contains(">2024-W10</text>"))

        let missing = dir.appendingPathComponent("no/such/folder/chart.svg").path
        let bad = try CLITests.run(["query", "timeline", "ISR", "SYR", "--graph", store, "--chart", missing])
        #expect(bad.status == 1)
        #expect(bad.stderr.contains(missing))
        #expect(bad.stdout.isEmpty)
        let notSVG = try CLITests.run(["query", "timeline", "ISR", "SYR", "--graph", store, "--chart", "chart.png"])
        #expect(notSVG.status == 64 && notSVG.stderr.contains("'chart.png'"))
        let period = try CLITests.run(["query", "timeline", "ISR", "SYR", "--graph", store, "--by", "year"])
        #expect(period.status == 64 && period.stderr.contains("'year'"))
        let actor = try CLITests.run(["query", "timeline", "ISR", "Atlantis", "--graph", store])
        #expect(actor.status == 1 && actor.stderr.contains("'Atlantis'"))
    }
}
