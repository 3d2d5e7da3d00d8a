//! Every word list factdiff uses, kept as data: one file per list under `data/`, read with
//! `include_str!` and parsed once, behind typed lookups.
//!
//! Month and weekday names come through chrono ([`calendar`]), not from a list.
//!
//! This layer sits at the bottom with `text` and `error`: it depends on nothing in the crate.
//!
//! A list file starts with a header of `#` lines: `# role: ROLE` says what the words are
//! for (lists of one role never share a word: a word is a stop word in one place only),
//! and the other lines say what the list holds and who reads it. Then one entry a line:
//! a word or phrase for a [`WordList`], `key = value` for a [`WordTable`]. Blank lines and
//! lines starting with `#` are skipped. Entries keep their file order, which some readers
//! rely on (longest phrase first).
//!
//! To add a list: write `data/NAME.txt` with its header, add a line to `lists!` below, and
//! `cargo test lexicon` checks it.

pub mod calendar;
mod list;

pub use list::{WordList, WordTable};

macro_rules! lists {
    ($( $(#[$doc:meta])* $kind:ident $name:ident = $file:literal; )*) => {
        $(
            $(#[$doc])*
            pub static $name: $kind = $kind::new(
                $file,
                include_str!(concat!("data/", $file, ".txt")),
            );
        )*
        /// Every list and table with its header, for the tests that read the lexicon whole.
        pub fn all() -> Vec<(&'static str, &'static str, Vec<&'static str>)> {
            vec![$( ($file, $name.role(), $name.keys()) ),*]
        }
    };
}

lists! {
    /// Example list kept for the lexicon's own tests.
    WordList LEXICON_SELF_TEST = "lexicon_self_test";
    /// HTML elements whose text is never article text.
    WordList HTML_DROPPED_ELEMENTS = "html_dropped_elements";
    /// HTML elements that start a new line of text.
    WordList HTML_BLOCK_ELEMENTS = "html_block_elements";
    /// HTML elements without a closing tag.
    WordList HTML_VOID_ELEMENTS = "html_void_elements";
    /// Words after "a.m."/"p.m." that keep a time in its sentence (time zones, "today").
    WordList TIME_FOLLOWERS = "time_followers";
    /// Abbreviations that (almost) never end a sentence.
    WordList ABBREVIATIONS_NON_FINAL = "abbreviations_non_final";
    /// Words that end a company name after an abbreviation ("Co. Ltd.").
    WordList COMPANY_SUFFIXES = "company_suffixes";
    /// Function words that carry no fact.
    WordList STOP_WORDS = "stop_words";
    /// Words alignment masks: number words, months, weekdays, units of time.
    WordList ALIGN_MASKED_WORDS = "align_masked_words";
}

#[cfg(test)]
mod tests;
