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

use std::collections::{HashMap, VecDeque};

use chrono::NaiveDate;
use rayon::prelude::*;

use super::read::FeedArticle;
use super::terms::{self, Frequencies, TermCounts, TermId, TermVector, fnv1a};
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
/// sorted by id, and neither depends on the order of the input.
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
    let (df, feed_size) = match whole {
        Some(f) => (f.df.clone(), f.articles),
        None => (
            terms::document_frequencies(articles.iter().map(|a| &a.counts)),
            articles.len(),
        ),
    };
    let item = |i: usize, a: &mut FeedArticle| Item {
        key: i,
        id: a.id.clone(),
        published: a.published,
        counts: std::mem::take(&mut a.counts),
    };
    let mut dated: Vec<(NaiveDate, usize)> = articles
        .iter()
        .enumerate()
        .filter_map(|(i, a)| a.published.map(|d| (d, i)))
        .collect();
    dated.sort_unstable();
    let undated: Vec<Item<usize>> = articles
        .iter_mut()
        .enumerate()
        .filter(|(_, a)| a.published.is_none())
        .map(|(i, a)| item(i, a))
        .collect();
    let mut window = Windowed::new(rules, &df, feed_size, dated.len(), undated);
    let mut found = Vec::new();
    for day in dated.chunk_by(|a, b| a.0 == b.0) {
        let items = day
            .iter()
            .map(|&(_, i)| item(i, &mut articles[i]))
            .collect();
        window.push_day(day[0].0, items, &mut found);
    }
    window.finish(&mut found);
    found.sort_by(|a, b| (&a.id, a.first).cmp(&(&b.id, b.first)));
    found
        .into_iter()
        .map(|f| Story {
            id: f.id,
            articles: f.members.into_iter().map(|(_, k)| k).collect(),
        })
        .collect()
}

/// An article handed to [`Windowed`]: the caller's handle for it, its id, date and terms.
pub struct Item<K> {
    pub key: K,
    pub id: String,
    pub published: Option<NaiveDate>,
    pub counts: TermCounts,
}

/// A story found by [`Windowed`]: its id, the feed-wide position of its first article (to
/// order stories of one id), and its members (id and handle) by date then id.
pub struct Found<K> {
    pub id: String,
    pub first: u32,
    pub members: Vec<(String, K)>,
}

/// One article while it is within reach of the window.
struct Node<K> {
    key: K,
    id: String,
    date: Option<NaiveDate>,
    vector: TermVector,
    keys: Vec<TermId>,
    /// Candidate pairs scoring `min_similarity` or more: the other article and the score.
    links: Vec<(u32, f32)>,
    /// The best of `links`, once they are all known.
    best: f32,
    /// Links kept for the merge, to articles earlier in date order.
    kept: Vec<(u32, f32)>,
    /// Undated, or holds a blocking key of an undated article that may stay rare over the
    /// whole feed: its candidate pairs are known only at the end.
    open: bool,
    /// Has a link to an open article: its story is known only at the end.
    pinned: bool,
    /// Its number: its place in the feed by date, then id.
    index: u32,
    /// Its group of linked articles (union-find; the root holds the group's members and
    /// its last date).
    parent: u32,
    members: Vec<u32>,
    last: Option<NaiveDate>,
}

/// A blocking key of an undated article: how many articles of the feed so far hold it in
/// their vectors, and which dated ones while they are at most `blocking_max_articles` + 1.
#[derive(Default)]
struct UndatedKey {
    count: usize,
    holders: Vec<u32>,
}

