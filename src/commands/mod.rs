//! One module per CL command; each exposes `run(job, args)` over the shared job context.
//! Front ends find a command here ([`lookup`]) and run it through the engine.

use crate::engine::{Command, Job};
use crate::lang::cl::RawCommand;
use crate::lang::defs::CommandDef;
use crate::lang::validate::Args;
use crate::messages::{msg, QResult};

pub mod chgfcnusg;
pub mod chgpwd;
pub mod chgseca;
pub mod chgsysval;
pub mod chgtotpkey;
pub mod chgusrprf;
pub mod chktotp;
pub mod clrsavf;
pub mod crtsavf;
pub mod crtusrprf;
pub mod dltf;
pub mod dltusrprf;
pub mod dspautusr;
pub mod dspjrn;
pub mod dspseca;
pub mod dspsysval;
pub mod dspusrprf;
pub mod pwrdwnsys;
pub mod qsyrtvpwdl;
pub mod rstusrprf;
pub mod rtvsysval;
pub mod savsecdta;
pub mod sbmjob;
pub mod signon;
pub mod usrprf;

/// A command's behaviour.
type CommandFn = fn(&mut Job, &Args) -> QResult<()>;

/// The command qsy implements under `name` (upper case), with its definition.
pub fn lookup(name: &str) -> Option<Command> {
    let def = crate::lang::defs::find(name)?;
    behaviour(def.name).map(|run| Command { def, run })
}

/// Checks a parsed command against its definition ([`crate::lang::validate::validate`]) and
/// against qsy's own tables, so `qsy run --check` reports what a run would: a SYSVAL
/// parameter must name a system value qsy models.
pub fn validate(def: &'static CommandDef, raw: &RawCommand) -> QResult<Args> {
    let args = crate::lang::validate::validate(def, raw)?;
    if def.param("SYSVAL").is_some() {
        if let Some(name) = args.str("SYSVAL") {
            if crate::system::sysval::def(name).is_none() {
                return msg::cpf1028(name).fail();
            }
        }
    }
    Ok(args)
}

/// The function behind a command name, if qsy implements it.
fn behaviour(name: &str) -> Option<CommandFn> {
    Some(match name {
        "CHGFCNUSG" => chgfcnusg::run,
        "CLRSAVF" => clrsavf::run,
        "CRTSAVF" => crtsavf::run,
        "DLTF" => dltf::run,
        "RSTUSRPRF" => rstusrprf::run,
        "SAVSECDTA" => savsecdta::run,
        "CHGPWD" => chgpwd::run,
        "CHGTOTPKEY" => chgtotpkey::run,
        "CHKTOTP" => chktotp::run,
        "SBMJOB" => sbmjob::run,
        "CHGSECA" => chgseca::run,
        "CHGUSRPRF" => chgusrprf::run,
        "CRTUSRPRF" => crtusrprf::run,
        "DLTUSRPRF" => dltusrprf::run,
        "DSPAUTUSR" => dspautusr::run,
        "DSPUSRPRF" => dspusrprf::run,
        "PRTUSRPRF" => dspautusr::run_prtusrprf,
        "SIGNON" => signon::run,
        "CHGSYSVAL" => chgsysval::run,
        "DSPJRN" => dspjrn::run,
        "DSPSECA" => dspseca::run,
        "DSPSYSVAL" => dspsysval::run,
        "PWRDWNSYS" => pwrdwnsys::run,
        "QSYRTVPWDL" => qsyrtvpwdl::run,
        "RTVSYSVAL" => rtvsysval::run,
        _ => return None,
    })
}
