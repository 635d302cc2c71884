//! `qsy import` and `qsy readiness` (issue 20): the shop's own partition. The attacks first —
//! a repeated name, an invalid one, a missing column, a bad value, bytes that are not UTF-8,
//! an existing store, a rehearsal passwords file planted through a symlink, a FIFO or a
//! loose mode, spreadsheet formulas and HTML in a profile's text — then what an import keeps
//! (unknown values through the IPLs and SAVSECDTA/RSTUSRPRF), the rehearsal the report
//! predicts, and the HTML page in a real headless Chromium.

use crate::harness::*;
use serde_json::Value;
use std::path::{Path, PathBuf};

fn data(name: &str) -> String {
    format!("{}/tests/data/inventory/{name}", env!("CARGO_MANIFEST_DIR"))
}

const HEADER: &str = "AUTHORIZATION_NAME,STATUS,USER_CLASS_NAME,SPECIAL_AUTHORITIES,NO_PASSWORD_INDICATOR,PASSWORD_LEVEL_0_1,PASSWORD_LEVEL_2_3,PASSWORD_CHANGE_DATE,TEXT_DESCRIPTION";

/// Writes `text` as a file in the system's directory and returns its path.
fn file(sys: &Sys, name: &str, text: impl AsRef<[u8]>) -> String {
    let p = sys.dir.path().join(name);
    std::fs::write(&p, text).unwrap();
    p.display().to_string()
}

fn user_info(sys: &Sys, rows: &[&str]) -> String {
    let mut text = format!("{HEADER}\n");
    for r in rows {
        text.push_str(r);
        text.push('\n');
    }
    file(sys, "user_info.csv", text)
}

const JSMITH: &str = "JSMITH,*ENABLED,*USER,,NO,YES,YES,2024-06-01 10:00:00.000000,Night operator";

/// A refusal with file, row and column; no store left behind.
fn refused_at(sys: &Sys, args: &[&str], row: &str, column: &str) {
    let r = sys.fails(args, 1, "QSY0841");
    assert!(
        r.stderr.contains(&format!("row {row}, column {column}")),
        "{}",
        r.show()
    );
    assert!(
        !sys.path().exists(),
        "nothing may be created:\n{}",
        r.show()
    );
    let leftovers: Vec<_> = std::fs::read_dir(sys.dir.path())
        .unwrap()
        .filter_map(|e| e.ok())
        .filter(|e| e.file_name().to_string_lossy().contains("import"))
        .collect();
    assert!(leftovers.is_empty(), "temporary store left: {leftovers:?}");
}

#[test]
fn a_repeated_profile_name_is_refused_with_its_row_and_nothing_is_created() {
    let sys = Sys::new();
    let f = user_info(
        &sys,
        &[JSMITH, "AJONES,*ENABLED,*USER,,YES,NO,NO,,", JSMITH],
    );
    refused_at(&sys, &["import", &f], "4", "AUTHORIZATION_NAME");
}

#[test]
fn invalid_names_are_refused_not_folded_or_used_as_paths() {
    for bad in ["../ETC", "jsmith", "TOOLONGNAME1", "1ABC", "A B"] {
        let sys = Sys::new();
        let row = JSMITH.replacen("JSMITH", bad, 1);
        let f = user_info(&sys, &[&row]);
        refused_at(&sys, &["import", &f], "2", "AUTHORIZATION_NAME");
    }
}

#[test]
fn a_missing_required_column_is_refused_at_the_header() {
    let sys = Sys::new();
    let f = file(
        &sys,
        "u.csv",
        "AUTHORIZATION_NAME,STATUS,USER_CLASS_NAME\nJSMITH,*ENABLED,*USER\n",
    );
    refused_at(&sys, &["import", &f], "1", "SPECIAL_AUTHORITIES");
}

