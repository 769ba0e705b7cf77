/// A growable list whose elements are read and written in place: the document's entities
/// and mentions (`DocumentAnalysis`) and the meetings found (`MeetingDetector.events`).
///
/// The rules read one field of an entity many times per entity (`doc.entities[p].affiliations`,
/// `events[c].isPlanned`). With an array of these structs, where the optimizer does not
/// inline the array's getter (in the long rules it often does not), each read copies the
/// whole element out, retaining and releasing its strings and arrays. This list's subscript
/// is an address, so reading a field loads that field, and `doc.entities[p].addAffiliation(c)`
/// changes the entity where it is.
///
/// It reads as an array (a random-access collection indexed from 0, trapping on an index out
/// of range) and grows by `append`. Unlike an array, copies of the list share its elements:
/// its owner (the analysis, the detector) keeps the one list, as a constant (so that reading
/// it retains nothing), and the rules reach it there.
///
/// - Complexity: subscript O(1); `append` amortized O(1).
struct InPlaceList<Element>: RandomAccessCollection {
    /// Owns the elements; frees them with the last list that shares it.
    private final class Storage {
        @exclusivity(unchecked) var base: UnsafeMutablePointer<Element>
        @exclusivity(unchecked) var count = 0
        @exclusivity(unchecked) var capacity: Int

        init(capacity: Int) {
            self.capacity = Swift.max(1, capacity)
            base = .allocate(capacity: self.capacity)
        }

        deinit {
            base.deinitialize(count: count)
            base.deallocate()
        }
    }

    private let storage: Storage

    /// An empty list with room for `capacity` elements.
    init(capacity: Int = 16) {
        storage = Storage(capacity: capacity)
    }

    typealias Index = Int
    typealias Indices = Range<Int>
    typealias SubSequence = Slice<InPlaceList>

    var startIndex: Int { 0 }
    var endIndex: Int { storage.count }

    @inline(__always)
    subscript(position: Int) -> Element {
        // One unsigned comparison for both bounds: a negative position is a huge unsigned one.
        unsafeAddress {
            precondition(UInt(bitPattern: position) < UInt(bitPattern: storage.count), "InPlaceList: index out of range")
            return UnsafePointer(storage.base + position)
        }
        nonmutating unsafeMutableAddress {
            precondition(UInt(bitPattern: position) < UInt(bitPattern: storage.count), "InPlaceList: index out of range")
            return storage.base + position
        }
    }

    /// Appends `element`.
    ///
    /// - Complexity: amortized O(1).
    func append(_ element: consuming Element) {
        if storage.count == storage.capacity {
            let grown = UnsafeMutablePointer<Element>.allocate(capacity: storage.capacity * 2)
            grown.moveInitialize(from: storage.base, count: storage.count)
            storage.base.deallocate()
            storage.base = grown
            storage.capacity *= 2
        }
        (storage.base + storage.count).initialize(to: consume element)
        storage.count += 1
    }
}
