# The start screen: the organisation acted for, its applications, the services it may apply
# for, and what an application needs. Swedish.

start-heading = Tjänster och kunduppgifter
start-organisation-heading = Organisation
start-customer-type = Kundtyp
start-business-id = FO-nummer
start-choose-organisation = Organisationen du sköter ärenden för
start-choose-organisation-button = Byt organisation
start-choose-organisation-hint = I testmiljön kan du pröva varje kundtyp. Alla organisationer är fiktiva.
start-applications-heading = Ansökningar
start-applications-empty = Organisationen har inga ansökningar ännu.
start-applications-shown = De { $shown } senast ändrade ansökningarna visas, av sammanlagt { $total }.
start-show-more = Visa fler ansökningar
start-column-service = Tjänst
start-column-status = Status
start-column-updated = Senast ändrad
start-open-application = Öppna ansökan
start-services-heading = Tjänster
start-services-intro = Välj den tjänst du ansöker om att ta i bruk eller vars uppgifter du vill uppdatera. Organisationstypen och verksamhetsområdet avgör vilka tjänster organisationen kan ansöka om.
start-apply = Ansök om ibruktagande
start-continue = Fortsätt med ansökan
start-view-sent = Visa den sända ansökan
start-open-in-use = Visa och uppdatera uppgifterna
start-offer-apply = Ingen ansökan
start-offer-continue = Ansökan är inte klar.
start-offer-sent = Ansökan har sänts.
start-offer-in-use = Tjänsten används.
start-offer-returned = Ansökan returnerades för korrigering.
start-latest-change = Senaste ändringsanmälan: { $kind }, { $state }
start-view-returned = Visa den returnerade ansökan
start-needs-heading = Innan du börjar
start-needs-intro = För ansökan behöver du:
start-needs-register = din organisations uppgifter från organisationsregistret för social- och hälsovården, registret över självständiga yrkesutövare eller apoteksregistret
start-needs-oid = anslutningspunktens OID, vanligen från informationssystemleverantören
start-needs-card = numret på certifikatkortet för den person som anmäls som arkivarie
start-needs-timing = Ansök ungefär två veckor innan tjänsten är klar för produktion. Du kan avbryta ifyllandet och fortsätta senare.
start-column-progress = Framsteg
start-progress = { $completed } / { $total } skeden klara
start-column-actions = Åtgärder
start-delete-application = Ta bort
start-delete-heading = Ska ansökan tas bort?
start-delete-text = Ansökan { $service } tas bort. Organisationens kunduppgifter och kontaktpersoner finns kvar, eftersom de är gemensamma för alla ansökningar.
start-delete-confirm = Ta bort ansökan
start-delete-cancel = Avbryt
start-deleted = Ansökan { $service } togs bort.
start-undo-delete = Ångra borttagningen
start-restored = Ansökan { $service } återställdes.
start-import-heading = Importera ansökan från fil
start-import-intro = Du kan importera en ansökan från en JSON-fil som du har exporterat från den här appen eller som systemleverantören har gjort (till exempel bara anslutningspunkter och system). Du ser uppgifterna innan de sparas.
start-import-file = Ansökningsfil (JSON)
export-dialog-title = Exportera ansökan till en fil
import-preview-heading = Filens innehåll
import-preview-intro = Kontrollera uppgifterna. Ingenting har sparats ännu.
import-target-new-application = Av filen görs en ny ansökan: { $service }.
import-target-into-draft = Uppgifterna importeras till den påbörjade ansökan: { $service }. Filens delar ersätter motsvarande delar i ansökan.
import-takes = Från filen importeras:
import-keeps = Organisationen har redan egna uppgifter, så de här delarna av filen importeras inte:
import-part-connection-points = anslutningspunkter och system
import-part-service-usage = användning av tjänsten
import-part-billing = faktureringsuppgifter
import-part-customer-data = kunduppgifter
import-part-contacts = kontaktpersoner
import-nothing = Filen innehåller inga uppgifter om en ansökan.
import-connection-point = Anslutningspunkt { $oid }
import-approvals-left-out = Filens godkännanden och underskrifter lämnas bort. De görs i den här appen i slutet av ansökan.
import-other-organisation = Filen har gjorts för en annan organisation (FO-nummer { $businessId }). Uppgifterna importeras till den organisation du sköter ärenden för.
import-findings = { $count ->
    [0] Ansökan har inga fel efter importen.
    [one] Efter importen har ansökan en punkt att rätta eller komplettera.
   *[other] Efter importen har ansökan { $count } punkter att rätta eller komplettera.
}
import-confirm = Importera uppgifterna
import-cancel = Avbryt
import-cancelled = Importen avbröts. Ingenting sparades.
import-choose-file = Välj fil
import-no-file = Ingen fil har valts.
