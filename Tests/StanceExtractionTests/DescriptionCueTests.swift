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

@Suite("Verbal attacks between persons")
struct VerbalAttackTests {
    @Test("one politician attacking another is an accusation, not an assault")
    func verbal() throws {
        let relations = try DescriptionCueTests.relations("Joe Biden attacked Donald Trump over his handling of the pandemic.")
        #expect(relations.contains { $0.kind == .accuse && $0.source == "joe-biden" && $0.target == "donald-trump" })
        #expect(!relations.contains { $0.kind == .assault })
    }

    @Test("a state attacking a state stays an assault")
    func military() throws {
        let relations = try DescriptionCueTests.relations("Russia attacked Ukraine on Thursday.")
        #expect(relations.contains { $0.kind == .assault && $0.source == "RUS" && $0.target == "UKR" })
    }
}
