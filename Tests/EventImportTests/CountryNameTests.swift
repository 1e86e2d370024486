import EventImport
import Foundation
import StanceGraph
import Testing

@Suite("Country names as event data spells them")
struct CountryNameTests {
    /// The rows of `mappings/country-names.tsv`: name and ISO3 code.
    static let rows: [(name: String, code: String)] = {
        let text = try! String(contentsOf: TestData.dataFolder.appendingPathComponent("mappings/country-names.tsv"), encoding: .utf8)
        return text.split(separator: "\n").filter { !$0.hasPrefix("#") }.map {
            let f = $0.split(separator: "\t")
            return (String(f[0]), String(f[1]))
        }
    }()

    @Test("every row of country-names.tsv names its state", arguments: rows.map(\.name))
    func everyRow(name: String) throws {
        let code = try #require(Self.rows.first { $0.name == name }?.code)
        #expect(TestData.mappings.states.state(named: name) == ActorID(code))
        // Case and punctuation do not matter.
        #expect(TestData.mappings.states.state(named: name.uppercased()) == ActorID(code))
    }

    @Test("the spellings the issue names are in the table")
    func issueSpellings() {
        let expected: [String: String] = [
            "Occupied Palestinian Territory": "PSE", "Palestinian Territory, Occupied": "PSE",
            "Russian Federation": "RUS", "Korea, Republic of": "KOR",
            "Korea, Democratic People's Republic of": "PRK", "Congo, the Democratic Republic of the": "COD",
            "Iran, Islamic Republic of": "IRN", "Syrian Arab Republic": "SYR", "Viet Nam": "VNM",
        ]
        for (name, code) in expected {
            #expect(Self.rows.contains { $0.name == name && $0.code == code }, "\(name)")
        }
        #expect(Self.rows.count >= 40)
    }

    @Test("a bad row of a mapping or person table is an error with file and line")
    func badRows() throws {
        var texts: [String: String] = [:]
        for path in ImportMappings.requiredFiles {
            texts[path] = try String(contentsOf: TestData.dataFolder.appendingPathComponent(path), encoding: .utf8)
        }
        for (path, text, message) in [
            ("mappings/country-names.tsv", "# c\nViet Nam\tVNM\nAtlantis\tATL\n",
             "mappings/country-names.tsv:3: 'ATL' is not the ISO3 code of a state in gazetteer/states.tsv"),
            ("mappings/country-names.tsv", "Viet Nam\n", "mappings/country-names.tsv:1: expected 2 tab-separated columns (name, ISO3), found 1"),
            ("mappings/cameo-countries.tsv", "ROM\tROU\nRussian Federation\tRUS\n",
             "mappings/cameo-countries.tsv:2: 'Russian Federation' is not a three-letter CAMEO country code (names go in mappings/country-names.tsv)"),
            ("mappings/actor-names.tsv", "unspecified\tUnspecified Actor\nnobody\tNo One\n",
             "mappings/actor-names.tsv:2: unknown kind 'nobody' (unspecified or body-word)"),
            ("mappings/actor-names.tsv", "body-word\tarmed forces\n", "mappings/actor-names.tsv:1: a body word is one word, found 'armed forces'"),
            ("gazetteer/persons/x.tsv", "# x\nperson\ta-b\tA B\t-\tUSA\nrole\ta-b\temperor\tUSA\t2000-01-01\t-\n",
             "gazetteer/persons/x.tsv:3: unknown office 'emperor'"),
            ("gazetteer/persons/x.tsv", "person\ta-b\tA B\tUSA\n",
             "gazetteer/persons/x.tsv:1: a person record has 5 columns (person, ID, name, aliases, state), found 4"),
        ] {
            var broken = texts
            broken[path] = text
            #expect(throws: MappingError.self) { try ImportMappings.load(broken) }
            do { _ = try ImportMappings.load(broken) } catch { #expect(error.description == message) }
        }
    }
}
