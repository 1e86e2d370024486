import Foundation
import Testing

#if canImport(FoundationXML)
    import FoundationXML
#endif

@testable import GraphIO
@testable import StanceGraph

/// What a reader of the matrix SVG sees: the axis names in order, the
/// cells, the camp lines; read with an XML parser, so the SVG must be well formed.
final class MatrixSVGReader: NSObject, XMLParserDelegate {
    struct Label: Equatable {
        var actor: String
        var camp: String
        var text: String
        var transform: String?
    }

    var width = 0.0, height = 0.0
    var rows: [Label] = [], columns: [Label] = []
    var cells: [(id: String?, title: String, fill: String, text: String)] = []
    var empty: [(title: String, dots: Int)] = []
    var boundaries = 0
    var legendText = ""
    private var stack: [(name: String, attributes: [String: String])] = []
    private var text = ""
    private var current: (kind: String, label: Label)?

    static func read(_ svg: String) throws -> MatrixSVGReader {
        let reader = MatrixSVGReader()
        let parser = XMLParser(data: Data(svg.utf8))
        parser.delegate = reader
        try #require(parser.parse(), "the matrix SVG is not well-formed XML: \(String(describing: parser.parserError))")
        return reader
    }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
        stack.append((name, attributes))
        if name == "svg" {
            width = Double(attributes["width"] ?? "") ?? 0
            height = Double(attributes["height"] ?? "") ?? 0
        }
        if name == "text", let kind = attributes["class"], kind == "gs-row-label" || kind == "gs-column-label" {
            current = (kind, Label(actor: attributes["data-actor"] ?? "", camp: attributes["data-camp"] ?? "", text: "", transform: attributes["transform"]))
        }
        if name == "line", attributes["class"] == "gs-camp-boundary" { boundaries += 1 }
        if name == "g", attributes["class"] == "gs-cell" { cells.append((attributes["id"], "", "", "")) }
        if name == "g", attributes["class"] == "gs-empty" { empty.append(("", 0)) }
        if name == "rect", stack.dropLast().last?.attributes["class"] == "gs-cell" { cells[cells.count - 1].fill = attributes["fill"] ?? "" }
        if name == "circle", stack.dropLast().last?.attributes["class"] == "gs-empty" { empty[empty.count - 1].dots += 1 }
        text = ""
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        text += string
        if stack.contains(where: { $0.attributes["class"] == "gs-legend" }) { legendText += string }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        let (_, attributes) = stack.removeLast()
        let parent = stack.last?.attributes["class"]
        if name == "title" {
            if parent == "gs-cell" { cells[cells.count - 1].title = text }
            if parent == "gs-empty" { empty[empty.count - 1].title = text }
            text = ""
        } else if name == "text", let (kind, label) = current, attributes["class"] == kind {
            var done = label
            done.text = text
            if kind == "gs-row-label" { rows.append(done) } else { columns.append(done) }
            current = nil
        } else if name == "text", parent == "gs-cell" {
            cells[cells.count - 1].text = text
        }
    }
}

@Suite("Friend-or-foe matrix")
struct MatrixWriterTests {
    static func state(_ id: String, _ name: String? = nil) -> Actor {
        Actor(id: ActorID(id), name: name ?? id, kind: .state)
    }

    static func relation(_ a: String, _ b: String, _ kind: RelationKind, modality: Modality = .asserted) -> Relation {
        Relation(source: ActorID(a), target: ActorID(b), kind: kind, modality: modality, evidence: Evidence(document: "d"))
    }

    /// Two camps: A, B and C cooperate; D and E are hostile to them and
    /// friends of each other; F has said nothing of anyone, but E threatens it.
    static func camps() throws -> RelationGraph {
        try RelationGraph(
            actors: ["A", "B", "C", "D", "E", "F"].map { state($0, "Actor " + $0) },
            relations: [
                relation("A", "B", .alliance), relation("B", "C", .support), relation("A", "C", .aid),
                relation("D", "E", .alliance), relation("D", "A", .threaten), relation("E", "B", .accuse),
                relation("E", "A", .assault), relation("E", "F", .threaten),
            ])
    }

    @Test("cells carry the row's net stance toward the column, mutual ties both ways")
    func cells() throws {
        let graph = try ExportFixtures.triad()
        let cells = MatrixWriter.cells(graph)
        #expect(cells[.init(from: "USA", to: "IRN")]!.score == cells[.init(from: "IRN", to: "USA")]!.score)
        #expect(cells[.init(from: "USA", to: "pmf")]!.score < 0)
        #expect(cells[.init(from: "pmf", to: "USA")] == nil)
    }

