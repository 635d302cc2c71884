//! CL's storage model (issue 16, docs/storage-model.md): every variable is a byte buffer of
//! its declared length in the program's automatic storage.
//!
//! - *CHAR holds text encoded in the job's CCSID ([`crate::lang::ccsid`], 37 unless CHGJOB
//!   changed it); *DEC is packed decimal of its digits; *INT and *UINT are 2-, 4- or 8-byte
//!   big-endian binary; *LGL is the character '0' or '1'; *PTR is 16 bytes.
//! - `STG(*AUTO)` variables are laid out one after the other in one automatic storage area
//!   (pointers on 16-byte boundaries, as IBM i aligns them), so `%OFFSET` is the offset from
//!   the start of that area, as IBM documents it. `STG(*DEFINED)` variables are views of
//!   their DEFVAR variable's bytes from a position; `STG(*BASED)` variables are wherever
//!   their basing pointer points when they are used.
//! - A pointer addresses qsy's own storage only: a space number and an offset, never a
//!   machine address (no `unsafe`). Its 16 bytes carry a tag; bytes that are not a pointer
//!   qsy set (text copied over it) are not a pointer, like a pointer whose tag IBM i cleared.
//!
//! Values move in and out as [`Val`]s, converted only here: character data decoded from and
//! encoded to the job CCSID (losslessly, so an overlay's bytes survive), numbers packed and
//! unpacked.

use super::expr::{convert, ExprError, Val, VarType};
use crate::lang::ccsid;
use crate::lang::decimal::{packed_len, Decimal};
use std::collections::HashMap;

/// The tag of a pointer's 16 bytes: qsy's mark that they hold an address it set.
const PTR_TAG: [u8; 4] = [0x80, b'Q', b'S', b'Y'];

/// The local data area's size (*LDA): 1024 bytes, blanks when the job starts.
pub const LDA_SIZE: usize = 1024;

/// The space that holds the job's local data area.
const LDA_SPACE: usize = 1;

/// How many levels of *DEFINED on *DEFINED (or *BASED) a reference may go through.
const MAX_CHAIN: usize = 64;

/// An address in the program's storage: which space and the byte offset in it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Ptr {
    /// The space (0: the program's automatic storage).
    pub space: u32,
    /// Offset from the start of the space.
    pub offset: u64,
}

impl Ptr {
    /// The pointer's 16 bytes (None: the null pointer, all zeros).
    pub fn to_bytes(p: Option<Ptr>) -> [u8; 16] {
        let mut b = [0u8; 16];
        if let Some(p) = p {
            b[..4].copy_from_slice(&PTR_TAG);
            b[4..8].copy_from_slice(&p.space.to_be_bytes());
            b[8..].copy_from_slice(&p.offset.to_be_bytes());
        }
        b
    }

    /// The pointer in 16 bytes: Ok(None) for the null pointer, Err when they hold no
    /// pointer (IBM i: MCH3601, pointer not set).
    pub fn from_bytes(b: &[u8]) -> Result<Option<Ptr>, ExprError> {
        if b.iter().all(|&x| x == 0) {
            return Ok(None);
        }
        if b.len() != 16 || b[..4] != PTR_TAG {
            return Err(ExprError::PointerNotSet);
        }
        Ok(Some(Ptr {
            space: u32::from_be_bytes(b[4..8].try_into().expect("4 bytes")),
            offset: u64::from_be_bytes(b[8..].try_into().expect("8 bytes")),
        }))
    }
}

/// Where a variable's storage is (DCL STG).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Stg {
    /// Its own bytes in automatic storage.
    Auto,
    /// Wherever the pointer variable (BASPTR) points.
    Based(String),
    /// Inside another variable (DEFVAR), from a 1-based position.
    Defined(String, usize),
}

#[derive(Debug, Clone)]
struct Slot {
    ty: VarType,
    stg: Stg,
    /// Offset in automatic storage (Auto only).
    at: usize,
}

