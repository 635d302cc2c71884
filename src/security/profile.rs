//! User profiles: the record, the shipped profiles of a new system (DESIGN §7.1, §7.9), and
//! what an IPL that changes QPWDLVL does to each profile's passwords (DESIGN §7.3).

use crate::lang::special::{special_values, UnknownValue};
use crate::messages::{msg, Message, QResult};
use crate::security::password::{self, KdfSettings, PasswordHashes};
use crate::security::policy;
use crate::security::totp::RecoveryHash;
use crate::store::{Table, Tx};
use serde::{Deserialize, Serialize};
use std::fmt;

special_values! {
    /// A profile's STATUS.
    pub enum Status("profile status") {
        /// The profile can sign on and jobs can run under it.
        Enabled = "*ENABLED",
        /// It cannot (set by an administrator, or when QMAXSIGN was reached).
        Disabled = "*DISABLED",
    }
}

special_values! {
    /// A profile's USRCLS.
    pub enum UserClass("user class") {
        /// An ordinary user.
        User = "*USER",
        /// A system operator.
        SysOpr = "*SYSOPR",
        /// A programmer.
        Pgmr = "*PGMR",
        /// A security administrator.
        SecAdm = "*SECADM",
        /// A security officer.
        SecOfr = "*SECOFR",
    }
}

special_values! {
    /// IBM i's special authorities; `ALL` is in IBM's order.
    pub enum SpecialAuthority("special authority") {
        /// All object authority.
        AllObj = "*ALLOBJ",
        /// Audit authority.
        Audit = "*AUDIT",
        /// I/O system configuration authority.
        IoSysCfg = "*IOSYSCFG",
        /// Job control authority.
        JobCtl = "*JOBCTL",
        /// Save system authority.
        SavSys = "*SAVSYS",
        /// Security administrator authority.
        SecAdm = "*SECADM",
        /// Service authority.
        Service = "*SERVICE",
        /// Spool control authority.
        SplCtl = "*SPLCTL",
    }
}

special_values! {
    /// One entry of a profile's AUTHMTH; `ALL` is in the order DSPUSRPRF shows them.
    pub enum AuthMethod("authentication method") {
        /// No additional factor.
        None = "*NONE",
        /// A TOTP value (DESIGN §7.6).
        Totp = "*TOTP",
        /// The QIBM_QSY_AUTH exit program.
        RegFac = "*REGFAC",
    }
}

impl AuthMethod {
    /// A profile's AUTHMTH from the methods given: `[*NONE]` when none is given, otherwise
    /// the given methods in IBM's order, each once.
    pub fn normalized(given: &[AuthMethod]) -> Vec<AuthMethod> {
        let ordered: Vec<AuthMethod> = AuthMethod::ALL
            .iter()
            .copied()
            .filter(|m| given.contains(m))
            .collect();
        if ordered.is_empty() {
            vec![AuthMethod::None]
        } else {
            ordered
        }
    }
}

impl UserClass {
    /// The special authorities the class gives with SPCAUT(*USRCLS) at QSECURITY 30 and
    /// above.
    pub fn authorities(self) -> &'static [SpecialAuthority] {
        match self {
            UserClass::SecOfr => SpecialAuthority::ALL,
            UserClass::SecAdm => &[SpecialAuthority::SecAdm],
            UserClass::SysOpr => &[SpecialAuthority::JobCtl, SpecialAuthority::SavSys],
            UserClass::Pgmr | UserClass::User => &[],
        }
    }

    /// The special authorities the class gives only at QSECURITY 10 and 20 (IBM Security
    /// Reference, "User class" table): *ALLOBJ for every class, *SAVSYS for all but
    /// *SYSOPR (which has it at every level), *JOBCTL for *SECADM and *PGMR.
    pub fn low_level_only(self) -> &'static [SpecialAuthority] {
        use SpecialAuthority::{AllObj, JobCtl, SavSys};
        match self {
            UserClass::SecOfr => &[],
            UserClass::SecAdm | UserClass::Pgmr => &[AllObj, JobCtl, SavSys],
            UserClass::SysOpr => &[AllObj],
            UserClass::User => &[AllObj, SavSys],
        }
    }

    /// The special authorities SPCAUT(*USRCLS) gives at security level `security`, in the
    /// order DSPUSRPRF shows them.
    pub fn authorities_at(self, security: u8) -> Vec<SpecialAuthority> {
        let low = security <= 20;
        SpecialAuthority::ALL
            .iter()
            .copied()
            .filter(|a| {
                self.authorities().contains(a) || (low && self.low_level_only().contains(a))
            })
            .collect()
    }
}

