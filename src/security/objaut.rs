//! Object authority (DESIGN §7.8): user profiles (*USRPRF) and save files (*FILE) are objects
//! with an owner, *PUBLIC authority and private authorities, as IBM i keeps them.
//!
//! Records live in the store's `objaut` table, keyed by [`Object::key`]. An object without a
//! record has its default authority ([`default_for`]): that is how a store made before the
//! table existed, and the IBM-supplied profiles of a new store, get IBM's shipped values
//! without any migration — the table is created by the first write into it.
//!
//! Rules (who needs what for which command) are in [`crate::security::authority`]; this module
//! is the model: the ten specific authorities, the sets IBM names (*ALL, *CHANGE, *USE,
//! *EXCLUDE), and how a user's authority to an object is found.

use crate::lang::special::UnknownValue;
use crate::messages::QResult;
use crate::security::profile::{self, Profile, SpecialAuthority};
use crate::store::{Table, Tx};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The owner name of IBM-supplied objects. It is a name only: qsy has no QSYS profile.
pub const QSYS: &str = "QSYS";

/// The owner given to a non-IBM profile or a save file that has no authority record (made by
/// an older qsy): the security officer, who created them on a new system (decision).
pub const DEFAULT_OWNER: &str = "QSECOFR";

/// The public-authority name `*PUBLIC`.
pub const PUBLIC: &str = "*PUBLIC";

/// IBM's ten specific object and data authorities, in IBM's order (*AUTLMGT, which only
/// matters for authorization lists, is not modelled).
pub const SPECIFIC: [&str; 10] = [
    "*OBJOPR",
    "*OBJMGT",
    "*OBJEXIST",
    "*OBJALTER",
    "*OBJREF",
    "*READ",
    "*ADD",
    "*UPD",
    "*DLT",
    "*EXECUTE",
];

/// A set of specific authorities (a bit per entry of [`SPECIFIC`]). The empty set is
/// *EXCLUDE when it is someone's authority.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Authorities(u16);

impl Authorities {
    /// *OBJOPR: look at the object's description, use it as the data authorities allow.
    pub const OBJOPR: Authorities = Authorities(1 << 0);
    /// *OBJMGT: grant and revoke authority (except *OBJMGT), rename, move.
    pub const OBJMGT: Authorities = Authorities(1 << 1);
    /// *OBJEXIST: delete, save, restore, transfer ownership.
    pub const OBJEXIST: Authorities = Authorities(1 << 2);
    /// *OBJALTER: change the object's attributes.
    pub const OBJALTER: Authorities = Authorities(1 << 3);
    /// *OBJREF: refer to the object (database files).
    pub const OBJREF: Authorities = Authorities(1 << 4);
    /// *READ: read the contents.
    pub const READ: Authorities = Authorities(1 << 5);
    /// *ADD: add entries.
    pub const ADD: Authorities = Authorities(1 << 6);
    /// *UPD: change entries.
    pub const UPD: Authorities = Authorities(1 << 7);
    /// *DLT: remove entries.
    pub const DLT: Authorities = Authorities(1 << 8);
    /// *EXECUTE: run or search.
    pub const EXECUTE: Authorities = Authorities(1 << 9);
    /// *EXCLUDE: nothing.
    pub const EXCLUDE: Authorities = Authorities(0);
    /// *USE: *OBJOPR, *READ, *EXECUTE.
    pub const USE: Authorities = Authorities(1 | 1 << 5 | 1 << 9);
    /// *CHANGE: *OBJOPR and every data authority.
    pub const CHANGE: Authorities = Authorities(1 | 1 << 5 | 1 << 6 | 1 << 7 | 1 << 8 | 1 << 9);
    /// *ALL: every object and data authority.
    pub const ALL: Authorities = Authorities((1 << 10) - 1);

    /// Both sets.
    pub const fn with(self, other: Authorities) -> Authorities {
        Authorities(self.0 | other.0)
    }

    /// This set without `other`.
    pub const fn without(self, other: Authorities) -> Authorities {
        Authorities(self.0 & !other.0)
    }

    /// Whether every authority of `other` is in this set.
    pub const fn contains(self, other: Authorities) -> bool {
        self.0 & other.0 == other.0
    }

    /// Whether the set is empty.
    pub const fn is_empty(self) -> bool {
        self.0 == 0
    }

