//! A quick decoder for the profile records of a save file, as SAVSECDTA writes them: a
//! MessagePack map per profile whose field names are matched as raw bytes (no UTF-8 check, no
//! visitor per field), every other value decoded as the serde derive would decode it.
//!
//! It only ever says yes to what the serde decoder would decode to the same value: anything
//! it does not expect (an unknown or repeated field name, a missing field, another
//! MessagePack type, a number out of range, bytes left over) makes it give up with `None`,
//! and the record is then decoded by serde, which gives the same value or the exact error
//! it always gave. Old save files (any version) are read either way. A unit test holds the
//! two to agreement on good records and on every mutation of them.

use super::format::{Bytes, FunctionUsage, SavedHash, SavedPasswords, SavedProfile, SavedTotp};
use crate::security::profile::{
    AuthMethod, ExpirationInterval, SpecialAuthority, Status, UserClass,
};

/// A profile record decoded without serde; None: let serde decode it.
pub(super) fn profile(payload: &[u8]) -> Option<SavedProfile> {
    let mut c = Cursor { rest: payload };
    let p = c.profile()?;
    c.rest.is_empty().then_some(p)
}

/// What is left of a record to decode.
struct Cursor<'a> {
    rest: &'a [u8],
}

impl<'a> Cursor<'a> {
    fn byte(&mut self) -> Option<u8> {
        let (&b, rest) = self.rest.split_first()?;
        self.rest = rest;
        Some(b)
    }

