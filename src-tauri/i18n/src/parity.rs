//! The check that Finnish and Swedish say the same things: the same files, the same message ids
//! and attributes, and each message using the same variables. A missing translation or a
//! variable renamed in one language only is a bug that would otherwise surface as a raw id or
//! an unformatted `{ $var }` in front of a user.

use std::{
    collections::{BTreeMap, BTreeSet},
    fmt,
};

use fluent_syntax::ast;
use kanta_language::Language;

use crate::signature::variables;

/// Message (or `message.attribute`, or `-term`) id → the variables it uses.
pub type Signature = BTreeMap<String, BTreeSet<String>>;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Difference {
    FileOnlyIn {
        lang: Language,
        file: String,
    },
    MessageOnlyIn {
        lang: Language,
        id: String,
    },
    Variables {
        id: String,
        fi: BTreeSet<String>,
        sv: BTreeSet<String>,
    },
    Syntax {
        lang: Language,
        file: String,
        detail: String,
    },
}

impl fmt::Display for Difference {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Difference::FileOnlyIn { lang, file } => {
                write!(f, "file {file} exists only in i18n/{}", lang.tag())
            }
            Difference::MessageOnlyIn { lang, id } => {
                write!(f, "message {id} exists only in i18n/{}", lang.tag())
            }
            Difference::Variables { id, fi, sv } => {
                write!(f, "message {id} uses variables {fi:?} in fi but {sv:?} in sv")
            }
            Difference::Syntax { lang, file, detail } => {
                write!(f, "i18n/{}/{file} does not parse: {detail}", lang.tag())
            }
        }
    }
}

/// Compares two languages given as `(file name, source)` pairs.
pub fn compare(fi: &[(&str, &str)], sv: &[(&str, &str)]) -> Vec<Difference> {
    let mut out = Vec::new();
    let names = |files: &[(&str, &str)]| files.iter().map(|(n, _)| n.to_string()).collect::<BTreeSet<_>>();
    let (fi_names, sv_names) = (names(fi), names(sv));
    for file in fi_names.difference(&sv_names) {
        out.push(Difference::FileOnlyIn {
            lang: Language::Fi,
            file: file.clone(),
        });
    }
    for file in sv_names.difference(&fi_names) {
        out.push(Difference::FileOnlyIn {
            lang: Language::Sv,
            file: file.clone(),
        });
    }

    let fi_sig = signature(Language::Fi, fi, &mut out);
    let sv_sig = signature(Language::Sv, sv, &mut out);
    for (id, fi_vars) in &fi_sig {
        match sv_sig.get(id) {
            None => out.push(Difference::MessageOnlyIn {
                lang: Language::Fi,
                id: id.clone(),
            }),
            Some(sv_vars) if sv_vars != fi_vars => out.push(Difference::Variables {
                id: id.clone(),
                fi: fi_vars.clone(),
                sv: sv_vars.clone(),
            }),
            Some(_) => {}
        }
    }
    for id in sv_sig.keys().filter(|id| !fi_sig.contains_key(*id)) {
        out.push(Difference::MessageOnlyIn {
            lang: Language::Sv,
            id: id.clone(),
        });
    }
    out
}

/// The signature of one language's files; syntax errors are pushed to `out`.
pub fn signature(lang: Language, files: &[(&str, &str)], out: &mut Vec<Difference>) -> Signature {
    let mut sig = Signature::new();
    for (file, source) in files {
        let resource = match fluent_syntax::parser::parse(*source) {
            Ok(resource) => resource,
            Err((resource, errors)) => {
                out.push(Difference::Syntax {
                    lang,
                    file: file.to_string(),
                    detail: format!("{errors:?}"),
                });
                resource
            }
        };
        for entry in &resource.body {
            let (id, value, attributes) = match entry {
                ast::Entry::Message(m) => (m.id.name.to_string(), m.value.as_ref(), &m.attributes),
                ast::Entry::Term(t) => (format!("-{}", t.id.name), Some(&t.value), &t.attributes),
                _ => continue,
            };
            sig.insert(id.clone(), value.map(variables).unwrap_or_default());
            for attribute in attributes {
                sig.insert(format!("{id}.{}", attribute.id.name), variables(&attribute.value));
            }
        }
    }
    sig
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::EMBEDDED;

    fn files(lang: Language) -> Vec<(&'static str, &'static str)> {
        EMBEDDED
            .iter()
            .filter(|f| f.lang == lang.tag())
            .map(|f| (f.name, f.source))
            .collect()
    }

    /// The real check: the shipped Finnish and Swedish files match.
    #[test]
    fn finnish_and_swedish_define_the_same_messages_with_the_same_variables() {
        let differences = compare(&files(Language::Fi), &files(Language::Sv));
        let report: Vec<String> = differences.iter().map(ToString::to_string).collect();
        assert!(report.is_empty(), "fi and sv differ:\n{}", report.join("\n"));
    }

    /// The check can fail: drop one message from the shipped Swedish files and it is named.
    #[test]
    fn removing_one_message_from_one_language_is_caught() {
        let fi = files(Language::Fi);
        let sv: Vec<(&str, String)> = files(Language::Sv)
            .into_iter()
            .map(|(name, src)| {
                (
                    name,
                    src.lines()
                        .filter(|l| !l.starts_with("app-title ="))
                        .collect::<Vec<_>>()
                        .join("\n"),
                )
            })
            .collect();
        let sv: Vec<(&str, &str)> = sv.iter().map(|(n, s)| (*n, s.as_str())).collect();
        assert_eq!(
            compare(&fi, &sv),
            vec![Difference::MessageOnlyIn {
                lang: Language::Fi,
                id: "app-title".into()
            }]
        );
    }

    #[test]
    fn variables_are_found_in_selectors_functions_attributes_and_terms() {
        let fi = [(
            "a.ftl",
            "-brand = Kanta { $x }\nm = { $count ->\n  [one] yksi { $thing }\n *[other] { NUMBER($n, minimumFractionDigits: 2) } { DATETIME($d) }\n}\n  .label = { $label }\n",
        )];
        let sv = [(
            "a.ftl",
            "-brand = Kanta\nm = { $count ->\n  [one] en\n *[other] { $n }\n}\n  .label = { $etikett }\n",
        )];
        let differences: Vec<String> = compare(&fi, &sv).iter().map(ToString::to_string).collect();
        assert_eq!(
            differences,
            vec![
                r#"message -brand uses variables {"x"} in fi but {} in sv"#,
                r#"message m uses variables {"count", "d", "n", "thing"} in fi but {"count", "n"} in sv"#,
                r#"message m.label uses variables {"label"} in fi but {"etikett"} in sv"#,
            ]
        );
    }

    #[test]
    fn files_and_syntax_errors_are_reported() {
        let differences = compare(&[("a.ftl", "x = 1"), ("b.ftl", "broken {")], &[("a.ftl", "x = 1")]);
        assert!(differences.contains(&Difference::FileOnlyIn {
            lang: Language::Fi,
            file: "b.ftl".into()
        }));
        assert!(differences
            .iter()
            .any(|d| matches!(d, Difference::Syntax { file, .. } if file == "b.ftl")));
    }
}
