//! One module per CL command. Each has a `Params` struct, built once from the checked
//! arguments by `Params::from_args` (reading them only through the keyword constants
//! generated from its definition, `defs::<command>::<KEYWORD>`), and a `run(job, &Params)`
//! over the shared job context. Front ends find a command here ([`lookup`]) and run it
//! through the engine.

use crate::engine::{Command, Job};
use crate::lang::cl::RawCommand;
use crate::lang::defs::CommandDef;
use crate::lang::validate::Args;
use crate::messages::{msg, QResult};

pub mod call;
pub mod chgfcnusg;
pub mod chgobjown;
pub mod chgpwd;
pub mod chgseca;
pub mod chgsysval;
pub mod chgtotpkey;
pub mod chgusrprf;
pub mod chkobj;
pub mod chktotp;
pub mod clrlib;
pub mod clrsavf;
pub mod crtlib;
pub mod crtsavf;
pub mod crtusrprf;
pub mod dltf;
pub mod dltlib;
pub mod dltusrprf;
pub mod dspautusr;
pub mod dspjrn;
pub mod dspobjaut;
pub mod dspobjd;
pub mod dspseca;
pub mod dspsysval;
pub mod dspusrprf;
pub mod grtobjaut;
pub mod object;
pub mod outfile;
pub mod prtusrprf;
pub mod pwrdwnsys;
pub mod qsychgpw;
pub mod qsyrtvpwdl;
pub mod returns;
pub mod rstusrprf;
pub mod rtvjoba;
pub mod rtvsysval;
pub mod rtvusrprf;
pub mod rvkobjaut;
pub mod savsecdta;
pub mod sbmjob;
pub mod signon;
pub mod sndmsg;
pub mod usrprf;

/// SNDBRKMSG (in [`sndmsg`]).
pub use sndmsg::brk as sndbrkmsg;

/// A command's behaviour.
type CommandFn = fn(&mut Job, &Args) -> QResult<()>;

/// The read-only validation of a command that always writes, and may write much
/// ([`Command::write_first`]): a restore writes every profile it restores.
fn write_first(name: &str) -> Option<CommandFn> {
    match name {
        "RSTUSRPRF" => Some(|job, args| {
            let params = rstusrprf::Params::from_args(args)?;
            rstusrprf::precheck(job, &params)
        }),
        _ => None,
    }
}

/// The command qsy implements under `name` (upper case), with its definition.
pub fn lookup(name: &str) -> Option<Command> {
    lookup_def(crate::lang::defs::find(name)?)
}

/// The command qsy implements for definition `def` (a script's statement already holds
/// its definition: no need to look the name up again for every run).
pub fn lookup_def(def: &'static CommandDef) -> Option<Command> {
    behaviour(def.name()).map(|run| Command {
        def,
        run,
        write_first: write_first(def.name()),
    })
}

/// Checks a parsed command against its definition ([`crate::lang::validate::validate`]) and
/// against qsy's own tables, so `qsy run --check` reports what a run would: a SYSVAL
/// parameter must name a system value qsy models (CPF1028 for a name that is not a system
/// value, QSY0061 for a real one qsy does not simulate), and a literal CHGSYSVAL VALUE must
/// be one the system value accepts, quoted as IBM's CHGSYSVAL needs it.
pub fn validate(def: &'static CommandDef, raw: &RawCommand) -> QResult<Args> {
    validate_probe(def, raw, true)
}

/// [`validate`] for a command whose values may be stand-ins for variables (`qsy run
/// --check`): with `literal` false, the values are not judged against the system value's
/// table, only their syntax.
pub fn validate_probe(def: &'static CommandDef, raw: &RawCommand, literal: bool) -> QResult<Args> {
    let args = crate::lang::validate::validate(def, raw)?;
    if let Some((index, _)) = def.param("SYSVAL") {
        if let Some(name) = args.value_at(index).and_then(|v| v.as_str()) {
            crate::system::sysval::lookup(name)?;
            if def.name() == "CHGSYSVAL" && literal {
                check_sysval_literal(def, raw, name)?;
            }
        }
    }
    Ok(args)
}

/// CHGSYSVAL's VALUE as written: a number for a character system value must be quoted, and
/// a literal must be a value the system value accepts (a value from a variable is checked
/// when the command runs).
fn check_sysval_literal(def: &'static CommandDef, raw: &RawCommand, name: &str) -> QResult<()> {
    use crate::lang::cl::RawValue;
    let defs = crate::lang::validate::param_defs(def, raw);
    let Some(param) = raw
        .params
        .iter()
        .zip(defs)
        .find(|(_, p)| p.is_some_and(|p| p.keyword() == "VALUE"))
        .map(|(param, _)| &param.value)
    else {
        return Ok(());
    };
    let (text, quoted) = match param {
        RawValue::Quoted(q) => (q.clone(), true),
        RawValue::Word(w) => (w.clone(), false),
        RawValue::List(items) if items.len() == 1 => match &items[0] {
            RawValue::Quoted(q) => (q.clone(), true),
            RawValue::Word(w) => (w.clone(), false),
            _ => return Ok(()),
        },
        RawValue::List(items) if items.iter().all(|i| matches!(i, RawValue::Word(_))) => {
            // Several unquoted values: IBM needs the whole list in apostrophes.
            let text = items
                .iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>()
                .join(" ");
            return msg::qsy0064(text, name).fail();
        }
        _ => return Ok(()),
    };
    crate::system::sysval::check_literal(name, &text, quoted)
}

