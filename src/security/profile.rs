//! User profiles: the record, the shipped profiles of a new system (DESIGN §7.1, §7.9), and
//! what an IPL that changes QPWDLVL does to each profile's passwords (DESIGN §7.3).

use crate::messages::{msg, Message, QResult};
use crate::security::password::{self, KdfSettings, PasswordHashes};
use crate::security::totp::RecoveryHash;
use crate::store::{Table, Tx};
use serde::{Deserialize, Serialize};

/// IBM i's special authorities, in IBM's order.
pub const SPECIAL_AUTHORITIES: &[&str] = &[
    "*ALLOBJ",
    "*AUDIT",
    "*IOSYSCFG",
    "*JOBCTL",
    "*SAVSYS",
    "*SECADM",
    "*SERVICE",
    "*SPLCTL",
];

/// The special authorities a user class gives with SPCAUT(*USRCLS) at QSECURITY 30 and above.
pub fn class_authorities(user_class: &str) -> &'static [&'static str] {
    match user_class {
        "*SECOFR" => SPECIAL_AUTHORITIES,
        "*SECADM" => &["*SECADM"],
        "*PGMR" => &[],
        "*SYSOPR" => &["*JOBCTL", "*SAVSYS"],
        _ => &[],
    }
}

/// A TOTP key held by a profile. Only sign-on code reads `key`.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TotpKey {
    /// The 20-byte secret.
    #[serde(with = "serde_bytes")]
    pub key: Vec<u8>,
    /// When it was set (Unix seconds).
    pub changed: i64,
    /// Hash of the one-time recovery key; None once used.
    #[serde(default)]
    pub recovery: Option<RecoveryHash>,
}

impl std::fmt::Debug for TotpKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "TotpKey {{ key: <redacted>, changed: {} }}",
            self.changed
        )
    }
}

/// One user profile as stored.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Profile {
    /// Profile name.
    pub name: String,
    /// `*ENABLED` or `*DISABLED`.
    pub status: String,
    /// `*USER`, `*SYSOPR`, `*PGMR`, `*SECADM` or `*SECOFR`.
    pub user_class: String,
    /// Special authorities held, in IBM's order.
    pub special_authorities: Vec<String>,
    /// Password hashes, one slot per level group.
    pub passwords: PasswordHashes,
    /// The password is expired: the next sign-on must change it.
    pub password_expired: bool,
    /// When the password was last changed (Unix seconds).
    #[serde(default)]
    pub password_changed: Option<i64>,
    /// `*SYSVAL`, `*NOMAX` or days.
    pub password_expiration_interval: String,
    /// Text description.
    pub text: String,
    /// `["*NONE"]` or a list of `*TOTP`, `*REGFAC`.
    pub authentication_methods: Vec<String>,
    /// TOTP optional interval in minutes (None = *NONE).
    #[serde(default)]
    pub totp_optional_interval: Option<u32>,
    /// The TOTP key, if set.
    #[serde(default)]
    pub totp: Option<TotpKey>,
    /// Sign-on attempts not valid since the last good one.
    #[serde(default)]
    pub signon_attempts_not_valid: u32,
    /// Previous sign-on (Unix seconds).
    #[serde(default)]
    pub previous_signon: Option<i64>,
    /// Last sign-on that gave a correct TOTP value (for the optional interval).
    #[serde(default)]
    pub last_totp_signon: Option<i64>,
    /// DST removed the TOTP key: the next sign-ons may use the password alone until the
    /// user sets a new key with CHGTOTPKEY (DESIGN §7.12).
    #[serde(default)]
    pub totp_reset_by_dst: bool,
    /// IBM-supplied `_NC` profile: cannot be changed, deleted, denied or signed on.
    #[serde(default)]
    pub not_changeable: bool,
    /// IBM-supplied profile (cannot be deleted).
    #[serde(default)]
    pub ibm_supplied: bool,
    /// Creation time.
    #[serde(default)]
    pub created: i64,
}

impl Profile {
    /// A new profile with IBM's CRTUSRPRF defaults and no password.
    pub fn new(name: &str, user_class: &str, now: i64) -> Self {
        Profile {
            name: name.to_string(),
            status: "*ENABLED".into(),
            user_class: user_class.to_string(),
            special_authorities: class_authorities(user_class)
                .iter()
                .map(|s| s.to_string())
                .collect(),
            passwords: PasswordHashes::default(),
            password_expired: false,
            password_changed: None,
            password_expiration_interval: "*SYSVAL".into(),
            text: String::new(),
            authentication_methods: vec!["*NONE".into()],
            totp_optional_interval: None,
            totp: None,
            signon_attempts_not_valid: 0,
            previous_signon: None,
            last_totp_signon: None,
            totp_reset_by_dst: false,
            not_changeable: false,
            ibm_supplied: false,
            created: now,
        }
    }

