# The instructions step of the Client Data Archive: a summary of the guide's page. Finnish.

instructions-intro = Alla kuvataan Sosiaalihuollon asiakastiedon arkisto -palvelun käyttöönoton vaiheet ja tarvittavat tiedot. Tutustu ohjeeseen ennen kuin aloitat lomakkeen täyttämisen.
instructions-connection-points-heading = Liityntäpisteet ja käytettävät järjestelmät
instructions-connection-points = Liityntäpiste on tietoliikenteen piste, josta asiakkaan tietojärjestelmä liittyy teknisesti Kanta-palveluihin. Kerro, millä liityntäpisteillä (OID) ja järjestelmillä käytät palvelua; tiedot tarvitaan käyttöoikeuksien avaamiseen. Saat liityntäpisteen OID-tunnuksen liityntäpistettä hallinnoivalta taholta, esimerkiksi järjestelmätoimittajalta tai oman organisaation tietohallinnolta.
instructions-service-usage-heading = Palvelun käyttö
instructions-service-usage = Ilmoita käytössä olevan asiakastietojärjestelmän profiili, arkistoitavat asiakirjaryhmät ja ne palvelutehtävät, joissa syntyviä tietoja organisaatiossa tallennetaan.
instructions-customer-data-heading = Asiakastiedot
instructions-customer-data = Osa asiakkaan perustiedoista tulee perusrekistereistä, osa annetaan lomakkeella: organisaation osoite, sähköpostiosoite ja puhelinnumero.
instructions-contacts-heading = Yhteyshenkilöt
instructions-contacts = Pakollisia yhteysrooleja ovat hallinnollinen yhteyshenkilö, tietosuojavastaava, asiakkaan tekninen yhteystieto, häiriötiedotteen vastaanottaja ja arkistonhoitaja. Tarvitset arkistonhoitajan varmennekortin numeron. Varmista, että nimi ja numero vastaavat DVV:n varmennehaun tietoja.
instructions-timing = Hae käyttöönottoa noin kaksi viikkoa ennen kuin palvelu on valmis tuotantokäyttöön. Voit keskeyttää täyttämisen ja jatkaa myöhemmin: tiedot tallentuvat aina, kun valitset { -save-and-continue }.
