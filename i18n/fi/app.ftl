# The app's frame: title, language switch, who acts for which organisation, test environment.
# Finnish.

app-title = Kanta Extranet
-save-and-continue = Tallenna ja jatka
skip-to-content = Siirry sisältöön
loading = Ladataan…
language-switch-label = Kieli
# Language names are written in their own language in both files.
language-name-fi = Suomi
language-name-sv = Svenska
test-environment-badge = Testiympäristö
test-environment-note = Kuvitteellinen testiorganisaatio ja testihenkilö. Mitään ei lähetetä Kelaan.
acting-for = Asioit organisaation puolesta: { $organisation }
identity = Henkilö: { $name }
identity-test-person = Henkilö: { $name } (testihenkilö)
nav-start = Etusivu
