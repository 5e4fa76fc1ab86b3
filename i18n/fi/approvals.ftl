# The service description and commitment steps. The texts of the documents are our short
# summaries, marked as such; the statements the user ticks are worded as in Kela's guide.
# service-description-<Service> is built from the service code (a core test checks each).
# Paragraphs of a summary are separate lines. Finnish.

summary-of-document = Tiivistelmä
summary-of-document-note = Tämä on sovelluksen laatima lyhyt tiivistelmä, ei sitova asiakirja. Sitova asiakirja on Kelan julkaisema alkuperäinen, jonka löydät Kanta-palvelujen ammattilaissivuilta (kanta.fi).
approved-by-test-person = { $name } (testihenkilö)

service-description-intro = Palvelun käyttöönotto edellyttää palvelukuvauksen hyväksymistä. Siinä kuvataan palvelukohtaiset ehdot ja vastuut palvelun käyttöön liittyen, ja se on asiakasta sitova asiakirja. Hyväksymisestä tallentuu Kelalle hyväksyjän nimi.
service-description-instruction = Palvelun käyttöönottoa tekevänä asiakkaan edustajana lue palvelukuvaus ja merkitse hyväksyntäsi valintaruutuun.
service-description-heading = Palvelukuvaus: { $service }
service-description-patient-data-repository =
    Potilastiedon arkistoon terveydenhuollon palvelunantajat tallentavat potilasasiakirjat sähköisesti, ja niitä käytetään potilaan hoidossa organisaatiosta riippumatta potilaan suostumuksen ja lainsäädännön rajoissa.
    Asiakas vastaa siitä, että sen tietojärjestelmä on liitetty palveluun hyväksytysti, että tallennettavat tiedot ovat oikeita ja että käyttäjien oikeudet ja käytön seuranta ovat kunnossa.
    Kela vastaa palvelun teknisestä toiminnasta ja tietoturvasta sekä tiedottaa palvelun häiriöistä ja muutoksista asiakkaan nimeämille yhteyshenkilöille.
    Asiakas nimeää palvelulle arkistonhoitajan ja pitää yhteystietonsa ajan tasalla Kanta Extranetissa. Palvelun käytöstä laskutetaan laskutustiedoissa annetulla tavalla.
service-description-client-data-archive =
    Sosiaalihuollon asiakastiedon arkistoon sosiaalihuollon palvelunantajat tallentavat asiakasasiakirjat sähköisesti, ja niitä käytetään asiakkaan palveluissa lainsäädännön rajoissa.
    Asiakas vastaa siitä, että sen asiakastietojärjestelmä on liitetty palveluun hyväksytysti, että arkistoitavat asiakirjaryhmät ja palvelutehtävät on ilmoitettu oikein ja että tallennettavat tiedot ovat oikeita.
    Kela vastaa palvelun teknisestä toiminnasta ja tietoturvasta sekä tiedottaa palvelun häiriöistä ja muutoksista asiakkaan nimeämille yhteyshenkilöille.
    Asiakas nimeää palvelulle arkistonhoitajan, jolla on varmennekortti, ja pitää yhteystietonsa ajan tasalla Kanta Extranetissa.
service-description-prescription =
    Reseptipalvelussa lääkemääräykset laaditaan, tallennetaan ja toimitetaan apteekkiin sähköisesti; apteekit kirjaavat palveluun lääkkeiden toimitukset.
    Asiakas vastaa siitä, että sen tietojärjestelmä on liitetty palveluun hyväksytysti, että reseptit ja toimitustiedot ovat oikeita ja että käyttäjillä on tarvittavat oikeudet ja varmenteet.
    Kela vastaa palvelun teknisestä toiminnasta ja tietoturvasta sekä tiedottaa palvelun häiriöistä ja muutoksista asiakkaan nimeämille yhteyshenkilöille.
    Jos asiakas ottaa käyttöön uusimispyyntöpalvelun, se käsittelee myös apteekkien ja Omakannan kautta tulevat uusimispyynnöt. Palvelun käytöstä laskutetaan laskutustiedoissa annetulla tavalla.
service-description-imaging-archive =
    Kuva-aineistojen arkistoon tallennetaan kuvantamistutkimusten kuvat ja niihin liittyvät tiedot, ja kuvantamisen katseluohjelmalla niitä voi katsella organisaatiosta riippumatta lainsäädännön rajoissa.
    Asiakas vastaa siitä, että sen kuvantamisen tietojärjestelmät on liitetty palveluun hyväksytysti ja että tallennettavat kuvat ja tiedot ovat oikeita.
    Kela vastaa palvelun teknisestä toiminnasta ja tietoturvasta sekä tiedottaa palvelun häiriöistä ja muutoksista asiakkaan nimeämille yhteyshenkilöille.
    Asiakas nimeää kuva-aineistojen arkistolle teknisen yhteyshenkilön ja pitää yhteystietonsa ajan tasalla Kanta Extranetissa.
service-description-accept = Olen lukenut palvelukuvauksen ja hyväksyn sen
service-description-accepted-by = Hyväksynyt { $name } { $time }.

commitment-intro = Kanta-palvelujen asiakkuus alkaa ensimmäisen palvelun käyttöönoton yhteydessä, jolloin asiakkaan tulee allekirjoittaa asiakkuuden sitoumus. Allekirjoituksellaan asiakas sitoutuu Kanta-palvelujen yleisiin toimitusehtoihin koko asiakkuutensa ajaksi.
commitment-instruction = Palvelun käyttöönottoa tekevänä asiakkaan edustajana lue sitoumuslomake ja merkitse hyväksyntäsi valintaruutuun. Hyväksymällä allekirjoitat asiakkuuden sitoumuksen, ja edustamasi asiakas sitoutuu noudattamaan Kanta-palvelujen yleisiä toimitusehtoja.
commitment-heading = Kanta-palvelujen asiakkuuden sitoumus
commitment-text =
    Asiakas sitoutuu noudattamaan Kanta-palvelujen yleisiä toimitusehtoja kaikissa käyttämissään Kanta-palveluissa koko asiakkuuden ajan.
    Asiakas vastaa siitä, että sen puolesta palveluja käyttävät ovat siihen oikeutettuja ja että asiakkaan ilmoittamat tiedot, kuten yhteystiedot, pidetään ajan tasalla.
    Kela ilmoittaa yleisten toimitusehtojen ja palvelukuvausten muutoksista asiakkaan sähköpostiosoitteeseen ja hallinnolliselle yhteyshenkilölle.
    Sitoumus on voimassa, kunnes asiakkuus päättyy.
commitment-terms-heading = Yleiset toimitusehdot
commitment-terms = Kanta-palvelujen yleiset toimitusehdot kuvaavat Kelan tehtävää ja vastuuta Kanta-palvelujen tuottajana sekä asiakkaan vastuuta ja roolia palvelujen käyttäjänä.
commitment-version = Sitoumuksen tekstiversio { $version }.
commitment-sign = Olen lukenut sitoumuslomakkeen ja allekirjoitan sen
commitment-signed-by = Allekirjoittanut { $name } ({ $basis }) { $time }.
