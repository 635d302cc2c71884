//! Tables for list panels (DSPAUTUSR, DSPJRN, PRTUSRPRF), drawn like IBM's list panels:
//! plain columns under a heading line, fitted to the width of the terminal (80 columns when
//! there is none). Every column but the last is as wide as its widest cell; the last one (a
//! text or a detail) takes what is left and is wrapped between words onto continuation
//! lines, so no word or timestamp is ever cut. `--output json` keeps every field whole.

/// The width tables are fitted to: `COLUMNS` when it is set to a number (at least 40), else
/// the terminal's width when standard output is one, else 80.
pub fn width() -> usize {
    if let Some(n) = std::env::var("COLUMNS")
        .ok()
        .and_then(|c| c.trim().parse::<usize>().ok())
    {
        return n.max(40);
    }
    terminal_size::terminal_size_of(std::io::stdout())
        .map(|(w, _)| usize::from(w.0).max(40))
        .unwrap_or(80)
}

/// Draws `rows` under `headers` in at most `width` columns (see the module comment).
pub fn render(headers: &[&str], rows: &[Vec<String>], width: usize) -> String {
    let n = headers.len();
    let len = |s: &str| s.chars().count();
    let mut widths: Vec<usize> = headers.iter().map(|h| len(h)).collect();
    for row in rows {
        for (i, cell) in row.iter().enumerate().take(n.saturating_sub(1)) {
            widths[i] = widths[i].max(len(cell));
        }
    }
    let indent: usize = widths[..n.saturating_sub(1)].iter().map(|w| w + 1).sum();
    let last = width.saturating_sub(indent).max(10);
    let mut out = String::new();
    let mut line = |cells: &[String]| {
        let mut text = String::new();
        for (i, cell) in cells.iter().enumerate().take(n.saturating_sub(1)) {
            text.push_str(cell);
            text.push_str(&" ".repeat(widths[i] + 1 - len(cell)));
        }
        let lines = wrap(cells.get(n - 1).map(String::as_str).unwrap_or(""), last);
        for (k, part) in lines.iter().enumerate() {
            if k > 0 {
                text.push('\n');
                text.push_str(&" ".repeat(indent));
            }
            text.push_str(part);
        }
        out.push_str(text.trim_end());
        out.push('\n');
    };
    line(&headers.iter().map(|h| h.to_string()).collect::<Vec<_>>());
    for row in rows {
        line(row);
    }
    out
}

/// Splits `text` into lines of at most `max` characters between words; a word longer than
/// `max` stands alone on its line, whole.
fn wrap(text: &str, max: usize) -> Vec<String> {
    let mut lines = vec![String::new()];
    for word in text.split_whitespace() {
        let cur = lines.last_mut().expect("one line at least");
        let need = cur.chars().count() + usize::from(!cur.is_empty()) + word.chars().count();
        if cur.is_empty() || need <= max {
            if !cur.is_empty() {
                cur.push(' ');
            }
            cur.push_str(word);
        } else {
            lines.push(word.to_string());
        }
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tables_fit_the_width_and_wrap_only_between_words() {
        let rows = vec![vec![
            "1".to_string(),
            "2026-11-24T10:00:00Z".to_string(),
            "a detail long enough to need two or three lines at this width".to_string(),
        ]];
        let t = render(&["Seq", "Timestamp", "Detail"], &rows, 50);
        for l in t.lines() {
            assert!(l.chars().count() <= 50, "{l:?}");
        }
        assert!(t.contains("2026-11-24T10:00:00Z"));
        let words: Vec<&str> = t
            .lines()
            .skip(1)
            .flat_map(|l| l.split_whitespace())
            .collect();
        assert!(words.contains(&"three") && words.contains(&"detail"));
        assert!(t.lines().count() > 2, "the detail wraps:\n{t}");
        assert_eq!(
            wrap("averyveryverylongword x", 5),
            vec!["averyveryverylongword", "x"]
        );
    }
}
