# The unlock screen: the encrypted database waits for its key. Swedish.

unlock-heading = Öppna databasen
unlock-intro = Utkasten sparas krypterade på den här datorn, så att andra på en gemensam dator inte ser personuppgifterna i dem.
unlock-choose-passphrase-text = Datorns nyckelring (lagringen av lösenord) kan inte användas, så krypteringsnyckeln kan inte sparas där. Välj ett lösenord som databasen krypteras med. Du behöver det varje gång du startar appen. Lösenordet kan inte återställas: om du glömmer det går utkasten inte att öppna.
unlock-enter-passphrase-text = Databasen är skyddad med ett lösenord. Skriv lösenordet.
unlock-keychain-unavailable-text = Databasens krypteringsnyckel finns i datorns nyckelring, men det går inte att nå nyckelringen. Lås upp nyckelringen (till exempel genom att logga in på datorn på nytt) och välj Försök igen. Databasen har inte ändrats.
unlock-key-missing-text = Datorns nyckelring har ingen nyckel som öppnar databasen. Nyckeln har kanske tagits bort, eller så har databasen kopierats från en annan dator eller användare. Databasen har inte ändrats eller tagits bort. Om du återställer nyckelringen från en säkerhetskopia, välj Försök igen.
unlock-key-file-unreadable-text = Nyckelfilen bredvid databasen (kanta-extranet.key.json), som anger var databasens nyckel finns, kan inte läsas. Kontrollera filens behörigheter eller återställ den från en säkerhetskopia och välj Försök igen. Databasen har inte ändrats.
unlock-passphrase = Lösenord
unlock-passphrase-hint = Minst { $min } tecken. En lång mening är ett bra lösenord.
unlock-passphrase-repeat = Lösenordet igen
unlock-choose-button = Kryptera och öppna
unlock-enter-button = Öppna
unlock-retry-button = Försök igen
unlock-start-over-heading = Om databasen inte går att öppna
unlock-start-over-text = Du kan börja med en tom databas. Den nuvarande databasen tas inte bort: den flyttas åt sidan i samma mapp (namnet får tillägget set-aside och tidpunkten), och den går att öppna senare om lösenordet eller nyckeln hittas.
unlock-start-over-button = Börja med en tom databas
unlock-start-over-confirm-heading = Ska du börja med en tom databas?
unlock-start-over-confirm-text = De nuvarande utkasten och organisationens uppgifter syns inte i den nya databasen. Den gamla databasen finns kvar i mappen.
unlock-start-over-cancel = Avbryt
