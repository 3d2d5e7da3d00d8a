//! Stories: which articles of a feed report the same event or topic.
//!
//! 1. Each article becomes a TF-IDF vector of its strongest terms ([`super::terms`]).
//! 2. Blocking: each article's rarest strong terms are its keys; two articles are a
//!    candidate pair when they share a key and are published within `window_days` of each
//!    other (an undated article is within every window). A key that more than
//!    `blocking_max_articles` articles hold in an article's window proposes nothing for it,
//!    so the candidates per article are bounded and the cost grows about linearly.
//! 3. A candidate pair is a link when it scores `strong_similarity` or more, or
//!    `min_similarity` or more and it is the best pair of both its articles (mutual nearest
//!    neighbours). Links are merged strongest first, but only when the two stories'
//!    centroids are nearly as similar as the link (`CENTROID_SHARE` of it) and the merged
//!    story spans at most `window_days`: a link between one member of each never chains
//!    two unrelated stories (the single-link effect).

use std::collections::HashMap;

use chrono::NaiveDate;
use rayon::prelude::*;

use super::read::FeedArticle;
use super::terms::{self, Frequencies, TermId, TermVector, fnv1a};
use crate::config::FeedRules;

/// Blocking keys per article.
const KEYS_PER_ARTICLE: usize = 10;
/// Two stories merge only when their centroids are at least this share of the link
/// between them as similar (and at least `min_similarity`): a strong link between one
/// member of each does not merge two stories that are otherwise apart.
const CENTROID_SHARE: f64 = 0.75;
/// Terms kept in a story's centroid.
const CENTROID_TERMS: usize = 200;

/// One story: its stable id and its articles (indices into the feed, by date then id).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Story {
    pub id: String,
    pub articles: Vec<usize>,
}

/// Groups the feed's articles into stories; every article is in exactly one. Stories are
/// sorted by id, and neither depends on the order of the input. The articles' term counts
/// are used up (left empty) as their vectors are made.
pub fn cluster(articles: &mut [FeedArticle], rules: &FeedRules) -> Vec<Story> {
    cluster_with(articles, rules, None)
}

/// [`cluster`], with the document frequencies of a larger feed this one is a block of
/// (the Spark job checks a feed a block at a time, weighing terms as over the whole feed).
pub fn cluster_with(
    articles: &mut [FeedArticle],
    rules: &FeedRules,
    whole: Option<&Frequencies>,
) -> Vec<Story> {
    // Articles by date (undated last), then id: the order every later step uses.
    let mut order: Vec<usize> = (0..articles.len()).collect();
    order.sort_by(|&a, &b| date_key(&articles[a]).cmp(&date_key(&articles[b])));
    let (df, feed_size) = match whole {
        Some(f) => (f.df.clone(), f.articles),
        None => (
            terms::document_frequencies(order.iter().map(|&i| &articles[i].counts)),
            articles.len(),
        ),
    };
    // Each article's counts are freed as its vector is made, so the two are never all held.
    let mut by_article: Vec<(TermVector, Vec<TermId>)> = articles
        .par_iter_mut()
        .map(|article| {
            let counts = std::mem::take(&mut article.counts);
            terms::weigh(&counts, &df, feed_size, KEYS_PER_ARTICLE)
        })
        .collect();
    drop(df);
    let weighed: Vec<(TermVector, Vec<TermId>)> = order
        .iter()
        .map(|&i| std::mem::take(&mut by_article[i]))
        .collect();
    drop(by_article);
    let dates: Vec<Option<NaiveDate>> = order.iter().map(|&i| articles[i].published).collect();
    let pairs = candidate_pairs(&weighed, &dates, rules);
    let mut vectors: Vec<TermVector> = weighed.into_iter().map(|(v, _)| v).collect();
    let links: Vec<(f32, u32, u32)> = pairs
        .par_iter()
        .filter_map(|&(a, b)| {
            let score = vectors[a as usize].cosine(&vectors[b as usize]);
            (f64::from(score) >= rules.min_similarity).then_some((score, a, b))
        })
        .collect();
    drop(pairs);
    let mut links = distinct_links(links, vectors.len(), rules);
    links.sort_unstable_by(|x, y| y.0.total_cmp(&x.0).then((x.1, x.2).cmp(&(y.1, y.2))));
    // Only linked articles' vectors are read again (by the merge); the rest are freed.
    let mut linked = vec![false; vectors.len()];
    for &(_, a, b) in &links {
        linked[a as usize] = true;
        linked[b as usize] = true;
    }
    for (vector, linked) in vectors.iter_mut().zip(linked) {
        if !linked {
            *vector = TermVector::default();
        }
    }
    let groups = merge(&links, &mut vectors, &dates, rules);
    let mut stories: Vec<Story> = groups
        .into_iter()
        .map(|members| {
            let articles_of: Vec<usize> = members.iter().map(|&m| order[m]).collect();
            Story {
                id: story_id(&articles_of, articles),
                articles: articles_of,
            }
        })
        .collect();
    stories.sort_by(|a, b| a.id.cmp(&b.id));
    stories
}