    @Test("rows run by camp, then by counterparts (most first), then by name")
    func order() throws {
        let graph = try Self.camps()
        let cells = MatrixWriter.cells(graph)
        #expect(MatrixWriter.degrees(cells)["E"] == 4 && MatrixWriter.degrees(cells)["F"] == 1)
        // Camps as a blockmodel numbers them: the later camp's actors still follow.
        let blocs: [ActorID: Int] = ["A": 1, "B": 1, "C": 1, "D": 0, "E": 0]
        let ordered = MatrixWriter.order(graph.actors, cells: cells, blocs: blocs).map(\.id)
        #expect(ordered == ["E", "D", "A", "B", "C", "F"])
        // Without camps: by degree alone (A: B, C, D, E; E: A, B, D, F; B: A, C, E), ties by name.
        let plain = MatrixWriter.order(graph.actors, cells: cells, blocs: nil).map(\.id)
        #expect(plain == ["A", "E", "B", "C", "D", "F"])
        // The blockmodel's own camps keep friends together.
        let found = graph.blocs(camps: 2).campByActor
        let drawn = MatrixWriter(options: MatrixOptions(blocs: found)).write(graph).order
        let campsInOrder = drawn.compactMap { found[$0] }
        #expect(campsInOrder == campsInOrder.sorted())
        #expect(Set(drawn.prefix(3)) == ["A", "B", "C"] || Set(drawn.prefix(2)) == ["D", "E"])
    }

    @Test("names on both axes in the same order, column names slanted, camps marked")
    func axes() throws {
        let graph = try Self.camps()
        let blocs: [ActorID: Int] = ["A": 0, "B": 0, "C": 0, "D": 1, "E": 1]
        let drawing = MatrixWriter(options: MatrixOptions(title: "Camps", blocs: blocs)).write(graph)
        let svg = try MatrixSVGReader.read(drawing.svg)
        #expect(svg.rows.map(\.actor) == drawing.order.map(\.rawValue))
        #expect(svg.columns.map(\.actor) == svg.rows.map(\.actor))
        #expect(svg.columns.map(\.text) == svg.rows.map(\.text))
        #expect(svg.columns.allSatisfy { $0.text.hasPrefix("Actor ") && $0.transform?.hasPrefix("rotate(-60 ") == true })
        #expect(svg.rows.map(\.camp) == ["1", "1", "1", "2", "2", ""])
        // One change from camp 1 to 2 and one from camp 2 to none: a line across and one down each.
        #expect(svg.boundaries == 4)
        #expect(svg.legendText.contains("camp boundary"))
        let plain = try MatrixSVGReader.read(MatrixWriter().write(graph).svg)
        #expect(plain.boundaries == 0 && !plain.legendText.contains("camp"))
    }

    @Test("nothing stated, neutral, hostile and cooperative cells read apart without colour")
    func cellKinds() throws {
        let graph = try RelationGraph(
            actors: [Self.state("A"), Self.state("B"), Self.state("C")],
            relations: [
                Self.relation("A", "B", .threaten), Self.relation("B", "A", .support),
                Self.relation("A", "C", .request, modality: .negated),
            ])
        let drawing = MatrixWriter().write(graph)
        let svg = try MatrixSVGReader.read(drawing.svg)
        // Six off-diagonal cells: three with relations, three with nothing stated.
        #expect(svg.cells.count == 3 && svg.empty.count == 3)
        #expect(svg.empty.allSatisfy { $0.dots == 1 && $0.title.hasSuffix(": nothing stated") })
        let neutral = try #require(svg.cells.first { $0.title.hasPrefix("A → C") })
        #expect(neutral.text == "0" && neutral.fill == MatrixWriter.neutralFill)
        let hostile = try #require(svg.cells.first { $0.title.hasPrefix("A → B") })
        #expect(hostile.text.hasPrefix("-") && hostile.title.contains("(threaten)"))
        let cooperative = try #require(svg.cells.first { $0.title.hasPrefix("B → A") })
        #expect(cooperative.text.hasPrefix("+"))
        #expect(Set([neutral.fill, hostile.fill, cooperative.fill, "white"]).count == 4)
        #expect(svg.legendText.contains("nothing stated") && svg.legendText.contains("neutral"))
        #expect(MatrixWriter.number(-17.46) == "-17" && MatrixWriter.number(0.3) == "+0.3" && MatrixWriter.number(0.01) == "0")
    }

