//! `qsy readiness` (simulator only, DESIGN §12): the report of [`crate::security::readiness`]
//! as text (counts first, then the profiles that need action, 80 columns), JSON/YAML (the
//! global `--output`), CSV for a spreadsheet, or one self-contained HTML page (the counts as
//! an inline SVG chart, the table filterable by a few lines of inline script).

use super::{report, Globals};
use crate::messages::{msg, Failure, QResult};
use crate::output::{Format, Output};
use crate::security::readiness::{self, Outcome, Report, TargetOptions};

/// Runs `qsy readiness`.
pub fn run(g: &Globals, matches: &clap::ArgMatches) -> i32 {
    let mut out = Output::default();
    match readiness(g, matches, &mut out) {
        Ok(()) => 0,
        Err(f) => report(g, out, f),
    }
}

fn level(matches: &clap::ArgMatches, id: &str) -> Option<u8> {
    matches.get_one::<String>(id).and_then(|v| v.parse().ok())
}

fn readiness(g: &Globals, matches: &clap::ArgMatches, out: &mut Output) -> QResult<()> {
    let options = TargetOptions {
        security_level: level(matches, "target-qsecurity"),
        password_level: level(matches, "target-qpwdlvl"),
        factor_enabled: matches
            .get_one::<String>("target-adlsgnfac")
            .map(|v| v.eq_ignore_ascii_case("*ENABLED")),
        assume_totp: matches.get_flag("assume-totp"),
        job_users: matches
            .get_many::<String>("job-user")
            .into_iter()
            .flatten()
            .map(|u| u.to_ascii_uppercase())
            .collect(),
    };
    let session = g.session();
    let r = session.with_read(|tx| readiness::analyse(tx, &options))?;
    super::announce_new_store(g, &session);
    let format = matches
        .get_one::<String>("format")
        .map(String::as_str)
        .unwrap_or("text");
    let body = match (g.format, format) {
        (Format::Json | Format::Yaml, _) => {
            if let Ok(serde_json::Value::Object(fields)) = serde_json::to_value(&r) {
                for (k, v) in fields {
                    out.set(&k, v);
                }
            }
            out.render(g.format, g.quiet);
            return Ok(());
        }
        (_, "csv") => csv(&r)?,
        (_, "html") => html(&r),
        _ => text(&r),
    };
    match matches.get_one::<String>("out") {
        Some(path) => {
            let p = std::path::Path::new(path);
            let _ = crate::store::files::remove_stale(p);
            let mut f = crate::store::files::create_private(p)
                .map_err(|e| Failure::from(msg::qsy0849(path, e)))?;
            use std::io::Write as _;
            f.write_all(body.as_bytes())
                .map_err(|e| Failure::from(msg::qsy0849(path, e)))?;
        }
        None => super::emit(&body),
    }
    Ok(())
}

/// Wraps `text` at `width` columns, each line after the first indented by `indent`.
fn wrap(text: &str, width: usize, indent: usize) -> Vec<String> {
    let mut lines = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        let room = if lines.is_empty() {
            width
        } else {
            width - indent
        };
        if !line.is_empty() && line.chars().count() + 1 + word.chars().count() > room {
            lines.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
        .into_iter()
        .enumerate()
        .map(|(i, l)| {
            if i == 0 {
                l
            } else {
                format!("{}{l}", " ".repeat(indent))
            }
        })
        .collect()
}

/// `text` after `prefix`, wrapped at 80 columns, continuation lines indented to `indent`.
fn block(out: &mut String, prefix: &str, text: &str, indent: usize) {
    let first = prefix.chars().count();
    let words = format!("{}{text}", "x".repeat(first));
    for (i, l) in wrap(&words, 80, indent).into_iter().enumerate() {
        if i == 0 {
            out.push_str(prefix);
            out.push_str(&l[first..]);
        } else {
            out.push_str(&l);
        }
        out.push('\n');
    }
}

/// The text report: at most 80 columns.
pub fn text(r: &Report) -> String {
    let mut s = String::new();
    s.push_str("MFA readiness report\n\n");
    s.push_str(&format!(
        "Now:    QSECURITY {}  QPWDLVL {}  additional sign-on factor {}\n",
        r.current.security_level, r.current.password_level, r.current.additional_signon_factor
    ));
    s.push_str(&format!(
        "Target: QSECURITY {}  QPWDLVL {}  additional sign-on factor {}\n\n",
        r.target.security_level, r.target.password_level, r.target.additional_signon_factor
    ));
    s.push_str("Profiles\n");
    for o in Outcome::ALL {
        s.push_str(&format!("  {:<28}{:>10}\n", o.label(), r.count(o)));
    }
    s.push_str(&format!("  {:<28}{:>10}\n\n", "Total", r.profiles.len()));
    if !r.risks.is_empty() {
        s.push_str("System-wide risks\n");
        for f in &r.risks {
            block(&mut s, "- ", &f.text, 2);
            block(&mut s, "  Fix: ", &f.fix, 7);
        }
        s.push('\n');
    }
    let action: Vec<_> = r
        .profiles
        .iter()
        .filter(|p| p.outcome.needs_action())
        .collect();
    s.push_str(&format!("Profiles that need action ({})\n", action.len()));
    for p in action {
        s.push_str(&format!("{:<10}  {}\n", p.user_profile, p.outcome.label()));
        for f in &p.findings {
            block(&mut s, "    ", &f.text, 4);
            block(&mut s, "    Fix: ", &f.fix, 9);
        }
    }
    s
}

/// A cell safe to open in a spreadsheet: one that starts like a formula (`=`, `+`, `-`, `@`,
/// a tab or a carriage return) gets a leading apostrophe, so it is shown, never evaluated
/// (OWASP's advice on CSV injection).
pub fn csv_cell(value: &str) -> String {
    if value.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{value}")
    } else {
        value.to_string()
    }
}

