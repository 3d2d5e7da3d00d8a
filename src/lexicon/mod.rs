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
//! A family of words that several readers choose from differently (stop words,
//! abbreviations, titles, reporting verbs) is one shared file of `word = readers` lines:
//! each word is written once, with the readers that take it, and each reader's list is a
//! view of the file (`views!` below) in file order.
//!
//! A family of small closed-class words (determiners, pronouns, conjunctions, prepositions,
//! auxiliaries, adverbs) is one such shared file too: a rule that needs three of its words
//! ("the", "a", "an") reads its own view rather than a list in the code.
//!
//! No list of three words or more is written in the code outside this module: the test
//! `no_large_word_table_outside_the_lexicon` counts the string literals of every `matches!`,
//! `= &[...]` table, slice passed to a call (`f(&[...])`) and `match` (the literals of its
//! arm patterns, all arms together) under `src/` (tests left out) and fails on three. The
//! few tables that hold no words (punctuation, file extensions, byte signatures, unit
//! labels and symbols the extractor gives, the kinds a table's values name) are listed
//! there with the reason. A regex alternation of words is built from a list at first use
//! ([`Alternation`]). A lookup costs about what the inline
//! `matches!` did: a list of up to 8 words is scanned, a longer one hashed.
//!
//! To add a list: write `data/NAME.txt` with its header, add a line to `lists!` below (and
//! for a shared file, a line to `views!` per reader and the file to the shared files of
//! `every_reader_of_a_shared_file_has_a_view_and_every_view_has_words`), and `cargo test
//! lexicon` checks it.

pub mod calendar;
mod list;

pub use list::{Alternation, WordList, WordTable};

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

