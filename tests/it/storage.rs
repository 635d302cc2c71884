//! CL's storage model and database files (issue 16, docs/storage-model.md): variables as
//! bytes in the job's CCSID, packed decimal, binary integers, pointers, *DEFINED and
//! *BASED storage, %BINARY, %OFFSET and %ADDRESS; DCLF/RCVF/CLOSE over database files.
//! Each test is a CL program whose printed results are asserted.

use crate::harness::*;

/// Runs `text` as a script and returns what it printed (it must end normally).
fn printed_ok(sys: &Sys, name: &str, text: &str) -> Vec<String> {
    let out = sys.script(name, text);
    assert_eq!(out.code, 0, "{}", out.show());
    printed(&out)
}

fn library(sys: &Sys, lib: &str) -> std::path::PathBuf {
    let dir = std::path::PathBuf::from(format!("{}.ifs/QSYS.LIB/{lib}.LIB", sys.path().display()));
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

#[test]
fn bin_builds_an_api_parameter_structure_and_reads_it_back() {
    let sys = Sys::new();
    let got = printed_ok(
        &sys,
        "qusec.clp",
        "PGM
  DCL &ERR *CHAR 16
  DCL &AVAIL *INT 4 STG(*DEFINED) DEFVAR(&ERR 5)
  DCL &N *INT 4
  /* Bytes provided 16, bytes available 0, then an exception ID. */
  CHGVAR %BIN(&ERR 1 4) 16
  CHGVAR %BINARY(&ERR 5 4) 0
  CHGVAR %SST(&ERR 9 7) 'CPF9801'
  CHGVAR &N %BIN(&ERR 1 4)
  SNDPGMMSG MSG('PROVIDED' *BCAT %CHAR(&N))
  IF (%SST(&ERR 1 4) *EQ X'00000010') THEN(SNDPGMMSG MSG('BYTES 00000010'))
  CHGVAR &AVAIL 300
  IF (%SST(&ERR 5 4) *EQ X'0000012C') THEN(SNDPGMMSG MSG('AVAILABLE AS BYTES 0000012C'))
  SNDPGMMSG MSG('AVAILABLE' *BCAT %CHAR(%BIN(&ERR 5 4)))
  SNDPGMMSG MSG(%SST(&ERR 9 7))
  CHGVAR %BIN(&ERR 1 2) -2
  IF (%SST(&ERR 1 2) *EQ X'FFFE') THEN(SNDPGMMSG MSG('NEGATIVE IS TWOS COMPLEMENT'))
  CHGVAR %BIN(&ERR 1 2) 40000
  MONMSG MCH1210 EXEC(SNDPGMMSG MSG('40000 DOES NOT FIT 2 BYTES'))
ENDPGM
",
    );
    assert_eq!(
        got,
        [
            "PROVIDED 16",
            "BYTES 00000010",
            "AVAILABLE AS BYTES 0000012C",
            "AVAILABLE 300",
            "CPF9801",
            "NEGATIVE IS TWOS COMPLEMENT",
            "40000 DOES NOT FIT 2 BYTES"
        ]
    );
}

#[test]
fn defined_variables_overlay_their_base() {
    let sys = Sys::new();
    let got = printed_ok(
        &sys,
        "overlay.clp",
        "PGM
  DCL &DATE *CHAR 8 VALUE('20261128')
  DCL &YYYY *CHAR 4 STG(*DEFINED) DEFVAR(&DATE)
  DCL &MM *CHAR 2 STG(*DEFINED) DEFVAR(&DATE 5)
  DCL &RAW *CHAR 3 VALUE(X'02550F')
  DCL &PK *DEC (5 2) STG(*DEFINED) DEFVAR(&RAW)
  SNDPGMMSG MSG(&YYYY *BCAT &MM)
  CHGVAR &MM '12'
  SNDPGMMSG MSG(&DATE)
  SNDPGMMSG MSG(%CHAR(&PK))
  CHGVAR &PK (&PK * 2)
  IF (&RAW *EQ X'05100F') THEN(SNDPGMMSG MSG('PACKED 05100F'))
  /* Blanks are not packed decimal: MCH1202. */
  CHGVAR &RAW ' '
  CHGVAR &PK (&PK + 1)
  MONMSG MCH1202 EXEC(SNDPGMMSG MSG('DECIMAL DATA ERROR'))
ENDPGM
",
    );
    assert_eq!(
        got,
        [
            "2026 11",
            "20261228",
            "25.50",
            "PACKED 05100F",
            "DECIMAL DATA ERROR"
        ]
    );
}

#[test]
fn a_based_variable_walks_a_buffer_with_offset() {
    let sys = Sys::new();
    let got = printed_ok(
        &sys,
        "walk.clp",
        "PGM
  DCL &LIST *CHAR 30 VALUE('ALICE     BOB       CAROL     ')
  DCL &P *PTR ADDRESS(&LIST)
  DCL &Q *PTR
  DCL &NAME *CHAR 10 STG(*BASED) BASPTR(&P)
  DCL &I *INT 4
  DCL &START *UINT 4
  CHGVAR &START %OFFSET(&P)
  DOFOR VAR(&I) FROM(1) TO(3)
    SNDPGMMSG MSG(%TRIM(&NAME))
    CHGVAR %OFS(&P) (%OFS(&P) + 10)
  ENDDO
  IF ((%OFFSET(&P) - &START) *EQ 30) THEN(SNDPGMMSG MSG('MOVED 30 BYTES'))
  /* A based variable changes the storage it is on. */
  CHGVAR &P %ADDRESS(&LIST)
  CHGVAR %OFS(&P) (%OFS(&P) + 10)
  CHGVAR &NAME 'ROBERT'
  SNDPGMMSG MSG(%SST(&LIST 11 10))
  CHGVAR &Q &P
  IF (&Q *EQ &P) THEN(SNDPGMMSG MSG('SAME ADDRESS'))
  IF (&Q *NE *NULL) THEN(SNDPGMMSG MSG('NOT NULL'))
ENDPGM
",
    );
    assert_eq!(
        got,
        [
            "ALICE",
            "BOB",
            "CAROL",
            "MOVED 30 BYTES",
            "ROBERT",
            "SAME ADDRESS",
            "NOT NULL"
        ]
    );
}

#[test]
fn packed_decimal_is_exact_where_floating_point_is_not() {
    let sys = Sys::new();
    let got = printed_ok(
        &sys,
        "packed.clp",
        "PGM
  DCL &SUM *DEC (5 2)
  DCL &I *INT 4
  DCL &Q *DEC (5 2)
  DCL &W *DEC (5 0)
  DCL &SMALL *DEC (3 0) VALUE(999)
  DOFOR VAR(&I) FROM(1) TO(10)
    CHGVAR &SUM (&SUM + 0.1)
  ENDDO
  IF (&SUM *EQ 1) THEN(SNDPGMMSG MSG('TEN TIMES 0.1 IS' *BCAT %CHAR(&SUM)))
  CHGVAR &Q (2 / 3)
  SNDPGMMSG MSG('2/3 IS' *BCAT %CHAR(&Q))
  CHGVAR &W (-7 / 2)
  SNDPGMMSG MSG('-7/2 IS' *BCAT %CHAR(&W))
  CHGVAR &Q (10 / 3 * 3)
  SNDPGMMSG MSG('10/3*3 IS' *BCAT %CHAR(&Q))
  CHGVAR &SMALL (&SMALL + 1)
  MONMSG MCH1210 EXEC(SNDPGMMSG MSG('999+1 OVERFLOWS, KEEPS' *BCAT %CHAR(&SMALL)))
ENDPGM
",
    );
    assert_eq!(
        got,
        [
            "TEN TIMES 0.1 IS 1.00",
            "2/3 IS 0.66",
            "-7/2 IS -3",
            "10/3*3 IS 9.99",
            "999+1 OVERFLOWS, KEEPS 999"
        ]
    );
}

#[test]
fn hex_constants_compare_with_character_data_as_ebcdic() {
    let sys = Sys::new();
    let got = printed_ok(
        &sys,
        "hex.clp",
        "PGM
  DCL &A *CHAR 1 VALUE('A')
  DCL &S *CHAR 3 VALUE(X'C1C2C3')
  IF (&A *EQ X'C1') THEN(SNDPGMMSG MSG('C1 IS A'))
  IF (X'81' *EQ 'a') THEN(SNDPGMMSG MSG('81 IS LOWER A'))
  IF (&A *EQ X'41') THEN(SNDPGMMSG MSG('WRONG: ASCII'))
  SNDPGMMSG MSG(&S)
  /* EBCDIC order: lower case before upper case before digits. */
  IF ('a' *LT 'A') THEN(SNDPGMMSG MSG('a BEFORE A'))
  IF ('Z' *LT '0') THEN(SNDPGMMSG MSG('Z BEFORE 0'))
ENDPGM
",
    );
    assert_eq!(
        got,
        [
            "C1 IS A",
            "81 IS LOWER A",
            "ABC",
            "a BEFORE A",
            "Z BEFORE 0"
        ]
    );
}

#[test]
fn a_null_pointer_sends_mch3601_which_monmsg_catches() {
    let sys = Sys::new();
    let got = printed_ok(
        &sys,
        "null.clp",
        "PGM
  DCL &P *PTR
  DCL &B *CHAR 5 STG(*BASED) BASPTR(&P)
  DCL &X *CHAR 5
  CHGVAR &X &B
  MONMSG MCH3601 EXEC(SNDPGMMSG MSG('NULL POINTER'))
  IF (&P *EQ *NULL) THEN(SNDPGMMSG MSG('P IS NULL'))
  CHGVAR %OFS(&P) 4
  MONMSG MCH3601 EXEC(SNDPGMMSG MSG('NO OFFSET ON NULL'))
ENDPGM
",
    );
    assert_eq!(got, ["NULL POINTER", "P IS NULL", "NO OFFSET ON NULL"]);
    // Not monitored, it ends the program with its ID.
    let out = sys.script(
        "null2.clp",
        "PGM\n  DCL &P *PTR\n  DCL &B *CHAR 5 STG(*BASED) BASPTR(&P)\n  SNDPGMMSG MSG(&B)\n  SNDPGMMSG MSG('AFTER')\nENDPGM\n",
    );
    assert_ne!(out.code, 0, "{}", out.show());
    assert!(
        out.stderr.contains("MCH3601") || out.stdout.contains("MCH3601"),
        "{}",
        out.show()
    );
    assert!(
        !printed(&out).contains(&"AFTER".to_string()),
        "{}",
        out.show()
    );
}

#[test]
fn storage_declarations_are_checked() {
    let sys = Sys::new();
    for (text, id) in [
        ("DCL &B *CHAR 5 STG(*BASED)", "QSY0222"),
        ("DCL &B *CHAR 5 STG(*BASED) BASPTR(&C)", "QSY0222"),
        ("DCL &D *CHAR 9 STG(*DEFINED) DEFVAR(&C)", "QSY0222"),
        ("DCL &D *CHAR 2 STG(*DEFINED) DEFVAR(&C 8)", "QSY0222"),
        (
            "DCL &D *CHAR 2 STG(*DEFINED) DEFVAR(&C) VALUE('X')",
            "QSY0222",
        ),
        ("DCL &P *PTR LEN(16)", "QSY0222"),
    ] {
        let src = format!("PGM\n  DCL &C *CHAR 8\n  {text}\nENDPGM\n");
        let out = sys.script("bad.clp", &src);
        assert_eq!(out.code, 2, "{text}: {}", out.show());
        assert!(
            out.stdout.contains(id) || out.stderr.contains(id),
            "{text}: {}",
            out.show()
        );
    }
    assert!(!sys.path().exists(), "a refused program ran");
}

fn users_csv(sys: &Sys) {
    std::fs::write(
        library(sys, "QGPL").join("USERS.csv"),
        "name,class\nALICE,*SECOFR\nBOB,*USER\nCAROL,*PGMR\n",
    )
    .unwrap();
}

#[test]
fn a_dclf_rcvf_loop_ends_on_cpf0864_and_close_starts_again() {
    let sys = Sys::new();
    users_csv(&sys);
    let got = printed_ok(
        &sys,
        "loop.clp",
        "PGM
  DCLF FILE(QGPL/USERS)
  DCL &COUNT *INT 4
  DOWHILE '1'
    RCVF
    MONMSG CPF0864 EXEC(LEAVE)
    CHGVAR &COUNT (&COUNT + 1)
    SNDPGMMSG MSG(%TRIM(&NAME) *BCAT &CLASS)
  ENDDO
  SNDPGMMSG MSG('READ' *BCAT %CHAR(&COUNT))
  RCVF
  MONMSG CPF0864 EXEC(SNDPGMMSG MSG('STILL AT END'))
  CLOSE
  RCVF
  SNDPGMMSG MSG('AFTER CLOSE' *BCAT &NAME)
  IF (%SIZE(&NAME) *EQ 5) THEN(SNDPGMMSG MSG('NAME IS *CHAR 5'))
ENDPGM
",
    );
    assert_eq!(
        got,
        [
            "ALICE *SECOFR",
            "BOB *USER",
            "CAROL *PGMR",
            "READ 3",
            "STILL AT END",
            "AFTER CLOSE ALICE",
            "NAME IS *CHAR 5"
        ]
    );
}

#[test]
fn an_outfile_format_gives_typed_fields_under_the_opnid() {
    let sys = Sys::new();
    let dir = library(&sys, "MYLIB").join("PRF.FILE");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(
        dir.join("FORMAT.json"),
        r#"{"format":"QADSPUPB","text":"t","fields":[
            {"name":"UPUPRF","type":"CHAR","length":10,"decimals":0,"text":""},
            {"name":"UPMXST","type":"PACKED","length":11,"decimals":0,"text":""},
            {"name":"UPRATE","type":"ZONED","length":5,"decimals":2,"text":""},
            {"name":"UPUID","type":"BINARY","length":9,"decimals":0,"text":""}]}"#,
    )
    .unwrap();
    std::fs::write(
        dir.join("PRF.MBR"),
        "UPUPRF,UPMXST,UPRATE,UPUID\r\nANN,100,1.25,101\r\nBEN,50,0.5,102\r\n",
    )
    .unwrap();
    let got = printed_ok(
        &sys,
        "typed.clp",
        "PGM
  DCLF FILE(MYLIB/PRF) OPNID(U)
  DCL &TOTAL *DEC (11 0)
  DCL &RATES *DEC (7 2)
  DOWHILE '1'
    RCVF OPNID(U)
    MONMSG CPF0864 EXEC(LEAVE)
    CHGVAR &TOTAL (&TOTAL + &U_UPMXST)
    CHGVAR &RATES (&RATES + &U_UPRATE)
  ENDDO
  SNDPGMMSG MSG('STORAGE' *BCAT %CHAR(&TOTAL) *BCAT 'RATES' *BCAT %CHAR(&RATES))
  SNDPGMMSG MSG('LAST UID' *BCAT %CHAR(&U_UPUID) *BCAT 'SIZE' *BCAT %CHAR(%SIZE(&U_UPUID)))
ENDPGM
",
    );
    assert_eq!(got, ["STORAGE 150 RATES 1.75", "LAST UID 102 SIZE 4"]);
}

