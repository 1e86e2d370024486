import StanceGraph

extension DOTWriter {
    /// An HTML-like table explaining the colours, line styles, shapes and
    /// camps the diagram uses; `nil` when there is nothing to explain.
    func legend(actors: [Actor], edges: [DrawnEdge]) -> String? {
        var rows: [(sample: String, meaning: String)] = []
        func line(_ colour: String) -> String { "<TD><FONT COLOR=\"\(colour)\">———</FONT></TD>" }
        func text(_ sample: String) -> String { "<TD>\(sample)</TD>" }
        if edges.contains(where: { $0.sign < 0 }) {
            rows.append((line(DiagramStyle.hostile), "hostile"))
        }
        if edges.contains(where: { $0.sign > 0 && !$0.enduringTie }) {
            rows.append((line(DiagramStyle.cooperative), "cooperative"))
        }
        if edges.contains(where: { $0.sign > 0 && $0.enduringTie }) {
            rows.append((line(DiagramStyle.cooperativeTie), "cooperative tie (alliance, backing, pledge)"))
        }
        if edges.contains(where: { $0.sign == 0 }) {
            rows.append((line(DiagramStyle.neutral), "neutral, denied or called off"))
        }
        if edges.contains(where: \.dashed) { rows.append((text("- - -"), "dashed: pledge or announced intention")) }
        if edges.contains(where: \.dotted) { rows.append((text("· · ·"), "dotted: reported or claimed")) }
        if edges.contains(where: \.bold) {
            rows.append((text("<B>———</B>"), "bold: intensity \(DOTText.signed(options.boldIntensity).dropFirst()) or more"))
        }
        if edges.contains(where: \.bothWays) { rows.append((text("&lt;——&gt;"), "mutual, or both ways")) }
        if options.edgeLabels, !edges.isEmpty {
            rows.append(
                (text("×n"), options.view == .netStance
                    ? "kinds and counts; net: summed signed score" : "kind and count"))
        }
        for kind in ActorKind.allCases where actors.contains(where: { $0.kind == kind }) {
            rows.append((text(""), DiagramStyle.legendEntry(for: kind)))
        }
        if let blocs = options.blocs {
            let shown = Set(actors.compactMap { blocs[$0.id] }).sorted()
            for bloc in shown {
                rows.append(("<TD BGCOLOR=\"\(DiagramStyle.blocColour(bloc))\"> </TD>", "camp \(bloc)"))
            }
        }
        guard !rows.isEmpty else { return nil }
        var html = "<TABLE BORDER=\"1\" COLOR=\"#c0c7d0\" CELLBORDER=\"0\" CELLSPACING=\"1\">"
        html += "<TR><TD COLSPAN=\"2\"><B>Legend</B></TD></TR>"
        for row in rows {
            html += "<TR>\(row.sample)<TD ALIGN=\"LEFT\">\(row.meaning)</TD></TR>"
        }
        return html + "</TABLE>"
    }
}
