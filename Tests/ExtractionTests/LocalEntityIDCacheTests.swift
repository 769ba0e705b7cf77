import GraphModel
import Testing
@testable import Extraction

@Suite struct LocalEntityIDCacheTests {
    @Test func anIdIsMadeOnceForAName() {
        let cache = LocalEntityIDCache()
        var made = 0
        func id(_ kind: EntityKind, _ name: String) -> EntityID {
            cache.id(kind: kind, name: name) {
                made += 1
                return GraphBuilder.id(kind: kind, name: name)
            }
        }
        #expect(id(.person, "Zakir Hasanov") == EntityID(kind: .person, name: "Zakir Hasanov"))
        #expect(id(.person, "Zakir Hasanov") == EntityID(kind: .person, name: "Zakir Hasanov"))
        #expect(made == 1)
        // Another kind is another id.
        #expect(id(.organization, "Zakir Hasanov") == EntityID(kind: .organization, name: "Zakir Hasanov"))
        #expect(made == 2)
    }

    /// Canonically equivalent names (equal as `String`s) with other bytes are told apart.
    @Test func namesAreComparedByTheirBytes() {
        let cache = LocalEntityIDCache()
        let composed = "Jos\u{E9}", decomposed = "Jose\u{301}"
        #expect(composed == decomposed)
        _ = cache.id(kind: .person, name: composed) { EntityID(rawValue: "person/composed") }
        let other = cache.id(kind: .person, name: decomposed) { EntityID(rawValue: "person/decomposed") }
        #expect(other.rawValue == "person/decomposed")
    }
}
