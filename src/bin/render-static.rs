//! Writes every generated file (see `apac_ai_charts::static_site`): the static pictures,
//! `chart-meta.js` and its types, the language modules, the element's manifest, the table of
//! charts and the languages page. Usage: `cargo run --bin render-static [OUT_DIR]` (default: the
//! repository's root; paths under it are the repository's). With `--features test-chart` it
//! includes the test-only chart: give it an OUT_DIR outside the repository.

#[cfg(not(target_arch = "wasm32"))]
fn main() -> Result<(), Box<dyn std::error::Error>> {
    let out = std::env::args()
        .nth(1)
        .map_or_else(|| std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")), std::path::PathBuf::from);
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
