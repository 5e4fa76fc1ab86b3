//! How WebKitGTK paints the window on Linux, chosen by what the machine has. WebKit's default
//! paints through OpenGL; on a machine without a GPU (a virtual machine, a remote desktop, a
//! headless test server) that OpenGL is Mesa's software rasteriser, and a wizard step's frame
//! took 158 ms to paint here against 8 ms with Skia's CPU rendering (README, "Performance").
//! So: no GPU, CPU rendering; a GPU, WebKit's default. A user (or an administrator) can say
//! otherwise with `KANTA_EXTRANET_RENDERING=cpu|gpu`, and WebKit's own variables, when set, are
//! left alone.
//!
//! The rule is here; the shell only asks the machine (`Machine::probe`) and sets the variable
//! before WebKit starts.

use std::path::Path;

/// The app's own setting: `cpu`, `gpu` (or unset: chosen by the machine).
pub const SETTING_VAR: &str = "KANTA_EXTRANET_RENDERING";
/// WebKitGTK's switch to Skia's CPU rendering (WebKitGTK 2.46 and newer).
pub const CPU_RENDERING_VAR: &str = "WEBKIT_SKIA_ENABLE_CPU_RENDERING";
/// WebKit's own variables that already decide how it paints; any of them set wins.
const WEBKIT_OWN: [&str; 4] = [
    CPU_RENDERING_VAR,
    "WEBKIT_DISABLE_COMPOSITING_MODE",
    "WEBKIT_DISABLE_DMABUF_RENDERER",
    "LIBGL_ALWAYS_SOFTWARE",
];

/// What the choice depends on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Machine {
    /// `KANTA_EXTRANET_RENDERING`, as given.
    pub setting: Option<String>,
    /// One of WebKit's own variables is set.
    pub webkit_set: bool,
    /// A DRM render node (`/dev/dri/renderD*`): a GPU, or a virtual one, that OpenGL can use.
    pub render_node: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Rendering {
    /// WebKit's default (OpenGL), or whatever WebKit's own variables say.
    WebKitDefault,
    /// Skia's CPU rendering.
    Cpu,
}

impl Machine {
    /// This process's environment and `/dev/dri`.
    pub fn probe() -> Machine {
        Machine {
            setting: std::env::var(SETTING_VAR).ok(),
            webkit_set: WEBKIT_OWN.iter().any(|v| std::env::var_os(v).is_some()),
            render_node: has_render_node(Path::new("/dev/dri")),
        }
    }

    pub fn rendering(&self) -> Rendering {
        match self.setting.as_deref().map(str::trim) {
            Some(s) if s.eq_ignore_ascii_case("cpu") => Rendering::Cpu,
            Some(s) if s.eq_ignore_ascii_case("gpu") => Rendering::WebKitDefault,
            // WebKit's own variable is the more specific wish.
            _ if self.webkit_set => Rendering::WebKitDefault,
            _ if self.render_node => Rendering::WebKitDefault,
            _ => Rendering::Cpu,
        }
    }
}

fn has_render_node(dri: &Path) -> bool {
    std::fs::read_dir(dri)
        .map(|entries| {
            entries
                .flatten()
                .any(|e| e.file_name().to_string_lossy().starts_with("renderD"))
        })
        .unwrap_or(false)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn machine(setting: Option<&str>, webkit_set: bool, render_node: bool) -> Machine {
        Machine {
            setting: setting.map(str::to_owned),
            webkit_set,
            render_node,
        }
    }

    #[test]
    fn without_a_gpu_webkit_paints_on_the_cpu_unless_told_otherwise() {
        use Rendering::*;
        #[rustfmt::skip]
        let cases = [
            // setting,     WebKit's own, render node → rendering
            (None,          false, false, Cpu),
            (None,          false, true,  WebKitDefault),
            (None,          true,  false, WebKitDefault),
            (Some("cpu"),   false, true,  Cpu),
            (Some(" CPU "), true,  true,  Cpu),
            (Some("gpu"),   false, false, WebKitDefault),
            (Some("auto"),  false, false, Cpu),
            (Some(""),      false, true,  WebKitDefault),
        ];
        for (setting, webkit_set, render_node, expected) in cases {
            assert_eq!(
                machine(setting, webkit_set, render_node).rendering(),
                expected,
                "{setting:?} {webkit_set} {render_node}"
            );
        }
    }

    #[test]
    fn a_render_node_is_a_renderd_entry_of_dev_dri() {
        let dir = tempfile::tempdir().unwrap();
        assert!(!has_render_node(&dir.path().join("missing")));
        std::fs::write(dir.path().join("card0"), "").unwrap();
        assert!(!has_render_node(dir.path()), "a display card alone is no render node");
        std::fs::write(dir.path().join("renderD128"), "").unwrap();
        assert!(has_render_node(dir.path()));
    }
}
