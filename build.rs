//! Turns `commands/*.yaml` into static tables (`$OUT_DIR/defs.rs`), so the binary never parses
//! YAML at run time and a broken definition fails the build instead of a user's command.

use serde::Deserialize;
use std::fmt::Write as _;
use std::path::Path;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CommandYaml {
    name: String,
    title: String,
    #[serde(default)]
    simulator_only: bool,
    #[serde(default)]
    script_only: bool,
    #[serde(default)]
    before_signon: bool,
    #[serde(default)]
    allow_expired_password: bool,
    #[serde(default)]
    password_from_stdin: Option<String>,
    #[serde(default)]
    max_positional: usize,
    help: String,
    #[serde(default)]
    parameters: Vec<ParamYaml>,
    #[serde(default)]
    examples: Vec<ExampleYaml>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ParamYaml {
    keyword: String,
    prompt: String,
    #[serde(rename = "type")]
    kind: String,
    #[serde(default)]
    length: Option<u32>,
    #[serde(default)]
    min_length: Option<u32>,
    #[serde(default)]
    range: Option<(i64, i64)>,
    #[serde(default)]
    special: Vec<String>,
    #[serde(default)]
    single: Vec<String>,
    #[serde(default)]
    values: Vec<String>,
    #[serde(default)]
    list: Option<u32>,
    #[serde(default)]
    default: Option<serde_yaml::Value>,
    #[serde(default)]
    required: bool,
    #[serde(default)]
    help: String,
    #[serde(default)]
    not_acted_on: bool,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ExampleYaml {
    cl: String,
    says: String,
}

/// Command names that are Rust keywords in lower case (DO, IF, ELSE): their keyword modules
/// are raw identifiers (`defs::r#if::COND`).
const RUST_KEYWORDS: &[&str] = &[
    "do", "if", "else", "loop", "while", "for", "return", "match",
];

fn kind_variant(kind: &str, file: &str) -> &'static str {
    match kind {
        "name" => "Name",
        "generic" => "Generic",
        "char" => "Char",
        "password" => "Password",
        "int" => "Int",
        "qualified" => "Qualified",
        "command" => "Command",
        "variable" => "Variable",
        other => panic!("{file}: unknown parameter type {other:?}"),
    }
}

/// The texts of the definitions, in one string: each table entry names its texts by offset
/// and length (`Text::new`), so the tables hold no pointers, need no relocation in the
/// static-pie binary and stay in read-only pages at start-up (README, Issue 19).
#[derive(Default)]
struct Blob {
    text: String,
    seen: std::collections::HashMap<String, usize>,
}

impl Blob {
    /// `Text::new(start, len)` for `s`, stored once.
    fn text(&mut self, s: &str) -> String {
        let start = match self.seen.get(s) {
            Some(&start) => start,
            None => {
                let start = self.text.len();
                self.text.push_str(s);
                self.seen.insert(s.to_string(), start);
                start
            }
        };
        assert!(start + s.len() < u32::MAX as usize, "definitions too large");
        format!("Text::new({start}, {})", s.len())
    }

    /// `Some(Text::new(..))` or `None`.
    fn option(&mut self, s: Option<&str>) -> String {
        match s {
            Some(s) => format!("Some({})", self.text(s)),
            None => "None".into(),
        }
    }

    /// A list of words (special values, allowed values) as one text, separated by spaces.
    fn words(&mut self, items: &[String], file: &str) -> String {
        for item in items {
            assert!(
                !item.is_empty() && !item.contains(char::is_whitespace),
                "{file}: value {item:?} must be one word"
            );
        }
        format!("Words({})", self.text(&items.join(" ")))
    }
}

/// Separates the CL text and the description of a command's examples in [`Blob`].
const EXAMPLE_SEP: char = '\u{1f}';

fn default_text(value: &serde_yaml::Value, file: &str) -> String {
    match value {
        serde_yaml::Value::String(s) => s.clone(),
        serde_yaml::Value::Number(n) => n.to_string(),
        serde_yaml::Value::Bool(b) => b.to_string(),
        other => panic!("{file}: default must be a scalar, found {other:?}"),
    }
}

fn main() {
    let dir = Path::new("commands");
    println!("cargo:rerun-if-changed=commands");
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .expect("commands/ directory")
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "yaml"))
        .collect();
    files.sort();
    let mut blob = Blob::default();
    let mut commands = String::new();
    let mut params = String::new();
    let mut param_count = 0usize;
    // One module of keyword constants per command (`defs::chgusrprf::USRPRF`), so a command
    // that reads a parameter its definition does not have fails to compile.
    let mut keywords = String::new();
    for path in &files {
        println!("cargo:rerun-if-changed={}", path.display());
        let file = path.display().to_string();
        let text = std::fs::read_to_string(path).unwrap();
        let def: CommandYaml =
            serde_yaml::from_str(&text).unwrap_or_else(|e| panic!("{file}: {e}"));
        let stem = path.file_stem().unwrap().to_string_lossy();
        assert_eq!(def.name, stem, "{file}: name must match the file name");
        if let Some(kw) = &def.password_from_stdin {
            assert!(
                def.parameters
                    .iter()
                    .any(|p| &p.keyword == kw && p.kind == "password"),
                "{file}: password_from_stdin must name a password parameter"
            );
        }
        assert!(
            def.max_positional <= def.parameters.len(),
            "{file}: max_positional exceeds the parameter count"
        );
        let mut examples = String::new();
        for (i, ex) in def.examples.iter().enumerate() {
            assert!(
                !ex.cl.contains(EXAMPLE_SEP) && !ex.says.contains(EXAMPLE_SEP),
                "{file}: an example holds the separator"
            );
            if i > 0 {
                examples.push(EXAMPLE_SEP);
            }
            examples.push_str(ex.cl.trim());
            examples.push(EXAMPLE_SEP);
            examples.push_str(ex.says.trim());
        }
        assert!(param_count + def.parameters.len() <= usize::from(u16::MAX));
        writeln!(
            commands,
            "CommandDef {{ name: {}, title: {}, simulator_only: {}, script_only: {}, before_signon: {}, allow_expired_password: {}, password_from_stdin: {}, max_positional: {}, help: {}, examples: {}, params: ({param_count}, {}) }},",
            blob.text(&def.name),
            blob.text(&def.title),
            def.simulator_only,
            def.script_only,
            def.before_signon,
            def.allow_expired_password,
            blob.option(def.password_from_stdin.as_deref()),
            def.max_positional,
            blob.text(def.help.trim()),
            blob.text(&examples),
            def.parameters.len(),
        )
        .unwrap();
        param_count += def.parameters.len();
        let module = def.name.to_lowercase();
        let module = if RUST_KEYWORDS.contains(&module.as_str()) {
            format!("r#{module}")
        } else {
            module
        };
        writeln!(
            keywords,
            "/// The parameters of {} ({}).\npub mod {module} {{",
            def.name, def.title
        )
        .unwrap();
        let mut seen = std::collections::HashSet::new();
        for (index, p) in def.parameters.iter().enumerate() {
            assert!(
                seen.insert(p.keyword.clone()),
                "{file}: duplicate keyword {}",
                p.keyword
            );
            assert_eq!(
                p.keyword,
                p.keyword.to_uppercase(),
                "{file}: keyword must be upper case"
            );
            writeln!(
                keywords,
                "    /// {}: {}.\n    pub const {}: super::Keyword = super::Keyword {{ command: {:?}, name: {:?}, index: {index} }};",
                p.keyword, p.prompt, p.keyword, def.name, p.keyword
            )
            .unwrap();
            let kind = kind_variant(&p.kind, &file);
            if kind == "Int" {
                assert!(
                    p.range.is_some(),
                    "{file}: {} is int and needs a range",
                    p.keyword
                );
            }
            for v in p.special.iter().chain(&p.single) {
                assert!(
                    v.starts_with('*'),
                    "{file}: special value {v:?} must start with *"
                );
            }
            let (lo, hi) = p.range.unwrap_or((0, 0));
            let default = p.default.as_ref().map(|v| default_text(v, &file));
            writeln!(
                params,
                "  ParamDef {{ keyword: {}, prompt: {}, kind: ParamKind::{kind}, length: {}, min_length: {}, range: ({lo}, {hi}), special: {}, single: {}, values: {}, list: {}, default: {}, required: {}, help: {}, not_acted_on: {} }},",
                blob.text(&p.keyword),
                blob.text(&p.prompt),
                p.length.unwrap_or(match kind { "Name" | "Qualified" => 10, "Int" => 11, _ => 256 }),
                p.min_length.unwrap_or(1),
                blob.words(&p.special, &file),
                blob.words(&p.single, &file),
                blob.words(&p.values, &file),
                p.list.unwrap_or(0),
                blob.option(default.as_deref()),
                p.required,
                blob.text(p.help.trim()),
                p.not_acted_on,
            )
            .unwrap();
        }
        keywords.push_str("}\n");
    }
    let mut out = format!(
        "/// The texts of every definition; the tables name theirs by offset and length.\n\
         const BLOB: &str = {:?};\n\
         /// Every command definition, sorted by name.\n\
         pub static COMMANDS: [CommandDef; {}] = [\n{commands}];\n\
         /// Every command's parameters, in the order of [`COMMANDS`].\n\
         static PARAMS: [ParamDef; {param_count}] = [\n{params}];\n",
        blob.text,
        files.len(),
    );
    out.push_str(&keywords);
    let dest = Path::new(&std::env::var("OUT_DIR").unwrap()).join("defs.rs");
    std::fs::write(dest, out).unwrap();
    catalogue();
}

