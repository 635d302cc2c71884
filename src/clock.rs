//! The job clock and the simulated system's time (DESIGN §2, §6).
//!
//! The job clock is `QSY_CLOCK` (Unix seconds or RFC 3339) when it is set, else the real
//! time. The simulated system's time never goes backwards: the store keeps the latest time it
//! has seen, and a job clock earlier than that counts as that time ([`system_time`]), so
//! turning `QSY_CLOCK` back can neither reopen a TOTP optional interval nor make an old code
//! valid again. `QSY_CLOCK` so only moves the system's clock forward, as changing QDATE and
//! QTIME would. The engine is the one place that combines the two for a job.

use crate::messages::{msg, QResult};

/// What the job clock says, and where it came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct JobClock {
    /// Unix seconds.
    pub secs: i64,
    /// It came from `QSY_CLOCK` (a rehearsal moving the clock), not the real time.
    pub from_env: bool,
}

/// The job clock: `QSY_CLOCK` when set, else the real time.
pub fn job_clock() -> QResult<JobClock> {
    // Read once: a script asks for every command, and the environment does not change.
    static SETTING: std::sync::OnceLock<Option<String>> = std::sync::OnceLock::new();
    match SETTING.get_or_init(|| std::env::var("QSY_CLOCK").ok()) {
        Some(v) if !v.trim().is_empty() => match parse_time(v.trim()) {
            Some(secs) => Ok(JobClock {
                secs,
                from_env: true,
            }),
            None => msg::qsy0019(v).fail(),
        },
        _ => Ok(JobClock {
            secs: std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map(|d| d.as_secs() as i64)
                .unwrap_or(0),
            from_env: false,
        }),
    }
}

/// The job clock in Unix seconds, for what stands outside the simulated system (the
/// user's phone, `qsy totp`).
pub fn now() -> QResult<i64> {
    job_clock().map(|c| c.secs)
}

/// The simulated system's time: the job clock, or the latest time the system has seen when
/// the job clock is behind it. The system's time never goes backwards.
pub fn system_time(job_clock: i64, latest_seen: i64) -> i64 {
    job_clock.max(latest_seen)
}

/// Parses Unix seconds or an RFC 3339 time (`2026-11-24T10:00:00Z`, offsets allowed).
pub fn parse_time(text: &str) -> Option<i64> {
    if let Ok(secs) = text.parse::<i64>() {
        return Some(secs);
    }
    let b = text.as_bytes();
    if b.len() < 19
        || b[4] != b'-'
        || b[7] != b'-'
        || !(b[10] == b'T' || b[10] == b't' || b[10] == b' ')
    {
        return None;
    }
    let num = |r: std::ops::Range<usize>| text.get(r)?.parse::<i64>().ok();
    let (y, mo, d) = (num(0..4)?, num(5..7)?, num(8..10)?);
    let (h, mi, s) = (num(11..13)?, num(14..16)?, num(17..19)?);
    if !(1..=12).contains(&mo) || !(1..=31).contains(&d) || h > 23 || mi > 59 || s > 60 {
        return None;
    }
    let mut rest = &text[19..];
    if let Some(r) = rest.strip_prefix('.') {
        let digits = r.bytes().take_while(u8::is_ascii_digit).count();
        rest = &r[digits..];
    }
    let offset = match rest {
        "Z" | "z" => 0,
        _ if rest.len() == 6 && (rest.starts_with('+') || rest.starts_with('-')) => {
            let oh: i64 = rest[1..3].parse().ok()?;
            let om: i64 = rest[4..6].parse().ok()?;
            let sign = if rest.starts_with('-') { -1 } else { 1 };
            sign * (oh * 3600 + om * 60)
        }
        _ => return None,
    };
    Some(days_from_civil(y, mo, d) * 86_400 + h * 3600 + mi * 60 + s - offset)
}

/// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm).
fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = if y >= 0 { y } else { y - 399 } / 400;
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// Formats Unix seconds as RFC 3339 UTC (`2026-11-24T10:00:00Z`).
pub fn rfc3339(secs: i64) -> String {
    let days = secs.div_euclid(86_400);
    let rem = secs.rem_euclid(86_400);
    let z = days + 719_468;
    let era = if z >= 0 { z } else { z - 146_096 } / 146_097;
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    format!(
        "{y:04}-{m:02}-{d:02}T{:02}:{:02}:{:02}Z",
        rem / 3600,
        rem % 3600 / 60,
        rem % 60
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_rfc3339() {
        for t in [0, 59, 1_111_111_109, 1_764_000_000, 2_000_000_000] {
            assert_eq!(parse_time(&rfc3339(t)), Some(t));
        }
        assert_eq!(rfc3339(1_111_111_109), "2005-03-18T01:58:29Z");
        assert_eq!(parse_time("2005-03-18T02:58:29+01:00"), Some(1_111_111_109));
        assert_eq!(parse_time("yesterday"), None);
    }

    #[test]
    fn system_time_never_goes_backwards() {
        assert_eq!(system_time(100, 200), 200);
        assert_eq!(system_time(300, 200), 300);
        assert_eq!(system_time(0, 0), 0);
    }
}
