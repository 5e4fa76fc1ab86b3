//! A4 pages of text: paragraphs wrapped to the margins, headings kept with what follows them,
//! label–value rows, and a page break wherever the text runs out of page, so nothing is ever cut
//! off. Page numbers are added at the end, when the count is known. PDF positions are points
//! from the bottom left corner.

use printpdf::{
    Color, FontId, Line, LinePoint, Mm, Op, ParsedFont, PdfDocument, PdfFontHandle, PdfPage, Point, Pt, Rgb, TextItem,
};

use super::fonts::{fonts, width};

const PAGE_WIDTH: Mm = Mm(210.0);
const PAGE_HEIGHT: Mm = Mm(297.0);
const MARGIN: f32 = 56.7; // 20 mm
/// The footer (page numbers) sits below the text area.
const BOTTOM: f32 = MARGIN + 22.0;
/// The label column of a row.
const LABEL_WIDTH: f32 = 155.0; // about 55 mm

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Style {
    Title,
    Heading,
    Subheading,
    Body,
    /// A row's label, and emphasised words.
    Strong,
    /// Notes, the footer.
    Small,
}

impl Style {
    fn size(self) -> f32 {
        match self {
            Style::Title => 18.0,
            Style::Heading => 13.5,
            Style::Subheading => 11.5,
            Style::Body | Style::Strong => 10.5,
            Style::Small => 8.5,
        }
    }

    fn bold(self) -> bool {
        matches!(self, Style::Title | Style::Heading | Style::Subheading | Style::Strong)
    }

    fn leading(self) -> f32 {
        self.size() * 1.35
    }

    fn colour(self) -> Rgb {
        // The Suomi.fi palette's dark text and, for notes, its dark grey (both AAA on white).
        let (r, g, b) = match self {
            Style::Small => (0.36, 0.38, 0.40),
            _ => (0.16, 0.16, 0.16),
        };
        Rgb {
            r,
            g,
            b,
            icc_profile: None,
        }
    }
}

/// Writes text down A4 pages.
pub struct Writer {
    regular: FontId,
    bold: FontId,
    pages: Vec<Vec<Op>>,
    /// Where the next line's top is, in points from the bottom.
    top: f32,
}

impl Writer {
    /// A writer whose fonts are embedded in `doc`.
    pub fn new(doc: &mut PdfDocument) -> Writer {
        let fonts = fonts();
        let mut writer = Writer {
            regular: doc.add_font(&fonts.regular),
            bold: doc.add_font(&fonts.bold),
            pages: Vec::new(),
            top: 0.0,
        };
        writer.new_page();
        writer
    }

    fn new_page(&mut self) {
        self.pages.push(Vec::new());
        self.top = Pt::from(PAGE_HEIGHT).0 - MARGIN;
    }

    fn text_width() -> f32 {
        Pt::from(PAGE_WIDTH).0 - 2.0 * MARGIN
    }

    fn font(&self, style: Style) -> (&'static ParsedFont, &FontId) {
        let fonts = fonts();
        match style.bold() {
            true => (&fonts.bold, &self.bold),
            false => (&fonts.regular, &self.regular),
        }
    }

    fn page_is_empty(&self) -> bool {
        self.pages.last().is_none_or(Vec::is_empty)
    }

    /// Starts a new page unless `height` points still fit on this one (or it is empty).
    pub fn keep(&mut self, height: f32) {
        if self.top - height < BOTTOM && !self.page_is_empty() {
            self.new_page();
        }
    }

    pub fn space(&mut self, points: f32) {
        self.top -= points;
    }

    /// One line of text at `x`, its top at `top`, on the current page.
    fn line_at(&mut self, style: Style, x: f32, top: f32, text: &str) {
        let ops = self.text_ops(style, x, top, text);
        self.pages.last_mut().expect("a page").extend(ops);
    }

    fn text_ops(&self, style: Style, x: f32, top: f32, text: &str) -> Vec<Op> {
        let (_, font) = self.font(style);
        let baseline = top - style.size() * 0.95;
        vec![
            Op::StartTextSection,
            Op::SetFillColor {
                col: Color::Rgb(style.colour()),
            },
            Op::SetFont {
                font: PdfFontHandle::External(font.clone()),
                size: Pt(style.size()),
            },
            Op::SetTextCursor {
                pos: Point {
                    x: Pt(x),
                    y: Pt(baseline),
                },
            },
            Op::ShowText {
                items: vec![TextItem::Text(text.to_owned())],
            },
            Op::EndTextSection,
        ]
    }

    /// A paragraph, wrapped to the text width; a line break in `text` starts a new paragraph.
    pub fn paragraph(&mut self, style: Style, text: &str) {
        let (font, _) = self.font(style);
        for (i, part) in text.split('\n').enumerate() {
            if i > 0 {
                self.space(style.size() * 0.5);
            }
            for line in wrap(font, part, style.size(), Writer::text_width()) {
                self.keep(style.leading());
                let top = self.top;
                self.line_at(style, MARGIN, top, &line);
                self.top -= style.leading();
            }
        }
    }