/// Turns `catalogue/commands.txt` (every IBM i command name) and `catalogue/parameters.tsv`
/// (keywords and return variables of the commands most used) into `$OUT_DIR/catalogue.rs`.
fn catalogue() {
    println!("cargo:rerun-if-changed=catalogue");
    let lines = |file: &str| -> Vec<String> {
        println!("cargo:rerun-if-changed={file}");
        std::fs::read_to_string(file)
            .unwrap_or_else(|e| panic!("{file}: {e}"))
            .lines()
            .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
            .map(str::to_string)
            .collect()
    };
    let names = lines("catalogue/commands.txt");
    for pair in names.windows(2) {
        assert!(
            pair[0] < pair[1],
            "catalogue/commands.txt: {} must come before {} (sorted, once each)",
            pair[0],
            pair[1]
        );
    }
    for n in &names {
        assert!(
            !n.is_empty()
                && n.len() <= 10
                && n.chars()
                    .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit()),
            "catalogue/commands.txt: {n:?} is not a command name"
        );
    }
    // Fixed-width names padded with NUL, not `&str`s: an array of pointers would be 2,240
    // relocations and 35 KB of pages the static-pie start-up writes (README, Issue 19).
    let mut out = format!(
        "/// Every IBM i command name in the catalogue, sorted, NUL-padded to 10 bytes \
         (read them with `names()`).\nstatic NAMES: [[u8; 10]; {}] = [\n",
        names.len()
    );
    for n in &names {
        writeln!(out, "  *b\"{n}{}\",", "\\0".repeat(10 - n.len())).unwrap();
    }
    out.push_str("];\n");
    // The parameter rows as one text (`NAME\tKEYWORDS\tRETURNS\n`, as in parameters.tsv)
    // and the offset of each row, not a table of `&str`s and slices: that table was about
    // 3,500 relocations and 60 KB of pages the static-pie start-up writes (README, Issue 19).
    let mut rows = String::new();
    let mut starts = Vec::new();
    let mut last = String::new();
    for row in lines("catalogue/parameters.tsv") {
        let cols: Vec<&str> = row.split('\t').collect();
        assert_eq!(
            cols.len(),
            3,
            "catalogue/parameters.tsv: {row:?} needs three columns"
        );
        let name = cols[0];
        assert!(
            name > last.as_str(),
            "catalogue/parameters.tsv: {name} out of order or twice"
        );
        assert!(
            names.binary_search(&name.to_string()).is_ok(),
            "catalogue/parameters.tsv: {name} is not in commands.txt"
        );
        last = name.to_string();
        let keywords: Vec<&str> = cols[1].split_whitespace().collect();
        let mut returns = Vec::new();
        for r in cols[2].split_whitespace() {
            let parts: Vec<&str> = r.split(':').collect();
            assert_eq!(
                parts.len(),
                3,
                "catalogue/parameters.tsv: {name}: return variable {r:?} is KEYWORD:TYPE:LENGTH"
            );
            assert!(
                keywords.contains(&parts[0]),
                "catalogue/parameters.tsv: {name}: return variable {} is not one of its keywords",
                parts[0]
            );
            assert!(
                matches!(parts[1], "*CHAR" | "*DEC" | "*INT"),
                "catalogue/parameters.tsv: {name}: type {} unknown",
                parts[1]
            );
            returns.push(r);
        }
        starts.push(rows.len());
        writeln!(
            rows,
            "{name}\t{}\t{}",
            keywords.join(" "),
            returns.join(" ")
        )
        .unwrap();
    }
    starts.push(rows.len());
    write!(
        out,
        "/// The catalogue's parameter rows, sorted by name: `NAME\\tKEYWORDS\\tRETURNS\\n`, \
         keywords and `KEYWORD:TYPE:LENGTH` returns separated by spaces.\nconst ROWS: &str = {rows:?};\n\
         /// Where each row of [`ROWS`] starts, and its end.\nstatic ROW_STARTS: [u32; {}] = {starts:?};\n",
        starts.len()
    )
    .unwrap();
    let dest = Path::new(&std::env::var("OUT_DIR").unwrap()).join("catalogue.rs");
    std::fs::write(dest, out).unwrap();
}
