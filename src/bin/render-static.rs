//! Writes the static fallbacks and `chart-meta.js` into `www/` (see `apac_ai_charts::static_site`).
//! Usage: `cargo run --bin render-static [OUT_DIR]` (default: the crate's `www/`).

#[cfg(not(target_arch = "wasm32"))]
fn main() -> Result<(), Box<dyn std::error::Error>> {
    let out = std::env::args()
        .nth(1)
        .map_or_else(|| std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("www"), std::path::PathBuf::from);
    let files = apac_ai_charts::static_site::files()?;
    for (name, contents) in &files {
        let path = out.join(name);
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir)?;
        }
        std::fs::write(&path, contents)?;
    }
    println!("wrote {} files under {}", files.len(), out.display());
    // The article page's <noscript> pictures carry the generated summaries as their alt text: set
    // in its template (www/pages/; the build writes www/index.html from it).
    let index = out.join("pages").join("index.html");
    if let Ok(page) = std::fs::read_to_string(&index) {
        let updated = apac_ai_charts::static_site::with_current_alts(&page);
        if updated != page {
            std::fs::write(&index, updated)?;
            println!("updated the alt texts in {}", index.display());
        }
    }
    Ok(())
}

#[cfg(target_arch = "wasm32")]
fn main() {}
