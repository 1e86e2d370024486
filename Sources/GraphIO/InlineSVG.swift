/// Checks an SVG drawing before it is inlined in a page, and trims what a
/// page does not need.
///
/// Graphviz escapes the text it writes, but tooltips, titles and ids come
/// from the graph's data, and a caller could hand in any SVG. So the drawing
/// is read tag by tag, and refused when it holds
/// - an element Graphviz does not write (`script`, `foreignObject`,
///   `iframe`, `use`, animation elements ... : only an allow-list passes),
/// - an event-handler attribute (`onload`, `onclick` ... : any `on*`),
/// - a link that leaves the page (an `href` that is not a `#fragment`),
/// - a `style` attribute that loads something (`url(`), or a CDATA section.
///
/// The XML declaration, the doctype and comments are dropped; everything
/// else is kept byte for byte.
public enum InlineSVG {
    /// The elements Graphviz's SVG renderer writes.
    static let allowedElements: Set<String> = [
        "svg", "g", "title", "desc", "polygon", "polyline", "ellipse", "circle", "rect", "line",
        "path", "text", "tspan", "a", "defs", "lineargradient", "radialgradient", "stop",
    ]

    /// `svg` without the `<title>` line Graphviz writes in each node, edge
    /// and cluster (`<title>n0</title>`, `<title>n0&#45;&gt;n1</title>`):
    /// internal names a reader has no use for, one element each.
    ///
    /// - Complexity: O(*n*) in the length of `svg`.
    public static func droppingTitles(_ svg: String) -> String {
        svg.split(separator: "\n", omittingEmptySubsequences: false)
            .filter { line in
                !(line.hasPrefix("<title>") && line.hasSuffix("</title>")
                    && !line.dropFirst("<title>".count).dropLast("</title>".count).contains("<"))
            }
            .joined(separator: "\n")
    }

    /// `svg` ready to inline.
    ///
    /// - Parameter name: what the drawing is ("diagram"), for messages.
    /// - Throws: ``InlineSVGError`` naming the drawing, the offending element
    ///   or attribute and its byte offset.
    /// - Complexity: O(*n*) in the length of `svg`.
    public static func sanitized(_ svg: String, name: String) throws(InlineSVGError) -> String {
        let bytes = Array(svg.utf8)
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var i = 0
        func fail(_ problem: String, at offset: Int) -> InlineSVGError {
            InlineSVGError(drawing: name, problem: problem, offset: offset)
        }
        func starts(_ prefix: String, at offset: Int) -> Bool {
            let p = Array(prefix.utf8)
            guard offset + p.count <= bytes.count else { return false }
            return zip(bytes[offset..<offset + p.count], p).allSatisfy { lower($0) == lower($1) }
        }
        func skip(past terminator: String, from offset: Int) throws(InlineSVGError) -> Int {
            let t = Array(terminator.utf8)
            var j = offset
            while j + t.count <= bytes.count {
                if Array(bytes[j..<j + t.count]) == t { return j + t.count }
                j += 1
            }
            throw fail("unterminated '\(String(decoding: bytes[offset..<min(offset + 4, bytes.count)], as: UTF8.self))'", at: offset)
        }
        var sawRoot = false
        while i < bytes.count {
            guard bytes[i] == UInt8(ascii: "<") else {
                output.append(bytes[i])
                i += 1
                continue
            }
            if starts("<?", at: i) {
                i = try skip(past: "?>", from: i)
            } else if starts("<!--", at: i) {
                i = try skip(past: "-->", from: i)
            } else if starts("<![CDATA[", at: i) {
                throw fail("a CDATA section", at: i)
            } else if starts("<!", at: i) {
                i = try skip(past: ">", from: i)
            } else {
                let end = try tagEnd(bytes, from: i, fail: fail)
                let tag = try Tag(bytes[i..<end], offset: i, fail: fail)
                guard allowedElements.contains(tag.name) else {
                    throw fail("the element <\(tag.name)>, which a drawing does not need", at: i)
                }
                if tag.name == "svg" && !tag.closing { sawRoot = true }
                output += bytes[i..<end]
                i = end
            }
        }
        guard sawRoot else { throw fail("no <svg> element", at: 0) }
        // Leading blank lines left by the dropped prolog.
        while let first = output.first, first == 0x0A || first == 0x20 { output.removeFirst() }
        return String(decoding: output, as: UTF8.self)
    }

