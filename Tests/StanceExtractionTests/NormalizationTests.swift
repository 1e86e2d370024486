import Foundation
import Testing

@testable import StanceExtraction

@Suite("Text normalisation")
struct NormalizationTests {
    @Test("decomposed letters are composed; quotes, dashes and odd spaces are made plain")
    func normalize() {
        let decomposed = "Erdog\u{0306}an\u{00A0}said \u{201C}no\u{201D} \u{2014} it\u{2019}s the K\u{212A}"
        let normalized = TextNormalizer.normalize(decomposed)
        #expect(normalized == "Erdoğan said \"no\" - it's the KK")
        #expect(TextNormalizer.normalize("co\u{00AD}operation\r\nnext") == "cooperation\nnext")
    }

    @Test("text that is already composed is not sent through NFC, and is returned unchanged")
    func alreadyComposed() {
        #expect(!TextNormalizer.needsComposing("Erdoğan met Zelensky in İstanbul; 東京 حلب"))
        #expect(TextNormalizer.needsComposing("e\u{0301}"))
        #expect(TextNormalizer.needsComposing("\u{212B}ngstr\u{00F6}m"))
        let text = "Erdoğan met Zelensky in İstanbul"
        #expect(TextNormalizer.normalize(text) == text)
        #expect(text.precomposedStringWithCanonicalMapping == text)
    }

    @Test("normalising takes time linear in the text, whatever it holds")
    func linear() {
        // Each "…" copied the whole normalised text so far: 50 MB of news took 21 s instead of 6.
        let block = "Iran warned\u{2026} Israel \u{201C}again\u{201D}. "
        let times = [10_000, 40_000].map { copies in
            let text = String(repeating: block, count: copies)
            var normalized = ""
            let seconds = HostileTextTests.threadCPUTime { normalized = TextNormalizer.normalize(text) }
            #expect(normalized.utf8.count == copies * "Iran warned... Israel \"again\". ".utf8.count)
            return seconds
        }
        #expect(times[1] < 7 * times[0], "10,000 copies: \(times[0]) s CPU; 40,000: \(times[1]) s")
    }
}