#[test]
fn rcvf_of_a_missing_file_sends_cpf4101() {
    let sys = Sys::new();
    let got = printed_ok(
        &sys,
        "missing.clp",
        "PGM
  DCLF FILE(QGPL/NOSUCH)
  RCVF
  MONMSG CPF4101 EXEC(SNDPGMMSG MSG('NO SUCH FILE'))
ENDPGM
",
    );
    assert_eq!(got, ["NO SUCH FILE"]);
    let out = sys.script(
        "missing2.clp",
        "PGM\n  DCLF FILE(QGPL/NOSUCH)\n  RCVF\nENDPGM\n",
    );
    assert_ne!(out.code, 0, "{}", out.show());
    assert!(
        out.stderr.contains("CPF4101") || out.stdout.contains("CPF4101"),
        "{}",
        out.show()
    );
}

#[test]
fn check_accepts_fields_of_a_file_it_cannot_know_and_notes_it() {
    let sys = Sys::new();
    let path = sys.dir.path().join("fields.clp");
    std::fs::write(
        &path,
        "PGM
  DCLF FILE(QTEMP/OUT) OPNID(O)
  DCL &N *DEC (9 0)
  RCVF OPNID(O)
  CHGVAR &N (&N + &O_UPMXST)
  SNDPGMMSG MSG(&O_UPUPRF)
ENDPGM
",
    )
    .unwrap();
    let (doc, out) = sys.json_run(&["run", "--check", path.to_str().unwrap()]);
    assert_eq!(out.code, 0, "{}", out.show());
    let notes = doc.to_string();
    assert!(notes.contains("QSY0701"), "{doc}");
    assert!(
        notes.contains("&O_UPMXST") && notes.contains("&O_UPUPRF"),
        "{doc}"
    );
    // A variable that cannot be one of the file's fields (no OPNID prefix) is still undeclared.
    std::fs::write(
        &path,
        "PGM\n  DCLF FILE(QTEMP/OUT) OPNID(O)\n  SNDPGMMSG MSG(&TYPO)\nENDPGM\n",
    )
    .unwrap();
    let (doc, out) = sys.json_run(&["run", "--check", path.to_str().unwrap()]);
    assert_eq!(out.code, 2, "{}", out.show());
    assert!(doc.to_string().contains("QSY0205"), "{doc}");
    assert!(!sys.path().exists(), "checking created the store");
}

