// The snapshot reader on raw bytes; whatever it accepts must round-trip exactly.
import Foundation
import GraphIO
import StanceGraph

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzSnapshot(_ start: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let data = Data(bytes: start, count: count)
    guard let graph = try? Snapshot.decode(data, source: "fuzz.json") else { return 0 }
    graph.checkInvariants()
    let again = try! Snapshot.decode(try! Snapshot.encode(graph), source: "again")
    precondition(again.isIdentical(to: graph), "a snapshot the reader accepted did not survive save and load")
    return 0
}
