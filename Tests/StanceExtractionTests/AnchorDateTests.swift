import StanceGraph
import Testing

@testable import StanceExtraction

@Suite("Office holders on the article's date")
struct AnchorDateTests {
    /// A title that comes before or after the name that dates the article.
    static let text = """
        Iraq's prime minister said the talks would go on.
        Iraqi Prime Minister Mustafa al-Kadhimi arrived in Tehran on Tuesday.
        Iraq's prime minister warned the United States against any attack.
        """

    static func speakers(_ document: Document) -> [ActorID] {
        TestData.extractor.extract(from: document).relations
            .filter { $0.kind == .threaten && $0.target == "USA" }.map(\.source)
    }

    @Test("an undated article's titles name who held the office in the year its named persons date it to")
    func inferredDate() {
        let extraction = TestData.extractor.extract(from: Document(id: "undated", text: Self.text))
        #expect(extraction.anchorDate.map { $0 >= Day("2020-05-07")! && $0 < Day("2022-10-27")! } == true)
        #expect(Self.speakers(Document(id: "undated", text: Self.text)) == ["mustafa-al-kadhimi"])
    }

    @Test("persons all still in office date nothing: an undated article's titles name today's holders")
    func currentHolders() {
        let text = "Kenyan President William Ruto praised Ethiopia's prime minister. Ruto spoke in Nairobi."
        let extraction = TestData.extractor.extract(from: Document(id: "undated", text: text))
        #expect(extraction.anchorDate == nil)
        let roles = extraction.relations.filter { $0.kind == .office }
        #expect(roles.contains { $0.source == "william-ruto" && $0.mode == "president" }, "\(roles)")
        #expect(roles.contains { $0.source == "abiy-ahmed" && $0.mode == "prime-minister" }, "\(roles)")
        #expect(!roles.contains { $0.mode == "vice-president" }, "\(roles)")
    }

    @Test("a dated article's titles name who held the office on its date, whatever persons it names")
    func givenDate() {
        let document = Document(id: "dated", date: Day("2023-03-01")!, text: Self.text)
        #expect(Self.speakers(document) == ["mohammed-shia-al-sudani"])
    }
}
