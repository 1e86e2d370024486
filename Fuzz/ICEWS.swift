// The ICEWS event reader on raw bytes, cut into chunks at a place the input chooses.
import EventImport

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzICEWS(_ start: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    fuzzEventReader(.icews, start, count)
}
