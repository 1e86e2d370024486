import CZlib
import EventImport
import Foundation
import StanceGraph

enum TestData {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    static let dataFolder = root.deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Data")

    /// The shipped mapping tables, loaded once.
    static let mappings: ImportMappings = try! ImportMappings.load(dataFolder: dataFolder)

    static func fixture(_ name: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: root.appendingPathComponent("Fixtures").appendingPathComponent(name)))
    }

    /// Imports fixtures and returns the importer.
    static func importing(_ format: EventFormat, _ names: [String], strict: Bool = false) throws -> EventImporter {
        var importer = EventImporter(mappings: mappings, strict: strict)
        for name in names {
            // Small chunks, so that lines split across chunks are exercised too.
            let bytes = try fixture(name)
            let chunks = stride(from: 0, to: bytes.count, by: 97).map { Array(bytes[$0..<min($0 + 97, bytes.count)]) }
            try importer.read(format, ByteChunks(chunks), source: name)
        }
        return importer
    }

    /// One line per actor and relation, for exact comparison.
    static func lines(_ graph: RelationGraph) -> [String] {
        graph.actors.map { "actor \($0.id) \($0.kind.rawValue) \($0.name)\($0.state.map { " in \($0)" } ?? "")" }
            + graph.relations.map { r in
                var line = "\(r.source) \(r.kind.rawValue)\(r.mode.map { "/\($0)" } ?? "") \(r.target)"
                line += " \(r.date.map(\.description) ?? "-") i=\(r.intensity) w=\(r.weight) \(r.evidence.document)"
                if let s = r.evidence.sentenceIndex { line += "#\(s)" }
                return line + " [\(r.evidence.cue ?? "")]"
            }
    }

    /// `bytes` compressed with zlib's deflate: gzip (31) or raw (-15).
    static func deflate(_ bytes: [UInt8], windowBits: Int32) -> [UInt8] {
        var stream = z_stream()
        precondition(geostance_deflate_init(&stream, windowBits) == Z_OK)
        var output = [UInt8](repeating: 0, count: bytes.count + 1024)
        var input = bytes
        let produced = input.withUnsafeMutableBufferPointer { inBuffer in
            output.withUnsafeMutableBufferPointer { outBuffer in
                stream.next_in = inBuffer.baseAddress
                stream.avail_in = UInt32(inBuffer.count)
                stream.next_out = outBuffer.baseAddress
                stream.avail_out = UInt32(outBuffer.count)
                precondition(CZlib.deflate(&stream, Z_FINISH) == Z_STREAM_END)
                return outBuffer.count - Int(stream.avail_out)
            }
        }
        deflateEnd(&stream)
        return Array(output[..<produced])
    }

    /// A one-file zip archive, deflated (method 8) or stored (method 0),
    /// optionally with sizes in a trailing data descriptor.
    static func zip(_ bytes: [UInt8], name: String, method: UInt16, descriptor: Bool) -> [UInt8] {
        let payload = method == 8 ? deflate(bytes, windowBits: -15) : bytes
        let crc = UInt32(bytes.withUnsafeBufferPointer { crc32(0, $0.baseAddress, UInt32($0.count)) })
        func le(_ v: UInt32, _ n: Int) -> [UInt8] { (0..<n).map { UInt8(truncatingIfNeeded: v >> (8 * $0)) } }
        let known = !descriptor
        var out: [UInt8] = le(0x0403_4B50, 4) + le(20, 2) + le(descriptor ? 8 : 0, 2) + le(UInt32(method), 2) + le(0, 4)
        out += le(known ? crc : 0, 4) + le(known ? UInt32(payload.count) : 0, 4) + le(known ? UInt32(bytes.count) : 0, 4)
        out += le(UInt32(name.utf8.count), 2) + le(0, 2) + Array(name.utf8) + payload
        if descriptor { out += le(0x0807_4B50, 4) + le(crc, 4) + le(UInt32(payload.count), 4) + le(UInt32(bytes.count), 4) }
        out += le(0x0201_4B50, 4) + [UInt8](repeating: 0, count: 42)  // a central directory follows; never read
        return out
    }
}
