//! Paged lists from a server pbctl does not trust: every page must be a PocketBase list
//! answer, and the pages must move forward. A server that answers every page with the
//! same full page, or with fresh items beyond the count it announced, would otherwise
//! keep `--all`, `export` and `api --paginate` reading (and writing) forever.

use crate::error::{Error, Result};
use serde::Deserialize;
use serde_json::Value;
use serde_json::value::RawValue;
use std::hash::{Hash, Hasher};

/// The `items` of a list answer, or an error when the answer is not a PocketBase list
/// (a proxy's or another program's JSON on the same URL).
pub fn list_items(answer: Value) -> Result<(Vec<Value>, serde_json::Map<String, Value>)> {
    match answer {
        Value::Object(mut m) => match m.remove("items") {
            Some(Value::Array(items)) => Ok((items, m)),
            _ => Err(not_a_list()),
        },
        _ => Err(not_a_list()),
    }
}

/// Is `answer` a PocketBase list answer (an object with an `items` array)?
pub fn check_list(answer: &Value) -> Result<()> {
    match answer.get("items") {
        Some(Value::Array(_)) => Ok(()),
        _ => Err(not_a_list()),
    }
}

fn not_a_list() -> Error {
    Error::failed("the server's answer is not a PocketBase list (no items array)")
        .hint("check that the context URL points at a PocketBase server (`pbctl context show`)")
}

/// Follows the pages of one list and refuses pages that do not move forward.
#[derive(Debug, Default)]
pub struct PageGuard {
    /// Items announced by the first page that counted them (`totalItems` >= 0).
    announced: Option<u64>,
    /// Pages announced by the first page that counted them.
    announced_pages: Option<u64>,
    /// Items seen so far.
    seen: u64,
    /// A hash of the previous page's items.
    previous: Option<u64>,
}

impl PageGuard {
    pub fn new() -> PageGuard {
        PageGuard::default()
    }

    /// Pages the first counted answer announced (`totalPages`); later answers cannot
    /// raise it.
    pub fn announced_pages(&self) -> Option<u64> {
        self.announced_pages
    }

    /// Check the answer to `page` (1-based) and return its items. Errors when the answer
    /// is not a list, is another page than the one asked for, repeats the previous page,
    /// or brings the total beyond what the server announced (with room for records
    /// created while pbctl reads: twice the count plus one page).
    pub fn page(&mut self, page: u64, per_page: u64, answer: Value) -> Result<Vec<Value>> {
        let (items, meta) = list_items(answer)?;
        let hash = (!items.is_empty()).then(|| hash_items(&items));
        self.check(
            page,
            per_page,
            Meta {
                page: meta.get("page"),
                total_items: meta.get("totalItems"),
                total_pages: meta.get("totalPages"),
            },
            items.len(),
            hash,
        )?;
        Ok(items)
    }

    /// The same checks for an answer whose records were not parsed ([`RawPage`]); a
    /// repeated page is recognised by the records' text.
    pub fn raw_page<'a>(
        &mut self,
        page: u64,
        per_page: u64,
        answer: RawPage<'a>,
    ) -> Result<Vec<&'a RawValue>> {
        let hash = (!answer.items.is_empty()).then(|| {
            let mut h = std::collections::hash_map::DefaultHasher::new();
            answer.items.len().hash(&mut h);
            for item in &answer.items {
                item.get().hash(&mut h);
            }
            h.finish()
        });
        self.check(
            page,
            per_page,
            Meta {
                page: answer.page.as_ref(),
                total_items: answer.total_items.as_ref(),
                total_pages: answer.total_pages.as_ref(),
            },
            answer.items.len(),
            hash,
        )?;
        Ok(answer.items)
    }

    fn check(
        &mut self,
        page: u64,
        per_page: u64,
        meta: Meta<'_>,
        n_items: usize,
        hash: Option<u64>,
    ) -> Result<()> {
        let echoed = meta.page.and_then(Value::as_u64);
        if let Some(got) = echoed
            && got != page
        {
            return Err(Error::failed(format!(
                "the server answered page {got} when asked for page {page}; stopping"
            ))
            .hint("the server does not page like PocketBase; check the context URL"));
        }
        if per_page > 0 && n_items as u64 > per_page {
            return Err(Error::failed(format!(
                "the server sent {n_items} items on a page of {per_page}; stopping"
            )));
        }
        if self.announced.is_none()
            && let Some(total) = meta.total_items.and_then(Value::as_i64)
            && total >= 0
        {
            self.announced = Some(total as u64);
            self.announced_pages = meta
                .total_pages
                .and_then(Value::as_i64)
                .map(|p| p.max(0) as u64);
        }
        // A server that says which page it sent and counted the records is bounded by its
        // count (below), and two pages with the same items are then real: `--fields` of
        // a column with one value, records without ids. Only a server that does neither
        // (PocketBase does both) is stopped when a page repeats the one before.
        let bounded = echoed == Some(page) && self.announced.is_some();
        if let Some(hash) = hash
            && !bounded
        {
            if self.previous == Some(hash) {
                return Err(Error::failed(format!(
                    "the server sent page {page} with the same items as page {}; stopping",
                    page.saturating_sub(1)
                ))
                .hint("the server ignores paging; check the context URL"));
            }
            self.previous = Some(hash);
        }
        self.seen += n_items as u64;
        if let Some(total) = self.announced {
            let limit = total.saturating_mul(2).saturating_add(per_page.max(1));
            if self.seen > limit {
                return Err(Error::failed(format!(
                    "the server sent more than {limit} items after announcing {total}; stopping"
                ))
                .hint("records may be created faster than they can be read; narrow the list with --filter"));
            }
        }
        Ok(())
    }
}

