//! DSPOBJAUT: show the owner, *PUBLIC and private authorities of a user profile or a save
//! file (DESIGN §7.8).

use super::object::{self, ObjectParam};
use crate::engine::Job;
use crate::lang::defs::dspobjaut as kw;
use crate::lang::validate::Args;
use crate::messages::{msg, QResult};
use crate::output::table;
use crate::security::objaut::{self, Authorities, PUBLIC};
use serde::Serialize;

/// The parameters of DSPOBJAUT (OUTPUT changes nothing in qsy).
pub struct Params {
    /// OBJ and OBJTYPE.
    pub object: ObjectParam,
}

impl Params {
    /// Reads the parameters from the checked arguments.
    pub fn from_args(args: &Args) -> QResult<Params> {
        Ok(Params {
            object: ObjectParam::from_args(args, kw::OBJ, kw::OBJTYPE)?,
        })
    }
}

/// One row: a user (or *PUBLIC) and its authority.
#[derive(Serialize)]
pub struct AuthorityRow {
    /// The user, or `*PUBLIC`.
    pub user: String,
    /// `*ALL`, `*CHANGE`, `*USE`, `*EXCLUDE` or `USER DEF`.
    pub authority: &'static str,
    /// The specific authorities, in IBM's order.
    pub specific_authorities: Vec<&'static str>,
}

fn row(user: &str, a: Authorities) -> AuthorityRow {
    AuthorityRow {
        user: user.to_string(),
        authority: a.shown(),
        specific_authorities: a.names(),
    }
}

/// Runs DSPOBJAUT.
pub fn run(job: &mut Job, params: &Params) -> QResult<()> {
    let object = params.object.resolve(job)?;
    let me = job.user_profile()?;
    let record = objaut::get(job.tx, &object)?;
    let sees_all = objaut::effective(job.tx, &me, &object)?.contains(Authorities::OBJMGT);
    let mut rows = Vec::new();
    if sees_all {
        rows.extend(record.private.iter().map(|(u, a)| row(u, *a)));
        rows.push(row(PUBLIC, record.public));
    } else {
        let own = record
            .private
            .get(&me.name)
            .copied()
            .unwrap_or(record.public);
        rows.push(row(&me.name, own));
    }
    let out = &mut job.out;
    out.line("                        Display Object Authority");
    out.line(format!("Object . . . . . . . :   {}", object.name()));
    out.line(format!("  Library  . . . . . :   {}", object.library()));
    out.line(format!("Object type  . . . . :   {}", object.object_type()));
    out.line(format!("Owner  . . . . . . . :   {}", record.owner));
    let cells: Vec<Vec<String>> = rows
        .iter()
        .map(|r| {
            vec![
                r.user.clone(),
                r.authority.to_string(),
                r.specific_authorities.join(" "),
            ]
        })
        .collect();
    out.line(
        table::render(
            &["User", "Object authority", "Specific authorities"],
            &cells,
            table::width(),
        )
        .trim_end(),
    );
    out.set("object", object.name());
    out.set("library", object.library());
    out.set("object_type", object.object_type());
    out.set("owner", record.owner.as_str());
    out.set(
        "authorities",
        serde_json::to_value(&rows).unwrap_or_default(),
    );
    job.send(msg::qsy0306(rows.len(), object::shown(&object)).completion());
    Ok(())
}
