import CGraphviz

/// Text Graphviz reported through its error hook since the last reset.
///
/// Graphviz's hook takes no context pointer, so the text lives in a global.
/// It is read and written only while ``GraphvizRenderer``'s lock is held:
/// Graphviz calls the hook only from calls made under that lock.
nonisolated(unsafe) private var collectedText = ""

/// Graphviz's hook: appends each piece of a message ("Error", ": ", text).
private func collectGraphvizMessage(_ piece: UnsafeMutablePointer<CChar>?) -> Int32 {
    if let piece { collectedText += String(cString: piece) }
    return 0
}

/// The messages Graphviz sent to its error hook, in place of stderr.
enum GraphvizMessages {
    /// Errors and warnings, split into messages without their prefixes.
    struct Collected {
        var errors: [String] = []
        var warnings: [String] = []

        /// The errors (or, lacking any, the warnings) joined into one line.
        var summary: String? {
            let chosen = errors.isEmpty ? warnings : errors
            return chosen.isEmpty ? nil : chosen.joined(separator: "; ")
        }
    }

    /// Routes Graphviz's messages to the collector. Call under the lock.
    static func install() {
        _ = agseterrf(collectGraphvizMessage)
    }

    /// Forgets collected text and Graphviz's error count. Call under the lock.
    static func reset() {
        collectedText = ""
        _ = agreseterrors()
    }

    /// The messages collected since the last reset. Call under the lock.
    static func take() -> Collected {
        defer { collectedText = "" }
        return parse(collectedText)
    }

    /// Splits `text` into messages: lines starting "Error: " or "Warning: "
    /// begin one, other lines continue the one before.
    static func parse(_ text: String) -> Collected {
        var collected = Collected()
        var lastWasError = true
        for rawLine in text.split(separator: "\n", omittingEmptySubsequences: true) {
            let line = rawLine.trimmingWhitespace()
            guard !line.isEmpty else { continue }
            if let rest = line.removingPrefix("Error:") {
                collected.errors.append(rest)
                lastWasError = true
            } else if let rest = line.removingPrefix("Warning:") {
                collected.warnings.append(rest)
                lastWasError = false
            } else if lastWasError, !collected.errors.isEmpty {
                collected.errors[collected.errors.count - 1] += " " + line
            } else if !lastWasError, !collected.warnings.isEmpty {
                collected.warnings[collected.warnings.count - 1] += " " + line
            } else {
                collected.errors.append(line)
            }
        }
        return collected
    }
}

extension Substring {
    fileprivate func trimmingWhitespace() -> String {
        String(drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
    }
}

extension String {
    fileprivate func removingPrefix(_ prefix: String) -> String? {
        guard hasPrefix(prefix) else { return nil }
        return String(dropFirst(prefix.count).drop(while: \.isWhitespace))
    }
}
