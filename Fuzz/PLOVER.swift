// The PLOVER event reader on raw bytes, cut into chunks at a place the input chooses.
import EventImport
import Foundation
import StanceGraph

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzPLOVER(_ start: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    guard count > 0 else { return 0 }
    let chunk = 1 + Int(start[0])
    let bytes = Array(UnsafeBufferPointer(start: start + 1, count: count - 1))
    let chunks = stride(from: 0, to: bytes.count, by: chunk).map { Array(bytes[$0..<min($0 + chunk, bytes.count)]) }
    var importer = EventImporter(mappings: FuzzData.mappings)
    do {
        try importer.read(.plover, ByteChunks(chunks), source: "fuzz")
    } catch {
        precondition(!"\(error)".isEmpty)
        return 0
    }
    precondition(importer.report.rowsKept <= importer.report.rowsRead)
    importer.graph().checkInvariants()
    return 0
}
