import Foundation

/// Puts article text into the one form the extractor reads.
///
/// Unicode NFC; curly quotes to straight ones; en and em dashes, minus signs
/// and similar to `-`; non-breaking and other exotic spaces to a space;
/// soft hyphens, zero-width characters, byte-order marks and control
/// characters other than newline and tab removed; CR LF and CR to LF.
/// Offsets in evidence refer to the normalised text.
public enum TextNormalizer {
    /// Whether NFC could change the text: it holds a combining mark, a
    /// Hangul jamo or a canonical singleton. ASCII and ordinary precomposed
    /// letters ("é" as one scalar) are left alone without calling into ICU.
    static func needsComposing(_ text: String) -> Bool {
        // Every scalar from U+0300 on starts with a byte from 0xCC on, and
        // no other byte is that large: most texts are ruled out by one scan.
        var text = text
        guard text.withUTF8({ $0.contains { $0 >= 0xCC } }) else { return false }
        for scalar in text.unicodeScalars where scalar.value >= 0x300 {
            let v = scalar.value
            if scalar.properties.canonicalCombiningClass != .notReordered { return true }
            if (0x1100...0x11FF).contains(v) || (0x0340...0x0344).contains(v) || v == 0x2126 || v == 0x212A
                || v == 0x212B || (0xF900...0xFAFF).contains(v) || (0x2F800...0x2FA1F).contains(v)
                || (0x0958...0x095F).contains(v) || (0xFB1D...0xFB4E).contains(v)
            {
                return true
            }
        }
        return false
    }

    public static func normalize(_ text: String) -> String {
        let scalars = normalizedScalars(text)
        return Folding.string(scalars, 0, scalars.count)
    }

    /// The normalised text as scalars, the form the extractor indexes: the
    /// same as `normalize(text).unicodeScalars`, without building the string.
    static func normalizedScalars(_ text: String) -> [Unicode.Scalar] {
        let composed = needsComposing(text) ? text.precomposedStringWithCanonicalMapping : text
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(composed.utf8.count)
        var previousWasCR = false
        for scalar in composed.unicodeScalars {
            let v = scalar.value
            // Printable ASCII, most of any English article, is kept as it is.
            if v >= 0x20 && v < 0x7F {
                out.append(scalar)
                previousWasCR = false
                continue
            }
            defer { previousWasCR = v == 0x0D }
            switch v {
            case 0x0D: out.append("\n")
            case 0x0A: if !previousWasCR { out.append("\n") }
            case 0x09: out.append(" ")
            case 0x2018, 0x2019, 0x201A, 0x201B, 0x2032, 0x00B4, 0x02BC: out.append("'")
            case 0x201C, 0x201D, 0x201E, 0x201F, 0x2033, 0x00AB, 0x00BB: out.append("\"")
            case 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212, 0xFE58, 0xFE63, 0xFF0D:
                out.append("-")
            case 0x00A0, 0x1680, 0x2000...0x200A, 0x202F, 0x205F, 0x3000: out.append(" ")
            case 0x00AD, 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF: continue
            case 0x2028, 0x2029, 0x0085: out.append("\n")
            case 0x2026: out.append(contentsOf: "...".unicodeScalars)
            case 0x00...0x1F, 0x7F...0x9F: continue
            default: out.append(scalar)
            }
        }
        return out
    }
}