/// Sorts by date, undated last, then by id.
fn date_key(article: &FeedArticle) -> (bool, Option<NaiveDate>, &str) {
    (
        article.published.is_none(),
        article.published,
        article.id.as_str(),
    )
}

/// `YYYY-MM-DD-` (the story's first date) or `undated-`, then 12 hex digits of a hash of
/// its article ids: the same articles always make the same id.
fn story_id(members: &[usize], articles: &[FeedArticle]) -> String {
    let first = members.iter().filter_map(|&i| articles[i].published).min();
    let mut ids: Vec<&str> = members.iter().map(|&i| articles[i].id.as_str()).collect();
    ids.sort_unstable();
    let hash = fnv1a(ids.join("\n").as_bytes());
    match first {
        Some(date) => format!("{}-{:012x}", date.format("%Y-%m-%d"), hash >> 16),
        None => format!("undated-{:012x}", hash >> 16),
    }
}

/// Pairs `(a, b)`, `a < b`, of articles (in date order) that share a blocking key within
/// their window, sorted and without repeats.
fn candidate_pairs(
    weighed: &[(TermVector, Vec<TermId>)],
    dates: &[Option<NaiveDate>],
    rules: &FeedRules,
) -> Vec<(u32, u32)> {
    // Posting lists in date order (articles are in date order, undated last).
    let mut postings: HashMap<TermId, Vec<u32>> = HashMap::new();
    // Every term of every vector is indexed; an article's keys look its neighbours up.
    for (i, (vector, _)) in weighed.iter().enumerate() {
        for (term, _) in &vector.0 {
            postings.entry(*term).or_default().push(i as u32);
        }
    }
    let window = rules.window_days;
    let cap = rules.blocking_max_articles;
    let mut pairs: Vec<(u32, u32)> = (0..weighed.len())
        .into_par_iter()
        .flat_map_iter(|a| {
            let mut out = Vec::new();
            for key in &weighed[a].1 {
                let list = &postings[key];
                let dated = list.partition_point(|&i| dates[i as usize].is_some());
                let neighbours: &[u32] = match dates[a] {
                    Some(day) => {
                        let lo = list[..dated].partition_point(|&i| {
                            dates[i as usize].is_some_and(|d| (day - d).num_days() > window)
                        });
                        let hi = list[..dated].partition_point(|&i| {
                            dates[i as usize].is_some_and(|d| (d - day).num_days() <= window)
                        });
                        if (hi - lo) + (list.len() - dated) > cap + 1 {
                            continue;
                        }
                        out.extend(
                            list[dated..]
                                .iter()
                                .filter(|&&b| b as usize != a)
                                .map(|&b| ordered(a as u32, b)),
                        );
                        &list[lo..hi]
                    }
                    None => {
                        if list.len() > cap + 1 {
                            continue;
                        }
                        list
                    }
                };
                out.extend(
                    neighbours
                        .iter()
                        .filter(|&&b| b as usize != a)
                        .map(|&b| ordered(a as u32, b)),
                );
            }
            out
        })
        .collect();
    pairs.par_sort_unstable();
    pairs.dedup();
    pairs
}

