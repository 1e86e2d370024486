import Foundation
import StanceExtraction

/// Where the shipped data lives: --data, $GEOSTANCE_DATA, ./Data, or the
/// Data folder of the package the executable was built in.
enum DataLocator {
    static func directory(_ explicit: String?) throws -> URL {
        let fm = FileManager.default
        if let explicit {
            var isDirectory: ObjCBool = false
            guard fm.fileExists(atPath: explicit, isDirectory: &isDirectory), isDirectory.boolValue else {
                throw CLIError("\(explicit): no such data folder")
            }
            return URL(fileURLWithPath: explicit)
        }
        var candidates: [URL] = []
        if let env = ProcessInfo.processInfo.environment["GEOSTANCE_DATA"] { candidates.append(URL(fileURLWithPath: env)) }
        candidates.append(URL(fileURLWithPath: fm.currentDirectoryPath).appendingPathComponent("Data"))
        var dir = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        for _ in 0..<6 {
            candidates.append(dir.appendingPathComponent("Data"))
            dir = dir.deletingLastPathComponent()
        }
        for candidate in candidates where fm.fileExists(atPath: candidate.appendingPathComponent("gazetteer/states.tsv").path) {
            return candidate
        }
        throw CLIError("cannot find the Data folder (give --data DIR or set GEOSTANCE_DATA)")
    }

    /// Reads the knowledge files under the data folder.
    static func knowledge(_ explicit: String?) throws -> Knowledge {
        // A data folder that is a symbolic link is listed through its target.
        let root = try directory(explicit).resolvingSymlinksInPath()
        var files: [DataFile] = []
        let fm = FileManager.default
        guard let walker = fm.enumerator(at: root, includingPropertiesForKeys: nil) else {
            throw CLIError("\(root.path): cannot list the data folder")
        }
        let rootPath = root.standardizedFileURL.path
        for case let url as URL in walker {
            let path = url.standardizedFileURL.path
            guard path.hasPrefix(rootPath + "/") else { continue }
            let relative = String(path.dropFirst(rootPath.count + 1))
            guard Knowledge.isKnowledgeFile(relative) else { continue }
            files.append(DataFile(path: relative, text: try InputFiles.readText(url)))
        }
        let syntax = try SyntaxData.model(explicit)
        do {
            return try Knowledge.load(files, syntax: syntax)
        } catch {
            throw CLIError("\(root.appendingPathComponent(error.file).path)\(error.line.map { ":\($0)" } ?? ""): \(error.message)")
        }
    }
}
