//! FNV-1a, the one hash the crate uses: the translation table's keys (`i18n`, and `build.rs`,
//! which includes this file, for the English table it generates) and the page-wide text-width
//! cache (`model::width_cache`). The lowest layer: imports nothing.

/// FNV-1a over `bytes`, starting from `seed` (0 for a plain FNV-1a).
pub fn fnv1a(seed: u64, bytes: &[u8]) -> u64 {
    bytes.iter().fold(seed ^ 0xcbf2_9ce4_8422_2325, |h, b| (h ^ u64::from(*b)).wrapping_mul(0x0100_0000_01b3))
}

#[cfg(test)]
mod tests {
    use super::fnv1a;

    #[test]
    fn matches_the_published_fnv1a_vectors() {
        // From the FNV reference test suite (64-bit FNV-1a).
        assert_eq!(fnv1a(0, b""), 0xcbf2_9ce4_8422_2325);
        assert_eq!(fnv1a(0, b"a"), 0xaf63_dc4c_8601_ec8c);
        assert_eq!(fnv1a(0, b"foobar"), 0x8594_4171_f739_67e8);
    }
}
