import Testing
@testable import Report

@Suite struct ReportNumberFormatTests {
    @Test func formatsScores() {
        #expect(ReportNumberFormat.string(3) == "3")
        #expect(ReportNumberFormat.string(0) == "0")
        #expect(ReportNumberFormat.string(0.123456) == "0.1235")
        #expect(ReportNumberFormat.string(12.345678) == "12.35")
        #expect(ReportNumberFormat.string(1234.56) == "1234.6")
        #expect(ReportNumberFormat.string(0.000025) == "2.50e-05")
        #expect(ReportNumberFormat.string(-0.5) == "-0.5")
        #expect(ReportNumberFormat.string(.nan) == "—")
        #expect(ReportNumberFormat.string(.infinity) == "—")
    }
}
