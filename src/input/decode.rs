//! Bytes to text: UTF-8 (with or without a BOM), UTF-16 with a BOM, and Windows-1252 /
//! Latin-1 copy-paste, with an offset map back to the original bytes. Binary content is
//! refused.

use std::sync::LazyLock;

use super::source_map::OffsetMap;

/// A file's bytes as text.
#[derive(Debug, Clone, Default)]
pub struct Decoded {
    pub text: String,
    /// Text offsets -> original byte offsets (identity for plain UTF-8).
    pub map: OffsetMap,
    /// What a reader should know about how the bytes were read.
    pub warnings: Vec<String>,
}

/// Signatures of binary formats an editor may drop into a cluster by mistake.
const BINARY_MAGIC: &[(&[u8], &str)] = &[
    (b"%PDF", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (or a .docx/.odt document)"),
    (b"\x89PNG", "a PNG image"),
    (b"GIF8", "a GIF image"),
    (b"\xFF\xD8\xFF", "a JPEG image"),
    (b"\x1F\x8B", "a gzip archive"),
    (b"\xD0\xCF\x11\xE0", "an old Word/Excel document"),
    (b"{\\rtf", "an RTF document"),
];

/// Control characters that no article holds (all C0 controls but tab, line feed, vertical
/// tab, form feed, carriage return and escape).
fn is_stray_control(b: u8) -> bool {
    b < 0x20 && !matches!(b, b'\t' | b'\n' | 0x0B | 0x0C | b'\r' | 0x1B)
}

/// Windows-1252 decoding of the bytes 0x80..=0xFF (encoding_rs; Latin-1 is a subset).
static WINDOWS_1252_HIGH: LazyLock<Vec<char>> = LazyLock::new(|| {
    (0x80u8..=0xFF)
        .map(|b| {
            let byte = [b];
            let (text, _) = encoding_rs::WINDOWS_1252.decode_without_bom_handling(&byte);
            text.chars().next().unwrap_or('\u{FFFD}')
        })
        .collect()
});

/// Decodes `bytes`. `Err` says why the bytes are not an article (binary content).
pub fn decode_bytes(bytes: &[u8]) -> Result<Decoded, String> {
    if let Some(decoded) = decode_utf16(bytes) {
        return Ok(decoded);
    }
    if let Some((_, what)) = BINARY_MAGIC.iter().find(|(m, _)| bytes.starts_with(m)) {
        return Err(format!("binary content ({what}): not an article"));
    }
    if let Some(at) = bytes.iter().position(|&b| b == 0) {
        return Err(format!(
            "binary content (a NUL byte at offset {at}): not an article"
        ));
    }
    let controls = bytes.iter().filter(|&&b| is_stray_control(b)).count();
    if controls > 0 && controls * 20 > bytes.len() {
        return Err(format!(
            "binary content ({controls} control bytes in {}): not an article",
            bytes.len()
        ));
    }

    let mut out = Decoded::default();
    let (body, bom) = match bytes.strip_prefix(b"\xEF\xBB\xBF") {
        Some(rest) => (rest, 3),
        None => (bytes, 0),
    };
    if bom > 0 {
        out.map.push(0, bom);
    }
    match std::str::from_utf8(body) {
        Ok(text) => out.text = text.to_string(),
        Err(_) => {
            // Mostly UTF-8 with a few stray bytes (text pasted into a UTF-8 file): keep the
            // UTF-8 and read the stray bytes as Windows-1252. Otherwise the whole file is
            // Windows-1252, including byte pairs that happen to be valid UTF-8 ("á’" is
            // E1 92).
            let (valid_multibyte, invalid) =
                body.utf8_chunks().fold((0usize, 0usize), |(v, i), chunk| {
                    let multibyte = chunk.valid().chars().filter(|c| !c.is_ascii()).count();
                    (v + multibyte, i + chunk.invalid().len())
                });
            let mixed = valid_multibyte > invalid;
            let mut text = String::with_capacity(body.len() + body.len() / 8);
            let mut decoded_bytes = 0usize;
            let mut first_bad = None;
            let mut at = bom;
            let mut push_1252 = |text: &mut String, b: u8, at: &mut usize| {
                text.push(WINDOWS_1252_HIGH[usize::from(b.saturating_sub(0x80))]);
                *at += 1;
                out.map.push(text.len(), *at);
            };
            for chunk in body.utf8_chunks() {
                if mixed {
                    text.push_str(chunk.valid());
                    at += chunk.valid().len();
                } else {
                    for &b in chunk.valid().as_bytes() {
                        if b.is_ascii() {
                            text.push(char::from(b));
                            at += 1;
                        } else {
                            decoded_bytes += 1;
                            push_1252(&mut text, b, &mut at);
                        }
                    }
                }
                for &b in chunk.invalid() {
                    first_bad.get_or_insert(at);
                    decoded_bytes += 1;
                    push_1252(&mut text, b, &mut at);
                }
            }
            out.text = text;
            out.warnings.push(format!(
                "not valid UTF-8 (first bad byte at offset {}): read {decoded_bytes} byte{} as Windows-1252 (Latin-1); check accented letters and quotation marks",
                first_bad.unwrap_or(0),
                if decoded_bytes == 1 { "" } else { "s" }
            ));
        }
    }
    finish(&mut out, controls);
    Ok(out)
}

/// UTF-16 with a byte order mark (what Windows Notepad calls "Unicode"), or without one
/// when the bytes read as UTF-16 text of Latin letters (every other byte a NUL, see
/// [`unmarked_utf16`]).
fn decode_utf16(bytes: &[u8]) -> Option<Decoded> {
    let (encoding, name, bom) = if bytes.starts_with(b"\xFF\xFE") {
        (encoding_rs::UTF_16LE, "UTF-16LE", 2)
    } else if bytes.starts_with(b"\xFE\xFF") {
        (encoding_rs::UTF_16BE, "UTF-16BE", 2)
    } else {
        match unmarked_utf16(bytes)? {
            true => (encoding_rs::UTF_16LE, "UTF-16LE (no byte order mark)", 0),
            false => (encoding_rs::UTF_16BE, "UTF-16BE (no byte order mark)", 0),
        }
    };
    let (text, had_errors) = encoding.decode_without_bom_handling(&bytes[bom..]);
    let mut out = Decoded {
        text: text.into_owned(),
        ..Decoded::default()
    };
    let mut at = bom;
    out.map.push(0, at);
    for (i, c) in out.text.char_indices() {
        at += 2 * c.len_utf16();
        out.map.push(i + c.len_utf8(), at.min(bytes.len()));
    }
    out.warnings.push(format!(
        "{name} text: decoded to UTF-8{}",
        if had_errors {
            " (malformed sequences shown as \u{FFFD})"
        } else {
            ""
        }
    ));
    let controls = out.text.bytes().filter(|&b| is_stray_control(b)).count();
    finish(&mut out, controls);
    Some(out)
}

/// Whether `bytes` without a byte order mark are UTF-16 text: an even length, and in the
/// first 512 code units every unit a character below U+0100 that is no NUL, its zero byte
/// always on one side (`Some(true)` little-endian, `Some(false)` big-endian). Text in other
/// scripts without a mark is not recognised (it is refused as binary, naming the NUL).
fn unmarked_utf16(bytes: &[u8]) -> Option<bool> {
    if bytes.len() < 8 || !bytes.len().is_multiple_of(2) {
        return None;
    }
    let units: Vec<(u8, u8)> = bytes
        .chunks_exact(2)
        .take(512)
        .map(|u| (u[0], u[1]))
        .collect();
    let little = units.iter().all(|&(lo, hi)| hi == 0 && lo != 0);
    let big = units.iter().all(|&(hi, lo)| hi == 0 && lo != 0);
    match (little, big) {
        (true, false) => Some(true),
        (false, true) => Some(false),
        _ => None,
    }
}

/// Line ends and stray controls, without changing any offset: a lone CR (old Mac, some
/// CMS exports) becomes a line feed, a stray control a space.
fn finish(out: &mut Decoded, controls: usize) {
    let has_cr = out.text.contains('\r');
    if controls == 0 && !has_cr {
        return;
    }
    let mut bytes = std::mem::take(&mut out.text).into_bytes();
    for i in 0..bytes.len() {
        match bytes[i] {
            b'\r' if bytes.get(i + 1) != Some(&b'\n') => {
                bytes[i] = b'\n';
            }
            b if is_stray_control(b) || b == 0 => bytes[i] = b' ',
            _ => {}
        }
    }
    // Only ASCII bytes were replaced by ASCII bytes: still UTF-8.
    out.text = String::from_utf8(bytes).unwrap_or_default();
    if controls > 0 {
        out.warnings.push(format!(
            "{controls} control character{} read as spaces",
            if controls == 1 { "" } else { "s" }
        ));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_utf8_has_no_map_and_no_warning() {
        let d = decode_bytes("Erdoğan said “no”.\n".as_bytes()).unwrap();
        assert_eq!(d.text, "Erdoğan said “no”.\n");
        assert!(d.map.is_identity() && d.warnings.is_empty());
    }

    #[test]
    fn windows_1252_is_decoded_with_offsets_into_the_bytes() {
        let bytes = b"Caf\xe9 \x93quoted\x94 text";
        let d = decode_bytes(bytes).unwrap();
        assert_eq!(d.text, "Café “quoted” text");
        assert_eq!(d.warnings.len(), 1);
        assert!(d.warnings[0].contains("Windows-1252"), "{:?}", d.warnings);
        let t = d.text.find("text").unwrap();
        assert_eq!(d.map.apply(t), 14);
        assert_eq!(&bytes[d.map.apply(t)..], b"text");
        let q = d.text.find("quoted").unwrap();
        assert_eq!(d.map.apply(q), 6);
    }

    #[test]
    fn a_windows_1252_file_is_read_whole_and_a_utf8_file_keeps_its_utf8() {
        // "é á’’": the last three bytes happen to be valid UTF-8.
        let d = decode_bytes(b"\xe9 \xe1\x92\x92").unwrap();
        assert_eq!(d.text, "é á’’");
        // UTF-8 with one stray Latin-1 byte.
        let d = decode_bytes("Erdoğan and Çavuşoğlu met in Caf\u{e9}".as_bytes()).unwrap();
        assert_eq!(d.text, "Erdoğan and Çavuşoğlu met in Café");
        let mut bytes = "Erdoğan and Çavuşoğlu".as_bytes().to_vec();
        bytes.extend(b" Caf\xe9.");
        let d = decode_bytes(&bytes).unwrap();
        assert_eq!(d.text, "Erdoğan and Çavuşoğlu Café.");
        assert_eq!(d.map.apply(d.text.len()), bytes.len());
    }

    #[test]
    fn bom_is_stripped_and_offsets_shift() {
        let d = decode_bytes(b"\xEF\xBB\xBFHello.").unwrap();
        assert_eq!(d.text, "Hello.");
        assert_eq!(d.map.apply(0), 3);
    }

    #[test]
    fn lone_cr_becomes_a_line_feed_and_crlf_stays() {
        let d = decode_bytes(b"One.\rTwo.\r\nThree.").unwrap();
        assert_eq!(d.text, "One.\nTwo.\r\nThree.");
    }

    #[test]
    fn utf16_with_bom_is_decoded() {
        let mut bytes = vec![0xFF, 0xFE];
        for u in "Hi é.".encode_utf16() {
            bytes.extend(u.to_le_bytes());
        }
        let d = decode_bytes(&bytes).unwrap();
        assert_eq!(d.text, "Hi é.");
        assert_eq!(d.map.apply(d.text.find('é').unwrap()), 8);
        assert_eq!(d.map.apply(d.text.len()), bytes.len());
    }

    #[test]
    fn utf16_without_bom_is_decoded() {
        let text = "Kerry met Lavrov in Geneva.\n";
        let le: Vec<u8> = text.encode_utf16().flat_map(u16::to_le_bytes).collect();
        let be: Vec<u8> = text.encode_utf16().flat_map(u16::to_be_bytes).collect();
        for bytes in [le, be] {
            let d = decode_bytes(&bytes).unwrap();
            assert_eq!(d.text, text);
            assert!(
                d.warnings[0].contains("no byte order mark"),
                "{:?}",
                d.warnings
            );
            // "Lavrov" is at byte 10 of the text and 20 of the file.
            assert_eq!(d.map.apply(10), 20);
        }
        // Binary with NULs every other byte but a NUL unit too: still refused.
        assert!(decode_bytes(b"a\0b\0\0\0c\0d\0").is_err());
    }

    #[test]
    fn binary_is_refused() {
        assert!(decode_bytes(b"abc\0def").unwrap_err().contains("NUL"));
        assert!(decode_bytes(b"%PDF-1.4 ...").unwrap_err().contains("PDF"));
        assert!(decode_bytes(b"\x01\x02\x03abc").is_err());
        let d = decode_bytes(b"A stray \x01 control in a long enough line of text, fine.").unwrap();
        assert!(d.text.contains("stray   control"));
    }
}
