import StanceExtraction
import Testing

@Suite("Precision and recall of dyads")
struct DyadScoresTests {
    struct Dyad: Hashable { var source, target: String }

    @Test("nothing coded or predicted: zeros, not a division by zero")
    func empty() {
        var scores = DyadScores()
        #expect(scores.precision == 0 && scores.recall == 0)
        scores.add(gold: Set<Dyad>(), predicted: [])
        #expect(scores.gold == 0 && scores.predicted == 0 && scores.hits == 0)
        #expect(scores.precision == 0 && scores.recall == 0)
    }

    @Test("one sentence: hits over predicted, hits over coded")
    func oneSentence() {
        var scores = DyadScores()
        scores.add(
            gold: [Dyad(source: "USA", target: "IRN"), Dyad(source: "IRN", target: "USA")],
            predicted: [Dyad(source: "USA", target: "IRN"), Dyad(source: "IRQ", target: "USA"),
                        Dyad(source: "IRQ", target: "IRN")])
        #expect(scores.gold == 2 && scores.predicted == 3 && scores.hits == 1)
        #expect(scores.precision == 1.0 / 3.0)
        #expect(scores.recall == 0.5)
    }

    @Test("sentences are scored apart: a dyad coded in one and found in another is no hit")
    func sentencesApart() {
        var scores = DyadScores()
        scores.add(gold: [Dyad(source: "USA", target: "IRN")], predicted: [])
        scores.add(gold: [], predicted: [Dyad(source: "USA", target: "IRN")])
        #expect(scores.hits == 0)
        #expect(scores.precision == 0 && scores.recall == 0)
        scores.add(gold: [Dyad(source: "CHN", target: "RUS")], predicted: [Dyad(source: "CHN", target: "RUS")])
        #expect(scores.gold == 2 && scores.predicted == 2 && scores.hits == 1)
        #expect(scores.precision == 0.5 && scores.recall == 0.5)
    }

    @Test("direction counts: the reverse of a coded dyad is a miss and a false alarm")
    func direction() {
        var scores = DyadScores()
        scores.add(gold: [Dyad(source: "USA", target: "IRN")], predicted: [Dyad(source: "IRN", target: "USA")])
        #expect(scores.hits == 0 && scores.precision == 0 && scores.recall == 0)
    }

    @Test("everything found and nothing else: precision and recall are 1")
    func perfect() {
        var scores = DyadScores()
        let dyads: Set = [Dyad(source: "ISR", target: "HAM"), Dyad(source: "QAT", target: "HAM")]
        scores.add(gold: dyads, predicted: dyads)
        #expect(scores.precision == 1 && scores.recall == 1)
    }
}
