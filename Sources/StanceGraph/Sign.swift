/// Whether a relation or tie is hostile, neutral or cooperative.
///
/// The raw value is the integer the formats write (-1, 0, +1), and the sign
/// encodes as that integer, so JSON and snapshots read as they always have.
public enum Sign: Int, Hashable, Sendable, Codable, CaseIterable, Comparable {
    case hostile = -1
    case neutral = 0
    case cooperative = 1

    /// The sign of `value`: neutral within `tolerance` of zero.
    public init(of value: Double, tolerance: Double = 0) {
        self = value > tolerance ? .cooperative : value < -tolerance ? .hostile : .neutral
    }

    /// The sign stored as a small integer in the graph's columns; anything
    /// other than -1, 0 or 1 reads by its own sign.
    package init(_ stored: Int8) {
        self = stored > 0 ? .cooperative : stored < 0 ? .hostile : .neutral
    }

    /// The sign as the graph's columns store it.
    package var stored: Int8 { Int8(rawValue) }

    /// The opposite sign; neutral stays neutral.
    public static prefix func - (sign: Sign) -> Sign { Sign(rawValue: -sign.rawValue)! }

    /// The product of two signs: the sign balance theory gives a two-step path.
    public static func * (a: Sign, b: Sign) -> Sign { Sign(rawValue: a.rawValue * b.rawValue)! }

    public static func < (a: Sign, b: Sign) -> Bool { a.rawValue < b.rawValue }
}
