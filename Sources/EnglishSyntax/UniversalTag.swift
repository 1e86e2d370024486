/// A Universal Dependencies part-of-speech tag (UPOS).
///
/// The seventeen tags of the UD v2 guidelines
/// (<https://universaldependencies.org/u/pos/>).
public enum UniversalTag: UInt8, CaseIterable, Hashable, Sendable, CustomStringConvertible {
    case adj, adp, adv, aux, cconj, det, intj, noun, num, part, pron, propn, punct, sconj, sym, verb, x

    /// The tag as UD writes it ("PROPN").
    public var description: String { Self.names[Int(rawValue)] }

    /// The tag UD writes as `name` ("NOUN"), or nil.
    public init?(_ name: some StringProtocol) {
        guard let index = Self.names.firstIndex(where: { $0 == name }) else { return nil }
        self.init(rawValue: UInt8(index))
    }

    static let names = [
        "ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN", "NUM", "PART", "PRON", "PROPN", "PUNCT",
        "SCONJ", "SYM", "VERB", "X",
    ]

    /// Nouns and proper nouns, the heads of the phrases that name actors.
    public var isNominal: Bool { self == .noun || self == .propn || self == .pron || self == .num }
}

/// A Universal Dependencies relation label, with its subtype when it has one
/// ("nsubj", "nsubj:pass", "obl:agent").
///
/// Labels are values, not a closed set: a model carries the labels of the
/// treebank it was trained on. The constants below are the ones rules read
/// (<https://universaldependencies.org/u/dep/>).
public struct DependencyLabel: Hashable, Sendable, Comparable, CustomStringConvertible, ExpressibleByStringLiteral {
    public var rawValue: String

    public init(_ rawValue: String) { self.rawValue = rawValue }
    public init(stringLiteral value: String) { self.rawValue = value }

    public var description: String { rawValue }

    /// The universal relation without its subtype ("nsubj" for "nsubj:pass").
    public var universal: Substring {
        rawValue.split(separator: ":", maxSplits: 1).first ?? Substring(rawValue)
    }

    public static func < (a: Self, b: Self) -> Bool { a.rawValue < b.rawValue }

    public static let root: Self = "root"
    public static let nsubj: Self = "nsubj"
    public static let nsubjPass: Self = "nsubj:pass"
    public static let csubj: Self = "csubj"
    public static let obj: Self = "obj"
    public static let iobj: Self = "iobj"
    public static let obl: Self = "obl"
    public static let oblAgent: Self = "obl:agent"
    public static let nmod: Self = "nmod"
    public static let nmodPoss: Self = "nmod:poss"
    public static let compound: Self = "compound"
    public static let appos: Self = "appos"
    public static let conj: Self = "conj"
    public static let cc: Self = "cc"
    public static let xcomp: Self = "xcomp"
    public static let ccomp: Self = "ccomp"
    public static let advcl: Self = "advcl"
    public static let acl: Self = "acl"
    public static let aclRelcl: Self = "acl:relcl"
    public static let mark: Self = "mark"
    public static let `case`: Self = "case"
    public static let aux: Self = "aux"
    public static let auxPass: Self = "aux:pass"
    public static let cop: Self = "cop"
    public static let advmod: Self = "advmod"
    public static let amod: Self = "amod"
    public static let det: Self = "det"
    public static let flat: Self = "flat"
    public static let punct: Self = "punct"
    public static let parataxis: Self = "parataxis"
}
