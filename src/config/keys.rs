//! What the keys of a TOML table mean, for the docs generated from the code
//! (`rules/README.md`, `docs/checks/*.md`, `docs/cluster-toml.md`, `factdiff rules explain`):
//! each key's type, accepted range and meaning, kept beside the serde type that reads it.
//! The key names come from the serde type itself ([`field_names`]) and the defaults from
//! `rules/default.toml`; tests check each documented range against the validation.

use serde::de::{self, DeserializeOwned, Deserializer, Visitor};

/// One key of a table, as the docs describe it.
#[derive(Debug, Clone, Copy)]
pub struct KeyDoc {
    pub name: &'static str,
    /// The value's type as a reader writes it: "boolean", "integer", "number", "list of
    /// words", ...
    pub kind: &'static str,
    /// The values accepted, beyond the type.
    pub range: Option<Limits>,
    /// What the key does, in a sentence or two.
    pub meaning: &'static str,
}

/// The values a number accepts.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Limits {
    /// From the first to the second, both included.
    Between(f64, f64),
    /// This or more.
    AtLeast(f64),
    /// More than this.
    Above(f64),
    /// From the first (included) to below the second.
    FromBelow(f64, f64),
    /// Above the first, up to the second (included).
    AboveUpTo(f64, f64),
}

impl std::fmt::Display for Limits {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Limits::Between(lo, hi) => write!(f, "{lo} to {hi}"),
            Limits::AtLeast(lo) => write!(f, "≥ {lo}"),
            Limits::Above(lo) => write!(f, "> {lo}"),
            Limits::FromBelow(lo, hi) => write!(f, "{lo} to below {hi}"),
            Limits::AboveUpTo(lo, hi) => write!(f, "above {lo}, up to {hi}"),
        }
    }
}

impl Limits {
    /// Values the limits accept and values they refuse, for a number whose smallest step is
    /// `step` (1 for integers): what tests hand the validation.
    pub fn probes(&self, step: f64) -> (Vec<f64>, Vec<f64>) {
        match *self {
            Limits::Between(lo, hi) => (vec![lo, hi], vec![lo - step, hi + step]),
            Limits::AtLeast(lo) => (vec![lo], vec![lo - step]),
            Limits::Above(lo) => (vec![lo + step], vec![lo]),
            Limits::FromBelow(lo, hi) => (vec![lo, hi - step], vec![lo - step, hi]),
            Limits::AboveUpTo(lo, hi) => (vec![lo + step, hi], vec![lo, hi + step]),
        }
    }
}

/// The keys serde type `T` reads, in the order it declares them (renamed keys as written in
/// a file, skipped fields left out).
pub fn field_names<T: DeserializeOwned>() -> &'static [&'static str] {
    let mut fields = None;
    let _ = T::deserialize(FieldProbe(&mut fields));
    fields.unwrap_or(&[])
}

/// A deserializer that records the fields a struct asks for, and reads nothing.
struct FieldProbe<'a>(&'a mut Option<&'static [&'static str]>);

impl<'de> Deserializer<'de> for FieldProbe<'_> {
    type Error = de::value::Error;

    fn deserialize_any<V: Visitor<'de>>(self, _visitor: V) -> Result<V::Value, Self::Error> {
        Err(de::Error::custom("not a struct"))
    }

    fn deserialize_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        fields: &'static [&'static str],
        _visitor: V,
    ) -> Result<V::Value, Self::Error> {
        *self.0 = Some(fields);
        Err(de::Error::custom("fields recorded"))
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string bytes byte_buf
        option unit unit_struct newtype_struct seq tuple tuple_struct map enum identifier
        ignored_any
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::Deserialize;

    #[derive(Deserialize)]
    #[allow(dead_code)]
    struct Sample {
        first: u8,
        #[serde(rename = "second-name")]
        second: String,
        #[serde(skip)]
        hidden: bool,
    }

    #[test]
    fn field_names_are_the_keys_a_file_writes() {
        assert_eq!(field_names::<Sample>(), ["first", "second-name"]);
        assert!(field_names::<u8>().is_empty());
    }

    #[test]
    fn limits_read_as_a_reader_writes_them() {
        assert_eq!(Limits::Between(0.0, 1.0).to_string(), "0 to 1");
        assert_eq!(Limits::AtLeast(1.0).to_string(), "≥ 1");
        assert_eq!(Limits::FromBelow(0.0, 1.0).to_string(), "0 to below 1");
        assert_eq!(
            Limits::Between(1.0, 5.0).probes(1.0),
            (vec![1.0, 5.0], vec![0.0, 6.0])
        );
    }
}
