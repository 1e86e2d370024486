import Foundation

/// The forms of text the extractor compares: folded keys for look-ups, and
/// strings built straight from scalars.
enum Folding {
    /// Lowercased, with diacritics removed; ASCII takes a fast path.
    static func key(_ text: String) -> String {
        let utf8 = text.utf8
        if utf8.allSatisfy({ $0 < 128 }) {
            if !utf8.contains(where: { $0 >= 65 && $0 <= 90 }) { return text }
            return String(unsafeUninitializedCapacity: utf8.count) { buffer in
                var i = 0
                for byte in utf8 {
                    buffer[i] = byte >= 65 && byte <= 90 ? byte + 32 : byte
                    i += 1
                }
                return i
            }
        }
        var out = String.UnicodeScalarView()
        for scalar in text.decomposedStringWithCanonicalMapping.unicodeScalars
        where scalar.properties.generalCategory != .nonspacingMark {
            out.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
        }
        return String(out)
    }

    /// The text of `scalars[start..<end]`, encoded as UTF-8 straight into
    /// the string's storage.
    static func string(_ scalars: [Unicode.Scalar], _ start: Int, _ end: Int) -> String {
        var count = 0
        for i in start..<end { count += UTF8.width(scalars[i]) }
        return String(unsafeUninitializedCapacity: count) { buffer in
            var at = 0
            for i in start..<end {
                UTF8.encode(scalars[i]) { byte in
                    buffer[at] = byte
                    at += 1
                }
            }
            return at
        }
    }
}
