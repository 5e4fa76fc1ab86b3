//! How long the signed commitment's PDF takes to make, from the application file to the bytes
//! (layout, font subsetting, serialisation): `cargo bench -p kanta-pdf --bench pdf`.

use criterion::{criterion_group, criterion_main, Criterion};
use kanta_domain::{model::document, Language};
use kanta_i18n::Catalog;
use kanta_pdf::{self as pdf, Document, Timestamp};

fn commitment(c: &mut Criterion) {
    let text = include_str!("../../../tests/examples/client-data-archive.json");
    let file = document::parse(text).expect("the example parses");
    let catalog = Catalog::embedded().expect("the catalog loads");
    let now: Timestamp = "2026-11-23T10:30:00Z".parse().expect("a time");
    // The fonts are parsed once per process; the first PDF pays for it, as the app's first does.
    pdf::render(Document::Commitment, &file, Language::Fi, &catalog, now).expect("printable");
    c.bench_function("commitment PDF (fi)", |b| {
        b.iter(|| pdf::render(Document::Commitment, &file, Language::Fi, &catalog, now).expect("printable"))
    });
    c.bench_function("application PDF (fi)", |b| {
        b.iter(|| pdf::render(Document::Application, &file, Language::Fi, &catalog, now).expect("printable"))
    });
}

criterion_group!(benches, commitment);
criterion_main!(benches);