/// Stories found in one pass over a feed in date order, a day at a time, holding only the
/// articles within reach of the window (plus the undated ones, and the few that may pair
/// with them at the end): the same stories as clustering the whole feed at once.
///
/// Articles are numbered in date order, then id (undated last, by id); with `w` =
/// `window_days`, and `T` the first day not yet paired:
/// - a day is paired (its articles' blocking keys looked up) once every day up to `w`
///   after it is in: the postings then hold exactly the articles within its window;
/// - an article is settled once `T` is more than `w` days after it: every candidate pair
///   it can have has been scored, so its best link is known, and its links to settled
///   articles are kept or not (strong, or the best of both);
/// - a group of articles joined by kept links is closed once `T` is more than `2w` days
///   after its last article: no link of its members is still undecided. Groups never
///   touch, so merging each closed group along its own links, strongest first, gives the
///   stories that merging every link of the feed in that order gives.
pub struct Windowed<'a, K> {
    rules: &'a FeedRules,
    df: &'a HashMap<TermId, u32>,
    feed_size: usize,
    next: u32,
    nodes: HashMap<u32, Node<K>>,
    /// Days in, not yet closed: the date and the articles' numbers.
    days: VecDeque<(NaiveDate, std::ops::Range<u32>)>,
    /// Days of `days` paired, settled (and out of `postings`) and closed.
    paired: usize,
    settled: usize,
    closed: usize,
    /// The articles of the settled days' windows holding each term, in date order.
    postings: HashMap<TermId, VecDeque<u32>>,
    /// The undated articles holding each term.
    undated: HashMap<TermId, Vec<u32>>,
    undated_keys: HashMap<TermId, UndatedKey>,
}

impl<'a, K: Clone + Send + Sync> Windowed<'a, K> {
    /// `dated` is how many dated articles the feed has (the undated are numbered after
    /// them); `undated` are all of its undated articles.
    pub fn new(
        rules: &'a FeedRules,
        df: &'a HashMap<TermId, u32>,
        feed_size: usize,
        dated: usize,
        undated: Vec<Item<K>>,
    ) -> Self {
        let mut window = Windowed {
            rules,
            df,
            feed_size,
            next: 0,
            nodes: HashMap::new(),
            days: VecDeque::new(),
            paired: 0,
            settled: 0,
            closed: 0,
            postings: HashMap::new(),
            undated: HashMap::new(),
            undated_keys: HashMap::new(),
        };
        let nodes = window.weigh(undated, dated as u32);
        for node in &nodes {
            for (term, _) in &node.vector.0 {
                window.undated.entry(*term).or_default().push(node.index);
            }
        }
        for node in nodes {
            for key in &node.keys {
                let count = window.undated[key].len();
                window.undated_keys.entry(*key).or_insert(UndatedKey {
                    count,
                    holders: Vec::new(),
                });
            }
            window.nodes.insert(node.index, node);
        }
        window
    }

    /// Nodes of `items`, sorted by id and numbered from `from`.
    fn weigh(&self, mut items: Vec<Item<K>>, from: u32) -> Vec<Node<K>> {
        items.sort_by(|a, b| a.id.cmp(&b.id));
        items
            .into_par_iter()
            .enumerate()
            .map(|(i, item)| {
                let (vector, keys) =
                    terms::weigh(&item.counts, self.df, self.feed_size, KEYS_PER_ARTICLE);
                let n = from + i as u32;
                Node {
                    key: item.key,
                    id: item.id,
                    date: item.published,
                    open: item.published.is_none(),
                    vector,
                    keys,
                    links: Vec::new(),
                    best: 0.0,
                    kept: Vec::new(),
                    pinned: false,
                    index: n,
                    parent: n,
                    members: vec![n],
                    last: item.published,
                }
            })
            .collect()
    }