#[test]
fn display_file_commands_cannot_run_in_batch() {
    let sys = Sys::new();
    let path = sys.dir.path().join("dsp.clp");
    std::fs::write(
        &path,
        "PGM\n  DCLF FILE(MYDSPF)\n  SNDRCVF\n  MONMSG CPF0000 EXEC(SNDPGMMSG MSG('NO DISPLAY'))\nENDPGM\n",
    )
    .unwrap();
    let (doc, out) = sys.json_run(&["run", "--check", path.to_str().unwrap()]);
    assert_eq!(out.code, 0, "{}", out.show());
    assert!(doc.to_string().contains("QSY0703"), "{doc}");
    let out = sys.run(&["run", path.to_str().unwrap()]);
    assert_eq!(out.code, 0, "{}", out.show());
    assert_eq!(printed(&out), ["NO DISPLAY"]);
}

/// The seed's Japanese pitfall (issue 17, CHGJOB's and CHGUSRPRF's help): in a job whose
/// CCSID is 290 the lower-case letters of a password typed on CHGUSRPRF are read as the
/// katakana CCSID 290 has at CCSID 37's code points for them, so a sign-on with the typed
/// password fails; after CHGJOB CCSID(5035) the password is the one typed.
#[test]
fn a_password_set_in_a_ccsid_290_job_is_not_the_one_typed() {
    let sys = Sys::new();
    sys.reach_password_level(4);
    sys.ok(&[
        "CRTUSRPRF",
        "USRPRF(JUN)",
        "PASSWORD(Start1pw)",
        "PWDEXP(*NO)",
    ]);
    let set = |ccsid: &str| {
        let out = sys.script(
            "jp.clp",
            &format!(
                "PGM\n  CHGJOB CCSID({ccsid})\n  CHGUSRPRF USRPRF(JUN) PASSWORD('kanri2pw') PWDEXP(*NO)\nENDPGM\n"
            ),
        );
        assert_eq!(out.code, 0, "{}", out.show());
    };
    set("290");
    sys.fails(
        &["SIGNON", "USER(JUN)", "PASSWORD('kanri2pw')"],
        1,
        "CPF22E2",
    );
    set("5035");
    sys.ok(&["SIGNON", "USER(JUN)", "PASSWORD('kanri2pw')"]);
    // --check notes the keywords it does not act on, and refuses nothing.
    let path = sys.dir.path().join("chgjob.clp");
    std::fs::write(
        &path,
        "PGM\n  CHGJOB CCSID(5035) LOG(4 0 *SECLVL)\nENDPGM\n",
    )
    .unwrap();
    let (doc, out) = sys.json_run(&["run", "--check", path.to_str().unwrap()]);
    assert_eq!(out.code, 0, "{}", out.show());
    assert!(doc.to_string().contains("QSY0706"), "{doc}");
    // A CCSID qsy cannot convert is refused when it runs.
    let out = sys.script("bad.clp", "PGM\n  CHGJOB CCSID(1399)\nENDPGM\n");
    assert_ne!(out.code, 0, "{}", out.show());
    assert!(
        out.stderr.contains("QSY0707") || out.stdout.contains("QSY0707"),
        "{}",
        out.show()
    );
}

