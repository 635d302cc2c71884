//! Coded character set identifiers: the conversion tables of the CCSIDs qsy uses — 37 (US
//! English EBCDIC, the default job CCSID), 290 (Japanese katakana, single byte), 5026 and
//! 5035 (Japanese mixed: 290 or Latin with lower case, plus double-byte kanji between
//! shift-out and shift-in) and 1208 (UTF-8).
//!
//! The tables are generated from glibc's iconv converters by `tools/gen_ccsid.py` into
//! [`ccsid_tables`](super::ccsid_tables); a test fails when the generator changed and the
//! table was not regenerated.
//!
//! Decoding is lossless: a byte (or double byte) that a CCSID does not map decodes to the
//! private-use character U+F700 + byte, and encodes back to that byte, so a CL variable's
//! bytes survive any trip through text (an overlay of a packed number read as *CHAR and
//! written back is unchanged). A character a CCSID cannot hold encodes to its substitute
//! character (X'3F' in EBCDIC), as IBM i's conversions do.

use super::ccsid_tables as t;
use std::collections::HashMap;
use std::sync::OnceLock;

/// The job CCSID qsy uses when nothing else is said (IBM i's default for an English
/// primary language when QCCSID is 65535).
pub const DEFAULT: u32 = 37;

/// The CCSIDs qsy converts.
pub const SUPPORTED: &[u32] = &[37, 290, 5026, 5035, 1208];

/// EBCDIC shift-out: double-byte characters follow.
pub const SO: u8 = 0x0E;
/// EBCDIC shift-in: single-byte characters follow.
pub const SI: u8 = 0x0F;
/// EBCDIC's substitute character.
pub const SUB: u8 = 0x3F;

/// Whether qsy can convert `ccsid`.
pub fn supported(ccsid: u32) -> bool {
    SUPPORTED.contains(&ccsid)
}

fn single(ccsid: u32) -> Option<&'static [u32; 256]> {
    match ccsid {
        37 => Some(&t::SB_37),
        290 => Some(&t::SB_290),
        5026 => Some(&t::SB_5026),
        5035 => Some(&t::SB_5035),
        _ => None,
    }
}

fn mixed(ccsid: u32) -> bool {
    matches!(ccsid, 5026 | 5035)
}

/// The private-use character that stands for byte `b` where it maps to nothing.
fn escape(b: u8) -> char {
    char::from_u32(0xF700 + u32::from(b)).expect("a private-use scalar")
}

fn unescape(c: char) -> Option<u8> {
    let u = u32::from(c);
    (0xF700..=0xF7FF).contains(&u).then(|| (u - 0xF700) as u8)
}

fn reverse_single(ccsid: u32) -> &'static HashMap<char, u8> {
    static MAPS: OnceLock<Vec<(u32, HashMap<char, u8>)>> = OnceLock::new();
    let maps = MAPS.get_or_init(|| {
        [37, 290, 5026, 5035]
            .into_iter()
            .map(|c| {
                let table = single(c).expect("a single-byte table");
                let mut m = HashMap::new();
                for (b, &u) in table.iter().enumerate() {
                    if let Some(ch) = char::from_u32(u).filter(|_| u != 0xFFFF) {
                        m.entry(ch).or_insert(b as u8);
                    }
                }
                (c, m)
            })
            .collect()
    });
    &maps
        .iter()
        .find(|(c, _)| *c == ccsid)
        .expect("a supported single-byte CCSID")
        .1
}

fn reverse_double() -> &'static HashMap<char, u16> {
    static MAP: OnceLock<HashMap<char, u16>> = OnceLock::new();
    MAP.get_or_init(|| {
        let mut m = HashMap::new();
        for &(code, u) in t::DB_300.iter() {
            if let Some(ch) = char::from_u32(u) {
                m.entry(ch).or_insert(code);
            }
        }
        m
    })
}

fn double(code: u16) -> Option<char> {
    t::DB_300
        .binary_search_by_key(&code, |&(c, _)| c)
        .ok()
        .and_then(|i| char::from_u32(t::DB_300[i].1))
}

/// The blank of `ccsid` (X'40' in EBCDIC, X'20' in UTF-8).
pub fn blank(ccsid: u32) -> u8 {
    if ccsid == 1208 {
        b' '
    } else {
        0x40
    }
}

/// `text` in `ccsid`. Characters the CCSID cannot hold become its substitute character.
/// In a mixed CCSID, runs of double-byte characters are put between SO and SI.
pub fn encode(ccsid: u32, text: &str) -> Vec<u8> {
    if ccsid == 1208 || single(ccsid).is_none() {
        let mut out = Vec::with_capacity(text.len());
        for c in text.chars() {
            match unescape(c) {
                Some(b) => out.push(b),
                None => {
                    let mut buf = [0u8; 4];
                    out.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
                }
            }
        }
        return out;
    }
    let sb = reverse_single(ccsid);
    let mut out = Vec::with_capacity(text.len());
    let mut shifted = false;
    for c in text.chars() {
        if let Some(b) = unescape(c) {
            out.push(b);
            continue;
        }
        if let Some(&b) = sb.get(&c) {
            if shifted {
                out.push(SI);
                shifted = false;
            }
            out.push(b);
            continue;
        }
        if mixed(ccsid) {
            if let Some(&code) = reverse_double().get(&c) {
                if !shifted {
                    out.push(SO);
                    shifted = true;
                }
                out.extend_from_slice(&code.to_be_bytes());
                continue;
            }
        }
        if shifted {
            out.push(SI);
            shifted = false;
        }
        out.push(SUB);
    }
    if shifted {
        out.push(SI);
    }
    out
}