    /// Adds the articles of day `date` (days come in ascending order), handing the stories
    /// that are done to `found`.
    pub fn push_day(&mut self, date: NaiveDate, items: Vec<Item<K>>, found: &mut Vec<Found<K>>) {
        self.advance(Some(date), found);
        let nodes = self.weigh(items, self.next);
        let cap = self.rules.blocking_max_articles + 1;
        let start = self.next;
        for mut node in nodes {
            let n = node.index;
            for (term, _) in &node.vector.0 {
                self.postings.entry(*term).or_default().push_back(n);
                if let Some(key) = self.undated_keys.get_mut(term) {
                    key.count += 1;
                    if key.count <= cap {
                        key.holders.push(n);
                        node.open = true;
                    } else if !key.holders.is_empty() {
                        key.holders = Vec::new();
                    }
                }
            }
            self.nodes.insert(n, node);
            self.next = n + 1;
        }
        self.days.push_back((date, start..self.next));
    }

    /// The earliest date of an article not yet in a story found.
    pub fn earliest_held(&self) -> Option<NaiveDate> {
        self.nodes.values().filter_map(|n| n.date).min()
    }

    /// Ends the feed: every story left is handed to `found`.
    pub fn finish(&mut self, found: &mut Vec<Found<K>>) {
        self.advance(None, found);
        // The undated articles' own blocking keys, over the whole feed.
        let cap = self.rules.blocking_max_articles + 1;
        let mut undated: Vec<u32> = self
            .nodes
            .iter()
            .filter(|(_, n)| n.date.is_none())
            .map(|(&i, _)| i)
            .collect();
        undated.sort_unstable();
        let mut links = Vec::new();
        for &u in &undated {
            let mut partners = Vec::new();
            for key in &self.nodes[&u].keys {
                let state = &self.undated_keys[key];
                if state.count > cap {
                    continue;
                }
                partners.extend(&state.holders);
                partners.extend(&self.undated[key]);
            }
            partners.sort_unstable();
            partners.dedup();
            for b in partners.into_iter().filter(|&b| b != u) {
                let (lo, hi) = ordered(u, b);
                let score = self.nodes[&lo].vector.cosine(&self.nodes[&hi].vector);
                if f64::from(score) >= self.rules.min_similarity {
                    links.push((u, b, score));
                }
            }
        }
        for (a, b, score) in links {
            self.link(a, b, score);
        }
        let mut left: Vec<u32> = self.nodes.keys().copied().collect();
        left.sort_unstable();
        for &x in &left {
            self.settle_one(x, true);
        }
        let mut roots: Vec<u32> = left.iter().map(|&x| self.find(x)).collect();
        roots.sort_unstable();
        roots.dedup();
        for root in roots {
            self.close_group(root, found);
        }
    }

    /// Pairs, settles and closes every day it can before day `limit` (`None`: the end).
    fn advance(&mut self, limit: Option<NaiveDate>, found: &mut Vec<Found<K>>) {
        let w = self.rules.window_days;
        loop {
            let next = self.days.get(self.paired).map(|d| d.0);
            let ready = match (next, limit) {
                (Some(c), Some(l)) => (l - c).num_days() > w,
                (Some(_), None) => true,
                (None, _) => false,
            };
            let t = next.or(limit);
            self.settle(t);
            self.close(t, found);
            if !ready {
                break;
            }
            self.pair(self.paired);
            self.paired += 1;
        }
    }

    /// Looks up the blocking keys of day `day`'s articles in its window.
    fn pair(&mut self, day: usize) {
        let cap = self.rules.blocking_max_articles + 1;
        let range = self.days[day].1.clone();
        let none = Vec::new();
        let links: Vec<(u32, u32, f32)> = range
            .into_par_iter()
            .flat_map_iter(|a| {
                let node = &self.nodes[&a];
                let mut partners = Vec::new();
                for key in &node.keys {
                    let near = &self.postings[key];
                    let undated = self.undated.get(key).unwrap_or(&none);
                    if near.len() + undated.len() > cap {
                        continue;
                    }
                    partners.extend(near.iter().chain(undated));
                }
                partners.sort_unstable();
                partners.dedup();
                partners
                    .into_iter()
                    .filter(|&b| b != a)
                    .filter_map(|b| {
                        let (lo, hi) = ordered(a, b);
                        let score = self.nodes[&lo].vector.cosine(&self.nodes[&hi].vector);
                        (f64::from(score) >= self.rules.min_similarity).then_some((a, b, score))
                    })
                    .collect::<Vec<_>>()
            })
            .collect();
        for (a, b, score) in links {
            self.link(a, b, score);
        }
    }

