import CZlib

/// Input that could not be decompressed, naming the file.
public struct DecompressionError: Error, Hashable, Sendable, CustomStringConvertible {
    public var source: String
    public var message: String

    public var description: String { "\(source): \(message)" }
}

/// A zlib inflate stream; owns its C state and frees it in `deinit`.
final class Inflater {
    private var stream = z_stream()
    private let windowBits: Int32
    private let source: String

    /// `windowBits` as zlib takes it: 31 for gzip, -15 for zip's raw deflate.
    init(windowBits: Int32, source: String) throws(DecompressionError) {
        self.windowBits = windowBits
        self.source = source
        let status = geostance_inflate_init(&stream, windowBits)
        guard status == Z_OK else {
            throw DecompressionError(source: source, message: "cannot start zlib (status \(status))")
        }
    }

    deinit { inflateEnd(&stream) }

    /// Inflates as much of `input[offset...]` as fits into up to 1 MiB of
    /// output; returns the output, how much input was used, and whether the
    /// compressed stream ended.
    func inflate(_ input: [UInt8], from offset: Int) throws(DecompressionError)
        -> (output: [UInt8], consumed: Int, ended: Bool)
    {
        let capacity = 1 << 20
        var output = [UInt8](repeating: 0, count: capacity)
        var status: Int32 = Z_OK
        var consumed = 0, produced = 0
        input.withUnsafeBufferPointer { inBuffer in
            output.withUnsafeMutableBufferPointer { outBuffer in
                stream.next_in = UnsafeMutablePointer(mutating: inBuffer.baseAddress.map { $0 + offset })
                stream.avail_in = UInt32(inBuffer.count - offset)
                stream.next_out = outBuffer.baseAddress
                stream.avail_out = UInt32(capacity)
                status = CZlib.inflate(&stream, Z_NO_FLUSH)
                consumed = inBuffer.count - offset - Int(stream.avail_in)
                produced = capacity - Int(stream.avail_out)
                stream.next_in = nil
                stream.next_out = nil
            }
        }
        switch status {
        case Z_OK, Z_BUF_ERROR:
            break
        case Z_STREAM_END:
            inflateReset(&stream)
        default:
            let reason = stream.msg.map { String(cString: $0) } ?? "status \(status)"
            throw DecompressionError(source: source, message: "corrupt compressed data (\(reason))")
        }
        output.removeSubrange(produced...)
        return (output, consumed, status == Z_STREAM_END)
    }
}

/// Reads a chunk stream a few bytes at a time, for parsing headers.
final class ChunkCursor {
    private let chunks: ByteChunks
    var buffer: [UInt8] = []
    var position = 0
    private(set) var exhausted = false

    init(_ chunks: ByteChunks) { self.chunks = chunks }

    var available: Int { buffer.count - position }

    /// Makes at least `count` bytes available unless the input ends first.
    @discardableResult
    func fill(_ count: Int) throws -> Bool {
        while available < count && !exhausted {
            guard let chunk = try chunks.next() else {
                exhausted = true
                break
            }
            if position > 0 {
                buffer.removeSubrange(..<position)
                position = 0
            }
            buffer += chunk
        }
        return available >= count
    }

    /// The next `count` bytes, or `nil` when the input is shorter.
    func read(_ count: Int) throws -> ArraySlice<UInt8>? {
        guard try fill(count) else { return nil }
        defer { position += count }
        return buffer[position..<(position + count)]
    }

    func skip(_ count: Int) throws -> Bool { try read(count) != nil }
}

extension ByteChunks {
    /// The decompressed content of gzip data (RFC 1952), concatenated
    /// members included; `source` names the file in errors.
    public func gunzipped(source: String) -> ByteChunks {
        inflated(windowBits: 15 + 16, source: source, format: "gzip", untilFirstEnd: false)
    }

    /// The content of the first file in a zip archive (PKWARE APPNOTE,
    /// local file headers), stored or deflated. GDELT and ICEWS ship one
    /// file per archive. Entries whose sizes follow the data are read to
    /// the end of their deflate stream.
    public func unzipped(source: String) -> ByteChunks {
        let cursor = ChunkCursor(self)
        var entry: ByteChunks?
        return ByteChunks {
            if let entry { return try entry.next() }
            let opened = try Self.openFirstZipEntry(cursor, source: source)
            entry = opened
            return try opened.next()
        }
    }

