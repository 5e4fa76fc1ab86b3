# The app's frame: title, language switch, who acts for which organisation, test environment.
# Swedish.

app-title = Kanta Extranätet
-save-and-continue = Spara och fortsätt
skip-to-content = Hoppa till innehållet
loading = Laddar…
language-switch-label = Språk
# Language names are written in their own language in both files.
language-name-fi = Suomi
language-name-sv = Svenska
test-environment-badge = Testmiljö
test-environment-note = Fiktiv testorganisation och testperson. Ingenting skickas till FPA.
acting-for = Du sköter ärenden för organisationen: { $organisation }
identity = Person: { $name }
identity-test-person = Person: { $name } (testperson)
nav-start = Startsida
