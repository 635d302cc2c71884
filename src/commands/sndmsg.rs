//! SNDMSG and SNDBRKMSG: a message to users' message queues, kept in the command's output
//! (qsy has no message queues to deliver to).

use crate::engine::Job;
use crate::lang::defs::{sndbrkmsg, sndmsg};
use crate::lang::validate::Args;
use crate::messages::{msg, QResult};
use crate::security::profile;

/// The parameters of SNDMSG.
pub struct Params {
    /// MSG: the text.
    pub text: String,
    /// TOUSR: a user name or a special value.
    pub to: String,
    /// MSGTYPE: *INFO or *INQ.
    pub kind: String,
}

impl Params {
    /// Reads the parameters from the checked arguments.
    pub fn from_args(args: &Args) -> QResult<Params> {
        Ok(Params {
            text: args.text(sndmsg::MSG)?.to_string(),
            to: args.text(sndmsg::TOUSR)?.to_string(),
            kind: args.text(sndmsg::MSGTYPE)?.to_string(),
        })
    }
}

/// Keeps and shows a message sent to `to` (already resolved to user names or *ALLWS).
pub fn keep(job: &mut Job, to: &[String], text: &str, kind: &str, brk: bool) -> QResult<()> {
    for user in to.iter().filter(|u| !u.starts_with('*')) {
        profile::require(job.tx, user)?;
    }
    let shown = to.join(" ");
    job.out.line(format!("Message to {shown} ({kind}): {text}"));
    job.out.set(
        "sent_message",
        serde_json::json!({
            "from": job.user,
            "to": to,
            "type": kind,
            "break": brk,
            "text": text,
        }),
    );
    job.send(msg::qsy0788(shown, kind).info());
    Ok(())
}

/// Runs SNDMSG.
pub fn run(job: &mut Job, params: &Params) -> QResult<()> {
    let to = match params.to.as_str() {
        "*SYSOPR" => "QSYSOPR".to_string(),
        "*REQUESTER" => job.user.clone(),
        name => name.to_string(),
    };
    keep(job, &[to], &params.text, &params.kind, false)
}

/// SNDBRKMSG's parameters and behaviour.
pub mod brk {
    use super::*;

    /// The parameters of SNDBRKMSG.
    pub struct Params {
        /// MSG: the text.
        pub text: String,
        /// TOMSGQ: the users' queues, or *ALLWS.
        pub to: Vec<String>,
        /// MSGTYPE: *INFO or *INQ.
        pub kind: String,
    }

    impl Params {
        /// Reads the parameters from the checked arguments.
        pub fn from_args(args: &Args) -> QResult<Params> {
            Ok(Params {
                text: args.text(sndbrkmsg::MSG)?.to_string(),
                to: args.strings(sndbrkmsg::TOMSGQ),
                kind: args.text(sndbrkmsg::MSGTYPE)?.to_string(),
            })
        }
    }

    /// Runs SNDBRKMSG.
    pub fn run(job: &mut Job, params: &Params) -> QResult<()> {
        keep(job, &params.to, &params.text, &params.kind, true)
    }
}