/// One declared variable as read now: its type and value.
#[derive(Debug, Clone)]
pub struct Var {
    /// Its type.
    pub ty: VarType,
    /// Its value (character values as long as the variable).
    pub val: Val,
}

/// The program's variables and their storage.
#[derive(Debug, Clone)]
pub struct Vars {
    ccsid: u32,
    /// Space 0 is automatic storage; other spaces belong to the program too (none yet).
    spaces: Vec<Vec<u8>>,
    map: HashMap<String, Slot>,
    /// How many parameters the program was called with (%PARMS).
    pub parms: usize,
}

impl Default for Vars {
    fn default() -> Self {
        Vars {
            ccsid: ccsid::DEFAULT,
            spaces: vec![Vec::new(), vec![ccsid::blank(ccsid::DEFAULT); LDA_SIZE]],
            map: HashMap::new(),
            parms: 0,
        }
    }
}

/// The bytes a variable of type `ty` takes.
pub fn size_of(ty: VarType) -> usize {
    match ty {
        VarType::Char(n) => n,
        VarType::Dec(p, _) => packed_len(p),
        VarType::Int(b) | VarType::UInt(b) => usize::from(b),
        VarType::Lgl => 1,
        VarType::Ptr => 16,
    }
}

impl Vars {
    /// The CCSID character data is kept in.
    pub fn ccsid(&self) -> u32 {
        self.ccsid
    }

    /// Changes the CCSID character data is read and written in from now on (CHGJOB
    /// CCSID): the bytes already stored stay as they are.
    pub fn set_ccsid(&mut self, ccsid: u32) {
        if ccsid::supported(ccsid) {
            self.ccsid = ccsid;
        }
    }

    /// Declares an automatic variable with its initial value.
    pub fn declare(&mut self, name: &str, ty: VarType, init: Option<Val>) -> Result<(), ExprError> {
        self.declare_stg(name, ty, Stg::Auto, init)
    }

    /// Declares a variable with its storage; an automatic one starts as blanks, zero,
    /// '0' or the null pointer, then takes `init`.
    pub fn declare_stg(
        &mut self,
        name: &str,
        ty: VarType,
        stg: Stg,
        init: Option<Val>,
    ) -> Result<(), ExprError> {
        let mut at = 0;
        if stg == Stg::Auto {
            let space = &mut self.spaces[0];
            if ty == VarType::Ptr {
                while !space.len().is_multiple_of(16) {
                    space.push(0);
                }
            }
            at = space.len();
            let zero = initial_bytes(ty, self.ccsid);
            space.extend_from_slice(&zero);
        }
        self.map.insert(name.to_string(), Slot { ty, stg, at });
        if let Some(v) = init {
            self.assign(name, v)?;
        }
        Ok(())
    }

    /// The job's local data area (*LDA): 1024 bytes, blanks in a new job.
    pub fn lda(&self) -> &[u8] {
        &self.spaces[LDA_SPACE]
    }

    /// Replaces bytes of the local data area from 0-based `start` (checked by the caller).
    pub fn write_lda(&mut self, start: usize, bytes: &[u8]) {
        self.spaces[LDA_SPACE][start..start + bytes.len()].copy_from_slice(bytes);
    }

    /// A variable's declared type.
    pub fn ty(&self, name: &str) -> Option<VarType> {
        self.map.get(name).map(|s| s.ty)
    }

    /// A variable and its value now; None when it is not declared or cannot be read (a
    /// based variable whose pointer is not set: see [`Vars::read`] for why).
    pub fn get(&self, name: &str) -> Option<Var> {
        let ty = self.ty(name)?;
        Some(Var {
            ty,
            val: self.read(name).ok()?,
        })
    }

