extension Array {
    /// `count` copies of `value`, as `Array(repeating:count:)` makes them, allocated in code
    /// specialized for the element type.
    ///
    /// `Array(repeating:count:)` and `Array(unsafeUninitializedCapacity:initializingWith:)`
    /// allocate through the standard library's unspecialized `_allocateBufferUninitialized`,
    /// which looks the storage class's generic metadata up at run time: about 650
    /// instructions per array on Linux, more than filling a sentence's worth of elements.
    /// `reserveCapacity` allocates in code specialized where it is called (the metadata
    /// cached), and the copies are then appended in one pass. The analysis makes a dozen such
    /// arrays per article (one slot per token, sentence or entity).
    ///
    /// - Complexity: O(*count*).
    @inline(__always)
    init(filling value: Element, count: Int) {
        self.init()
        reserveCapacity(count)
        append(contentsOf: repeatElement(value, count: count))
    }
}

extension UnsafeMutablePointer {
    /// A buffer of `count` copies of `value`: the slots of a fixed-size table
    /// (`ShortStrings`, `LocalEntityIDCache`, `KeySet`), allocated and filled in one step.
    ///
    /// - Complexity: O(*count*).
    static func allocate(filling value: Pointee, count: Int) -> UnsafeMutablePointer {
        let buffer = allocate(capacity: count)
        buffer.initialize(repeating: value, count: count)
        return buffer
    }
}