#[test]
fn bad_values_are_refused_with_row_and_column() {
    let cases = [
        (JSMITH.replace("*ENABLED", "*MAYBE"), "STATUS"),
        (
            JSMITH.replace(",NO,YES,YES,", ",NO,SOMETIMES,YES,"),
            "PASSWORD_LEVEL_0_1",
        ),
        (
            JSMITH.replace("2024-06-01 10:00:00.000000", "01/06/2024"),
            "PASSWORD_CHANGE_DATE",
        ),
        (
            JSMITH.replace(",,NO,", ",*GODMODE,NO,"),
            "SPECIAL_AUTHORITIES",
        ),
        // *NONE password yet a level held: the inventory contradicts itself.
        (
            JSMITH.replace(",NO,YES,YES,", ",YES,YES,YES,"),
            "PASSWORD_LEVEL_0_1",
        ),
        // A control character in the text could drive a terminal.
        (
            JSMITH.replace("Night operator", "Night\u{1b}[2J"),
            "TEXT_DESCRIPTION",
        ),
    ];
    for (row, column) in cases {
        let sys = Sys::new();
        let f = user_info(&sys, &[&row]);
        refused_at(&sys, &["import", &f], "2", column);
    }
}

#[test]
fn bytes_that_are_not_utf8_are_refused_with_row_and_column() {
    let sys = Sys::new();
    let mut bytes = format!("{HEADER}\n").into_bytes();
    bytes.extend_from_slice(b"JSMITH,*ENABLED,*USER,,NO,YES,YES,2024-06-01,Op\xe9rateur\n");
    let f = file(&sys, "latin1.csv", bytes);
    refused_at(&sys, &["import", &f], "2", "TEXT_DESCRIPTION");
}

#[test]
fn a_file_of_no_known_kind_is_refused() {
    let sys = Sys::new();
    let f = file(&sys, "x.csv", "A,B\n1,2\n");
    sys.fails(&["import", &f], 1, "QSY0842");
    assert!(!sys.path().exists());
}

#[test]
fn an_existing_store_is_never_overwritten_without_replace_nor_by_a_failed_import() {
    let sys = Sys::new();
    sys.ok(&["DSPSECA"]);
    let before = sys.store_bytes();
    let good = user_info(&sys, &[JSMITH]);
    sys.fails(&["import", &good], 1, "QSY0840");
    assert_eq!(sys.store_bytes(), before);
    let bad = file(&sys, "bad.csv", format!("{HEADER}\n{JSMITH}\n{JSMITH}\n"));
    sys.fails(&["import", "--replace", &bad], 1, "QSY0841");
    assert_eq!(
        sys.store_bytes(),
        before,
        "a failed import must leave the store as it was"
    );
    sys.ok(&["import", "--replace", &good]);
    assert_eq!(sys.usrprf("JSMITH")["user_profile"], "JSMITH");
}

fn hand_written(sys: &Sys, extra: &[&str]) -> Run {
    let mut args = vec![
        "import".to_string(),
        data("user_info.csv"),
        data("security_info.csv"),
        data("function_usage.csv"),
        "--level23-since".into(),
        "2024-01-01".into(),
    ];
    args.extend(extra.iter().map(|s| s.to_string()));
    let refs: Vec<&str> = args.iter().map(String::as_str).collect();
    sys.ok(&refs)
}

#[test]
fn the_hand_written_inventory_imports_with_its_facts() {
    let sys = Sys::new();
    let r = hand_written(&sys, &[]);
    assert!(r.stdout.contains("QSY0843"), "{}", r.show());
    // Unknown columns are reported once; the inference is said.
    assert!(r.stdout.contains("NETSERVER_DISABLED"), "{}", r.show());
    assert!(r.stdout.contains("Inferred"), "{}", r.show());
    assert_eq!(sys.current("QPWDLVL"), "2");
    let levels = |n: &str| sys.usrprf(n)["password_levels"].clone();
    // Changed after --level23-since at QPWDLVL 2: a level-4 hash.
    assert_eq!(levels("JSMITH"), serde_json::json!(["0/1", "2/3", "4"]));
    // Changed before: none, so the IPL to 4 will leave *NONE.
    assert_eq!(levels("BATCHUSR"), serde_json::json!(["0/1", "2/3"]));
    assert_eq!(levels("QSYSOPR"), serde_json::json!([]));
    let aj = sys.usrprf("AJONES");
    assert_eq!(aj["totp_key_set"], true);
    assert_eq!(aj["authentication_methods"], serde_json::json!(["*TOTP"]));
    assert_eq!(sys.usrprf("BATCHUSR")["run_under_user_no_auth"], "*DENIED");
    // A profile whose value is unknown cannot sign on, whatever is typed.
    sys.signon_fails("JSMITH", "anything", None, "CPF22E2");
}

