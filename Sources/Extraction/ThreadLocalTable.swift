#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One instance of a class per thread, made on first use and released with the thread
/// (thread-specific storage): the extraction's look-up tables (`ShortStrings`,
/// `PhraseKeysCache`, `AttributesCache`) are read and written without a lock.
///
/// Declare one as a type's static constant and read `current`:
///
///     private static let perThread = ThreadLocalTable<ShortStrings> { ShortStrings() }
///     static var current: ShortStrings { perThread.current }
///
/// - Complexity: `current` O(1).
struct ThreadLocalTable<Table: AnyObject>: @unchecked Sendable {
    private let key: pthread_key_t
    private let make: @Sendable () -> Table

    /// Creates the thread-specific key; `make` builds a thread's table on its first use.
    init(_ make: @escaping @Sendable () -> Table) {
        var key = pthread_key_t()
        let created = pthread_key_create(&key) { table in
            guard let table else { return }
            Unmanaged<AnyObject>.fromOpaque(table).release()
        }
        precondition(created == 0, "ThreadLocalTable: pthread_key_create failed")
        self.key = key
        self.make = make
    }

    /// This thread's table.
    @inline(__always)
    var current: Table {
        if let table = pthread_getspecific(key) {
            return Unmanaged<Table>.fromOpaque(table).takeUnretainedValue()
        }
        let table = make()
        pthread_setspecific(key, Unmanaged.passRetained(table as AnyObject).toOpaque())
        return table
    }
}
