//! Serialises the bundled dataset (src/data.rs) to JSON at build time, so that `dataset()` in the
//! browser is one `JSON.parse` of a string instead of ~10 KB of wasm serialisation code.
//! The same `DATASET` static is what the charts draw: one source, two forms.

#[allow(dead_code)]
#[path = "src/data.rs"]
mod data;

fn main() {
    println!("cargo:rerun-if-changed=src/data.rs");
    let out = std::path::PathBuf::from(std::env::var_os("OUT_DIR").unwrap_or_default()).join("dataset.json");
    let json = match serde_json::to_string(&data::DATASET) {
        Ok(json) => json,
        Err(e) => {
            println!("cargo:warning=could not serialise the dataset: {e}");
            std::process::exit(1);
        }
    };
    if let Err(e) = std::fs::write(&out, json) {
        println!("cargo:warning=could not write {}: {e}", out.display());
        std::process::exit(1);
    }
}