macro_rules! views {
    ($( $(#[$doc:meta])* $name:ident = $file:literal for $reader:literal; )*) => {
        $(
            $(#[$doc])*
            #[doc = concat!("The `", $reader, "` words of `data/", $file, ".txt`.")]
            pub static $name: WordList = WordList::view(
                $file,
                include_str!(concat!("data/", $file, ".txt")),
                $reader,
            );
        )*
        /// Every view: its file, its reader and its words, for the tests.
        pub fn all_views() -> Vec<(&'static str, &'static str, &'static [&'static str])> {
            vec![$( ($file, $reader, $name.words()) ),*]
        }
    };
}

lists! {
    /// Example list kept for the lexicon's own tests.
    WordList LEXICON_SELF_TEST = "lexicon_self_test";
    /// HTML elements whose text is never article text.
    WordList HTML_DROPPED_ELEMENTS = "html_dropped_elements";
    /// HTML elements that start a new line of the extracted text.
    WordList HTML_BLOCK_ELEMENTS = "html_block_elements";
    /// HTML elements that have no closing tag.
    WordList HTML_VOID_ELEMENTS = "html_void_elements";
    /// Words after "a.m."/"p.m." that keep the time in its sentence ("3 p.m. ET", "9 a.m.
    /// local", "5 p.m. today").
    WordList TIME_FOLLOWERS = "time_followers";
    /// Time zones and "hrs" after a four-digit time of day ("from 2010 GMT"), in lower case: a
    /// time, not a year.
    WordList FOUR_DIGIT_TIME_FOLLOWERS = "four_digit_time_followers";
    /// Words just before a date that make it the date of the article itself ("a news
    /// article from February 23", "dated Thursday"), in lower case.
    WordList PUBLICATION_CUES = "publication_cues";
    /// Words before two years joined by a dash that make them one period ("over 2000 -
    /// 2050"), in lower case.
    WordList YEAR_SPAN_OPENERS = "year_span_openers";
    /// Words that end a company name after an abbreviation ("Co. Ltd.", "Corp. AG").
    WordList COMPANY_SUFFIXES = "company_suffixes";
    /// Number words, months and weekdays that alignment masks, so that a disagreeing figure
    /// or date does not weaken the link between two sentences reporting one fact.
    WordList ALIGN_MASKED_WORDS = "align_masked_words";
    /// Shared files: each line says which readers take the word (the views below).
    WordTable STOP_WORD_READERS = "stop_words";
    WordTable ABBREVIATION_READERS = "abbreviations";
    WordTable TITLE_READERS = "titles";
    /// What a count next to a word counts, by outcome ("killing 31", "the death toll has
    /// reached 13": deaths).
    WordTable COUNTED_OUTCOMES = "counted_outcomes";
    WordTable REPORTING_VERB_READERS = "reporting_verbs";
    WordTable ORGANISATION_WORD_READERS = "organisation_words";
    WordTable MODAL_READERS = "modals";
    WordTable DETERMINER_READERS = "determiners";
    WordTable PRONOUN_READERS = "pronouns";
    WordTable CONJUNCTION_READERS = "conjunctions";
    WordTable PREPOSITION_READERS = "prepositions";
    WordTable AUXILIARY_READERS = "auxiliaries";
    WordTable ASPECT_VERB_READERS = "aspect_verbs";
    WordTable ADVERB_READERS = "adverbs";
    WordTable TIME_MODIFIER_READERS = "time_modifiers";
    WordTable WRITING_READERS = "writings";
    WordTable NAME_CONNECTOR_READERS = "name_connectors";
    WordTable DEMONYM_READERS = "demonyms";
    WordTable TITLE_MODIFIER_READERS = "title_modifiers";
    WordTable VOTING_NOUN_READERS = "voting_nouns";
    WordTable FIGURE_SCOPE_READERS = "figure_scope";
    /// Hedges after a number ("or more") and the bound each sets.
    WordTable POSTFIX_HEDGES = "postfix_hedges";
    /// Hedges before a number and the bound each sets, in the order they are tried.
    WordTable HEDGES = "hedges";
    /// Time zones after a clock time ("GMT"), as written.
    WordList TIME_ZONES = "time_zones";
    /// Days named from the day of publication, with their offset in days ("yesterday":
    /// -1).
    WordTable RELATIVE_DAYS = "relative_days";
    /// Words before a weekday, with the shift they make ("next": 1 week, "this coming":
    /// `ahead`).
    WordTable WEEKDAY_MODIFIERS = "weekday_modifiers";
    /// Words before "week", "month", "year" or a month, with their shift ("last": -1).
    WordTable PERIOD_SHIFTS = "period_shifts";
    /// Scale words with their value ("million": 1e6).
    WordTable SCALE_WORDS = "scale_words";
    /// Scale abbreviations glued to digits, with their value ("bn": 1e9).
    WordTable GLUED_SCALES = "glued_scales";
    /// Scale abbreviations also read after a space ("$ 75 mn").
    WordList SPACED_SCALES = "spaced_scales";
    /// Plural number words of a rough amount, with its least and most ("dozens": 24 99).
    WordTable VAGUE_AMOUNTS = "vague_amounts";
    /// Plural scale words with their value ("millions": 1e6).
    WordTable PLURAL_SCALES = "plural_scales";
    /// Currency symbols with the currency's code ("£": GBP).
    WordTable CURRENCY_SYMBOLS = "currency_symbols";
    /// Unicode vulgar fractions with their value ("½": 0.5).
    WordTable VULGAR_FRACTIONS = "vulgar_fractions";
    /// Stems before "n't" with the verb they stand for ("wo": will).
    WordTable NEGATIVE_CONTRACTIONS = "negative_contractions";
    /// Possessive pronouns with their subject pronoun ("his": he).
    WordTable POSSESSIVE_PRONOUNS = "possessive_pronouns";
    /// Particles dropped from the keys of names ("al", "van").
    WordList NAME_PARTICLES = "name_particles";
    /// Groups of names of one thing: the name the group keys to = the others, ` | ` apart.
    WordTable NAME_ALIASES = "name_aliases";
    /// Cardinal numbers written out, with their values, in order of value.
    WordTable NUMBER_WORDS = "number_words";
    /// Ordinal numbers written out, with their values.
    WordTable ORDINAL_WORDS = "ordinal_words";
    /// Honorifics and nouns of one gender, with the gender (`female` or `male`).
    WordTable GENDERED_WORDS = "gendered_words";
    /// Irregular plurals with their singular ("men" -> "man").
    WordTable IRREGULAR_PLURALS = "irregular_plurals";
    /// Units of measure and of duration.
    WordTable MEASURE_UNITS = "units";
    /// Words that bound a time of day, with the side they bound (`upper`: "by 3 p.m.",
    /// `lower`: "after 3 p.m.", `around`: "shortly after 3 p.m.").
    WordTable TIME_BOUNDS = "time_bounds";
    /// Words of a currency after or before an amount.
    WordTable CURRENCY_WORDS = "currency_words";
    /// Letters glued before "$" that name the dollar ("US$", "C$", "HK$"), lower case.
    WordTable DOLLAR_PREFIXES = "dollar_prefixes";
    /// Nouns of a poll or survey ("a Gallup poll found").
    WordList POLL_WORDS = "poll_words";
    /// Words of a share of the people asked ("60 percent of voters", "half").
    WordList SHARE_WORDS = "share_words";
    /// Initials in capitals that name a country or a trade ("US", "IT"), as written.
    WordList CAPITAL_INITIALS = "capital_initials";
    /// Nouns whose plural is the singular ("series", "sheep").
    WordList INVARIANT_NOUNS = "invariant_nouns";
    /// Words of weight besides "weigh..." ("overweight", "heavier").
    WordList WEIGHT_WORDS = "weight_words";
    /// Dimensions after "in" that make "m" metres ("12m in diameter").
    WordList DIMENSIONS = "dimensions";
    /// Verbs before a length that make "m" metres ("stood 1.8m").
    WordList MEASURING_VERBS = "measuring_verbs";
    /// Currency codes before an amount ("USD 5"), as written.
    WordList CURRENCY_CODES = "currency_codes";
    /// Words of a nation before "dollars" ("Canadian dollars"), with the code of its
    /// dollar.
    WordTable DOLLAR_NATIONS = "dollar_nations";
    /// Words before a number that make it an age ("aged 39").
    WordList AGE_WORDS = "age_words";
    /// Ordinal suffixes glued to digits ("1st", "22nd").
    WordList ORDINAL_SUFFIXES = "ordinal_suffixes";
    /// Words before "on Sunday" that make it a newspaper ("the Mail on Sunday"), as written.
    WordList SUNDAY_PAPERS = "sunday_papers";
    /// What follows the apostrophe of a contraction ("'re", "'ll").
    WordList CONTRACTION_ENDINGS = "contraction_endings";
    /// Words that make the noun after them one thing ("a", "one", "a single").
    WordList SINGULAR_MARKERS = "singular_markers";
    /// Suffixes after a surname ("Jr", "III").
    WordList NAME_SUFFIXES = "name_suffixes";
    /// Lower-case words skipped after a cue before what it reports ("said that", "said on
    /// Tuesday").
    WordList AFTER_CUE_SKIP = "after_cue_skip";
    /// Lower-case words naming the body a titled speaker serves, before the title ("U.S.
    /// military spokesman", "state police commander").
    WordList BODY_WORDS = "body_words";
    /// Prepositions that put a noun phrase in the circumstances of an event.
    WordList CIRCUMSTANCE_PREPOSITIONS = "circumstance_prepositions";
    /// Words that make a phrase a clause.
    WordList CLAUSE_MARKERS = "clause_markers";
    /// Words and phrases that make a whole adverbial between two commas ("Roe, however,
    /// said", "on the other hand"), beside the time words (`is_time_word`: "yesterday",
    /// "Tuesday").
    WordList COMMA_ADVERBS = "comma_adverbs";
    /// Words whose "'s" contracts "is" ("it's", "there's"), not a possessive.
    WordList CONTRACTED_IS_SUBJECTS = "contracted_is_subjects";
    /// Units of time.
    WordList COUNT_TIME_UNITS = "count_time_units";
    /// Words skipped between the subject and its cue ("Roe has long said", "Roe will now
    /// say").
    WordList CUE_AUXILIARIES = "cue_auxiliaries";
    /// Days named relative to the hour of publication.
    WordList DEICTIC_WORDS = "deictic_words";
    /// Endings that turn a name into its plural, a possessive written without the
    /// apostrophe, a demonym or a participle.
    WordList DERIVING_ENDINGS = "deriving_endings";
    /// Words of events whose victims or targets are counted.
    WordList EVENT_WORDS = "event_words";
    /// Future-tense cues looked for in the few words before a date ("will", "'ll", "is to",
    /// "plans to", "expected to", ...), as whole words; a cue that starts with an
    /// apostrophe ends a word ("we'll").
    WordList FUTURE_CUES = "future_cues";
    /// Words after "General" that make it a name, not a title ("General Motors").
    WordList GENERAL_COMPANIES = "general_companies";
    /// Words that open an introductory phrase rather than a reported clause.
    WordList INTRO_WORDS = "intro_words";
    /// Common past tenses without "-ed" ("The shares rose 5%, Roe said ...").
    WordList IRREGULAR_PAST = "irregular_past";
    /// Lowercase words ending in -ly that are nouns or adjectives, not adverbs to skip.
    WordList LY_NOUNS = "ly_nouns";
    /// Nouns of a measure, not of people or things that take part ("an all-time high").
    WordList MEASURE_NOUNS = "measure_nouns";
    /// Words of the medium a statement came in ("in a statement", "on Twitter").
    WordList MEDIA_WORDS = "media_words";
    /// Words after which a number names something rather than counting it ("Chapter 11",
    /// "No. 10", "number 19", "Route 66").
    WordList NAMING_WORDS = "naming_words";
    /// Words that make a name a news outlet's ("NBC News", "The Washington Post",
    /// "Reuters").
    WordList NEWS_WORDS = "news_words";
    /// Nouns that report speech or a stated position after a possessive.
    WordList NOMINAL_CUES = "nominal_cues";
    /// Words that open a description of a speaker rather than a name.
    WordList NOT_A_NAME = "not_a_name";
    /// Words that look plural but are not, or whose singular is another word.
    WordList NOT_PLURAL = "not_plural";
    /// words that end a backward noun-phrase walk (not included).
    WordList NOUN_PHRASE_STOPS = "noun_phrase_stops";
    /// Words that end an event's name after "a day before" ("the talks in Geneva").
    WordList EVENT_NAME_STOPS = "event_name_stops";
    /// Nouns by which a sentence speaks of an organisation it does not name ("the
    /// airline").
    WordList ORGANISATION_DESCRIPTIONS = "organisation_descriptions";
    /// Numbers and quantity words before a plural ("two", "several", "dozens").
    WordList QUANTITY_WORDS = "quantity_words";
    /// Words after which a singular noun still heads its phrase ("a rebel leader was
    /// killed", "a rebel leader in Idlib"); any other word after it may make it a modifier
    /// ("a terrorist group", "an admission process"), which says nothing about the count.
    WordList SINGULAR_PHRASE_ENDS = "singular_phrase_ends";
    /// Lower-case last words that still make a named source ("the Tass news agency").
    WordList SOURCE_NOUNS = "source_nouns";
    /// Where or to whom a statement was made ("told reporters Thursday", "said at a news
    /// conference on Monday").
    WordList STATEMENT_SETTINGS = "statement_settings";
    /// Time words that never head a speaker phrase and are skipped between a subject and
    /// its cue ("Clinton on Tuesday said", "said Friday").
    WordList TIME_WORDS = "time_words";
    /// Words before a quotation that make a short title-cased quotation a title.
    WordList TITLE_CONTEXT = "title_context";
    /// Capitalised labels that open a paragraph with a colon but name no speaker.
    WordList TRANSCRIPT_LABELS = "transcript_labels";
    /// Words of a span of time before "after", "before", "since" or "during" ("a day
    /// after", "just hours before").
    WordList WHEN_SPAN_WORDS = "when_span_words";
    /// Words that end the phrase after "of" naming what a figure is a share of.
    WordList WHOLE_ENDS = "whole_ends";
    /// Cue forms that are as often nouns or other verbs ("the findings show", "state").
    WordList AMBIGUOUS_CUES = "ambiguous_cues";
    /// Words of change before a figure.
    WordList CHANGE_WORDS = "change_words";
    /// Words next to a figure that make it a reading of something that moves (a close, a
    /// trading day, a place in a ranking), besides the words of change.
    WordList MOVING_READINGS = "moving_readings";
    /// Words after a determiner and a noun that carry a description on towards an apposed
    /// name ("A lawyer for the families, Jane Roe, said").
    WordList DESCRIPTION_LINKS = "description_links";
    /// Words before "one" that make it a pronoun or a determiner, not a count ("the one",
    /// "this one", "which one").
    WordList DETERMINERS_OF_ONE = "determiners_of_one";
    /// The last word of a hedge that can stand before a bare "half" ("more than half").
    WordList HEDGE_TAILS = "hedge_tails";
    /// Words after an inverted subject that end its phrase ("said Kerry in a statement",
    /// "said Kerry, who").
    WordList INVERTED_SUBJECT_ENDS = "inverted_subject_ends";
    /// Words after "3m" that make it metres, not million.
    WordList MEASURE_ADJECTIVES = "measure_adjectives";
    /// Things measured in metres, for "a 3m wall" (without such a noun "a 3m" stays
    /// million).
    WordList MEASURED_THINGS = "measured_things";
    /// Verbs that put out a medium ("sent a letter saying", "issues a statement saying").
    WordList MEDIUM_VERBS = "medium_verbs";
    /// Words before a weekday that make it a day of the calendar or of history ("Good
    /// Friday", "Bloody Sunday", "Cyber Monday").
    WordList NAMED_DAY_WORDS = "named_day_words";
    /// Cues that give a name to something ("called the plan “reckless”"), not a report of a
    /// clause.
    WordList NAMING_CUES = "naming_cues";
    /// Prepositions right after a cue.
    WordList NO_SUBJECT_AFTER_CUE = "no_subject_after_cue";
    /// Words after "the March"/"the May" that make it no month.
    WordList NOT_A_MONTH_AFTER = "not_a_month_after";
    /// Function words after a figure that describe nothing it counts ("5 and", "3 of").
    WordList NOT_COUNT_DESCRIPTIONS = "not_count_descriptions";
    /// Nouns after "a"/"an" that give no name to the object of "called" ("called him a day
    /// later", "a number of").
    WordList NOT_NAMING_NOUNS = "not_naming_nouns";
    /// Verbs before a noun cue ("makes claims that", "has sparked hopes that").
    WordList NOUN_CUE_VERBS = "noun_cue_verbs";
    /// Words before "say" that make it a noun ("a greater say", "no say").
    WordList NOUN_SAY_MODIFIERS = "noun_say_modifiers";
    /// Cues whose object follows them ("told", "asked", "assured").
    WordList OBJECT_CUES = "object_cues";
    /// Prepositions that open a phrase before the subject ("Without naming anyone, Roe
    /// said").
    WordList OPENER_PREPOSITIONS = "opener_prepositions";
    /// Connectors and prepositions that would open a speaker phrase and are moved past;
    /// "al", "de", "la" with a capital are part of a name.
    WordList PHRASE_CONNECTORS = "phrase_connectors";
    /// Plural demonyms (lower case) counted like any plural noun, though written with a
    /// capital.
    WordList PLURAL_DEMONYMS = "plural_demonyms";
    /// Nouns that take a plural verb without an -s ("people", "police", "media").
    WordList PLURAL_SUBJECT_NOUNS = "plural_subject_nouns";
    /// Verbs of request ("asked Fluor to produce", "urged the council to act").
    WordList REQUEST_VERBS = "request_verbs";
    /// Words before "second" that make it the time unit, not an ordinal ("a second", "per
    /// second", "a split second").
    WordList SECOND_UNIT_CUES = "second_unit_cues";
    /// Hedges before a share that is the whole subject ("Nearly nine out of 10", "More than
    /// six in 10").
    WordList SHARE_HEDGES = "share_hedges";
    /// Speech cues before a pronoun and a mental-state verb ("said she believes", "says he
    /// hopes").
    WordList SPEECH_CUES_BEFORE_STATE = "speech_cues_before_state";
    /// Number words of a share that is the whole subject ("Six in 10 say").
    WordList SUBJECT_NUMBER_WORDS = "subject_number_words";
    /// Nouns after "supporting" that make it a modifier, not a cue ("best supporting
    /// actress", "supporting documents").
    WordList SUPPORTING_NOUNS = "supporting_nouns";
    /// Parts of a day and spans of time that end a time adjunct ("Friday morning", "last
    /// week").
    WordList TIME_OF_DAY_AND_SPAN = "time_of_day_and_span";
    /// Small words that a title-cased title writes in lower case ("Meet the Press").
    WordList TITLE_SMALL_WORDS = "title_small_words";
    /// Words after a noun-like cue that show it used as a verb.
    WordList VERB_OBJECT_STARTS = "verb_object_starts";
    /// Verbs of voting or scoring before a tally ("voted 256 to 170", "ruled 5-4", "won
    /// 3-1").
    WordList VOTING_VERBS = "voting_verbs";
    /// Capitalised words after a weekday that do not make it a name ("Sunday Morning",
    /// "Friday Mr ...").
    WordList WEEKDAY_FOLLOWERS = "weekday_followers";
    /// Prefixes written with a hyphen ("pre-tax", "non-food").
    WordList WORD_PREFIXES = "word_prefixes";
    /// Prefixes that make a new word of a dictionary word, closed up ("delisting",
    /// "reinsurers").
    WordList DERIVATION_PREFIXES = "derivation_prefixes";
    /// Words before a four-digit number that make it a year ("in 2014", "since 1990", "the
    /// 2010 ...", "early 2015").
    WordList YEAR_PREPOSITIONS = "year_prepositions";
}

views! {
    ABBREVIATIONS_NON_FINAL = "abbreviations" for "segment";
    TITLE_ABBREVIATIONS = "abbreviations" for "name";
    QUOTE_ABBREVIATIONS = "abbreviations" for "quote";
    NOT_PERSON_HEADS = "organisation_words" for "not-person";
    ORGANISATION_WORDS = "organisation_words" for "organisation";
    SPEECH_CUES = "reporting_verbs" for "quote";
    SPEECH_PARTICIPLES = "reporting_verbs" for "speech-participle";
    STANCE_PARTICIPLES = "reporting_verbs" for "stance-participle";
    MENTAL_STATE_CUES = "reporting_verbs" for "mental-state";
    STANCE_CUES = "reporting_verbs" for "stance";
    NOUN_LIKE_CUES = "reporting_verbs" for "noun-like";
    STATEMENT_VERBS = "reporting_verbs" for "statement";
    WEAK_CUES = "reporting_verbs" for "weak";
    MODALS = "modals" for "count";
    MODALS_AND_TO = "modals" for "inversion";
    INTENTION_MODALS = "modals" for "intention";
    ALIGN_STOP_WORDS = "stop_words" for "align";
    NAME_STOP_WORDS = "stop_words" for "name";
    NUMBER_STOP_WORDS = "stop_words" for "number";
    ANCHOR_STOP_WORDS = "stop_words" for "anchor";
    HEAD_TITLES = "titles" for "name-head";
    LOWER_TITLES = "titles" for "name-lower";
    SPEAKER_TITLES = "titles" for "quote";
    DESCRIBING_ROLES = "titles" for "role";
    ORGANISATION_ROLES = "titles" for "organisation";
    DETERMINERS = "determiners" for "quote";
    ARTICLES = "determiners" for "article";
    NOUN_SAY_DETERMINERS = "determiners" for "noun-say";
    QUANTIFIERS = "determiners" for "quantifier";
    POSSESSIVE_DETERMINERS = "determiners" for "possessive";
    WHOLE_FILLERS = "determiners" for "whole-filler";
    SPEAKER_PRONOUNS = "pronouns" for "speaker";
    MENTAL_STATE_SUBJECTS = "pronouns" for "mental-state";
    PLURAL_VERB_PRONOUNS = "pronouns" for "plural-verb";
    OBJECT_PRONOUNS = "pronouns" for "object";
    NOT_SENTENCE_SUBJECTS = "pronouns" for "not-sentence-subject";
    QUANTIFIED_PRONOUNS = "pronouns" for "of-quantity";
    UNRESOLVED_PRONOUNS = "pronouns" for "unresolved";
    PERSONAL_PRONOUNS = "pronouns" for "personal";
    ONE_PERSON_PRONOUNS = "pronouns" for "one-person";
    NAMED_BEFORE_PRONOUNS = "pronouns" for "named-before";
    CLAUSE_CONJUNCTIONS = "conjunctions" for "clause";
    APPOSITIVE_OPENERS = "conjunctions" for "appositive-opener";
    SUBJECT_OPENERS = "conjunctions" for "subject-opener";
    SENTENCE_OPENERS = "conjunctions" for "sentence-opener";
    DESCRIPTION_OPENERS = "conjunctions" for "description-opener";
    TITLE_ENDS = "conjunctions" for "title-end";
    CLAUSE_OPENERS = "conjunctions" for "clause-opener";
    LINKING_PREPOSITIONS = "prepositions" for "linking";
    DESCRIPTION_HEAD_PREPOSITIONS = "prepositions" for "description-head";
    MODIFIER_PREPOSITIONS = "prepositions" for "modifier-of";
    SETTING_PREPOSITIONS = "prepositions" for "setting";
    WHEN_PREPOSITIONS = "prepositions" for "when";
    PASSIVE_AUXILIARIES = "auxiliaries" for "passive";
    PROGRESSIVE_AUXILIARIES = "auxiliaries" for "progressive";
    ASPECT_VERBS = "aspect_verbs" for "participle";
    ASPECT_VERBS_BEFORE_TO = "aspect_verbs" for "to";
    ASPECT_VERBS_BEFORE_ON_TO = "aspect_verbs" for "on-to";
    PUT_IT_WORDS = "adverbs" for "put-it";
    ADVERBS_BEFORE_CUE = "adverbs" for "before-cue";
    WORDS_BEFORE_SUM = "adverbs" for "before-sum";
    APPOSITION_ADVERBS = "adverbs" for "apposition";
    RELATIVE_MODIFIERS = "time_modifiers" for "relative";
    LOWER_CASE_MONTH_CUES = "time_modifiers" for "month-cue";
    TIME_ADJUNCT_OPENERS = "time_modifiers" for "adjunct";
    DURATION_MODIFIERS = "time_modifiers" for "duration";
    COMMA_TIME_OPENERS = "time_modifiers" for "comma-time";
    WRITINGS = "writings" for "read";
    SENT_WRITINGS = "writings" for "sent";
    NAME_CONNECTORS = "name_connectors" for "name";
    SPEAKER_NAME_CONNECTORS = "name_connectors" for "speaker-name";
    FIRST_NAME_CONNECTORS = "name_connectors" for "first-name";
    DEMONYMS = "demonyms" for "title";
    COUNTRY_INITIALS = "demonyms" for "initials";
    TITLE_MODIFIERS = "title_modifiers" for "name";
    LONE_TITLE_MODIFIERS = "title_modifiers" for "alone";
    RANKS = "title_modifiers" for "rank";
    VOTING_NOUNS = "voting_nouns" for "after-tally";
    VOTE_NOUNS_BEFORE_OF = "voting_nouns" for "before-of";
    INVERSION_CUES = "reporting_verbs" for "inversion";
    HEADLINE_CUES = "reporting_verbs" for "headline";
    CALL_FORMS = "reporting_verbs" for "call";
    TALK_FORMS = "reporting_verbs" for "talk";
    ADD_FORMS = "reporting_verbs" for "add";
    TELL_CUES = "reporting_verbs" for "tell";
    PLAIN_SAYING_VERBS = "reporting_verbs" for "plain-saying";
    PHRASE_HEAD_STOPS = "stop_words" for "phrase-head";
    NOT_TITLE_WORDS = "stop_words" for "not-title";
    SETTING_STOP_WORDS = "stop_words" for "setting";
    CHIEF_TITLE_ENDS = "titles" for "after-chief";
    COMPANY_ABBREVIATIONS = "abbreviations" for "company";
    TICKER_ABBREVIATIONS = "abbreviations" for "ticker";
    TOTAL_WORDS = "figure_scope" for "total";
    EACH_WORDS = "figure_scope" for "each";
    ANY_WHOLE_WORDS = "figure_scope" for "any-whole";
}

#[cfg(test)]
mod tests;
