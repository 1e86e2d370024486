import StanceGraph

extension DOTWriter {
    /// The legend entries per row: the legend runs across, a few lines tall.
    static let legendColumns = 4

    /// The graph's label: the title (newlines become spaces) over the legend.
    func heading(title: String?, legend: String) -> String {
        var html = "<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"0\" CELLPADDING=\"2\">"
        if let title {
            html += "<TR><TD ALIGN=\"LEFT\"><FONT POINT-SIZE=\"18\">\(MarkupText.escaped(title, for: .graphvizLabel))</FONT></TD></TR>"
        }
        html += "<TR><TD ALIGN=\"LEFT\">\(legend)</TD></TR>"
        return html + "</TABLE>"
    }

    /// A compact HTML-like table explaining the colours, line styles, shapes
    /// and camps the diagram uses, and nothing it does not use; `nil` when
    /// there is nothing to explain.
    func legend(actors: [Actor], edges: EdgeSummary) -> String? {
        var entries: [(sample: String, meaning: String)] = []
        func line(_ colour: String) -> String { "<FONT COLOR=\"\(colour)\">———</FONT>" }
        if edges.hostile {
            entries.append((line(DiagramStyle.hostile), "hostile"))
        }
        if edges.cooperative {
            entries.append((line(DiagramStyle.cooperative), "cooperative"))
        }
        if edges.cooperativeTie {
            entries.append((line(DiagramStyle.cooperativeTie), "alliance, backing, pledge"))
        }
        if edges.neutral {
            entries.append((line(DiagramStyle.neutral), "neutral, denied, called off"))
        }
        if edges.dashed { entries.append(("- - -", "pledge or intention")) }
        if edges.dotted { entries.append(("· · ·", "reported or claimed")) }
        if edges.bold {
            entries.append(("<B>———</B>", "intensity \(DOTText.signed(options.boldIntensity).dropFirst())+"))
        }
        if edges.bothWays { entries.append(("&lt;—&gt;", "mutual or both ways")) }
        if edges.labelled > 0 {
            entries.append(
                ("×n", options.view == .netStance ? "kinds, counts; net score" : "kind and count"))
        }
        let unlabelled = edges.count - edges.labelled
        if options.edgeLabels, unlabelled > 0 {
            entries.append(("", "\(edges.count - unlabelled) strongest labelled; hover a line for the rest"))
        }
        for kind in ActorKind.allCases where actors.contains(where: { $0.kind == kind }) {
            let entry = DiagramStyle.legendEntry(for: kind).split(separator: ":", maxSplits: 1)
            entries.append(("<I>\(entry[0])</I>", String(entry[1].dropFirst())))
        }
        var camps: [Int] = []
        if let blocs = options.blocs { camps = Set(actors.compactMap { blocs[$0.id] }).sorted() }
        guard !entries.isEmpty || !camps.isEmpty else { return nil }
        var html = "<TABLE BORDER=\"1\" COLOR=\"#c0c7d0\" CELLBORDER=\"0\" CELLSPACING=\"0\" CELLPADDING=\"2\">"
        let columns = Self.legendColumns
        for start in stride(from: 0, to: entries.count, by: columns) {
            html += "<TR>"
            for entry in entries[start..<min(start + columns, entries.count)] {
                // Graphviz refuses an empty <FONT> element.
                html += entry.sample.isEmpty ? "<TD></TD>" : "<TD ALIGN=\"RIGHT\"><FONT POINT-SIZE=\"10\">\(entry.sample)</FONT></TD>"
                html += "<TD ALIGN=\"LEFT\"><FONT POINT-SIZE=\"10\">\(entry.meaning)</FONT></TD>"
            }
            html += "</TR>"
        }
        for start in stride(from: 0, to: camps.count, by: columns) {
            html += "<TR>"
            for camp in camps[start..<min(start + columns, camps.count)] {
                html += "<TD BGCOLOR=\"\(DiagramStyle.blocColour(camp))\"> </TD><TD ALIGN=\"LEFT\"><FONT POINT-SIZE=\"10\">camp \(camp)</FONT></TD>"
            }
            html += "</TR>"
        }
        return html + "</TABLE>"
    }
}
