//! The page-wide cache of measured text widths (the browser's measurer keeps one, in
//! `web/measure.rs`). Pure.

/// A width cache for the browser (one per page, in `web/measure.rs`): a small open-addressing table keyed by an FNV-1a hash of the text
/// and font, so a lookup neither allocates nor runs SipHash, in far less code than a `HashMap`.
/// Bounded: when it holds `MAX` entries (the shipped charts measure about 300) it starts afresh.
#[derive(Default)]
pub struct WidthCache {
    /// 0: empty; n: `entries[n - 1]`. Never more than half full, so probing always ends.
    slots: Vec<u16>,
    entries: Vec<CachedWidth>,
}

/// A cached width: the text and font it was measured for.
pub struct CachedWidth {
    pub(crate) text: Box<str>,
    /// `Font::size` bits (with the measurer's font fingerprint folded in) and weight.
    pub font: (u64, bool),
    pub(crate) width: f64,
}

impl WidthCache {
    const SLOTS: usize = 8192;
    const MAX: usize = Self::SLOTS / 2;

    /// The first slot to probe: the hash's high half folded in, since FNV-1a's low bits ignore
    /// the high bits of what it hashed (such as a font size's).
    fn start(hash: u64) -> usize {
        ((hash ^ (hash >> 32)) % Self::SLOTS as u64) as usize
    }

    /// The width cached for `text` in `font` (the key [`CachedWidth::font`] holds), found by the
    /// caller's FNV-1a `hash` of both; `None` if it is not cached.
    pub fn get(&self, hash: u64, text: &str, font: (u64, bool)) -> Option<f64> {
        let mut at = Self::start(hash);
        loop {
            let n = usize::from(*self.slots.get(at)?);
            let entry = self.entries.get(n.checked_sub(1)?)?;
            if entry.font == font && &*entry.text == text {
                return Some(entry.width);
            }
            at = (at + 1) % Self::SLOTS;
        }
    }

    /// Caches `entry` under `hash` (as for [`get`](Self::get)); a full cache starts afresh first.
    pub fn insert(&mut self, hash: u64, entry: CachedWidth) {
        if self.entries.len() >= Self::MAX || self.slots.is_empty() {
            self.entries.clear();
            self.slots.clear();
            self.slots.resize(Self::SLOTS, 0);
        }
        let mut at = Self::start(hash);
        while self.slots.get(at).is_some_and(|n| *n != 0) {
            at = (at + 1) % Self::SLOTS;
        }
        self.entries.push(entry);
        if let (Some(slot), Ok(n)) = (self.slots.get_mut(at), u16::try_from(self.entries.len())) {
            *slot = n;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::hash::fnv1a;

    #[test]
    fn width_cache_finds_what_it_holds_through_collisions_and_starts_afresh_when_full() {
        let entry = |text: &str, width: f64| CachedWidth { text: text.into(), font: (12, false), width };
        let mut cache = WidthCache::default();
        assert_eq!(cache.get(7, "a", (12, false)), None);
        // Three texts in one slot: each is found, by text and font, past the others.
        for (i, text) in ["a", "b", "c"].into_iter().enumerate() {
            cache.insert(7, entry(text, i as f64));
        }
        assert_eq!(cache.get(7, "c", (12, false)), Some(2.0));
        assert_eq!(cache.get(7, "a", (12, false)), Some(0.0));
        assert_eq!(cache.get(7, "a", (12, true)), None, "another font is another width");
        assert_eq!(cache.get(7 + WidthCache::SLOTS as u64, "b", (12, false)), Some(1.0), "slots wrap");
        assert_eq!(cache.get(8, "d", (12, false)), None);
        for i in 0..WidthCache::MAX as u64 {
            cache.insert(fnv1a(0, &i.to_le_bytes()), entry(&i.to_string(), 1.0));
        }
        assert_eq!(cache.get(7, "a", (12, false)), None, "full: it started afresh");
        assert!(cache.entries.len() < WidthCache::MAX);
    }
}
