import CorpusStore
import Testing

@Suite struct EvidenceDateTests {
    @Test func monthAndDayTakeTheDocumentsYear() {
        #expect(EvidenceDate.isoDay("June 17", documentDate: "2024-06-18") == "2024-06-17")
        #expect(EvidenceDate.isoDay("17 June", documentDate: "2024-06-18T09:30:00Z") == "2024-06-17")
        #expect(EvidenceDate.isoDay("Sept. 3", documentDate: "2021-09-05") == "2021-09-03")
    }

    @Test func theClosestYearWinsAcrossNewYear() {
        #expect(EvidenceDate.isoDay("December 30", documentDate: "2025-01-02") == "2024-12-30")
        #expect(EvidenceDate.isoDay("January 2", documentDate: "2024-12-30") == "2025-01-02")
    }

    @Test func anExplicitYearIsKept() {
        #expect(EvidenceDate.isoDay("January 20, 2022", documentDate: "2024-06-18") == "2022-01-20")
        #expect(EvidenceDate.isoDay("2019-03-04", documentDate: nil) == "2019-03-04")
    }

    @Test func relativeWordsCountFromTheDocumentsDate() {
        // 2024-06-19 was a Wednesday.
        #expect(EvidenceDate.isoDay("on Monday", documentDate: "2024-06-19") == "2024-06-17")
        #expect(EvidenceDate.isoDay("Wednesday", documentDate: "2024-06-19") == "2024-06-19")
        #expect(EvidenceDate.isoDay("yesterday", documentDate: "2024-03-01") == "2024-02-29")
    }

    @Test func withoutADateTheDocumentsDateStands() {
        #expect(EvidenceDate.isoDay(nil, documentDate: "2024-06-19") == "2024-06-19")
        #expect(EvidenceDate.isoDay("last spring", documentDate: "2024-06-19") == "2024-06-19")
        #expect(EvidenceDate.isoDay("June 17", documentDate: nil) == nil)
        #expect(EvidenceDate.isoDay("February 30", documentDate: "2024-02-10") == nil)
    }
}
