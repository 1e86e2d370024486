// The CSV and JSON Lines article readers on raw bytes, without extraction: lenient reading
// names every bad record with a line in the input, and strict reading fails exactly when
// lenient reading skipped something, otherwise giving the same articles.
import Foundation
import StanceExtraction

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzDocumentReaders(_ start: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    guard let text = try? DocumentReader.decodeUTF8(UnsafeBufferPointer(start: start, count: count), source: "fuzz")
    else { return 0 }
    // Lines as an editor counts them: CR LF, CR and LF each end one.
    var lineCount = 1
    var previous: UInt8 = 0
    for byte in text.utf8 {
        if byte == 0x0D || (byte == 0x0A && previous != 0x0D) { lineCount += 1 }
        previous = byte
    }
    func checkNamed(_ skipped: [InputError]) {
        for error in skipped {
            let line = error.line ?? 0
            precondition(line >= 1 && line <= lineCount, "skipped record at line \(line) of \(lineCount)")
            precondition(!error.description.isEmpty)
        }
    }
    var skipped: [InputError] = []
    if let lenient = try? DocumentReader.csv(text, source: "fuzz.csv", skipped: &skipped) {
        checkNamed(skipped)
        let strict = try? DocumentReader.csv(text, source: "fuzz.csv")
        precondition((strict != nil) == skipped.isEmpty, "strict CSV disagrees with the records skipped")
        if let strict { precondition(strict.map(\.text) == lenient.map(\.text)) }
    }
    skipped = []
    let lenient = DocumentReader.jsonLines(text, source: "fuzz.jsonl", skipped: &skipped)
    checkNamed(skipped)
    let strict = try? DocumentReader.jsonLines(text, source: "fuzz.jsonl")
    precondition((strict != nil) == skipped.isEmpty, "strict JSON Lines disagrees with the lines skipped")
    if let strict { precondition(strict.map(\.text) == lenient.map(\.text)) }
    return 0
}
