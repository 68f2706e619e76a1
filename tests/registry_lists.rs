//! Every list of charts comes from the registry: no hand-written file of the repository names two
//! or more chart ids ([`ChartId::IDS`]). A file may name one chart (a test of that chart's
//! particulars, the README's one-line embed); anything that lists charts iterates the registry
//! (`ChartId::ALL` in Rust, `CHARTS` of the generated `www/chart-meta.js` in JavaScript) or is
//! generated from it by `render-static`. The files checked are the ones git tracks, and new ones
//! it does not ignore (`git ls-files --cached --others --exclude-standard`).
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing)]
#![cfg(not(target_arch = "wasm32"))]

use std::path::Path;
use std::process::Command;

use apac_ai_charts::ChartId;

/// Hand-written files that may name several charts, each with its reason. (The files
/// `render-static` generates are allowed too: see [`generated`].)
const ALLOWED_FILES: &[(&str, &str)] = &[
    ("src/charts/mod.rs", "the registry: the one list of charts, which everything else iterates"),
    ("src/data.rs", "the dataset: each chart's data, under its own names"),
    ("www/pages/index.html", "the article: it places each chart in its text by hand (editorial, as the article is)"),
    (
        "bench/chartjs-charts.js",
        "the benchmark's Chart.js twins, a hand-written reimplementation of each chart by its id; \
         the benchmark's own pages take the charts from chart-meta.js, and a chart without a twin \
         stops the run",
    ),
];

/// Lines of a hand-written file that may name a chart besides the rest of it: (file, what the
/// line contains, why).
const ALLOWED_LINES: &[(&str, &str, &str)] = &[(
    "README.md",
    "]: tests/golden/",
    "the README's pictures, one golden SVG per chart shown side by side (docs/charts.md has them all)",
)];

/// The files `render-static` writes from the registry (tests/static_site.rs keeps them current).
fn generated() -> Vec<String> {
    apac_ai_charts::static_site::files().unwrap().into_iter().map(|(name, _)| name).collect()
}

/// The files of the checkout that are not ignored, relative to its root.
fn repository_files(root: &Path) -> Vec<String> {
    let out = Command::new("git")
        .args(["ls-files", "-z", "--cached", "--others", "--exclude-standard"])
        .current_dir(root)
        .output()
        .unwrap_or_else(|e| panic!("this test lists the repository's files with git, which did not run: {e}"));
    assert!(out.status.success(), "git ls-files: {}", String::from_utf8_lossy(&out.stderr));
    let mut files: Vec<String> =
        String::from_utf8(out.stdout).unwrap().split('\0').filter(|f| !f.is_empty()).map(str::to_owned).collect();
    files.sort();
    files.dedup();
    files
}

/// The chart ids `contents` of the file at `path` names, outside its allowed lines.
fn ids_named(path: &str, contents: &str) -> Vec<&'static str> {
    let skipped: Vec<&str> =
        ALLOWED_LINES.iter().filter(|(file, ..)| *file == path).map(|(_, needle, _)| *needle).collect();
    let text: String = contents
        .lines()
        .filter(|line| !skipped.iter().any(|needle| line.contains(needle)))
        .collect::<Vec<_>>()
        .join("\n");
    ChartId::IDS.iter().copied().filter(|id| text.contains(id)).collect()
}

/// Each hand-written file among `files` (under `root`) that names two or more charts, with them.
fn lists_of_charts(root: &Path, files: &[String], generated: &[String]) -> Vec<String> {
    files
        .iter()
        .filter(|f| !generated.contains(f) && !ALLOWED_FILES.iter().any(|(allowed, _)| allowed == f))
        .filter_map(|f| {
            // Binary files (the PNG pictures) are read as far as they are text: ids are ASCII.
            let bytes = std::fs::read(root.join(f)).ok()?; // listed by git but deleted: nothing to check
            let ids = ids_named(f, &String::from_utf8_lossy(&bytes));
            (ids.len() >= 2).then(|| format!("{f}: {}", ids.join(", ")))
        })
        .collect()
}

#[test]
fn no_hand_written_file_lists_the_chart_ids() {
    assert!(ChartId::IDS.len() >= 2, "a registry of one chart cannot be listed twice");
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let files = repository_files(root);
    assert!(files.len() > 200, "found {} files", files.len());
    // Every allowance still names a file of the repository, and says why.
    for (file, reason) in ALLOWED_FILES {
        assert!(files.iter().any(|f| f == file), "allowed, but not in the repository: {file}");
        assert!(!reason.is_empty());
    }
    for (file, needle, reason) in ALLOWED_LINES {
        let contents = std::fs::read_to_string(root.join(file)).unwrap();
        assert!(contents.contains(needle), "{file} has no line with {needle:?} any more");
        assert!(!reason.is_empty());
    }
    let generated = generated();
    assert!(generated.iter().any(|g| g == "www/chart-meta.js"), "{generated:?}");
    let lists = lists_of_charts(root, &files, &generated);
    assert!(
        lists.is_empty(),
        "these files list chart ids by hand; iterate the registry instead (ChartId::ALL, or CHARTS \
         of www/chart-meta.js), or link docs/charts.md:\n{}",
        lists.join("\n")
    );
}

/// The check can fail: a file naming two charts is caught, wherever it is, and one naming a
/// single chart, or two only on an allowed line, is not.
#[test]
fn the_check_catches_a_file_that_lists_two_charts() {
    let (first, second) = (ChartId::IDS[0], ChartId::IDS[1]);
    let dir = std::env::temp_dir().join(format!("registry-lists-{}", std::process::id()));
    std::fs::create_dir_all(dir.join("docs")).unwrap();
    std::fs::write(dir.join("docs/two.md"), format!("| `{first}` |\n| `{second}` |\n")).unwrap();
    std::fs::write(dir.join("one.js"), format!("render(canvas, '{first}');\n")).unwrap();
    std::fs::write(dir.join("README.md"), format!("[a]: tests/golden/{first}.svg\n[b]: tests/golden/{second}.svg\n"))
        .unwrap();
    let files: Vec<String> = ["docs/two.md", "one.js", "README.md"].map(str::to_owned).to_vec();
    let found = lists_of_charts(&dir, &files, &[]);
    std::fs::remove_dir_all(&dir).unwrap();
    assert_eq!(found, [format!("docs/two.md: {first}, {second}")]);
}
