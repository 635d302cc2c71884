//! CHGTOTPKEY: set, generate or remove the job user's own TOTP key (DESIGN §7.5). The key,
//! its otpauth:// URI and the recovery key are shown once, here, and never again.

use super::usrprf::require_mfa_levels;
use crate::engine::Job;
use crate::lang::defs::chgtotpkey::TOTPKEY;
use crate::lang::validate::Args;
use crate::messages::{msg, Failure, QResult};
use crate::output::{row, Panel, Row, Shown};
use crate::security::profile::{self, Profile, TotpKey};
use crate::security::totp;
use serde::Serialize;

/// The issuer named in the otpauth:// URI (what authenticator apps show above the account).
pub const ISSUER: &str = "IBM i (qsy)";

/// What TOTPKEY asks for.
pub enum KeyRequest {
    /// `*GEN`: generate a key.
    Generate,
    /// `*NONE`: remove the key.
    Remove,
    /// This base32 key, as typed.
    Key(String),
}

/// The parameters of CHGTOTPKEY.
pub struct Params {
    /// TOTPKEY.
    pub key: KeyRequest,
}

impl Params {
    /// Reads the parameters from the checked arguments.
    pub fn from_args(args: &Args) -> QResult<Params> {
        Ok(Params {
            key: match args.text(TOTPKEY)? {
                "*GEN" => KeyRequest::Generate,
                "*NONE" => KeyRequest::Remove,
                key => KeyRequest::Key(key.to_string()),
            },
        })
    }
}

/// What CHGTOTPKEY shows once, when it sets a key.
#[derive(Serialize)]
pub struct NewKeyRecord {
    /// The job user.
    pub user_profile: String,
    /// The TOTP key, base32.
    pub totp_key: String,
    /// The otpauth:// URI for authenticator apps.
    pub otpauth_uri: String,
    /// The recovery key.
    pub recovery_key: String,
}

impl Panel for NewKeyRecord {
    const TITLE: &'static str = "                         Change TOTP Key";
    const ROWS: &'static [Row] = &[
        row("User profile", "user_profile", Shown::AsIs),
        row("TOTP key", "totp_key", Shown::AsIs),
        row("Recovery key", "recovery_key", Shown::AsIs),
        row("Key URI", "otpauth_uri", Shown::AsIs),
    ];
}

/// Runs CHGTOTPKEY.
pub fn run(job: &mut Job, params: &Params) -> QResult<()> {
    let mut p = job.user_profile()?;
    if p.not_changeable {
        return msg::qsy0080(&p.name).fail();
    }
    require_mfa_levels(job, "CHGTOTPKEY")?;
    let name = p.name.clone();
    let key_text = match &params.key {
        KeyRequest::Generate => totp::generate_key(),
        KeyRequest::Key(key) => key.to_ascii_uppercase(),
        KeyRequest::Remove => return remove(job, p),
    };
    let key = totp::parse_key(&key_text).map_err(|e| Failure::from(msg::qsy0097(e)))?;
    let recovery = totp::generate_recovery_key();
    p.totp = Some(TotpKey {
        key,
        changed: job.now,
        recovery: Some(totp::hash_recovery_key(&recovery)),
    });
    p.last_totp_signon = None;
    p.totp_reset_by_dst = false;
    profile::put(job.tx, &p)?;
    job.audit("CP", &name, None, "CHGTOTPKEY; TOTP key set")?;
    let uri = totp::otpauth_uri(&key_text, ISSUER, &name);
    let out = &mut job.out;
    out.panel(&NewKeyRecord {
        user_profile: name.clone(),
        totp_key: key_text,
        otpauth_uri: uri.clone(),
        recovery_key: recovery,
    });
    if job.interactive {
        if let Ok(code) = qrcode::QrCode::new(uri.as_bytes()) {
            out.line("");
            out.line(
                code.render::<qrcode::render::unicode::Dense1x2>()
                    .quiet_zone(true)
                    .build(),
            );
        }
    }
    out.line("");
    out.line("  Save the TOTP key in your authenticator and keep the recovery key safe:");
    out.line("  neither is shown again. The recovery key works once in place of a TOTP value.");
    job.send(msg::qsy0098(&name, "set").completion());
    Ok(())
}

/// CHGTOTPKEY TOTPKEY(*NONE): the job user's profile `p` has no TOTP key any more.
fn remove(job: &mut Job, mut p: Profile) -> QResult<()> {
    let name = p.name.clone();
    p.totp = None;
    p.last_totp_signon = None;
    profile::put(job.tx, &p)?;
    job.audit("CP", &name, None, "CHGTOTPKEY; TOTP key removed")?;
    job.send(msg::qsy0098(&name, "removed").completion());
    job.out.set("user_profile", name.as_str());
    job.out.set("totp_key_set", false);
    Ok(())
}
