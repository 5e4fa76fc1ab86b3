# The summary (Sammanfattning) and the thanks page (Tack). Swedish.

summary-intro = Nedan finns en sammanfattning av de uppgifter du har angett. Du kan ändra dem vid behov. När du har kontrollerat uppgifterna sänder du ansökan till Kanta-tjänsterna för handläggning.
summary-sent-intro = Den här ansökan har sänts och kan inte längre ändras.
summary-connection-points-note = Uppgifterna om anslutningspunkten kan ändras fram till att ansökan sänds. Därefter anmäls ändringar på blanketten för ändringsanmälan om tekniska uppgifter.
summary-edit = Ändra
summary-not-ready-heading = Ansökan kan inte sändas ännu
summary-not-ready = Rätta dessa punkter innan du sänder:
summary-step-errors = { $step }: { $count ->
    [one] ett fel
   *[other] { $count } fel
}
summary-empty = Inte angivet
summary-systems = System
summary-renewal-requests = Tjänsten för begäran om förnyelse tas i bruk
summary-send-note = Det går att sända också utan nätförbindelse: ansökan väntar i appen och levereras till Kanta-tjänsterna när förbindelsen finns.
summary-application-errors-heading = Gäller hela ansökan

thanks-sent = Ansökan har sänts.
thanks-status = Ansökans status: { $status }
thanks-application-id = Ansökans identifierare: { $id }
thanks-returned = Kanta-tjänsterna returnerade ansökan för korrigering. Korrigera den och skicka den på nytt: uppgifterna kopieras till en ny ansökan, och den här ansökan sparas som den skickades.
thanks-amend = Korrigera och skicka på nytt
amending-note = Du korrigerar en returnerad ansökan. Granska och korrigera uppgifterna. Godkännandena och underskriften ges på nytt innan ansökan skickas.
thanks-next-heading = Vad händer härnäst
thanks-next-email = När Kanta-tjänsterna har handlagt ansökan skickas ett meddelande till den e-postadress du angav i kunduppgifterna. Meddelandet skickas också till den administrativa kontaktpersonen och arkivarien.
thanks-next-test = När du har fått meddelandet ska du göra ibruktagningsprovet tillsammans med din systemleverantör och rapportera det till Kanta-tjänsterna på adressen kanta@kanta.fi. En mall för rapporteringen finns på kanta.fi.
thanks-next-logout = Du kan nu gå tillbaka till startsidan eller stänga appen.
export-button = Exportera ansökan till en fil
export-hint = Sparar ansökan som en JSON-fil, som du kan importera på en annan dator eller kontrollera med kommandot kanta-extranet check.
export-saved = Ansökan sparades i en fil.
