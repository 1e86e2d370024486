/// The vocabulary of tokenisation: abbreviations that keep their period,
/// clitics split off a word, words UD writes as two, and prefixes that keep
/// a hyphenated word whole. Read from a rules file (`Data/syntax/tokens.tsv`).
public struct TokenizerRules: Sendable, Hashable {
    /// As listed, with their final period; a listed word in lower case also
    /// stands for its capitalised form ("etc.", "Etc."), but "No." is not "no.".
    var abbreviations: Set<String> = []
    /// Lowercased clitics with the apostrophe as `'`, longest first ("n't" before "'s").
    var suffixes: [[Unicode.Scalar]] = []
    /// Lowercased words and where UD cuts them.
    var splits: [String: Int] = [:]
    /// Lowercased first parts that keep a hyphenated word whole.
    var prefixes: Set<String> = []

    /// No abbreviations, clitics, splits or prefixes: every period and hyphen stands alone.
    public init() {}

    /// Reads a rules file.
    ///
    /// - Parameter source: the file name, for messages.
    /// - Throws: ``SyntaxError/format(source:line:message:)`` naming the first bad line.
    public init(parsing text: String, source: String) throws(SyntaxError) {
        for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.last == "\r" ? raw.dropLast() : raw
            if line.isEmpty || line.first == "#" { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map { String($0) }
            let number = index + 1
            func expect(_ count: Int, _ shape: String) throws(SyntaxError) {
                guard fields.count == count else {
                    throw .format(source: source, line: number, message: "expected \(shape) (\(count) tab-separated fields), found \(fields.count) fields")
                }
            }
            switch fields[0] {
            case "abbreviation":
                try expect(2, "abbreviation WORD.")
                guard fields[1].count >= 2, fields[1].hasSuffix(".") else {
                    throw .format(source: source, line: number, message: "an abbreviation ends in a period: '\(fields[1])'")
                }
                abbreviations.insert(fields[1])
                if let first = fields[1].first, first.isLowercase {
                    abbreviations.insert(first.uppercased() + fields[1].dropFirst())
                }
            case "suffix":
                try expect(2, "suffix CLITIC")
                guard fields[1].contains("'"), fields[1].count >= 2 else {
                    throw .format(source: source, line: number, message: "a suffix is a clitic with an apostrophe: '\(fields[1])'")
                }
                suffixes.append(Array(fields[1].lowercased().unicodeScalars))
            case "split":
                try expect(3, "split WORD CUT")
                guard let cut = Int(fields[2]), cut > 0, cut < fields[1].count else {
                    throw .format(source: source, line: number, message: "the cut '\(fields[2])' is not inside '\(fields[1])'")
                }
                splits[fields[1].lowercased()] = cut
            case "prefix":
                try expect(2, "prefix WORD")
                prefixes.insert(fields[1].lowercased())
            default:
                throw .format(source: source, line: number, message: "unknown record '\(fields[0])' (abbreviation, suffix, split or prefix)")
            }
        }
        suffixes.sort { $0.count > $1.count }
    }
}
