# Validation messages: validation-<ValidationCode>. Each says what is wrong and what to do.
# Arguments that are codes ($role, $service, $customerType) are chosen with selectors. Finnish.

validation-required = Täytä tämä kohta.
validation-too-long = Kirjoita enintään { $max } merkkiä.
validation-postal-code = Anna postinumero viitenä numerona, esimerkiksi 00100.
validation-email = Anna sähköpostiosoite muodossa nimi@esimerkki.fi.
validation-phone = Anna puhelinnumero, esimerkiksi 040 123 4567 tai +358 40 123 4567.
validation-phone-not-mobile = Häiriötiedotteet lähetetään myös tekstiviestinä. Anna matkapuhelinnumero, joka voi vastaanottaa tekstiviestejä.
validation-business-id = Anna Y-tunnus muodossa 1234567-8.
validation-business-id-check-digit = Y-tunnuksen tarkistusmerkki ei täsmää. Tarkista numerot esimerkiksi YTJ:stä.
validation-oid = Anna OID pisteillä erotettuina numeroina, esimerkiksi 1.2.246.10.2430960.10.0.13.3. Numero ei saa alkaa nollalla.
validation-oid-outside-finland = OID ei ole Suomen tunnusavaruudessa 1.2.246. Tarkista tunnus järjestelmätoimittajalta.
validation-duplicate-connection-point = Sama liityntäpiste on jo ilmoitettu. Poista toinen tai korjaa OID.
validation-certificate-card = Anna varmennekortin rekisterinumero: 11 numeroa kortin etupuolelta. Voit tarkistaa sen DVV:n varmennehausta.
validation-e-invoice-address = Tämä ei voi olla verkkolaskuosoite. Anna se niin kuin operaattorisi tai pankkisi sen antaa: OVT-tunnuksena (0037 ja Y-tunnus ilman väliviivaa, esimerkiksi 003712345678), Peppol-tunnuksena (0216:003712345678) tai IBAN-tilinumerona.
validation-e-invoice-check-digit = Verkkolaskuosoitteen Y-tunnusosan tarkistusnumero ei täsmää. Tarkista osoite laskuttajaltasi tai operaattoriltasi.
validation-e-invoice-other-business-id = Verkkolaskuosoite kuuluu Y-tunnukselle { $businessId }, ei hakijalle. Tarkista, että osoite on oikea.
validation-operator-id = Tämä ei voi olla välittäjän tunnus. Kopioi tunnus operaattorisi tai pankkisi ohjeesta: se on operaattorin OVT-tunnus (esimerkiksi 003721291126), pankin BIC (esimerkiksi NDEAFIHH) tai operaattorin oma tunnus (esimerkiksi E204503).
validation-e-invoice-incomplete = Verkkolaskutukseen tarvitaan sekä verkkolaskuosoite että välittäjän tunnus. Täytä molemmat tai jätä molemmat tyhjiksi.
validation-operator-for-iban = Kun verkkolaskuosoite on tilinumero, välittäjän tunnus on yleensä pankin BIC. Tarkista tunnus pankistasi.
validation-e-invoice-address-unusual = Verkkolaskuosoite ei ole OVT-tunnus eikä tilinumero. Jos osoite on kopioitu operaattorisi antamana, se voi olla oikein; muuten tarkista se.
validation-operator-id-unusual = Tämä välittäjän tunnus ei ole tavallista muotoa (OVT-tunnus tai BIC). Jos se on kopioitu operaattorisi ohjeesta, se voi olla oikein; muuten tarkista se.
validation-operator-is-iban = Tämä on tilinumero. Kirjoita se Verkkolaskuosoite-kenttään, ja tähän pankkisi BIC (esimerkiksi NDEAFIHH).
validation-unknown-code = Arvoa { $code } ei ole luettelossa. Valitse arvo luettelosta.
validation-role-missing = { $role ->
    [administrative-contact] Nimeä hallinnollinen yhteyshenkilö.
    [data-protection-officer] Nimeä tietosuojavastaava.
    [technical-contact] Nimeä asiakkaan tekninen yhteyshenkilö.
    [disturbance-notice-recipient] Nimeä häiriötiedotteen vastaanottaja.
    [billing-contact] Nimeä laskutuksen yhteyshenkilö.
    [archivist] Nimeä arkistonhoitaja.
    [imaging-technical-contact] Nimeä kuva-aineistojen arkiston tekninen yhteyshenkilö.
   *[other] Nimeä yhteyshenkilö rooliin { $role }.
} Valitse rooli jollekin yhteyshenkilölle tai lisää uusi yhteystieto.
validation-role-not-for-service = { $role ->
    [billing-contact] Laskutuksen yhteyshenkilö
    [archivist] Arkistonhoitaja
    [imaging-technical-contact] Kuva-aineistojen arkiston tekninen yhteyshenkilö
   *[other] Rooli { $role }
} ei kuulu tähän palveluun ({ $service ->
    [patient-data-repository] Potilastiedon arkisto
    [client-data-archive] Sosiaalihuollon asiakastiedon arkisto
    [prescription] Reseptipalvelu
    [imaging-archive] Kuva-aineistojen arkisto
   *[other] { $service }
}). Poista rooli.
validation-archivist-not-person = Arkistonhoitajalla on oltava henkilökohtainen varmennekortti. Valitse yhteystietotyypiksi henkilö.
validation-renewal-requests-not-offered = Uusimispyyntöpalvelu ei kuulu tähän hakemukseen. Poista valinta.
validation-renewal-requests-report-to-thl = Ilmoita uusimispyynnöt vastaanottava yksikkö myös THL:n koodistopalveluun.
validation-service-not-available = { $customerType ->
    [health-care-organisation] Terveydenhuollon organisaatio
    [social-care-organisation] Sosiaalihuollon organisaatio
    [independent-practitioner] Itsenäinen ammatinharjoittaja
    [pharmacy] Apteekki
    [pharmacist] Farmaseutti tai proviisori
   *[other] Tämä asiakas
} ei voi hakea tätä palvelua. Valitse palvelu, jonka organisaatiosi voi ottaa käyttöön.
validation-service-already-in-use = Organisaatiollasi on tämä palvelu jo käytössä. Päivitä tietoja palvelun yhteenvedossa.
validation-section-not-applicable = Tätä osiota ei kysytä tässä hakemuksessa, joten sen tietoja ei käytetä.
validation-commitment-text-version = Sitoumus on allekirjoitettu eri tekstiversiolle. Lue nykyinen sitoumus ({ $expected }) ja allekirjoita se uudelleen.