#[test]
fn the_local_data_area_and_overlays_of_numbers() {
    let sys = Sys::new();
    let got = printed_ok(
        &sys,
        "lda.clp",
        "PGM
  DCL &DIGITS *INT
  DCL &DGTC *CHAR 1 STG(*DEFINED) DEFVAR(&DIGITS 4)
  DCL &T *CHAR 10
  IF (%SST(*LDA 1 10) *EQ ' ') THEN(SNDPGMMSG MSG('LDA STARTS BLANK'))
  CHGVAR %SST(*LDA 5 6) 'REPORT'
  CHGVAR &T %SST(*LDA 1 10)
  SNDPGMMSG MSG('[' *CAT &T *CAT ']')
  CHGVAR &DIGITS 193
  IF (&DGTC *EQ 'A') THEN(SNDPGMMSG MSG('LOW BYTE OF 193 IS A'))
  CHGVAR %SST(*LDA 1020 10) 'X'
  MONMSG QSY0242 EXEC(SNDPGMMSG MSG('LDA HAS 1024 BYTES'))
ENDPGM
",
    );
    assert_eq!(
        got,
        [
            "LDA STARTS BLANK",
            "[    REPORT]",
            "LOW BYTE OF 193 IS A",
            "LDA HAS 1024 BYTES"
        ]
    );
}