/// The CSV report: one row per profile.
pub fn csv(r: &Report) -> QResult<String> {
    let mut w = csv::Writer::from_writer(Vec::new());
    let fail = |e: csv::Error| Failure::from(msg::qsy0849("(standard output)", e));
    w.write_record([
        "user_profile",
        "outcome",
        "status",
        "user_class",
        "password_levels",
        "password_values_unknown",
        "authentication_methods",
        "totp_key_set",
        "text",
        "findings",
        "fixes",
    ])
    .map_err(fail)?;
    for p in &r.profiles {
        let findings: Vec<&str> = p.findings.iter().map(|f| f.text.as_str()).collect();
        let fixes: Vec<&str> = p.findings.iter().map(|f| f.fix.as_str()).collect();
        let row = [
            p.user_profile.clone(),
            p.outcome.key().to_string(),
            p.status.clone(),
            p.user_class.clone(),
            p.password_levels.join(" "),
            p.password_values_unknown.join(" "),
            p.authentication_methods.join(" "),
            if p.totp_key_set { "YES" } else { "NO" }.to_string(),
            p.text.clone(),
            findings.join(" | "),
            fixes.join(" | "),
        ];
        w.write_record(row.iter().map(|c| csv_cell(c)))
            .map_err(fail)?;
    }
    let bytes = w
        .into_inner()
        .map_err(|e| Failure::from(msg::qsy0849("(standard output)", e)))?;
    Ok(String::from_utf8_lossy(&bytes).into_owned())
}

/// Text for HTML: `& < > " '` escaped.
fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

const COLORS: [&str; 4] = ["#c0392b", "#d68910", "#1e8449", "#7f8c8d"];

