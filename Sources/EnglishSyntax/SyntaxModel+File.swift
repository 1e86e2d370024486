/// The model file: a versioned binary format, little-endian.
///
/// ```
/// "GSSYNTAX"                      8 bytes, the magic
/// format version                  UInt32 (``SyntaxModel/formatVersion``)
/// header length, header           UInt32, UTF-8 text: one "key<TAB>value" a line
///                                 (description, tag pairs, labels)
/// ambiguity classes               UInt32 count, then (UInt64 word, UInt32 tags) pairs
/// tagger, transition and label     each: UInt32 classes, Float32 scale, UInt32 rows,
/// weights
///                                 UInt32 entries, rows × UInt64 key, rows × UInt8
///                                 length, entries × UInt32 entry
/// checksum                        UInt64, FNV-1a of every byte before it
/// ```
///
/// Reading checks the magic, the version, every length against the bytes
/// left, and the checksum, and names what is wrong; a model file never
/// crashes the reader.
extension SyntaxModel {
    /// The version of the format this build writes and reads.
    public static let formatVersion: UInt32 = 1
    static let magic = Array("GSSYNTAX".utf8)

    /// The model as the bytes of a model file. The same model gives the same bytes.
    public func encode() -> [UInt8] {
        var out = ByteWriter()
        out.bytes += Self.magic
        out.u32(Self.formatVersion)
        var header = ""
        for (key, value) in description.sorted(by: { $0.key < $1.key }) {
            header += "description\t\(key)\t\(value)\n"
        }
        for pair in tagger.classes { header += "tag\t\(pair.tag)\t\(pair.xtag)\n" }
        for label in parser.labels { header += "label\t\(label.rawValue)\n" }
        let headerBytes = Array(header.utf8)
        out.u32(UInt32(headerBytes.count))
        out.bytes += headerBytes
        let ambiguity = tagger.ambiguity.pairs().sorted { $0.key < $1.key }
        out.u32(UInt32(ambiguity.count))
        for (key, value) in ambiguity {
            out.u64(key)
            out.u32(UInt32(bitPattern: value))
        }
        out.weights(tagger.weights)
        out.weights(parser.actions)
        out.weights(parser.labeller)
        out.u64(FeatureHash.bytes(out.bytes[...]))
        return out.bytes
    }

    /// Reads a model file's bytes.
    ///
    /// - Parameter source: the file name, for messages.
    /// - Throws: ``SyntaxError/model(source:message:)`` saying what is wrong:
    ///   not a model file, another format version, truncated, or corrupt.
    public static func decode(_ bytes: [UInt8], source: String) throws(SyntaxError) -> SyntaxModel {
        func fail(_ message: String) -> SyntaxError { .model(source: source, message: message) }
        guard bytes.count >= magic.count + 4, Array(bytes[0..<magic.count]) == magic else {
            throw fail("not a GeoStance syntax model (the file does not start with GSSYNTAX)")
        }
        var input = ByteReader(bytes: bytes, at: magic.count)
        let version = try input.u32(fail)
        guard version == formatVersion else {
            throw fail("model format version \(version); this build reads version \(formatVersion) (the model must be trained again with this build)")
        }
        guard bytes.count >= magic.count + 12 else { throw fail("truncated: \(bytes.count) bytes") }
        let stored = bytes[(bytes.count - 8)...].enumerated().reduce(UInt64(0)) { $0 | UInt64($1.element) << (8 * UInt64($1.offset)) }
        guard stored == FeatureHash.bytes(bytes[..<(bytes.count - 8)]) else {
            throw fail("truncated or corrupt: the checksum does not match (\(bytes.count) bytes)")
        }
        let headerLength = Int(try input.u32(fail))
        let header = String(decoding: try input.take(headerLength, fail), as: UTF8.self)
        var description: [String: String] = [:]
        var classes: [(tag: UniversalTag, xtag: String)] = []
        var labels: [DependencyLabel] = []
        for (number, line) in header.split(separator: "\n").enumerated() {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            switch (fields.first, fields.count) {
            case ("description", 3): description[fields[1]] = fields[2]
            case ("tag", 3):
                guard let tag = UniversalTag(fields[1]) else { throw fail("header line \(number + 1): unknown tag '\(fields[1])'") }
                classes.append((tag, fields[2]))
            case ("label", 2): labels.append(DependencyLabel(fields[1]))
            default: throw fail("header line \(number + 1) is not a description, tag or label")
            }
        }
        guard !classes.isEmpty, !labels.isEmpty, let rootLabel = labels.firstIndex(of: .root) else {
            throw fail("the header lists no tags, no labels or no root label")
        }
        let ambiguityCount = Int(try input.u32(fail))
        guard ambiguityCount <= (bytes.count - input.at) / 12 else { throw fail("truncated in the ambiguity classes") }
        var ambiguity = FeatureTable(capacity: ambiguityCount)
        for _ in 0..<ambiguityCount {
            let key = try input.u64(fail)
            let value = try input.u32(fail)
            _ = ambiguity.findOrInsert(key, next: Int32(bitPattern: value))
        }
        let taggerWeights = try input.weights(fail)
        let actions = try input.weights(fail)
        let labeller = try input.weights(fail)
        guard input.at == bytes.count - 8 else { throw fail("\(bytes.count - 8 - input.at) bytes left over before the checksum") }
        guard taggerWeights.classCount == classes.count else {
            throw fail("the tagger has \(taggerWeights.classCount) classes but the header lists \(classes.count) tags")
        }
        guard actions.classCount == 3, labeller.classCount == labels.count else {
            throw fail("the parser has \(actions.classCount) transitions (3 expected) and \(labeller.classCount) label classes for \(labels.count) labels")
        }
        return SyntaxModel(
            tagger: Tagger(classes: classes, ambiguity: ambiguity, weights: taggerWeights),
            parser: Parser(labels: labels, rootLabel: rootLabel, actions: actions, labeller: labeller),
            description: description)
    }
}

