// The extractor on raw bytes: decoding, the three article readers, then extraction.
import Foundation
import StanceExtraction

/// Loads the gazetteers and the syntax model before the first input, so that the
/// load (seconds under the sanitizers) is not timed as that input's run.
@_cdecl("LLVMFuzzerInitialize")
public func initializeExtractor(
    _ argc: UnsafeMutablePointer<CInt>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>
) -> CInt {
    _ = FuzzData.extractor
    return 0
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzExtractor(_ start: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    guard count > 0 else { return 0 }
    let format = start[0] % 3
    let bytes = UnsafeBufferPointer(start: start + 1, count: count - 1)
    guard let text = try? DocumentReader.decodeUTF8(bytes, source: "fuzz") else { return 0 }
    let documents: [Document]
    do {
        switch format {
        case 0: documents = [try DocumentReader.plainText(text, id: "fuzz.txt")]
        case 1: documents = try DocumentReader.jsonLines(text, source: "fuzz.jsonl")
        default: documents = try DocumentReader.csv(text, source: "fuzz.csv")
        }
    } catch {
        precondition(!error.description.isEmpty)
        return 0
    }
    let extractions = FuzzData.extractor.extract(from: documents, threads: 1)
    for (document, extraction) in zip(documents, extractions) {
        let length = document.text.unicodeScalars.count
        for relation in extraction.relations {
            if let range = relation.evidence.characterRange {
                precondition(range.lowerBound >= 0 && range.upperBound <= length + 1, "evidence range \(range) outside the text")
            }
        }
    }
    _ = FuzzData.extractor.graph(from: extractions)
    return 0
}
