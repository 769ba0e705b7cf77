import Testing
@testable import Extraction

/// The bundled tables agree with each other: what `scripts/check-gazetteers` checks in full,
/// the links between tables checked here on every test run.
@Suite struct ResourceTablesIntegrityTests {
    /// The folded names of the countries of countries.tsv.
    private func countryNames() throws -> Set<String> {
        let table = try ResourceTable.load("countries.tsv", hasHeader: true)
        return Set(table.rows.map { Tokenizer.fold(table.cell($0, "name")) })
    }

    /// The folded names and aliases of the rows of `file`.
    private func forms(_ file: String) throws -> [String: Int] {
        let table = try ResourceTable.load(file, hasHeader: true)
        var result: [String: Int] = [:]
        for (row, line) in zip(table.rows, table.lines) {
            for form in [table.cell(row, "name")] + ResourceTable.list(table.cell(row, "aliases")) {
                result[Tokenizer.fold(form)] = line
            }
        }
        return result
    }

    @Test(arguments: ["parties.tsv", "companies.tsv", "national-bodies.tsv"])
    func everyCountryColumnNamesACountry(file: String) throws {
        let countries = try countryNames()
        let table = try ResourceTable.load(file, hasHeader: true)
        for (row, line) in zip(table.rows, table.lines) {
            let country = table.cell(row, "country")
            #expect(countries.contains(Tokenizer.fold(country)), "\(file):\(line): \(country) is not in countries.tsv")
        }
    }

    @Test func noCompanyFormIsAnotherTablesForm() throws {
        let companies = try forms("companies.tsv")
        for other in ["organizations.tsv", "parties.tsv", "groups.tsv", "national-bodies.tsv"] {
            let taken = try forms(other)
            for (form, line) in companies where taken[form] != nil {
                Issue.record("companies.tsv:\(line): \(form) is also in \(other) (line \(taken[form]!))")
            }
        }
        let countries = try ResourceTable.load("countries.tsv", hasHeader: true)
        let countryForms = Set(countries.rows.flatMap { row in
            ([countries.cell(row, "name")] + ResourceTable.list(countries.cell(row, "aliases"))).map { Tokenizer.fold($0) }
        })
        for (form, line) in companies where countryForms.contains(form) {
            Issue.record("companies.tsv:\(line): \(form) is a country's name")
        }
    }

    @Test func everyOfficialServesAListedCountryOrOrganization() throws {
        let countries = try countryNames()
        let organizations = try forms("organizations.tsv").keys
        let known = countries.union(organizations)
        let table = try ResourceTable.load("officials.tsv", hasHeader: true)
        for (row, line) in zip(table.rows, table.lines) {
            let served = ResourceTable.list(table.cell(row, "affiliation"))
            #expect(!served.isEmpty, "officials.tsv:\(line): no affiliation")
            for name in served {
                #expect(known.contains(Tokenizer.fold(name)), "officials.tsv:\(line): \(name) is neither a country nor an organization")
            }
        }
    }
}
