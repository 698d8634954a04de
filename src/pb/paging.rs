//! Paged lists from a server pbctl does not trust: every page must be a PocketBase list
//! answer, and the pages must move forward. A server that answers every page with the
//! same full page, or with fresh items beyond the count it announced, would otherwise
//! keep `--all`, `export` and `api --paginate` reading (and writing) forever.

use crate::error::{Error, Result};
use serde_json::Value;
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
        if let Some(got) = meta.get("page").and_then(Value::as_u64)
            && got != page
        {
            return Err(Error::failed(format!(
                "the server answered page {got} when asked for page {page}; stopping"
            ))
            .hint("the server does not page like PocketBase; check the context URL"));
        }
        if per_page > 0 && items.len() as u64 > per_page {
            return Err(Error::failed(format!(
                "the server sent {} items on a page of {per_page}; stopping",
                items.len()
            )));
        }
        if self.announced.is_none()
            && let Some(total) = meta.get("totalItems").and_then(Value::as_i64)
            && total >= 0
        {
            self.announced = Some(total as u64);
            self.announced_pages = meta
                .get("totalPages")
                .and_then(Value::as_i64)
                .map(|p| p.max(0) as u64);
        }
        if !items.is_empty() {
            let hash = hash_items(&items);
            if self.previous == Some(hash) {
                return Err(Error::failed(format!(
                    "the server sent page {page} with the same items as page {}; stopping",
                    page.saturating_sub(1)
                ))
                .hint("the server ignores paging; check the context URL"));
            }
            self.previous = Some(hash);
        }
        self.seen += items.len() as u64;
        if let Some(total) = self.announced {
            let limit = total.saturating_mul(2).saturating_add(per_page.max(1));
            if self.seen > limit {
                return Err(Error::failed(format!(
                    "the server sent more than {limit} items after announcing {total}; stopping"
                ))
                .hint("records may be created faster than they can be read; narrow the list with --filter"));
            }
        }
        Ok(items)
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
    fn other_json_is_not_a_list() {
        let mut g = PageGuard::new();
        assert!(g.page(1, 2, json!({"hello": "world"})).is_err());
        assert!(g.page(1, 2, json!([1, 2])).is_err());
        assert!(g.page(1, 2, json!({"items": "x"})).is_err());
        let e = g.page(1, 2, answer(1, &["a", "b", "c"], 3)).unwrap_err();
        assert!(e.message.contains("3 items on a page of 2"));
    }
}
