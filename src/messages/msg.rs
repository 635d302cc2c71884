//! The message table and its typed constructors: one entry per message ID, one function per
//! entry (`msg::cpf2204(user)`), with exactly one parameter per substitution variable of its
//! text. Each entry is checked when the crate compiles: the function is the ID in lower
//! case, and the text has as many distinct `&N` variables as the function has parameters.
//!
//! Parameters fill the text's variables in ascending order of their number. IBM's texts may
//! skip a number (CPF9801 shows only `&2` and `&3`: its `&1`, the object type, is message
//! data that the text does not show); qsy's own texts number theirs `&1`, `&2`, … (a test
//! checks it). `docs/message-ids.md` lists the table (a test checks it too).

use super::{Class, Msg};
use std::fmt::Display;

/// Defines [`TABLE`] and one constructor per entry:
/// `ID function Class "text with &1 …" (param, …);`.
macro_rules! messages {
    ($( $id:ident $func:ident $class:ident $text:literal ( $($arg:ident),* ) ; )*) => {
        /// The message table: ID, class, first-level text with `&1`… substitution variables.
        pub static TABLE: &[(&str, Class, &str)] = &[
            $( (stringify!($id), Class::$class, $text), )*
        ];

        $(
            #[doc = concat!("`", stringify!($id), "` (", stringify!($class), "): ", $text)]
            pub fn $func($($arg: impl Display),*) -> Msg {
                Msg::build(stringify!($id), Class::$class, $text, &[$(&$arg),*])
            }

            const _: () = {
                assert!(
                    super::variables($text) == <[&str]>::len(&[$(stringify!($arg)),*]),
                    concat!(
                        "message ", stringify!($id),
                        ": its text's &N variables and its parameters differ in number"
                    )
                );
                assert!(
                    super::same_name(stringify!($id), stringify!($func)),
                    concat!("message ", stringify!($id), ": its function must be its ID in lower case")
                );
            };
        )*
    };
}

