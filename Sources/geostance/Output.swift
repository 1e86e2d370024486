import Foundation

/// Writes to stdout, or atomically to a file.
enum Output {
    static func emit(_ bytes: Data, to path: String?) throws {
        if let path {
            try AtomicFile.write(bytes, to: path)
        } else {
            FileHandle.standardOutput.write(bytes)
        }
    }

    static func emit(_ text: String, to path: String?) throws {
        if let path {
            try AtomicFile.write(Data(text.utf8), to: path)
        } else {
            FileHandle.standardOutput.write(Data(text.utf8))
        }
    }
}
