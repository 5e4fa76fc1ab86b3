# The service usage step of the Client Data Archive (Användning av tjänsten). Swedish.

service-usage-intro = Ange uppgifterna om användningen av tjänsten: profilen för det klientdatasystem som används, de handlingsgrupper som ska arkiveras och de serviceuppgifter vars uppgifter organisationen registrerar.
service-usage-system-profile = Systemets profil
service-usage-document-groups = Handlingsgrupper som arkiveras
service-usage-service-tasks = Serviceuppgifter