    /// The offset just past the `>` that ends the tag at `start`, skipping quoted values.
    static func tagEnd(
        _ bytes: [UInt8], from start: Int, fail: (String, Int) -> InlineSVGError
    ) throws(InlineSVGError) -> Int {
        var j = start + 1
        var quote: UInt8?
        while j < bytes.count {
            let b = bytes[j]
            if let q = quote {
                if b == q { quote = nil }
            } else if b == UInt8(ascii: "\"") || b == UInt8(ascii: "'") {
                quote = b
            } else if b == UInt8(ascii: ">") {
                return j + 1
            } else if b == UInt8(ascii: "<") {
                throw fail("a '<' inside a tag", j)
            }
            j += 1
        }
        throw fail("an unterminated tag", start)
    }

    /// A start or end tag, its name lowercased and its attributes checked.
    struct Tag {
        var name: String
        var closing: Bool

        init(_ text: ArraySlice<UInt8>, offset: Int, fail: (String, Int) -> InlineSVGError)
            throws(InlineSVGError)
        {
            var j = text.startIndex + 1
            closing = j < text.endIndex && text[j] == UInt8(ascii: "/")
            if closing { j += 1 }
            let nameStart = j
            while j < text.endIndex, isNameByte(text[j]) { j += 1 }
            name = String(decoding: text[nameStart..<j].map(lower), as: UTF8.self)
            guard !name.isEmpty else { throw fail("a tag without a name", offset) }
            while j < text.endIndex {
                let b = text[j]
                if b == UInt8(ascii: ">") || b == UInt8(ascii: "/") || isSpace(b) {
                    j += 1
                    continue
                }
                guard isNameByte(b) else { throw fail("a malformed attribute in <\(name)>", offset) }
                let attributeStart = j
                while j < text.endIndex, isNameByte(text[j]) { j += 1 }
                let attribute = String(decoding: text[attributeStart..<j].map(lower), as: UTF8.self)
                while j < text.endIndex, isSpace(text[j]) { j += 1 }
                var value = ""
                if j < text.endIndex, text[j] == UInt8(ascii: "=") {
                    j += 1
                    while j < text.endIndex, isSpace(text[j]) { j += 1 }
                    guard j < text.endIndex, text[j] == UInt8(ascii: "\"") || text[j] == UInt8(ascii: "'")
                    else { throw fail("an unquoted value of '\(attribute)' in <\(name)>", offset) }
                    let quote = text[j]
                    j += 1
                    let valueStart = j
                    while j < text.endIndex, text[j] != quote { j += 1 }
                    value = String(decoding: text[valueStart..<j], as: UTF8.self)
                    j += 1
                }
                try Self.check(attribute, value, in: name, offset: offset, fail: fail)
            }
        }

        static func check(
            _ attribute: String, _ value: String, in element: String, offset: Int,
            fail: (String, Int) -> InlineSVGError
        ) throws(InlineSVGError) {
            let local = attribute.split(separator: ":").last.map(String.init) ?? attribute
            if local.hasPrefix("on") {
                throw fail("the event handler '\(attribute)' on <\(element)>", offset)
            }
            if local == "href" || local == "src" || attribute == "xml:base" {
                guard local == "href", value.hasPrefix("#") else {
                    throw fail("the link \(attribute)=\"\(value.prefix(40))\" on <\(element)>, which leaves the page", offset)
                }
            }
            if local == "style" && value.lowercased().contains("url(") {
                throw fail("a style that loads a resource on <\(element)>", offset)
            }
        }
    }

    static func lower(_ b: UInt8) -> UInt8 {
        b >= UInt8(ascii: "A") && b <= UInt8(ascii: "Z") ? b + 32 : b
    }

    static func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x0A || b == 0x09 || b == 0x0D || b == 0x0C }

    /// Bytes of element and attribute names: anything but space, `/`, `>`, `=`, quotes and `<`.
    static func isNameByte(_ b: UInt8) -> Bool {
        !isSpace(b) && b != UInt8(ascii: "/") && b != UInt8(ascii: ">") && b != UInt8(ascii: "=")
            && b != UInt8(ascii: "\"") && b != UInt8(ascii: "'") && b != UInt8(ascii: "<")
    }
}

/// An SVG drawing that may not be inlined in a page.
public struct InlineSVGError: Error, Hashable, Sendable, CustomStringConvertible {
    /// Which drawing ("diagram", "matrix").
    public var drawing: String
    public var problem: String
    /// The byte offset in the SVG text.
    public var offset: Int

    public var description: String {
        "the \(drawing) SVG cannot be inlined: it holds \(problem) (at byte \(offset))"
    }
}