/// The paging fields of a list answer.
struct Meta<'a> {
    page: Option<&'a Value>,
    total_items: Option<&'a Value>,
    total_pages: Option<&'a Value>,
}

/// A list answer whose records are kept as the server's JSON text (borrowed from the
/// body): the cheapest way to pass many records on (`record export`).
#[derive(Debug, Deserialize)]
pub struct RawPage<'a> {
    #[serde(borrow)]
    pub items: Vec<&'a RawValue>,
    #[serde(default)]
    page: Option<Value>,
    #[serde(default, rename = "totalItems")]
    total_items: Option<Value>,
    #[serde(default, rename = "totalPages")]
    total_pages: Option<Value>,
}

impl<'a> RawPage<'a> {
    /// Read a list answer's body; an error when it is not a PocketBase list.
    pub fn parse(body: &'a [u8]) -> Result<RawPage<'a>> {
        serde_json::from_slice(body).map_err(|_| not_a_list())
    }

    /// `totalItems` when the server counted (not with `skipTotal`).
    pub fn total_items(&self) -> Option<u64> {
        self.total_items.as_ref().and_then(Value::as_u64)
    }
}

/// The ids of the items (or the items themselves when they have none), hashed.
fn hash_items(items: &[Value]) -> u64 {
    let mut h = std::collections::hash_map::DefaultHasher::new();
    items.len().hash(&mut h);
    for item in items {
        match item.get("id") {
            Some(id) => id.to_string().hash(&mut h),
            None => item.to_string().hash(&mut h),
        }
    }
    h.finish()
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn answer(page: u64, ids: &[&str], total: i64) -> Value {
        let items: Vec<Value> = ids.iter().map(|id| json!({"id": id})).collect();
        json!({"items": items, "page": page, "perPage": 2, "totalItems": total, "totalPages": -1})
    }

    #[test]
    fn pages_that_move_forward_pass() {
        let mut g = PageGuard::new();
        assert_eq!(g.page(1, 2, answer(1, &["a", "b"], 3)).unwrap().len(), 2);
        assert_eq!(g.page(2, 2, answer(2, &["c"], -1)).unwrap().len(), 1);
    }

    #[test]
    fn a_repeated_page_stops() {
        let mut g = PageGuard::new();
        g.page(1, 2, answer(1, &["a", "b"], -1)).unwrap();
        let e = g.page(2, 2, answer(2, &["a", "b"], -1)).unwrap_err();
        assert!(e.message.contains("same items"), "{}", e.message);
        // A server that always answers page 1.
        let mut g = PageGuard::new();
        g.page(1, 2, answer(1, &["a", "b"], -1)).unwrap();
        let e = g.page(2, 2, answer(1, &["c", "d"], -1)).unwrap_err();
        assert!(e.message.contains("page 1 when asked for page 2"));
    }

    #[test]
    fn equal_pages_pass_when_the_server_counted_and_echoes_the_page() {
        // `--fields published`: every record the same, on every page.
        let mut g = PageGuard::new();
        g.page(1, 2, answer(1, &["t", "t"], 5)).unwrap();
        g.page(2, 2, answer(2, &["t", "t"], -1)).unwrap();
        let body = answer(3, &["t"], -1).to_string();
        assert_eq!(
            g.raw_page(3, 2, RawPage::parse(body.as_bytes()).unwrap())
                .unwrap()
                .len(),
            1
        );
    }

    #[test]
    fn fresh_items_beyond_the_count_stop() {
        let mut g = PageGuard::new();
        g.page(1, 2, answer(1, &["a", "b"], 2)).unwrap();
        g.page(2, 2, answer(2, &["c", "d"], -1)).unwrap();
        // Twice the count and one page of room for records created meanwhile.
        g.page(3, 2, answer(3, &["e", "f"], -1)).unwrap();
        let e = g.page(4, 2, answer(4, &["g", "h"], -1)).unwrap_err();
        assert!(e.message.contains("announcing 2"), "{}", e.message);
    }

    #[test]
    fn raw_pages_get_the_same_checks() {
        let body = |page: u64, ids: &[&str], total: i64| answer(page, ids, total).to_string();
        let mut g = PageGuard::new();
        let one = body(1, &["a", "b"], -1);
        let items = g
            .raw_page(1, 2, RawPage::parse(one.as_bytes()).unwrap())
            .unwrap();
        assert_eq!(
            items.iter().map(|i| i.get()).collect::<Vec<_>>(),
            [r#"{"id":"a"}"#, r#"{"id":"b"}"#]
        );
        let same = body(2, &["a", "b"], -1);
        let e = g
            .raw_page(2, 2, RawPage::parse(same.as_bytes()).unwrap())
            .unwrap_err();
        assert!(e.message.contains("same items"), "{}", e.message);
        let mut g = PageGuard::new();
        let wrong = body(1, &["c"], -1);
        let e = g
            .raw_page(2, 2, RawPage::parse(wrong.as_bytes()).unwrap())
            .unwrap_err();
        assert!(e.message.contains("page 1 when asked for page 2"));
        for junk in [&b"{}"[..], b"[1]", b"{\"items\": 3}", b"<html>"] {
            assert!(RawPage::parse(junk).is_err());
        }
    }

    #[test]
    fn other_json_is_not_a_list() {
        let mut g = PageGuard::new();
        assert!(g.page(1, 2, json!({"hello": "world"})).is_err());
        assert!(g.page(1, 2, json!([1, 2])).is_err());
        assert!(g.page(1, 2, json!({"items": "x"})).is_err());
        let e = g.page(1, 2, answer(1, &["a", "b", "c"], 3)).unwrap_err();
        assert!(e.message.contains("3 items on a page of 2"));
    }
}