    /// Whether the profile holds special authority `auth`.
    pub fn has(&self, auth: &str) -> bool {
        self.special_authorities.iter().any(|a| a == auth)
    }

    /// Whether the profile is disabled.
    pub fn disabled(&self) -> bool {
        self.status == "*DISABLED"
    }

    /// Whether the profile requires a TOTP value (AUTHMTH includes *TOTP).
    pub fn wants_totp(&self) -> bool {
        self.authentication_methods.iter().any(|m| m == "*TOTP")
    }

    /// Whether the profile has a usable password at `level` (DSPUSRPRF shows *NONE if not).
    pub fn has_password(&self, level: u8) -> bool {
        password::usable_at(&self.passwords, level)
    }
}

/// Reads a profile.
pub fn get(tx: &Tx, name: &str) -> QResult<Option<Profile>> {
    tx.get(Table::Profile, name)
}

/// Reads a profile that must exist (CPF2204 otherwise).
pub fn require(tx: &Tx, name: &str) -> QResult<Profile> {
    match get(tx, name)? {
        Some(p) => Ok(p),
        None => msg::cpf2204(name).fail(),
    }
}

/// Stores a profile.
pub fn put(tx: &mut Tx, profile: &Profile) -> QResult<()> {
    tx.put(Table::Profile, &profile.name, profile)
}

/// Every profile in name order.
pub fn all(tx: &Tx) -> QResult<Vec<Profile>> {
    tx.scan(Table::Profile)?
        .iter()
        .map(|(_, v)| crate::store::decode(v))
        .collect()
}

/// The store's KDF settings (fixed when the store was created).
pub fn kdf(tx: &Tx) -> QResult<KdfSettings> {
    Ok(tx.get(Table::Meta, "kdf")?.unwrap_or_default())
}

/// The profiles of a new system (DESIGN §7.1): QSECOFR with password QSECOFR, expired;
/// QSYSOPR, QPGMR, QUSER with password *NONE; the four `_NC` profiles.
pub fn shipped(now: i64, kdf: &KdfSettings) -> Vec<Profile> {
    let mut out = Vec::new();
    let mut qsecofr = Profile::new("QSECOFR", "*SECOFR", now);
    qsecofr.passwords = password::set_password("QSECOFR", 0, kdf);
    qsecofr.password_expired = true;
    qsecofr.password_changed = Some(now);
    qsecofr.text = "Security Officer".into();
    for (name, class, text) in [
        ("QSYSOPR", "*SYSOPR", "System Operator"),
        ("QPGMR", "*PGMR", "Programmer"),
        ("QUSER", "*USER", "Work Station User"),
    ] {
        let mut p = Profile::new(name, class, now);
        p.text = text.into();
        p.ibm_supplied = true;
        let mut nc = p.clone();
        nc.name = format!("{name}_NC");
        nc.not_changeable = true;
        nc.text = format!("{text} (not changeable)");
        out.push(p);
        out.push(nc);
    }
    qsecofr.ibm_supplied = true;
    let mut nc = qsecofr.clone();
    nc.name = "QSECOFR_NC".into();
    nc.passwords = PasswordHashes::default();
    nc.password_expired = false;
    nc.not_changeable = true;
    nc.text = "Security Officer (not changeable)".into();
    out.push(qsecofr);
    out.push(nc);
    out.sort_by(|a, b| a.name.cmp(&b.name));
    out
}

/// The IPL step for password levels: what the IPL that makes `new` current (from `old`)
/// drops from every profile, and which profiles are left with password *NONE.
pub fn ipl_password_level(tx: &mut Tx, old: u8, new: u8) -> QResult<Vec<Message>> {
    if old == new {
        return Ok(Vec::new());
    }
    let mut lost = Vec::new();
    for mut p in all(tx)? {
        let had = p.has_password(old);
        let before = p.passwords.clone();
        password::apply_ipl(&mut p.passwords, old, new);
        if had && !p.has_password(new) {
            lost.push(p.name.clone());
        }
        if p.passwords != before {
            put(tx, &p)?;
        }
    }
    let mut messages = Vec::new();
    if !lost.is_empty() {
        messages.push(msg::qsy0047(lost.len(), new, lost.join(" ")).diagnostic());
    }
    Ok(messages)
}