    /// Records a link (once), pinning the articles linked to an open one.
    fn link(&mut self, a: u32, b: u32, score: f32) {
        if self.nodes[&a].links.iter().any(|&(x, _)| x == b) {
            return;
        }
        let (a_open, b_open) = (self.nodes[&a].open, self.nodes[&b].open);
        let node = self.nodes.get_mut(&a).expect("linked articles are held");
        node.links.push((b, score));
        node.pinned |= b_open;
        let node = self.nodes.get_mut(&b).expect("linked articles are held");
        node.links.push((a, score));
        node.pinned |= a_open;
    }

    /// Settles the days more than `w` before `t` (`None`: all).
    fn settle(&mut self, t: Option<NaiveDate>) {
        let w = self.rules.window_days;
        while self.settled < self.paired
            && t.is_none_or(|t| (t - self.days[self.settled].0).num_days() > w)
        {
            let range = self.days[self.settled].1.clone();
            for x in range.clone() {
                for (term, _) in &self.nodes[&x].vector.0 {
                    let list = self.postings.get_mut(term).expect("posted");
                    debug_assert_eq!(list.front(), Some(&x));
                    list.pop_front();
                    if list.is_empty() {
                        self.postings.remove(term);
                    }
                }
            }
            for x in range.clone() {
                let node = self.nodes.get_mut(&x).expect("held");
                node.best = node.links.iter().map(|l| l.1).fold(0.0, f32::max);
            }
            for x in range {
                self.settle_one(x, false);
            }
            self.settled += 1;
        }
    }

    /// Keeps or drops the links of `x` to articles before it (only those between two
    /// open articles' or not, as `end` says); its best link must be known.
    fn settle_one(&mut self, x: u32, end: bool) {
        if end {
            let node = self.nodes.get_mut(&x).expect("held");
            node.best = node.links.iter().map(|l| l.1).fold(0.0, f32::max);
        }
        let strong = self.rules.strong_similarity.max(self.rules.min_similarity);
        let node = &self.nodes[&x];
        let kept: Vec<(u32, f32)> = node
            .links
            .iter()
            .filter(|&&(y, _)| y < x)
            .filter(|&&(y, _)| end == (node.open || self.nodes[&y].open))
            .filter(|&&(y, score)| {
                f64::from(score) >= strong || (score >= node.best && score >= self.nodes[&y].best)
            })
            .copied()
            .collect();
        if !end && node.links.is_empty() && !node.open {
            // Nothing will read its vector again.
            self.nodes.get_mut(&x).expect("held").vector = TermVector::default();
        }
        for (y, score) in kept {
            self.nodes.get_mut(&x).expect("held").kept.push((y, score));
            self.union(x, y);
        }
    }

    /// Closes the groups whose last article is more than `2w` days before `t`.
    fn close(&mut self, t: Option<NaiveDate>, found: &mut Vec<Found<K>>) {
        let w = self.rules.window_days;
        let done = |day: NaiveDate| t.is_none_or(|t| (t - day).num_days() > 2 * w);
        while self.closed < self.settled && done(self.days[self.closed].0) {
            for x in self.days[self.closed].1.clone() {
                if !self.nodes.contains_key(&x) {
                    continue;
                }
                let root = self.find(x);
                let group = &self.nodes[&root];
                if !group.last.is_some_and(done)
                    || group
                        .members
                        .iter()
                        .any(|m| self.nodes[m].open || self.nodes[m].pinned)
                {
                    continue;
                }
                self.close_group(root, found);
            }
            self.closed += 1;
        }
        while self.closed > 0 {
            self.days.pop_front();
            self.closed -= 1;
            self.settled -= 1;
            self.paired -= 1;
        }
    }

