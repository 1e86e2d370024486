extension RelationGraph {
    /// The relations of a graph as a collection of ``Relation`` values, each
    /// made from the graph's columns when it is read.
    ///
    /// Holding one copies nothing: it shares the graph's storage. Positions
    /// run from 0 in canonical order, as ``RelationGraph/relations`` lists them.
    public struct Relations: RandomAccessCollection, Sendable, Equatable, CustomStringConvertible {
        let columns: RelationColumns
        let actorIDs: [ActorID]

        init(columns: RelationColumns, actorIDs: [ActorID]) {
            self.columns = columns
            self.actorIDs = actorIDs
        }

        public var startIndex: Int { 0 }
        public var endIndex: Int { columns.count }

        /// The relation at `position`.
        ///
        /// - Complexity: O(1); the relation is made on each access.
        public subscript(position: Int) -> Relation {
            columns.relation(at: position, actorIDs: actorIDs)
        }

        public var description: String { Array(self).description }

        public static func == (a: Relations, b: Relations) -> Bool {
            a.count == b.count && a.elementsEqual(b)
        }

        /// Whether `a` lists the relations of `b`, in order.
        public static func == (a: Relations, b: [Relation]) -> Bool {
            a.count == b.count && a.elementsEqual(b)
        }

        /// Whether `a` lists the relations of `b`, in order.
        public static func == (a: [Relation], b: Relations) -> Bool { b == a }
    }

    /// Every relation, in canonical order.
    ///
    /// - Complexity: O(1); each element is made when it is read.
    public var relations: Relations { Relations(columns: columns, actorIDs: actorIDs) }
}
