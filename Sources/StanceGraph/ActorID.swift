/// The stable identity of an actor.
///
/// States use their ISO 3166-1 alpha-3 code (`IRN`, `IRQ`, `USA`); a state's
/// sector is the state code, a dot and the sector (`IRQ.military`); every other
/// actor has a readable lowercase slug (`ali-khamenei`, `hezbollah`, `nato`).
public struct ActorID: RawRepresentable, Hashable, Comparable, Sendable, Codable,
    ExpressibleByStringLiteral, CustomStringConvertible
{
    public let rawValue: String

    public init(rawValue: String) { self.rawValue = rawValue }
    public init(_ rawValue: String) { self.rawValue = rawValue }
    public init(stringLiteral value: String) { self.rawValue = value }

    /// The id of `sector` within the state `state`.
    public init(state: ActorID, sector: Sector) {
        self.rawValue = "\(state.rawValue).\(sector.rawValue)"
    }

    public var description: String { rawValue }

    public static func < (lhs: ActorID, rhs: ActorID) -> Bool {
        utf8Precedes(lhs.rawValue, rhs.rawValue)
    }

    public init(from decoder: any Decoder) throws {
        rawValue = try decoder.singleValueContainer().decode(String.self)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}

/// Whether `a` comes before `b` in byte-wise UTF-8 order: the order ids and
/// documents sort in, independent of locale and Unicode normalisation.
@inline(__always)
func utf8Precedes(_ a: String, _ b: String) -> Bool {
    var a = a, b = b
    return a.withUTF8 { pa in
        b.withUTF8 { pb in
            let n = min(pa.count, pb.count)
            var i = 0
            while i < n {
                if pa[i] != pb[i] { return pa[i] < pb[i] }
                i += 1
            }
            return pa.count < pb.count
        }
    }
}