    /// sRGB as seen with deuteranopia: Machado, Oliveira & Fernandes, "A
    /// physiologically-based model for simulation of color vision
    /// deficiency" (IEEE TVCG 15, 2009), severity 1, applied in linear RGB.
    static func deuteranope(_ hex: String) -> [Double] {
        let value = Int(hex.dropFirst(), radix: 16)!
        let rgb = [value >> 16, (value >> 8) & 0xff, value & 0xff].map { Double($0) / 255 }
        let linear = rgb.map { $0 <= 0.04045 ? $0 / 12.92 : pow(($0 + 0.055) / 1.055, 2.4) }
        let m = [[0.367322, 0.860646, -0.227968], [0.280085, 0.672501, 0.047413], [-0.011820, 0.042940, 0.968881]]
        return m.map { row in
            let c = min(1, max(0, zip(row, linear).map(*).reduce(0, +)))
            return 255 * (c <= 0.0031308 ? c * 12.92 : 1.055 * pow(c, 1 / 2.4) - 0.055)
        }
    }

    static func distance(_ a: [Double], _ b: [Double]) -> Double {
        zip(a, b).map { ($0 - $1) * ($0 - $1) }.reduce(0, +).squareRoot()
    }

    static func rgb(_ hex: String) -> [Double] {
        let value = Int(hex.dropFirst(), radix: 16)!
        return [value >> 16, (value >> 8) & 0xff, value & 0xff].map(Double.init)
    }

    @Test("hostile and cooperative stay apart for a deuteranope at every strength", arguments: [0.01, 0.25, 1.0])
    func colourBlindSafe(strength: Double) {
        let hostile = MatrixWriter.colour(-strength, strongest: 1), cooperative = MatrixWriter.colour(strength, strongest: 1)
        let seen = Self.distance(Self.deuteranope(hostile), Self.deuteranope(cooperative))
        // A red-green scale (#d73027 against #1a9850) keeps a quarter of its contrast; ours keeps over half.
        #expect(seen >= 0.5 * Self.distance(Self.rgb(hostile), Self.rgb(cooperative)), "\(hostile) and \(cooperative)")
        #expect(Self.distance(Self.deuteranope("#d73027"), Self.deuteranope("#1a9850")) < 0.3 * Self.distance(Self.rgb("#d73027"), Self.rgb("#1a9850")))
        #expect(MatrixWriter.colour(-1, strongest: 1) == "#b2182b" && MatrixWriter.colour(1, strongest: 1) == "#2166ac")
    }

    @Test("thirty actors with long names fit a 1400 x 1000 window; a few get the largest cells")
    func fits() throws {
        let actors = (0..<30).map { Self.state(String(format: "A%02d", $0), "Democratic Republic \($0)") }
        let relations = (1..<30).map { Self.relation("A00", String(format: "A%02d", $0), $0 % 2 == 0 ? .accuse : .support) }
        let graph = try RelationGraph(actors: actors, relations: relations)
        let drawing = MatrixWriter(options: MatrixOptions(title: "Thirty", blocs: graph.blocs(camps: 2).campByActor)).write(graph)
        #expect(drawing.order.count == 30)
        #expect(drawing.width <= MatrixWriter.fitWidth && drawing.height <= MatrixWriter.fitHeight)
        let svg = try MatrixSVGReader.read(drawing.svg)
        #expect(svg.width == drawing.width && svg.height == drawing.height)
        #expect(svg.columns.count == 30 && svg.columns.allSatisfy { $0.text.hasPrefix("Democratic Republ") })
        let few = MatrixWriter.Layout(actors: Array(actors.prefix(3)), options: MatrixOptions())
        #expect(few.cell == MatrixWriter.largestCell)
        let many = MatrixWriter.Layout(actors: actors + actors + actors, options: MatrixOptions())
        #expect(many.cell == MatrixWriter.smallestCell)
    }

    @Test("edge-case ladder: no actors, one, and hostile names; page ids only when asked")
    func ladder() throws {
        let none = MatrixWriter().write(RelationGraph())
        #expect(none.order.isEmpty)
        #expect(try MatrixSVGReader.read(none.svg).cells.isEmpty)
        let one = try RelationGraph(actors: [Self.state("A")])
        #expect(MatrixWriter(options: MatrixOptions(includeActors: ["A", "Z"])).write(one).warnings == [.unknownActors(["Z"])])
        let hostile = try hostileGraph()
        let drawing = MatrixWriter(options: MatrixOptions(title: "<b>&", cellIDs: true)).write(hostile)
        let svg = try MatrixSVGReader.read(drawing.svg)
        #expect(svg.rows.count == drawing.order.count && !svg.cells.isEmpty)
        #expect(svg.cells.allSatisfy { $0.id?.hasPrefix("a_gs-cell-") == true })
        #expect(try InlineSVG.sanitized(drawing.svg, name: "matrix").hasPrefix("<svg"))
        #expect(!MatrixWriter().write(hostile).svg.contains("gs-cell-"))
    }
}
