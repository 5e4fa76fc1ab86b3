# The error summary, and errors the app reports (error-<ErrorCode>). Each says what to do.
# Validation messages are in validation.ftl. Swedish.

error-summary-heading = { $count ->
    [one] Blanketten innehåller ett fel
   *[other] Blanketten innehåller { $count } fel
}
error-summary-intro = Uppgifterna har sparats. Rätta felen och välj sedan { -save-and-continue }.
error-summary-intro-send = Ansökan sändes inte. Rätta felen i deras skeden och sänd sedan ansökan på nytt.

error-heading = Något gick fel
error-storage-newer-schema = Databasen har sparats med en nyare version av appen. Installera den senaste versionen av appen. Databasen har inte ändrats.
error-storage-unavailable = Utkasten kan inte öppnas eller sparas. Kontrollera att det finns utrymme på disken och starta om appen. Det du har skrivit syns fortfarande.
error-draft-unreadable = Utkastet kan inte läsas. Det har kanske sparats med en nyare version av appen. Utkastet har inte ändrats.
error-draft-not-found = Utkastet hittas inte. Starta om appen.
error-stale-step = Vyn var föråldrad och har uppdaterats. Kontrollera uppgifterna och försök igen.
error-input-too-large = Uppgifterna är fler än en ansökan rymmer (högst 200 rader i en lista och 1 000 tecken i ett fält). Förkorta uppgifterna och försök igen.
error-step-not-reachable = Du kan inte gå till det här skedet ännu. Fyll först i de föregående skedena.
error-internal = Ett oväntat fel. Försök igen. Om felet upprepas, kontakta supporten.
error-already-sent = Ansökan har redan sänts och kan inte längre ändras. Ändringar anmäls separat efter att ansökan har sänts.
error-service-not-offered = Organisationen kan inte ansöka om den här tjänsten nu. Gå tillbaka till startsidan och välj en tjänst i listan.
error-other-organisation = Ansökan hör till en annan organisation. Byt organisation på startsidan.
error-unknown-organisation = Du kan inte sköta ärenden för den här organisationen. Välj en organisation i listan.
error-storage-locked = Databasen är låst. Öppna den först med lösenordet eller nyckelringen.
error-wrong-passphrase = Lösenordet är fel. Skriv lösenordet igen. Databasen har inte ändrats.
error-passphrase-too-short = Lösenordet är för kort. Skriv minst det antal tecken som anges i fältets anvisning.
error-passphrases-differ = Lösenorden är inte lika. Skriv samma lösenord i båda fälten.
error-import-not-offered = Ansökan om den här tjänsten kan inte importeras nu: tjänsten används redan, ansökan har sänts eller organisationen kan inte ansöka om tjänsten.
error-export-failed = Filen kunde inte sparas. Kontrollera att det går att skriva i mappen och att det finns utrymme på disken, och försök igen.
error-import-unreadable = Filen kan inte importeras. Kontrollera att du valde en ansökningsfil.
error-identification-required = För att godkänna tjänstebeskrivningen, underteckna förbindelsen och skicka ansökan måste du logga in. Logga in och försök på nytt. Uppgifterna du har skrivit finns kvar.
error-choose-organisation = Välj först den organisation du sköter ärenden för. Gå tillbaka till startsidan.
error-no-organisations = Du kan inte sköta ärenden för någon organisation. Gå tillbaka till startsidan, där det finns anvisningar.
error-log-in-first = Logga först in, så ser du de organisationer du kan sköta ärenden för.
error-login-cancelled = Inloggningen avbröts. Du kan logga in på nytt när som helst.
error-login-timed-out = Identifieringen tog för lång tid och avbröts. Logga in på nytt.
error-login-denied = Identifieringen lyckades inte eller avbröts i webbläsaren. Logga in på nytt.
error-login-refused = Identifieringen kunde inte verifieras, så den godkändes inte och ingenting sparades. Logga in på nytt.
error-login-unreachable = Identifieringstjänsten kan inte nås. Kontrollera nätverksanslutningen och försök på nytt. Du kan fylla i utkast utan att logga in.
error-login-service-unavailable = Kanta-tjänsten svarar inte nu på vilka organisationer du kan sköta ärenden för. Försök på nytt om en stund.
error-login-settings = Inställningarna för identifiering är felaktiga. Kontrollera filen settings.json eller miljövariablerna enligt bruksanvisningen. Du kan fylla i utkast utan att logga in.
error-logout-incomplete = Du har loggat ut, men nyckelringen tog inte bort inloggningsuppgifterna. Ta bort posten Kanta Extranet i operativsystemets nyckelring.
error-pdf-not-signed = Förbindelsen är ännu inte undertecknad, så den kan inte sparas som PDF-fil. Underteckna förbindelsen först.
error-pdf-not-valid = Ansökan innehåller fel, så den kan inte sparas som PDF-fil. Rätta felen som visas i sammanfattningen och försök på nytt.
error-link-not-opened = Webbläsaren öppnades inte. Öppna själv den här adressen i webbläsaren: { $url }
error-service-not-in-use = Enligt Kanta-tjänsterna använder organisationen inte den här tjänsten. Om tjänsten används, kontakta kanta@kanta.fi.
error-service-data-offline = Tjänstens uppgifter har inte hämtats till den här datorn ännu, och Kanta-tjänsterna kan inte nås nu. Försök igen när nätförbindelsen fungerar.
error-service-data-unreadable = Kanta-tjänsternas svar kunde inte läsas. Försök igen senare. Om felet kvarstår, kontakta kanta@kanta.fi.
error-not-returned = Endast en ansökan som Kanta-tjänsterna returnerat för korrigering kan korrigeras och skickas på nytt.
