//! The variables a Fluent pattern uses. One implementation for the parity check (`parity`, at
//! test time) and for the typed messages (`build.rs` includes this file, at build time), so that
//! what the check compares and what the generated functions ask for cannot disagree.

use std::collections::BTreeSet;

use fluent_syntax::ast;

/// Every `$variable` a pattern uses, through selectors, function arguments and nesting.
pub fn variables(pattern: &ast::Pattern<&str>) -> BTreeSet<String> {
    let mut vars = BTreeSet::new();
    collect_pattern(pattern, &mut vars, &mut BTreeSet::new());
    vars
}

/// The variables a pattern uses as numbers: selected on by plural category or number
/// (`[one]`, `[0]`), or given to `NUMBER()`. A text there would never select its variant.
#[allow(dead_code)] // Only build.rs types parameters.
pub fn numeric_variables(pattern: &ast::Pattern<&str>) -> BTreeSet<String> {
    let mut numeric = BTreeSet::new();
    numeric_in_pattern(pattern, &mut numeric);
    numeric
}

fn numeric_in_pattern(pattern: &ast::Pattern<&str>, numeric: &mut BTreeSet<String>) {
    const PLURALS: [&str; 5] = ["zero", "one", "two", "few", "many"];
    for element in &pattern.elements {
        let ast::PatternElement::Placeable { expression } = element else {
            continue;
        };
        let inline_numbers = |inline: &ast::InlineExpression<&str>, numeric: &mut BTreeSet<String>| {
            if let ast::InlineExpression::FunctionReference { id, arguments } = inline {
                if id.name == "NUMBER" {
                    for argument in &arguments.positional {
                        if let ast::InlineExpression::VariableReference { id } = argument {
                            numeric.insert(id.name.to_string());
                        }
                    }
                }
            }
        };
        match expression {
            ast::Expression::Select { selector, variants } => {
                let by_number = variants.iter().any(|v| match &v.key {
                    ast::VariantKey::NumberLiteral { .. } => true,
                    ast::VariantKey::Identifier { name } => PLURALS.contains(name),
                });
                if let (true, ast::InlineExpression::VariableReference { id }) = (by_number, selector) {
                    numeric.insert(id.name.to_string());
                }
                inline_numbers(selector, numeric);
                for variant in variants {
                    numeric_in_pattern(&variant.value, numeric);
                }
            }
            ast::Expression::Inline(inline) => inline_numbers(inline, numeric),
        }
    }
}

/// The messages a pattern references (`{ other-message }`): formatting it formats them with the
/// same arguments, so their variables are its own too.
#[allow(dead_code)] // build.rs follows references; the parity check compares each message alone.
pub fn message_references(pattern: &ast::Pattern<&str>) -> BTreeSet<String> {
    let mut refs = BTreeSet::new();
    collect_pattern(pattern, &mut BTreeSet::new(), &mut refs);
    refs
}

fn collect_pattern(pattern: &ast::Pattern<&str>, vars: &mut BTreeSet<String>, refs: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            collect_expression(expression, vars, refs);
        }
    }
}

fn collect_expression(expression: &ast::Expression<&str>, vars: &mut BTreeSet<String>, refs: &mut BTreeSet<String>) {
    match expression {
        ast::Expression::Select { selector, variants } => {
            collect_inline(selector, vars, refs);
            for variant in variants {
                collect_pattern(&variant.value, vars, refs);
            }
        }
        ast::Expression::Inline(inline) => collect_inline(inline, vars, refs),
    }
}

fn collect_inline(inline: &ast::InlineExpression<&str>, vars: &mut BTreeSet<String>, refs: &mut BTreeSet<String>) {
    match inline {
        ast::InlineExpression::VariableReference { id } => {
            vars.insert(id.name.to_string());
        }
        ast::InlineExpression::MessageReference { id, attribute: None } => {
            refs.insert(id.name.to_string());
        }
        ast::InlineExpression::FunctionReference { arguments, .. } => collect_arguments(arguments, vars, refs),
        ast::InlineExpression::TermReference {
            arguments: Some(arguments),
            ..
        } => collect_arguments(arguments, vars, refs),
        ast::InlineExpression::Placeable { expression } => collect_expression(expression, vars, refs),
        _ => {}
    }
}

fn collect_arguments(arguments: &ast::CallArguments<&str>, vars: &mut BTreeSet<String>, refs: &mut BTreeSet<String>) {
    for positional in &arguments.positional {
        collect_inline(positional, vars, refs);
    }
    for named in &arguments.named {
        collect_inline(&named.value, vars, refs);
    }
}
