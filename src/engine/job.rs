//! The job context every command runs in: the store transaction, the job clock, the job
//! user and the output (DESIGN §6, §8).

use crate::audit;
use crate::lang::defs::Keyword;
use crate::messages::{msg, Message, QResult};
use crate::output::{Output, Returned};
use crate::security::profile::{self, Profile};
use crate::store::Tx;
use std::path::PathBuf;

/// One job: what a command sees.
pub struct Job<'a> {
    /// The store transaction (changes are staged per command).
    pub tx: &'a mut Tx,
    /// The job clock, Unix seconds.
    pub now: i64,
    /// The user profile the job runs under.
    pub user: String,
    /// Whether the job user gave credentials (SIGNON-style authentication).
    pub authenticated: bool,
    /// The job runs at the console (`qsy console`): QSECOFR may sign on while *DISABLED.
    pub at_console: bool,
    /// Where messages and data go.
    pub out: &'a mut Output,
    /// The user of the job that submitted this one (SBMJOB); None for any other job. Every
    /// journal entry the job writes records it.
    pub submitter: Option<String>,
    /// The store's file (save files live beside it).
    pub system: PathBuf,
    /// Standard input and output are a terminal (prompts, QR codes, progress bars).
    pub interactive: bool,
    /// The job's CCSID (CHGJOB CCSID; 37 unless changed).
    pub ccsid: u32,
}

impl Job<'_> {
    /// Text typed at a workstation as the job reads it: the keyboard's characters arrive at
    /// the code points CCSID 37 gives them and the job reads those bytes in its own CCSID.
    /// In a job with CCSID 290 (or 5026), whose code points there are katakana, lower-case
    /// Latin letters become katakana (the Japanese pitfall of CHGUSRPRF's help); in a job
    /// with CCSID 37 or 5035 they stay as typed. A UTF-8 job (1208) reads text as it is.
    pub fn typed_text(&self, text: &str) -> String {
        use crate::lang::ccsid;
        if self.ccsid == ccsid::DEFAULT || self.ccsid == 1208 || !ccsid::supported(self.ccsid) {
            return text.to_string();
        }
        ccsid::reinterpret(text, ccsid::DEFAULT, self.ccsid)
    }

    /// The job user's profile.
    pub fn user_profile(&self) -> QResult<Profile> {
        profile::require(self.tx, &self.user)
    }

    /// The job user's profile, shared with the transaction's cache instead of copied
    /// ([`profile::require_shared`]): for a command that only looks at it.
    pub fn user_profile_shared(&self) -> QResult<std::rc::Rc<Profile>> {
        profile::require_shared(self.tx, &self.user)
    }

    /// Sends a message.
    pub fn send(&mut self, message: Message) {
        self.out.send(message);
    }

    /// Returns a value for the CL variable that parameter `keyword` names (RTVSYSVAL
    /// RTNVAR): data apart from the command's display data, which a CL program receives.
    pub fn returns(&mut self, keyword: Keyword, value: Returned) {
        self.out.returns(keyword.name(), value);
    }

    /// Returns each value, and shows it too (a panel row and a JSON field named after the
    /// keyword): what a retrieve command run from the shell prints (RTVJOBA, RTVUSRPRF).
    pub fn returns_shown(&mut self, values: impl IntoIterator<Item = (Keyword, Returned)>) {
        for (keyword, value) in values {
            let shown = match &value {
                Returned::Text(s) => s.trim_end().to_string(),
                Returned::Number(n) => n.to_string(),
            };
            self.out.field(keyword.name(), &shown);
            self.out.set(&keyword.name().to_ascii_lowercase(), shown);
            self.returns(keyword, value);
        }
    }

    /// Writes an audit journal entry for the job user.
    pub fn audit(
        &mut self,
        entry_type: &str,
        object: &str,
        violation: Option<&str>,
        detail: impl Into<String>,
    ) -> QResult<()> {
        audit::write_submitted(
            self.tx,
            self.now,
            entry_type,
            (&self.user, self.submitter.as_deref()),
            object,
            violation,
            detail,
        )
    }

    /// Checks that the system is up (PWRDWNSYS RESTART(*NO) leaves it down).
    pub fn require_powered_up(&self) -> QResult<()> {
        if crate::system::power_state(self.tx)?.powered_down {
            return msg::qsy0030().fail();
        }
        Ok(())
    }

    /// Checks that the job user may run a job: the profile exists and is enabled, and a job
    /// started without its credentials is allowed by QIBM_RUN_UNDER_USER_NO_AUTH (§7.9).
    pub fn check_job_user(&self) -> QResult<()> {
        let user = self.user_profile()?;
        if user.disabled() {
            return msg::qsy0052(&user.name).fail();
        }
        if !self.authenticated && !crate::security::fcnusg::run_under_allowed(self.tx, &user)? {
            return msg::qsy0051(&user.name).fail();
        }
        Ok(())
    }
}
