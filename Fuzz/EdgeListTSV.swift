// The edge-list TSV reader: the input splits at its first 0xFF byte into edges and nodes text.
import Foundation
import GraphIO
import StanceGraph

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzEdgeListTSV(_ start: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let bytes = UnsafeBufferPointer(start: start, count: count)
    let cut = bytes.firstIndex(of: 0xFF)
    let edges = Data(bytes[..<(cut ?? count)])
    let nodes = cut.map { Data(bytes[($0 + 1)...]) }
    do {
        let graph = try EdgeListTSV.decode(edges, source: "edges.tsv", nodes: nodes)
        graph.checkInvariants()
    } catch {
        precondition(error.description.contains(":"), "an error without a place: \(error)")
    }
    return 0
}
