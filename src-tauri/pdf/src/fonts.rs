//! The typeface every PDF embeds: Source Sans 3, regular and bold (`fonts/`, SIL OFL 1.1), the
//! Suomi.fi design system's face. The built-in PDF fonts garble å, ä and ö, so text is never set
//! in them. The fonts are parsed once per process.

use std::sync::OnceLock;

use printpdf::ParsedFont;

const REGULAR: &[u8] = include_bytes!("../fonts/SourceSans3-Regular.ttf");
const BOLD: &[u8] = include_bytes!("../fonts/SourceSans3-Bold.ttf");

pub struct Fonts {
    pub regular: ParsedFont,
    pub bold: ParsedFont,
}

/// The parsed fonts. They are part of the build: failing to parse them is a build defect the
/// tests catch, not a run-time condition.
pub fn fonts() -> &'static Fonts {
    static FONTS: OnceLock<Fonts> = OnceLock::new();
    FONTS.get_or_init(|| {
        let parse = |bytes| ParsedFont::from_bytes(bytes, 0, &mut Vec::new()).expect("the embedded font parses");
        Fonts {
            regular: parse(REGULAR),
            bold: parse(BOLD),
        }
    })
}

/// The width of `text` set in `font` at `size` points, in points (advance widths, no kerning:
/// a line measured so never runs past the margin by more than a kerning pair).
pub fn width(font: &ParsedFont, text: &str, size: f32) -> f32 {
    let units_per_em = f32::from(font.pdf_font_metrics.units_per_em.max(1));
    let advance: u32 = text
        .chars()
        .map(|c| {
            let glyph = font.lookup_glyph_index(c as u32).unwrap_or(0);
            u32::from(font.get_horizontal_advance(glyph))
        })
        .sum();
    advance as f32 / units_per_em * size
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_fonts_have_every_nordic_letter_and_measure_text() {
        for font in [&fonts().regular, &fonts().bold] {
            for c in "åäöÅÄÖæøÆØšžŠŽáčđŋŧ€§".chars() {
                assert!(font.lookup_glyph_index(c as u32).is_some_and(|g| g != 0), "{c}");
            }
        }
        let narrow = width(&fonts().regular, "iiii", 10.0);
        let wide = width(&fonts().regular, "MMMM", 10.0);
        assert!(narrow > 0.0 && wide > 2.0 * narrow, "{narrow} {wide}");
        assert!((width(&fonts().regular, "MMMM", 20.0) - 2.0 * wide).abs() < 0.01);
    }
}