/// The links worth merging along: a strong one (`strong_similarity` or more), or a weaker
/// one that is the best link of both its articles (mutual nearest neighbours): two
/// articles on one event written from different angles share few words, but each shares
/// fewer still with every other article of its window.
fn distinct_links(
    links: Vec<(f32, u32, u32)>,
    articles: usize,
    rules: &FeedRules,
) -> Vec<(f32, u32, u32)> {
    let mut best = vec![0.0f32; articles];
    for &(score, a, b) in &links {
        best[a as usize] = best[a as usize].max(score);
        best[b as usize] = best[b as usize].max(score);
    }
    links
        .into_iter()
        .filter(|&(score, a, b)| {
            f64::from(score) >= rules.strong_similarity.max(rules.min_similarity)
                || (score >= best[a as usize] && score >= best[b as usize])
        })
        .collect()
}

fn ordered(a: u32, b: u32) -> (u32, u32) {
    if a < b { (a, b) } else { (b, a) }
}

/// A story of two articles or more being formed: the sum of its members' vectors (sorted
/// by term, its `CENTROID_TERMS` strongest terms kept), that sum's length, and its dates.
/// A single article is not copied into one: its own vector stands for it until it merges.
struct Forming {
    centroid: Vec<(TermId, f32)>,
    norm: f32,
    first: Option<NaiveDate>,
    last: Option<NaiveDate>,
}

/// What the merge compares of a story: its centroid, the centroid's length and its dates.
#[derive(Clone, Copy)]
struct View<'a> {
    centroid: &'a [(TermId, f32)],
    norm: f32,
    first: Option<NaiveDate>,
    last: Option<NaiveDate>,
}

fn norm(terms: &[(TermId, f32)]) -> f32 {
    terms.iter().map(|(_, w)| w * w).sum::<f32>().sqrt()
}

impl View<'_> {
    fn cosine(&self, other: &View) -> f32 {
        crate::align::sparse_dot(self.centroid, other.centroid)
            / (self.norm * other.norm).max(f32::MIN_POSITIVE)
    }

    fn span_with(&self, other: &View) -> i64 {
        let first = self.first.into_iter().chain(other.first).min();
        let last = self.last.into_iter().chain(other.last).max();
        match (first, last) {
            (Some(f), Some(l)) => (l - f).num_days(),
            _ => 0,
        }
    }

    /// The story of both.
    fn merged(&self, other: &View) -> Forming {
        let (a, b) = (self.centroid, other.centroid);
        let mut sum = Vec::with_capacity(a.len() + b.len());
        let (mut i, mut j) = (0, 0);
        while i < a.len() || j < b.len() {
            match (a.get(i), b.get(j)) {
                (Some(x), Some(y)) if x.0 == y.0 => {
                    sum.push((x.0, x.1 + y.1));
                    i += 1;
                    j += 1;
                }
                (Some(x), Some(y)) if x.0 < y.0 => {
                    sum.push(*x);
                    i += 1;
                }
                (Some(x), None) => {
                    sum.push(*x);
                    i += 1;
                }
                (_, Some(y)) => {
                    sum.push(*y);
                    j += 1;
                }
                (None, None) => unreachable!("the loop stops when both are done"),
            }
        }
        if sum.len() > CENTROID_TERMS {
            sum.sort_unstable_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
            sum.truncate(CENTROID_TERMS);
            sum.sort_unstable_by_key(|(t, _)| *t);
        }
        sum.shrink_to_fit();
        Forming {
            norm: norm(&sum),
            centroid: sum,
            first: self.first.into_iter().chain(other.first).min(),
            last: self.last.into_iter().chain(other.last).max(),
        }
    }
}

