//! Embeds every `i18n/<lang>/*.ftl` file into the core, so the binary carries its own texts
//! and the UI gets exactly the files the core formats with (the core owns them, as in Anki).

use std::{env, fs, path::PathBuf};

fn main() {
    let manifest = PathBuf::from(env::var("CARGO_MANIFEST_DIR").unwrap());
    let i18n = manifest
        .join("../../i18n")
        .canonicalize()
        .expect("the i18n/ folder at the repository root");
    println!("cargo:rerun-if-changed={}", i18n.display());

    let mut entries = Vec::new();
    for lang in ["fi", "sv"] {
        let dir = i18n.join(lang);
        println!("cargo:rerun-if-changed={}", dir.display());
        let mut files: Vec<PathBuf> = fs::read_dir(&dir)
            .unwrap_or_else(|e| panic!("reading {}: {e}", dir.display()))
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|x| x == "ftl"))
            .collect();
        files.sort();
        for file in files {
            println!("cargo:rerun-if-changed={}", file.display());
            let name = file.file_name().unwrap().to_string_lossy().into_owned();
            entries.push(format!(
                "    EmbeddedFile {{ lang: {lang:?}, name: {name:?}, source: include_str!({:?}) }},\n",
                file.display().to_string()
            ));
        }
    }
    let code = format!(
        "pub(crate) static EMBEDDED: &[EmbeddedFile] = &[\n{}];\n",
        entries.concat()
    );
    fs::write(
        PathBuf::from(env::var("OUT_DIR").unwrap()).join("embedded_ftl.rs"),
        code,
    )
    .unwrap();
}
