# The application wizard: services, steps, their states, the buttons and the parts every step
# shares. Finnish.
# Ids the core builds from codes: service-<Service>, step-<StepId>, step-state-<StepState>.

service-patient-data-repository = Potilastiedon arkisto
service-client-data-archive = Sosiaalihuollon asiakastiedon arkisto
service-prescription = Reseptipalvelu
service-imaging-archive = Kuva-aineistojen arkisto

step-instructions = Toimintaohje
step-connection-points = Liityntäpisteet ja järjestelmät
step-service-usage = Palvelun käyttö
step-customer-data = Asiakastiedot
step-contacts = Yhteyshenkilöt
step-billing = Laskutustiedot
step-service-description = Palvelukuvauksen hyväksyminen
step-commitment = Sitoumuksen allekirjoittaminen
step-summary = Yhteenveto
step-thanks = Kiitos

steps-nav-label = Hakemuksen vaiheet
step-state-not-started = Ei aloitettu
step-state-in-progress = Kesken
step-state-completed = Valmis
step-state-has-errors = Sisältää virheitä
step-current = Nykyinen vaihe

button-start = Aloita
button-save-and-continue = { -save-and-continue }
button-previous = Edellinen
button-send = Lähetä
autosave-saving = Tallennetaan…
autosave-saved = Tallennettu klo { $time }
autosave-failed = Tallennus epäonnistui. Kirjoittamasi tiedot ovat yhä näkyvissä; ne tallennetaan, kun valitset { -save-and-continue }.
saving = Tallennetaan…
required-fields-note = Pakolliset kentät on merkitty tähdellä (*).
# Read by screen readers after a mandatory group's name; the asterisk itself is hidden from them.
required = pakollinen
warning-label = Huomio
return-to-summary-note = Muokkaat tietoja yhteenvedosta. { -save-and-continue } palauttaa sinut yhteenvetoon.
sample-codes-note = Luetteloiden vaihtoehdot ovat esimerkkejä, kunnes Kelan ja THL:n viralliset luettelot ovat käytettävissä.
