# The service description and commitment steps. The texts of the documents are our short
# summaries, marked as such; the statements the user ticks are worded as in Kela's guide.
# service-description-<Service> is built from the service code (a core test checks each).
# Paragraphs of a summary are separate lines. Swedish.

summary-of-document = Sammandrag
summary-of-document-note = Det här är ett kort sammandrag som appen har gjort, inte ett bindande dokument. Det bindande dokumentet är originalet som FPA publicerar på Kanta-tjänsternas sidor för yrkesutbildade (kanta.fi).
approved-by-test-person = { $name } (testperson)

service-description-intro = Ibruktagandet av tjänsten förutsätter att tjänstebeskrivningen godkänns. Den beskriver de tjänstespecifika villkoren och ansvaren för användningen av tjänsten och är ett dokument som binder kunden. Godkännarens namn sparas hos FPA.
service-description-instruction = Läs tjänstebeskrivningen som den kundrepresentant som tar tjänsten i bruk och markera ditt godkännande i kryssrutan.
service-description-heading = Tjänstebeskrivning: { $service }
service-description-patient-data-repository =
    I Patientdataarkivet sparar tjänstetillhandahållare inom hälso- och sjukvården journalhandlingar elektroniskt, och de används i vården av patienten oberoende av organisation, inom gränserna för patientens samtycke och lagstiftningen.
    Kunden ansvarar för att dess informationssystem har anslutits till tjänsten på ett godkänt sätt, att de uppgifter som sparas är korrekta och att användarnas rättigheter och uppföljningen av användningen är i ordning.
    FPA ansvarar för tjänstens tekniska funktion och datasäkerhet och informerar de kontaktpersoner som kunden har utsett om störningar och ändringar i tjänsten.
    Kunden utser en arkivarie för tjänsten och håller sina kontaktuppgifter uppdaterade på Kanta Extranätet. Användningen av tjänsten faktureras på det sätt som anges i faktureringsuppgifterna.
service-description-client-data-archive =
    I Klientdataarkivet för socialvården sparar tjänstetillhandahållare inom socialvården klienthandlingar elektroniskt, och de används i klientens tjänster inom gränserna för lagstiftningen.
    Kunden ansvarar för att dess klientdatasystem har anslutits till tjänsten på ett godkänt sätt, att handlingsgrupperna och serviceuppgifterna som arkiveras har angetts rätt och att de uppgifter som sparas är korrekta.
    FPA ansvarar för tjänstens tekniska funktion och datasäkerhet och informerar de kontaktpersoner som kunden har utsett om störningar och ändringar i tjänsten.
    Kunden utser en arkivarie med certifikatkort för tjänsten och håller sina kontaktuppgifter uppdaterade på Kanta Extranätet.
service-description-prescription =
    I Recepttjänsten utfärdas, sparas och förmedlas recept till apoteket elektroniskt; apoteken registrerar expedieringarna av läkemedel i tjänsten.
    Kunden ansvarar för att dess informationssystem har anslutits till tjänsten på ett godkänt sätt, att recepten och expedieringsuppgifterna är korrekta och att användarna har de rättigheter och certifikat som behövs.
    FPA ansvarar för tjänstens tekniska funktion och datasäkerhet och informerar de kontaktpersoner som kunden har utsett om störningar och ändringar i tjänsten.
    Om kunden tar i bruk tjänsten för begäran om förnyelse behandlar den också begäran om förnyelse som kommer via apotek och Mina Kanta-sidor. Användningen av tjänsten faktureras på det sätt som anges i faktureringsuppgifterna.
service-description-imaging-archive =
    I Arkivet över bildmaterial sparas bilderna från bilddiagnostiska undersökningar och uppgifterna om dem, och med bildvisarsystemet kan de visas oberoende av organisation inom gränserna för lagstiftningen.
    Kunden ansvarar för att dess informationssystem för bilddiagnostik har anslutits till tjänsten på ett godkänt sätt och att de bilder och uppgifter som sparas är korrekta.
    FPA ansvarar för tjänstens tekniska funktion och datasäkerhet och informerar de kontaktpersoner som kunden har utsett om störningar och ändringar i tjänsten.
    Kunden utser en teknisk kontaktperson för arkivet över bildmaterial och håller sina kontaktuppgifter uppdaterade på Kanta Extranätet.
service-description-accept = Jag har läst tjänstebeskrivningen och godkänner den
service-description-accepted-by = Godkänd av { $name } { $time }.

commitment-intro = Kundrelationen till Kanta-tjänsterna uppkommer alltid i samband med införandet av den första Kanta-tjänsten. Då undertecknar kunden en förbindelse angående kundrelationen. Genom sin underskrift förbinder sig kunden till Kanta-tjänsternas allmänna leveransvillkor under hela kundrelationen.
commitment-instruction = Läs förbindelseblanketten som den kundrepresentant som tar tjänsten i bruk och markera ditt godkännande i kryssrutan. Genom att godkänna undertecknar du förbindelsen om kundrelationen, och den kund du företräder förbinder sig att följa Kanta-tjänsternas allmänna leveransvillkor.
commitment-heading = Förbindelse om kundrelationen till Kanta-tjänsterna
commitment-text =
    Kunden förbinder sig att följa Kanta-tjänsternas allmänna leveransvillkor i alla Kanta-tjänster som den använder under hela kundrelationen.
    Kunden ansvarar för att de som använder tjänsterna för dess räkning har rätt till det och att de uppgifter som kunden har lämnat, såsom kontaktuppgifterna, hålls uppdaterade.
    FPA meddelar ändringar i de allmänna leveransvillkoren och tjänstebeskrivningarna till kundens e-postadress och till den administrativa kontaktpersonen.
    Förbindelsen gäller tills kundrelationen upphör.
commitment-terms-heading = Allmänna leveransvillkor
commitment-terms = Kanta-tjänsternas allmänna leveransvillkor beskriver FPA:s uppgift och ansvar som producent av Kanta-tjänsterna samt kundens ansvar och roll som användare av tjänsterna.
commitment-version = Förbindelsens textversion { $version }.
commitment-sign = Jag har läst förbindelseblanketten och undertecknar den
commitment-signed-by = Undertecknad av { $name } ({ $basis }) { $time }.
