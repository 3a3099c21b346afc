//! Dutch local time for budget periods: a "daily limit" resets at midnight in Amsterdam, a
//! "monthly limit" on the first of the month at midnight in Amsterdam.
//!
//! No time-zone database: the EU rule is enough. Summer time (CEST, UTC+2) runs from the last
//! Sunday of March 01:00 UTC to the last Sunday of October 01:00 UTC; the rest of the year is
//! CET (UTC+1). Both changes happen at 01:00 UTC, i.e. 02:00/03:00 local time, never near local
//! midnight, so every local day starts at 22:00 or 23:00 UTC and each whole UTC hour lies in
//! exactly one local day.

use time::{Date, Month, OffsetDateTime};

const HOUR: i64 = 3_600;

/// The last Sunday of `month` in `year`.
fn last_sunday(year: i32, month: Month) -> Option<Date> {
    let last = Date::from_calendar_date(year, month, month.length(year)).ok()?;
    let back = i64::from(last.weekday().number_days_from_sunday());
    last.checked_sub(time::Duration::days(back))
}

/// Unix seconds of `date` 01:00 UTC.
fn one_am_utc(date: Date) -> i64 {
    date.midnight().assume_utc().unix_timestamp() + HOUR
}

/// Offset of Amsterdam time from UTC at the unix time `t`, in seconds (3600 or 7200).
pub fn offset(t: i64) -> i64 {
    let year = utc(t).year();
    let (Some(start), Some(end)) = (
        last_sunday(year, Month::March),
        last_sunday(year, Month::October),
    ) else {
        return HOUR;
    };
    if t >= one_am_utc(start) && t < one_am_utc(end) {
        2 * HOUR
    } else {
        HOUR
    }
}

fn utc(t: i64) -> OffsetDateTime {
    OffsetDateTime::from_unix_timestamp(t).unwrap_or(OffsetDateTime::UNIX_EPOCH)
}

/// The Amsterdam calendar date of the unix time `t`.
pub fn date(t: i64) -> Date {
    utc(t.saturating_add(offset(t))).date()
}

/// Unix seconds of Amsterdam midnight at the start of `d`.
pub fn day_start(d: Date) -> i64 {
    let naive = d.midnight().assume_utc().unix_timestamp();
    // Local midnight is 22:00 or 23:00 UTC the day before; the offset is the same at both.
    naive - offset(naive - 2 * HOUR)
}

/// Unix seconds of Amsterdam midnight at the start of the month of `d`.
pub fn month_start(d: Date) -> i64 {
    day_start(d.replace_day(1).unwrap_or(d))
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::{date, datetime};

    fn ts(dt: OffsetDateTime) -> i64 {
        dt.unix_timestamp()
    }

    #[test]
    fn last_sundays() {
        assert_eq!(last_sunday(2026, Month::March), Some(date!(2026 - 03 - 29)));
        assert_eq!(
            last_sunday(2026, Month::October),
            Some(date!(2026 - 10 - 25))
        );
        assert_eq!(last_sunday(2027, Month::March), Some(date!(2027 - 03 - 28)));
        assert_eq!(
            last_sunday(2027, Month::October),
            Some(date!(2027 - 10 - 31))
        );
        // A month ending on a Sunday.
        assert_eq!(last_sunday(2024, Month::March), Some(date!(2024 - 03 - 31)));
    }

    #[test]
    fn offsets_winter_and_summer() {
        assert_eq!(offset(ts(datetime!(2026-01-15 12:00 UTC))), HOUR);
        assert_eq!(offset(ts(datetime!(2026-07-15 12:00 UTC))), 2 * HOUR);
    }

    #[test]
    fn spring_forward_2026_03_29() {
        // 00:59:59 UTC = 01:59:59 CET; 01:00 UTC = 03:00 CEST.
        assert_eq!(offset(ts(datetime!(2026-03-29 00:59:59 UTC))), HOUR);
        assert_eq!(offset(ts(datetime!(2026-03-29 01:00 UTC))), 2 * HOUR);
        // The day of the change is 23 hours long.
        let d = date!(2026 - 03 - 29);
        assert_eq!(day_start(d), ts(datetime!(2026-03-28 23:00 UTC)));
        assert_eq!(
            day_start(d.next_day().expect("next day")),
            ts(datetime!(2026-03-29 22:00 UTC))
        );
        assert_eq!(
            day_start(d.next_day().expect("next day")) - day_start(d),
            23 * HOUR
        );
        assert_eq!(date(ts(datetime!(2026-03-29 21:59:59 UTC))), d);
        assert_eq!(
            date(ts(datetime!(2026-03-29 22:00 UTC))),
            date!(2026 - 03 - 30)
        );
        assert_eq!(date(ts(datetime!(2026-03-28 23:00 UTC))), d);
        assert_eq!(
            date(ts(datetime!(2026-03-28 22:59:59 UTC))),
            date!(2026 - 03 - 28)
        );
    }

    #[test]
    fn fall_back_2026_10_25() {
        assert_eq!(offset(ts(datetime!(2026-10-25 00:59:59 UTC))), 2 * HOUR);
        assert_eq!(offset(ts(datetime!(2026-10-25 01:00 UTC))), HOUR);
        // The day of the change is 25 hours long.
        let d = date!(2026 - 10 - 25);
        assert_eq!(day_start(d), ts(datetime!(2026-10-24 22:00 UTC)));
        assert_eq!(
            day_start(d.next_day().expect("next day")),
            ts(datetime!(2026-10-25 23:00 UTC))
        );
        assert_eq!(
            day_start(d.next_day().expect("next day")) - day_start(d),
            25 * HOUR
        );
        assert_eq!(date(ts(datetime!(2026-10-25 22:59:59 UTC))), d);
        assert_eq!(
            date(ts(datetime!(2026-10-25 23:00 UTC))),
            date!(2026 - 10 - 26)
        );
    }

    #[test]
    fn month_boundary_at_23_30_utc_on_the_last_day() {
        // 31 January 23:30 UTC is 1 February 00:30 in Amsterdam (CET).
        let t = ts(datetime!(2026-01-31 23:30 UTC));
        assert_eq!(date(t), date!(2026 - 02 - 01));
        assert_eq!(month_start(date(t)), ts(datetime!(2026-01-31 23:00 UTC)));
        // 30 June 23:30 UTC is 1 July 01:30 (CEST); 21:59 UTC is still June.
        let t = ts(datetime!(2026-06-30 23:30 UTC));
        assert_eq!(date(t), date!(2026 - 07 - 01));
        assert_eq!(month_start(date(t)), ts(datetime!(2026-06-30 22:00 UTC)));
        assert_eq!(
            date(ts(datetime!(2026-06-30 21:59 UTC))),
            date!(2026 - 06 - 30)
        );
        // New year.
        assert_eq!(
            date(ts(datetime!(2026-12-31 23:30 UTC))),
            date!(2027 - 01 - 01)
        );
    }

    #[test]
    fn every_hour_of_two_years_lies_in_the_day_that_starts_before_it() {
        let mut t = ts(datetime!(2026-01-01 00:00 UTC));
        let end = ts(datetime!(2028-01-01 00:00 UTC));
        while t < end {
            let d = date(t);
            let start = day_start(d);
            let next = day_start(d.next_day().expect("next day"));
            assert!(start <= t && t < next, "{t}");
            assert_eq!(start % HOUR, 0);
            assert!(matches!(next - start, 82_800 | 86_400 | 90_000));
            t += HOUR;
        }
    }
}