    private static func openFirstZipEntry(_ cursor: ChunkCursor, source: String) throws -> ByteChunks {
        func fail(_ message: String) -> DecompressionError {
            DecompressionError(source: source, message: message)
        }
        func little(_ bytes: ArraySlice<UInt8>, _ at: Int, _ width: Int) -> Int {
            var value = 0
            for i in (0..<width).reversed() { value = value << 8 | Int(bytes[bytes.startIndex + at + i]) }
            return value
        }
        while true {
            guard let header = try cursor.read(30) else { throw fail("not a zip archive, or an empty one") }
            guard little(header, 0, 4) == 0x0403_4B50 else {
                if little(header, 0, 4) == 0x0201_4B50 || little(header, 0, 4) == 0x0605_4B50 {
                    throw fail("the zip archive holds no file")
                }
                throw fail("not a zip archive (no local file header)")
            }
            let flags = little(header, 6, 2), method = little(header, 8, 2)
            let compressedSize = little(header, 18, 4)
            let nameLength = little(header, 26, 2), extraLength = little(header, 28, 2)
            guard let name = try cursor.read(nameLength), try cursor.skip(extraLength) else {
                throw fail("truncated zip archive")
            }
            let isDirectory = name.last == UInt8(ascii: "/")
            if flags & 1 != 0 { throw fail("encrypted zip entries are not supported") }
            switch method {
            case 0:
                if flags & 8 != 0 { throw fail("stored zip entries with trailing sizes are not supported") }
                if isDirectory {
                    guard try cursor.skip(compressedSize) else { throw fail("truncated zip archive") }
                    continue
                }
                var remaining = compressedSize
                return ByteChunks {
                    guard remaining > 0 else { return nil }
                    try cursor.fill(1)
                    let take = min(remaining, cursor.available)
                    guard take > 0 else { throw fail("truncated zip archive") }
                    let bytes = Array(cursor.buffer[cursor.position..<(cursor.position + take)])
                    cursor.position += take
                    remaining -= take
                    return bytes
                }
            case 8:
                let entry = inflating(cursor, windowBits: -15, source: source, format: "zip", untilFirstEnd: true)
                if isDirectory {
                    while try entry.next() != nil {}
                    if flags & 8 != 0 { _ = try cursor.read(try Self.descriptorLength(cursor)) }
                    continue
                }
                return entry
            default:
                throw fail("zip compression method \(method) is not supported (only stored and deflate)")
            }
        }
    }

    /// A data descriptor is 12 bytes, or 16 with its optional signature.
    private static func descriptorLength(_ cursor: ChunkCursor) throws -> Int {
        guard try cursor.fill(4) else { return 0 }
        let b = cursor.buffer[cursor.position..<(cursor.position + 4)]
        return Array(b) == [0x50, 0x4B, 0x07, 0x08] ? 16 : 12
    }

    private func inflated(windowBits: Int32, source: String, format: String, untilFirstEnd: Bool) -> ByteChunks {
        Self.inflating(ChunkCursor(self), windowBits: windowBits, source: source, format: format, untilFirstEnd: untilFirstEnd)
    }

    private static func inflating(
        _ cursor: ChunkCursor, windowBits: Int32, source: String, format: String, untilFirstEnd: Bool
    ) -> ByteChunks {
        var inflater: Inflater?
        var finished = false
        var midStream = false
        return ByteChunks {
            while !finished {
                if cursor.available == 0 {
                    try cursor.fill(1)
                    if cursor.available == 0 {
                        finished = true
                        if midStream {
                            throw DecompressionError(source: source, message: "truncated \(format) data")
                        }
                        if inflater == nil {
                            throw DecompressionError(source: source, message: "empty \(format) data")
                        }
                        return nil
                    }
                }
                if inflater == nil { inflater = try Inflater(windowBits: windowBits, source: source) }
                let (output, consumed, ended) = try inflater!.inflate(cursor.buffer, from: cursor.position)
                cursor.position += consumed
                midStream = !ended
                if ended && untilFirstEnd { finished = true }
                if !output.isEmpty { return output }
                if consumed == 0 && !ended {
                    // zlib needs more input than is buffered.
                    let before = cursor.available
                    try cursor.fill(before + 1)
                    if cursor.available == before {
                        finished = true
                        throw DecompressionError(source: source, message: "truncated \(format) data")
                    }
                }
            }
            return nil
        }
    }
}
