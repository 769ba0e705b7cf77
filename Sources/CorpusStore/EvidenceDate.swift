/// Turns the dates articles write ("June 17", "17 June 2024", "Monday", "yesterday")
/// into ISO days, using the article's own date for the year and for relative words.
///
/// The store filters and slices evidence by these days, so `--since 2024-06-01` finds
/// a meeting "on June 17" in an article dated 2024-06-18.
public enum EvidenceDate {
    private static let months = [
        "january", "february", "march", "april", "may", "june", "july", "august",
        "september", "october", "november", "december",
    ]
    private static let weekdays = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]

    /// The ISO day (`YYYY-MM-DD`) a written date refers to, or `nil` when it cannot tell.
    ///
    /// - Parameters:
    ///   - written: the date as the article writes it; `nil` uses `documentDate` alone.
    ///   - documentDate: the article's ISO date (`YYYY-MM-DD`, longer timestamps allowed).
    /// - Returns: the day, with the year taken from the document so that the day is the
    ///   closest to the document's date (a "December 30" in a January article is last year's).
    public static func isoDay(_ written: String?, documentDate: String?) -> String? {
        let reference = documentDate.flatMap(CalendarDay.init(iso:))
        guard let written, !written.isEmpty else { return reference?.iso }
        if let day = CalendarDay(iso: written) { return day.iso }
        let words = written.lowercased()
            .split(whereSeparator: { !$0.isLetter && !$0.isNumber })
            .map(String.init)
        var month: Int?
        var dayOfMonth: Int?
        var year: Int?
        for word in words {
            if let index = months.firstIndex(where: { $0 == word || ($0.hasPrefix(word) && word.count >= 3) }) {
                month = index + 1
            } else if let number = Int(word) {
                if number >= 1000 { year = number } else if number >= 1 && number <= 31 { dayOfMonth = number }
            }
        }
        if let month, let dayOfMonth {
            if let year { return CalendarDay(year: year, month: month, day: dayOfMonth).validated?.iso }
            guard let reference else { return nil }
            let candidates = [reference.year - 1, reference.year, reference.year + 1].compactMap {
                CalendarDay(year: $0, month: month, day: dayOfMonth).validated
            }
            let best = candidates.min {
                abs($0.dayNumber - reference.dayNumber) < abs($1.dayNumber - reference.dayNumber)
            }
            return best?.iso
        }
        guard let reference else { return nil }
        if words.contains("yesterday") { return CalendarDay(dayNumber: reference.dayNumber - 1).iso }
        if words.contains("today") { return reference.iso }
        if let weekday = words.lazy.compactMap({ weekdays.firstIndex(of: $0) }).first {
            // The latest such weekday on or before the article's date.
            let back = (reference.weekday - weekday + 7) % 7
            return CalendarDay(dayNumber: reference.dayNumber - back).iso
        }
        return reference.iso
    }
}

/// A day of the proleptic Gregorian calendar, with day-number arithmetic.
struct CalendarDay: Hashable, Comparable {
    var year: Int
    var month: Int
    var day: Int

    init(year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses the `YYYY-MM-DD` prefix of `iso`.
    init?(iso: String) {
        let utf8 = Array(iso.utf8.prefix(10))
        guard utf8.count == 10, utf8[4] == UInt8(ascii: "-"), utf8[7] == UInt8(ascii: "-") else { return nil }
        func number(_ range: Range<Int>) -> Int? {
            var value = 0
            for byte in utf8[range] {
                guard byte >= 48 && byte <= 57 else { return nil }
                value = value * 10 + Int(byte - 48)
            }
            return value
        }
        guard let year = number(0..<4), let month = number(5..<7), let day = number(8..<10),
            let valid = CalendarDay(year: year, month: month, day: day).validated
        else { return nil }
        self = valid
    }

    /// The day for a count of days since 1970-01-01 (Howard Hinnant's `civil_from_days`).
    init(dayNumber: Int) {
        let z = dayNumber + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        day = doy - (153 * mp + 2) / 5 + 1
        month = mp < 10 ? mp + 3 : mp - 9
        year = yoe + era * 400 + (month <= 2 ? 1 : 0)
    }

    /// Days since 1970-01-01 (Hinnant's `days_from_civil`).
    var dayNumber: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// 0 for Monday … 6 for Sunday.
    var weekday: Int { ((dayNumber % 7) + 7 + 3) % 7 }

    /// `self` if it names a real day, else `nil` (February 30).
    var validated: CalendarDay? {
        guard (1...12).contains(month), day >= 1 else { return nil }
        return CalendarDay(dayNumber: dayNumber) == self ? self : nil
    }

    var iso: String {
        func pad(_ value: Int, _ width: Int) -> String {
            let text = String(value)
            return String(repeating: "0", count: max(0, width - text.count)) + text
        }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }

    static func < (lhs: CalendarDay, rhs: CalendarDay) -> Bool { lhs.dayNumber < rhs.dayNumber }
}