fn rehearsal_file(sys: &Sys, text: &str, mode: u32) -> String {
    use std::os::unix::fs::PermissionsExt;
    let p = file(sys, "rehearsal.txt", text);
    std::fs::set_permissions(&p, std::fs::Permissions::from_mode(mode)).unwrap();
    p
}

#[test]
fn rehearsal_passwords_planted_or_readable_by_others_are_refused() {
    use std::os::unix::fs::PermissionsExt;
    let sys = Sys::new();
    let secret = "Rehearse-Me-42";
    // Group- or world-readable: the passwords have leaked already.
    let loose = rehearsal_file(&sys, &format!("JSMITH:{secret}\n"), 0o644);
    let r = sys.fails(
        &[
            "import",
            &data("user_info.csv"),
            "--rehearsal-passwords",
            &loose,
        ],
        1,
        "QSY0846",
    );
    assert!(!r.stderr.contains(secret) && !r.stdout.contains(secret));
    assert!(!sys.path().exists());
    // A symlink (to a file of the attacker's, or to /etc/shadow) is not followed.
    let target = sys.dir.path().join("real.txt");
    std::fs::write(&target, format!("JSMITH:{secret}\n")).unwrap();
    std::fs::set_permissions(&target, std::fs::Permissions::from_mode(0o600)).unwrap();
    let link = sys.dir.path().join("link.txt");
    std::os::unix::fs::symlink(&target, &link).unwrap();
    sys.fails(
        &[
            "import",
            &data("user_info.csv"),
            "--rehearsal-passwords",
            link.to_str().unwrap(),
        ],
        1,
        "QSY0846",
    );
    // A FIFO would block the import for ever: refused at once.
    let fifo = sys.dir.path().join("fifo");
    assert!(std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .unwrap()
        .success());
    let r = sys
        .exec(&[
            "import",
            &data("user_info.csv"),
            "--rehearsal-passwords",
            fifo.to_str().unwrap(),
        ])
        .timeout(std::time::Duration::from_secs(20))
        .run();
    r.refused(1, "QSY0846");
    // /dev/stdin and other devices.
    sys.fails(
        &[
            "import",
            &data("user_info.csv"),
            "--rehearsal-passwords",
            "/dev/null",
        ],
        1,
        "QSY0846",
    );
    // A name not imported, a name twice, a password that cannot be a level-0/1 one: the line.
    for (text, line) in [
        (format!("# rehearsal\nNOBODY:{secret}\n"), "line 2"),
        (format!("JSMITH:{secret}\nJSMITH:{secret}\n"), "line 2"),
        (format!("../X:{secret}\n"), "line 1"),
        // BATCHUSR's password dates from QPWDLVL 0/1: 0/1 syntax only.
        (format!("BATCHUSR:{secret}\n"), "line 1"),
    ] {
        let f = rehearsal_file(&sys, &text, 0o600);
        let mut args = vec![
            "import".to_string(),
            data("user_info.csv"),
            data("security_info.csv"),
        ];
        args.extend([
            "--level23-since".into(),
            "2024-01-01".into(),
            "--rehearsal-passwords".into(),
            f,
        ]);
        let refs: Vec<&str> = args.iter().map(String::as_str).collect();
        let r = sys.fails(&refs, 1, "QSY0847");
        assert!(r.stderr.contains(line), "{}", r.show());
        assert!(
            !r.stderr.contains(secret) && !r.stdout.contains(secret),
            "{}",
            r.show()
        );
        assert!(!sys.path().exists());
    }
}

#[test]
fn a_rehearsal_password_replaces_the_unknown_values_slot_for_slot() {
    let sys = Sys::new();
    // JSMITH holds a 0/1 hash, so his password fits level-0/1 syntax; set at level 2, it
    // is case-sensitive there.
    let f = rehearsal_file(&sys, "JSMITH:Rehearse42\nBATCHUSR:BATCH1\n", 0o600);
    hand_written(&sys, &["--rehearsal-passwords", &f]);
    assert_eq!(
        sys.usrprf("JSMITH")["password_levels"],
        serde_json::json!(["0/1", "2/3", "4"])
    );
    // The right password: only its expiry (90 days, changed in 2024) stops JSMITH now.
    sys.signon_fails("JSMITH", "Rehearse42", None, "CPF22E4");
    sys.signon_fails("JSMITH", "REHEARSE42", None, "CPF22E2");
    // Set at QPWDLVL 0/1: after the move to 2 it works typed either way, as on IBM i.
    sys.signon_ok("BATCHUSR", "batch1", None);
}

