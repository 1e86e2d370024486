/// An output format Graphviz renders in-process.
public enum RenderFormat: String, Hashable, Sendable, CaseIterable, CustomStringConvertible {
    /// Scalable vector graphics (Graphviz's core renderer): text, tooltips, links.
    case svg
    /// A bitmap through cairo (the pango plugin).
    case png
    /// A vector document through cairo (the pango plugin).
    case pdf

    /// The name Graphviz knows the format by (`-T` on the command line).
    public var graphvizName: String { rawValue }

    /// The usual file name extension, without the dot.
    public var fileExtension: String { rawValue }

    public var description: String { rawValue }
}

/// A Graphviz layout engine.
public enum LayoutEngine: String, Hashable, Sendable, CaseIterable, CustomStringConvertible {
    /// Layered drawing for directed graphs; slow past a few hundred nodes.
    case dot
    /// Spring model (stress majorisation); good for small undirected views.
    case neato
    /// Force-directed placement; honours clusters.
    case fdp
    /// Multiscale force-directed placement for large graphs (thousands of nodes).
    case sfdp
    /// Circular layout.
    case circo

    /// The name Graphviz knows the engine by (`-K` on the command line).
    public var graphvizName: String { rawValue }

    public var description: String { rawValue }
}
