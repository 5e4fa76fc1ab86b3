# A service in use (guide chapter 4): the summary of its current data. Finnish.

in-use-summary-heading = Yhteenveto
in-use-summary-intro = Alla on yhteenveto palvelun voimassa olevista tiedoista Kanta-palveluissa.
in-use-fetched = Tiedot haettu Kanta-palveluista { $time }.
in-use-stale-offline = Kanta-palveluihin ei saada nyt yhteyttä. Näet tiedot sellaisina kuin ne viimeksi haettiin tälle tietokoneelle.
in-use-stale-login-required = Kirjaudu sisään, niin tiedot haetaan ajan tasalle. Siihen asti näet tiedot sellaisina kuin ne viimeksi haettiin tälle tietokoneelle.
in-use-stale-unreadable = Kanta-palvelujen vastausta ei voitu lukea. Näet tiedot sellaisina kuin ne viimeksi haettiin tälle tietokoneelle.
in-use-refresh = Hae tiedot uudelleen
in-use-log-in = Kirjaudu sisään
in-use-status-heading = Hakemuksen tila
in-use-status = { $status }. Tiedot muuttuivat viimeksi { $time }.
in-use-contacts-note = Osa yhteyshenkilöiden tiedoista voi koskea myös organisaation muita Kanta-palveluja: Kanta-palvelujen yhteiset roolit koskevat niitä kaikkia.
in-use-back = Palaa etusivulle

change-heading = Muutosilmoitukset
change-intro = Asiakkuuden muutosilmoitukset, jotka koskevat tätä palvelua, ja niiden tila, lähetettiinpä ne tältä tai toiselta tietokoneelta. Muutos näkyy tiedoissa, kun Kanta-palvelut on tehnyt sen.
change-kind-billing = Laskutustietojen muutos
change-kind-contacts = Yhteyshenkilöiden muutos
change-made = { $kind }, { $name } { $time }
change-status-received = Vastaanotettu
change-status-in-processing = Käsittelyssä
change-status-done = Tehty
change-status-returned = Palautettu
change-waiting = Odottaa lähetystä
change-elsewhere = Ei lähetetty tältä tietokoneelta.
change-send = { -save-and-continue }
change-cancel = Peruuta
change-queued = Muutosilmoitus lähetettiin. Se toimitetaan Kanta-palveluille, kun yhteys toimii.
change-billing-heading = Muuta laskutustietoja
change-contacts-heading = Muuta yhteystietoja