extension FeatureHash {
    /// FNV-1a over bytes: the model file's checksum.
    static func bytes(_ bytes: ArraySlice<UInt8>) -> UInt64 {
        var h: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in bytes {
            h ^= UInt64(byte)
            h = h &* 0x0000_0100_0000_01B3
        }
        return h
    }
}

struct ByteWriter {
    var bytes: [UInt8] = []
    mutating func u32(_ v: UInt32) { for i in 0..<4 { bytes.append(UInt8(truncatingIfNeeded: v >> (8 * i))) } }
    mutating func u64(_ v: UInt64) { for i in 0..<8 { bytes.append(UInt8(truncatingIfNeeded: v >> (8 * UInt64(i)))) } }
    mutating func weights(_ model: LinearModel) {
        u32(UInt32(model.classCount))
        u32(model.scale.bitPattern)
        u32(UInt32(model.keys.count))
        u32(UInt32(model.entries.count))
        bytes.reserveCapacity(bytes.count + model.keys.count * 9 + model.entries.count * 4)
        for key in model.keys { u64(key) }
        bytes += model.rowLengths
        for entry in model.entries { u32(entry) }
    }
}

struct ByteReader {
    let bytes: [UInt8]
    var at: Int

    mutating func take(_ count: Int, _ fail: (String) -> SyntaxError) throws(SyntaxError) -> ArraySlice<UInt8> {
        guard count >= 0, count <= bytes.count - at else { throw fail("truncated at byte \(at) (wanted \(count) more)") }
        defer { at += count }
        return bytes[at..<(at + count)]
    }
    mutating func u32(_ fail: (String) -> SyntaxError) throws(SyntaxError) -> UInt32 {
        let b = try take(4, fail)
        return b.enumerated().reduce(0) { $0 | UInt32($1.element) << (8 * UInt32($1.offset)) }
    }
    mutating func u64(_ fail: (String) -> SyntaxError) throws(SyntaxError) -> UInt64 {
        let b = try take(8, fail)
        return b.enumerated().reduce(0) { $0 | UInt64($1.element) << (8 * UInt64($1.offset)) }
    }
    mutating func weights(_ fail: (String) -> SyntaxError) throws(SyntaxError) -> LinearModel {
        let classCount = Int(try u32(fail))
        let scale = Float(bitPattern: try u32(fail))
        let rows = Int(try u32(fail))
        let entryCount = Int(try u32(fail))
        guard classCount > 0, classCount <= 255, scale.isFinite, scale > 0,
              rows <= (bytes.count - at) / 9, entryCount <= (bytes.count - at) / 4, entryCount < 1 << 23
        else { throw fail("a weight section's sizes do not fit the file (classes \(classCount), rows \(rows), entries \(entryCount))") }
        var keys = [UInt64](repeating: 0, count: rows)
        try take(rows * 8, fail).withUnsafeBytes { raw in
            for i in 0..<rows { keys[i] = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: i * 8, as: UInt64.self)) }
        }
        let lengths = Array(try take(rows, fail))
        var entries = [UInt32](repeating: 0, count: entryCount)
        try take(entryCount * 4, fail).withUnsafeBytes { raw in
            for i in 0..<entryCount { entries[i] = UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: i * 4, as: UInt32.self)) }
        }
        guard lengths.reduce(0, { $0 + Int($1) }) == entryCount else { throw fail("a weight section's row lengths do not add up to its entries") }
        for entry in entries where Int(entry >> 16) >= classCount {
            throw fail("a weight names class \(entry >> 16) of \(classCount)")
        }
        return LinearModel(classCount: classCount, scale: scale, keys: keys, rowLengths: lengths, entries: entries)
    }
}
