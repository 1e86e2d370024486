import Foundation

/// A small lock for the result slots: a pthread mutex (via NSLock), which the
/// thread sanitizer understands.
final class NSLockShim: @unchecked Sendable {
    private let lock = NSLock()
    func withLock<T>(_ body: () throws -> T) rethrows -> T {
        lock.lock()
        defer { lock.unlock() }
        return try body()
    }
}