    /// Merges a closed group along its kept links and hands its stories to `found`.
    fn close_group(&mut self, root: u32, found: &mut Vec<Found<K>>) {
        let mut members = std::mem::take(&mut self.nodes.get_mut(&root).expect("held").members);
        members.sort_unstable();
        let mut nodes: Vec<Node<K>> = members
            .iter()
            .map(|m| self.nodes.remove(m).expect("held"))
            .collect();
        let local = |n: u32| members.binary_search(&n).expect("a member") as u32;
        let mut links: Vec<(f32, u32, u32)> = nodes
            .iter()
            .flat_map(|node| {
                let b = local(node.index);
                node.kept.iter().map(move |&(y, s)| (s, local(y), b))
            })
            .collect();
        links.sort_unstable_by(|x, y| y.0.total_cmp(&x.0).then((x.1, x.2).cmp(&(y.1, y.2))));
        let dates: Vec<Option<NaiveDate>> = nodes.iter().map(|n| n.date).collect();
        let mut vectors: Vec<TermVector> = nodes
            .iter_mut()
            .map(|n| std::mem::take(&mut n.vector))
            .collect();
        for group in merge(&links, &mut vectors, &dates, self.rules) {
            let first = members[group[0]];
            let first_date = group.iter().filter_map(|&i| dates[i]).min();
            let ids: Vec<&str> = group.iter().map(|&i| nodes[i].id.as_str()).collect();
            found.push(Found {
                id: story_id(first_date, ids),
                first,
                members: group
                    .iter()
                    .map(|&i| (nodes[i].id.clone(), nodes[i].key.clone()))
                    .collect(),
            });
        }
    }

    fn find(&mut self, mut x: u32) -> u32 {
        loop {
            let parent = self.nodes[&x].parent;
            if parent == x {
                return x;
            }
            let grand = self.nodes[&parent].parent;
            self.nodes.get_mut(&x).expect("held").parent = grand;
            x = grand;
        }
    }

    fn union(&mut self, a: u32, b: u32) {
        let (ra, rb) = (self.find(a), self.find(b));
        if ra == rb {
            return;
        }
        let (big, small) = if self.nodes[&ra].members.len() >= self.nodes[&rb].members.len() {
            (ra, rb)
        } else {
            (rb, ra)
        };
        let node = self.nodes.get_mut(&small).expect("held");
        node.parent = big;
        let members = std::mem::take(&mut node.members);
        let last = node.last;
        let node = self.nodes.get_mut(&big).expect("held");
        node.members.extend(members);
        node.last = node.last.max(last);
    }
}

