//! System values (current and pending), the security attribute ADLSGNFAC, the SST options
//! (DESIGN §7.1, §7.2, §7.4).

pub mod policy;
pub mod sysval;
pub mod sysval_table;

use crate::lang::special::special_values;
use crate::messages::QResult;
use crate::store::{Table, Tx};
use serde::{Deserialize, Serialize};

/// A value with the change waiting for the next IPL, if any. Stored with `T = String` for
/// system values; typed readers ([`sysval::levels`], [`adlsgnfac`]) give `T` a type.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Staged<T = String> {
    /// The value in effect.
    pub current: T,
    /// The value the next IPL makes current.
    #[serde(default = "Option::default")]
    pub pending: Option<T>,
}

impl<T> Staged<T> {
    /// The value that will be current after the next IPL: the pending one, else the current.
    pub fn after_ipl(&self) -> &T {
        self.pending.as_ref().unwrap_or(&self.current)
    }
}

special_values! {
    /// The additional sign-on factor security attribute (ADLSGNFAC, DESIGN §7.4).
    pub enum AdditionalFactor("additional sign-on factor") {
        /// Sign-on asks profiles with AUTHMTH other than *NONE for their additional factor.
        Enabled = "*ENABLED",
        /// Passwords alone (the shipped value).
        Disabled = "*DISABLED",
    }
}

/// QSECURITY, QPWDLVL and the additional sign-on factor, each current and pending: what
/// DSPSECA shows, and what CHGSECA and the IPL judge the factor by.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SecurityAttributes {
    /// QSECURITY.
    pub security_level: Staged<u8>,
    /// QPWDLVL.
    pub password_level: Staged<u8>,
    /// ADLSGNFAC.
    pub additional_factor: Staged<AdditionalFactor>,
}

/// Reads the security attributes.
pub fn security_attributes(tx: &Tx) -> QResult<SecurityAttributes> {
    let levels = sysval::levels(tx)?;
    Ok(SecurityAttributes {
        security_level: levels.security,
        password_level: levels.password,
        additional_factor: adlsgnfac(tx)?,
    })
}

/// The additional sign-on factor security attribute.
pub const ADLSGNFAC: &str = "ADLSGNFAC";

/// Reads the additional sign-on factor attribute (shipped `*DISABLED`).
pub fn adlsgnfac(tx: &Tx) -> QResult<Staged<AdditionalFactor>> {
    Ok(tx.get(Table::SecAttr, ADLSGNFAC)?.unwrap_or(Staged {
        current: AdditionalFactor::Disabled,
        pending: None,
    }))
}

/// Whether the additional sign-on factor is *currently* enabled (what sign-on looks at).
pub fn adlsgnfac_enabled(tx: &Tx) -> QResult<bool> {
    Ok(adlsgnfac(tx)?.current == AdditionalFactor::Enabled)
}

/// Stores the additional sign-on factor attribute.
pub fn put_adlsgnfac(tx: &mut Tx, value: &Staged<AdditionalFactor>) -> QResult<()> {
    tx.put(Table::SecAttr, ADLSGNFAC, value)
}

/// The SST options that guard security settings (DESIGN §7.2, §7.4).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct SstOptions {
    /// Security-related system values are locked: CHGSYSVAL refuses them, even for QSECOFR.
    pub lock_security_values: bool,
    /// "Allow additional sign-on factor change": CHGSECA ADLSGNFAC is refused when false.
    pub allow_adlsgnfac_change: bool,
}

impl Default for SstOptions {
    fn default() -> Self {
        SstOptions {
            lock_security_values: false,
            allow_adlsgnfac_change: true,
        }
    }
}

/// Reads the SST options.
pub fn sst_options(tx: &Tx) -> QResult<SstOptions> {
    Ok(tx.get(Table::Meta, "sst")?.unwrap_or_default())
}

/// Stores the SST options.
pub fn put_sst_options(tx: &mut Tx, options: &SstOptions) -> QResult<()> {
    tx.put(Table::Meta, "sst", options)
}

/// IPL count and power state.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PowerState {
    /// IPLs done since the system was created.
    pub ipl_count: u64,
    /// PWRDWNSYS RESTART(*NO) left the system down.
    pub powered_down: bool,
}

/// Reads the power state.
pub fn power_state(tx: &Tx) -> QResult<PowerState> {
    Ok(tx.get(Table::Meta, "power")?.unwrap_or_default())
}

/// Stores the power state.
pub fn put_power_state(tx: &mut Tx, state: &PowerState) -> QResult<()> {
    tx.put(Table::Meta, "power", state)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::{decode, encode, Store};

    /// The attribute was stored as `Staged<String>`; it reads into the typed record and
    /// writes back the same bytes.
    #[test]
    fn a_stored_string_attribute_decodes_into_the_typed_one() {
        for (current, pending, typed) in [
            (
                "*ENABLED",
                Some("*DISABLED"),
                Staged {
                    current: AdditionalFactor::Enabled,
                    pending: Some(AdditionalFactor::Disabled),
                },
            ),
            (
                "*DISABLED",
                None,
                Staged {
                    current: AdditionalFactor::Disabled,
                    pending: None,
                },
            ),
        ] {
            let old = encode(&Staged::<String> {
                current: current.into(),
                pending: pending.map(String::from),
            });
            let read: Staged<AdditionalFactor> = decode(&old).expect("decodes");
            assert_eq!(read, typed);
            assert_eq!(encode(&read), old);
        }
        let bad = encode(&Staged::<String> {
            current: "*MAYBE".into(),
            pending: None,
        });
        assert!(decode::<Staged<AdditionalFactor>>(&bad).is_err());
    }

    #[test]
    fn levels_read_typed_with_their_pending_values_and_a_damaged_one_is_an_error() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(&dir.path().join("s.redb"), true, |_| Ok(())).unwrap();
        let mut tx = store.begin().unwrap();
        let shipped = security_attributes(&tx).unwrap();
        assert_eq!(
            (
                shipped.security_level.current,
                shipped.password_level.current
            ),
            (40, 0)
        );
        assert_eq!(
            shipped.additional_factor.current,
            AdditionalFactor::Disabled
        );
        let staged = |current: &str, pending: Option<&str>| Staged {
            current: current.to_string(),
            pending: pending.map(String::from),
        };
        sysval::put(&mut tx, "QPWDLVL", &staged("2", Some("4"))).unwrap();
        let levels = sysval::levels(&tx).unwrap();
        assert_eq!(
            (levels.password.current, *levels.password.after_ipl()),
            (2, 4)
        );
        assert_eq!(*levels.security.after_ipl(), 40);
        sysval::put(&mut tx, "QSECURITY", &staged("4O", None)).unwrap();
        let e = sysval::levels(&tx).unwrap_err();
        assert!(e.to_string().contains("QSECURITY holds \"4O\""), "{e}");
    }
}
