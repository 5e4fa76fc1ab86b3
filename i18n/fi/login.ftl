# Logging in and out, the organisation to act for, and the advice for a person who may act for
# none (the guide's 5.1: the four checks, also shown when a login fails and on the help page). Finnish.

identity-logged-out = Et ole kirjautunut sisään.
log-in = Kirjaudu sisään
log-out = Kirjaudu ulos
logged-out-notice = Olet kirjautunut ulos. Luonnokset säilyvät tällä tietokoneella.
login-heading = Kirjaudu sisään
login-intro = Luonnosten täyttäminen ei vaadi kirjautumista. Palvelukuvauksen hyväksyminen, sitoumuksen allekirjoittaminen ja hakemuksen lähettäminen vaativat tunnistautumisen.
login-test-intro = Tämä on testiympäristö. Valitse kuvitteellinen testihenkilö. Kirjautuminen ei käytä verkkoa.
login-test-persons = Testihenkilö
login-test-person = { $name } (testihenkilö)
login-test-person-hint = { $count ->
    [0] ei organisaatioita, joiden puolesta voi asioida
    [one] voi asioida yhden organisaation puolesta
   *[other] voi asioida { $count } organisaation puolesta
}
login-test-submit = Kirjaudu testihenkilönä
login-suomifi-intro = Tunnistaudut selaimessa Suomi.fi-tunnistuksella: varmennekortilla, pankkitunnuksilla tai mobiilivarmenteella.
login-suomifi-submit = Tunnistaudu selaimessa
login-waiting-heading = Tunnistautuminen jatkuu selaimessa
login-waiting-text = Selain avautui tunnistautumista varten. Kun olet tunnistautunut, palaa tähän ikkunaan. Jos selain ei avautunut, avaa tämä osoite selaimessa:
login-cancel = Peruuta kirjautuminen
login-close = Sulje
login-expired = Istuntosi on vanhentunut. Kirjaudu uudelleen sisään. Tiedot, jotka olet kirjoittanut, säilyvät.
login-required-hint = Hyväksyminen ja allekirjoittaminen vaativat kirjautumisen. Voit täyttää hakemuksen ensin ja kirjautua sitten.
# The page the browser shows when the login has come back to the app.
login-browser-done = Tunnistautuminen on valmis. Voit sulkea tämän välilehden ja palata Kanta Extranet -sovellukseen.

organisation-choice-heading = Valitse organisaatio
organisation-choice-intro = Voit asioida seuraavien organisaatioiden puolesta. Valitse, minkä organisaation puolesta asioit nyt. Voit vaihtaa organisaatiota myöhemmin etusivulla.
organisation-choice-legend = Organisaatio
organisation-choice-submit = Jatka
identity-basis = Peruste: { $basis }

no-organisations-heading = Et voi asioida minkään organisaation puolesta
no-organisations-intro = Palvelu ei löytänyt organisaatiota, jonka puolesta voisit hakea Kanta-palvelujen käyttöönottoa. Käy läpi seuraavat asiat:
login-check-mandate = Tarkista, että sinulla on Suomi.fi-valtuus ”Sosiaali- ja terveydenhuollon digitaalisten palvelujen käyttöönotto” tai että olet organisaation vastuuhenkilö.
login-check-other-means = Kokeile toista tunnistautumistapaa.
login-check-register = Tarkista, että organisaation tiedot ovat ajan tasalla kansallisessa koodistopalvelussa.
login-check-later = Kyse voi olla tilapäisestä katkoksesta. Yritä tunnistautua uudelleen hetken kuluttua.
login-support = Tarvittaessa ota yhteyttä Kanta-palvelujen asiakastukeen: kanta@kanta.fi
login-checks-intro = Jos kirjautuminen ei onnistu, käy läpi seuraavat asiat:
no-organisations-log-out = Kirjaudu ulos ja yritä uudelleen

log-in-first-heading = Kirjaudu sisään aloittaaksesi
log-in-first-text = Tällä tietokoneella ei ole vielä organisaatiota. Kirjaudu sisään, niin näet organisaatiot, joiden puolesta voit asioida.
