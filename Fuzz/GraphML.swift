// The GraphML reader on raw bytes; whatever it accepts must write and read back the same.
import Foundation
import GraphIO
import StanceGraph

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzGraphML(_ start: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    guard let graph = try? GraphML.decode(Data(bytes: start, count: count), source: "fuzz.graphml") else { return 0 }
    graph.checkInvariants()
    let again = try! GraphML.decode(GraphML.encode(graph), source: "again")
    precondition(again.isIdentical(to: graph), "GraphML the reader accepted did not survive write and read")
    return 0
}