messages! {
    // IBM i messages (DESIGN §7.13 and IBM documentation).
    CPD0030 cpd0030 Usage "Command &1 in library *LIBL not found." (command);
    CPD0043 cpd0043 Usage "Keyword &1 not valid for this command." (keyword);
    // SNDPGMMSG of an escape, notify or status message without MSGID (the CL compiler's
    // message, as shops report it; IBM's QMHSNDPM: these types need a message identifier).
    CPD2489 cpd2489 Usage "MSGID parameter is needed." ();
    CPD0172 cpd0172 Escape "Parameters passed on CALL do not match those required." ();
    CPF0818 cpf0818 Escape "Character value '&1' is not numeric." (value);
    CPF1028 cpf1028 Usage "&1 not valid for parameter SYSVAL." (name);
    CPF1094 cpf1094 Escape "CL variable not same type as system value &1." (name);
    CPF1095 cpf1095 Escape "CL variable length not valid for system value &1." (name);
    CPF1393 cpf1393 Escape "User profile &1 has been disabled." (user);
    CPF2110 cpf2110 Escape "Library &1 not found." (library);
    CPF2111 cpf2111 Escape "Library &1 already exists." (library);
    CPF2189 cpf2189 Escape "Not authorized to object &1 in &2 type *&3." (object, library, object_type);
    CPF2204 cpf2204 Escape "User profile &1 not found." (user);
    CPF2217 cpf2217 Escape "Not authorized to user profile &1." (user);
    CPF22E2 cpf22e2 Escape "Password not correct for user profile &1." (user);
    CPF22E3 cpf22e3 Escape "User profile &1 is disabled." (user);
    CPF22E4 cpf22e4 Escape "Password for user profile &1 has expired." (user);
    CPF22E5 cpf22e5 Escape "No password associated with user profile &1." (user);
    CPF2362 cpf2362 Escape "Password not correct." ();
    CPF9898 cpf9898 Escape "&1." (text);
    MCH1202 mch1202 Escape "Decimal data error." ();
    MCH1210 mch1210 Escape "Receiver value too small to hold result." ();
    MCH1211 mch1211 Escape "Attempt made to divide by zero for fixed point operation." ();
    MCH0601 mch0601 Escape "Space offset &2 is outside current limit for object &1." (object, offset);
    MCH3601 mch3601 Escape "Pointer not set for location referenced." ();
    CPF0864 cpf0864 Escape "End of file detected for file &1 in &2." (file, library);
    CPF4101 cpf4101 Escape "File &2 in library &3 not found or inline data file missing." (file, library);
    CPC2205 cpc2205 Info "User profile &1 changed." (user);
    // SBMJOB: the submitter's completion message, and the job's end (sent to the submitter).
    CPC1221 cpc1221 Info "Job &3/&2/&1 submitted to job queue &4 in library &5." (job, user, number, queue, library);
    CPF1240 cpf1240 Info "Job &3/&2/&1 ended abnormally." (job, user, number);
    CPF1241 cpf1241 Info "Job &3/&2/&1 completed normally." (job, user, number);
    // RSTUSRPRF's end messages (IBM RSTUSRPRF: "either message CPF3775 or message CPC3705
    // is sent"); IBM's texts were not found, these are qsy's wording.
    CPC3705 cpc3705 Info "&1 user profiles restored." (restored);
    CPF3775 cpf3775 Escape "&2 user profiles not restored, &1 restored." (restored, not_restored);
    CPC3713 cpc3713 Info "&2 &1 restored without password or group linkage." (object, object_type);
    CPF3CF1 cpf3cf1 Escape "Error code parameter not valid." ();
    // CRTSAVF of a file that exists: the diagnostic, then the escape (as IBM's
    // ansible-for-i shows them).
    CPF5813 cpf5813 Escape "File &1 in library &2 already exists." (file, library);
    CPF7302 cpf7302 Escape "File &1 not created in library &2." (file, library);
    // CPF9801's and CPF9810's texts are on IBM's support page "cwbdq optimized data queue
    // api return code and host error messages"; IBM's Toolbox (JTOpen) names CPF2204 "User
    // profile not found" and CPF2217 "Not authorized to user profile".
    CPF9801 cpf9801 Escape "Object &2 in library &3 not found." (object, library);
    CPF9802 cpf9802 Escape "Not authorized to object &2 in &3." (object, library);
    CPF9810 cpf9810 Escape "Library &1 not found." (library);
    // qsy's own messages.
    QSY0002 qsy0002 Usage "Parameter &1 is required for command &2." (keyword, command);
    QSY0003 qsy0003 Usage "Value '&1' for parameter &2 not valid: &3" (value, keyword, reason);
    QSY0004 qsy0004 Usage "Too many positional parameters for command &1: it takes at most &2." (command, max);
    QSY0005 qsy0005 Usage "Parameter &1 was given more than once." (keyword);
    QSY0006 qsy0006 Usage "Value for parameter &1 exceeds &2 characters." (keyword, max);
    QSY0007 qsy0007 Usage "Value &1 for parameter &2 is not within the range &3 to &4." (value, keyword, low, high);
    QSY0008 qsy0008 Usage "Value '&1' for parameter &2 is not a valid name." (value, keyword);
    QSY0009 qsy0009 Usage "Parameter &1 accepts at most &2 values." (keyword, max);
    QSY0010 qsy0010 Usage "Value &1 for parameter &2 must be specified alone." (value, keyword);
    QSY0011 qsy0011 Usage "Value &1 for parameter &2 is not one of: &3." (value, keyword, choices);
    QSY0012 qsy0012 Usage "Command &1 cannot run here: &2" (command, reason);
    QSY0013 qsy0013 Usage "&1" (error);
    QSY0014 qsy0014 Usage "Option &1 needs a value." (option);
    QSY0015 qsy0015 Usage "--output takes text, yaml or json, not '&1'." (value);
    QSY0016 qsy0016 Usage "-c needs a CL command string." ();
    QSY0017 qsy0017 Usage "Unexpected argument '&1' after -c." (argument);
    QSY0018 qsy0018 Usage "&1" (error);
    QSY0019 qsy0019 Usage "QSY_CLOCK value '&1' is neither Unix seconds nor an RFC 3339 time." (value);
    QSY0020 qsy0020 Store "Store &1 cannot be opened: &2" (store, error);
    QSY0021 qsy0021 Store "Store &1 is in use by another qsy process; gave up after &2 seconds." (store, seconds);
    QSY0022 qsy0022 Store "&1 is not a qsy store: &2" (store, reason);
    QSY0023 qsy0023 Store "Store &1 has schema version &2; this qsy understands up to &3." (store, version, supported);
    QSY0024 qsy0024 Store "Store &1 failed: &2" (store, error);
    QSY0025 qsy0025 Escape "qsy stopped on an internal error: &1. Please report it." (error);
    QSY0026 qsy0026 Store "The store is damaged (&1); restore it from a copy or from a SAVSECDTA save file." (reason);
    QSY0027 qsy0027 Usage "Cannot read standard input: &1" (error);
    QSY0028 qsy0028 Usage "Cannot read from the terminal: &1" (error);
    QSY0029 qsy0029 Usage "Cannot read &1: &2" (file, error);
    QSY0030 qsy0030 Escape "System is powered down: run 'qsy ipl' (or PWRDWNSYS RESTART(*YES)) first." ();
    QSY0031 qsy0031 Info "System value &1 changed to &2." (name, value);
    QSY0032 qsy0032 Info "System value &1 changed to &2; takes effect at the next IPL." (name, value);
    QSY0033 qsy0033 Escape "Change of QPWDLVL from &1 to &2 not supported directly: &3" (from, to, reason);
    QSY0034 qsy0034 Escape "System value &1 cannot be changed: security-related system values are locked (SST)." (name);
    QSY0035 qsy0035 Escape "Value '&1' not valid for system value &2: &3" (value, name, reason);
    QSY0036 qsy0036 Escape "System value &1 cannot be changed while QPWDRULES is not *PWDSYSVAL." (name);
    QSY0037 qsy0037 Info "Security attributes changed; ADLSGNFAC &1 takes effect at the next IPL." (value);
    QSY0038 qsy0038 Escape "Additional sign-on factor cannot be enabled: &1" (reason);
    QSY0039 qsy0039 Escape "Additional sign-on factor change is not allowed by the SST option." ();
    QSY0040 qsy0040 Info "IPL &1 complete: QSECURITY &2, QPWDLVL &3, additional sign-on factor &4." (ipl, security, level, factor);
    QSY0041 qsy0041 Info "System powered down. Run 'qsy ipl' to start it." ();
    QSY0058 qsy0058 Info "Special authorities changed for &1 profile(s) as QSECURITY went from &2 to &3 (the user class defaults of the new level): &4" (count, from, to, users);
    QSY0059 qsy0059 Info "The additional sign-on factor is *ENABLED; at the next IPL, with QSECURITY &1 and QPWDLVL &2, it will be set to *DISABLED: it needs QSECURITY 40 or higher and QPWDLVL 4." (security, level);
    QSY0044 qsy0044 Info "Additional sign-on factor stays *DISABLED: &1" (reason);
    QSY0057 qsy0057 Info "Additional sign-on factor was *ENABLED and is now *DISABLED: QSECURITY is &1 and QPWDLVL is &2; it needs QSECURITY 40 or higher and QPWDLVL 4." (security, level);
    QSY0045 qsy0045 Info "The TOTP key was removed by DST: set a new one with CHGTOTPKEY now." ();
    QSY0046 qsy0046 Info "Recovery key used: the TOTP key was removed; set a new one with CHGTOTPKEY." ();
    QSY0047 qsy0047 Info "&1 profile(s) have no password usable at QPWDLVL &2 and now have password *NONE: &3" (count, level, users);
    QSY0048 qsy0048 Store "Store &1 cannot be used: it is &2, not a regular file." (store, what);
    QSY0049 qsy0049 Usage "QSY_LOCK_WAIT value '&1' is not a number of seconds from 0 to 86400." (value);
    QSY0050 qsy0050 Escape "User &1 needs special authority &2 to run &3." (user, authority, command);
    QSY0051 qsy0051 Escape "User &1 cannot be the user of a job started without its credentials: QIBM_RUN_UNDER_USER_NO_AUTH is *DENIED." (user);
    QSY0052 qsy0052 Escape "User profile &1 cannot run jobs: it is disabled." (user);
    QSY0053 qsy0053 Info "QSY_CLOCK &1 is behind the system's time &2: the system's time never goes backwards, so &2 is used." (clock, system_time);
    QSY0054 qsy0054 Usage "qsy console signs on QSECOFR only, not &1: on IBM i only QSECOFR can sign on at the console while disabled; other profiles use --user with --password-stdin." (user);
    QSY0055 qsy0055 Usage "qsy console needs QSECOFR's password: give it with --password-stdin (password:code when the additional factor applies) or at the prompt on a terminal." ();
    QSY0056 qsy0056 Info "&1 signed on at the console although it is *DISABLED; CHGUSRPRF &1 STATUS(*ENABLED) enables it." (user);
    QSY0060 qsy0060 Info "&1 journal entries shown." (count);
    QSY0061 qsy0061 Escape "System value &1 is an IBM i system value that qsy does not simulate." (name);
    QSY0062 qsy0062 Escape "Value &1 for character system value &2 must be enclosed in apostrophes: VALUE('&1')." (value, name);
    QSY0063 qsy0063 Escape "System value &1 is set by the system and cannot be changed." (name);
    QSY0064 qsy0064 Escape "Values '&1' for system value &2 must be enclosed in apostrophes as one list: VALUE('&1')." (values, name);
    QSY0065 qsy0065 Escape "The default usage of function &1 cannot be changed to *DENIED: it is *ALLOWED for all users on IBM i 7.6; deny single profiles with USER() USAGE(*DENIED)." (function);
    QSY0071 qsy0071 Info "&1 command links created in &2." (count, directory);
    QSY0072 qsy0072 Info "QSECOFR password reset to the default (expired) and its TOTP key removed." ();
    QSY0073 qsy0073 Usage "Cannot write the documentation: &1" (error);
    QSY0074 qsy0074 Usage "Cannot find the qsy executable: &1" (error);
    QSY0075 qsy0075 Usage "Cannot create &1: &2" (path, error);
    QSY0076 qsy0076 Usage "The key is not valid: &1" (error);
    QSY0077 qsy0077 Usage "Time '&1' is neither Unix seconds nor RFC 3339." (time);
    QSY0078 qsy0078 Usage "--password-stdin cannot be used with a script read from standard input." ();
    QSY0080 qsy0080 Escape "User profile &1 cannot be changed or deleted: it is an IBM-supplied _NC profile." (user);
    QSY0081 qsy0081 Escape "User profile &1 already exists." (user);
    QSY0082 qsy0082 Info "User profile &1 created." (user);
    QSY0083 qsy0083 Info "User profile &1 deleted." (user);
    QSY0084 qsy0084 Escape "User profile &1 cannot be deleted: &2" (user, reason);
    QSY0085 qsy0085 Info "User &1 signed on." (user);
    QSY0086 qsy0086 Info "A secret given on the command line can be seen by other processes; prefer the prompt or --password-stdin." ();
    QSY0087 qsy0087 Info "Password changed." ();
    QSY0088 qsy0088 Escape "&1 requires the current QSECURITY to be 40 or higher and the current QPWDLVL to be 4 (they are &2 and &3)." (what, security, level);
    QSY0089 qsy0089 Info "User profile &1 has AUTHMTH(*TOTP) but no TOTP key: it cannot sign on while the additional sign-on factor is enabled, until the user runs CHGTOTPKEY." (user);
    QSY0090 qsy0090 Escape "Password not valid: &1." (reason);
    QSY0091 qsy0091 Escape "Password not valid at password level &1: &2." (level, reason);
    QSY0092 qsy0092 Escape "Password cannot be changed yet: QPWDCHGBLK blocks changes for &1 hour(s) after a change." (hours);
    QSY0093 qsy0093 Escape "New password must be different from the current password." ();
    QSY0095 qsy0095 Info "&1 profile(s) have no password for level 4 and would have password *NONE after an IPL to QPWDLVL 4: &2" (count, users);
    QSY0097 qsy0097 Escape "TOTP key not valid: &1" (reason);
    QSY0098 qsy0098 Info "TOTP key for user profile &1 &2." (user, action);
    QSY0099 qsy0099 Info "Password and TOTP value verified for user profile &1." (user);
    QSY0100 qsy0100 Info "Function usage information for &1 changed." (function);
    // Object authority (DESIGN §7.8).
    QSY0300 qsy0300 Info "User &1 needs &2 to &3 &4 to run &5." (user, needed, object_type, object, command);
    QSY0301 qsy0301 Info "Authority to &1 &2 given to &3." (object_type, object, user);
    QSY0302 qsy0302 Info "Authority to &1 &2 revoked from &3." (object_type, object, user);
    QSY0303 qsy0303 Info "Owner of &1 &2 changed to &3." (object_type, object, owner);
    QSY0306 qsy0306 Info "&1 authority entries shown for &2." (count, object);
    QSY0305 qsy0305 Escape "&1 cannot grant *OBJMGT to &2 &3: only its owner or a user with *ALLOBJ can." (user, object_type, object);
    // CL syntax errors: the text is the parser's, naming the position or line.
    QSY0101 qsy0101 Usage "&1" (detail);
    QSY0102 qsy0102 Usage "&1" (detail);
    QSY0103 qsy0103 Usage "&1" (detail);
    QSY0104 qsy0104 Usage "&1" (detail);
    QSY0105 qsy0105 Usage "&1" (detail);
    QSY0106 qsy0106 Usage "&1" (detail);
    QSY0107 qsy0107 Usage "&1" (detail);
    // Save files, SAVSECDTA and RSTUSRPRF (DESIGN §7.10).
    QSY0110 qsy0110 Info "Save file &1 created in library &2." (file, library);
    QSY0112 qsy0112 Info "File &1 in library &2 deleted." (file, library);
    QSY0113 qsy0113 Info "Save file &1 in library &2 cleared." (file, library);
    QSY0114 qsy0114 Escape "Save file &1 in library &2 holds data from an earlier save: specify CLEAR(*ALL) or CLEAR(*REPLACE), or clear it with CLRSAVF." (file, library);
    QSY0115 qsy0115 Info "&3 user profiles saved to save file &1 in library &2." (file, library, count);
    QSY0116 qsy0116 Escape "Save file &1 in library &2 cannot be used: &3" (file, library, error);
    QSY0117 qsy0117 Escape "Save file &1 in library &2 holds no data: nothing restored." (file, library);
    QSY0118 qsy0118 Escape "Save file &1 in library &2 is not a qsy save file: nothing restored." (file, library);
    QSY0119 qsy0119 Escape "Save file &1 in library &2 has format version &3; this qsy reads up to version &4: nothing restored." (file, library, version, supported);
    QSY0120 qsy0120 Escape "Save file &1 in library &2 is damaged: nothing restored: &3" (file, library, reason);
    QSY0123 qsy0123 Info "User profile &1 restored with password *NONE: &2." (user, reason);
    QSY0124 qsy0124 Info "*ALLOBJ special authority removed from restored user profile &1: the save came from another system and QSECURITY is &2." (user, security);
    QSY0125 qsy0125 Info "User profile &1 not restored: &2." (user, reason);
    QSY0126 qsy0126 Escape "SECDTA(&1) is not supported by qsy: use *USRPRF or *PWDGRP." (value);
    QSY0127 qsy0127 Escape "Save file &1 in library &2 is in use by another qsy process; gave up after &3 seconds." (file, library, seconds);
    QSY0128 qsy0128 Escape "Save file &1 in library &2 names this system but its authentication code does not match: it was changed outside qsy. Nothing restored." (file, library);
    QSY0129 qsy0129 Info "Save file &1 in library &2 cannot be verified on this system (&3): restored under the rules for a save from another system: *ALLOBJ removed at QSECURITY 30 or higher, and profiles already here keep their password, TOTP key and sign-on settings unless SECDTA(*PWDGRP)." (file, library, reason);
    // CL programs (`qsy run`, DESIGN §6).
    QSY0200 qsy0200 Escape "Script ended at line &1: escape message &2 was not monitored." (line, id);
    QSY0201 qsy0201 Usage "ENDDO without a matching DO." ();
    QSY0202 qsy0202 Usage "ELSE does not follow an IF." ();
    QSY0203 qsy0203 Usage "GOTO label &1 is not defined." (label);
    QSY0204 qsy0204 Usage "DCL needs VAR(&NAME)." ();
    QSY0205 qsy0205 Usage "Variable &&1 is not declared." (variable);
    QSY0206 qsy0206 Usage "MONMSG must follow a command (or the declarations, for a program-level monitor)." ();
    QSY0207 qsy0207 Usage "MONMSG MSGID must list message IDs like CPF2204 or CPF0000." ();
    QSY0209 qsy0209 Usage "PGM must be the first statement." ();
    QSY0210 qsy0210 Usage "CHGVAR needs VAR(&NAME) and VALUE()." ();
    QSY0211 qsy0211 Usage "&1 problem(s) found in &2." (count, file);
    QSY0212 qsy0212 Escape "Error evaluating a CL expression." ();
    QSY0213 qsy0213 Info "Script &1 ended normally: &2 command(s) run." (file, count);
    QSY0214 qsy0214 Info "&1: no problems found; &2 statement(s) checked." (file, count);
    QSY0215 qsy0215 Info "Line &1: &2 is a simulator-only command; remove it before running the script on IBM i." (line, command);
    QSY0216 qsy0216 Info "&1" (text);
    QSY0217 qsy0217 Usage "DO without a matching ENDDO." ();
    QSY0229 qsy0229 Usage "Statements nested more than &1 levels deep (DO, DOWHILE, DOUNTIL, DOFOR and SELECT groups, and the groups of THEN, ELSE, WHEN, OTHERWISE and MONMSG EXEC): qsy refuses deeper nesting." (limit);
    QSY0218 qsy0218 Usage "GOTO needs CMDLBL(label)." ();
    QSY0219 qsy0219 Usage "DCL &&1 needs TYPE(*CHAR, *DEC, *LGL, *INT, *UINT or *PTR)." (variable);
    QSY0220 qsy0220 Usage "DCL &&1: type &2 is not supported (use *CHAR, *DEC, *LGL, *INT, *UINT or *PTR)." (variable, kind);
    QSY0221 qsy0221 Usage "DCL &&1: VALUE must be a constant." (variable);
    QSY0222 qsy0222 Usage "DCL &&1: &2" (variable, error);
    QSY0223 qsy0223 Usage "QSYGENTOTP needs RTNVAL(&VAR)." ();
    QSY0224 qsy0224 Usage "IF needs COND()." ();
    // CL expressions that cannot be evaluated or assigned (the texts are CL's fragments).
    QSY0230 qsy0230 Escape "'&1' is not a number" (value);
    QSY0231 qsy0231 Escape "'&1' is not a logical value" (value);
    QSY0232 qsy0232 Escape "variable &&1 is not declared" (variable);
    QSY0233 qsy0233 Escape "value &1 too large for &&2" (value, variable);
    QSY0234 qsy0234 Escape "operator expected in expression" ();
    QSY0235 qsy0235 Escape "value expected at the end of the expression" ();
    QSY0236 qsy0236 Escape "value expected before &1" (operator);
    QSY0237 qsy0237 Escape "&1 needs more arguments" (function);
    QSY0238 qsy0238 Escape "&1: start &2 and length &3 are outside the value" (function, start, length);
    QSY0239 qsy0239 Escape "built-in function &1 is not supported" (function);
    QSY0240 qsy0240 Escape "division by zero" ();
    QSY0241 qsy0241 Escape "%SST position '&1' is not a number" (value);
    QSY0242 qsy0242 Escape "%SST(&1 &2 &3) is outside the variable" (variable, start, length);
    QSY0243 qsy0243 Escape "IF condition is not a logical value: &1" (value);
    QSY0244 qsy0244 Escape "TIME '&1' is neither Unix seconds nor RFC 3339" (time);
    // CL source as shops store it, INCLUDE, program parameters (qsy run).
    QSY0270 qsy0270 Info "The source is not UTF-8: it was read as Windows-1252 (Latin-1)." ();
    QSY0271 qsy0271 Info "Every line starts with a sequence number and date (columns 1-12): they were removed." ();
    QSY0272 qsy0272 Info "&1: prompting (&2) cannot be shown in a batch job; the command runs with the values coded." (command, characters);
    QSY0273 qsy0273 Info "The comment started on line &1 goes on over this line, which holds command &2: it is not run." (line, command);
    QSY0274 qsy0274 Usage "&1 after the first command: declarations (DCL, DCLF, COPYRIGHT, DCLPRCOPT) must come before all other commands except PGM." (command);
    QSY0275 qsy0275 Usage "INCLUDE: source member &1 not found (looked in &2)." (member, places);
    QSY0276 qsy0276 Usage "INCLUDE of &1 is recursive: &2." (member, chain);
    QSY0277 qsy0277 Usage "INCLUDE needs SRCMBR(member) or SRCSTMF(path)." ();
    QSY0278 qsy0278 Usage "In included member &1, line &2: &3" (member, line, text);
    QSY0279 qsy0279 Info "&1 is accepted; qsy does not act on it." (command);
    QSY0280 qsy0280 Info "The program expects &1 parameter(s): &2." (count, parameters);
    QSY0281 qsy0281 Escape "Parameter &1 (&&2 &3): value '&4' does not fit: &5." (position, variable, kind, value, reason);
    QSY0282 qsy0282 Usage "INCLUDE nested more than &1 deep." (limit);
    QSY0283 qsy0283 Escape "INCLUDE: source member &1 cannot be read: &2." (path, error);
    QSY0284 qsy0284 Info "MONMSG &1: qsy's own message IDs do not exist on IBM i, where this monitor never fires; monitor the IBM message (or CPF0000) instead." (id);
    // Issue 14: SNDPGMMSG message identifiers, the honest --check (h14a's block).
    QSY0600 qsy0600 Usage "Value '&1' for parameter MSGID is not a message identifier: 7 characters, a prefix of 3 (a letter, then letters or digits) and 4 hexadecimal digits, such as CPF9898." (value);
    QSY0601 qsy0601 Escape "Value '&1' for parameter MSGID is not a message identifier: 7 characters, a prefix of 3 (a letter, then letters or digits) and 4 hexadecimal digits, such as CPF9898." (value);
    QSY0602 qsy0602 Info "PWRDWNSYS RESTART(*YES) ends the job on IBM i: the statements after it (from line &1) do not run there; qsy goes on for the rehearsal. On IBM i, run them in a new job after the IPL." (line);
    QSY0603 qsy0603 Info "&1 The script is valid IBM i CL, but qsy cannot rehearse this statement: it fails here when run." (text);
    QSY0604 qsy0604 Info "&1: no errors; &2 statement(s) checked; &3 line(s) listed above would behave differently on IBM i." (file, count, lines);
    QSY0605 qsy0605 Info "This statement fails every time it runs, with &1: &2" (id, text);
    // The CL language, issue 15's remaining items (h15 block QSY0660-0689).
    QSY0660 qsy0660 Usage "A MONMSG right after the declarations monitors the whole program, and its EXEC may only be GOTO (IBM i's rule); &1 is not. Put &1 after a label and give EXEC(GOTO label)." (command);
    QSY0661 qsy0661 Info "Line &1 of the program is an INCLUDE: the statement is line &2 of member &3." (at, line, member);
    QSY0662 qsy0662 Info "Additional sign-on factor &1: &2." (value, explained);
    QSY0663 qsy0663 Info "AUTHMTH(*TOTP) for &1 has no effect on sign-on until the additional sign-on factor attribute is enabled: &2." (user, missing);
    QSY0664 qsy0664 Info "System value &1 is already pending as &2: it takes effect at the next IPL; nothing changed." (name, value);
    QSY0665 qsy0665 Info "System value &1 is already &2 and nothing is pending: nothing changed." (name, value);
    QSY0666 qsy0666 Info "&1 profile(s) have no password for level 4 and would have password *NONE at the IPL that makes QPWDLVL 4 current: &2. DSPAUTUSR lists them all (profiles_without_level_4_password in JSON); give them a password now (CHGUSRPRF PASSWORD) to keep it." (count, users);
    QSY0667 qsy0667 Info "Password *NONE since the QPWDLVL change at the IPL of &1: &2." (when, users);
    QSY0668 qsy0668 Info "System value &1 stays &2: the pending change to &3 is cancelled." (name, value, pending);
    QSY0669 qsy0669 Info "&1 restored profile(s) have password *NONE and cannot sign on with a password until one is set (CHGUSRPRF PASSWORD): &2." (count, users);
    // The command line's own messages (issue 18).
    // CHGPWD at a terminal, CALL (the QSYCHGPW API, CL programs, unsimulated programs).
    QSY0630 qsy0630 Usage "The new password and the password typed to verify it are not the same. The password was not changed, and nothing was checked or counted." ();
    QSY0631 qsy0631 Info "CALL PGM(&1) at line &2: qsy does not simulate this program (no CL source &3 along the source search path); the CALL is skipped." (program, line, member);
    QSY0632 qsy0632 Info "CHGPWD with CURPWD or NEWPWD is a simulator extension for batch: on IBM i, CHGPWD is the interactive Change Password display and takes no parameters; a program uses the QSYCHGPW API (CALL PGM(QSYCHGPW) PARM(...))." ();
    QSY0633 qsy0633 Escape "CALL PGM(&1): programs nested more than &2 deep (a program that calls itself without end?)." (program, limit);
    QSY0634 qsy0634 Escape "CALL PGM(&1): parameter &2 is &3 but &4 declares it &5, so on IBM i the program would read other data (&6)." (program, position, passed, variable, declared, hint);
    QSY0635 qsy0635 Escape "CALL PGM(&1): &2 parameters passed; the program takes &3." (program, given, wanted);
    QSY0637 qsy0637 Usage "CALL PGM(&1): &2 line &3: &4: &5" (program, member, line, id, text);
    QSY0638 qsy0638 Escape "QSYCHGPW: the length of the &1 password (&2) is not valid: 1 to 512, and within the value passed." (which, length);
    QSY0639 qsy0639 Info "CALL PGM(&1) outside a script: qsy runs CL programs only as CALL statements of a script run with qsy run, and simulates no other program; the call is skipped." (program);
    QSY0641 qsy0641 Usage "TFRCTL passes only CL variables the program received as parameters (its PGM PARM): &1 is not one." (value);
    QSY0642 qsy0642 Usage "TFRCTL is valid only in original program model (OPM) CL programs; &1 is ILE CL source (.clle)." (member);
    QSY0640 qsy0640 Usage "CALL PGM(&1): source member &2 cannot be read: &3." (program, path, error);
    QSY0400 qsy0400 Info "A new system was created at &1, in the shipped state (QSECURITY 40, QPWDLVL 0; QSECOFR's password is QSECOFR, expired). If you meant an existing system, check --system or QSY_SYSTEM." (store);
    QSY0401 qsy0401 Info "&1(&2) arrived without CL quotes, so it is read in upper case: did the shell remove them? Quote the CL for the shell: qsy -c \"... &1('&3')\", or use the shell form: --&4 '&3'." (keyword, value, text, option);
    QSY0402 qsy0402 Info "Did you mean &1 (shell form: &2)?" (cl, shell);
    QSY0403 qsy0403 Usage "&1 works only in a CL program: &2. Put it in a CL script and run that with 'qsy run FILE'." (command, reason);
    QSY0404 qsy0404 Info "Did you mean &1?" (name);
    QSY0405 qsy0405 Usage "&1 needs a password: give &2(...), --password-stdin, or type it at the prompt on a terminal. Nothing was checked or counted." (command, keyword);
    // Commands qsy does not simulate, and keywords it does not act on (issue 17).
    QSY0750 qsy0750 Info "&1 is an IBM i command that qsy does not simulate: it is skipped (an error with --strict)." (command);
    QSY0751 qsy0751 Info "&1 is skipped, so it does not set &2: the variable keeps its value." (command, variables);
    QSY0752 qsy0752 Info "Line &1: &2 skipped: qsy does not simulate this IBM i command." (line, command);
    QSY0753 qsy0753 Usage "&1 is an IBM i command that qsy does not simulate; nothing was done." (command);
    QSY0754 qsy0754 Info "&1 command(s) run, &2 skipped (not simulated), &3 failed." (run, skipped, failed);
    QSY0755 qsy0755 Info "&1 &2 is accepted, as on IBM i; qsy does not act on it." (command, keyword);
    // The CL language: types, control statements and subroutines.
    QSY0250 qsy0250 Usage "&1 needs &2 operands; &3 is &4." (operator, wanted, operand, found);
    QSY0251 qsy0251 Usage "Expression nested more than &1 deep." (limit);
    QSY0252 qsy0252 Usage "&1 is not inside a &2 group." (statement, group);
    QSY0253 qsy0253 Usage "&1 must be inside a subroutine: the first SUBR ends the main part of the program." (statement);
    QSY0254 qsy0254 Usage "Subroutine &1 is not defined." (name);
    QSY0255 qsy0255 Usage "Subroutine &1 is defined twice." (name);
    QSY0256 qsy0256 Usage "&1 without a matching &2." (statement, end);
    QSY0257 qsy0257 Usage "&1 CMDLBL(&2) is not the label of an enclosing DOWHILE, DOUNTIL or DOFOR." (statement, label);
    QSY0258 qsy0258 Usage "&&1 cannot receive a &2 value." (variable, kind);
    QSY0259 qsy0259 Escape "Subroutine stack full: more than &1 nested CALLSUBR." (limit);
    QSY0261 qsy0261 Usage "&1: &2" (statement, rule);
    QSY0262 qsy0262 Usage "MONMSG cannot follow &1." (statement);
    // Issue 17: retrieve commands, CHKOBJ and libraries (block QSY0780-0819).
    QSY0780 qsy0780 Escape "CL variable &1 for &2 parameter &3 must be &4." (variable, command, keyword, needed);
    QSY0781 qsy0781 Escape "CL variable &1 for &2 parameter &3 is too short: it must be &4." (variable, command, keyword, needed);
    QSY0782 qsy0782 Escape "Library &1 is a system library: &2 cannot be used on it." (library, command);
    QSY0783 qsy0783 Escape "Library name &1 is reserved by IBM i: &2" (library, reason);
    QSY0784 qsy0784 Escape "Library &1 cannot be used: &2" (library, reason);
    QSY0785 qsy0785 Info "Library &1 created." (library);
    QSY0786 qsy0786 Info "Library &1 deleted." (library);
    QSY0787 qsy0787 Info "Library &1 cleared: &2 objects deleted." (library, count);
    QSY0789 qsy0789 Escape "&1(&2) is allowed only with OUTPUT(*OUTFILE)." (keyword, value);
    QSY0790 qsy0790 Info "&1 records written to member &2 of file &2 in &3." (count, file, library);
    QSY0791 qsy0791 Escape "Outfile &1 in &2 cannot be written: &3" (file, library, reason);
    QSY0788 qsy0788 Info "Message to &1 (&2) kept in the output; qsy delivers no messages." (to, message_type);
    // Issue 20: qsy import and qsy readiness (block QSY0840-0899).
    QSY0840 qsy0840 Escape "Store &1 already exists: qsy import does not overwrite a store unless --replace is given." (store);
    QSY0841 qsy0841 Escape "&1, row &2, column &3: &4 Nothing was imported." (file, row, column, problem);
    QSY0842 qsy0842 Escape "&1: &2 Nothing was imported." (file, problem);
    QSY0843 qsy0843 Info "Imported &1 user profile(s) from &2 file(s) into &3." (profiles, files, store);
    QSY0844 qsy0844 Info "&1 (&2): column(s) not used, ignored: &3." (file, kind, columns);
    QSY0845 qsy0845 Info "Inferred: &1" (what);
    QSY0846 qsy0846 Escape "Rehearsal passwords file &1: &2 Nothing was imported." (file, problem);
    QSY0847 qsy0847 Escape "Rehearsal passwords file &1, line &2: &3 Nothing was imported." (file, line, problem);
    QSY0848 qsy0848 Info "Added IBM-supplied profile(s) missing from the inventory, as shipped: &1." (profiles);
    QSY0849 qsy0849 Escape "Cannot write the readiness report to &1: &2" (file, reason);
    // Issue 17: site-defined commands and object types qsy does not model (block QSY0920-0949).
    QSY0920 qsy0920 Info "&1 is a site command, defined in &2; qsy does not simulate it: it is skipped (an error with --strict)." (command, source);
    QSY0921 qsy0921 Info "Line &1: &2 skipped: a site command (defined in &3) that qsy does not simulate." (line, command, source);
    QSY0922 qsy0922 Info "Site command &1 is skipped, so it does not set &2: the variable keeps its value." (command, variables);
    QSY0923 qsy0923 Usage "Command definition source &1, line &2: &3" (source, line, problem);
    QSY0924 qsy0924 Usage "Parameter &1 of site command &2 returns a value (RTNVAL(*YES)): it takes a CL variable, not &3." (keyword, command, value);
    QSY0925 qsy0925 Usage "Parameter &1 of site command &2 is a constant (CONSTANT) and cannot be given." (keyword, command);
    QSY0926 qsy0926 Info "&1 OBJTYPE(&2): qsy does not model this object type; the command is skipped (an error with --strict)." (command, objtype);
    QSY0927 qsy0927 Info "Line &1: &2 OBJTYPE(&3) skipped: qsy does not model this object type." (line, command, objtype);
    // The storage model and database files (issue 16).
    QSY0700 qsy0700 Escape "'&1' cannot be used as a pointer here: a *PTR variable takes only a pointer (%ADDRESS, another *PTR or *NULL), and a pointer goes nowhere else." (value);
    QSY0701 qsy0701 Info "DCLF &1: qsy cannot know this file before the run, so its record format is unknown; variables &2 are taken as its fields." (file, variables);
    QSY0702 qsy0702 Escape "&1: file &2 is a display file or not a database file; a batch job has no display to show it on, and qsy simulates no display files." (command, file);
    QSY0703 qsy0703 Info "&1 is for display files, which a batch job cannot show; it ends the script with QSY0702 if it runs." (command);
    QSY0704 qsy0704 Usage "&1: no DCLF declares &2." (command, file);
    QSY0705 qsy0705 Escape "Record &1 of file &2 does not fit field &3: &4." (record, file, field, error);
    QSY0706 qsy0706 Info "CHGJOB &1 is accepted; qsy keeps only the job's CCSID and does not act on it." (keyword);
    QSY0708 qsy0708 Escape "File &1 in library &2 cannot be read: &3." (file, library, error);
    QSY0707 qsy0707 Escape "CCSID &1 is not one qsy converts: use 37, 290, 5026, 5035 or 1208 (or 65535)." (ccsid);
    // Issue 14/16 leftovers (block QSY0980-0999).
    QSY0980 qsy0980 Info "RCVF &1 reads from a display device (IBM allows it only for display files), which a batch job does not have; it ends the script with QSY0702 if it runs." (keyword);
}
