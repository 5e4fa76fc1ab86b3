# Sending: the online indicator, and how an application's delivery to the Kanta service goes.
# Finnish.

connection-online = Yhteys Kanta-palveluun toimii
connection-offline = Ei yhteyttä Kanta-palveluun
connection-checking = Yhteyttä Kanta-palveluun tarkistetaan
connection-undelivered = { $count ->
    [one] 1 hakemus odottaa lähetystä
   *[other] { $count } hakemusta odottaa lähetystä
}
connection-login-required = Kirjaudu sisään uudelleen, niin lähetys jatkuu.
connection-for-others = { $count ->
    [one] 1 niistä lähtee vasta, kun sisään kirjautuu henkilö, jolla on oikeus asioida sen organisaation puolesta.
   *[other] { $count } niistä lähtee vasta, kun sisään kirjautuu henkilö, jolla on oikeus asioida niiden organisaatioiden puolesta.
}
delivery-heading = Lähetys Kanta-palveluun
delivery-state-waiting = Odottaa lähetystä. Hakemus lähetetään automaattisesti, kun yhteys Kanta-palveluun toimii; sovelluksen voi sulkea välillä.
delivery-state-sending = Lähetetään Kanta-palveluun…
delivery-state-sent = Kanta-palvelu vastaanotti hakemuksen { $time }.
delivery-state-failed = Hakemusta ei lähetetä uudelleen.
delivery-next-attempt = Seuraava lähetysyritys { $time }.
delivery-attempts = { $count ->
    [one] 1 lähetysyritys
   *[other] { $count } lähetysyritystä
}
delivery-problem-no-answer = Kanta-palvelu ei vastannut: verkkoyhteys puuttuu tai palvelu ei ole juuri nyt käytettävissä. Lähetystä yritetään uudelleen automaattisesti.
delivery-problem-service-error = Kanta-palvelussa on tilapäinen häiriö (virhe { $status }). Lähetystä yritetään uudelleen automaattisesti.
delivery-problem-login-required = Kanta-palvelu ei hyväksynyt istuntoa, koska se on vanhentunut. Kirjaudu sisään uudelleen, niin hakemus lähetetään.
delivery-problem-another-person-required = Kanta-palvelu ei ottanut hakemusta vastaan nyt kirjautuneelta henkilöltä, joka ei sitä lähettänyt. Hakemus lähetetään, kun sisään kirjautuu henkilö, jolla on oikeus asioida organisaation puolesta.
delivery-problem-refused = Kanta-palvelu ei ottanut hakemusta vastaan (virhe { $status }: { $code }). Ota yhteyttä Kanta-palvelujen asiakastukeen: kanta@kanta.fi. Kerro virhe ja hakemuksen tunnus.
delivery-returned-reason = Palautuksen syy: { $reason }