    /// The specific authorities in the set, in IBM's order.
    pub fn names(self) -> Vec<&'static str> {
        SPECIFIC
            .iter()
            .enumerate()
            .filter(|(i, _)| self.0 & (1 << i) != 0)
            .map(|(_, n)| *n)
            .collect()
    }

    /// How DSPOBJAUT shows the set: *ALL, *CHANGE, *USE, *EXCLUDE, or `USER DEF` (IBM's
    /// column value for any other combination).
    pub fn shown(self) -> &'static str {
        match self {
            Authorities::ALL => "*ALL",
            Authorities::CHANGE => "*CHANGE",
            Authorities::USE => "*USE",
            Authorities::EXCLUDE => "*EXCLUDE",
            _ => "USER DEF",
        }
    }

    /// The set as an AUT parameter lists it: the name of a set IBM names, else the specific
    /// authorities (`*OBJMGT *USE` reads `*OBJOPR *OBJMGT *READ *EXECUTE`).
    pub fn shown_list(self) -> String {
        match self.shown() {
            "USER DEF" => self.names().join(" "),
            named => named.to_string(),
        }
    }

    /// One value of an AUT parameter: a set IBM names or a specific authority.
    pub fn parse(value: &str) -> Result<Authorities, UnknownValue> {
        Ok(match value {
            "*ALL" => Authorities::ALL,
            "*CHANGE" => Authorities::CHANGE,
            "*USE" => Authorities::USE,
            "*EXCLUDE" => Authorities::EXCLUDE,
            other => match SPECIFIC.iter().position(|s| *s == other) {
                Some(i) => Authorities(1 << i),
                None => {
                    return Err(UnknownValue {
                        kind: "object authority",
                        value: other.to_string(),
                        expected: format!("*ALL *CHANGE *USE *EXCLUDE {}", SPECIFIC.join(" ")),
                    })
                }
            },
        })
    }

    /// The union of the values of an AUT parameter.
    pub fn parse_all<S: AsRef<str>>(values: &[S]) -> Result<Authorities, UnknownValue> {
        values.iter().try_fold(Authorities::EXCLUDE, |acc, v| {
            Ok(acc.with(Authorities::parse(v.as_ref())?))
        })
    }
}

impl std::str::FromStr for Authorities {
    type Err = UnknownValue;

    fn from_str(s: &str) -> Result<Self, UnknownValue> {
        Authorities::parse(s)
    }
}

/// An object qsy models.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Object {
    /// A user profile (always in library QSYS).
    Profile(String),
    /// A save file in a library.
    SaveFile {
        /// Its library.
        library: String,
        /// Its name.
        name: String,
    },
}

impl Object {
    /// The record key: `*USRPRF/NAME` or `*FILE/LIB/NAME`.
    pub fn key(&self) -> String {
        match self {
            Object::Profile(n) => format!("*USRPRF/{n}"),
            Object::SaveFile { library, name } => format!("*FILE/{library}/{name}"),
        }
    }

    /// IBM's object type.
    pub fn object_type(&self) -> &'static str {
        match self {
            Object::Profile(_) => "*USRPRF",
            Object::SaveFile { .. } => "*FILE",
        }
    }

    /// The library the object is in.
    pub fn library(&self) -> &str {
        match self {
            Object::Profile(_) => QSYS,
            Object::SaveFile { library, .. } => library,
        }
    }

    /// The object's name.
    pub fn name(&self) -> &str {
        match self {
            Object::Profile(n) => n,
            Object::SaveFile { name, .. } => name,
        }
    }
}

/// The authority record of one object.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ObjectAuthority {
    /// The owner's name (QSYS for IBM-supplied objects).
    pub owner: String,
    /// *PUBLIC authority: what a user with no private authority has.
    pub public: Authorities,
    /// Private authorities by user name; an empty set is *EXCLUDE. The owner has its own
    /// entry (*ALL when the object is created; it can be revoked and granted again).
    pub private: BTreeMap<String, Authorities>,
}

/// What a new profile's authority is (IBM's CRTUSRPRF): owned by its creator, who has *ALL,
/// *PUBLIC as AUT says, and *CHANGE and *OBJMGT for the profile to itself.
pub fn for_new_profile(name: &str, owner: &str, public: Authorities) -> ObjectAuthority {
    let mut private = BTreeMap::new();
    private.insert(owner.to_string(), Authorities::ALL);
    private.insert(
        name.to_string(),
        Authorities::CHANGE.with(Authorities::OBJMGT),
    );
    ObjectAuthority {
        owner: owner.to_string(),
        public,
        private,
    }
}

/// The *PUBLIC authority of a new save file: IBM's CRTSAVF AUT(*LIBCRTAUT) takes QGPL's
/// CRTAUT(*SYSVAL), that is the shipped QCRTAUT value *CHANGE (decision: qsy has no
/// library descriptions or QCRTAUT, so every library is treated alike).
pub const SAVE_FILE_PUBLIC: Authorities = Authorities::CHANGE;