/// Names with the outcome `outcome` in a readiness JSON document.
fn with_outcome(doc: &Value, outcome: &str) -> Vec<String> {
    doc["profiles"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|p| p["outcome"] == outcome)
        .map(|p| p["user_profile"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn the_rehearsal_loses_exactly_the_passwords_the_report_predicted_and_unknown_values_survive_a_save(
) {
    let sys = Sys::new();
    hand_written(&sys, &[]);
    let report = sys.json_ok(&["readiness"]);
    let predicted = with_outcome(&report, "loses_password");
    assert_eq!(predicted, ["BATCHUSR", "OLDADMIN", "QSECOFR"]);
    assert!(report["risks"]
        .as_array()
        .unwrap()
        .iter()
        .any(|r| r["code"] == "qsecofr_lockout"));
    assert!(report["risks"]
        .as_array()
        .unwrap()
        .iter()
        .any(|r| r["code"] == "denied_job_user"));
    // Unknown values travel through SAVSECDTA / RSTUSRPRF.
    sys.ok(&["CRTSAVF", "FILE(QGPL/SECBKP)"]);
    sys.ok(&["SAVSECDTA", "DEV(*SAVF)", "SAVF(QGPL/SECBKP)"]);
    sys.ok(&["DLTUSRPRF", "JSMITH"]);
    sys.ok(&[
        "RSTUSRPRF",
        "DEV(*SAVF)",
        "SAVF(QGPL/SECBKP)",
        "USRPRF(*ALL)",
    ]);
    assert_eq!(
        sys.usrprf("JSMITH")["password_levels"],
        serde_json::json!(["0/1", "2/3", "4"])
    );
    // The move, as examples/imported.clp makes it: a save, QPWDLVL 4 and the IPL.
    let example = format!("{}/examples/imported.clp", env!("CARGO_MANIFEST_DIR"));
    sys.ok(&["run", &example]);
    assert_eq!(sys.current("QPWDLVL"), "4");
    let mut lost: Vec<String> = Vec::new();
    for p in report["profiles"].as_array().unwrap() {
        let name = p["user_profile"].as_str().unwrap();
        let after = sys.usrprf(name);
        if after["password_none"] == true && !p["password_levels"].as_array().unwrap().is_empty() {
            lost.push(name.to_string());
        }
    }
    assert_eq!(
        lost, predicted,
        "the IPL must take exactly the passwords the report named"
    );
    assert_eq!(
        sys.usrprf("JSMITH")["password_levels"],
        serde_json::json!(["4"])
    );
}

#[test]
fn the_csv_report_defuses_formulas_and_the_html_escapes_text() {
    let sys = Sys::new();
    let rows = [
        JSMITH.replace("Night operator", "=HYPERLINK(\"http://x\";\"y\")"),
        "AJONES,*ENABLED,*USER,,NO,YES,YES,2020-01-01,<script>alert(1)</script>".to_string(),
        "BJONES,*ENABLED,*USER,,NO,YES,YES,2020-01-01,@SUM(A1)".to_string(),
        "CJONES,*ENABLED,*USER,,NO,YES,YES,2020-01-01,+1-2".to_string(),
    ];
    let refs: Vec<&str> = rows.iter().map(String::as_str).collect();
    let f = user_info(&sys, &refs);
    sys.ok(&["import", &f]);
    let csv = sys.ok(&["readiness", "--format", "csv"]).stdout;
    let mut reader = csv::Reader::from_reader(csv.as_bytes());
    let texts: Vec<String> = reader
        .records()
        .map(|r| r.unwrap()[8].to_string())
        .collect();
    for t in &texts {
        assert!(
            !t.starts_with(['=', '+', '-', '@']),
            "a cell a spreadsheet would evaluate: {t:?}\n{csv}"
        );
    }
    assert!(
        texts.iter().any(|t| t == "'=HYPERLINK(\"http://x\";\"y\")"),
        "{csv}"
    );
    let html = sys.ok(&["readiness", "--format", "html"]).stdout;
    assert!(
        !html.contains("<script>alert(1)"),
        "profile text must be escaped"
    );
    assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
}

#[test]
fn the_text_report_fits_80_columns_counts_first() {
    let sys = Sys::new();
    hand_written(&sys, &[]);
    let text = sys.ok(&["readiness"]).stdout;
    for l in text.lines() {
        assert!(l.chars().count() <= 80, "longer than 80 columns: {l:?}");
    }
    let counts = text.find("Gets password *NONE").unwrap();
    let action = text.find("Profiles that need action").unwrap();
    assert!(counts < action);
}

/// The generator's inventory (examples/inventory.rs) imports.
#[test]
fn a_generated_inventory_imports() {
    let sys = Sys::new();
    let dir = sys.dir.path().join("inv");
    let out = std::process::Command::new(env!("CARGO"))
        .args(["run", "--quiet", "--example", "inventory", "--"])
        .arg(&dir)
        .arg("500")
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let files: Vec<String> = [
        "user_info.csv",
        "security_info.csv",
        "function_usage.csv",
        "system_value_info.csv",
    ]
    .iter()
    .map(|f| dir.join(f).display().to_string())
    .collect();
    let mut args = vec!["import"];
    args.extend(files.iter().map(String::as_str));
    args.extend(["--level23-since", "2024-03-01"]);
    let r = sys.ok(&args);
    assert!(
        r.stdout.contains("Imported 500 user profile(s)"),
        "{}",
        r.show()
    );
    let doc = sys.json_ok(&["readiness"]);
    let total: u64 = doc["counts"]
        .as_object()
        .unwrap()
        .values()
        .map(|v| v.as_u64().unwrap())
        .sum();
    assert_eq!(total as usize, doc["profiles"].as_array().unwrap().len());
    assert!(doc["counts"]["loses_password"].as_u64().unwrap() > 0);
    assert!(doc["counts"]["keeps_password"].as_u64().unwrap() > 0);
}

fn screenshot_dir() -> PathBuf {
    let d = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("target")
        .join("readiness-screenshots");
    std::fs::create_dir_all(&d).unwrap();
    d
}

/// The HTML page in a real headless Chromium (Debian's, as root with --no-sandbox, offline):
/// it renders; the chart and the table show the counts of the JSON. Fails — never skips —
/// when Chromium, chromedriver or selenium is missing (.ci/run installs them).
#[test]
fn the_html_report_renders_in_headless_chromium_with_the_json_counts() {
    let sys = Sys::new();
    hand_written(&sys, &[]);
    let doc = sys.json_ok(&["readiness"]);
    let page = sys.dir.path().join("readiness.html");
    sys.ok(&[
        "readiness",
        "--format",
        "html",
        "--out",
        page.to_str().unwrap(),
    ]);
    let shot = screenshot_dir().join("readiness.png");
    let _ = std::fs::remove_file(&shot);
    let out = std::process::Command::new("python3")
        .arg(format!(
            "{}/tests/it/readiness_browser.py",
            env!("CARGO_MANIFEST_DIR")
        ))
        .arg(&page)
        .arg(&shot)
        .env_remove("http_proxy")
        .env_remove("https_proxy")
        .output()
        .expect("python3 runs");
    assert!(
        out.status.success(),
        "headless Chromium check failed (apt-get install chromium chromium-driver; pip install selenium):\n{}\n{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    let seen: Value = serde_json::from_slice(&out.stdout).expect("the script prints JSON");
    for (k, v) in doc["counts"].as_object().unwrap() {
        assert_eq!(&seen["chart"][k], v, "chart count of {k}: {seen}");
        assert_eq!(
            &seen["table"][k], v,
            "table rows of {k} after filtering: {seen}"
        );
    }
    assert_eq!(
        seen["rows"].as_u64().unwrap() as usize,
        doc["profiles"].as_array().unwrap().len()
    );
    let png = std::fs::read(&shot).expect("screenshot taken");
    assert!(
        png.starts_with(b"\x89PNG") && png.len() > 5_000,
        "screenshot looks empty"
    );
}
