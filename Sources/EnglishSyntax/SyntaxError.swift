/// What can go wrong reading syntax data: a treebank line, a rules file or
/// a model file. Each case names its source and, where there is one, the line.
public enum SyntaxError: Error, Hashable, Sendable, CustomStringConvertible {
    /// A malformed record in a CoNLL-U or rules file.
    case format(source: String, line: Int, message: String)
    /// A model file that cannot be used: truncated, from another format
    /// version, or with inconsistent sections.
    case model(source: String, message: String)
    /// Training was asked of data it cannot learn from (no sentences, no words).
    case training(String)

    public var description: String {
        switch self {
        case .format(let source, let line, let message): "\(source):\(line): \(message)"
        case .model(let source, let message): "\(source): \(message)"
        case .training(let message): "training: \(message)"
        }
    }
}
