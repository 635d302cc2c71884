//! The one table of system values (DESIGN §7.2): every value on IBM's "Security system
//! values" page and the values scripts commonly retrieve, each with its type and length as
//! IBM's Retrieve System Values (QWCRSVAL) API defines them, the values CHGSYSVAL accepts, the
//! shipped value, and whether qsy acts on it; and the names of every other IBM i system value
//! (known to be real, not simulated).
//!
//! Help, validation, DSPSYSVAL, RTVSYSVAL and CHGSYSVAL all read this table; nothing else
//! lists system values.

/// How a system value is typed (IBM's QWCRSVAL definitions).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SvType {
    /// CHAR(n): retrieved into a *CHAR variable of exactly that length (a 1-character value
    /// may also go into *LGL).
    Char(usize),
    /// BINARY(4): a number, retrieved into a *DEC variable of at least this many digits.
    Dec(u8),
    /// A list of up to `count` CHAR(`len`) elements, retrieved as one CHAR(`len` × `count`).
    List {
        /// Length of each element.
        len: usize,
        /// Most elements.
        count: usize,
    },
}

impl SvType {
    /// The value's length as RTVSYSVAL sees it (characters, or digits for a number).
    pub fn length(self) -> usize {
        match self {
            SvType::Char(n) => n,
            SvType::Dec(n) => n as usize,
            SvType::List { len, count } => len * count,
        }
    }
    /// How the type is written in help and panels (`CHAR(2)`, `DEC(5 0)`, `15 x CHAR(10)`).
    pub fn describe(self) -> String {
        match self {
            SvType::Char(n) => format!("CHAR({n})"),
            SvType::Dec(n) => format!("DEC({n} 0)"),
            SvType::List { len, count } => format!("{count} x CHAR({len})"),
        }
    }
}

/// The values CHGSYSVAL accepts for a system value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Allowed {
    /// One of these words or numbers.
    Choices(&'static [&'static str]),
    /// A whole number in the range, or one of the special values.
    Range(&'static [&'static str], i64, i64),
    /// A list of elements, each one of these (empty: any name fitting the element length).
    Elements(&'static [&'static str]),
    /// Any text that fits the type.
    Text,
    /// qsy's own rules for the values it acts on (`sysval::validate`).
    Simulated,
    /// Set by the system, not by CHGSYSVAL (QSRLNBR, QMODEL).
    ReadOnly,
    /// The system clock (QDATE, QTIME): read from the job clock; qsy does not change it.
    Clock,
}

/// One system value qsy knows in full.
#[derive(Debug)]
pub struct SysvalDef {
    /// Name (`QPWDLVL`).
    pub name: &'static str,
    /// IBM's description.
    pub description: &'static str,
    /// Type and length (QWCRSVAL).
    pub ty: SvType,
    /// What CHGSYSVAL accepts.
    pub allowed: Allowed,
    /// Shipped value (DESIGN §7.1 and IBM's system value pages).
    pub shipped: &'static str,
    /// qsy acts on the value; the others are only stored and shown ("not simulated").
    pub simulated: bool,
    /// Takes effect at the next IPL (QSECURITY, QPWDLVL) rather than at once.
    pub at_ipl: bool,
}

const fn sv(
    name: &'static str,
    description: &'static str,
    ty: SvType,
    allowed: Allowed,
    shipped: &'static str,
) -> SysvalDef {
    SysvalDef {
        name,
        description,
        ty,
        allowed,
        shipped,
        simulated: false,
        at_ipl: false,
    }
}

const fn acted(
    name: &'static str,
    description: &'static str,
    ty: SvType,
    shipped: &'static str,
    at_ipl: bool,
) -> SysvalDef {
    SysvalDef {
        name,
        description,
        ty,
        allowed: Allowed::Simulated,
        shipped,
        simulated: true,
        at_ipl,
    }
}

use Allowed::{Choices, Elements, Range, Text};
use SvType::{Char, Dec, List};

const fn list(len: usize, count: usize) -> SvType {
    List { len, count }
}

/// The digit choices 0 to 9.
const DIGITS: &[&str] = &["0", "1", "2", "3", "4", "5", "6", "7", "8", "9"];

