//! From the text factdiff works on back to the file: byte offsets in the original bytes,
//! and (for HTML) lines and columns in the page source.
//!
//! A plain UTF-8 file is its own text: its maps are empty and cost nothing. A BOM, bytes
//! decoded from Windows-1252 or UTF-16, and text extracted from HTML each shift offsets; the
//! maps record where.

use std::sync::Arc;

/// A monotone map of byte offsets from one text to another, as the points where the two stop
/// advancing together. Between two points offsets advance one for one (clamped at the next
/// point). No points: the identity.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct OffsetMap {
    /// (offset in the derived text, offset in the text it came from), sorted by the first.
    points: Vec<(usize, usize)>,
    /// The length of the text it came from, when known: no offset maps past it.
    limit: Option<usize>,
}

impl OffsetMap {
    /// Records that `derived` in the derived text is `origin` in the text it came from.
    /// Points must be pushed in increasing `derived` order; a later point at the same
    /// derived offset replaces the earlier one.
    pub fn push(&mut self, derived: usize, origin: usize) {
        match self.points.last_mut() {
            Some(last) if last.0 == derived => last.1 = origin,
            Some(last) if last.0 > derived => {}
            Some(&mut (d, o)) if derived - d == origin.wrapping_sub(o) => {}
            _ => self.points.push((derived, origin)),
        }
    }

    /// No offset maps past `len`, the length of the text it came from.
    pub fn set_limit(&mut self, len: usize) {
        self.limit = Some(len);
    }

    pub fn is_identity(&self) -> bool {
        self.points.is_empty()
    }

    /// The offset in the original text of `offset` in the derived text.
    pub fn apply(&self, offset: usize) -> usize {
        if self.points.is_empty() {
            return offset;
        }
        let i = self.points.partition_point(|p| p.0 <= offset);
        if i == 0 {
            return offset.min(self.points[0].1);
        }
        let (d, o) = self.points[i - 1];
        let mapped = o + (offset - d);
        let mapped = match self.points.get(i) {
            Some(&(_, next)) if next >= o => mapped.min(next),
            _ => mapped,
        };
        self.limit.map_or(mapped, |limit| mapped.min(limit))
    }
}

/// How an article's text relates to its file.
#[derive(Debug, Clone, Default)]
pub struct SourceMap {
    /// Text -> decoded file (text extracted from HTML); identity otherwise.
    pub extracted: OffsetMap,
    /// Decoded file -> original bytes (BOM, Windows-1252, UTF-16); identity otherwise.
    pub decoded: OffsetMap,
    /// The decoded file, when the text was extracted from it: lines and columns are counted
    /// there, so that a finding names a line of the page source.
    pub extracted_from: Option<Arc<str>>,
}

impl SourceMap {
    /// Byte offset in the original file of byte `offset` of the text.
    pub fn original_offset(&self, offset: usize) -> usize {
        self.decoded.apply(self.extracted.apply(offset))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn identity_costs_nothing_and_maps_to_itself() {
        let m = OffsetMap::default();
        assert!(m.is_identity());
        assert_eq!(m.apply(17), 17);
    }

    #[test]
    fn shifts_and_clamps_between_points() {
        // "é" (2 bytes in the text) was 1 byte at original offset 3.
        let mut m = OffsetMap::default();
        m.push(0, 0);
        m.push(5, 4);
        assert_eq!(m.apply(3), 3);
        assert_eq!(
            m.apply(4),
            4,
            "inside the character: clamped to the next point"
        );
        assert_eq!(m.apply(5), 4);
        assert_eq!(m.apply(9), 8);
    }

    #[test]
    fn a_bom_is_one_point() {
        let mut m = OffsetMap::default();
        m.push(0, 3);
        assert_eq!(m.apply(0), 3);
        assert_eq!(m.apply(10), 13);
    }
}