/// Defines [`behaviour`]: for each command name, its module's `Params::from_args` then `run`.
macro_rules! behaviours {
    ($($name:literal => $module:ident,)*) => {
        /// The function behind a command name, if qsy implements it.
        fn behaviour(name: &str) -> Option<CommandFn> {
            let run: CommandFn = match name {
                $($name => |job, args| {
                    let params = $module::Params::from_args(args)?;
                    $module::run(job, &params)
                },)*
                _ => return None,
            };
            Some(run)
        }

        /// Builds the parameters of the command `name` from `args`, without running it.
        #[cfg(test)]
        fn build_params(name: &str, args: &Args) -> Option<QResult<()>> {
            match name {
                $($name => Some($module::Params::from_args(args).map(|_| ())),)*
                _ => None,
            }
        }
    };
}

behaviours! {
    "CALL" => call,
    "CHGFCNUSG" => chgfcnusg,
    "CHGOBJOWN" => chgobjown,
    "DSPOBJAUT" => dspobjaut,
    "DSPOBJD" => dspobjd,
    "GRTOBJAUT" => grtobjaut,
    "RVKOBJAUT" => rvkobjaut,
    "CLRSAVF" => clrsavf,
    "CHKOBJ" => chkobj,
    "CLRLIB" => clrlib,
    "CRTLIB" => crtlib,
    "DLTLIB" => dltlib,
    "CRTSAVF" => crtsavf,
    "DLTF" => dltf,
    "RSTUSRPRF" => rstusrprf,
    "SAVSECDTA" => savsecdta,
    "CHGPWD" => chgpwd,
    "CHGTOTPKEY" => chgtotpkey,
    "CHKTOTP" => chktotp,
    "SBMJOB" => sbmjob,
    "CHGSECA" => chgseca,
    "CHGUSRPRF" => chgusrprf,
    "CRTUSRPRF" => crtusrprf,
    "DLTUSRPRF" => dltusrprf,
    "DSPAUTUSR" => dspautusr,
    "DSPUSRPRF" => dspusrprf,
    "PRTUSRPRF" => prtusrprf,
    "SIGNON" => signon,
    "SNDMSG" => sndmsg,
    "SNDBRKMSG" => sndbrkmsg,
    "CHGSYSVAL" => chgsysval,
    "DSPJRN" => dspjrn,
    "DSPSECA" => dspseca,
    "DSPSYSVAL" => dspsysval,
    "PWRDWNSYS" => pwrdwnsys,
    "QSYRTVPWDL" => qsyrtvpwdl,
    "RTVJOBA" => rtvjoba,
    "RTVSYSVAL" => rtvsysval,
    "RTVUSRPRF" => rtvusrprf,
}

/// A save-file parameter (CRTSAVF, CLRSAVF, DLTF FILE; SAVSECDTA, RSTUSRPRF SAVF), resolved
/// against the store's library tree when the command runs.
pub struct SaveFileParam {
    value: Option<crate::lang::validate::Value>,
    keyword: crate::lang::defs::Keyword,
}

impl SaveFileParam {
    /// Reads the parameter `keyword` from the checked arguments.
    pub fn from_args(args: &Args, keyword: crate::lang::defs::Keyword) -> Self {
        SaveFileParam {
            value: args.value(keyword).cloned(),
            keyword,
        }
    }

    /// The save file it names, beside the job's store.
    pub fn resolve(&self, job: &Job) -> QResult<crate::savf::SaveFile> {
        crate::savf::SaveFile::resolve(
            &job.system,
            self.value.as_ref(),
            self.keyword.name(),
            self.keyword.command(),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::defs::{ParamDef, ParamKind, COMMANDS};

    /// A value of the right type for `p`, as CL text.
    fn sample(p: &ParamDef) -> String {
        if let Some(v) = p.values().first().or(p.special().first()) {
            return v.to_string();
        }
        match p.kind {
            ParamKind::Int => p.range.0.to_string(),
            ParamKind::Qualified => "QGPL/X".into(),
            ParamKind::Name | ParamKind::Generic => "X".into(),
            ParamKind::Command => "(DSPSECA)".into(),
            ParamKind::Variable => "&X".into(),
            ParamKind::Char | ParamKind::Password => "'X'".into(),
        }
    }

    /// Every command builds its parameters from its own definition: with only the required
    /// parameters given, and with every parameter given. (A command reading a keyword of
    /// another command would panic here.)
    #[test]
    fn every_command_builds_its_params() {
        let mut built = 0;
        for def in COMMANDS.iter().filter(|d| lookup(d.name()).is_some()) {
            for all in [false, true] {
                let text = def
                    .params()
                    .iter()
                    .filter(|p| all || p.required)
                    .map(|p| format!("{}({})", p.keyword(), sample(p)))
                    .fold(def.name().to_string(), |cl, param| cl + " " + &param);
                let raw = crate::lang::cl::parse_command(&text).expect(&text);
                let args = crate::lang::validate::validate(def, &raw).expect(&text);
                let result = build_params(def.name(), &args).expect("a behaviour");
                assert!(result.is_ok(), "{text}: {:?}", result.err());
                built += 1;
            }
        }
        assert!(built > 0);
    }
}