/// A profile's PWDEXPITV: the QPWDEXPITV system value, never, or a number of days. Stored as
/// the text IBM shows (`*SYSVAL`, `*NOMAX`, `90`), as it was when the field was a string.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(into = "String", try_from = "String")]
pub enum ExpirationInterval {
    /// `*SYSVAL`: QPWDEXPITV applies.
    SysVal,
    /// `*NOMAX`: the password never expires.
    NoMax,
    /// The password expires this many days (1–366) after it is changed.
    Days(u16),
}

impl ExpirationInterval {
    /// The number of days, if the interval is one.
    pub fn days(self) -> Option<u16> {
        match self {
            ExpirationInterval::Days(d) => Some(d),
            _ => None,
        }
    }
}

impl fmt::Display for ExpirationInterval {
    /// The text IBM shows; honours width and alignment as a string does.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ExpirationInterval::SysVal => f.pad("*SYSVAL"),
            ExpirationInterval::NoMax => f.pad("*NOMAX"),
            ExpirationInterval::Days(d) => f.pad(&d.to_string()),
        }
    }
}

impl std::str::FromStr for ExpirationInterval {
    type Err = UnknownValue;

    fn from_str(s: &str) -> Result<Self, UnknownValue> {
        match s {
            "*SYSVAL" => Ok(ExpirationInterval::SysVal),
            "*NOMAX" => Ok(ExpirationInterval::NoMax),
            _ => match s.parse::<u16>() {
                Ok(d) if (1..=366).contains(&d) => Ok(ExpirationInterval::Days(d)),
                _ => Err(UnknownValue {
                    kind: "password expiration interval",
                    value: s.to_string(),
                    expected: "*SYSVAL *NOMAX 1-366".into(),
                }),
            },
        }
    }
}

impl From<ExpirationInterval> for String {
    fn from(v: ExpirationInterval) -> String {
        v.to_string()
    }
}

impl TryFrom<String> for ExpirationInterval {
    type Error = UnknownValue;

