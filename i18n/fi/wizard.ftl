# The application wizard: services, steps, their states and the buttons. Finnish.
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
step-coming-later = Tulossa myöhemmin

button-start = Aloita
button-save-and-continue = { -save-and-continue }
button-previous = Edellinen
saving = Tallennetaan…
saved-at-last-step = Tiedot on tallennettu. Hakemuksen seuraavat vaiheet tulevat sovelluksen seuraavaan versioon.
required-fields-note = Pakolliset kentät on merkitty tähdellä (*).
