# The help page (the guide's chapter 5) and the pages the guide names, opened in the system
# browser (link-<Link>). Swedish.

help-open = Hjälp
help-heading = Hjälp och support
help-intro = På den här sidan hittar du vad du kan göra när något inte lyckas. Sidorna som anvisningen hänvisar till öppnas i webbläsaren.
help-back = Tillbaka
help-login-heading = Hur gör jag om jag inte lyckas logga in?
help-apply-heading = Hur gör jag om jag inte lyckas göra ansökan eller uppdatera uppgifter?
help-apply-text = Hjälp hittar du på kanta.fi och på Kanta Extranätets inloggningssida. Vid behov kan du också be om hjälp från Kanta-tjänsternas kundsupport genom att skicka e-post till adressen kanta@kanta.fi.
help-offline-text = Appen fungerar också utan nätförbindelse. Utkasten sparas på den här datorn, och en skickad ansökan väntar i utkorgen tills förbindelsen till Kanta-tjänsten fungerar igen. Den övre raden visar om det finns en förbindelse och hur många försändelser som väntar.
help-pages-heading = Sidor som anvisningen hänvisar till
help-support-heading = Kanta-tjänsternas kundsupport
help-support-text = E-post: kanta@kanta.fi. Ange i meddelandet din organisations FO-nummer och, om det gäller en ansökan, ansökans id.
help-opens-outside = öppnas i webbläsaren

link-kanta-extranet = Kanta Extranätet: anvisningar och inloggningssidan (kanta.fi)
link-professionals = Tjänstebeskrivningar, förbindelseblanketten, allmänna villkor och ändringsanmälningar (kanta.fi)
link-identification = Information om identifikation (suomi.fi)
link-certificate-search = Certifikatsökning: arkivariens namn och certifikatkortets nummer (dvv.fi)
link-code-service = Den nationella kodtjänsten: organisationsregistren (THL)
link-register-instructions = Kontroll av uppgifterna i SOTE-organisationsregistret (THL, PDF)
link-support = Skriv till kundsupporten (kanta@kanta.fi)

# The About section of the help page: this build, its folders, and the licences of what it ships.
about-heading = Om appen
about-version = Version { $version }, byggd { $date }
about-commit = Källkodsversion (commit): { $commit }
about-data-folder = Uppgifterna sparas i mappen
about-log-folder = Loggarna skrivs i mappen
about-licences-heading = Licenser
about-licences-intro = Appen innehåller programvara och typsnitt med öppen källkod. Här finns deras licenser och upphovsrättsuppgifter.
about-licences-show = Visa licenserna
about-licences-incomplete = Licensförteckningen i den här versionen är ofullständig, eftersom den byggdes utan att förteckningarna skapades. Installationspaketens förteckning är alltid fullständig.
about-licence-kind-rust-crate = Rust-bibliotek
about-licence-kind-npm-package = Gränssnittets npm-paket
about-licence-kind-font = Typsnitt
about-licence-group = { $packages } ({ $licence })
about-licence-no-text = Paketet har ingen egen licenstext. Dess licens är { $licence }.