/// Every system value qsy knows in full, in name order.
pub static SYSVALS: &[SysvalDef] = &[
    sv(
        "QALWJOBITP",
        "Allow jobs to be interrupted",
        Char(1),
        Choices(&["0", "1", "2"]),
        "0",
    ),
    sv(
        "QALWOBJRST",
        "Allow object restore operation",
        list(10, 15),
        Elements(&[
            "*ALL",
            "*NONE",
            "*ALWSYSSTT",
            "*ALWPGMADP",
            "*ALWPTF",
            "*ALWSETUID",
            "*ALWSETGID",
            "*ALWVLDERR",
        ]),
        "*ALL",
    ),
    sv(
        "QALWUSRDMN",
        "Allow user domain objects in libraries",
        list(10, 50),
        Elements(&[]),
        "*ALL",
    ),
    sv(
        "QAUDCTL",
        "Auditing control",
        list(10, 5),
        Elements(&["*NONE", "*OBJAUD", "*AUDLVL", "*NOQTEMP", "*NOTAVL"]),
        "*NONE",
    ),
    sv(
        "QAUDENDACN",
        "Auditing end action",
        Char(10),
        Choices(&["*NOTIFY", "*PWRDWNSYS"]),
        "*NOTIFY",
    ),
    sv(
        "QAUDFRCLVL",
        "Force auditing data",
        Dec(5),
        Range(&["*SYS"], 1, 100),
        "*SYS",
    ),
    sv(
        "QAUDLVL",
        "Security auditing level",
        list(10, 16),
        Elements(&[]),
        "*NONE",
    ),
    sv(
        "QAUDLVL2",
        "Security auditing level extension",
        list(10, 99),
        Elements(&[]),
        "*NONE",
    ),
    sv(
        "QAUTOCFG",
        "Autoconfigure devices",
        Char(1),
        Choices(&["0", "1"]),
        "1",
    ),
    sv(
        "QAUTORMT",
        "Autoconfigure of remote controllers",
        Char(1),
        Choices(&["0", "1"]),
        "1",
    ),
    sv(
        "QAUTOVRT",
        "Autoconfigure virtual devices",
        Dec(5),
        Range(&["*REGFAC", "*NOMAX"], 0, 32500),
        "0",
    ),
    sv(
        "QCCSID",
        "Coded character set identifier",
        Dec(5),
        Range(&[], 1, 65535),
        "65535",
    ),
    sv(
        "QCNTRYID",
        "Country or region identifier",
        Char(2),
        Text,
        "US",
    ),
    sv(
        "QCRTAUT",
        "Create default public authority",
        Char(10),
        Choices(&["*CHANGE", "*USE", "*ALL", "*EXCLUDE"]),
        "*CHANGE",
    ),
    sv(
        "QCRTOBJAUD",
        "Create object auditing",
        Char(10),
        Choices(&["*NONE", "*USRPRF", "*CHANGE", "*ALL"]),
        "*NONE",
    ),
    SysvalDef {
        name: "QDATE",
        description: "System date",
        ty: Char(6),
        allowed: Allowed::Clock,
        shipped: "",
        simulated: true,
        at_ipl: false,
    },
    sv(
        "QDEVRCYACN",
        "Device I/O error action",
        Char(20),
        Text,
        "*DSCMSG",
    ),
    sv(
        "QDSCJOBITV",
        "Time interval before disconnected jobs end",
        Char(10),
        Range(&["*NONE"], 5, 1440),
        "240",
    ),
    sv(
        "QDSPSGNINF",
        "Sign-on display information control",
        Char(1),
        Choices(&["0", "1"]),
        "0",
    ),
    sv(
        "QFRCCVNRST",
        "Force conversion on restore",
        Char(1),
        Choices(&["0", "1", "2", "3", "4", "5", "6", "7"]),
        "1",
    ),
    sv(
        "QINACTITV",
        "Inactive job time-out",
        Char(10),
        Range(&["*NONE"], 5, 300),
        "*NONE",
    ),
    sv(
        "QINACTMSGQ",
        "Inactive job message queue",
        list(10, 2),
        Elements(&[]),
        "*ENDJOB",
    ),
    sv("QLANGID", "Language identifier", Char(3), Text, "ENU"),
    sv(
        "QLMTDEVSSN",
        "Limit device sessions",
        Char(1),
        Choices(DIGITS),
        "0",
    ),
    sv(
        "QLMTSECOFR",
        "Limit security officer device access",
        Char(1),
        Choices(&["0", "1"]),
        "1",
    ),
    acted(
        "QMAXSGNACN",
        "Action to take for failed signon attempts",
        Char(1),
        "3",
        false,
    ),
    acted(
        "QMAXSIGN",
        "Maximum sign-on attempts allowed",
        Char(6),
        "3",
        false,
    ),
    SysvalDef {
        name: "QMODEL",
        description: "System model number",
        ty: Char(4),
        allowed: Allowed::ReadOnly,
        shipped: "9105",
        simulated: false,
        at_ipl: false,
    },
    acted(
        "QPWDCHGBLK",
        "Block password change",
        Char(10),
        "*NONE",
        false,
    ),
    acted(
        "QPWDEXPITV",
        "Password expiration interval",
        Char(6),
        "*NOMAX",
        false,
    ),
    sv(
        "QPWDEXPWRN",
        "Password expiration warning",
        Dec(5),
        Range(&[], 1, 99),
        "7",
    ),
    sv(
        "QPWDLMTAJC",
        "Limit adjacent digits in password",
        Char(1),
        Choices(&["0", "1"]),
        "0",
    ),
    sv(
        "QPWDLMTCHR",
        "Limit characters in password",
        Char(10),
        Text,
        "*NONE",
    ),
    sv(
        "QPWDLMTREP",
        "Limit repeating characters in password",
        Char(1),
        Choices(&["0", "1", "2"]),
        "0",
    ),
    acted("QPWDLVL", "Password level", Dec(5), "0", true),
    acted("QPWDMAXLEN", "Maximum password length", Dec(5), "8", false),
    acted("QPWDMINLEN", "Minimum password length", Dec(5), "6", false),
    sv(
        "QPWDPOSDIF",
        "Limit password character positions",
        Char(1),
        Choices(&["0", "1"]),
        "0",
    ),
    sv(
        "QPWDRQDDGT",
        "Require digit in password",
        Char(1),
        Choices(&["0", "1"]),
        "0",
    ),
    sv(
        "QPWDRQDDIF",
        "Duplicate password control",
        Char(1),
        Choices(&["0", "1", "2", "3", "4", "5", "6", "7", "8"]),
        "0",
    ),
    acted(
        "QPWDRULES",
        "Password rules",
        list(15, 50),
        "*PWDSYSVAL",
        false,
    ),
    sv(
        "QPWDVLDPGM",
        "Password validation program",
        Char(20),
        Text,
        "*NONE",
    ),
    sv(
        "QRETSVRSEC",
        "Retain server security data",
        Char(1),
        Choices(&["0", "1"]),
        "0",
    ),
    sv(
        "QRMTSIGN",
        "Remote sign-on control",
        Char(20),
        Text,
        "*FRCSIGNON",
    ),
    sv(
        "QRMTSRVATR",
        "Remote service attribute",
        Char(1),
        Choices(&["0", "1"]),
        "0",
    ),
    sv(
        "QSCANFS",
        "Scan file systems",
        list(10, 20),
        Elements(&["*NONE", "*ROOTOBJ"]),
        "*ROOTOBJ",
    ),
    sv(
        "QSCANFSCTL",
        "Scan file systems control",
        list(10, 20),
        Elements(&[]),
        "*NONE",
    ),
    acted("QSECURITY", "System security level", Char(2), "40", true),
    sv(
        "QSHRMEMCTL",
        "Shared memory control",
        Char(1),
        Choices(&["0", "1"]),
        "1",
    ),
    SysvalDef {
        name: "QSRLNBR",
        description: "System serial number",
        ty: Char(8),
        allowed: Allowed::ReadOnly,
        shipped: "QSYSIM01",
        simulated: false,
        at_ipl: false,
    },
    sv(
        "QSYSLIBL",
        "System part of the library list",
        list(10, 15),
        Elements(&[]),
        "QSYS QSYS2 QHLPSYS QUSRSYS",
    ),
    SysvalDef {
        name: "QTIME",
        description: "Time of day",
        ty: Char(9),
        allowed: Allowed::Clock,
        shipped: "",
        simulated: true,
        at_ipl: false,
    },
    sv(
        "QUSEADPAUT",
        "Use adopted authority",
        Char(10),
        Text,
        "*NONE",
    ),
    sv(
        "QUSRLIBL",
        "User part of the library list",
        list(10, 25),
        Elements(&[]),
        "QGPL QTEMP",
    ),
    sv(
        "QVFYOBJRST",
        "Verify object on restore",
        Char(1),
        Choices(&["1", "2", "3", "4", "5"]),
        "3",
    ),
];

