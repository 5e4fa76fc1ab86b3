# The connection points step (Liityntäpisteet ja järjestelmät). Finnish.

connection-points-intro = Syötä liityntäpistekohtaisesti niiden liityntäpisteiden ja järjestelmien tiedot, joilla palvelua käytetään. Tarvitset liityntäpisteen yksilöintitunnuksen (OID) järjestelmätoimittajalta tai liityntäpistettä hallinnoivalta taholta organisaatiossasi.
connection-points-renewal-intro = Uusimispyyntöpalvelua koskeva vaihtoehto tulee näkyviin, kun olet valinnut järjestelmän.
connection-points-none = Liityntäpisteitä ei ole vielä ilmoitettu. Lisää vähintään yksi.
connection-point-heading = Liityntäpiste { $number }
connection-point-oid = Liityntäpisteen OID
connection-point-oid-input = Syötä liityntäpisteen OID
connection-point-oid-hint = Esimerkiksi 1.2.246.10.2430960.10.0.13.3
connection-point-systems = Järjestelmät, joita käytetään tämän liityntäpisteen kautta
connection-point-renewal-requests = Otetaan käyttöön uusimispyyntöpalvelu
connection-point-renewal-requests-note = Jos valitset uusimispyyntöpalvelun, ilmoita uusimispyynnöt vastaanottava yksikkö myös THL:n koodistopalveluun. Huomaa, että uusimista voivat pyytää apteekin tai Omakannan kautta muutkin kuin oman organisaatiosi asiakkaat.
connection-point-remove = Poista liityntäpiste { $number }
connection-point-add = Ilmoita liityntäpiste ja järjestelmät
