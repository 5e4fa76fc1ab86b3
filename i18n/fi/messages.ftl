# The error summary, and errors the app reports (error-<ErrorCode>). Each says what to do.
# Validation messages are in validation.ftl. Finnish.

error-summary-heading = { $count ->
    [one] Lomakkeessa on yksi virhe
   *[other] Lomakkeessa on { $count } virhettä
}
error-summary-intro = Tiedot on tallennettu. Korjaa virheet ja valitse sitten { -save-and-continue }.
error-summary-intro-send = Hakemusta ei lähetetty. Korjaa virheet niiden vaiheissa ja lähetä hakemus sitten uudelleen.

error-heading = Jotain meni vikaan
error-storage-newer-schema = Tietokanta on tallennettu sovelluksen uudemmalla versiolla. Asenna sovelluksen uusin versio. Tietokantaa ei ole muutettu.
error-storage-unavailable = Luonnoksia ei voi avata tai tallentaa. Tarkista, että levyllä on tilaa, ja käynnistä sovellus uudelleen. Kirjoittamasi tiedot ovat yhä näkyvissä.
error-draft-unreadable = Luonnosta ei voi lukea. Se on ehkä tallennettu sovelluksen uudemmalla versiolla. Luonnosta ei ole muutettu.
error-draft-not-found = Luonnosta ei löydy. Käynnistä sovellus uudelleen.
error-stale-step = Näkymä oli vanhentunut, ja se on päivitetty. Tarkista tiedot ja yritä uudelleen.
error-input-too-large = Tietoja on enemmän kuin hakemukseen mahtuu (enintään 200 riviä luettelossa ja 1 000 merkkiä kentässä). Lyhennä tietoja ja yritä uudelleen.
error-step-not-reachable = Tähän vaiheeseen ei voi vielä siirtyä. Täytä ensin edelliset vaiheet.
error-internal = Odottamaton virhe. Yritä uudelleen. Jos virhe toistuu, ota yhteyttä tukeen.
error-already-sent = Hakemus on jo lähetetty, eikä sitä voi enää muuttaa. Muutokset ilmoitetaan lähettämisen jälkeen erikseen.
error-service-not-offered = Organisaatio ei voi nyt hakea tätä palvelua. Palaa etusivulle ja valitse palvelu luettelosta.
error-other-organisation = Hakemus kuuluu toiselle organisaatiolle. Vaihda organisaatio etusivulla.
error-unknown-organisation = Et voi asioida tämän organisaation puolesta. Valitse organisaatio luettelosta.
error-storage-locked = Tietokanta on lukittu. Avaa se ensin salasanalla tai avainnipulla.
error-wrong-passphrase = Salasana on väärä. Kirjoita salasana uudelleen. Tietokantaa ei ole muutettu.
error-passphrase-too-short = Salasana on liian lyhyt. Kirjoita vähintään kentän ohjeessa mainittu määrä merkkejä.
error-passphrases-differ = Salasanat eivät ole samat. Kirjoita sama salasana molempiin kenttiin.
error-import-not-offered = Tämän palvelun hakemusta ei voi tuoda nyt: palvelu on jo käytössä, hakemus on lähetetty tai organisaatio ei voi hakea palvelua.
error-export-failed = Tiedostoa ei voitu tallentaa. Tarkista, että kansioon voi kirjoittaa ja levyllä on tilaa, ja yritä uudelleen.
error-import-unreadable = Tiedostoa ei voi tuoda. Tarkista, että valitsit hakemustiedoston.
error-identification-required = Palvelukuvauksen hyväksyminen, sitoumuksen allekirjoittaminen ja lähettäminen vaativat kirjautumisen. Kirjaudu sisään ja yritä uudelleen. Tiedot, jotka olet kirjoittanut, säilyvät.
error-choose-organisation = Valitse ensin organisaatio, jonka puolesta asioit. Palaa etusivulle.
error-no-organisations = Et voi asioida minkään organisaation puolesta. Palaa etusivulle, jossa on ohjeet.
error-log-in-first = Kirjaudu ensin sisään, jotta näet organisaatiot, joiden puolesta voit asioida.
error-login-cancelled = Kirjautuminen peruutettiin. Voit kirjautua uudelleen milloin tahansa.
error-login-timed-out = Tunnistautuminen kesti liian kauan, ja se keskeytettiin. Kirjaudu uudelleen.
error-login-denied = Tunnistautuminen ei onnistunut tai se peruutettiin selaimessa. Kirjaudu uudelleen.
error-login-refused = Tunnistautumista ei voitu varmistaa, joten sitä ei hyväksytty eikä mitään tallennettu. Kirjaudu uudelleen.
error-login-unreachable = Tunnistuspalveluun ei saada yhteyttä. Tarkista verkkoyhteys ja yritä uudelleen. Luonnoksia voi täyttää ilman kirjautumista.
error-login-service-unavailable = Kanta-palvelu ei nyt kerro, minkä organisaatioiden puolesta voit asioida. Yritä hetken kuluttua uudelleen.
error-login-settings = Tunnistautumisen asetukset ovat virheelliset. Tarkista settings.json-tiedosto tai ympäristömuuttujat käyttöohjeen mukaan. Luonnoksia voi täyttää ilman kirjautumista.
error-logout-incomplete = Olet kirjautunut ulos, mutta avainnippu ei poistanut tunnuksia. Poista Kanta Extranet -merkintä käyttöjärjestelmän avainnipusta.
error-pdf-not-signed = Sitoumusta ei ole vielä allekirjoitettu, joten sitä ei voi tallentaa PDF-tiedostona. Allekirjoita sitoumus ensin.
error-pdf-not-valid = Hakemuksessa on virheitä, joten sitä ei voi tallentaa PDF-tiedostona. Korjaa yhteenvedossa näkyvät virheet ja yritä uudelleen.
error-link-not-opened = Selain ei avautunut. Avaa tämä osoite itse selaimessa: { $url }
error-service-not-in-use = Organisaatiolla ei ole tätä palvelua käytössä Kanta-palvelujen tietojen mukaan. Jos palvelu on käytössä, ota yhteyttä osoitteeseen kanta@kanta.fi.
error-service-data-offline = Palvelun tietoja ei ole vielä haettu tälle tietokoneelle, eikä Kanta-palveluihin saada nyt yhteyttä. Yritä uudelleen, kun verkkoyhteys toimii.
error-service-data-unreadable = Kanta-palvelujen vastausta ei voitu lukea. Yritä myöhemmin uudelleen. Jos vika jatkuu, ota yhteyttä osoitteeseen kanta@kanta.fi.
error-not-returned = Vain Kanta-palvelujen korjattavaksi palauttaman hakemuksen voi korjata ja lähettää uudelleen.
