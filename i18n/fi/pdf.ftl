# The PDFs: the signed commitment and the whole application, for printing and archiving. The
# field labels are the app's own (customer-, contact-, billing-...). Finnish.

pdf-application-title = Hakemus: { $service }
pdf-printed = Tulostettu Kanta Extranet -sovelluksesta { $time }.
pdf-time = { $date } klo { $time }
pdf-customer-heading = Asiakas
pdf-address = Osoite
pdf-commitment-text-heading = Sitoumuksen teksti
pdf-signature-heading = Allekirjoitus
pdf-statement = Vahvistus
pdf-signer = Allekirjoittaja
pdf-basis = Peruste
pdf-signed-at = Allekirjoitettu
pdf-identifiers-heading = Tunnisteet
pdf-application-id = Hakemuksen tunnus
pdf-service = Palvelu
pdf-status = Tila
pdf-fingerprint = SHA-256-tiiviste
pdf-fingerprint-note = Tiiviste on laskettu hakemuksen vientitiedostosta (JSON), jonka sovellus tallentaa toiminnolla ”Vie hakemus tiedostoon”. Tarkistaja voi laskea tiedoston tiivisteen esimerkiksi komennolla sha256sum ja verrata sitä tähän.
pdf-footer = { $title } · { $id } · Sivu { $page } / { $pages }
pdf-subject = { $service }, { $organisation } ({ $businessId })
pdf-save-commitment = Tallenna sitoumus PDF-tiedostona
pdf-save-application = Tallenna hakemus PDF-tiedostona
pdf-language = PDF-tiedoston kieli
pdf-heading = Tulostaminen ja arkistointi
pdf-intro = Tallenna PDF-tiedosto arkistoon. Se avautuu tallentamisen jälkeen katseluohjelmassa, josta voit tulostaa sen.
pdf-dialog-title = Tallenna PDF-tiedosto
pdf-saved = PDF-tiedosto tallennettiin.
