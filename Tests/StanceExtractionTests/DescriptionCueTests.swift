import StanceGraph
import Testing

@testable import StanceExtraction

@Suite("Descriptions that look like cues")
struct DescriptionCueTests {
    static func relations(_ text: String) throws -> [Relation] {
        let document = try DocumentReader.plainText("---\ndate: 2023-04-04\n---\n" + text, id: "t")
        return TestData.extractor.extract(from: document).relations
    }

    @Test("\"the alliance's border with Russia\" names NATO; it is no alliance with Russia")
    func alliancePossessor() throws {
        let relations = try Self.relations("Norway joined NATO years ago, and the alliance's land border with Russia grew.")
        #expect(!relations.contains { $0.kind == .alliance })
    }

    @Test("\"its ally\" still states a tie")
    func possessedDescription() throws {
        let relations = try Self.relations("Germany said France remains its closest ally.")
        #expect(relations.contains { $0.kind == .alliance })
    }

    @Test("one joins a body, not a person")
    func membershipTarget() throws {
        let relations = try Self.relations("Sweden handed its accession documents to US Secretary of State Antony Blinken.")
        #expect(!relations.contains { $0.kind == .membership })
    }
}
