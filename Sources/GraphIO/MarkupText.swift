/// Text for markup: the one escaper behind Graphviz's HTML-like labels, the
/// HTML report, GraphML and the SVG drawings this module writes.
///
/// Every context writes `&`, `<` and `>` as entities. They differ in what
/// else the format needs:
///
/// | Context | quotes | tab, line feed | carriage return | other C0, U+FFFE, U+FFFF |
/// |---|---|---|---|---|
/// | ``Context/graphvizLabel`` | `&quot;` `&#39;` | a space | dropped | dropped |
/// | ``Context/html`` | `&quot;` `&#39;` | kept | kept | dropped |
/// | ``Context/xmlContent`` | kept | kept | `&#13;` | U+FFFD |
/// | ``Context/xmlAttribute`` | `&quot;` | `&#9;` `&#10;` | `&#13;` | U+FFFD |
///
/// Graphviz's labels are one line per cell and its outputs cannot hold a
/// carriage return; an HTML page drops what no page can hold; XML 1.0 cannot
/// hold those characters even as references, so GraphML marks where they
/// were, and references keep the white space an XML parser would otherwise
/// normalise.
public enum MarkupText {
    /// Where escaped text goes.
    public enum Context: Sendable, CaseIterable {
        /// Inside a cell of a Graphviz HTML-like label.
        case graphvizLabel
        /// HTML character data and quoted attribute values.
        case html
        /// XML element content (GraphML data, SVG text).
        case xmlContent
        /// A double-quoted XML attribute value.
        case xmlAttribute
    }

    /// JSON text with the characters that could end a script element or a
    /// JavaScript string written as `\u` escapes.
    public static func scriptSafe(_ json: String) -> String {
        // Most answers hold none of them (U+2028 and U+2029 begin with the byte E2).
        guard json.utf8.contains(where: { $0 == 0x3C || $0 == 0x3E || $0 == 0x26 || $0 == 0xE2 }) else { return json }
        var result = ""
        result.reserveCapacity(json.utf8.count)
        for scalar in json.unicodeScalars {
            switch scalar {
            case "<": result += "\\u003c"
            case ">": result += "\\u003e"
            case "&": result += "\\u0026"
            case "\u{2028}": result += "\\u2028"
            case "\u{2029}": result += "\\u2029"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// `text` escaped for `context`, by the rules in the table above.
    public static func escaped(_ text: String, for context: Context) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch (scalar, context) {
            case ("&", _): out += "&amp;"
            case ("<", _): out += "&lt;"
            case (">", _): out += "&gt;"
            case ("\"", .xmlContent), ("'", .xmlContent), ("'", .xmlAttribute): out.unicodeScalars.append(scalar)
            case ("\"", _): out += "&quot;"
            case ("'", _): out += "&#39;"
            case ("\n", .graphvizLabel), ("\t", .graphvizLabel): out += " "
            case ("\r", .graphvizLabel): break
            case ("\r", .xmlContent), ("\r", .xmlAttribute): out += "&#13;"
            case ("\n", .xmlAttribute): out += "&#10;"
            case ("\t", .xmlAttribute): out += "&#9;"
            case ("\n", _), ("\t", _), ("\r", _): out.unicodeScalars.append(scalar)
            default:
                if !isUnwritable(scalar) {
                    out.unicodeScalars.append(scalar)
                } else if context == .xmlContent || context == .xmlAttribute {
                    out += "\u{FFFD}"
                }
            }
        }
        return out
    }

    /// Scalars no XML 1.0 or HTML document can hold, even as references:
    /// C0 controls other than tab, line feed and carriage return, and the
    /// noncharacters U+FFFE and U+FFFF.
    static func isUnwritable(_ scalar: Unicode.Scalar) -> Bool {
        (scalar.value < 0x20 && scalar != "\t" && scalar != "\n" && scalar != "\r")
            || scalar.value == 0xFFFE || scalar.value == 0xFFFF
    }
}
