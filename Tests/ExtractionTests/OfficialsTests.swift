import Testing
@testable import Extraction

@Suite struct OfficialsTests {
    /// A small table over the bundled countries.
    private func officials(_ rows: String) throws -> Officials {
        let gazetteer = try Gazetteer.load()
        var officials = Officials()
        try officials.read(ResourceTable.parse("name\taliases\taffiliation\trole\tyears\n" + rows, name: "officials.tsv", hasHeader: true), gazetteer: gazetteer)
        return officials
    }

    @Test func keysLeaveOutHonorificsInitialsAndSuffixes() {
        #expect(Officials.keys("Sheikh Meshal Al-Ahmad Al-Jaber Al-Sabah") == ["meshal", "al", "ahmad", "al", "jaber", "al", "sabah"])
        #expect(Officials.keys("Ferdinand R. Marcos Jr.") == ["ferdinand", "marcos"])
        #expect(Officials.keys("Dr. Võ Văn Thưởng") == ["vo", "van", "thuong"])
        // A given name is no honorific ("Amir Khan Muttaqi").
        #expect(Officials.keys("Amir Khan Muttaqi") == ["amir", "khan", "muttaqi"])
    }

    @Test func namesAliasesAndTheFirstAndLastWords() throws {
        let table = try officials(
            "Joe Biden\tJoseph R. Biden|Biden\tUnited States\tPresident (2021-2025)\t2021-2025\n"
                + "Andry Rajoelina\t\tMadagascar\tPresident (2019-)\t2019-\n")
        let biden = try #require(table.official(named: "Joseph R. Biden Jr."))
        #expect(biden.name == "Joe Biden")
        #expect(table.official(named: "Biden")?.name == "Joe Biden")
        // A middle name the table lacks: the first and last words still name him.
        #expect(table.official(named: "Andry Nirina Rajoelina")?.name == "Andry Rajoelina")
        #expect(table.official(named: "Hunter Biden") == nil)
        #expect(table.someName(endsWith: "rajoelina"))
        #expect(!table.someName(endsWith: "andry"))
    }

    @Test func aSharedNameOrATitleLeftOutNamesNoOne() throws {
        let table = try officials(
            "Kim Song\t\tNorth Korea\tAmbassador to the UN\t2014-\n"
                + "Kim Song\t\tSouth Korea\tAmbassador\t2020-\n"
                + "Philippe of Belgium\tKing Philippe\tBelgium\tKing (2013-)\t2013-\n")
        #expect(table.official(named: "Kim Song") == nil)
        // "King Philippe" without its title would be any Philippe.
        #expect(table.official(named: "Philippe") == nil)
        #expect(table.official(named: "Philippe of Belgium") != nil)
    }

    @Test func anOfficialServesCountriesAndOrganizations() throws {
        let gazetteer = try Gazetteer.load()
        let table = try officials("Mark Rutte\t\tNetherlands|NATO\tPrime Minister; Secretary General of NATO\t2010-\n")
        let rutte = try #require(table.official(named: "Mark Rutte"))
        #expect(rutte.countries.map { gazetteer.countries[$0].name } == ["Netherlands"])
        #expect(rutte.organizations.map { gazetteer.organizations[$0].name } == ["NATO"])
    }

    @Test func anUnknownAffiliationIsAClearError() throws {
        let gazetteer = try Gazetteer.load()
        var table = Officials()
        let rows = try ResourceTable.parse("name\taliases\taffiliation\trole\tyears\nJane Doe\t\tAtlantis\tQueen\t2020-\n", name: "officials.tsv", hasHeader: true)
        #expect(throws: ExtractionError.resource(name: "officials.tsv", line: 2, message: "unknown affiliation 'Atlantis'")) {
            try table.read(rows, gazetteer: gazetteer)
        }
    }

    @Test func theBundledTableLoads() throws {
        let gazetteer = try Gazetteer.load()
        #expect(gazetteer.officials.count > 3_000)
        let ramaphosa = try #require(gazetteer.officials.official(named: "Cyril Ramaphosa"))
        #expect(ramaphosa.countries.map { gazetteer.countries[$0].name } == ["South Africa"])
    }

    /// Every run of words ending a span, looked up through the tokens' codes, finds what its
    /// keys find through `index(forKeys:)`: the whole name, the first and last word, a shared
    /// name, honorifics, initials and suffixes.
    @Test func lookingUpTokensFindsWhatTheirKeysFind() throws {
        let table = try officials(
            "Joe Biden\tJoseph R. Biden|Biden\tUnited States\tPresident\t2021-2025\n"
                + "Andry Rajoelina\t\tMadagascar\tPresident\t2019-\n"
                + "Kim Song\t\tNorth Korea\tAmbassador\t2014-\n"
                + "Kim Song\t\tSouth Korea\tAmbassador\t2020-\n"
                + "Ferdinand Marcos Jr.\tBongbong Marcos\tPhilippines\tPresident\t2022-\n"
                + "Meshal Al-Ahmad Al-Jaber Al-Sabah\t\tKuwait\tEmir\t2023-\n"
                + "Võ Văn Thưởng\t\tVietnam\tPresident\t2023-2024\n"
                + "Abdulkadir Mohamed Nur Jama\t\tSomalia\tMinister\t2020-\n")
        let texts = [
            "President Joe Biden met Andry Nirina Rajoelina and Mr. Kim Song.",
            "Sheikh Meshal Al-Ahmad Al-Jaber Al-Sabah greeted Dr. Võ Văn Thưởng and Ferdinand R. Marcos Jr.",
            "Abdulkadir Nur spoke; Abdulkadir Mohamed Nur Jama II and Joseph Robinette Biden Jr listened to Biden Jr.",
        ]
        var found = 0
        for text in texts {
            let tokens = Tokenizer.tokenList(ArticleText(text: text, document: "test"))
            let words = tokens.indices.filter { tokens[$0].isWord }
            for end in words.indices {
                for start in 0...end {
                    let run = words[start...end]
                    let keys = Officials.keys(ofWords: run.map { tokens[$0].key })
                    let lookup = table.lookUp(run, in: tokens)
                    #expect(lookup.keyCount == keys.count, "\(keys)")
                    #expect(lookup.official == table.index(forKeys: keys), "\(keys)")
                    if lookup.official != nil { found += 1 }
                }
            }
        }
        // (Biden four ways, Rajoelina twice, Marcos, Al-Sabah, Võ Văn Thưởng, Abdulkadir Nur Jama; not Kim Song.)
        #expect(found >= 10)
    }
}