/// The HTML page: self-contained (no link, script or font from anywhere), for management.
pub fn html(r: &Report) -> String {
    let max = Outcome::ALL
        .iter()
        .map(|o| r.count(*o))
        .max()
        .unwrap_or(0)
        .max(1);
    let mut bars = String::new();
    for (i, o) in Outcome::ALL.iter().enumerate() {
        let n = r.count(*o);
        let w = (n as f64 / max as f64 * 360.0).round() as u64;
        let y = 10 + i * 40;
        bars.push_str(&format!(
            "<g class=\"bar\" data-outcome=\"{k}\" data-count=\"{n}\"><text x=\"0\" y=\"{ty}\">{label}</text>\
             <rect x=\"190\" y=\"{y}\" width=\"{w}\" height=\"26\" fill=\"{c}\"></rect>\
             <text class=\"count\" x=\"{tx}\" y=\"{ty}\">{n}</text></g>\n",
            k = o.key(),
            label = esc(o.label()),
            ty = y + 18,
            tx = 196 + w,
            c = COLORS[i],
        ));
    }
    let mut rows = String::new();
    for p in &r.profiles {
        let findings: Vec<String> = p
            .findings
            .iter()
            .map(|f| format!("{}<br><small>Fix: {}</small>", esc(&f.text), esc(&f.fix)))
            .collect();
        rows.push_str(&format!(
            "<tr data-outcome=\"{k}\"><td>{name}</td><td>{label}</td><td>{status}</td><td>{levels}</td><td>{auth}</td><td>{text}</td><td>{findings}</td></tr>\n",
            k = p.outcome.key(),
            name = esc(&p.user_profile),
            label = esc(p.outcome.label()),
            status = esc(&p.status),
            levels = esc(&p.password_levels.join(" ")),
            auth = esc(&p.authentication_methods.join(" ")),
            text = esc(&p.text),
            findings = findings.join("<br>"),
        ));
    }
    let mut risks = String::new();
    for f in &r.risks {
        risks.push_str(&format!(
            "<li data-code=\"{}\">{}<br><small>Fix: {}</small></li>\n",
            esc(f.code),
            esc(&f.text),
            esc(&f.fix)
        ));
    }
    let options: String = Outcome::ALL
        .iter()
        .map(|o| format!("<option value=\"{}\">{}</option>", o.key(), esc(o.label())))
        .collect();
    format!(
        r#"<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'">
<title>MFA readiness report</title>
<style>
body{{font-family:sans-serif;margin:2em;color:#222}}
table{{border-collapse:collapse;width:100%;font-size:90%}}
th,td{{border:1px solid #ccc;padding:4px 6px;text-align:left;vertical-align:top}}
th{{background:#eee}} small{{color:#555}} svg text{{font-size:14px}}
</style></head>
<body>
<h1>MFA readiness report</h1>
<p>Now: QSECURITY {cs}, QPWDLVL {cp}, additional sign-on factor {cf}.
Target: QSECURITY {ts}, QPWDLVL {tp}, additional sign-on factor {tf}.</p>
<h2>Profiles ({total})</h2>
<svg id="chart" xmlns="http://www.w3.org/2000/svg" width="640" height="170" role="img" aria-label="Profiles per outcome">
{bars}</svg>
<h2>System-wide risks ({nrisks})</h2>
<ul id="risks">
{risks}</ul>
<h2>Every profile</h2>
<p><label>Outcome <select id="outcome"><option value="">All</option>{options}</select></label>
<label>Name or text <input id="search" type="search"></label>
<span id="shown"></span></p>
<table id="profiles"><thead><tr><th>Profile</th><th>Outcome</th><th>Status</th><th>Password levels</th><th>AUTHMTH</th><th>Text</th><th>Findings</th></tr></thead>
<tbody>
{rows}</tbody></table>
<script>
(function() {{
  var sel = document.getElementById('outcome'), q = document.getElementById('search');
  function apply() {{
    var want = sel.value, text = q.value.toLowerCase(), n = 0;
    var rows = document.querySelectorAll('#profiles tbody tr');
    for (var i = 0; i < rows.length; i++) {{
      var r = rows[i];
      var ok = (!want || r.getAttribute('data-outcome') === want) &&
               (!text || r.textContent.toLowerCase().indexOf(text) >= 0);
      r.style.display = ok ? '' : 'none';
      if (ok) n++;
    }}
    document.getElementById('shown').textContent = n + ' shown';
  }}
  sel.addEventListener('change', apply);
  q.addEventListener('input', apply);
  apply();
}})();
</script>
</body></html>
"#,
        cs = r.current.security_level,
        cp = r.current.password_level,
        cf = r.current.additional_signon_factor,
        ts = r.target.security_level,
        tp = r.target.password_level,
        tf = r.target.additional_signon_factor,
        total = r.profiles.len(),
        nrisks = r.risks.len(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formula_cells_are_defused() {
        assert_eq!(csv_cell("=HYPERLINK(\"x\")"), "'=HYPERLINK(\"x\")");
        assert_eq!(csv_cell("+1"), "'+1");
        assert_eq!(csv_cell("-1"), "'-1");
        assert_eq!(csv_cell("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(csv_cell("\tx"), "'\tx");
        assert_eq!(csv_cell("JSMITH"), "JSMITH");
    }

    #[test]
    fn wrapped_lines_fit_80_columns() {
        let long = "word ".repeat(60);
        for l in wrap(&long, 80, 7) {
            assert!(l.chars().count() <= 80, "{l}");
        }
    }
}
