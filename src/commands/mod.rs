//! One module per CL command; each exposes `run(job, args)` over the shared job context.

use crate::cli::validate::Args;
use crate::job::Job;
use crate::messages::QResult;

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
pub type CommandFn = fn(&mut Job, &Args) -> QResult<()>;

/// The function behind a command name, if qsy implements it.
pub fn lookup(name: &str) -> Option<CommandFn> {
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