    fn try_from(s: String) -> Result<Self, UnknownValue> {
        s.parse()
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

impl TotpKey {
    /// "TOTP key set, value unknown" (`qsy import`: USER_INFO says TOTP_KEY_EXISTS but a key
    /// cannot be exported): no code matches it and it has no recovery key, so the user must
    /// set a new key with CHGTOTPKEY before a code is accepted.
    pub fn unknown(changed: i64) -> Self {
        TotpKey {
            key: Vec::new(),
            changed,
            recovery: None,
        }
    }

    /// Whether the key's value is known (false for [`TotpKey::unknown`]).
    pub fn value_known(&self) -> bool {
        !self.key.is_empty()
    }
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
    pub status: Status,
    /// The user class.
    pub user_class: UserClass,
    /// Special authorities held, in IBM's order.
    pub special_authorities: Vec<SpecialAuthority>,
    /// Password hashes, one slot per level group.
    pub passwords: PasswordHashes,
    /// The password is expired: the next sign-on must change it.
    pub password_expired: bool,
    /// When the password was last changed (Unix seconds).
    #[serde(default)]
    pub password_changed: Option<i64>,
    /// `*SYSVAL`, `*NOMAX` or days.
    pub password_expiration_interval: ExpirationInterval,
    /// Text description.
    pub text: String,
    /// `[*NONE]` or a list of `*TOTP`, `*REGFAC` (see [`AuthMethod::normalized`]).
    pub authentication_methods: Vec<AuthMethod>,
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
    /// The real system reported the password as the default one (USER_INFO's
    /// USER_DEFAULT_PASSWORD, `qsy import`): consulted only while the password's value is
    /// unknown (a known one is checked directly).
    #[serde(default)]
    pub reported_default_password: bool,
    /// When the IPL that made a QPWDLVL change current left the profile without a usable
    /// password (its hashes for the new level were dropped); None once a password is set.
    /// Always written, before `not_acted_on` (records are positional and that one is left
    /// out when empty).
    #[serde(default)]
    pub password_lost_at: Option<i64>,
    /// Attributes of IBM's that qsy keeps but does not act on (HOMEDIR, INLPGM, JOBD…), by
    /// keyword, with their values as CL writes them; DSPUSRPRF shows them. Left out of the
    /// record when empty (records are positional: it must stay the last field), so a
    /// profile without any keeps the bytes it had.
    #[serde(default, skip_serializing_if = "std::collections::BTreeMap::is_empty")]
    pub not_acted_on: std::collections::BTreeMap<String, String>,
}

impl Profile {
    /// A new profile with IBM's CRTUSRPRF defaults and no password.
    pub fn new(name: &str, user_class: UserClass, now: i64) -> Self {
        Profile {
            name: name.to_string(),
            status: Status::Enabled,
            user_class,
            special_authorities: user_class.authorities().to_vec(),
            passwords: PasswordHashes::default(),
            password_expired: false,
            password_changed: None,
            password_expiration_interval: ExpirationInterval::SysVal,
            text: String::new(),
            authentication_methods: vec![AuthMethod::None],
            totp_optional_interval: None,
            totp: None,
            signon_attempts_not_valid: 0,
            previous_signon: None,
            last_totp_signon: None,
            totp_reset_by_dst: false,
            not_changeable: false,
            ibm_supplied: false,
            created: now,
            reported_default_password: false,
            password_lost_at: None,
            not_acted_on: Default::default(),
        }
    }

    /// Whether the profile holds special authority `auth`.
    pub fn has(&self, auth: SpecialAuthority) -> bool {
        self.special_authorities.contains(&auth)
    }

    /// Whether the profile is disabled.
    pub fn disabled(&self) -> bool {
        self.status == Status::Disabled
    }

    /// Whether the profile requires a TOTP value (AUTHMTH includes *TOTP).
    pub fn wants_totp(&self) -> bool {
        self.authentication_methods.contains(&AuthMethod::Totp)
    }

    /// Whether AUTHMTH names any additional factor (anything but *NONE).
    pub fn wants_additional_factor(&self) -> bool {
        self.authentication_methods
            .iter()
            .any(|m| *m != AuthMethod::None)
    }

    /// Whether the profile has a usable password at `level` (DSPUSRPRF shows *NONE if not).
    pub fn has_password(&self, level: u8) -> bool {
        policy::usable_at(&self.passwords, level)
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

/// Reads a profile that must exist (CPF2204 otherwise), shared with the transaction's cache
/// ([`crate::store::Tx::get_shared`]): for a command that only looks at it.
pub fn require_shared(tx: &Tx, name: &str) -> QResult<std::rc::Rc<Profile>> {
    match tx.get_shared(Table::Profile, name)? {
        Some(p) => Ok(p),
        None => msg::cpf2204(name).fail(),
    }
}

/// Reads a profile that must exist (CPF2204 otherwise), to change it and put it back
/// ([`crate::store::Tx::get_for_change`]).
pub fn require_for_change(tx: &Tx, name: &str) -> QResult<Profile> {
    match tx.get_for_change(Table::Profile, name)? {
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
    let mut qsecofr = Profile::new("QSECOFR", UserClass::SecOfr, now);
    qsecofr.passwords = password::set_password("QSECOFR", 0, kdf);
    qsecofr.password_expired = true;
    qsecofr.password_changed = Some(now);
    qsecofr.text = "Security Officer".into();
    for (name, class, text) in [
        ("QSYSOPR", UserClass::SysOpr, "System Operator"),
        ("QPGMR", UserClass::Pgmr, "Programmer"),
        ("QUSER", UserClass::User, "Work Station User"),
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

/// The IPL that changes QSECURITY across 20/30 (IBM Security Reference, "Changing to level
/// 30 from a lower level" and "Changing to level 20 from a higher level"): going up, every
/// profile loses the special authorities its user class gives only at 10 and 20 (so *ALLOBJ
/// is removed from every profile but *SECOFR ones; authorities not tied to the class stay);
/// going down, every profile gets at least its class's level-20 authorities. Returns the
/// profiles changed.
pub fn ipl_security_level(tx: &mut Tx, old: u8, new: u8) -> QResult<Vec<String>> {
    let (up, down) = (old <= 20 && new >= 30, old >= 30 && new <= 20);
    if !up && !down {
        return Ok(Vec::new());
    }
    let mut changed = Vec::new();
    for mut p in all(tx)? {
        let target = if up {
            p.special_authorities
                .iter()
                .copied()
                .filter(|a| !p.user_class.low_level_only().contains(a))
                .collect()
        } else {
            let mut with = p.user_class.authorities_at(new);
            with.extend(p.special_authorities.iter().copied());
            SpecialAuthority::ALL
                .iter()
                .copied()
                .filter(|a| with.contains(a))
                .collect::<Vec<_>>()
        };
        if target != p.special_authorities {
            p.special_authorities = target;
            changed.push(p.name.clone());
            put(tx, &p)?;
        }
    }
    Ok(changed)
}

/// The IPL step for password levels: what the IPL that makes `new` current (from `old`)
/// drops from every profile, and which profiles are left with password *NONE.
pub fn ipl_password_level(
    tx: &mut Tx,
    old: u8,
    new: u8,
    now: i64,
    job_user: &str,
) -> QResult<Vec<Message>> {
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
            p.password_lost_at = Some(now);
            // One entry per profile, so "who lost a password, and when" can be answered
            // afterwards from the journal (the IPL's own entry type, the profile as object).
            crate::audit::write(
                tx,
                now,
                "IP",
                job_user,
                &p.name,
                None,
                format!(
                    "IPL; QPWDLVL {old} -> {new}: the profile's password had no hash for level {new} and is now *NONE"
                ),
            )?;
        }
        if p.passwords != before || p.password_lost_at == Some(now) {
            put(tx, &p)?;
        }
    }
    let mut messages = Vec::new();
    if !lost.is_empty() {
        messages.push(msg::qsy0047(lost.len(), new, lost.join(" ")).diagnostic());
    }
    Ok(messages)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The profile record as stored before its fields were typed: the same fields, in the
    /// same order, with strings where the record now has enums.
    #[derive(Serialize, Deserialize)]
    struct StringProfile {
        name: String,
        status: String,
        user_class: String,
        special_authorities: Vec<String>,
        passwords: PasswordHashes,
        password_expired: bool,
        password_changed: Option<i64>,
        password_expiration_interval: String,
        text: String,
        authentication_methods: Vec<String>,
        totp_optional_interval: Option<u32>,
        totp: Option<TotpKey>,
        signon_attempts_not_valid: u32,
        previous_signon: Option<i64>,
        last_totp_signon: Option<i64>,
        totp_reset_by_dst: bool,
        not_changeable: bool,
        ibm_supplied: bool,
        created: i64,
        reported_default_password: bool,
        password_lost_at: Option<i64>,
    }

    fn old(status: &str, class: &str, auths: &[&str], interval: &str, methods: &[&str]) -> Vec<u8> {
        let strings = |v: &[&str]| v.iter().map(|s| s.to_string()).collect();
        crate::store::encode(&StringProfile {
            name: "JSMITH".into(),
            status: status.into(),
            user_class: class.into(),
            special_authorities: strings(auths),
            passwords: PasswordHashes::default(),
            password_expired: false,
            password_changed: Some(7),
            password_expiration_interval: interval.into(),
            text: "John".into(),
            authentication_methods: strings(methods),
            totp_optional_interval: Some(60),
            totp: None,
            signon_attempts_not_valid: 2,
            previous_signon: None,
            last_totp_signon: None,
            totp_reset_by_dst: false,
            not_changeable: false,
            ibm_supplied: false,
            created: 5,
            reported_default_password: false,
            password_lost_at: None,
        })
    }

    #[test]
    fn a_record_stored_with_strings_decodes_into_the_typed_profile_and_encodes_back_the_same() {
        let bytes = old(
            "*DISABLED",
            "*SECADM",
            &["*ALLOBJ", "*SECADM"],
            "90",
            &["*TOTP", "*REGFAC"],
        );
        let p: Profile = crate::store::decode(&bytes).expect("an old record decodes");
        assert_eq!(p.status, Status::Disabled);
        assert_eq!(p.user_class, UserClass::SecAdm);
        assert_eq!(
            p.special_authorities,
            [SpecialAuthority::AllObj, SpecialAuthority::SecAdm]
        );
        assert_eq!(p.password_expiration_interval, ExpirationInterval::Days(90));
        assert_eq!(
            p.authentication_methods,
            [AuthMethod::Totp, AuthMethod::RegFac]
        );
        assert_eq!(
            (p.text.as_str(), p.totp_optional_interval),
            ("John", Some(60))
        );
        assert_eq!(
            crate::store::encode(&p),
            bytes,
            "the store keeps the same bytes"
        );
        for (interval, typed) in [
            ("*SYSVAL", ExpirationInterval::SysVal),
            ("*NOMAX", ExpirationInterval::NoMax),
        ] {
            let bytes = old("*ENABLED", "*USER", &[], interval, &["*NONE"]);
            let p: Profile = crate::store::decode(&bytes).expect("decodes");
            assert_eq!(
                (p.status, p.password_expiration_interval),
                (Status::Enabled, typed)
            );
            assert_eq!(p.authentication_methods, [AuthMethod::None]);
            assert_eq!(crate::store::encode(&p), bytes);
        }
    }

    #[test]
    fn a_record_with_a_value_no_enum_knows_does_not_decode() {
        for bytes in [
            old("*MAYBE", "*USER", &[], "*SYSVAL", &["*NONE"]),
            old("*ENABLED", "*BOSS", &[], "*SYSVAL", &["*NONE"]),
            old("*ENABLED", "*USER", &["*ALL"], "*SYSVAL", &["*NONE"]),
            old("*ENABLED", "*USER", &[], "0", &["*NONE"]),
            old("*ENABLED", "*USER", &[], "367", &["*NONE"]),
            old("*ENABLED", "*USER", &[], "*SYSVAL", &["*SMS"]),
        ] {
            assert!(crate::store::decode::<Profile>(&bytes).is_err());
        }
    }

    #[test]
    fn special_values_read_and_show_as_ibm_writes_them() {
        for a in SpecialAuthority::ALL {
            assert_eq!(a.as_str().parse::<SpecialAuthority>(), Ok(*a));
        }
        assert_eq!(format!("{:<9}|", Status::Enabled), "*ENABLED |");
        assert_eq!(format!("{:<4}|", ExpirationInterval::Days(7)), "7   |");
        let e = "*BOSS".parse::<UserClass>().unwrap_err();
        assert_eq!(e.expected, "*USER *SYSOPR *PGMR *SECADM *SECOFR");
        assert_eq!(UserClass::SecOfr.authorities(), SpecialAuthority::ALL);
        assert_eq!(
            UserClass::SysOpr.authorities(),
            [SpecialAuthority::JobCtl, SpecialAuthority::SavSys]
        );
        assert_eq!(
            AuthMethod::normalized(&[AuthMethod::RegFac, AuthMethod::Totp, AuthMethod::Totp]),
            [AuthMethod::Totp, AuthMethod::RegFac]
        );
        assert_eq!(AuthMethod::normalized(&[]), [AuthMethod::None]);
    }
}
