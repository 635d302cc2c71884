//! Writes a realistic IBM i profile inventory as CSV, with IBM's column names, for
//! `qsy import` (the tests and the benchmark).
//!
//! `cargo run --release --example inventory -- DIR COUNT [SEED]` writes into DIR:
//! `user_info.csv` (COUNT rows of `SELECT * FROM QSYS2.USER_INFO` as ACS's Run SQL Scripts
//! saves them: quoted text, `2025-10-01 08:00:00.000000` timestamps, empty fields for
//! nulls, a few columns qsy does not use), `security_info.csv` (QPWDLVL 2, QSECURITY 40),
//! `system_value_info.csv` and `function_usage.csv`. The mix is deterministic for a seed:
//! mostly *USER profiles, some *PGMR, *SYSOPR, *SECADM and a few *SECOFR; about one in
//! eight with password *NONE (service profiles), one in twenty disabled, passwords changed
//! before and after 2024-03-01 (when QPWDLVL went to 2 in this story: pass
//! `--level23-since 2024-03-01` to `qsy import`), a few set at level 2 only (no 0/1 hash),
//! some with AUTHMTH *TOTP with and without a key, and some *DENIED for
//! QIBM_RUN_UNDER_USER_NO_AUTH. QSECOFR is always the first row.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

/// A small deterministic generator (SplitMix64), so the inventory is the same for a seed.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}

/// An ACS timestamp (`2025-10-01 08:00:00.000000`) for Unix seconds, UTC.
fn ts(secs: u64) -> String {
    let iso = qsy::clock::rfc3339(secs as i64); // 2025-10-01T08:00:00Z
    format!("{} {}.000000", &iso[..10], &iso[11..19])
}

const CUTOVER: u64 = 1_709_251_200; // 2024-03-01
const EXPORTED: u64 = 1_759_305_600; // 2025-10-01 08:00

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (Some(dir), Some(count)) = (
        args.first(),
        args.get(1).and_then(|n| n.parse::<u64>().ok()),
    ) else {
        eprintln!("usage: inventory DIR COUNT [SEED]");
        return ExitCode::from(2);
    };
    let seed = args.get(2).and_then(|s| s.parse().ok()).unwrap_or(20);
    match write(&PathBuf::from(dir), count, seed) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("{e}");
            ExitCode::FAILURE
        }
    }
}