/// What a new save file's authority is: owned by its creator, who has *ALL;
/// *PUBLIC [`SAVE_FILE_PUBLIC`].
pub fn for_new_file(owner: &str) -> ObjectAuthority {
    let mut private = BTreeMap::new();
    private.insert(owner.to_string(), Authorities::ALL);
    ObjectAuthority {
        owner: owner.to_string(),
        public: SAVE_FILE_PUBLIC,
        private,
    }
}

/// The authority of an object that has no record: IBM-supplied profiles (the `_NC` ones
/// included) are owned by QSYS with *PUBLIC *EXCLUDE; another profile is owned by
/// [`DEFAULT_OWNER`], *PUBLIC *EXCLUDE; a save file by [`DEFAULT_OWNER`], *PUBLIC
/// [`SAVE_FILE_PUBLIC`]. Every profile has *CHANGE and *OBJMGT to itself, as a created one
/// does (decision for the IBM-supplied ones).
pub fn default_for(tx: &Tx, object: &Object) -> QResult<ObjectAuthority> {
    Ok(match object {
        Object::Profile(name) => {
            let shipped = profile::get(tx, name)?
                .is_some_and(|p: Profile| p.ibm_supplied || p.not_changeable);
            let mut a = for_new_profile(name, DEFAULT_OWNER, Authorities::EXCLUDE);
            if shipped {
                a.private.remove(DEFAULT_OWNER);
                a.owner = QSYS.to_string();
            }
            a
        }
        Object::SaveFile { .. } => for_new_file(DEFAULT_OWNER),
    })
}

/// The authority record of `object` (its default when it has none).
pub fn get(tx: &Tx, object: &Object) -> QResult<ObjectAuthority> {
    match tx.get(Table::ObjAut, &object.key())? {
        Some(a) => Ok(a),
        None => default_for(tx, object),
    }
}

/// Stores the authority record of `object`.
pub fn put(tx: &mut Tx, object: &Object, authority: &ObjectAuthority) -> QResult<()> {
    tx.put(Table::ObjAut, &object.key(), authority)
}

/// Removes the record of an object that is deleted.
pub fn remove(tx: &mut Tx, object: &Object) -> QResult<()> {
    tx.delete(Table::ObjAut, &object.key())
}

/// The authority `user` has to `object`: all of it with *ALLOBJ; else its private
/// authority if it has one; else *PUBLIC. (qsy has no group profiles or authorization lists.)
pub fn effective(tx: &Tx, user: &Profile, object: &Object) -> QResult<Authorities> {
    if user.has(SpecialAuthority::AllObj) {
        return Ok(Authorities::ALL);
    }
    let a = get(tx, object)?;
    Ok(a.private.get(&user.name).copied().unwrap_or(a.public))
}

/// Whether `user` owns `object`.
pub fn is_owner(tx: &Tx, user: &str, object: &Object) -> QResult<bool> {
    Ok(get(tx, object)?.owner == user)
}

/// Every stored record (key, record): for DLTUSRPRF, which removes a deleted profile's
/// private authorities and refuses while it owns objects.
pub fn all_records(tx: &Tx) -> QResult<Vec<(String, ObjectAuthority)>> {
    tx.scan(Table::ObjAut)?
        .into_iter()
        .map(|(k, v)| Ok((k, crate::store::decode(&v)?)))
        .collect()
}

/// Stores a record under a raw key (from [`all_records`]).
pub fn put_key(tx: &mut Tx, key: &str, authority: &ObjectAuthority) -> QResult<()> {
    tx.put(Table::ObjAut, key, authority)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn named_sets_are_ibms() {
        assert_eq!(Authorities::USE.names(), ["*OBJOPR", "*READ", "*EXECUTE"]);
        assert_eq!(
            Authorities::CHANGE.names(),
            ["*OBJOPR", "*READ", "*ADD", "*UPD", "*DLT", "*EXECUTE"]
        );
        assert_eq!(Authorities::ALL.names(), SPECIFIC);
        assert!(Authorities::ALL.contains(Authorities::CHANGE));
        assert!(Authorities::CHANGE.contains(Authorities::USE));
        assert!(!Authorities::CHANGE.contains(Authorities::OBJMGT));
        assert_eq!(
            Authorities::parse_all(&["*OBJOPR", "*READ", "*EXECUTE"]).unwrap(),
            Authorities::USE
        );
        assert_eq!(
            Authorities::USE.with(Authorities::OBJMGT).shown(),
            "USER DEF"
        );
        assert!(Authorities::parse("*FOO").is_err());
    }
}