    /// Where a variable's bytes are now: space, offset and length.
    fn locate(&self, name: &str, depth: usize) -> Result<(usize, usize, usize), ExprError> {
        if depth > MAX_CHAIN {
            return Err(ExprError::PointerNotSet);
        }
        let slot = self
            .map
            .get(name)
            .ok_or_else(|| ExprError::NotDeclared(name.to_string()))?;
        let len = size_of(slot.ty);
        let (space, at) = match &slot.stg {
            Stg::Auto => (0, slot.at),
            Stg::Defined(base, pos) => {
                let (space, at, base_len) = self.locate(base, depth + 1)?;
                if pos + len - 1 > base_len {
                    return Err(ExprError::OutsideSpace(at as u64 + *pos as u64 - 1));
                }
                (space, at + pos - 1)
            }
            Stg::Based(ptr) => {
                let (space, at, plen) = self.locate(ptr, depth + 1)?;
                let p = Ptr::from_bytes(&self.spaces[space][at..at + plen])?
                    .ok_or(ExprError::PointerNotSet)?;
                (p.space as usize, p.offset as usize)
            }
        };
        let Some(bytes) = self.spaces.get(space) else {
            return Err(ExprError::PointerNotSet);
        };
        if at.checked_add(len).is_none_or(|end| end > bytes.len()) {
            return Err(ExprError::OutsideSpace(at as u64));
        }
        Ok((space, at, len))
    }

    /// A variable's bytes.
    pub fn bytes(&self, name: &str) -> Result<Vec<u8>, ExprError> {
        let (space, at, len) = self.locate(name, 0)?;
        Ok(self.spaces[space][at..at + len].to_vec())
    }

    /// Replaces `bytes.len()` bytes of a variable from 0-based `start` (which the caller
    /// has checked lies within it).
    pub fn write_bytes(&mut self, name: &str, start: usize, bytes: &[u8]) -> Result<(), ExprError> {
        let (space, at, len) = self.locate(name, 0)?;
        if start + bytes.len() > len {
            return Err(ExprError::OutsideSpace((at + start) as u64));
        }
        self.spaces[space][at + start..at + start + bytes.len()].copy_from_slice(bytes);
        Ok(())
    }

    /// The address of a variable's first byte (%ADDRESS).
    pub fn address(&self, name: &str) -> Result<Ptr, ExprError> {
        let (space, at, _) = self.locate(name, 0)?;
        Ok(Ptr {
            space: space as u32,
            offset: at as u64,
        })
    }

    /// A variable's value, decoded from its bytes: MCH3601 for a based variable whose
    /// pointer is not set, MCH0601 outside its space, MCH1202 for a *DEC whose bytes are
    /// not packed decimal.
    pub fn read(&self, name: &str) -> Result<Val, ExprError> {
        let ty = self
            .ty(name)
            .ok_or_else(|| ExprError::NotDeclared(name.to_string()))?;
        let b = self.bytes(name)?;
        decode(ty, &b, self.ccsid)
    }

    /// Assigns with CL's conversions ([`convert`]); the variable keeps its old value when
    /// the conversion fails.
    pub fn assign(&mut self, name: &str, v: Val) -> Result<(), ExprError> {
        let ty = self
            .ty(name)
            .ok_or_else(|| ExprError::NotDeclared(name.to_string()))?;
        let bytes = encode(ty, convert(ty, v)?, self.ccsid)?;
        self.write_bytes(name, 0, &bytes)
    }
}

/// The bytes of a new variable: blanks, zero, '0', the null pointer.
fn initial_bytes(ty: VarType, ccsid: u32) -> Vec<u8> {
    match ty {
        VarType::Char(n) => vec![ccsid::blank(ccsid); n],
        VarType::Dec(p, s) => Decimal { units: 0, scale: s }
            .to_packed(p, s)
            .expect("zero fits"),
        VarType::Lgl => ccsid::encode(ccsid, "0"),
        _ => vec![0; size_of(ty)],
    }
}