/// The names of every IBM i system value (IBM's QWCRSVAL list), so a real value qsy does not
/// model is told apart from a name that is wrong.
pub static IBM_NAMES: &[&str] = &[
    "QABNORMSW",
    "QACGLVL",
    "QACTJOB",
    "QADLACTJ",
    "QADLSPLA",
    "QADLTOTJ",
    "QALWJOBITP",
    "QALWOBJRST",
    "QALWUSRDMN",
    "QASTLVL",
    "QATNPGM",
    "QAUDCTL",
    "QAUDENDACN",
    "QAUDFRCLVL",
    "QAUDLVL",
    "QAUDLVL2",
    "QAUTOCFG",
    "QAUTORMT",
    "QAUTOSPRPT",
    "QAUTOVRT",
    "QBASACTLVL",
    "QBASPOOL",
    "QBOOKPATH",
    "QCCSID",
    "QCENTURY",
    "QCFGMSGQ",
    "QCHRID",
    "QCHRIDCTL",
    "QCMNARB",
    "QCMNRCYLMT",
    "QCNTRYID",
    "QCONSOLE",
    "QCRTAUT",
    "QCRTOBJAUD",
    "QCTLSBSD",
    "QCURSYM",
    "QDATE",
    "QDATETIME",
    "QDATFMT",
    "QDATSEP",
    "QDAY",
    "QDAYOFWEEK",
    "QDBFSTCCOL",
    "QDBRCVYWT",
    "QDECFMT",
    "QDEVNAMING",
    "QDEVRCYACN",
    "QDSCJOBITV",
    "QDSPSGNINF",
    "QDYNPTYADJ",
    "QDYNPTYSCD",
    "QENDJOBLMT",
    "QFRCCVNRST",
    "QHOUR",
    "QHSTLOGSIZ",
    "QIGC",
    "QIGCCDEFNT",
    "QIGCFNTSIZ",
    "QINACTITV",
    "QINACTMSGQ",
    "QIPLDATTIM",
    "QIPLSTS",
    "QIPLTYPE",
    "QJOBMSGQFL",
    "QJOBMSGQMX",
    "QJOBMSGQSZ",
    "QJOBMSGQTL",
    "QJOBSPLA",
    "QKBDBUF",
    "QKBDTYPE",
    "QLANGID",
    "QLEAPADJ",
    "QLIBLCKLVL",
    "QLMTDEVSSN",
    "QLMTSECOFR",
    "QLOCALE",
    "QLOGOUTPUT",
    "QMAXACTLVL",
    "QMAXJOB",
    "QMAXSGNACN",
    "QMAXSIGN",
    "QMAXSPLF",
    "QMCHPOOL",
    "QMINUTE",
    "QMLTTHDACN",
    "QMODEL",
    "QMONTH",
    "QPASTHRSVR",
    "QPFRADJ",
    "QPRBFTR",
    "QPRBHLDITV",
    "QPRCFEAT",
    "QPRCMLTTSK",
    "QPRTDEV",
    "QPRTKEYFMT",
    "QPRTTXT",
    "QPWDCHGBLK",
    "QPWDEXPITV",
    "QPWDEXPWRN",
    "QPWDLMTAJC",
    "QPWDLMTCHR",
    "QPWDLMTREP",
    "QPWDLVL",
    "QPWDMAXLEN",
    "QPWDMINLEN",
    "QPWDPOSDIF",
    "QPWDRQDDGT",
    "QPWDRQDDIF",
    "QPWDRULES",
    "QPWDVLDPGM",
    "QPWRDWNLMT",
    "QPWRRSTIPL",
    "QQRYDEGREE",
    "QQRYTIMLMT",
    "QRCLSPLSTG",
    "QRETSVRSEC",
    "QRMTIPL",
    "QRMTSIGN",
    "QRMTSRVATR",
    "QSAVACCPTH",
    "QSCANFS",
    "QSCANFSCTL",
    "QSCPFCONS",
    "QSECOND",
    "QSECURITY",
    "QSETJOBATR",
    "QSFWERRLOG",
    "QSHRMEMCTL",
    "QSPCENV",
    "QSPLFACN",
    "QSRLNBR",
    "QSRTSEQ",
    "QSRVDMP",
    "QSSLCSL",
    "QSSLCSLCTL",
    "QSSLPCL",
    "QSTGLOWACN",
    "QSTGLOWLMT",
    "QSTRPRTWTR",
    "QSTRUPPGM",
    "QSTSMSG",
    "QSVRAUTITV",
    "QSYSLIBL",
    "QTHDRSCADJ",
    "QTHDRSCAFN",
    "QTIMADJ",
    "QTIME",
    "QTIMSEP",
    "QTIMZON",
    "QTOTJOB",
    "QTSEPOOL",
    "QUPSDLYTIM",
    "QUPSMSGQ",
    "QUSEADPAUT",
    "QUSRLIBL",
    "QUTCOFFSET",
    "QVFYOBJRST",
    "QYEAR",
];
