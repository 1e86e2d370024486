import StanceGraph

/// The SVG ids that tie a drawing's elements to actors, so that a page (the
/// HTML report) can find an actor's node, an edge between two actors or a
/// matrix cell.
///
/// An actor id is written with every byte outside `A-Z a-z 0-9 _ .`
/// percent-encoded (`IRQ.military`, `ali%2Dkhamenei`), so `-` separates the
/// parts unambiguously and JavaScript's `decodeURIComponent` reads each part back:
///
/// - `gs-node-IRN`: the node of IRN;
/// - `gs-edge-IRN-USA`: the edge drawn from IRN to USA; in the every-relation
///   view the second and later edges of a pair get `-1`, `-2` ...;
/// - `gs-cell-IRN-USA`: the matrix cell of row IRN, column USA.
public enum ElementID {
    /// The id of an actor's node.
    public static func node(_ actor: ActorID) -> String { "gs-node-" + encoded(actor) }

    /// The id of the `index`th edge from `tail` to `head` (0 for the first).
    public static func edge(from tail: ActorID, to head: ActorID, index: Int = 0) -> String {
        "gs-edge-" + encoded(tail) + "-" + encoded(head) + (index > 0 ? "-\(index)" : "")
    }

    /// The id of the matrix cell in `row`'s row and `column`'s column.
    public static func cell(row: ActorID, column: ActorID) -> String {
        "gs-cell-" + encoded(row) + "-" + encoded(column)
    }

    /// `actor` with every byte but `A-Z a-z 0-9 _ .` written `%XX`.
    static func encoded(_ actor: ActorID) -> String {
        var result = ""
        for byte in actor.rawValue.utf8 {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
                UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "_"), UInt8(ascii: "."):
                result.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                let hex = String(byte, radix: 16, uppercase: true)
                result += "%" + (hex.count == 1 ? "0" + hex : hex)
            }
        }
        return result
    }

    /// Numbers the edges of each drawn pair in order.
    static func assign(to edges: inout [DrawnEdge]) {
        var seen: [Pair: Int] = [:]
        for i in edges.indices {
            let pair = Pair(edges[i].tail, edges[i].head)
            let index = seen[pair, default: 0]
            seen[pair] = index + 1
            edges[i].elementID = edge(from: edges[i].tail, to: edges[i].head, index: index)
        }
    }
}
