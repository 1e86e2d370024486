import Foundation
import Testing

#if canImport(FoundationXML)
    import FoundationXML
#endif

@testable import GraphIO

/// The one escaper of labels, the report, GraphML and SVG, on hostile text.
@Suite("Markup text")
struct MarkupTextTests {
    /// Markup, both quotes, an entity, tab, line feed, carriage return, NUL,
    /// BEL, U+FFFE and U+FFFF, around text that must survive as it is.
    static let hostile = "<b a=\"x\" c='y'>Tom & \"Jerry\"</b>&amp;\t1\n2\r3\u{0}4\u{7}5\u{FFFE}6\u{FFFF}é—🇮🇷"

    static let expected: [(MarkupText.Context, String)] = [
        (
            .graphvizLabel,
            "&lt;b a=&quot;x&quot; c=&#39;y&#39;&gt;Tom &amp; &quot;Jerry&quot;&lt;/b&gt;&amp;amp; 1 2"
                + "3456é—🇮🇷"
        ),
        (
            .html,
            "&lt;b a=&quot;x&quot; c=&#39;y&#39;&gt;Tom &amp; &quot;Jerry&quot;&lt;/b&gt;&amp;amp;\t1\n2\r3"
                + "456é—🇮🇷"
        ),
        (
            .xmlContent,
            "&lt;b a=\"x\" c='y'&gt;Tom &amp; \"Jerry\"&lt;/b&gt;&amp;amp;\t1\n2&#13;3"
                + "\u{FFFD}4\u{FFFD}5\u{FFFD}6\u{FFFD}é—🇮🇷"
        ),
        (
            .xmlAttribute,
            "&lt;b a=&quot;x&quot; c='y'&gt;Tom &amp; &quot;Jerry&quot;&lt;/b&gt;&amp;amp;&#9;1&#10;2&#13;3"
                + "\u{FFFD}4\u{FFFD}5\u{FFFD}6\u{FFFD}é—🇮🇷"
        ),
    ]

    @Test("each context escapes what its format needs and keeps the rest", arguments: expected)
    func hostileText(context: MarkupText.Context, expected: String) {
        #expect(MarkupText.escaped(Self.hostile, for: context) == expected)
    }

    @Test("plain text and empty text pass through every context unchanged", arguments: MarkupText.Context.allCases)
    func plainText(context: MarkupText.Context) {
        #expect(MarkupText.escaped("", for: context) == "")
        #expect(MarkupText.escaped("Iran (IRN), Côte d’Ivoire", for: context) == "Iran (IRN), Côte d’Ivoire")
    }

    @Test("an XML parser reads escaped text back as the original, less what XML cannot hold")
    func xmlRoundTrip() throws {
        let content = MarkupText.escaped(Self.hostile, for: .xmlContent)
        let attribute = MarkupText.escaped(Self.hostile, for: .xmlAttribute)
        let document = try XMLDocument(xmlString: "<r a=\"\(attribute)\">\(content)</r>")
        let root = try #require(document.rootElement())
        let written = Self.hostile.unicodeScalars.map {
            MarkupText.isUnwritable($0) ? "\u{FFFD}" : String($0)
        }.joined()
        #expect(root.stringValue == written)
        #expect(root.attribute(forName: "a")?.stringValue == written)
    }
}
