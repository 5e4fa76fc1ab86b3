# The application wizard: services, steps, their states and the buttons. Swedish.
# Ids the core builds from codes: service-<Service>, step-<StepId>, step-state-<StepState>.

service-patient-data-repository = Patientdataarkivet
service-client-data-archive = Klientdataarkivet för socialvården
service-prescription = Recepttjänsten
service-imaging-archive = Arkivet över bildmaterial

step-instructions = Anvisning för ibruktagandet
step-connection-points = Anslutningspunkter och system
step-service-usage = Användning av tjänsten
step-customer-data = Kunduppgifter
step-contacts = Kontaktpersoner
step-billing = Faktureringsuppgifter
step-service-description = Godkännande av tjänstebeskrivningen
step-commitment = Signering av förbindelsen
step-summary = Sammanfattning
step-thanks = Tack

steps-nav-label = Ansökans skeden
step-state-not-started = Inte påbörjad
step-state-in-progress = Pågår
step-state-completed = Klar
step-state-has-errors = Innehåller fel
step-current = Aktuellt skede
step-coming-later = Kommer senare

button-start = Börja
button-save-and-continue = { -save-and-continue }
button-previous = Föregående
saving = Sparar…
saved-at-last-step = Uppgifterna har sparats. Ansökans följande skeden kommer i nästa version av appen.
required-fields-note = Obligatoriska fält är markerade med en asterisk (*).
