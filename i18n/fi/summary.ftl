# The summary (Yhteenveto) and the thanks page (Kiitos). Finnish.

summary-intro = Alla on yhteenveto antamistasi tiedoista. Voit muokata niitä tarvittaessa. Kun olet tarkistanut tiedot, lähetä hakemus Kanta-palveluille käsiteltäväksi.
summary-sent-intro = Tämä hakemus on lähetetty, eikä sitä voi enää muokata.
summary-connection-points-note = Liityntäpisteen tietoja voi muokata hakemuksen lähettämiseen saakka. Sen jälkeen muutokset ilmoitetaan teknisten tietojen muutosilmoituslomakkeella.
summary-edit = Muokkaa
summary-not-ready-heading = Hakemusta ei voi vielä lähettää
summary-not-ready = Korjaa nämä kohdat ennen lähettämistä:
summary-step-errors = { $step }: { $count ->
    [one] yksi virhe
   *[other] { $count } virhettä
}
summary-empty = Ei annettu
summary-systems = Järjestelmät
summary-renewal-requests = Uusimispyyntöpalvelu otetaan käyttöön
summary-send-note = Lähettäminen toimii ilman verkkoyhteyttäkin: hakemus odottaa sovelluksessa ja toimitetaan Kanta-palveluille, kun yhteys on käytettävissä.
summary-application-errors-heading = Koko hakemusta koskevat

thanks-sent = Hakemus on lähetetty.
thanks-status = Hakemuksen tila: { $status }
thanks-application-id = Hakemuksen tunnus: { $id }
thanks-returned = Kanta-palvelut palautti hakemuksen korjattavaksi. Korjaa se ja lähetä uudelleen: tiedot kopioidaan uuteen hakemukseen, ja tämä hakemus säilyy sellaisena kuin se lähetettiin.
thanks-amend = Korjaa ja lähetä uudelleen
amending-note = Korjaat palautettua hakemusta. Tarkista ja korjaa tiedot. Hyväksynnät ja allekirjoitus annetaan uudelleen ennen lähettämistä.
thanks-next-heading = Mitä seuraavaksi tapahtuu
thanks-next-email = Kun Kanta-palvelut on käsitellyt hakemuksen, asiakastiedoissa antamaasi sähköpostiosoitteeseen lähetetään viesti. Viesti lähetetään myös hallinnolliselle yhteyshenkilölle ja arkistonhoitajalle.
thanks-next-test = Viestin saatuasi tee käyttöönottokoe yhdessä järjestelmätoimittajasi kanssa ja raportoi se Kanta-palveluille osoitteeseen kanta@kanta.fi. Raportointipohja on kanta.fi-sivustolla.
thanks-next-logout = Voit nyt palata etusivulle tai sulkea sovelluksen.
export-button = Vie hakemus tiedostoon
export-hint = Tallentaa hakemuksen JSON-tiedostoksi, jonka voit tuoda toiseen tietokoneeseen tai tarkistaa komennolla kanta-extranet check.
export-saved = Hakemus tallennettiin tiedostoon.
