import StanceGraph
import Testing

@testable import StanceExtraction

/// Which sentences extraction parses: those that can state a relation, and
/// no others, since parsing is most of extraction's time.
@Suite("Sentences worth parsing")
struct SentenceSelectionTests {
    /// Per sentence of `text`, whether it was parsed.
    static func parsed(_ text: String) -> [Bool] {
        let knowledge = TestData.knowledge
        let segmentation = Segmentation(text: text, knowledge: knowledge)
        let finder = MentionFinder(segmentation: segmentation, knowledge: knowledge, anchor: Day("2021-03-01"))
        let found = finder.mentions()
        let unnamed = UnnamedPeople(segmentation: segmentation, mentions: found, knowledge: knowledge)
        let mentions = Coreference(segmentation: segmentation, knowledge: knowledge, finder: finder, unnamed: unnamed).resolve(found)
        let attribution = Attribution(segmentation: segmentation, mentions: mentions, unnamed: unnamed)
        let parses = SentenceParses(segmentation: segmentation, mentions: mentions, knowledge: knowledge, attribution: attribution)
        return parses.trees.map { $0 != nil }
    }

    @Test("a sentence with two parties and a cue is parsed; one with a single actor and nothing near is not")
    func twoParties() {
        #expect(Self.parsed("Norway condemned the arrests in Belarus.") == [true])
        #expect(Self.parsed("Norway condemned the arrests.") == [false])
        #expect(Self.parsed("Chile and Peru resumed negotiations this week.") == [true])
        // No cue: nothing to parse for, however many actors.
        #expect(Self.parsed("Chile and Peru have long coasts.") == [false])
    }

    @Test("a speaker is a party: a first person, or the speaker a quotation is attributed to")
    func speakers() {
        #expect(Self.parsed("\"We will support Ukraine,\" the Polish president said.") == [true])
        #expect(Self.parsed("\"We will never accept these terms,\" said the minister.") == [false])
    }

    @Test("one party here and another near: a stance on an act, and the act it answers, are both parsed")
    func acrossSentences() {
        #expect(Self.parsed("Azerbaijan shelled villages on Tuesday. Armenia denounced the attack.") == [true, true])
        #expect(Self.parsed("Turkey sent troops into the town. The weather was cold. Greece criticised the move.") == [true, false, true])
        // Without a stance on an act nearby, a lone actor's sentence is left alone.
        #expect(Self.parsed("Azerbaijan shelled villages on Tuesday. Armenia held elections in June.") == [false, false])
    }
}
