# Validation messages: validation-<ValidationCode>. Each says what is wrong and what to do.
# Arguments that are codes ($role, $service, $customerType) are chosen with selectors. Swedish.

validation-required = Fyll i den här punkten.
validation-too-long = Skriv högst { $max } tecken.
validation-postal-code = Ange postnumret med fem siffror, till exempel 00100.
validation-email = Ange e-postadressen i formen namn@exempel.fi.
validation-phone = Ange ett telefonnummer, till exempel 040 123 4567 eller +358 40 123 4567.
validation-phone-not-mobile = Störningsmeddelanden skickas också som sms. Ange ett mobilnummer som kan ta emot sms.
validation-business-id = Ange FO-numret i formen 1234567-8.
validation-business-id-check-digit = FO-numrets kontrolltecken stämmer inte. Kontrollera siffrorna till exempel i FODS.
validation-oid = Ange OID som tal åtskilda med punkter, till exempel 1.2.246.10.2430960.10.0.13.3. Ett tal får inte börja med noll.
validation-oid-outside-finland = OID finns inte i Finlands identifierarrymd 1.2.246. Kontrollera identifieraren med systemleverantören.
validation-duplicate-connection-point = Samma anslutningspunkt har redan angetts. Ta bort den ena eller rätta OID.
validation-certificate-card = Ange certifikatkortets registernummer: 11 siffror på kortets framsida. Du kan kontrollera det i MDB:s certifikatsökning.
validation-e-invoice-address = Detta kan inte vara en e-fakturaadress. Ange den som din operatör eller bank ger den: som OVT-kod (0037 och FO-numret utan bindestreck, till exempel 003712345678), som Peppol-id (0216:003712345678) eller som IBAN-kontonummer.
validation-e-invoice-check-digit = Kontrollsiffran i e-fakturaadressens FO-nummerdel stämmer inte. Kontrollera adressen med din operatör.
validation-e-invoice-other-business-id = E-fakturaadressen hör till FO-numret { $businessId }, inte till sökanden. Kontrollera att adressen är rätt.
validation-operator-id = Detta kan inte vara en förmedlarkod. Kopiera koden från din operatörs eller banks anvisningar: den är operatörens OVT-kod (till exempel 003721291126), bankens BIC (till exempel NDEAFIHH) eller operatörens egen kod (till exempel E204503).
validation-e-invoice-incomplete = För e-fakturering behövs både e-fakturaadress och förmedlarkod. Fyll i båda eller lämna båda tomma.
validation-operator-for-iban = När e-fakturaadressen är ett kontonummer är förmedlarkoden oftast bankens BIC. Kontrollera koden med din bank.
validation-e-invoice-address-unusual = E-fakturaadressen är varken en OVT-kod eller ett kontonummer. Om du har kopierat adressen från din operatör kan den vara rätt; annars kontrollera den.
validation-operator-id-unusual = Förmedlarkoden har inte den vanliga formen (OVT-kod eller BIC). Om du har kopierat den från din operatörs anvisningar kan den vara rätt; annars kontrollera den.
validation-operator-is-iban = Detta är ett kontonummer. Skriv det i fältet E-fakturaadress och här din banks BIC (till exempel NDEAFIHH).
validation-unknown-code = Värdet { $code } finns inte i listan. Välj ett värde i listan.
validation-role-missing = { $role ->
    [administrative-contact] Utse en administrativ kontaktperson.
    [data-protection-officer] Utse ett dataskyddsombud.
    [technical-contact] Utse kundens tekniska kontaktperson.
    [disturbance-notice-recipient] Utse en mottagare av störningsmeddelanden.
    [billing-contact] Utse en kontaktperson i faktureringsärenden.
    [archivist] Utse en arkivarie.
    [imaging-technical-contact] Utse en teknisk kontaktpunkt för Arkivet över bildmaterial.
   *[other] Utse en kontaktperson för rollen { $role }.
} Välj rollen för någon kontaktperson eller lägg till en ny kontaktuppgift.
validation-role-not-for-service = { $role ->
    [billing-contact] Kontaktpersonen i faktureringsärenden
    [archivist] Arkivarien
    [imaging-technical-contact] Den tekniska kontaktpunkten för Arkivet över bildmaterial
   *[other] Rollen { $role }
} hör inte till den här tjänsten ({ $service ->
    [patient-data-repository] Patientdataarkivet
    [client-data-archive] Klientdataarkivet för socialvården
    [prescription] Recepttjänsten
    [imaging-archive] Arkivet över bildmaterial
   *[other] { $service }
}). Ta bort rollen.
validation-archivist-not-person = En arkivarie ska ha ett personligt certifikatkort. Välj person som kontaktuppgiftstyp.
validation-renewal-requests-not-offered = Tjänsten för begäran om förnyelse hör inte till den här ansökan. Ta bort valet.
validation-renewal-requests-report-to-thl = Anmäl också den enhet som tar emot begäran om förnyelse till THL:s kodtjänst.
validation-service-not-available = { $customerType ->
    [health-care-organisation] En organisation inom hälso- och sjukvården
    [social-care-organisation] En organisation inom socialvården
    [independent-practitioner] En självständig yrkesutövare
    [pharmacy] Ett apotek
    [pharmacist] En apotekare
   *[other] Den här kunden
} kan inte ansöka om den här tjänsten. Välj en tjänst som din organisation kan ta i bruk.
validation-service-already-in-use = Din organisation använder redan den här tjänsten. Uppdatera uppgifterna i tjänstens sammanfattning.
validation-section-not-applicable = Den här delen efterfrågas inte i den här ansökan, så dess uppgifter används inte.
validation-commitment-text-version = Förbindelsen har undertecknats för en annan version av texten. Läs den aktuella förbindelsen ({ $expected }) och underteckna den på nytt.
