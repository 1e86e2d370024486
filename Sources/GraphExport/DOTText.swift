/// Turns any text into DOT that Graphviz reads back as that text.
///
/// Graphviz reads a quoted string in two layers: the parser undoes only `\"`;
/// the label layer then interprets `\n`, `\l`, `\r`, `\N`, `\G` ... , drops a
/// backslash before other characters, and decodes HTML entities. So a value
/// needs `\` doubled, `"` escaped, newlines written `\n` and `&` written
/// `&amp;`. Characters that no drawing can hold (NUL and the other C0
/// controls except tab, carriage returns, U+FFFE and U+FFFF, which would make
/// SVG output invalid XML) are dropped.
enum DOTText {
    /// Quoted strings longer than this many bytes are split and joined with
    /// `+`; Graphviz 2.42 refuses some strings past 16 KiB.
    static let chunkBytes = 8_000

    /// `text` as a quoted DOT string (with `+` joins when long).
    static func quoted(_ text: String) -> String {
        var chunks: [String] = []
        var current = ""
        var currentBytes = 0
        for scalar in text.unicodeScalars {
            let piece = escaped(scalar)
            let bytes = piece.utf8.count
            if currentBytes + bytes > chunkBytes, !current.isEmpty {
                chunks.append(current)
                current = ""
                currentBytes = 0
            }
            current += piece
            currentBytes += bytes
        }
        chunks.append(current)
        return chunks.map { "\"" + $0 + "\"" }.joined(separator: " + ")
    }

    /// One scalar as it must appear inside a quoted DOT string.
    static func escaped(_ scalar: Unicode.Scalar) -> String {
        switch scalar {
        case "\\": return "\\\\"
        case "\"": return "\\\""
        case "\n": return "\\n"
        case "&": return "&amp;"
        default: return isDroppable(scalar) ? "" : String(scalar)
        }
    }

    /// Scalars that no Graphviz output can carry: C0 controls other than
    /// tab and line feed (carriage return included), and U+FFFE, U+FFFF.
    static func isDroppable(_ scalar: Unicode.Scalar) -> Bool {
        (scalar.value < 0x20 && scalar != "\t" && scalar != "\n")
            || scalar.value == 0xFFFE || scalar.value == 0xFFFF
    }

    /// `text` for the inside of an HTML-like label: well-formed XML text.
    static func html(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            case "\n", "\t": result += " "
            default: if !isDroppable(scalar) { result.unicodeScalars.append(scalar) }
            }
        }
        return result
    }

    /// `text` cut to at most `limit` characters, with an ellipsis when cut.
    static func truncated(_ text: String, to limit: Int) -> String {
        guard text.count > limit else { return text }
        return String(text.prefix(max(0, limit - 1))) + "…"
    }

    /// A number with one decimal and an explicit sign ("+3.5", "-12.0", "0.0").
    static func signed(_ value: Double) -> String {
        let rounded = (value * 10).rounded() / 10
        if rounded == 0 { return "0.0" }
        return (rounded > 0 ? "+" : "") + "\(rounded)"
    }
}
