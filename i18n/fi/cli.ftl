# The command line (kanta-extranet check) and the messages for files that cannot be read
# (file-error-<kind>, also for importing). Finnish.

cli-check-summary = { $file }: { $errors ->
    [0] ei virheitä
    [one] 1 virhe
   *[other] { $errors } virhettä
}, { $warnings ->
    [0] ei varoituksia
    [one] 1 varoitus
   *[other] { $warnings } varoitusta
}.
cli-severity-error = virhe
cli-severity-warning = varoitus

file-error-read = Tiedostoa ei voi lukea ({ $reason }). Tarkista tiedoston nimi ja käyttöoikeudet.
file-error-encoding = Tiedosto ei ole UTF-8-tekstiä. Tallenna se UTF-8-koodattuna JSON-tiedostona.
file-error-too-large = Tiedosto on liian suuri ({ $megabytes } Mt, enintään { $limit } Mt). Tarkista, että valitsit oikean tiedoston.
file-error-syntax = Tiedosto ei ole kelvollista JSONia rivillä { $line }, sarakkeessa { $column } (tekninen kuvaus: { $detail }). Korjaa kohta tai vie tiedosto järjestelmästä uudelleen.
file-error-truncated = Tiedosto loppuu kesken rivillä { $line }, sarakkeessa { $column }. Tiedosto on ehkä katkennut: tallenna tai vie se uudelleen.
file-error-shape = Tiedosto on JSONia mutta ei hakemustiedosto: rivillä { $line }, sarakkeessa { $column } on virhe (tekninen kuvaus: { $detail }). Vertaa tiedostoa skeemaan, jonka komento kanta-extranet schema tulostaa.
file-error-unsupported-format = Tiedoston muotoversiota { $found } ei tueta; tämä sovellus lukee versiota { $supported }. Päivitä sovellus tai vie tiedosto tämän version muodossa.
file-error-too-many-items = Tiedostossa on kohdassa { $at } { $count } merkintää, enintään { $limit } hyväksytään. Tarkista, että valitsit oikean tiedoston, tai vie tiedosto järjestelmästä uudelleen.
file-error-text-too-long = Tiedoston kohdassa { $at } on { $chars } merkin teksti, enintään { $limit } merkkiä hyväksytään. Lyhennä tekstiä tai vie tiedosto järjestelmästä uudelleen.

cli-pdf-written = { $file }: PDF-tiedosto kirjoitettu.
cli-pdf-not-signed = { $file }: hakemuksessa ei ole allekirjoitettua sitoumusta, joten sitoumusta ei voi tulostaa. Allekirjoita sitoumus sovelluksessa ja vie hakemus uudelleen.
cli-pdf-not-valid = { $file }: hakemusta ei voi tulostaa, koska siinä on virheitä. Korjaa ne (ks. kanta-extranet check) ja yritä uudelleen.
cli-pdf-write = PDF-tiedostoa { $file } ei voi kirjoittaa ({ $reason }). Tarkista kansio ja käyttöoikeudet.
