# The help page (the guide's chapter 5) and the pages the guide names, opened in the system
# browser (link-<Link>). Finnish.

help-open = Ohje
help-heading = Ohje ja tuki
help-intro = Tältä sivulta löydät, mitä voit tehdä, kun jokin ei onnistu. Sivut, joihin ohje viittaa, avautuvat selaimessa.
help-back = Takaisin
help-login-heading = Mitä teen, jos kirjautuminen ei onnistu?
help-apply-heading = Mitä teen, jos hakemuksen tekeminen tai tietojen päivittäminen ei onnistu?
help-apply-text = Apua löytyy kanta.fi-sivustolta ja Kanta Extranetin kirjautumissivulta. Tarvittaessa voit pyytää apua Kanta-palvelujen asiakastuesta lähettämällä sähköpostia osoitteeseen kanta@kanta.fi.
help-offline-text = Sovellus toimii myös ilman verkkoyhteyttä. Luonnokset tallentuvat tälle tietokoneelle, ja lähetetty hakemus odottaa lähtevissä, kunnes yhteys Kanta-palveluun palaa. Yläpalkki kertoo, onko yhteys olemassa ja montako lähetystä odottaa.
help-pages-heading = Sivut, joihin ohje viittaa
help-support-heading = Kanta-palvelujen asiakastuki
help-support-text = Sähköposti: kanta@kanta.fi. Kerro viestissä organisaatiosi Y-tunnus ja, jos kyse on hakemuksesta, hakemuksen tunnus.
help-opens-outside = avautuu selaimessa

link-kanta-extranet = Kanta Extranet: ohjeet ja kirjautumissivu (kanta.fi)
link-professionals = Palvelukuvaukset, sitoumuslomake, yleiset ehdot ja muutosilmoituslomakkeet (kanta.fi)
link-identification = Tietoa tunnistautumisesta (suomi.fi)
link-certificate-search = Varmennehaku: arkistonhoitajan nimi ja varmennekortin numero (dvv.fi)
link-code-service = Kansallinen koodistopalvelu: organisaatiorekisterit (THL)
link-register-instructions = Tietojen tarkastaminen SOTE-organisaatiorekisteristä (THL, PDF)
link-support = Kirjoita asiakastukeen (kanta@kanta.fi)

# The About section of the help page: this build, its folders, and the licences of what it ships.
about-heading = Tietoja sovelluksesta
about-version = Versio { $version }, koottu { $date }
about-commit = Lähdekoodin versio (commit): { $commit }
about-data-folder = Tiedot tallennetaan kansioon
about-log-folder = Lokit kirjoitetaan kansioon
about-licences-heading = Lisenssit
about-licences-intro = Sovellus sisältää avoimen lähdekoodin ohjelmistoja ja fontteja. Niiden lisenssit ja tekijänoikeustiedot ovat tässä.
about-licences-show = Näytä lisenssit
about-licences-incomplete = Tämän version lisenssiluettelo on puutteellinen, koska se koottiin ilman luetteloiden luontia. Asennuspakettien luettelo on aina täydellinen.
about-licence-kind-rust-crate = Rust-kirjastot
about-licence-kind-npm-package = Käyttöliittymän npm-paketit
about-licence-kind-font = Fontit
about-licence-group = { $packages } ({ $licence })
about-licence-no-text = Paketissa ei ole omaa lisenssitekstiä. Sen lisenssi on { $licence }.
