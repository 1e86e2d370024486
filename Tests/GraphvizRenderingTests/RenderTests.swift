import Foundation
import GraphIO
import StanceGraph
import Testing

@testable import GraphvizRendering

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Counts SVG groups by class ("node", "edge", "cluster") and checks the XML parses.
final class SVGCounter: NSObject, XMLParserDelegate {
    var groups: [String: Int] = [:]
    var titles: [String] = []
    private var inTitle = false

    static func count(_ data: Data) -> SVGCounter? {
        let counter = SVGCounter()
        let parser = XMLParser(data: data)
        parser.delegate = counter
        return parser.parse() && counter.groups["svg"] == 1 ? counter : nil
    }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
        if name == "svg" { groups["svg", default: 0] += 1 }
        if name == "g", let kind = attributes["class"] { groups[kind, default: 0] += 1 }
        if name == "a", let title = attributes["xlink:title"] { titles.append(title) }
    }
}

let threeNodes = "digraph { a -> b -> c; a [label=\"A & \\\"B\\\"\"] }"

@Suite("Rendering")
struct RenderTests {
    let renderer = GraphvizRenderer.shared

    @Test("SVG parses as XML with one group per node and edge", arguments: LayoutEngine.allCases)
    func svg(layout: LayoutEngine) throws {
        let data = try renderer.render(dot: threeNodes, format: .svg, layout: layout)
        let svg = try #require(SVGCounter.count(data))
        #expect(svg.groups["node"] == 3 && svg.groups["edge"] == 2)
    }

    @Test("PNG and PDF have their signatures and plausible sizes")
    func bitmaps() throws {
        let drawings = try renderer.render(dot: threeNodes, formats: [.png, .pdf, .svg])
        let png = try #require(drawings[.png])
        #expect(Array(png.prefix(8)) == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        #expect(png.count > 1_000 && png.count < 1_000_000)
        let pdf = try #require(drawings[.pdf])
        #expect(String(decoding: pdf.prefix(5), as: UTF8.self) == "%PDF-")
        #expect(String(decoding: pdf.suffix(7), as: UTF8.self).contains("%%EOF"))
        #expect(pdf.count > 500)
    }

    @Test("malformed DOT is a parse error with Graphviz's message; the next render works")
    func malformed() throws {
        // A parse of several lines first: the line number must still count from this text.
        _ = try renderer.render(dot: "digraph {\n a\n ->\n b\n}\n", format: .svg)
        do {
            _ = try renderer.render(dot: "digraph { a -> ; }", format: .svg)
            Issue.record("malformed DOT rendered")
        } catch {
            #expect(error.stage == .parse)
            #expect(error.message.contains("syntax error in line 1"))
            #expect(error.description.hasPrefix("Graphviz parse error: syntax error"))
        }
        #expect(throws: RenderError(stage: .parse, message: "the text holds no graph (expected `digraph { ... }` or `graph { ... }`)")) {
            try renderer.render(dot: "  ", format: .svg)
        }
        #expect(throws: RenderError.self) { try renderer.render(dot: "digraph { a\u{0} }", format: .svg) }
        #expect(SVGCounter.count(try renderer.render(dot: threeNodes, format: .svg)) != nil)
    }

    @Test("Graphviz's messages are split into errors and warnings")
    func messages() {
        let collected = GraphvizMessages.parse("Warning: a is odd\nError: syntax error in line 2 near '}'\ncontext line\n")
        #expect(collected.warnings == ["a is odd"])
        #expect(collected.errors == ["syntax error in line 2 near '}' context line"])
        #expect(collected.summary == "syntax error in line 2 near '}' context line")
    }

    @Test("concurrent renders give the same bytes as serial ones")
    func concurrent() async throws {
        // Named graphs: Graphviz names anonymous ones by a counter that changes per parse.
        let dots = (0..<8).map { "digraph g\($0) { a\($0) -> b -> c\($0); b -> a\($0) [label=\"x\($0)\"] }" }
        let serial = try dots.map { try renderer.render(dot: $0, format: .svg) }
        let blocking: @Sendable (String) throws -> Data = {
            try GraphvizRenderer.shared.render(dot: $0, format: .svg, layout: .dot)
        }
        let parallel = try await withThrowingTaskGroup(of: (Int, Data).self) { group in
            for round in 0..<6 {
                for (index, dot) in dots.enumerated() {
                    group.addTask {
                        let data = round.isMultiple(of: 2)
                            ? try blocking(dot)
                            : try await GraphvizRenderer.shared.render(dot: dot, format: .svg, layout: .dot)
                        return (index, data)
                    }
                }
            }
            var results: [(Int, Data)] = []
            for try await result in group { results.append(result) }
            return results
        }
        #expect(parallel.count == 48)
        for (index, data) in parallel { #expect(data == serial[index]) }
    }

    @Test(
        "memory stays flat over a thousand renders of a small graph",
        .disabled(
            if: ProcessInfo.processInfo.environment["ASAN_OPTIONS"] != nil,
            "AddressSanitizer keeps freed memory in quarantine, so resident memory grows by design"))
    func memory() throws {
        for _ in 0..<50 { _ = try renderer.render(dot: threeNodes, format: .svg) }
        // Other tests allocate in parallel, so take the smallest growth of four
        // rounds: a leak grows every round, noise from elsewhere does not.
        var growths: [Int] = []
        for _ in 0..<4 {
            let before = try residentBytes()
            for _ in 0..<250 { _ = try renderer.render(dot: threeNodes, format: .svg) }
            growths.append(try residentBytes() - before)
        }
        // A leak of one context (about 4 KiB) or one SVG buffer per render
        // grows a round by a megabyte.
        #expect(growths.min()! < 512 * 1_024, "resident memory grew by \(growths) bytes per 250 renders")
    }

    func residentBytes() throws -> Int {
        let statm = try String(contentsOfFile: "/proc/self/statm", encoding: .utf8)
        let pages = try #require(Int(statm.split(separator: " ")[1]))
        return pages * Int(sysconf(Int32(_SC_PAGESIZE)))
    }
}

