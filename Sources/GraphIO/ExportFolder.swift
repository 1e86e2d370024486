/// An export made of several files that belong together in one folder
/// (the Neo4j bulk-import files, the nodes and edges pair), in the order
/// they are written.
///
/// The library only composes the files; the command line writes the folder,
/// all of it or nothing.
public struct ExportFolder: Hashable, Sendable {
    /// One file of the folder: its name inside the folder and its text (UTF-8).
    public struct File: Hashable, Sendable {
        public var name: String
        public var text: String

        public init(name: String, text: String) {
            self.name = name
            self.text = text
        }
    }

    public var files: [File]

    public init(files: [File]) {
        self.files = files
    }

    /// The text of the file called `name`, if the folder has one.
    public subscript(name: String) -> String? {
        files.first { $0.name == name }?.text
    }
}
