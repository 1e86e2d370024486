import Foundation
import Testing

@testable import StanceExtraction

@Suite("Loading the data files")
struct KnowledgeLoadingTests {
    static func replacing(_ path: String, with text: String) throws -> [DataFile] {
        var files = try TestData.files()
        guard let index = files.firstIndex(where: { $0.path == path }) else {
            Issue.record("no \(path)")
            return files
        }
        files[index].text = text
        return files
    }

    static func loadError(_ files: [DataFile]) -> DataError? {
        do {
            _ = try Knowledge.load(files, syntax: TestData.syntax)
            return nil
        } catch {
            return error
        }
    }

    @Test("the shipped data loads, with the coverage the product promises")
    func shipped() throws {
        let knowledge = TestData.knowledge
        let states = knowledge.actors.values.filter { $0.kind == .state }
        #expect(states.count >= 197)
        #expect(knowledge.actors.values.filter { $0.kind == .igo }.count >= 40)
        #expect(knowledge.actors.values.filter { $0.kind == .armedGroup || $0.kind == .party }.count >= 60)
        #expect(knowledge.roles.contains { $0.holder == "mustafa-al-kadhimi" && $0.office == .primeMinister && $0.organisation == "IRQ" })
        #expect(knowledge.cueCount > 1000)
    }

    @Test("each marker has its own bit, and each word's facts agree with the tables they summarise")
    func wordFacts() {
        #expect(Set(Marker.allCases.map(\.bit)).count == Marker.allCases.count)
        let knowledge = TestData.knowledge
        for (key, markers) in knowledge.markers {
            for marker in Marker.allCases {
                #expect((knowledge.wordFacts[key]!.markers & marker.bit != 0) == markers.contains(marker), "\(key) \(marker)")
            }
        }
        for (word, facts) in knowledge.wordFacts.entries {
            #expect(facts.number == knowledge.vocabulary.number(of: word), "\(word)")
            #expect(facts.startsCue == (knowledge.cues[word] != nil), "\(word)")
            #expect(facts.startsBoilerplate == (knowledge.boilerplateByFirstWord[word] != nil), "\(word)")
            #expect(facts.markers == 0 || knowledge.markers[word] != nil, "\(word)")
        }
        #expect(knowledge.vocabulary.numbers.keys.allSatisfy { knowledge.wordFacts[$0] != nil })
        #expect(knowledge.cues.keys.allSatisfy { knowledge.wordFacts[$0] != nil })
    }

    @Test("no shipped table holds the same record twice")
    func noDuplicateRecords() throws {
        for file in try TestData.files() where file.path.hasSuffix(".tsv") {
            var firstLine: [Substring: Int] = [:]
            for (number, line) in file.text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                guard !line.isEmpty, !line.hasPrefix("#") else { continue }
                if let first = firstLine[line] {
                    Issue.record("\(file.path):\(number + 1) repeats line \(first): \(line)")
                } else {
                    firstLine[line] = number + 1
                }
            }
        }
    }

    @Test("a bad line names the file, the line and the problem", arguments: [
        ("gazetteer/states.tsv", "IRN\tIR\tIran\n", "gazetteer/states.tsv:1: expected 6 tab-separated columns"),
        ("gazetteer/states.tsv", "Iran\tIR\tIran\t-\t-\t-\n", "gazetteer/states.tsv:1: 'Iran' is not an ISO 3166-1 alpha-3 code"),
        ("gazetteer/organisations.tsv", "# header\nnato\tclub\tNATO\t-\t-\n", "gazetteer/organisations.tsv:2: unknown organisation kind 'club'"),
        ("gazetteer/metonyms.tsv", "Kremlin\tXXX\tgovernment\n", "gazetteer/metonyms.tsv:1: unknown state code 'XXX'"),
        ("lexicon/cues.tsv", "attack\tv\tpunch\tobj\tdrop\t-\n", "lexicon/cues.tsv:1: unknown relation kind 'punch'"),
        ("lexicon/cues.tsv", "attack\tv\tassault\tobj\tignore\t-\n", "lexicon/cues.tsv:1: negation 'ignore' is not"),
        ("lexicon/titles.tsv", "emperor\temperor\n", "lexicon/titles.tsv:1: unknown office 'emperor'"),
        ("lexicon/markers.tsv", "said\tgossip\n", "lexicon/markers.tsv:1: unknown marker 'gossip'"),
    ])
    func badLine(_ path: String, _ text: String, _ message: String) throws {
        let error = try #require(Self.loadError(try Self.replacing(path, with: text)))
        #expect(error.description.hasPrefix(message), "\(error)")
    }

    @Test("a role for an unknown person or with dates the wrong way round is refused")
    func badRoles() throws {
        var files = try TestData.files()
        files.append(DataFile(path: "gazetteer/persons/zz-test.tsv", text: "role\tnobody-at-all\tpresident\tIRN\t2020-01-01\t-\n"))
        #expect(Self.loadError(files)?.description == "gazetteer/persons/zz-test.tsv:1: role for unknown person 'nobody-at-all' (add a person line first)")
        files[files.count - 1].text = "person\tzz-someone\tZz Someone\t-\tIRN\nrole\tzz-someone\tpresident\tIRN\t2021-01-01\t2020-01-01\n"
        #expect(Self.loadError(files)?.description.hasPrefix("gazetteer/persons/zz-test.tsv:2: the role ends (2020-01-01) before it starts") == true)
        files[files.count - 1].text = "person\tzz-someone\tZz Someone\t-\tIRN\nrole\tzz-someone\tpresident\tIRN\t2021-13-01\t-\n"
        #expect(Self.loadError(files)?.description == "gazetteer/persons/zz-test.tsv:2: '2021-13-01' is not a date YYYY-MM-DD")
    }

    @Test("a missing required file is named")
    func missing() throws {
        let files = try TestData.files().filter { $0.path != "lexicon/cues.tsv" }
        #expect(Self.loadError(files)?.description == "lexicon/cues.tsv: required data file is missing")
    }
}