    /// A heading, never left alone at the foot of a page: it moves to the next page unless
    /// three lines of body text fit under it.
    pub fn heading(&mut self, style: Style, text: &str) {
        self.space(style.size() * 0.6);
        self.keep(style.leading() + 3.0 * Style::Body.leading());
        self.paragraph(style, text);
        self.space(style.size() * 0.25);
    }

    /// A label and its value side by side, each wrapped in its column. A row that fits on a
    /// page is never split.
    pub fn row(&mut self, label: &str, value: &str) {
        let (label_font, _) = self.font(Style::Strong);
        let (value_font, _) = self.font(Style::Body);
        let size = Style::Body.size();
        let label_lines = wrap(label_font, label, size, LABEL_WIDTH - 8.0);
        let value_lines: Vec<String> = value
            .split('\n')
            .flat_map(|part| wrap(value_font, part, size, Writer::text_width() - LABEL_WIDTH))
            .collect();
        let lines = label_lines.len().max(value_lines.len());
        let leading = Style::Body.leading();
        self.keep(lines as f32 * leading);
        for i in 0..lines {
            // A very long value goes on over the page break, its label repeated at the top.
            if self.top - leading < BOTTOM {
                self.new_page();
            }
            let top = self.top;
            if let Some(text) = label_lines.get(i) {
                self.line_at(Style::Strong, MARGIN, top, text);
            }
            if let Some(text) = value_lines.get(i) {
                self.line_at(Style::Body, MARGIN + LABEL_WIDTH, top, text);
            }
            self.top -= leading;
        }
        self.space(leading * 0.25);
    }

    /// A thin horizontal line across the text width.
    pub fn rule(&mut self) {
        self.keep(12.0);
        self.space(4.0);
        let y = self.top;
        let grey = Color::Rgb(Rgb {
            r: 0.78,
            g: 0.80,
            b: 0.82,
            icc_profile: None,
        });
        let point = |x: f32| LinePoint {
            p: Point { x: Pt(x), y: Pt(y) },
            bezier: false,
        };
        let ops = [
            Op::SetOutlineColor { col: grey },
            Op::SetOutlineThickness { pt: Pt(0.75) },
            Op::DrawLine {
                line: Line {
                    points: vec![point(MARGIN), point(MARGIN + Writer::text_width())],
                    is_closed: false,
                },
            },
        ];
        self.pages.last_mut().expect("a page").extend(ops);
        self.space(8.0);
    }

    /// The pages, each with `footer(page, pages)` (1-based) at its foot.
    pub fn finish(mut self, footer: impl Fn(usize, usize) -> String) -> Vec<PdfPage> {
        let count = self.pages.len();
        for page in 0..count {
            let ops = self.text_ops(Style::Small, MARGIN, MARGIN, &footer(page + 1, count));
            self.pages[page].extend(ops);
        }
        self.pages
            .into_iter()
            .map(|ops| PdfPage::new(PAGE_WIDTH, PAGE_HEIGHT, ops))
            .collect()
    }

    #[cfg(test)]
    pub fn page_count(&self) -> usize {
        self.pages.len()
    }
}

/// `text` in lines no wider than `max` points: greedily by words; a word wider than a line (a
/// long address or OID) is broken between characters.
pub fn wrap(font: &ParsedFont, text: &str, size: f32, max: f32) -> Vec<String> {
    let mut lines = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        let candidate = match line.is_empty() {
            true => word.to_owned(),
            false => format!("{line} {word}"),
        };
        if width(font, &candidate, size) <= max {
            line = candidate;
            continue;
        }
        if !line.is_empty() {
            lines.push(std::mem::take(&mut line));
        }
        // The word alone: broken if it is wider than a whole line.
        for c in word.chars() {
            line.push(c);
            if width(font, &line, size) > max && line.chars().count() > 1 {
                let last = line.pop().expect("a character");
                lines.push(std::mem::take(&mut line));
                line.push(last);
            }
        }
    }
    if !line.is_empty() || lines.is_empty() {
        lines.push(line);
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_wraps_within_the_width_and_loses_no_word() {
        let font = &fonts().regular;
        let text =
            "Asiakas sitoutuu noudattamaan Kanta-palvelujen yleisiä toimitusehtoja kaikissa käyttämissään palveluissa.";
        let lines = wrap(font, text, 10.5, 150.0);
        assert!(lines.len() > 2, "{lines:?}");
        assert!(lines.iter().all(|l| width(font, l, 10.5) <= 150.0), "{lines:?}");
        assert_eq!(lines.join(" "), text);
        let long = "1.2.246.10.31415938.10.0.13.3.1.2.246.10.31415938.10.0.13.3.1.2.246.10.31415938";
        let parts = wrap(font, long, 10.5, 100.0);
        assert!(parts.len() > 1 && parts.concat() == long, "{parts:?}");
        assert_eq!(wrap(font, "", 10.5, 100.0), vec![String::new()]);
    }

    #[test]
    fn text_breaks_onto_new_pages_and_each_page_gets_its_footer() {
        let mut doc = PdfDocument::new("test");
        let mut writer = Writer::new(&mut doc);
        for i in 0..120 {
            writer.row(&format!("Rivi {i}"), "arvo");
        }
        assert!(writer.page_count() >= 3);
        let pages = writer.finish(|page, pages| format!("{page} / {pages}"));
        assert!(pages.len() >= 3);
    }
}
