/// Why Graphviz could not turn DOT text into a drawing: the stage that failed
/// and Graphviz's own message.
public struct RenderError: Error, Hashable, Sendable, CustomStringConvertible {
    /// Where in the pipeline the failure happened.
    public enum Stage: String, Hashable, Sendable, CustomStringConvertible {
        /// Creating the Graphviz context.
        case setup
        /// Reading the DOT text.
        case parse
        /// Placing nodes and routing edges.
        case layout
        /// Writing the output format.
        case render

        public var description: String { rawValue }
    }

    public var stage: Stage
    /// What Graphviz said, its `Error:` prefix removed; several messages are
    /// joined with "; ".
    public var message: String
    /// A command or step that fixes the problem, when one is known.
    public var fix: String?

    public init(stage: Stage, message: String, fix: String? = nil) {
        self.stage = stage
        self.message = message
        self.fix = fix
    }

    /// One line: stage, message, and the fix when known.
    public var description: String {
        var text = "Graphviz \(stage) error: \(message)"
        if let fix { text += " (to fix: \(fix))" }
        return text
    }

    /// The advice for a layout engine or format Graphviz does not know.
    static let pluginFix =
        "register Graphviz's plugins by running `sudo dot -c` (or `sudo libgvc6-config-update -c`); "
        + "if the plugin is not installed, `sudo apt-get install graphviz` first"
}
