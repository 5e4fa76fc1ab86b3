# The instructions step (Anvisning för ibruktagandet): a summary of the guide's page for each
# service. The UI shows the intro of the service (instructions-intro-<Service>) and, for each
# step the application has, its section (instructions-<StepId>-heading, instructions-<StepId>).
# Swedish.

instructions-intro-patient-data-repository = Nedan beskrivs skedena i ibruktagandet av Patientdataarkivet och de uppgifter som behövs. Läs anvisningen innan du börjar fylla i blanketten.
instructions-intro-client-data-archive = Nedan beskrivs skedena i ibruktagandet av Klientdataarkivet för socialvården och de uppgifter som behövs. Läs anvisningen innan du börjar fylla i blanketten.
instructions-intro-prescription = Nedan beskrivs skedena i ibruktagandet av Recepttjänsten och de uppgifter som behövs. Läs anvisningen innan du börjar fylla i blanketten.
instructions-intro-imaging-archive = Nedan beskrivs skedena i ibruktagandet av Arkivet över bildmaterial med bildvisarsystem och de uppgifter som behövs. Läs anvisningen innan du börjar fylla i blanketten.

instructions-connection-points-heading = Anslutningspunkter och system som används
instructions-connection-points = En anslutningspunkt är den punkt i datakommunikationen där kundens informationssystem tekniskt ansluts till Kanta-tjänsterna. Ange vilka anslutningspunkter (OID) och system du använder tjänsten genom; uppgifterna behövs för att öppna användarrättigheterna. Anslutningspunktens OID får du av den som förvaltar anslutningspunkten, till exempel systemleverantören eller den egna organisationens IT-förvaltning.
instructions-service-usage-heading = Användning av tjänsten
instructions-service-usage = Ange profilen för det klientdatasystem som används, de handlingsgrupper som ska arkiveras och de serviceuppgifter vars uppgifter organisationen registrerar.
instructions-customer-data-heading = Kunduppgifter
instructions-customer-data = En del av kundens grunduppgifter kommer från basregistren, en del anges på blanketten: organisationens adress, e-postadress och telefonnummer. De är gemensamma för alla organisationens Kanta-tjänster.
instructions-contacts-heading = Kontaktpersoner
instructions-contacts = Kontaktuppgifterna används för information, kommunikation om störningar och skötsel av kundrelationen. En person kan ha flera roller, eller så kan varje roll ha en egen person. Obligatoriska roller i den här ansökan är:
instructions-contacts-card = Av arkivarien behövs certifikatkortets nummer. Kontrollera att namnet och numret motsvarar uppgifterna i MDB:s certifikatsökning.
instructions-billing-heading = Faktureringsuppgifter
instructions-billing = Ange faktureringsspråk och faktureringsadress. E-faktura används i första hand om du anger uppgifterna för den.
instructions-service-description-heading = Godkännande av tjänstebeskrivningen
instructions-service-description = Tjänstebeskrivningen beskriver de tjänstespecifika villkoren och ansvaren. Godkännarens namn sparas.
instructions-commitment-heading = Signering av förbindelsen
instructions-commitment = Kundrelationen till Kanta-tjänsterna börjar när organisationen tar i bruk sin första tjänst. Då undertecknas förbindelsen om kundrelationen, genom vilken organisationen förbinder sig till Kanta-tjänsternas allmänna leveransvillkor.
instructions-renewal-requests-heading = Begäran om förnyelse av recept
instructions-renewal-requests = I samband med att Recepttjänsten tas i bruk kan du välja tjänsten för begäran om förnyelse, om ditt datasystem stöder den. Anmäl då också den enhet som tar emot begäran om förnyelse till THL:s kodtjänst. Tjänsten kan också tas i bruk senare.
instructions-timing = Ansök ungefär två veckor innan tjänsten är klar för produktion. Du kan avbryta ifyllandet och fortsätta senare: uppgifterna sparas varje gång du väljer { -save-and-continue }.
