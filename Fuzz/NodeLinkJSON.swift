// The node-link JSON reader on raw bytes; whatever it accepts must write and read back the same.
import Foundation
import GraphIO
import StanceGraph

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzNodeLinkJSON(_ start: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    guard let graph = try? NodeLinkJSON.decode(Data(bytes: start, count: count)) else { return 0 }
    graph.checkInvariants()
    for flavour in [NodeLinkJSON.Flavour.d3, .cytoscape] {
        let again = try! NodeLinkJSON.decode(try! NodeLinkJSON.encode(graph, flavour: flavour))
        precondition(again.isIdentical(to: graph), "node-link JSON the reader accepted did not survive write and read")
    }
    return 0
}
