import EnglishSyntax
import Foundation
import StanceExtraction

/// A data folder that could not be read, as one line naming the file.
public struct KnowledgeFolderError: Error, CustomStringConvertible {
    public var description: String
}

/// The knowledge of a data folder: gazetteer, lexicon and syntax model.
public enum KnowledgeFolder {
    /// The syntax model inside the data folder.
    public static let modelPath = "models/english-ewt.syntax"

    /// Whether `folder` looks like a data folder.
    public static func isDataFolder(_ folder: URL) -> Bool {
        FileManager.default.fileExists(atPath: folder.appendingPathComponent("gazetteer/states.tsv").path)
    }

    /// Reads every knowledge file and the syntax model under `folder`.
    ///
    /// - Throws: ``KnowledgeFolderError`` naming the file (and line) that could not be read.
    public static func load(_ folder: URL) throws(KnowledgeFolderError) -> Knowledge {
        let root = folder.resolvingSymlinksInPath()
        let rootPath = root.standardizedFileURL.path
        guard let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil) else {
            throw KnowledgeFolderError(description: "\(root.path): cannot list the data folder")
        }
        var files: [DataFile] = []
        for case let url as URL in walker {
            let path = url.standardizedFileURL.path
            guard path.hasPrefix(rootPath + "/") else { continue }
            let relative = String(path.dropFirst(rootPath.count + 1))
            guard Knowledge.isKnowledgeFile(relative) else { continue }
            let bytes = try contents(url)
            do {
                files.append(DataFile(path: relative, text: try DocumentReader.decodeUTF8(bytes, source: url.path)))
            } catch {
                throw KnowledgeFolderError(description: error.description)
            }
        }
        let modelURL = root.appendingPathComponent(modelPath)
        guard FileManager.default.fileExists(atPath: modelURL.path) else {
            throw KnowledgeFolderError(description: "\(modelURL.path): no syntax model (see Data/models/README.md)")
        }
        let syntax: SyntaxModel
        do {
            syntax = try SyntaxModel.decode(Array(try contents(modelURL)), source: modelURL.path)
        } catch let error as KnowledgeFolderError {
            throw error
        } catch {
            throw KnowledgeFolderError(description: "\(error)")
        }
        do {
            return try Knowledge.load(files, syntax: syntax)
        } catch {
            throw KnowledgeFolderError(
                description: "\(root.appendingPathComponent(error.file).path)\(error.line.map { ":\($0)" } ?? ""): \(error.message)")
        }
    }

    static func contents(_ url: URL) throws(KnowledgeFolderError) -> Data {
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw KnowledgeFolderError(description: "\(url.path): cannot read the file")
        }
        return data
    }
}
