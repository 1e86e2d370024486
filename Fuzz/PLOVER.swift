// The PLOVER event reader on raw bytes, cut into chunks at a place the input chooses.
import EventImport

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzPLOVER(_ start: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    fuzzEventReader(.plover, start, count)
}
