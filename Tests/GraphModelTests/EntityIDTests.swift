import GraphModel
import Testing

@Suite struct EntityIDTests {
    @Test func derivesReadableIDFromKindAndName() {
        #expect(EntityID(kind: .person, name: "Zakir Hasanov").rawValue == "person/zakir-hasanov")
        #expect(EntityID(kind: .person, name: "Péter Szijjártó").rawValue == "person/peter-szijjarto")
        #expect(EntityID(kind: .country, name: "Côte d’Ivoire").rawValue == "country/cote-divoire")
        #expect(EntityID(kind: .organization, name: "P5+1").rawValue == "organization/p5-1")
        #expect(EntityID(kind: .person, name: "Võ Văn Thưởng").rawValue == "person/vo-van-thuong")
        #expect(EntityID(kind: .person, name: "  ").rawValue == "person/unnamed")
    }

    @Test func keepsNonLatinLetters() {
        #expect(EntityID(kind: .person, name: "Сергей Лавров").rawValue == "person/сергеи-лавров")
        #expect(EntityID(kind: .person, name: "王毅").rawValue == "person/王毅")
    }

    @Test func isStableAcrossSpellingsThatFoldTogether() {
        #expect(EntityID(kind: .person, name: "PETER  SZIJJARTO") == EntityID(kind: .person, name: "Péter Szijjártó"))
    }
}
