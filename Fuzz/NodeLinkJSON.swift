// The node-link JSON reader on raw bytes; whatever it accepts must write and read back the same.
import Foundation
import GraphIO
import StanceGraph

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzNodeLinkJSON(_ start: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    guard let graph = try? NodeLinkJSON.decode(Data(bytes: start, count: count), source: "fuzz.json") else { return 0 }
    graph.checkInvariants()
    for flavour in [NodeLinkJSON.Flavour.d3, .cytoscape] {
        let again = try! NodeLinkJSON.decode(try! NodeLinkJSON.encode(graph, options: .init(flavour: flavour)), source: "again")
        precondition(again.isIdentical(to: graph), "node-link JSON the reader accepted did not survive write and read")
    }
    return 0
}
