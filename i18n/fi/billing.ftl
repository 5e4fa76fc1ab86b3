# The billing step (Laskutustiedot). Finnish.

billing-intro = Laskutustiedot muodostuvat perusrekistereistä tulevista asiakastiedoista ja tällä lomakkeella annettavista tiedoista. Ensisijaisena laskutustapana käytetään verkkolaskua, jos annat sen tiedot.
billing-given-heading = Laskutustiedot
billing-language = Laskutuskieli
billing-language-fi = Suomi
billing-language-sv = Ruotsi
billing-e-invoice-address = Verkkolaskuosoite
billing-e-invoice-address-hint = OVT-tunnus (esimerkiksi 003712345678) tai IBAN-tilinumero.
billing-operator-id = Välittäjän tunnus
billing-operator-id-hint = Operaattorin OVT-tunnus (esimerkiksi 003721291126) tai pankin BIC.
billing-invoice-reference = Asiakkaan laskun viitetieto
billing-address = Laskutusosoite
billing-postal-code = Postinumero
billing-post-office = Postitoimipaikka
