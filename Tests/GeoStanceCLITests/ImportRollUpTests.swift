import Foundation
import Testing

/// `geostance import` on our own ICEWS sample, then rolled-up queries on it.
@Suite("Imported persons and bodies roll up to states", .serialized)
struct ImportRollUpTests {
    static let sample = CLITests.repository.appendingPathComponent("Tests/EventImportTests/Fixtures/icews.sample.2018.tab").path

    @Test("query opponents USA --rolled-up on an ICEWS import lists states and sectors, not persons")
    func opponentsAreStates() throws {
        let dir = try CLITests.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let snapshot = dir.appendingPathComponent("icews.json").path
        let imported = try CLITests.run(["import", "icews", Self.sample, "-o", snapshot])
        #expect(imported.status == 0, "\(imported.stderr)")
        for line in [
            "endpoints                  152", "  rolled up to a state     124", "  to a state sector        18",
            "  stayed persons           1", "  bodies of a state        1", "  no country: actor level  8",
            "  states or sectors        93.4%",
        ] {
            #expect(imported.stdout.contains(line + "\n"), "\(line)")
        }
        let result = try CLITests.run(["query", "opponents", "USA", "--graph", snapshot, "--rolled-up", "--format", "csv"])
        #expect(result.status == 0, "\(result.stderr)")
        let ids = result.stdout.split(separator: "\n").dropFirst().map { String($0.split(separator: ",")[0]) }
        // Kim Jong-Un, Sergey Lavrov, Liam Fox, Kathleen Wynne and Javad Zarif speak for their states;
        // Cecilia Malmstrom has no country in the row and stays herself.
        #expect(ids == ["RUS", "PRK", "CHN", "GBR", "CAN", "CHN.business", "IRN", "VEN", "cecilia-malmstrom"])
        let unrolled = try CLITests.run(["query", "opponents", "USA", "--graph", snapshot, "--format", "csv"])
        #expect(unrolled.stdout.contains("\nkim-jong-un,") && unrolled.stdout.contains("\nsergey-lavrov,"))
    }

    @Test("a store answers rolled-up standings as its snapshot does: members of a state's sectors fold in")
    func storeRollsUpSectorMembers() throws {
        let dir = try CLITests.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let store = dir.appendingPathComponent("icews.db").path, snapshot = dir.appendingPathComponent("icews.json").path
        for output in [store, snapshot] {
            let imported = try CLITests.run(["import", "icews", Self.sample, "-o", output, "--quiet"])
            #expect(imported.status == 0, "\(imported.stderr)")
        }
        for query in ["opponents", "supporters", "cooperators", "allies"] {
            for actor in ["USA", "CHN", "RUS"] {
                let arguments = ["query", query, actor, "--rolled-up", "--count", "reports", "--format", "csv", "--graph"]
                let fromStore = try CLITests.run(arguments + [store]), fromSnapshot = try CLITests.run(arguments + [snapshot])
                #expect(fromStore.status == 0 && !fromStore.stdout.isEmpty, "\(fromStore.stderr)")
                #expect(fromStore.stdout == fromSnapshot.stdout, "query \(query) \(actor)")
            }
        }
    }

    @Test("query actor on the import says who a person is: gazetteer offices, or the role the events give")
    func whoIsThis() throws {
        let dir = try CLITests.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let snapshot = dir.appendingPathComponent("icews.json").path
        #expect(try CLITests.run(["import", "icews", Self.sample, "-o", snapshot, "-q"]).status == 0)
        let kim = try CLITests.run(["query", "actor", "Kim Jong-Un", "--graph", snapshot])
        #expect(kim.stdout.hasPrefix("Kim Jong-un (kim-jong-un), person of North Korea\n"))
        #expect(kim.stdout.contains("  supreme leader of North Korea, 2011-12-17 to now\n"))
        let chol = try CLITests.run(["query", "actor", "Kim Yong-chol", "--graph", snapshot])
        #expect(chol.stdout == "Kim Yong-chol (kim-yong-chol), person of North Korea\n  member of North Korea (government), 2018-01-17 to 2018-01-17\n")
        let json = try CLITests.run(["import", "icews", Self.sample, "--format", "json"])
        let summary = try #require(JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect(summary["endpoints"] as? [String: Double] == [
            "total": 152, "toState": 124, "toSector": 18, "persons": 1, "bodies": 1, "noCountry": 8, "stateShare": 0.934,
        ])
    }
}
