# The instructions step (Toimintaohje): a summary of the guide's page for each service. The
# UI shows the intro of the service (instructions-intro-<Service>) and, for each step the
# application has, its section (instructions-<StepId>-heading, instructions-<StepId>). Finnish.

instructions-intro-patient-data-repository = Alla kuvataan Potilastiedon arkiston käyttöönoton vaiheet ja tarvittavat tiedot. Tutustu ohjeeseen ennen kuin aloitat lomakkeen täyttämisen.
instructions-intro-client-data-archive = Alla kuvataan Sosiaalihuollon asiakastiedon arkiston käyttöönoton vaiheet ja tarvittavat tiedot. Tutustu ohjeeseen ennen kuin aloitat lomakkeen täyttämisen.
instructions-intro-prescription = Alla kuvataan Reseptipalvelun käyttöönoton vaiheet ja tarvittavat tiedot. Tutustu ohjeeseen ennen kuin aloitat lomakkeen täyttämisen.
instructions-intro-imaging-archive = Alla kuvataan Kuva-aineistojen arkiston ja kuvantamisen katseluohjelman käyttöönoton vaiheet ja tarvittavat tiedot. Tutustu ohjeeseen ennen kuin aloitat lomakkeen täyttämisen.

instructions-connection-points-heading = Liityntäpisteet ja käytettävät järjestelmät
instructions-connection-points = Liityntäpiste on tietoliikenteen piste, josta asiakkaan tietojärjestelmä liittyy teknisesti Kanta-palveluihin. Kerro, millä liityntäpisteillä (OID) ja järjestelmillä käytät palvelua; tiedot tarvitaan käyttöoikeuksien avaamiseen. Saat liityntäpisteen OID-tunnuksen liityntäpistettä hallinnoivalta taholta, esimerkiksi järjestelmätoimittajalta tai oman organisaation tietohallinnolta.
instructions-service-usage-heading = Palvelun käyttö
instructions-service-usage = Ilmoita käytössä olevan asiakastietojärjestelmän profiili, arkistoitavat asiakirjaryhmät ja ne palvelutehtävät, joissa syntyviä tietoja organisaatiossa tallennetaan.
instructions-customer-data-heading = Asiakastiedot
instructions-customer-data = Osa asiakkaan perustiedoista tulee perusrekistereistä, osa annetaan lomakkeella: organisaation osoite, sähköpostiosoite ja puhelinnumero. Ne ovat yhteisiä kaikille organisaation Kanta-palveluille.
instructions-contacts-heading = Yhteyshenkilöt
instructions-contacts = Yhteystietoja käytetään tiedottamiseen, häiriöviestintään ja asiakkuuden hoitoon. Yksi henkilö voi olla useammassa roolissa, tai jokaisessa roolissa voi olla eri henkilö. Tässä hakemuksessa pakollisia rooleja ovat:
instructions-contacts-card = Arkistonhoitajalta tarvitaan varmennekortin numero. Varmista, että nimi ja numero vastaavat DVV:n varmennehaun tietoja.
instructions-billing-heading = Laskutustiedot
instructions-billing = Anna laskutuskieli ja laskutusosoite. Verkkolaskua käytetään ensisijaisesti, jos annat sen tiedot.
instructions-service-description-heading = Palvelukuvauksen hyväksyminen
instructions-service-description = Palvelukuvauksessa kuvataan palvelukohtaiset ehdot ja vastuut. Hyväksymisestä tallentuu hyväksyjän nimi.
instructions-commitment-heading = Sitoumuksen allekirjoittaminen
instructions-commitment = Kanta-palvelujen asiakkuus alkaa organisaation ensimmäisen palvelun käyttöönotosta. Silloin allekirjoitetaan asiakkuuden sitoumus, jolla organisaatio sitoutuu Kanta-palvelujen yleisiin toimitusehtoihin.
instructions-renewal-requests-heading = Reseptien uusimispyynnöt
instructions-renewal-requests = Reseptipalvelun käyttöönoton yhteydessä voit ottaa käyttöön uusimispyyntöpalvelun, jos tietojärjestelmäsi tukee sitä. Ilmoita silloin uusimispyynnöt vastaanottava yksikkö myös THL:n koodistopalveluun. Palvelun voi ottaa käyttöön myöhemminkin.
instructions-timing = Hae käyttöönottoa noin kaksi viikkoa ennen kuin palvelu on valmis tuotantokäyttöön. Voit keskeyttää täyttämisen ja jatkaa myöhemmin: tiedot tallentuvat aina, kun valitset { -save-and-continue }.
