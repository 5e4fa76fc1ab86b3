# A service in use (guide chapter 4): the summary of its current data. Swedish.

in-use-summary-heading = Sammanfattning
in-use-summary-intro = Nedan finns en sammanfattning av tjänstens gällande uppgifter i Kanta-tjänsterna.
in-use-fetched = Uppgifterna hämtades från Kanta-tjänsterna { $time }.
in-use-stale-offline = Kanta-tjänsterna kan inte nås nu. Du ser uppgifterna som de senast hämtades till den här datorn.
in-use-stale-login-required = Logga in så hämtas uppgifterna på nytt. Till dess ser du uppgifterna som de senast hämtades till den här datorn.
in-use-stale-unreadable = Kanta-tjänsternas svar kunde inte läsas. Du ser uppgifterna som de senast hämtades till den här datorn.
in-use-refresh = Hämta uppgifterna på nytt
in-use-log-in = Logga in
in-use-status-heading = Ansökans status
in-use-status = { $status }. Uppgifterna ändrades senast { $time }.
in-use-contacts-note = En del av kontaktuppgifterna kan också gälla organisationens andra Kanta-tjänster: de gemensamma rollerna för Kanta-tjänsterna gäller alla.
in-use-back = Tillbaka till startsidan

change-heading = Ändringsanmälningar
change-intro = Kundrelationens ändringsanmälningar som gäller den här tjänsten och deras status, oavsett om de skickades från den här eller en annan dator. Ändringen syns i uppgifterna när Kanta-tjänsterna har gjort den.
change-kind-billing = Ändring av faktureringsuppgifterna
change-kind-contacts = Ändring av kontaktpersonerna
change-made = { $kind }, { $name } { $time }
change-status-received = Mottagen
change-status-in-processing = Under behandling
change-status-done = Gjord
change-status-returned = Returnerad
change-waiting = Väntar på att skickas
change-elsewhere = Inte skickad från den här datorn.
change-send = { -save-and-continue }
change-cancel = Avbryt
change-queued = Ändringsanmälan skickades. Den levereras till Kanta-tjänsterna när förbindelsen fungerar.
change-billing-heading = Ändra faktureringsuppgifterna
change-contacts-heading = Ändra kontaktuppgifterna
