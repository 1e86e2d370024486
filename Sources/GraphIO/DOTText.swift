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
    ///
    /// Text with nothing to escape or drop and no longer than a chunk (names,
    /// kinds, colours: most values) is quoted as it is; other text is escaped
    /// into one byte buffer (``DOTBuffer``).
    static func quoted(_ text: String) -> String {
        if isPlain(text) { return "\"" + text + "\"" }
        var buffer = DOTBuffer(capacity: text.utf8.count + 16)
        buffer.appendQuoted(text)
        return buffer.text
    }

    /// Appends `text` quoted, as ``quoted(_:)`` writes it, without making
    /// an intermediate string when there is nothing to escape.
    static func appendQuoted(_ text: String, to out: inout String) {
        guard isPlain(text) else { return out += quoted(text) }
        out += "\""
        out += text
        out += "\""
    }

    /// Whether `text` needs no escaping, dropping or splitting: every byte
    /// one ``DOTBuffer`` copies as it is, and no longer than a chunk.
    static func isPlain(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in bytes.count <= chunkBytes && bytes.allSatisfy(DOTBuffer.isPlain) }
    }

    /// Scalars that no Graphviz output can carry: C0 controls other than
    /// tab and line feed (carriage return included), and U+FFFE, U+FFFF.
    static func isDroppable(_ scalar: Unicode.Scalar) -> Bool {
        (scalar.value < 0x20 && scalar != "\t" && scalar != "\n")
            || scalar.value == 0xFFFE || scalar.value == 0xFFFF
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
