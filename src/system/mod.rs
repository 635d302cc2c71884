//! System values (current and pending), the security attribute ADLSGNFAC, the SST options
//! (DESIGN §7.1, §7.2, §7.4).

pub mod policy;
pub mod sysval;

use crate::messages::QResult;
use crate::store::{Table, Tx};
use serde::{Deserialize, Serialize};

/// A value with the change waiting for the next IPL, if any.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Staged {
    /// The value in effect.
    pub current: String,
    /// The value the next IPL makes current.
    #[serde(default)]
    pub pending: Option<String>,
}

/// The additional sign-on factor security attribute.
pub const ADLSGNFAC: &str = "ADLSGNFAC";

/// Reads the additional sign-on factor attribute (`*ENABLED` / `*DISABLED`).
pub fn adlsgnfac(tx: &Tx) -> QResult<Staged> {
    Ok(tx.get(Table::SecAttr, ADLSGNFAC)?.unwrap_or(Staged {
        current: "*DISABLED".into(),
        pending: None,
    }))
}

/// Whether the additional sign-on factor is *currently* enabled (what sign-on looks at).
pub fn adlsgnfac_enabled(tx: &Tx) -> QResult<bool> {
    Ok(adlsgnfac(tx)?.current == "*ENABLED")
}

/// Stores the additional sign-on factor attribute.
pub fn put_adlsgnfac(tx: &mut Tx, value: &Staged) -> QResult<()> {
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