fn write(dir: &std::path::Path, count: u64, seed: u64) -> std::io::Result<()> {
    std::fs::create_dir_all(dir)?;
    let mut rng = Rng(seed);
    let mut users = std::io::BufWriter::new(std::fs::File::create(dir.join("user_info.csv"))?);
    writeln!(
        users,
        "\"AUTHORIZATION_NAME\",\"PREVIOUS_SIGNON\",\"SIGN_ON_ATTEMPTS_NOT_VALID\",\"STATUS\",\
         \"NETSERVER_DISABLED\",\"PASSWORD_CHANGE_DATE\",\"NO_PASSWORD_INDICATOR\",\
         \"PASSWORD_LEVEL_0_1\",\"PASSWORD_LEVEL_2_3\",\"PASSWORD_EXPIRATION_INTERVAL\",\
         \"SET_PASSWORD_TO_EXPIRE\",\"USER_CLASS_NAME\",\"SPECIAL_AUTHORITIES\",\"GROUP_PROFILE_NAME\",\
         \"TEXT_DESCRIPTION\",\"USER_DEFAULT_PASSWORD\",\"USE_TOTP_AUTHENTICATION\",\
         \"USE_EXIT_PROGRAM_AUTHENTICATION\",\"TOTP_KEY_EXISTS\",\"TOTP_KEY_LAST_CHANGED\",\
         \"TOTP_INTERVAL\",\"TOTP_REMAINING_MINUTES\""
    )?;
    let mut fcn = std::io::BufWriter::new(std::fs::File::create(dir.join("function_usage.csv"))?);
    writeln!(fcn, "\"FUNCTION_ID\",\"USER_NAME\",\"USAGE\",\"USER_TYPE\"")?;
    writeln!(fcn, "\"QIBM_DB_SQLADM\",\"QSECOFR\",\"ALLOWED\",\"USER\"")?;
    for i in 0..count {
        let (name, class, spcaut) = if i == 0 {
            (
                "QSECOFR".to_string(),
                "*SECOFR",
                "*ALLOBJ     *AUDIT      *IOSYSCFG   *JOBCTL     *SAVSYS     *SECADM     *SERVICE    *SPLCTL",
            )
        } else {
            let class = match rng.below(100) {
                0..=1 => ("*SECOFR", "*ALLOBJ     *SECADM"),
                2..=5 => ("*SECADM", "*SECADM"),
                6..=12 => ("*SYSOPR", "*JOBCTL     *SAVSYS"),
                13..=25 => ("*PGMR", ""),
                _ => ("*USER", ""),
            };
            (format!("U{i:07}"), class.0, class.1)
        };
        let service = i != 0 && rng.below(8) == 0;
        let disabled = i != 0 && rng.below(20) == 0;
        let changed = EXPORTED - 86_400 - rng.below(4 * 365 * 86_400);
        let level2_only = !service && changed >= CUTOVER && rng.below(10) == 0;
        let (nopwd, l01, l23) = if service {
            ("YES", "NO", "NO")
        } else if level2_only {
            ("NO", "NO", "YES")
        } else {
            ("NO", "YES", "YES")
        };
        let totp = !service && rng.below(6) == 0;
        let key = totp && rng.below(3) != 0;
        let signon = if service || rng.below(10) == 0 {
            String::new()
        } else {
            ts(EXPORTED - rng.below(90 * 86_400))
        };
        writeln!(
            users,
            "\"{name}\",{signon},{attempts},\"{status}\",\"NO\",{changed},\"{nopwd}\",\"{l01}\",\"{l23}\",{itv},\"NO\",\"{class}\",{spcaut},,\"{text}\",\"NO\",\"{t}\",\"NO\",\"{k}\",{kc},{ti},",
            signon = if signon.is_empty() { String::new() } else { format!("\"{signon}\"") },
            attempts = if disabled { 3 } else { rng.below(2) },
            status = if disabled { "*DISABLED" } else { "*ENABLED" },
            changed = if service { String::new() } else { format!("\"{}\"", ts(changed)) },
            itv = [0, 90, -1][rng.below(3) as usize],
            spcaut = if spcaut.is_empty() { String::new() } else { format!("\"{spcaut}\"") },
            text = if i == 0 { "Security Officer".to_string() } else { format!("Employee {i}, \"dept\" {}", rng.below(40)) }.replace('"', "\"\""),
            t = if totp { "YES" } else { "NO" },
            k = if key { "YES" } else { "NO" },
            kc = if key { format!("\"{}\"", ts(EXPORTED - rng.below(30 * 86_400))) } else { String::new() },
            ti = if key && rng.below(2) == 0 { "60".to_string() } else { String::new() },
        )?;
        if i != 0 && rng.below(25) == 0 {
            writeln!(
                fcn,
                "\"QIBM_RUN_UNDER_USER_NO_AUTH\",\"{name}\",\"DENIED\",\"USER\""
            )?;
        }
    }
    users.flush()?;
    fcn.flush()?;
    std::fs::write(
        dir.join("security_info.csv"),
        "\"SECURITY_LEVEL\",\"PENDING_SECURITY_LEVEL\",\"PASSWORD_LEVEL\",\"PENDING_PASSWORD_LEVEL\",\"AUDIT_JOURNAL_EXISTS\",\"ADDITIONAL_SIGNON_FACTOR\",\"PENDING_ADDITIONAL_SIGNON_FACTOR\"\n40,,2,,\"YES\",\"*DISABLED\",\n",
    )?;
    std::fs::write(
        dir.join("system_value_info.csv"),
        "\"SYSTEM_VALUE_NAME\",\"CURRENT_NUMERIC_VALUE\",\"CURRENT_CHARACTER_VALUE\"\n\
         \"QSECURITY\",,\"40\"\n\"QPWDLVL\",2,\n\"QPWDMINLEN\",8,\n\"QPWDMAXLEN\",128,\n\
         \"QMAXSIGN\",,\"3\"\n\"QPWDEXPITV\",,\"90\"\n\"QCCSID\",37,\n\"QDATFMT\",,\"MDY\"\n",
    )?;
    Ok(())
}
