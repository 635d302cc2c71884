//! IBM i's object types as the object commands take them in OBJTYPE, and the ones qsy does
//! not model. Facts written by us from IBM Documentation: "Check Object (CHKOBJ)"
//! (https://www.ibm.com/support/knowledgecenter/ssw_ibm_i_73/cl/chkobj.htm), whose OBJTYPE
//! lists the object types that live in libraries; "OBJTYPE parameter"
//! (https://www.ibm.com/support/knowledgecenter/ssw_ibm_i_74/rbam6/rbam6objtypeexpand.htm):
//! the types a command takes vary from command to command.

/// The object types of CHKOBJ's OBJTYPE parameter (IBM's list, in its order).
pub const LIBRARY_TYPES: &[&str] = &[
    "*ALRTBL", "*AUTL", "*BNDDIR", "*CFGL", "*CHTFMT", "*CLD", "*CLS", "*CMD", "*CNNL", "*COSD",
    "*CRG", "*CRQD", "*CSI", "*CSPMAP", "*CSPTBL", "*CTLD", "*DEVD", "*DOC", "*DTAARA", "*DTADCT",
    "*DTAQ", "*EDTD", "*EXITRG", "*FCT", "*FILE", "*FLR", "*FNTRSC", "*FNTTBL", "*FORMDF", "*FTR",
    "*GSS", "*IGCDCT", "*IGCSRT", "*IGCTBL", "*IMGCLG", "*IPXD", "*JOBD", "*JOBQ", "*JOBSCD",
    "*JRN", "*JRNRCV", "*LIB", "*LIND", "*LOCALE", "*MEDDFN", "*MENU", "*MGTCOL", "*MODD",
    "*MODULE", "*MSGF", "*MSGQ", "*M36", "*M36CFG", "*NODGRP", "*NODL", "*NTBD", "*NWID",
    "*NWSCFG", "*NWSD", "*OUTQ", "*OVL", "*PAGDFN", "*PAGSEG", "*PDFMAP", "*PDG", "*PGM",
    "*PNLGRP", "*PRDDFN", "*PRDLOD", "*PSFCFG", "*QMFORM", "*QMQRY", "*QRYDFN", "*RCT", "*SBSD",
    "*SCHIDX", "*SPADCT", "*SQLPKG", "*SQLUDT", "*SQLXSR", "*SRVPGM", "*SSND", "*SVRSTG", "*S36",
    "*TBL", "*TIMZON", "*USRIDX", "*USRPRF", "*USRQ", "*USRSPC", "*VLDL", "*WSCST",
];

/// Whether `objtype` (upper case) is an object type IBM i's command `command` takes in
/// OBJTYPE: the library object types for the object commands qsy simulates, and *ALL where
/// the command works on every type at once (GRTOBJAUT, RVKOBJAUT, DSPOBJD).
pub fn valid_for(command: &str, objtype: &str) -> bool {
    match command {
        "CHKOBJ" | "CHGOBJOWN" | "DSPOBJAUT" => LIBRARY_TYPES.contains(&objtype),
        "GRTOBJAUT" | "RVKOBJAUT" | "DSPOBJD" => {
            objtype == "*ALL" || LIBRARY_TYPES.contains(&objtype)
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn object_types_by_command() {
        assert!(valid_for("CHKOBJ", "*PGM"));
        assert!(valid_for("CHKOBJ", "*DTAQ"));
        assert!(!valid_for("CHKOBJ", "*ALL"));
        assert!(valid_for("GRTOBJAUT", "*ALL"));
        assert!(!valid_for("CHKOBJ", "*PROGRAM"));
        assert!(!valid_for("CRTUSRPRF", "*PGM"));
        assert_eq!(LIBRARY_TYPES.len(), 92);
    }
}
