/// A library's error from working on a file (or a thing the user named,
/// such as "diagram") whose path the library was not told: a store, a
/// diagram, a treebank, a report. Prints as the path, then the error.
struct ErrorInFile: Error {
    /// The file as the user named it.
    var path: String
    /// What went wrong, as the library reported it.
    var error: any Error

    var description: String { "\(path): \(error)" }
}
