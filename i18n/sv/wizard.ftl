# The application wizard: services, steps, their states, the buttons and the parts every step
# shares. Swedish.
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
step-state-not-started = Inte påbörjat
step-state-in-progress = Pågår
step-state-completed = Klar
step-state-has-errors = Innehåller fel
step-current = Aktuellt skede

button-start = Börja
button-save-and-continue = { -save-and-continue }
button-previous = Föregående
button-send = Sänd
autosave-saving = Sparar…
autosave-saved = Sparat kl. { $time }
autosave-failed = Det gick inte att spara. Det du har skrivit syns fortfarande; det sparas när du väljer { -save-and-continue }.
saving = Sparar…
required-fields-note = Obligatoriska fält är markerade med en asterisk (*).
# Read by screen readers after a mandatory group's name; the asterisk itself is hidden from them.
required = obligatorisk
warning-label = Observera
return-to-summary-note = Du ändrar uppgifterna från sammanfattningen. { -save-and-continue } för dig tillbaka till sammanfattningen.
sample-codes-note = Alternativen i listorna är exempel tills FPA:s och THL:s officiella listor finns tillgängliga.
