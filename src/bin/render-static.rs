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
    Ok(())
}

#[cfg(target_arch = "wasm32")]
fn main() {}
