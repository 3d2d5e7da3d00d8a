use super::shapes::inside_name;
use super::speller::known_corrections;

#[test]
fn short_word_between_capitalised_words_is_a_name_particle() {
    use unicode_segmentation::UnicodeSegmentation;
    let words = |t: &'static str| t.unicode_word_indices().collect::<Vec<_>>();
    let w = words("The rapper Kwame tha Builder sang");
    assert!(inside_name(&w, 3));
    // Opening the sentence, the first capital says nothing.
    let w = words("Kwame tha Builder sang");
    assert!(!inside_name(&w, 1));
    // A longer word there is a verb.
    let w = words("Mayor Okafor thankd Reuters");
    assert!(!inside_name(&w, 2));
}

#[test]
fn known_misspelling_list_has_callef() {
    assert!(known_corrections("callef").contains(&"called"));
    assert!(known_corrections("called").is_empty());
}
