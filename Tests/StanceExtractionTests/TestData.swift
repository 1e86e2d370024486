import EnglishSyntax
import Foundation
import StanceGraph

@testable import StanceExtraction

/// The repository's Data folder and the shared folder beside the checkout.
enum TestData {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    static let data = repository.appendingPathComponent("Data")
    static let shared = repository.deletingLastPathComponent().appendingPathComponent("shared")

    static func files(under root: URL = data) throws -> [DataFile] {
        let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)!
        var files: [DataFile] = []
        for case let url as URL in walker {
            let relative = String(url.standardizedFileURL.path.dropFirst(root.standardizedFileURL.path.count + 1))
            guard Knowledge.isKnowledgeFile(relative) else { continue }
            files.append(DataFile(path: relative, text: try String(contentsOf: url, encoding: .utf8)))
        }
        return files
    }

    /// The shipped knowledge, loaded once.
    /// The shipped syntax model, loaded once.
    static let syntax: SyntaxModel = {
        let url = data.appendingPathComponent(Knowledge.syntaxModelPath)
        do {
            return try SyntaxModel.decode(Array(try Data(contentsOf: url)), source: url.path)
        } catch {
            fatalError("the shipped syntax model does not load: \(error)")
        }
    }()

    static let knowledge: Knowledge = {
        do {
            return try Knowledge.load(try files(), syntax: syntax)
        } catch {
            fatalError("the shipped data does not load: \(error)")
        }
    }()

    static let extractor = Extractor(knowledge: knowledge)

    static var hasShared: Bool {
        FileManager.default.fileExists(atPath: shared.appendingPathComponent("seeds/seed-article.txt").path)
    }
}

/// A relation reduced to what the expectations name.
struct Coded: Hashable, CustomStringConvertible {
    var source: String
    var target: String
    var kind: String
    var description: String { "\(source) \(kind) \(target)" }
}

extension RelationGraph {
    /// Rolled-up relations as (source, target, kind), symmetric kinds in a fixed order.
    func coded(excluding kinds: Set<RelationKind> = [.office]) -> Set<Coded> {
        Set(rolledUp().relations.filter { !kinds.contains($0.kind) }.map { r in
            if r.kind.isSymmetric && r.target < r.source {
                return Coded(source: r.target.rawValue, target: r.source.rawValue, kind: r.kind.rawValue)
            }
            return Coded(source: r.source.rawValue, target: r.target.rawValue, kind: r.kind.rawValue)
        })
    }
}