/// Issue 17's outfile read back as real programs do: DSPUSRPRF to an outfile in QTEMP,
/// then a DCLF/RCVF loop that visits every profile.
#[test]
fn a_dspusrprf_outfile_loop_visits_every_profile() {
    let sys = Sys::new();
    sys.ok(&["CRTUSRPRF", "USRPRF(ZOE)", "PASSWORD(*NONE)"]);
    let out = sys.script(
        "outfile.clp",
        "PGM
  DCLF FILE(QTEMP/USERS)
  DCL &N *INT 4
  DCL &ZOE *LGL
  DSPUSRPRF USRPRF(*ALL) TYPE(*BASIC) OUTPUT(*OUTFILE) OUTFILE(QTEMP/USERS)
  DOWHILE '1'
    RCVF
    MONMSG CPF0864 EXEC(LEAVE)
    CHGVAR &N (&N + 1)
    IF (&UPUPRF *EQ 'ZOE') THEN(CHGVAR &ZOE '1')
  ENDDO
  CHGVAR &N (&N - 1)
  IF (&ZOE *AND &N *GT 0) THEN(SNDPGMMSG MSG('VISITED ZOE AND' *BCAT %CHAR(&N) *BCAT 'OTHERS'))
ENDPGM
",
    );
    assert_eq!(out.code, 0, "{}", out.show());
    let got = printed(&out);
    assert_eq!(got.len(), 1, "{}", out.show());
    assert!(got[0].starts_with("VISITED ZOE AND "), "{}", out.show());
}

