# The instructions step of the Client Data Archive: a summary of the guide's page. Swedish.

instructions-intro = Nedan beskrivs skedena i ibruktagandet av Klientdataarkivet för socialvården och de uppgifter som behövs. Läs anvisningen innan du börjar fylla i blanketten.
instructions-connection-points-heading = Anslutningspunkter och system som används
instructions-connection-points = En anslutningspunkt är den punkt i datakommunikationen där kundens informationssystem tekniskt ansluts till Kanta-tjänsterna. Ange vilka anslutningspunkter (OID) och system du använder tjänsten genom; uppgifterna behövs för att öppna användarrättigheterna. Anslutningspunktens OID får du av den som förvaltar anslutningspunkten, till exempel systemleverantören eller den egna organisationens IT-förvaltning.
instructions-service-usage-heading = Användning av tjänsten
instructions-service-usage = Ange profilen för det klientdatasystem som används, de handlingsgrupper som ska arkiveras och de serviceuppgifter vars uppgifter organisationen registrerar.
instructions-customer-data-heading = Kunduppgifter
instructions-customer-data = En del av kundens grunduppgifter kommer från basregistren, en del anges på blanketten: organisationens adress, e-postadress och telefonnummer.
instructions-contacts-heading = Kontaktpersoner
instructions-contacts = Obligatoriska kontaktroller är administrativ kontaktperson, dataskyddsombud, kundens tekniska kontaktpunkt, mottagare av störningsmeddelanden och arkivarie. Du behöver arkivariens certifikatkortsnummer. Kontrollera att namnet och numret motsvarar uppgifterna i DVV:s certifikatsökning.
instructions-timing = Ansök ungefär två veckor innan tjänsten är klar för produktion. Du kan avbryta ifyllandet och fortsätta senare: uppgifterna sparas varje gång du väljer { -save-and-continue }.
