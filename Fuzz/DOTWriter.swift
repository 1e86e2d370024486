// The DOT writer fed random graphs with hostile names: Graphviz must parse what it writes.
import Foundation
import GraphIO
import GraphvizRendering
import StanceGraph

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzDOTWriter(_ start: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    var source = ByteSource(start, count)
    let graph = source.graph()
    let options = DOTOptions(
        title: source.below(2) == 0 ? nil : source.string(), view: source.below(2) == 0 ? .netStance : .everyRelation,
        omitIsolatedActors: source.below(2) == 0, clusterByState: source.below(2) == 0, edgeLabels: source.below(2) == 0,
        legend: source.below(2) == 0, elementIDs: source.below(2) == 0)
    let document = DOTWriter.encode(graph, options: options)
    do {
        _ = try GraphvizRenderer.shared.inspect(dot: document.text)
    } catch {
        preconditionFailure("Graphviz rejected the DOT writer's output: \(error)\n\(document.text)")
    }
    return 0
}