/// RCVF reads from a display device when it names one (DEV) or leaves an input request open
/// (WAIT(*NO)): IBM's RCVF page allows DEV only when the file is a display file, and IBM's WAIT
/// page says WAIT accepts input from the display devices that RCVF, SNDF or SNDRCVF with
/// WAIT(*NO) asked for. A batch job has no display: `--check` notes the line (QSY0980) and the
/// run sends QSY0702, as SNDRCVF does, instead of reading the file as a database file.
#[test]
fn rcvf_from_a_display_device_cannot_run_in_batch() {
    let sys = Sys::new();
    // The file exists as a database file, so today's database read would succeed silently.
    sys.ok(&["CRTLIB", "LIB(APP)"]);
    sys.ok(&[
        "DSPUSRPRF",
        "USRPRF(QSECOFR)",
        "OUTPUT(*OUTFILE)",
        "OUTFILE(APP/SCREEN)",
    ]);
    for rcvf in [
        "RCVF DEV(DSP01)",
        "RCVF DEV(&DEV) OPNID(S)",
        "RCVF WAIT(*NO)",
    ] {
        let path = sys.dir.path().join("dsprcv.clp");
        let dcl = if rcvf.contains("OPNID") {
            "DCLF FILE(APP/SCREEN) OPNID(S)\n  DCL VAR(&DEV) TYPE(*CHAR) LEN(10) VALUE('DSP01')"
        } else {
            "DCLF FILE(APP/SCREEN)"
        };
        std::fs::write(
            &path,
            format!(
                "PGM\n  {dcl}\n  {rcvf}\n  MONMSG CPF0000 EXEC(SNDPGMMSG MSG('NO DISPLAY'))\nENDPGM\n"
            ),
        )
        .unwrap();
        let (doc, out) = sys.json_run(&["run", "--check", path.to_str().unwrap()]);
        assert_eq!(out.code, 0, "{rcvf}: {}", out.show());
        assert!(doc.to_string().contains("QSY0980"), "{rcvf}: {doc}");
        let out = sys.run(&["run", path.to_str().unwrap()]);
        assert_eq!(out.code, 0, "{rcvf}: {}", out.show());
        assert_eq!(printed(&out), ["NO DISPLAY"], "{rcvf}: {}", out.show());
    }
    // A plain RCVF of the same file is a database read, as before: no note.
    let path = sys.dir.path().join("dbrcv.clp");
    std::fs::write(
        &path,
        "PGM\n  DCLF FILE(APP/SCREEN)\n  RCVF DEV(*FILE) WAIT(*YES)\nENDPGM\n",
    )
    .unwrap();
    let (doc, out) = sys.json_run(&["run", "--check", path.to_str().unwrap()]);
    assert_eq!(out.code, 0, "{}", out.show());
    assert!(!doc.to_string().contains("QSY0980"), "{doc}");
    sys.ok(&["run", path.to_str().unwrap()]);
}
