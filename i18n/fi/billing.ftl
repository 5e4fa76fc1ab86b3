# The billing step (Laskutustiedot). Finnish.

billing-intro = Laskutustiedot muodostuvat perusrekistereistä tulevista asiakastiedoista ja tällä lomakkeella annettavista tiedoista. Ensisijaisena laskutustapana käytetään verkkolaskua, jos annat sen tiedot.
billing-given-heading = Laskutustiedot
billing-language = Laskutuskieli
billing-language-choice = Valitse laskutuskielesi
billing-language-fi = Suomi
billing-language-sv = Ruotsi
billing-e-invoice-address = Verkkolaskuosoite
billing-e-invoice-address-hint = OVT-tunnus (esimerkiksi 003712345678), Peppol-tunnus tai IBAN-tilinumero, niin kuin operaattorisi tai pankkisi sen antaa.
billing-operator-id = Välittäjän tunnus
billing-operator-id-hint = Operaattorin OVT-tunnus (esimerkiksi 003721291126), pankin BIC tai operaattorin oma tunnus (esimerkiksi E204503).
billing-invoice-reference = Asiakkaan laskun viitetieto
billing-address = Laskutusosoite
billing-postal-code = Postinumero
billing-post-office = Postitoimipaikka
