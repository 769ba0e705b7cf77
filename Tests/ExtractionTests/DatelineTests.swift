import Testing
@testable import Extraction

@Suite struct DatelineTests {
    @Test(arguments: [
        ("Headline here\n\nBAKU, Azerbaijan, November 23. Azerbaijani Foreign Minister Jeyhun Bayramov met his counterpart.", "November 23"),
        ("Headline here\n\nTOKYO, June 21 (KUNA) -- Japan's Foreign Minister Yoko Kamikawa spoke.", "June 21"),
        ("Headline here\n\nNEW YORK, Sept. 24 (Xinhua) -- Chinese Foreign Minister Wang Yi said here.", "Sept. 24"),
        ("Headline here\n\nBelgrade, June 19 (IANS) Russia will continue to support Serbia, the minister said.", "June 19"),
    ])
    func datelineGivesDateAndIsNoEntity(text: String, date: String) throws {
        let doc = analyze(text)
        #expect(doc.dateline?.date == date)
        let dateline = try #require(doc.dateline)
        #expect(dateline.tokens.allSatisfy { doc.tokens[$0].flags.contains(.excluded) })
    }

    @Test func aStoryWithoutAHeadlineStartsWithItsDateline() throws {
        let text = "ANKARA (AA) - Egyptian President Abdel Fattah al-Sisi on Wednesday paid his first visit to Turkey in 12 years and held talks with Turkish President Recep Tayyip Erdogan in the capital."
        let graph = try extract(text)
        let sisi = try #require(graph.entity("Abdel Fattah al-Sisi"))
        #expect(sisi.attributes["role"] == "Egyptian President")
        #expect(!graph.has(.affiliation, "Abdel Fattah al-Sisi", "Turkey"))
        // A headline is short: its words are never taken for a dateline.
        #expect(analyze("ANKARA (AA) - Sisi visits Turkey\n\nThe talks were held on Wednesday.").dateline?.tokens.lowerBound != 0)
    }

    @Test func agencyPrefixesAreExcluded() throws {
        let graph = try extract("Headline\n\nUlaanbaatar/MONTSAME/ On November 13, Foreign Minister D.Tsogtbaatar met Chinese Foreign Minister Wang Yi.")
        #expect(graph.entity("Wang Yi") != nil)
        #expect(graph.entity("MONTSAME") == nil)
    }

    @Test func bylinesAndCreditsAreNotEntities() throws {
        let text = """
            Ministers meet

            By Anna Karimova

            March 6, 2023

            Prime Minister Nikol Pashinyan met Georgian Prime Minister Irakli Kobakhidze in Tbilisi. (Reporting by John Doe; Editing by Jane Roe)

            Source: Armenpress
            """
        let graph = try extract(text)
        #expect(graph.names(.person) == ["Irakli Kobakhidze", "Nikol Pashinyan"])
        #expect(graph.entity("Armenpress") == nil)
    }
    @Test func anOrdinalDayInADateline() throws {
        let doc = analyze("Headline here\n\nKAZAN, 22nd October, 2024 (WAM) -- Sheikh Abdullah bin Zayed Al Nahyan met Sergey Lavrov.")
        let dateline = try #require(doc.dateline)
        #expect(dateline.tokens.contains { doc.tokens[$0].hasKey("wam") })
        #expect(dateline.tokens.allSatisfy { doc.tokens[$0].flags.contains(.excluded) })
    }

    @Test func aSpacedHyphenEndsAPlaceInCapitals() throws {
        let text = "Talks in Addis\n\nADDIS ABABA, Ethiopia - Somalia's President Hassan Sheikh Mohamud held talks with Ethiopian Prime Minister Abiy Ahmed in Addis Ababa on Saturday, the first such visit in a year."
        let graph = try extract(text)
        #expect(graph.entity("Hassan Sheikh Mohamud")?.attributes["role"] == "Somalia's President")
        #expect(!graph.has(.affiliation, "Hassan Sheikh Mohamud", "Ethiopia"))
        #expect(graph.has(.meeting, "Hassan Sheikh Mohamud", "Abiy Ahmed"))
    }
}
