/// The length of the periods a corpus is cut into for time slices.
public enum SlicePeriod: String, CaseIterable, Sendable {
    /// Weeks starting on Monday (ISO 8601).
    case week
    /// Calendar months.
    case month
    /// Calendar years.
    case year

    /// The first day of the period that contains `isoDay`.
    func start(of day: CalendarDay) -> CalendarDay {
        switch self {
        case .week: CalendarDay(dayNumber: day.dayNumber - day.weekday)
        case .month: CalendarDay(year: day.year, month: day.month, day: 1)
        case .year: CalendarDay(year: day.year, month: 1, day: 1)
        }
    }

    /// The first day of the period after the one starting on `start`.
    func next(after start: CalendarDay) -> CalendarDay {
        switch self {
        case .week: CalendarDay(dayNumber: start.dayNumber + 7)
        case .month:
            start.month == 12
                ? CalendarDay(year: start.year + 1, month: 1, day: 1)
                : CalendarDay(year: start.year, month: start.month + 1, day: 1)
        case .year: CalendarDay(year: start.year + 1, month: 1, day: 1)
        }
    }

    /// A short label of the period starting on `start`: its Monday (`2024-06-10`), `2024-06` or `2024`.
    func label(of start: CalendarDay) -> String {
        switch self {
        case .week: start.iso
        case .month: String(start.iso.prefix(7))
        case .year: String(start.iso.prefix(4))
        }
    }
}
