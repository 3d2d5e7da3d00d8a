//! Finding where a key or value sits in a TOML file, for error messages.

/// 1-based line and column (in characters) of byte `offset` in `text`.
pub fn line_col(text: &str, offset: usize) -> (usize, usize) {
    let offset = offset.min(text.len());
    let before = text.get(..offset).unwrap_or(text);
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let col = before[line_start..].chars().count() + 1;
    (line, col)
}

/// Where `keys` (a dotted path such as `checks.typo.severity`) is set in `text`: the line of
/// the last key inside the table that holds it, else the table header, else 1:1.
pub fn locate_key(text: &str, keys: &[&str]) -> (usize, usize) {
    let (table, last) = match keys.split_last() {
        Some((last, table)) => (table, *last),
        None => return (1, 1),
    };
    let header_names = |t: &[&str]| {
        let dotted = t.join(".");
        let quoted = t
            .iter()
            .map(|k| format!("\"{k}\""))
            .collect::<Vec<_>>()
            .join(".");
        [format!("[{dotted}]"), format!("[{quoted}]")]
    };
    let mut current: Vec<String> = Vec::new();
    let mut header_line = None;
    let table_names = header_names(table);
    let full_names = header_names(keys);
    for (i, line) in text.lines().enumerate() {
        let trimmed = line.trim();
        if trimmed.starts_with('[') {
            let compact: String = trimmed
                .split('#')
                .next()
                .unwrap_or("")
                .trim()
                .replace(' ', "");
            current = vec![compact.clone()];
            if full_names.contains(&compact) {
                return (i + 1, 1);
            }
            if table_names.contains(&compact) {
                header_line = Some(i + 1);
            }
            continue;
        }
        let in_table = current.first().is_some_and(|c| table_names.contains(c))
            || (table.is_empty() && current.is_empty());
        let key = trimmed
            .split('=')
            .next()
            .unwrap_or("")
            .trim()
            .trim_matches('"');
        if in_table && trimmed.contains('=') && key == last {
            let col = line.len() - line.trim_start().len() + 1;
            return (i + 1, col);
        }
    }
    (header_line.unwrap_or(1), 1)
}

/// Where the string `value` appears quoted in `text`.
pub fn locate_value(text: &str, value: &str) -> Option<(usize, usize)> {
    for quote in ['\'', '"'] {
        let needle = format!("{quote}{value}{quote}");
        if let Some(offset) = text.find(&needle) {
            return Some(line_col(text, offset));
        }
    }
    None
}