/// A value of type `ty` (already converted for it) as the variable's bytes.
pub fn encode(ty: VarType, v: Val, ccsid_: u32) -> Result<Vec<u8>, ExprError> {
    Ok(match (ty, v) {
        (VarType::Char(n), v) => {
            let mut b = ccsid::encode(ccsid_, &v.text());
            b.truncate(n);
            b.resize(n, ccsid::blank(ccsid_));
            b
        }
        (VarType::Dec(p, s), v) => v.number()?.to_packed(p, s)?,
        (VarType::Int(n) | VarType::UInt(n), v) => {
            let whole = v.number()?.trunc();
            whole.to_be_bytes()[16 - usize::from(n)..].to_vec()
        }
        (VarType::Lgl, Val::Lgl(b)) => ccsid::encode(ccsid_, if b { "1" } else { "0" }),
        (VarType::Ptr, Val::Ptr(p)) => Ptr::to_bytes(p).to_vec(),
        (_, other) => return Err(ExprError::NotLogical(other.text())),
    })
}

/// A variable's bytes read as type `ty`.
pub fn decode(ty: VarType, b: &[u8], ccsid_: u32) -> Result<Val, ExprError> {
    Ok(match ty {
        VarType::Char(_) => Val::Str(ccsid::decode(ccsid_, b)),
        VarType::Dec(_, s) => Val::Num(Decimal::from_packed(b, s).ok_or(ExprError::DecimalData)?),
        VarType::Int(n) => {
            let mut full = if b.first().is_some_and(|x| x & 0x80 != 0) {
                [0xFF; 16]
            } else {
                [0; 16]
            };
            full[16 - usize::from(n)..].copy_from_slice(b);
            Val::int(i128::from_be_bytes(full))
        }
        VarType::UInt(n) => {
            let mut full = [0; 16];
            full[16 - usize::from(n)..].copy_from_slice(b);
            Val::int(i128::from_be_bytes(full))
        }
        VarType::Lgl => Val::Lgl(b == ccsid::encode(ccsid_, "1").as_slice()),
        VarType::Ptr => Val::Ptr(Ptr::from_bytes(b)?),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn variables_are_bytes_in_the_job_ccsid() {
        let mut v = Vars::default();
        v.declare("C", VarType::Char(4), Some(Val::Str("Ab".into())))
            .unwrap();
        assert_eq!(v.bytes("C").unwrap(), [0xC1, 0x82, 0x40, 0x40]);
        v.declare("D", VarType::Dec(5, 2), Some(Val::Str("25.5".into())))
            .unwrap();
        assert_eq!(v.bytes("D").unwrap(), [0x02, 0x55, 0x0F]);
        v.declare("I", VarType::Int(2), Some(Val::int(-2))).unwrap();
        assert_eq!(v.bytes("I").unwrap(), [0xFF, 0xFE]);
        v.declare("L", VarType::Lgl, Some(Val::Lgl(true))).unwrap();
        assert_eq!(v.bytes("L").unwrap(), [0xF1]);
    }

    #[test]
    fn overlays_and_pointers_share_bytes() {
        let mut v = Vars::default();
        v.declare("DS", VarType::Char(8), None).unwrap();
        v.declare_stg("BIN", VarType::Int(4), Stg::Defined("DS".into(), 5), None)
            .unwrap();
        v.assign("BIN", Val::int(193)).unwrap();
        assert_eq!(v.bytes("DS").unwrap()[4..], [0, 0, 0, 0xC1]);
        v.declare("P", VarType::Ptr, None).unwrap();
        v.declare_stg("B", VarType::Char(1), Stg::Based("P".into()), None)
            .unwrap();
        assert_eq!(v.read("B"), Err(ExprError::PointerNotSet));
        let a = v.address("DS").unwrap();
        v.assign(
            "P",
            Val::Ptr(Some(Ptr {
                offset: a.offset + 7,
                ..a
            })),
        )
        .unwrap();
        assert_eq!(v.read("B").unwrap(), Val::Str("A".into()));
        // Text copied over a pointer is not a pointer.
        v.declare_stg("PC", VarType::Char(16), Stg::Defined("P".into(), 1), None)
            .unwrap();
        v.assign("PC", Val::Str("X".into())).unwrap();
        assert_eq!(v.read("B"), Err(ExprError::PointerNotSet));
    }
}
