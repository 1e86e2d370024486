import StanceGraph

/// CAMEO event codes mapped to our relation kinds and PLOVER modes.
///
/// Read from `Data/mappings/cameo.tsv`, whose layout follows the CAMEO
/// codebook's code list (Schrodt, *CAMEO Conflict and Mediation Event
/// Observations Codebook*, version 1.1b3) and whose kinds and modes follow the
/// CAMEO-to-PLOVER correspondence in the PLOVER manual (Open Event Data
/// Alliance). A code the table lacks falls back to its three-digit base code
/// and then to its two-digit root.
///
/// The table says only what ``RelationKind`` cannot: which kind and mode each
/// of some 300 codes is. What a kind is in the codebooks (its PLOVER type,
/// quad class and closest CAMEO root) stays with ``RelationKind``, and the
/// table's PLOVER type is read from it.
public struct CAMEOTable: Sendable {
    /// One line of the table.
    public struct Entry: Hashable, Sendable {
        /// The CAMEO code as written (`0231`).
        public var code: String
        /// The PLOVER event type (`ASSAULT`): the kind's, or `nil` under root
        /// 01 (public statements), which PLOVER does not code.
        public var ploverType: String? { code.hasPrefix("01") ? nil : kind.ploverType }
        /// The PLOVER mode (`visit`), or `nil`.
        public var mode: String?
        public var kind: RelationKind
        public var description: String
        /// The evidence cue for relations of this code (`CAMEO 0231`).
        public var cue: String
    }

    private var byCode: [UInt64: Entry] = [:]
    private var byText: [String: UInt64] = [:]

    /// All entries, in code order.
    public var entries: [Entry] { byCode.values.sorted { $0.code < $1.code } }

    /// Reads the table: CAMEO code, PLOVER mode or -, relation kind, description.
    public init(tsv text: String, file: String) throws(MappingError) {
        for (line, f) in try tableRows(text, file: file, columns: 4, names: "CAMEO code, PLOVER mode, kind, description") {
            guard (2...4).contains(f[0].count), f[0].allSatisfy(\.isASCII), f[0].allSatisfy(\.isNumber),
                let key = packCode(f[0])
            else {
                throw MappingError(file: file, line: line, message: "'\(f[0])' is not a CAMEO event code (2 to 4 digits)")
            }
            guard let kind = RelationKind(rawValue: f[2]), kind.isEvent else {
                throw MappingError(
                    file: file, line: line,
                    message: "'\(f[2])' is not an event kind (one of \(RelationKind.allCases.filter(\.isEvent).map(\.rawValue).joined(separator: ", ")))")
            }
            guard byCode[key] == nil else { throw MappingError(file: file, line: line, message: "code \(f[0]) listed twice") }
            byCode[key] = Entry(
                code: f[0], mode: f[1] == "-" ? nil : f[1], kind: kind, description: f[3],
                cue: "CAMEO \(f[0])")
        }
        for root in 1...20 {
            let code = root < 10 ? "0\(root)" : "\(root)"
            guard byCode[packCode(code)!] != nil else {
                throw MappingError(file: file, line: nil, message: "root code \(code) is missing")
            }
        }
    }

    /// Adds the event texts ICEWS writes in place of codes: text, CAMEO code.
    mutating func addEventTexts(tsv text: String, file: String) throws(MappingError) {
        for (line, f) in try tableRows(text, file: file, columns: 2, names: "event text, CAMEO code") {
            guard let key = packCode(f[1]), byCode[key] != nil else {
                throw MappingError(file: file, line: line, message: "code '\(f[1])' is not in the CAMEO table")
            }
            byText[normalizedName(f[0])] = key
        }
    }

    /// The entry for `code`, its base code or its root; `nil` when none is known.
    public func entry(for code: String) -> Entry? {
        var bytes = Array(code.utf8)
        return bytes.withUnsafeMutableBufferPointer { entry(for: UnsafeBufferPointer($0)) }
    }

    /// The entry for an event text such as ICEWS's `Make a visit`.
    public func entry(forEventText text: String) -> Entry? {
        byText[normalizedName(text)].flatMap { byCode[$0] }
    }

    func entry(for code: UnsafeBufferPointer<UInt8>) -> Entry? {
        guard code.count >= 2, code.count <= 4, code.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return nil }
        var length = code.count
        while length >= 2 {
            if let entry = byCode[packCode(UnsafeBufferPointer(rebasing: code[0..<length]))!] { return entry }
            length -= 1
        }
        return nil
    }

    /// The kind to record for a code whose row also gives a quad class.
    ///
    /// The sign of a relation is its kind's sign, so the quad class decides
    /// between kinds: the table's kind stands when its sign agrees with the
    /// quad (1 and 2 cooperative, 3 and 4 hostile) or is neutral (`request`);
    /// when they disagree the row's quad wins and the kind becomes that
    /// quad's most general one: `support` (1), `cooperate` (2), `accuse` (3)
    /// or `coerce` (4). A missing or out-of-range quad leaves the table's kind.
    public static func kind(_ kind: RelationKind, reconciledWithQuad quad: Int?) -> RelationKind {
        guard let quad, (1...4).contains(quad) else { return kind }
        let quadSign: Sign = quad <= 2 ? .cooperative : .hostile
        if kind.sign == .neutral || kind.sign == quadSign { return kind }
        switch quad {
        case 1: return .support
        case 2: return .cooperate
        case 3: return .accuse
        default: return .coerce
        }
    }
}