/// `YYYY-MM-DD-` (the story's first date) or `undated-`, then 12 hex digits of a hash of
/// its article ids: the same articles always make the same id.
fn story_id(first: Option<NaiveDate>, mut ids: Vec<&str>) -> String {
    ids.sort_unstable();
    let hash = fnv1a(ids.join("\n").as_bytes());
    match first {
        Some(date) => format!("{}-{:012x}", date.format("%Y-%m-%d"), hash >> 16),
        None => format!("undated-{:012x}", hash >> 16),
    }
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

    #[test]
    fn the_window_gives_the_stories_of_the_whole_feed() {
        for seed in 1..=12u64 {
            let rules = FeedRules {
                window_days: (seed % 4) as i64,
                min_similarity: [0.05, 0.1, 0.2][(seed % 3) as usize],
                strong_similarity: 0.4,
                blocking_max_articles: [3, 8, 50][(seed % 3) as usize],
            };
            let records = synthetic_feed(seed, 160);
            let mut a = crate::feed::feed_of_records(records.clone());
            let mut b = crate::feed::feed_of_records(records);
            let expected = whole::reference(&mut a.articles, &rules, None);
            let got = cluster(&mut b.articles, &rules);
            assert_eq!(got, expected, "seed {seed}");
            let multi = got.iter().filter(|s| s.articles.len() > 1).count();
            let mixed = got
                .iter()
                .filter(|s| {
                    let dated = s
                        .articles
                        .iter()
                        .filter(|&&i| b.articles[i].published.is_some());
                    let n = dated.count();
                    n > 0 && n < s.articles.len()
                })
                .count();
            assert!(
                multi > 0 && mixed > 0,
                "seed {seed}: stories of dated articles, and of dated and undated ones together"
            );
        }
    }

    /// Articles on topics (a topic's words, a few words of the whole vocabulary, now and
    /// then a word of another topic), dated over 40 days, about one in eight undated.
    fn synthetic_feed(seed: u64, n: usize) -> Vec<crate::feed::Record> {
        let mut state = seed.wrapping_mul(0x9e37_79b9_7f4a_7c15) | 1;
        let mut next = move |m: u64| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state % m
        };
        let word = |i: u64| {
            let letters = b"bcdfgklmnprstvz";
            let vowels = b"aeiou";
            let mut w = String::new();
            let mut k = i + 1;
            while k > 0 {
                w.push(letters[(k % 15) as usize] as char);
                w.push(vowels[((k / 15) % 5) as usize] as char);
                k /= 75;
            }
            format!("{w}lo")
        };
        let start = NaiveDate::from_ymd_opt(2024, 5, 1).unwrap();
        (0..n)
            .map(|i| {
                let topic = next(30);
                let mut words = Vec::new();
                for _ in 0..25 {
                    words.push(word(1000 + topic * 12 + next(12)));
                }
                for _ in 0..8 {
                    words.push(word(next(400)));
                }
                if next(4) == 0 {
                    words.push(word(1000 + next(30) * 12 + next(12)));
                }
                let published = (next(8) != 0)
                    .then(|| start + chrono::Days::new(topic + next(3) + next(10) / 9 * 20));
                crate::feed::Record {
                    id: format!("a{:03}", (i * 37) % n),
                    text: words.join(" "),
                    outlet: None,
                    published,
                    url: None,
                    title: None,
                }
            })
            .collect()
    }

    // The clustering of the whole feed at once, as it was before the window: the windowed
    // pass must give exactly its stories.
    mod whole {
        use std::collections::HashMap;

        use chrono::NaiveDate;
        use rayon::prelude::*;

        use super::super::{KEYS_PER_ARTICLE, ordered};
        use crate::config::FeedRules;
        use crate::feed::Story;
        use crate::feed::read::FeedArticle;
        use crate::feed::terms::{self, Frequencies, TermId, TermVector, fnv1a};

        pub fn reference(
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
            let dates: Vec<Option<NaiveDate>> =
                order.iter().map(|&i| articles[i].published).collect();
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
            let groups = super::super::merge(&links, &mut vectors, &dates, rules);
            let mut stories: Vec<Story> = groups
                .into_iter()
                .map(|members| {
                    let articles_of: Vec<usize> = members.iter().map(|&m| order[m]).collect();
                    Story {
                        id: old_story_id(&articles_of, articles),
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

        fn old_story_id(members: &[usize], articles: &[FeedArticle]) -> String {
            let first = members.iter().filter_map(|&i| articles[i].published).min();
            let mut ids: Vec<&str> = members.iter().map(|&i| articles[i].id.as_str()).collect();
            ids.sort_unstable();
            let hash = fnv1a(ids.join("\n").as_bytes());
            match first {
                Some(date) => format!("{}-{:012x}", date.format("%Y-%m-%d"), hash >> 16),
                None => format!("undated-{:012x}", hash >> 16),
            }
        }

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
                                    dates[i as usize]
                                        .is_some_and(|d| (d - day).num_days() <= window)
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
    }
}
