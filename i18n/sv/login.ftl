# Logging in and out, the organisation to act for, and the advice for a person who may act for
# none (the guide's "Hur gör jag om jag inte lyckas logga in?"). Swedish.

identity-logged-out = Du är inte inloggad.
log-in = Logga in
log-out = Logga ut
logged-out-notice = Du har loggat ut. Utkasten finns kvar på den här datorn.
login-heading = Logga in
login-intro = Du behöver inte logga in för att fylla i utkast. För att godkänna tjänstebeskrivningen, underteckna förbindelsen och skicka ansökan måste du identifiera dig.
login-test-intro = Det här är en testmiljö. Välj en fiktiv testperson. Inloggningen använder inget nätverk.
login-test-persons = Testperson
login-test-person = { $name } (testperson)
login-test-person-hint = { $count ->
    [0] inga organisationer att sköta ärenden för
    [one] kan sköta ärenden för en organisation
   *[other] kan sköta ärenden för { $count } organisationer
}
login-test-submit = Logga in som testperson
login-suomifi-intro = Du identifierar dig i webbläsaren med Suomi.fi-identifikation: med certifikatkort, bankkoder eller mobilcertifikat.
login-suomifi-submit = Identifiera dig i webbläsaren
login-waiting-heading = Identifieringen fortsätter i webbläsaren
login-waiting-text = Webbläsaren öppnades för identifieringen. När du har identifierat dig, gå tillbaka till det här fönstret. Om webbläsaren inte öppnades, öppna den här adressen i webbläsaren:
login-cancel = Avbryt inloggningen
login-close = Stäng
login-expired = Din session har gått ut. Logga in på nytt. Uppgifterna du har skrivit finns kvar.
login-required-hint = För att godkänna och underteckna måste du logga in. Du kan först fylla i ansökan och logga in sedan.
# The page the browser shows when the login has come back to the app.
login-browser-done = Identifieringen är klar. Du kan stänga den här fliken och gå tillbaka till Kanta Extranätet.

organisation-choice-heading = Välj organisation
organisation-choice-intro = Du kan sköta ärenden för följande organisationer. Välj den organisation du sköter ärenden för nu. Du kan byta organisation senare på startsidan.
organisation-choice-legend = Organisation
organisation-choice-submit = Fortsätt
identity-basis = Grund: { $basis }

no-organisations-heading = Du kan inte sköta ärenden för någon organisation
no-organisations-intro = Tjänsten hittade ingen organisation för vilken du kan ansöka om att ta i bruk Kanta-tjänster. Gå igenom följande saker:
login-check-mandate = Kontrollera att du har Suomi.fi-ärendefullmakten ”Ibruktagande av social- och hälsovårdens digitala tjänster” eller att du är organisationens ansvariga person.
login-check-other-means = Pröva med ett annat identifikationsmedel.
login-check-register = Kontrollera att uppgifterna om organisationen är uppdaterade i den Nationella kodtjänsten.
login-check-later = Det kan vara fråga om ett tillfälligt avbrott i tjänsten. Försök identifiera dig på nytt om en stund.
login-support = Vid behov kan du kontakta Kanta-tjänsternas kundsupport: kanta@kanta.fi
login-checks-intro = Om du inte lyckas logga in, gå igenom följande saker en gång till:
no-organisations-log-out = Logga ut och försök på nytt

log-in-first-heading = Logga in för att börja
log-in-first-text = Det finns ännu ingen organisation på den här datorn. Logga in, så ser du de organisationer du kan sköta ärenden för.
