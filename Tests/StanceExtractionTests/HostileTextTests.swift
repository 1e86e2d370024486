import Foundation
import StanceGraph
import Testing

@testable import StanceExtraction

/// Text that is not news: run-on sentences, quotation marks nested thousands
/// deep, NUL and control characters. Extraction must finish in time
/// proportional to the text and still find what the readable parts say.
@Suite("Hostile text")
struct HostileTextTests {
    static func analysis(_ text: String) -> DocumentAnalysis {
        var analysis = DocumentAnalysis(knowledge: TestData.knowledge, document: Document(id: "t", text: text))
        analysis.splitCompounds()
        analysis.markQuotes()
        analysis.splitSentences()
        return analysis
    }

    @Test("a sentence of 50,000 words is cut into bounded pieces and still read")
    func runOnSentence() {
        // 130 words, one cue, repeated with no full stop: the per-cue scans ran
        // over the whole sentence, so this took many minutes before sentences were cut.
        let filler = Array(repeating: "and the talks went on with many delegates present", count: 14).joined(separator: " ")
        let clause = "Iran threatened Israel " + filler + " there"
        let words = Array(repeating: clause, count: 50_000 / 130 + 1).joined(separator: " ") + "."
        #expect(words.split(separator: " ").count >= 49_990)
        let analysis = Self.analysis(words)
        #expect(analysis.sentences.allSatisfy { $0.count <= DocumentAnalysis.maxSentenceTokens })
        #expect(analysis.sentences.first?.lowerBound == 0)
        #expect(analysis.sentences.last?.upperBound == analysis.tokens.count)
        for (a, b) in zip(analysis.sentences, analysis.sentences.dropFirst()) { #expect(a.upperBound == b.lowerBound) }

        let clock = ContinuousClock()
        var relations: [Relation] = []
        let elapsed = clock.measure {
            relations = TestData.extractor.extract(from: Document(id: "run-on", text: words)).relations
        }
        #expect(relations.contains { $0.source == "IRN" && $0.target == "ISR" && $0.kind == .threaten })
        #expect(elapsed < .seconds(60), "\(elapsed)")
    }

    @Test("a sentence is cut after a comma near the limit rather than mid-clause")
    func cutsAtComma() {
        let text = (0..<30).map { _ in "one two three four five six seven eight nine ten," }.joined(separator: " ")
        let analysis = Self.analysis(text)
        #expect(analysis.sentences.count >= 2)
        let first = analysis.sentences[0]
        #expect(analysis.tokens[first.upperBound - 1].text == ",")
    }

    @Test("quotation marks nested 2,000 deep do not make sentence splitting quadratic")
    func nestedQuotes() {
        let text = "Iran said " + String(repeating: "\"Israel said '", count: 2000) + "attack"
            + String(repeating: "'\"", count: 2000) + ". China warned Taiwan.\n"
        let clock = ContinuousClock()
        var extraction: DocumentExtraction?
        let elapsed = clock.measure {
            extraction = TestData.extractor.extract(from: Document(id: "quotes", text: text))
        }
        #expect(extraction?.relations.contains { $0.source == "CHN" && $0.target == "TWN" } == true)
        #expect(elapsed < .seconds(20), "\(elapsed)")
    }

    @Test("NUL bytes and control characters are treated as punctuation, not crashes")
    func controlCharacters() throws {
        let controls = (0..<32).filter { $0 != 10 }.map { String(UnicodeScalar(UInt8($0))) }.joined()
        let text = "Iran threatened\u{0} Israel.\(controls) China warned Taiwan.\u{7F}\u{0}\u{0}\n\u{0}"
        let relations = TestData.extractor.extract(from: Document(id: "nul", text: text)).relations
        #expect(relations.contains { $0.source == "IRN" && $0.target == "ISR" && $0.kind == .threaten })
        #expect(relations.contains { $0.source == "CHN" && $0.target == "TWN" })
        for relation in relations {
            let range = try #require(relation.evidence.characterRange)
            #expect(range.upperBound <= TextNormalizer.normalize(text).unicodeScalars.count)
        }
    }

    @Test("empty, blank and punctuation-only texts give no relations", arguments: ["", " ", "\n\n\n", "\u{0}", ".", "\"\"\"", "'''", "---\n---\n"])
    func emptyish(_ text: String) {
        let extraction = TestData.extractor.extract(from: Document(id: "e", text: text))
        #expect(extraction.relations.isEmpty)
    }

    @Test("many threads give the same relations, in the same order, as one")
    func threadsAgree() throws {
        let folder = TestData.data.appendingPathComponent("samples")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".txt") }.sorted()
        var documents: [Document] = []
        for copy in 0..<40 {
            for name in names {
                let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
                documents.append(try DocumentReader.plainText(text, id: "\(copy)-\(name)"))
            }
        }
        let one = TestData.extractor.extract(from: documents, threads: 1)
        for threads in [2, 8, 32] {
            let many = TestData.extractor.extract(from: documents, threads: threads)
            #expect(many.map(\.document) == one.map(\.document))
            #expect(many.map(\.relations) == one.map(\.relations), "\(threads) threads")
            #expect(many.map(\.anchorDate) == one.map(\.anchorDate))
        }
        #expect(one.reduce(0) { $0 + $1.relations.count } > 100)
        let graphOne = TestData.extractor.graph(from: one)
        let graphMany = TestData.extractor.graph(from: TestData.extractor.extract(from: documents, threads: 8))
        #expect(graphOne.relations == graphMany.relations)
        #expect(graphOne.actors == graphMany.actors)
    }
}