/// Merges along `links` (strongest first) under the centroid and window guards; returns
/// each story's members, ascending. A vector is freed once its article is in a story of
/// two or more (the story's centroid holds it from then on).
fn merge(
    links: &[(f32, u32, u32)],
    vectors: &mut [TermVector],
    dates: &[Option<NaiveDate>],
    rules: &FeedRules,
) -> Vec<Vec<usize>> {
    let n = vectors.len();
    let mut parent: Vec<usize> = (0..n).collect();
    // Stories of two or more, by their root.
    let mut forming: HashMap<usize, Forming> = HashMap::new();
    for &(score, a, b) in links {
        let (ra, rb) = (find(&mut parent, a as usize), find(&mut parent, b as usize));
        if ra == rb {
            continue;
        }
        let view_of = |root: usize| match forming.get(&root) {
            Some(f) => View {
                centroid: &f.centroid,
                norm: f.norm,
                first: f.first,
                last: f.last,
            },
            None => View {
                centroid: &vectors[root].0,
                norm: norm(&vectors[root].0),
                first: dates[root],
                last: dates[root],
            },
        };
        let (fa, fb) = (view_of(ra), view_of(rb));
        let needed = rules.min_similarity.max(CENTROID_SHARE * f64::from(score));
        if fa.span_with(&fb) > rules.window_days || f64::from(fa.cosine(&fb)) < needed {
            continue;
        }
        let story = fa.merged(&fb);
        let (keep, gone) = if ra < rb { (ra, rb) } else { (rb, ra) };
        forming.remove(&gone);
        forming.insert(keep, story);
        vectors[ra] = TermVector::default();
        vectors[rb] = TermVector::default();
        parent[gone] = keep;
    }
    let mut groups: HashMap<usize, Vec<usize>> = HashMap::new();
    for i in 0..n {
        let root = find(&mut parent, i);
        groups.entry(root).or_default().push(i);
    }
    let mut groups: Vec<Vec<usize>> = groups.into_values().collect();
    groups.sort_unstable();
    groups
}

fn find(parent: &mut [usize], mut i: usize) -> usize {
    while parent[i] != i {
        parent[i] = parent[parent[i]];
        i = parent[i];
    }
    i
}

#[cfg(test)]
mod tests {
    use super::*;

    fn unit(terms: &[(TermId, f32)]) -> TermVector {
        let norm = terms.iter().map(|(_, w)| w * w).sum::<f32>().sqrt();
        TermVector(terms.iter().map(|&(t, w)| (t, w / norm)).collect())
    }

    /// a and c share nothing; b shares some of a's terms and more of c's. Single-link
    /// merging chains all three; the centroid guard keeps a apart once b and c are one.
    #[test]
    fn a_link_to_one_member_does_not_chain_an_unrelated_article_in() {
        let vectors = vec![
            unit(&[(1, 1.0)]),
            unit(&[(1, 0.6), (2, 0.8)]),
            unit(&[(2, 1.0)]),
        ];
        let links = vec![
            (vectors[1].cosine(&vectors[2]), 1, 2),
            (vectors[0].cosine(&vectors[1]), 0, 1),
        ];
        assert!(links[1].0 >= 0.59, "a-b is a strong link on its own");
        let rules = FeedRules::default();
        let groups = merge(&links, &mut vectors.clone(), &[None, None, None], &rules);
        assert_eq!(groups, vec![vec![0], vec![1, 2]]);
    }

    #[test]
    fn a_story_never_spans_more_than_the_window() {
        let vectors = vec![unit(&[(1, 1.0)]), unit(&[(1, 1.0)]), unit(&[(1, 1.0)])];
        let day = |d: u32| NaiveDate::from_ymd_opt(2025, 3, d);
        let dates = [day(1), day(3), day(5)];
        let links = vec![(1.0, 0, 1), (1.0, 1, 2)];
        let rules = FeedRules {
            window_days: 3,
            ..FeedRules::default()
        };
        let groups = merge(&links, &mut vectors.clone(), &dates, &rules);
        assert_eq!(groups, vec![vec![0, 1], vec![2]]);
    }
}
