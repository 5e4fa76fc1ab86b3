# The unlock screen: the encrypted database waits for its key. Finnish.

unlock-heading = Tietokannan avaaminen
unlock-intro = Luonnokset tallennetaan tähän tietokoneeseen salattuina, jotta yhteisellä tietokoneella muut eivät näe niiden henkilötietoja.
unlock-choose-passphrase-text = Tietokoneen avainnippua (salasanojen säilytys) ei voi käyttää, joten salausavainta ei voi tallentaa siihen. Valitse salasana, jolla tietokanta salataan. Tarvitset sen aina, kun käynnistät sovelluksen. Salasanaa ei voi palauttaa: jos unohdat sen, luonnokset eivät aukea.
unlock-enter-passphrase-text = Tietokanta on suojattu salasanalla. Kirjoita salasana.
unlock-keychain-unavailable-text = Tietokannan salausavain on tietokoneen avainnipussa, mutta avainnippuun ei saada yhteyttä. Avaa avainnippu (esimerkiksi kirjautumalla tietokoneeseen uudelleen) ja valitse Yritä uudelleen. Tietokantaa ei ole muutettu.
unlock-key-missing-text = Tietokoneen avainnipussa ei ole avainta, joka avaisi tietokannan. Avain on ehkä poistettu, tai tietokanta on kopioitu toiselta tietokoneelta tai käyttäjältä. Tietokantaa ei ole muutettu eikä poistettu. Jos palautat avainnipun varmuuskopiosta, valitse Yritä uudelleen.
unlock-key-file-unreadable-text = Tietokannan vieressä olevaa avaintiedostoa (kanta-extranet.key.json), joka kertoo, missä tietokannan avain on, ei voi lukea. Tarkista tiedoston käyttöoikeudet tai palauta se varmuuskopiosta ja valitse Yritä uudelleen. Tietokantaa ei ole muutettu.
unlock-passphrase = Salasana
unlock-passphrase-hint = Vähintään { $min } merkkiä. Pitkä lause on hyvä salasana.
unlock-passphrase-repeat = Salasana uudelleen
unlock-choose-button = Salaa ja avaa
unlock-enter-button = Avaa
unlock-retry-button = Yritä uudelleen
unlock-start-over-heading = Jos tietokanta ei aukea
unlock-start-over-text = Voit aloittaa tyhjällä tietokannalla. Nykyistä tietokantaa ei poisteta: se siirretään syrjään samaan kansioon (nimen loppuun tulee set-aside ja ajankohta), ja se aukeaa myöhemmin, jos salasana tai avain löytyy.
unlock-start-over-button = Aloita tyhjällä tietokannalla
unlock-start-over-confirm-heading = Aloitetaanko tyhjällä tietokannalla?
unlock-start-over-confirm-text = Nykyiset luonnokset ja organisaation tiedot eivät näy uudessa tietokannassa. Vanha tietokanta säilyy kansiossa.
unlock-start-over-cancel = Peruuta
