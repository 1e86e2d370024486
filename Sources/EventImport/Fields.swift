/// The tab-separated fields of one line, as offsets into the line's bytes.
///
/// One `Fields` is reused for every row of a file, so splitting allocates
/// nothing once the first row has been seen.
struct Fields {
    private(set) var line = UnsafeBufferPointer<UInt8>(start: nil, count: 0)
    /// Field *i* runs from `bounds[i]` to `bounds[i + 1] - 1` (the tab).
    private var bounds: [Int] = []

    var count: Int { bounds.isEmpty ? 0 : bounds.count - 1 }

    /// Splits `line` on tabs.
    mutating func split(_ line: UnsafeBufferPointer<UInt8>) {
        self.line = line
        bounds.removeAll(keepingCapacity: true)
        bounds.append(0)
        guard let base = line.baseAddress else {
            bounds.append(1)
            return
        }
        var start = 0
        let end = line.count
        while start < end, let hit = memchr(base + start, 0x09, end - start) {
            let tab = UnsafePointer<UInt8>(hit.assumingMemoryBound(to: UInt8.self)) - base
            bounds.append(tab + 1)
            start = tab + 1
        }
        bounds.append(end + 1)
    }

    /// The bytes of field `i`, with surrounding spaces trimmed.
    subscript(i: Int) -> UnsafeBufferPointer<UInt8> {
        var lower = bounds[i], upper = bounds[i + 1] - 1
        while lower < upper, line[lower] == 0x20 { lower += 1 }
        while upper > lower, line[upper - 1] == 0x20 { upper -= 1 }
        return UnsafeBufferPointer(rebasing: line[lower..<upper])
    }

    func isEmpty(_ i: Int) -> Bool { self[i].isEmpty }

    func string(_ i: Int) -> String { String(decoding: self[i], as: UTF8.self) }

    /// Field `i` as text, or `nil` when it is empty.
    func text(_ i: Int) -> String? { isEmpty(i) ? nil : string(i) }
}

/// Number parsing straight from bytes, without making strings.
enum ByteNumber {
    /// A non-negative or negative decimal integer; `nil` for anything else.
    static func int(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard !bytes.isEmpty else { return nil }
        var i = 0
        var negative = false
        if bytes[0] == 0x2D || bytes[0] == 0x2B {
            negative = bytes[0] == 0x2D
            i = 1
        }
        guard i < bytes.count, bytes.count - i <= 18 else { return nil }
        var value = 0
        while i < bytes.count {
            let digit = Int(bytes[i]) &- 0x30
            guard digit >= 0 && digit <= 9 else { return nil }
            value = value &* 10 &+ digit
            i += 1
        }
        return negative ? -value : value
    }

    /// A decimal number such as `-3.4`, `7`, `1.94174757281553` or `2e-3`.
    static func double(_ bytes: UnsafeBufferPointer<UInt8>) -> Double? {
        guard !bytes.isEmpty else { return nil }
        var i = 0
        var negative = false
        if bytes[0] == 0x2D || bytes[0] == 0x2B {
            negative = bytes[0] == 0x2D
            i = 1
        }
        var mantissa: UInt64 = 0
        var digits = 0, scale = 0
        var sawDigit = false
        while i < bytes.count, let d = digit(bytes[i]) {
            if digits < 19 { mantissa = mantissa * 10 + UInt64(d); digits += mantissa == 0 ? 0 : 1 } else { scale += 1 }
            sawDigit = true
            i += 1
        }
        if i < bytes.count, bytes[i] == 0x2E {
            i += 1
            while i < bytes.count, let d = digit(bytes[i]) {
                if digits < 19 { mantissa = mantissa * 10 + UInt64(d); digits += mantissa == 0 ? 0 : 1; scale -= 1 }
                sawDigit = true
                i += 1
            }
        }
        guard sawDigit else { return nil }
        if i < bytes.count, bytes[i] == 0x65 || bytes[i] == 0x45 {
            guard let exponent = int(UnsafeBufferPointer(rebasing: bytes[(i + 1)...])) else { return nil }
            scale += exponent
            i = bytes.count
        }
        guard i == bytes.count else { return nil }
        if digits > 15 {
            // Beyond what one rounding keeps exact: let the standard library parse it.
            return Double(String(decoding: bytes, as: UTF8.self))
        }
        var value = Double(mantissa)
        if scale != 0 {
            // Exact for the short decimals event data holds (|scale| <= 22).
            if abs(scale) <= 22 {
                value = scale > 0 ? value * powersOfTen[scale] : value / powersOfTen[-scale]
            } else {
                guard let parsed = Double(String(decoding: bytes, as: UTF8.self)) else { return nil }
                return parsed
            }
        }
        return negative ? -value : value
    }

    private static func digit(_ byte: UInt8) -> Int? {
        byte >= 0x30 && byte <= 0x39 ? Int(byte - 0x30) : nil
    }

    private static let powersOfTen: [Double] = (0...22).map { n in
        var p = 1.0
        for _ in 0..<n { p *= 10 }
        return p
    }

    /// `YYYYMMDD` (GDELT's SQLDATE), or `nil`.
    static func compactDay(_ bytes: UnsafeBufferPointer<UInt8>) -> Day? {
        guard bytes.count == 8, let n = int(bytes), n > 0 else { return nil }
        return Day(year: n / 10000, month: n / 100 % 100, day: n % 100)
    }
}

import StanceGraph
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
