import Foundation

/// How the summary prints scores: integers as integers, others to four significant digits.
enum ReportNumberFormat {
    /// `value` for people: `3`, `0.1235`, `12.35`, `1234.5`, `2.50e-05`; `—` when not finite.
    static func string(_ value: Double) -> String {
        guard value.isFinite else { return "—" }
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        if abs(value) < 0.001 { return String(format: "%.2e", value) }
        if abs(value) >= 1000 { return String(format: "%.1f", value) }
        return String(format: "%.4g", value)
    }
}