    fn take(&mut self, n: usize) -> Option<&'a [u8]> {
        if self.rest.len() < n {
            return None;
        }
        let (head, rest) = self.rest.split_at(n);
        self.rest = rest;
        Some(head)
    }

    fn be(&mut self, n: usize) -> Option<u64> {
        Some(
            self.take(n)?
                .iter()
                .fold(0u64, |acc, b| (acc << 8) | u64::from(*b)),
        )
    }

    /// A nil, consumed: the value of an `Option` is None.
    fn nil(&mut self) -> bool {
        if self.rest.first() == Some(&0xc0) {
            self.rest = &self.rest[1..];
            true
        } else {
            false
        }
    }

    fn map_len(&mut self) -> Option<usize> {
        match self.byte()? {
            b @ 0x80..=0x8f => Some(usize::from(b & 0x0f)),
            0xde => self.be(2).map(|n| n as usize),
            0xdf => self.be(4).map(|n| n as usize),
            _ => None,
        }
    }

    fn array_len(&mut self) -> Option<usize> {
        match self.byte()? {
            b @ 0x90..=0x9f => Some(usize::from(b & 0x0f)),
            0xdc => self.be(2).map(|n| n as usize),
            0xdd => self.be(4).map(|n| n as usize),
            _ => None,
        }
    }

    /// The bytes of a MessagePack string (not checked as UTF-8).
    fn str_bytes(&mut self) -> Option<&'a [u8]> {
        let n = match self.byte()? {
            b @ 0xa0..=0xbf => usize::from(b & 0x1f),
            0xd9 => self.be(1)? as usize,
            0xda => self.be(2)? as usize,
            0xdb => self.be(4)? as usize,
            _ => return None,
        };
        self.take(n)
    }

    fn str(&mut self) -> Option<&'a str> {
        std::str::from_utf8(self.str_bytes()?).ok()
    }

    fn string(&mut self) -> Option<String> {
        self.str().map(str::to_string)
    }

    fn bin(&mut self) -> Option<Bytes> {
        let n = match self.byte()? {
            0xc4 => self.be(1)? as usize,
            0xc5 => self.be(2)? as usize,
            0xc6 => self.be(4)? as usize,
            _ => return None,
        };
        self.take(n).map(|b| Bytes(b.to_vec()))
    }

    fn bool(&mut self) -> Option<bool> {
        match self.byte()? {
            0xc2 => Some(false),
            0xc3 => Some(true),
            _ => None,
        }
    }

    /// Any MessagePack integer.
    fn int(&mut self) -> Option<i128> {
        Some(match self.byte()? {
            b @ 0x00..=0x7f => i128::from(b),
            b @ 0xe0..=0xff => i128::from(b as i8),
            0xcc => i128::from(self.be(1)?),
            0xcd => i128::from(self.be(2)?),
            0xce => i128::from(self.be(4)?),
            0xcf => i128::from(self.be(8)?),
            0xd0 => i128::from(self.be(1)? as u8 as i8),
            0xd1 => i128::from(self.be(2)? as u16 as i16),
            0xd2 => i128::from(self.be(4)? as u32 as i32),
            0xd3 => i128::from(self.be(8)? as i64),
            _ => return None,
        })
    }

    fn number<T: TryFrom<i128>>(&mut self) -> Option<T> {
        T::try_from(self.int()?).ok()
    }

    /// A unit variant, written as its name.
    fn special<T: std::str::FromStr>(&mut self) -> Option<T> {
        self.str()?.parse().ok()
    }

    fn list<T>(&mut self, mut item: impl FnMut(&mut Self) -> Option<T>) -> Option<Vec<T>> {
        let n = self.array_len()?;
        // Every item takes at least a byte: a damaged length allocates nothing large.
        if n > self.rest.len() {
            return None;
        }
        let mut out = Vec::with_capacity(n);
        for _ in 0..n {
            out.push(item(self)?);
        }
        Some(out)
    }

    /// A map with exactly the fields `names`, each once, in any order: `field` decodes
    /// the value of field number i.
    fn fields(
        &mut self,
        names: &[&[u8]],
        mut field: impl FnMut(&mut Self, usize) -> Option<()>,
    ) -> Option<()> {
        let n = self.map_len()?;
        if n != names.len() {
            return None;
        }
        let mut seen = 0u32;
        for _ in 0..n {
            let key = self.str_bytes()?;
            let i = names.iter().position(|name| *name == key)?;
            if seen & (1 << i) != 0 {
                return None;
            }
            seen |= 1 << i;
            field(self, i)?;
        }
        Some(())
    }

    fn hash(&mut self) -> Option<SavedHash> {
        let (mut salt, mut hash) = (None, None);
        self.fields(&[b"salt", b"hash"], |c, i| {
            match i {
                0 => salt = Some(c.bin()?),
                _ => hash = Some(c.bin()?),
            }
            Some(())
        })?;
        Some(SavedHash {
            salt: salt?,
            hash: hash?,
        })
    }

    fn optional_hash(&mut self) -> Option<Option<SavedHash>> {
        if self.nil() {
            return Some(None);
        }
        self.hash().map(Some)
    }

    fn passwords(&mut self) -> Option<SavedPasswords> {
        let mut p = SavedPasswords::default();
        self.fields(
            &[b"level_01", b"level_23", b"level_4", b"changed_at_level"],
            |c, i| {
                match i {
                    0 => p.level_01 = c.optional_hash()?,
                    1 => p.level_23 = c.list(Self::hash)?,
                    2 => p.level_4 = c.optional_hash()?,
                    _ => p.changed_at_level = c.number()?,
                }
                Some(())
            },
        )?;
        Some(p)
    }

    fn totp(&mut self) -> Option<Option<SavedTotp>> {
        if self.nil() {
            return Some(None);
        }
        let (mut key, mut changed, mut recovery) = (None, None, None);
        self.fields(&[b"key", b"changed", b"recovery"], |c, i| {
            match i {
                0 => key = Some(c.bin()?),
                1 => changed = Some(c.number()?),
                _ => recovery = Some(c.optional_hash()?),
            }
            Some(())
        })?;
        Some(Some(SavedTotp {
            key: key?,
            changed: changed?,
            recovery: recovery?,
        }))
    }

    fn usage(&mut self) -> Option<FunctionUsage> {
        let (mut function_id, mut usage) = (None, None);
        self.fields(&[b"function_id", b"usage"], |c, i| {
            match i {
                0 => function_id = Some(c.string()?),
                _ => usage = Some(c.string()?),
            }
            Some(())
        })?;
        Some(FunctionUsage {
            function_id: function_id?,
            usage: usage?,
        })
    }

    fn profile(&mut self) -> Option<SavedProfile> {
        #[derive(Default)]
        struct Fields {
            name: Option<String>,
            status: Option<Status>,
            user_class: Option<UserClass>,
            special_authorities: Option<Vec<SpecialAuthority>>,
            passwords: Option<SavedPasswords>,
            password_expired: Option<bool>,
            password_changed: Option<Option<i64>>,
            password_expiration_interval: Option<ExpirationInterval>,
            text: Option<String>,
            authentication_methods: Option<Vec<AuthMethod>>,
            totp_optional_interval: Option<Option<u32>>,
            totp: Option<Option<SavedTotp>>,
            ibm_supplied: Option<bool>,
            not_changeable: Option<bool>,
            created: Option<i64>,
            function_usage: Option<Vec<FunctionUsage>>,
        }
        let mut f = Fields::default();
        self.fields(
            &[
                b"name",
                b"status",
                b"user_class",
                b"special_authorities",
                b"passwords",
                b"password_expired",
                b"password_changed",
                b"password_expiration_interval",
                b"text",
                b"authentication_methods",
                b"totp_optional_interval",
                b"totp",
                b"ibm_supplied",
                b"not_changeable",
                b"created",
                b"function_usage",
            ],
            |c, i| {
                match i {
                    0 => f.name = Some(c.string()?),
                    1 => f.status = Some(c.special()?),
                    2 => f.user_class = Some(c.special()?),
                    3 => f.special_authorities = Some(c.list(Self::special)?),
                    4 => f.passwords = Some(c.passwords()?),
                    5 => f.password_expired = Some(c.bool()?),
                    6 => f.password_changed = Some(if c.nil() { None } else { Some(c.number()?) }),
                    7 => f.password_expiration_interval = Some(c.special()?),
                    8 => f.text = Some(c.string()?),
                    9 => f.authentication_methods = Some(c.list(Self::special)?),
                    10 => {
                        f.totp_optional_interval =
                            Some(if c.nil() { None } else { Some(c.number()?) })
                    }
                    11 => f.totp = Some(c.totp()?),
                    12 => f.ibm_supplied = Some(c.bool()?),
                    13 => f.not_changeable = Some(c.bool()?),
                    14 => f.created = Some(c.number()?),
                    _ => f.function_usage = Some(c.list(Self::usage)?),
                }
                Some(())
            },
        )?;
        Some(SavedProfile {
            name: f.name?,
            status: f.status?,
            user_class: f.user_class?,
            special_authorities: f.special_authorities?,
            passwords: f.passwords?,
            password_expired: f.password_expired?,
            password_changed: f.password_changed?,
            password_expiration_interval: f.password_expiration_interval?,
            text: f.text?,
            authentication_methods: f.authentication_methods?,
            totp_optional_interval: f.totp_optional_interval?,
            totp: f.totp?,
            ibm_supplied: f.ibm_supplied?,
            not_changeable: f.not_changeable?,
            created: f.created?,
            function_usage: f.function_usage?,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::security::profile::{AuthMethod, SpecialAuthority};

    fn serde_decode(payload: &[u8]) -> Option<SavedProfile> {
        rmp_serde::from_slice(payload).ok()
    }

    fn hash(salt: u8, len: usize) -> SavedHash {
        SavedHash {
            salt: Bytes(vec![salt; 16]),
            hash: Bytes(vec![salt ^ 0x55; len]),
        }
    }

    /// Profiles with every field in use: hashes at every level, a TOTP key with and without
    /// its recovery hash, function usage, long texts (str8 and str16), large numbers.
    fn profiles() -> Vec<SavedProfile> {
        let base = SavedProfile {
            name: "U00001".into(),
            status: Status::Enabled,
            user_class: UserClass::User,
            special_authorities: vec![],
            passwords: SavedPasswords::default(),
            password_expired: false,
            password_changed: None,
            password_expiration_interval: ExpirationInterval::SysVal,
            text: String::new(),
            authentication_methods: vec![AuthMethod::None],
            totp_optional_interval: None,
            totp: None,
            ibm_supplied: false,
            not_changeable: false,
            created: 0,
            function_usage: vec![],
        };
        let mut full = base.clone();
        full.name = "QSECOFR".into();
        full.status = Status::Disabled;
        full.user_class = UserClass::SecOfr;
        full.special_authorities = SpecialAuthority::ALL.to_vec();
        full.passwords = SavedPasswords {
            level_01: Some(hash(1, 20)),
            level_23: vec![hash(2, 20), hash(3, 20)],
            level_4: Some(hash(4, 64)),
            changed_at_level: 4,
        };
        full.password_expired = true;
        full.password_changed = Some(1_764_000_000_123);
        full.password_expiration_interval = ExpirationInterval::Days(366);
        full.text = "Security officer — ümlaut".into();
        full.authentication_methods = vec![AuthMethod::ALL[1], AuthMethod::ALL[2]];
        full.totp_optional_interval = Some(720);
        full.totp = Some(SavedTotp {
            key: Bytes(vec![9; 20]),
            changed: -5,
            recovery: Some(hash(5, 32)),
        });
        full.ibm_supplied = true;
        full.not_changeable = true;
        full.created = i64::MIN;
        full.function_usage = vec![
            FunctionUsage {
                function_id: "QIBM_RUN_UNDER_USER_NO_AUTH".into(),
                usage: "*ALLOWED".into(),
            },
            FunctionUsage {
                function_id: "QIBM_X".into(),
                usage: "*DENIED".into(),
            },
        ];
        let mut long = full.clone();
        long.text = "x".repeat(300);
        long.password_expiration_interval = ExpirationInterval::NoMax;
        long.totp = Some(SavedTotp {
            key: Bytes(Vec::new()),
            changed: i64::MAX,
            recovery: None,
        });
        long.created = 1 << 40;
        vec![base, full, long]
    }

    /// Good records decode quickly, to what serde decodes.
    #[test]
    fn decodes_what_serde_decodes() {
        for p in profiles() {
            let bytes = rmp_serde::to_vec_named(&p).unwrap();
            assert_eq!(profile(&bytes).as_ref(), Some(&p));
            assert_eq!(serde_decode(&bytes).as_ref(), Some(&p));
        }
    }

    /// Whatever the bytes, a record the quick decoder accepts is one serde decodes to the
    /// same value: every byte of the records flipped in several ways, every truncation, a
    /// byte appended, and the fields in another order (which both accept).
    #[test]
    fn never_accepts_what_serde_would_decode_otherwise() {
        let mut accepted = 0;
        let mut cases = 0;
        let mut check = |bytes: &[u8]| {
            cases += 1;
            if let Some(p) = profile(bytes) {
                accepted += 1;
                assert_eq!(serde_decode(bytes).as_ref(), Some(&p), "{bytes:02x?}");
            }
        };
        for p in profiles() {
            let good = rmp_serde::to_vec_named(&p).unwrap();
            for i in 0..good.len() {
                for x in [0x01, 0x02, 0x10, 0x20, 0x40, 0x80, 0xff] {
                    let mut bad = good.clone();
                    bad[i] ^= x;
                    check(&bad);
                }
                check(&good[..i]);
            }
            let mut longer = good.clone();
            longer.push(0xc0);
            assert_eq!(profile(&longer), None, "bytes left over");
            check(&longer);
        }
        // The same fields in reverse order: a map, so both decode it.
        #[derive(serde::Serialize)]
        struct Reversed<'a> {
            function_usage: &'a Vec<FunctionUsage>,
            created: i64,
            not_changeable: bool,
            ibm_supplied: bool,
            totp: &'a Option<SavedTotp>,
            totp_optional_interval: Option<u32>,
            authentication_methods: &'a Vec<AuthMethod>,
            text: &'a str,
            password_expiration_interval: ExpirationInterval,
            password_changed: Option<i64>,
            password_expired: bool,
            passwords: &'a SavedPasswords,
            special_authorities: &'a Vec<SpecialAuthority>,
            user_class: UserClass,
            status: Status,
            name: &'a str,
        }
        let p = &profiles()[1];
        let bytes = rmp_serde::to_vec_named(&Reversed {
            function_usage: &p.function_usage,
            created: p.created,
            not_changeable: p.not_changeable,
            ibm_supplied: p.ibm_supplied,
            totp: &p.totp,
            totp_optional_interval: p.totp_optional_interval,
            authentication_methods: &p.authentication_methods,
            text: &p.text,
            password_expiration_interval: p.password_expiration_interval,
            password_changed: p.password_changed,
            password_expired: p.password_expired,
            passwords: &p.passwords,
            special_authorities: &p.special_authorities,
            user_class: p.user_class,
            status: p.status,
            name: &p.name,
        })
        .unwrap();
        assert_ne!(bytes, rmp_serde::to_vec_named(p).unwrap());
        assert_eq!(profile(&bytes).as_ref(), Some(p));
        check(&bytes);
        assert!(accepted > 0 && accepted < cases);
    }
}
