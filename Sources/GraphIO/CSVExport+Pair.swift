import StanceGraph

extension CSVExport {
    /// The node file of ``folder(_:)``.
    public static let nodesFile = "nodes.csv"
    /// The edge file of ``folder(_:)``.
    public static let edgesFile = "edges.csv"

    /// `nodes.csv` and `edges.csv`: the node and edge lists of ``nodes(_:)``
    /// and ``edges(_:)``, each record on one line, for databases that load a
    /// graph from a pair of plain tables.
    ///
    /// The columns are ``nodeColumns`` and ``edgeColumns`` under a header row:
    /// an edge starts with its source and target actor ids, which are the
    /// nodes' `id`s, so DuckDB's `read_csv_auto`, Memgraph's `LOAD CSV` and
    /// LadybugDB's (Kùzu's) `COPY ... FROM` read the files as they are.
    /// Values are plain text (numbers in decimal, dates as `YYYY-MM-DD`, an
    /// absent value as an empty field), quoted as RFC 4180 says only when they
    /// hold a comma, a quote or edge spaces. A line break inside a value (the
    /// evidence sentence of a relation can hold one) is written as a space:
    /// the parallel readers of these databases split records at line ends.
    ///
    /// - Complexity: O(*n* + *m*) in the actors and relations.
    public static func folder(_ graph: RelationGraph) -> ExportFolder {
        ExportFolder(files: [
            .init(name: nodesFile, text: singleLineTable(nodeColumns, nodeRows(graph))),
            .init(name: edgesFile, text: singleLineTable(edgeColumns, edgeRows(graph))),
        ])
    }
}