/// The text of `bytes` in `ccsid` (lossless: see the module's documentation).
pub fn decode(ccsid: u32, bytes: &[u8]) -> String {
    let Some(table) = single(ccsid).filter(|_| ccsid != 1208) else {
        let mut out = String::with_capacity(bytes.len());
        let mut rest = bytes;
        while !rest.is_empty() {
            match std::str::from_utf8(rest) {
                Ok(s) => {
                    out.push_str(s);
                    break;
                }
                Err(e) => {
                    let good = e.valid_up_to();
                    out.push_str(std::str::from_utf8(&rest[..good]).expect("valid prefix"));
                    let bad = e.error_len().unwrap_or(rest.len() - good);
                    for &b in &rest[good..good + bad] {
                        out.push(escape(b));
                    }
                    rest = &rest[good + bad..];
                }
            }
        }
        return out;
    };
    let mut out = String::with_capacity(bytes.len());
    let mut shifted = false;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if mixed(ccsid) && b == SO && !shifted {
            shifted = true;
            i += 1;
            continue;
        }
        if mixed(ccsid) && b == SI && shifted {
            shifted = false;
            i += 1;
            continue;
        }
        if shifted && i + 1 < bytes.len() {
            let code = u16::from_be_bytes([b, bytes[i + 1]]);
            match double(code) {
                Some(c) => out.push(c),
                None => {
                    out.push(escape(b));
                    out.push(escape(bytes[i + 1]));
                }
            }
            i += 2;
            continue;
        }
        let u = table[b as usize];
        match char::from_u32(u).filter(|_| u != 0xFFFF) {
            Some(c) => out.push(c),
            None => out.push(escape(b)),
        }
        i += 1;
    }
    out
}

/// Text typed as `from`'s code points and read as `to`'s: what a job whose CCSID is `to`
/// makes of characters that arrive encoded in `from` (the pitfall of typing lower-case
/// Latin letters in a job with CCSID 290, whose code points there are katakana).
pub fn reinterpret(text: &str, from: u32, to: u32) -> String {
    decode(to, &encode(from, text))
}

#[cfg(test)]
mod tests {
    use super::*;
    use sha2::Digest;

    #[test]
    fn the_generated_table_is_current() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let script = std::fs::read(root.join("tools/gen_ccsid.py")).unwrap();
        let digest: String = sha2::Sha256::digest(&script)
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect();
        let table = std::fs::read_to_string(root.join("src/lang/ccsid_tables.rs")).unwrap();
        assert!(
            table.contains(&format!("generator-sha256: {digest}")),
            "src/lang/ccsid_tables.rs is stale: run python3 tools/gen_ccsid.py > src/lang/ccsid_tables.rs"
        );
    }

    #[test]
    fn ebcdic_37_is_ibm_s() {
        assert_eq!(encode(37, "A"), [0xC1]);
        assert_eq!(encode(37, "a1 $"), [0x81, 0xF1, 0x40, 0x5B]);
        assert_eq!(decode(37, &[0xC1, 0xC2]), "AB");
        assert_eq!(encode(37, "日"), [SUB]);
        // Every byte survives a round trip.
        let all: Vec<u8> = (0..=255).collect();
        for c in SUPPORTED {
            if mixed(*c) {
                continue;
            }
            assert_eq!(encode(*c, &decode(*c, &all)), all, "CCSID {c}");
        }
    }

    #[test]
    fn katakana_sits_where_37_has_lower_case() {
        let typed = reinterpret("abc", 37, 290);
        assert_ne!(typed, "abc");
        assert!(typed
            .chars()
            .all(|c| ('\u{30A0}'..='\u{30FF}').contains(&c)
                || ('\u{FF61}'..='\u{FF9F}').contains(&c)));
        // 5035 has the Latin lower case at 37's code points.
        assert_eq!(reinterpret("abc", 37, 5035), "abc");
    }

    #[test]
    fn mixed_ccsids_shift_for_double_bytes() {
        let bytes = encode(5035, "A日本B");
        assert_eq!(bytes[0], 0xC1);
        assert_eq!(bytes[1], SO);
        assert_eq!(bytes[bytes.len() - 2], SI);
        assert_eq!(decode(5035, &bytes), "A日本B");
        assert_eq!(decode(1208, &encode(1208, "日本")), "日本");
        assert_eq!(encode(1208, &decode(1208, &[0xFF, b'a'])), [0xFF, b'a']);
    }
}
