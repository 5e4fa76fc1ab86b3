# The connection points step (Anslutningspunkter och system). Swedish.

connection-points-intro = Ange för varje anslutningspunkt uppgifterna om de anslutningspunkter och system genom vilka tjänsten används. Du behöver anslutningspunktens identifierare (OID) från systemleverantören eller från den som förvaltar anslutningspunkten i din organisation.
connection-points-renewal-intro = Alternativet för begäran om förnyelse visas när du har valt ett system.
connection-points-none = Inga anslutningspunkter har angetts ännu. Lägg till minst en.
connection-point-heading = Anslutningspunkt { $number }
connection-point-oid = Anslutningspunktens OID
connection-point-oid-input = Ange anslutningspunktens OID
connection-point-oid-hint = Till exempel 1.2.246.10.2430960.10.0.13.3
connection-point-systems = System som används via den här anslutningspunkten
connection-point-renewal-requests = Tjänsten för begäran om förnyelse tas i bruk
connection-point-renewal-requests-note = Om du väljer tjänsten för begäran om förnyelse ska du anmäla den enhet som tar emot begäran om förnyelse till THL:s kodtjänst. Observera att även andra än din egen organisations kunder kan begära förnyelse av recept via apoteket eller Mina Kanta-sidor.
connection-point-remove = Ta bort anslutningspunkt { $number }
connection-point-add = Ange anslutningspunkt och system
