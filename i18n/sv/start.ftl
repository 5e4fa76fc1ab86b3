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
start-column-service = Tjänst
start-column-status = Status
start-column-updated = Senast ändrad
start-column-open = Ansökan
start-open-application = Öppna ansökan
start-services-heading = Tjänster som du kan ansöka om
start-services-intro = Välj den tjänst du ansöker om att ta i bruk. Organisationstypen och verksamhetsområdet avgör vilka tjänster organisationen kan ansöka om.
start-apply = Ansök om ibruktagande
start-continue = Fortsätt med ansökan
start-view-sent = Visa den sända ansökan
start-offer-apply = Ingen ansökan
start-offer-continue = Ansökan är inte klar.
start-offer-sent = Ansökan har sänts.
start-offer-in-use = Tjänsten används.
start-needs-heading = Innan du börjar
start-needs-intro = För ansökan behöver du:
start-needs-register = din organisations uppgifter från organisationsregistret för social- och hälsovården, registret över självständiga yrkesutövare eller apoteksregistret
start-needs-oid = anslutningspunktens OID, vanligen från informationssystemleverantören
start-needs-card = numret på certifikatkortet för den person som anmäls som arkivarie
start-needs-timing = Ansök ungefär två veckor innan tjänsten är klar för produktion. Du kan avbryta ifyllandet och fortsätta senare.
