/// A stream of byte chunks: a file read piece by piece, or what a
/// decompressor makes of one. Readers pull chunks until `nil`.
///
/// The readers never see paths: the caller opens the file and hands over its
/// bytes, so memory stays bounded by the chunk size, not the file.
public struct ByteChunks {
    let pull: () throws -> [UInt8]?

    /// Chunks produced by `next` until it returns `nil`.
    public init(_ next: @escaping () throws -> [UInt8]?) {
        self.pull = next
    }

    /// Every chunk of `chunks`, in order.
    public init<S: Sequence<[UInt8]>>(_ chunks: S) {
        var iterator = chunks.makeIterator()
        self.pull = { iterator.next() }
    }

    /// The bytes as one chunk.
    public init(bytes: [UInt8]) {
        self.init(CollectionOfOne(bytes))
    }

    /// The next chunk, or `nil` at the end. Empty chunks may occur.
    public func next() throws -> [UInt8]? { try pull() }
}

/// Calls `body` with each line of `chunks` (without its `\n` or `\r\n`) and
/// its 1-based line number.
///
/// Lines inside a chunk are handed over in place; only a line split across
/// two chunks is copied.
/// - Complexity: O(*n*) in the number of bytes.
func forEachLine(
    in chunks: ByteChunks, _ body: (UnsafeBufferPointer<UInt8>, Int) throws -> Void
) throws {
    var pending: [UInt8] = []
    var lineNumber = 0
    func emit(_ line: UnsafeBufferPointer<UInt8>) throws {
        lineNumber += 1
        var count = line.count
        if count > 0 && line[count - 1] == 0x0D { count -= 1 }
        try body(UnsafeBufferPointer(rebasing: line[0..<count]), lineNumber)
    }
    while let chunk = try chunks.next() {
        try chunk.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress, buffer.count > 0 else { return }
            var start = 0
            let end = buffer.count
            while start < end {
                guard let hit = memchr(base + start, 0x0A, end - start) else { break }
                let newline = UnsafePointer<UInt8>(hit.assumingMemoryBound(to: UInt8.self)) - base
                if pending.isEmpty {
                    try emit(UnsafeBufferPointer(start: base + start, count: newline - start))
                } else {
                    pending.append(contentsOf: UnsafeBufferPointer(start: base + start, count: newline - start))
                    try pending.withUnsafeBufferPointer { try emit($0) }
                    pending.removeAll(keepingCapacity: true)
                }
                start = newline + 1
            }
            if start < end {
                pending.append(contentsOf: UnsafeBufferPointer(start: base + start, count: end - start))
            }
        }
    }
    if !pending.isEmpty {
        try pending.withUnsafeBufferPointer { try emit($0) }
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
