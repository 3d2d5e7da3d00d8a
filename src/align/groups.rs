//! Fact groups: the connected components of the links (union-find over sorted sentences).

use super::{FactGroup, SentenceRef};

/// Connected components of `links`, each sorted, ordered by their first sentence. The
/// result depends only on the set of links, not on their order.
pub(crate) fn connected_components(
    links: impl Iterator<Item = (SentenceRef, SentenceRef)>,
) -> Vec<FactGroup> {
    let links: Vec<(SentenceRef, SentenceRef)> = links.collect();
    let mut members: Vec<SentenceRef> = links.iter().flat_map(|&(a, b)| [a, b]).collect();
    members.sort_unstable();
    members.dedup();
    let index = |s: SentenceRef| members.binary_search(&s).expect("member");
    let mut parent: Vec<usize> = (0..members.len()).collect();
    fn root(parent: &mut [usize], mut x: usize) -> usize {
        while parent[x] != x {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }
        x
    }
    for &(a, b) in &links {
        let (ra, rb) = (root(&mut parent, index(a)), root(&mut parent, index(b)));
        // The smaller index is the root: the group is named by its first sentence.
        if ra != rb {
            parent[ra.max(rb)] = ra.min(rb);
        }
    }
    let mut groups: Vec<FactGroup> = Vec::new();
    let mut group_of_root: Vec<Option<usize>> = vec![None; members.len()];
    for (x, &member) in members.iter().enumerate() {
        let r = root(&mut parent, x);
        let g = *group_of_root[r].get_or_insert_with(|| {
            groups.push(Vec::new());
            groups.len() - 1
        });
        groups[g].push(member);
    }
    groups
}

#[cfg(test)]
mod tests {
    use super::*;

    fn s(document: usize, sentence: usize) -> SentenceRef {
        SentenceRef { document, sentence }
    }

    #[test]
    fn groups_are_components_in_order_whatever_the_link_order() {
        let links = vec![
            (s(1, 4), s(2, 0)),
            (s(0, 3), s(1, 1)),
            (s(0, 0), s(2, 7)),
            (s(0, 3), s(2, 2)),
            (s(1, 4), s(0, 9)),
        ];
        let expected = vec![
            vec![s(0, 0), s(2, 7)],
            vec![s(0, 3), s(1, 1), s(2, 2)],
            vec![s(0, 9), s(1, 4), s(2, 0)],
        ];
        assert_eq!(connected_components(links.iter().copied()), expected);
        let mut reversed = links.clone();
        reversed.reverse();
        assert_eq!(connected_components(reversed.into_iter()), expected);
        assert!(connected_components(std::iter::empty()).is_empty());
    }
}
