import Foundation

/// GDELT 2.0 export rows (61 tab-separated fields) written by a test, so a
/// test states its events instead of reading them from a fixture.
struct GDELTRow {
    var id: Int
    var day: String  // YYYY-MM-DD
    var actor1: String  // country code, e.g. ISR
    var actor2: String
    var eventCode: String  // CAMEO, e.g. 190
    var goldstein: Double
    var url: String
    var mentions = 1

    var line: String {
        var fields = Array(repeating: "", count: 61)
        let compact = day.replacingOccurrences(of: "-", with: "")
        fields[0] = String(id)
        fields[1] = compact
        fields[2] = String(compact.prefix(6))
        fields[3] = String(compact.prefix(4))
        fields[5] = actor1
        fields[6] = actor1
        fields[7] = actor1
        fields[15] = actor2
        fields[16] = actor2
        fields[17] = actor2
        fields[25] = "1"
        fields[26] = eventCode
        fields[27] = eventCode
        fields[28] = String(eventCode.prefix(2))
        let root = Int(eventCode.prefix(2))!
        fields[29] = root <= 5 ? "1" : root <= 9 ? "2" : root <= 13 ? "3" : "4"
        fields[30] = String(goldstein)
        fields[31] = String(mentions)
        fields[32] = "1"
        fields[33] = String(mentions)
        fields[34] = "0"
        fields[59] = compact + "120000"
        fields[60] = url
        return fields.joined(separator: "\t")
    }

    /// Writes `rows` as a GDELT export file in `directory`; returns its path.
    static func write(_ rows: [GDELTRow], in directory: URL, name: String = "events.export.CSV") throws -> String {
        let url = directory.appendingPathComponent(name)
        try (rows.map(\.line).joined(separator: "\n") + "\n").write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }
}
