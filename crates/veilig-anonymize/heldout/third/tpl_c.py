# Templates part C: chats, Flemish, invoices, tricky keeps, lists, IT secrets, misc.
from tpl_b import *  # noqa


# ---------------------------------------------------------------- chats

@T("clean")
def whatsapp_team(d):
    a, b, c = d.person(), d.person(), d.person()
    lines = [
        f"[{d.clock()}] {d.F(a)}: goedemorgen allemaal, wie kan {d.wd()} de late dienst overnemen?",
        f"[{d.clock()}] {d.F(b)}: ik niet sorry, moet naar {d.place()}",
        f"[{d.clock()}] {d.F(a)}: @{d.Lf(c)} kun jij?",
        f"[{d.clock()}] {d.F(c)}: ja prima! wel pas vanaf {d.time()}",
        f"[{d.clock()}] {d.F(a)}: top, dank je {d.Lf(c)} 🙏 ik zet het in het rooster",
        f"[{d.clock()}] {d.F(b)}: {d.Lf(a)} weet jij trouwens of de bonnen van de {d.brand()} al zijn ingeleverd?",
    ]
    return "\n".join(lines)


@T("clean")
def whatsapp_lower(d):
    a, b, c = d.person("nl"), d.person(), d.person()
    na, nb = d.NICK(a), d.Lf(b)
    return (f"{nb}: heb jij de sleutels nog van het busje?\n{na}: nee die heeft {d.Lf(c)} denk ik\n{nb}: oke ik app hem wel\n"
            f"{nb}: @{d.Lf(c)} sleutels?? we moeten om {d.time()} weg naar {d.place()}\n{d.Lf(c)}: liggen in het kluisje, code weet {d.Lf(a)}\n"
            f"{na}: haha ja 1234 natuurlijk 😂\n{nb}: lol. tot straks")


@T("clean")
def teams_chat(d):
    a, b, c = d.person(), d.person(), d.person()
    return (f"{d.SC(a)}  {d.clock()}\n@{d.N(b)} kun jij de notulen van {d.wd()} nog rondsturen?\n\n{d.SC(b)}  {d.clock()}\n"
            f"Yes, komt eraan. @{d.F(c)} jij had de actiepunten toch?\n\n{d.SC(c)}  {d.clock()}\n"
            f"Klopt, staan in {d.sw()}. Ik zit tot {d.time()} in een call, daarna stuur ik ze door 👍")


@T("clean")
def family_chat(d):
    mom, kid1, kid2, opa = d.person("nl", "f"), d.person("nl"), d.person("nl"), d.person("nl", "m")
    return (f"Familie 🎉\n\nmam: lieverds, verjaardag opa {d.N(opa)} is {d.date('wdm')}! we verzamelen om {d.time()} bij {d.Lf(kid1)}, {d.adres()}\n"
            f"{d.Lf(kid2)}: neem ik taart mee van de {d.k('Albert Heijn')}?\n{d.Lf(kid1)}: ja doe maar, ik doe de slingers. parkeren kan bij de {d.brand()} om de hoek\n"
            f"mam: en iemand moet opa ophalen, zijn nieuwe nummer is {d.tel('m')}\n{d.Lf(kid2)}: ik doe het wel ❤️")


@T("clean")
def sportclub_chat(d):
    ps = [d.person() for _ in range(3)]
    return (f"JO11-2 ouders\n\n{d.F(ps[0])} (trainer): zaterdag uitwedstrijd in {d.place()}, verzamelen 8:15 bij de kantine. Rijders: {d.F(ps[1])} en {d.F(ps[2])}\n"
            f"{d.F(ps[1])}: ik kan 3 kinderen meenemen\n{d.F(ps[2])}: ik rij ook, mijn nummer voor de zekerheid {d.tel('m')}\n"
            f"{d.F(ps[0])}: super. contributie ({d.amt(90, 220, 'euro')}) graag voor {d.hol()} overmaken!").replace("8:15", d.k("8:15"))


@T("clean")
def buurtapp(d):
    a, b = d.person(), d.person()
    return (f"Buurtapp {d.street()} e.o.\n\n{d.F(a)}: Er loopt een kat rond zonder halsband bij {d.adres()}. Iemand die hem mist?\n"
            f"{d.F(b)}: Volgens mij is dat Minoes van de familie {d.S(b) if False else d.S(d.person())}\n{d.F(a)}: Dank! Ik bel even aan. Trouwens: {d.wd()} is het oud papier.\n"
            f"{d.F(b)}: En {d.hol()} is er een rommelmarkt op het plein, aanmelden bij mij ({d.tel()}).")


@T("block")
def chat_password(d):
    a, b = d.person(), d.person()
    return d.c(
        f"{d.Lf(a)}: hee kun je even inloggen op het gedeelde account van {d.sw()}?\n{d.Lf(b)}: wat is het ww ook alweer\n"
        f"{d.Lf(a)}: {d.pw()}\n{d.Lf(a)}: gebruikersnaam is {d.mail_generic()}\n{d.Lf(b)}: thanks, ben erin",
        f"Hoi {d.F(b)}, voor de wifi in de vergaderruimte: netwerk GAST-{R.randint(1, 9)}, wachtwoord {d.pw()}. Morgen om {d.time()} begint de training.\n{d.F(a)}",
        f"Teams — {d.N(a)}: Ik ben je inlog vergeten door te sturen. Gebruikersnaam: {d.mail_co(b, d.dom())}\nTijdelijk wachtwoord: {d.pw()}\nGraag na de eerste keer wijzigen!")


@T("both")
def it_ticket(d):
    p, it = d.person(), d.person()
    if d.wb:
        return (f"Ticket {d.ordno('tick')} — Wachtwoord reset\nAanvrager: {d.N(p)} ({d.mail_co(p, d.dom())})\n\n"
                f"Opgelost door {d.F(it)}: account ontgrendeld in {d.sw()}. Nieuw tijdelijk wachtwoord: {d.pw()} (wijzigen bij eerste login). "
                f"Gebruiker telefonisch geïnformeerd op {d.tel()}.")
    return (f"Ticket {d.ordno('tick')} — Wachtwoord reset\nAanvrager: {d.N(p)} ({d.mail_co(p, d.dom())})\n\n"
            f"Opgelost door {d.F(it)}: account ontgrendeld in {d.sw()}. Gebruiker heeft via de selfservice-link zelf een nieuw wachtwoord ingesteld. "
            f"Herinnering gestuurd: deel je wachtwoord nooit per mail of chat. Teruggebeld op {d.tel()}.")


@T("block")
def api_key_chat(d):
    a, b = d.person(d.c("nl", "in", "pl", "en", "tr")), d.person()
    return d.c(
        f"[{d.clock()}] {d.Lf(a)}: de staging deploy faalt, welke key gebruiken we voor de betaalprovider?\n[{d.clock()}] {d.Lf(b)}: deze: {d.key()}\n"
        f"[{d.clock()}] {d.Lf(a)}: thx! zet hem straks wel in de vault",
        f"Hi {d.F(b)},\n\nHier de gegevens voor de koppeling met {d.sw()}:\nendpoint: https://api.example-portal.nl/v2\napi_key = {d.key()}\n\n"
        f"Groet,\n{d.N(a)}")


@T("block")
def config_snippet(d):
    a = d.person()
    return (f"# config voor de nieuwsbrief-koppeling, beheerder: {d.N(a)} ({d.mail_co(a, d.dom())})\n"
            f"SMTP_HOST=smtp.{d.dom()}\nAPI_KEY={d.key()}\nFROM_NAME=\"Team Marketing\"\nSEND_DAY={d.k('dinsdag')}\n")


@T("clean")
def it_log(d):
    ps = [d.person() for _ in range(3)]
    dom = d.dom()
    lines = "\n".join(f"{d.k(fmt_date(rand_date(), 'num'))} {d.clock()}:{R.randint(10, 59)} LOGIN {d.c('OK', 'FAILED', 'OK')} user={d.mail_co(p, dom)} ip={d.ip(d.chance(0.15))}" for p in ps)
    return f"Auditlog portaal (export door {d.F(d.person())})\n\n{lines}\n\nGeen verdachte activiteit buiten {d.place()} gevonden."


@T("clean")
def api_key_mention(d):
    a, b = d.person(), d.person()
    return (f"{hi(d, b)}\n\nDe API-sleutel voor {d.sw()} hebben we aangevraagd bij de leverancier. Zodra die binnen is zet {d.F(a)} hem in de kluis; "
            f"we delen sleutels nooit via mail. Planning: koppeling live op {d.date('wdm')}.\n\n{sig(d, a)}")


# ---------------------------------------------------------------- Flemish

@T("clean")
def vlaams_mail(d):
    a, b = d.person("be"), d.person("be")
    return (f"Dag {d.F(b)},\n\nBedankt voor uw mail. Ik ben momenteel met verlof tot {d.date('dm')}. Voor dringende vragen kan u terecht bij "
            f"{d.N(b) if False else d.N(d.person('be'))} op het nummer {d.tel('be')}.\n\nOns nieuw kantooradres is {d.adres(be=True)}, {d.addr_lines(None, be=True, sep=', ').split(', ', 1)[1]}.\n\n"
            f"Met vriendelijke groeten,\n{d.N(a)}\n{d.job(cap=True)}\nGSM {d.tel('be')}")


@T("clean")
def vlaams_vzw(d):
    ps = [d.person("be") for _ in range(4)]
    return (f"Verslag bestuursvergadering vzw De Speelpleinwerking\n{d.date('Wdm')}, {d.place(be=True)}\n\nAanwezig: {', '.join(d.N(p) for p in ps[:3])}\n"
            f"Verontschuldigd: {d.N(ps[3])}\n\n1. Financiën: saldo op de rekening {d.amt(1000, 15000, 'eur_sp')}. {d.F(ps[0])} zoekt uit of de subsidie van de stad al gestort is.\n"
            f"2. Zomerwerking: {d.F(ps[1])} contacteert de ouders. Inschrijvingen via {d.mail_generic('speelplein-vzw.be')} of {d.tel('be')}.\n"
            f"3. Varia: de fuif gaat door op {d.date('dm')}.")


@T("clean")
def vlaams_factuur(d):
    p = d.person("be")
    return (f"FACTUUR {d.ordno('fnr')}\n\nKlant:\n{d.addr_lines(p, be=True, name_style='N')}\n\nOmschrijving: {d.c('herstelling dakgoot', 'plaatsing parket', 'onderhoud verwarmingsketel')}\n"
            f"Bedrag excl. btw: {d.amt(200, 5000)}\nBtw 21%\nTe betalen binnen 30 dagen op {d.iban('BE')} met mededeling +++{R.randint(100, 999)}/{R.randint(1000, 9999)}/{R.randint(10000, 99999)}+++\n\n"
            f"Vragen? Bel {d.tel('be')}.")


@T("clean")
def vlaams_chat(d):
    a, b = d.person("be"), d.person("be")
    return (f"{d.Lf(a)}: allee {d.Lf(b)}, zijde gij morgen op kantoor in {d.place(be=True)}?\n{d.Lf(b)}: ja, vanaf {d.time()}. moet ge iets hebben?\n"
            f"{d.Lf(a)}: de sleutel van het magazijn, ik bel u wel op {d.tel('be')}\n{d.Lf(b)}: in orde, tot morgen!")


@T("clean")
def vlaams_school(d):
    kid, par = d.person("be"), d.person("be")
    return (f"Beste ouders,\n\nOp {d.date('wdm')} gaan we met het derde leerjaar naar {d.place(be=True)}. De kostprijs is {d.amt(8, 25, 'eur_sp')} per leerling. "
            f"{d.F(kid)} mag die dag een lunchpakket meebrengen.\n\nContactpersoon: {d.N(par)} (klassenouder), {d.tel('be')}\n\nJuf {d.F(d.person('be'))}")


# ---------------------------------------------------------------- invoices / quotes

def inv_lines(d, n):
    items = R.sample(["Arbeidsloon monteur (2 uur)", "Voorrijkosten", "Klein materiaal", "Radiatorkraan", "Consult", "Licentie " + d.sw(),
                      d.prod(), "Installatie", "Verzendkosten", "Adviesgesprek", "Onderhoudscontract (jaar)"], n)
    return "\n".join(f"{it:<34}{d.amt(10, 900, d.c('eur_sp', 'eur', 'EUR'))}" for it in items)


@T("clean")
def factuur(d):
    p = d.person()
    return (f"{d.c('FACTUUR', 'Factuur', 'Nota')}\n\n{d.addr_lines(p)}\n\nFactuurnummer: {d.ordno(d.c('inv', 'fnr'))}\nFactuurdatum: {d.date('dmy')}\n"
            f"Vervaldatum: {d.date('dmy')}\n\n{inv_lines(d, R.randint(2, 4))}\n\nTotaal incl. btw: {d.amt(100, 3000)}\n\n"
            f"Wij verzoeken u het bedrag over te maken o.v.v. het factuurnummer.")


@T("clean")
def offerte(d):
    p, v = d.person(), d.person()
    return (f"OFFERTE {d.ordno('off')}\n\n{d.addr_lines(p, name_style='Tf')}\n\n{d.place()}, {d.date('dmy')}\n\n{hi(d, p, formal=True)}\n\n"
            f"Naar aanleiding van ons gesprek bieden wij u het volgende aan:\n\n{inv_lines(d, 3)}\n\nTotaal: {d.amt(500, 12000)} incl. 21% btw\n"
            f"Deze offerte is 30 dagen geldig. Uitvoering mogelijk vanaf week {R.randint(2, 50)}.\n\nMet vriendelijke groet,\n{d.N(v)}\n{d.job(cap=True)}\n{d.tel('l')}")


@T("clean")
def creditnota(d):
    p = d.person()
    return (f"CREDITNOTA {d.ordno('inv')}\nBetreft factuur {d.ordno('fnr')}\n\nAan: {d.U(p)}\n{d.adres()}\n{d.pc()} {d.addr_place().upper()}\n\n"
            f"Gecrediteerd: {d.amt(10, 900)} (retour {d.prod()})\nHet bedrag wordt binnen 5 werkdagen teruggestort op {d.iban()}.")


@T("clean")
def aanmaning(d):
    p = d.person()
    return (f"Tweede herinnering\n\n{hi(d, p, formal=True)}\n\nOndanks onze eerdere herinnering hebben wij de betaling van factuur {d.ordno('fnr')} "
            f"({d.amt(50, 3000)}) nog niet ontvangen. Wij verzoeken u het bedrag binnen 7 dagen over te maken op NL-rekening van onze stichting "
            f"onder vermelding van uw klantnaam. Heeft u inmiddels betaald? Dan kunt u deze brief als niet verzonden beschouwen.\n\n"
            f"Vragen? {d.k('Klantenservice')}, {d.tel('l')} (bereikbaar op werkdagen van 9:00 tot 17:00).").replace("9:00 tot 17:00", d.k("9:00 tot 17:00"))


@T("clean")
def verzendbevestiging(d):
    p = d.person()
    return (f"Hoi {d.F(p)},\n\nGoed nieuws: je bestelling {d.ordno('web')} is onderweg! 📦\n\n{d.prod()}   {d.amt(20, 1200, 'eur')}\nVerzendkosten   {d.amt(0, 7, 'eur')}\n\n"
            f"Bezorgadres:\n{d.N(p)}\n{d.adres()}\n{d.pc()} {d.addr_place()}\n\nVerwachte bezorging: {d.date('wdm')} tussen {d.trange()}.\n\nTeam {d.brand()}")


@T("clean")
def hotel_booking(d):
    p = d.person(d.c("de", "en", "nl", "be", "pl"))
    return (f"Reservation confirmation / reserveringsbevestiging\n\nGuest: {d.N(p)}\nPhone: {d.tel(d.c('de', 'uk', 'm', 'be'))}\nE-mail: {d.mail_of(p)}\n"
            f"Arrival/departure: {d.drange('dmy', ' – ')}\nRoom: Superior Double, city view\nRate: {d.amt(90, 300, 'EUR')} per night\n"
            f"Guaranteed by card: {d.cc()} (exp. {R.randint(1, 12):02d}/{R.randint(26, 30)})\n\nHotel De Zeven Zeeën, {d.place()}")


@T("clean")
def bank_fraude(d):
    p, ag = d.person(), d.person()
    return (f"Notitie fraudeteam {d.date('num')}\n\nKlant {d.N(p)} belde om {d.time()}: onbekende afschrijving van {d.amt(100, 2500)} bij een webshop. "
            f"Creditcard {d.cc()} geblokkeerd, nieuwe kaart besteld naar {d.adres()}. Het bedrag wordt voorlopig teruggeboekt naar {d.iban()}.\n"
            f"Behandeld door {d.F(ag)}. Inlog was vanaf IP {d.ip()}.")


@T("clean")
def marktplaats(d):
    a, b = d.person(), d.person()
    return (f"{d.F(b)}: Hoi, is de {d.prod()} nog beschikbaar?\n{d.F(a)}: Ja hoor! Vraagprijs {d.amt(50, 600, d.c('dash', 'euro', 'eur_sp'))}\n"
            f"{d.F(b)}: Kan ik {d.wd()} rond {d.time()} komen kijken?\n{d.F(a)}: Prima, adres is {d.adres()} in {d.addr_place()}. Bel even als je er bent: {d.tel('m')}\n"
            f"{d.F(b)}: Top, tot dan!")


# ---------------------------------------------------------------- tricky keeps

TRICKY = [
    ("De visser op de markt in {pl} had vanochtend verse haring.", ["De visser op de markt"]),
    ("De kok van de kantine is met vakantie tot na {hol}.", ["De kok van de kantine"]),
    ("Er zit een mol in het grasveld achter het kantoor.", ["een mol in het grasveld"]),
    ("De haan van de kinderboerderij kraait al om vijf uur.", ["De haan van de kinderboerderij"]),
    ("Meer informatie volgt {wd}.", ["Meer informatie"]),
    ("Groen licht van de Directie: het budget van {amt} is goedgekeurd.", ["Groen licht", "Directie"]),
    ("Zwart-wit printen kost {small} per pagina.", ["Zwart-wit printen"]),
    ("Iedere vrijwilliger krijgt een roos en een bos tulpen.", ["een roos en een bos tulpen"]),
    ("Bij ons is de klant Koning.", ["de klant Koning"]),
    ("De bakker levert de broodjes voortaan om {tm}.", ["De bakker levert"]),
    ("We wandelen na de lunch door het Amsterdamse Bos.", ["Amsterdamse Bos"]),
    ("Op Koningsdag is het kantoor gesloten.", ["Koningsdag"]),
    ("Het oude bankbiljet van honderd Duitse Mark hangt nog in de kantine.", ["Duitse Mark"]),
    ("De nieuwe vestiging komt in {pl}, vlak bij het station.", []),
    ("Het Veluwemeer is in de zomer erg druk.", ["Veluwemeer"]),
    ("Meer weten? Kijk dan op onze website.", ["Meer weten?"]),
    ("De Bank heeft de rente per 1 {mon} verlaagd.", ["De Bank"]),
    ("Het Team Klantcontact draait in de kerstweek een extra dienst.", ["Team Klantcontact"]),
    ("Uw Zorgverzekeraar vergoedt dit niet uit de basisverzekering.", ["Zorgverzekeraar"]),
    ("We gaan met de hele afdeling de berg op tijdens het uitje in Berg en Dal.", ["Berg en Dal"]),
    ("De Haan en Mol zijn mooie bestemmingen voor een weekendje België.", ["De Haan", "Mol"]),
    ("Den Haag, Zaandam, Emmen, Hengelo en Oss doen mee aan de pilot.", ["Den Haag", "Zaandam", "Emmen", "Hengelo", "Oss"]),
    ("Boodschappen voor de borrel halen we bij {brand}.", []),
    ("De planning staat in {sw} en de uren schrijven we in {sw}.", []),
    ("Na Pasen en Pinksteren volgt de evaluatie.", ["Pasen", "Pinksteren"]),
    ("Mark deze datum alvast in je agenda: {date}.", ["Mark deze datum"]),
    ("De koning opent op {date} het nieuwe museum in {pl}.", ["De koning opent"]),
    ("Bestellingen via Bol.com en Coolblue worden centraal ingekocht.", ["Bol.com", "Coolblue"]),
    ("Voor de boekhouding stappen we over van Exact Online naar Moneybird.", ["Exact Online", "Moneybird"]),
    ("Het vergaderen gaat via Microsoft Teams; de loonadministratie zit in AFAS en Visma.", ["Microsoft Teams", "AFAS", "Visma"]),
    ("Jumbo en Albert Heijn sponsoren de sportdag.", ["Jumbo", "Albert Heijn"]),
    ("De Roos van Jericho is een plant die weer tot leven komt.", ["De Roos van Jericho"]),
    ("Visser is een van de meest voorkomende achternamen, net als Bakker en De Vries.", []),
    ("Op Hemelvaartsdag en Tweede Pinksterdag zijn we gesloten.", ["Hemelvaartsdag", "Tweede Pinksterdag"]),
    ("Groen is de kleur van de nieuwe huisstijl.", ["Groen is de kleur"]),
    ("Zwart staat je goed, zei de verkoper van de {brand}.", ["Zwart staat je goed"]),
    ("In maart, april en mei werken we met een zomerrooster.", ["maart, april en mei"]),
    ("Kerst vieren we dit jaar op {date} met een lunch van de kok.", []),
]


def tricky_sentence(d, avoid=()):
    for _ in range(30):
        s, keeps = R.choice(TRICKY)
        if s in avoid:
            continue
        out = s
        for tag, fn in (("{pl}", d.place), ("{hol}", d.hol), ("{wd}", d.wd), ("{amt}", lambda: d.amt(1, 20000)),
                        ("{tm}", d.time), ("{small}", lambda: d.k(R.choice(["€ 0,05", "€ 0,10", "5 cent", "€ 0,08"]))), ("{mon}", d.month), ("{brand}", d.brand), ("{sw}", d.sw), ("{date}", lambda: d.date("wdm"))):
            while tag in out:
                out = out.replace(tag, fn(), 1)
        for k in keeps:
            d.k(k)
        return out, s
    return "", ""


@T("clean")
def nieuwsbrief(d):
    p = d.person()
    used = []
    sents = []
    for _ in range(R.randint(3, 5)):
        t, s = tricky_sentence(d, used)
        used.append(s)
        sents.append(t)
    return (f"Nieuwsbrief {d.month()}\n\n" + "\n\n".join(sents) +
            f"\n\nVragen over deze nieuwsbrief? Mail {d.F(p)} via {d.mail_co(p, d.dom())}.")


@T("clean")
def tricky_namesakes(d):
    # real people whose names are also ordinary words, next to those words used as words
    pairs = [("Visser", "Willem", "de visser uit Urk"), ("Kok", "Fleur", "de kok van het restaurant"), ("Bos", "Henk", "het bos achter de school"),
             ("Groen", "Sanne", "het groen in de wijk"), ("Zwart", "Rik", "de zwarte auto"), ("Mol", "Kees", "een mol in de tuin"),
             ("Roos", "Marco", "een rode roos"), ("Koning", "Jan", "de koning van de polder"), ("Bakker", "Anouk", "de bakker op de hoek"),
             ("Berg", "Esther", "de berg op"), ("Meer", "Hans", "meer tijd"), ("Haan", "Lotte", "de haan kraaide")]
    sur, fn, phrase = R.choice(pairs)
    tv = {"Berg": "van den", "Meer": "van der", "Haan": "de"}.get(sur, "")
    p = Person(fn, tv, sur, "m" if fn in ("Willem", "Henk", "Rik", "Kees", "Marco", "Jan", "Hans") else "f", "nl", fn[0] + ".")
    if fn in d.first_used or sur in d.last_used:
        raise RuntimeError("collision")
    d.first_used.add(fn)
    d.last_used.add(sur)
    d.people.append(p)
    q = d.person()
    d.k(phrase)
    return (f"Hoi {d.F(q)},\n\nGisteren sprak ik {d.N(p)} over het project. {d.F(p)} vertelde dat {phrase} het hele weekend het gesprek van de dag was. "
            f"Kun je {d.Tf(p)} {d.wd()} om {d.time()} terugbellen op {d.tel()}?\n\nGroet,\n{d.F(d.person())}")


@T("clean")
def planning_holidays(d):
    ps = [d.person() for _ in range(3)]
    t, _ = tricky_sentence(d)
    return (f"Vakantieplanning {R.choice(['2026', 'voorjaar', 'zomer'])}\n\n- {d.F(ps[0])}: vrij rond {d.hol()}\n- {d.F(ps[1])}: {d.drange('dm', ' t/m ')}\n"
            f"- {d.F(ps[2])}: alleen {d.wd()}en in {d.month()}\n\n{t}\n\nGraag aanvragen uiterlijk {d.date('wdm')} in {d.sw()}.")


@T("clean")
def agenda_only(d):
    # no personal data at all
    t1, s1 = tricky_sentence(d)
    t2, _ = tricky_sentence(d, [s1])
    return (f"Agenda {d.c('teamoverleg', 'afdelingsoverleg', 'kwartaalmeeting')} {d.date('wdm')}, {d.time()}\n\n1. Opening\n2. Cijfers {d.month()}: omzet {d.amt(10000, 500000, 'eur_sp')}\n"
            f"3. Nieuwe software: {d.sw()}\n4. Mededelingen: {t1}\n5. {t2}\n6. Rondvraag")


@T("clean")
def product_review(d):
    p = d.person()
    return (f"Review door {d.F(p)} uit {d.place()}: ★★★★☆\n\nDe {d.prod()} is besteld bij {d.brand()} voor {d.amt(30, 1500)} en werd {d.wd()} al bezorgd. "
            f"Werkt prima, alleen de handleiding is matig. Na {d.hol()} nog eens gebruikt en nog steeds tevreden.")


# ---------------------------------------------------------------- lists (CUSTOMER_LIST vs not)

def contact_row(d, p, style, be=False):
    t = "be" if be else None
    if style == "csv":
        return f"{d.N(p)};{d.mail_of(p)};{d.tel(t)}"
    if style == "tab":
        return f"{d.SC(p)}\t{d.tel(t)}\t{d.adres(be)}"
    if style == "md":
        return f"| {d.N(p)} | {d.adres(be)} | {d.pc()} | {d.tel(t)} |"
    if style == "num":
        return f"{d.N(p)} – {d.tel(t)} – {d.mail_of(p)}"
    return f"{d.I(p)}, {d.adres(be)}, {d.mail_of(p)}"


@T("block")
def customer_list(d):
    d.blk("CUSTOMER_LIST")
    n = R.randint(4, 10)
    ps = [d.person() for _ in range(n)]
    style = R.choice(["csv", "tab", "md", "num", "plain"])
    head = {"csv": "naam;email;telefoon", "tab": "Naam\tTelefoon\tAdres", "md": "| Naam | Adres | Postcode | Telefoon |\n|---|---|---|---|",
            "num": "Klantenoverzicht regio " + d.place(), "plain": "Deelnemers nieuwsbrief"}[style]
    rows = [contact_row(d, p, style) for p in ps]
    if style == "num":
        rows = [f"{i + 1}. {r}" for i, r in enumerate(rows)]
    intro = d.c("Hierbij de export uit het CRM zoals gevraagd.", "Bellijst voor de actie van " + d.month() + ":", "Export " + d.sw() + ":", "")
    return (intro + "\n\n" if intro else "") + head + "\n" + "\n".join(rows)


@T("block")
def parent_list(d):
    d.blk("CUSTOMER_LIST")
    ps = [d.person() for _ in range(R.randint(5, 9))]
    rows = "\n".join(f"- {d.F(k)} — ouder: {d.N(p)}, {d.tel('m')}" for k, p in zip([d.person() for _ in ps], ps))
    return f"Telefoonlijst groep {R.randint(1, 8)} (alleen voor intern gebruik)\n\n{rows}\n\nWijzigingen doorgeven aan de leerkracht."


@T("block")
def ledenlijst(d):
    d.blk("CUSTOMER_LIST")
    ps = [d.person() for _ in range(R.randint(4, 8))]
    rows = "\n".join(f"{R.randint(100, 999)}  {d.SC(p):<28} {d.adres():<30} {d.pc()}  {d.tel()}" for p in ps)
    return f"LEDENLIJST {d.c('Tennisvereniging De Lobbers', 'Muziekvereniging Excelsior', 'Volkstuinvereniging Ons Genoegen')} per {d.date('dmy')}\n\nNr   Naam                         Adres                          Postcode  Telefoon\n{rows}"


@T("block")
def be_klantenlijst(d):
    d.blk("CUSTOMER_LIST")
    ps = [d.person(d.c("be", "be", "nl", "ma", "tr")) for _ in range(R.randint(4, 7))]
    rows = "\n".join(f"{d.N(p)}, {d.adres(be=True)}, {d.tel('be')}" for p in ps)
    return f"Klantenbestand afdeling {d.place(be=True)} (export {d.date('dm')})\n\n{rows}"


@T("block")
def employee_phonelist(d):
    d.blk("CUSTOMER_LIST")
    dom = d.dom()
    ps = [d.person() for _ in range(R.randint(5, 10))]
    rows = "\n".join(f"{d.N(p):<26}{d.job():<28}{d.tel('m'):<20}  {d.mail_co(p, dom)}" for p in ps)
    return f"Bereikbaarheidslijst storingsdienst {d.month()}\n\n{rows}"


@T("clean")
def three_contacts(d):
    # only three people with contact details: not a customer list
    ps = [d.person() for _ in range(3)]
    rows = "\n".join(f"- {d.N(p)}: {d.tel()}" for p in ps)
    return f"Contactpersonen voor de verbouwing:\n{rows}\n\nBij calamiteiten buiten kantooruren eerst {d.F(ps[0])} bellen."


@T("clean")
def names_only_list(d):
    # many names, no contact details: not a customer list
    ps = [d.person() for _ in range(R.randint(6, 10))]
    rows = "\n".join(f"{i + 1}. {d.N(p)}" for i, p in enumerate(ps))
    return (f"Winnaars van de {d.c('kerstpuzzel', 'fotowedstrijd', 'sponsorloop')} {R.choice(['2025', '2026'])}:\n\n{rows}\n\n"
            f"De prijzen (een cadeaubon van {d.amt(10, 50, 'eur_sp')} bij {d.brand()}) worden {d.wd()} uitgereikt.")


@T("block")
def bsn_form(d):
    p, q = d.person(), d.person()
    return d.c(
        f"Aanmeldformulier kinderopvangtoeslag\n\nAanvrager: {d.N(p)}\nBSN aanvrager: {d.bsn()}\nToeslagpartner: {d.N(q)}\nBSN partner: {d.bsn()}\n"
        f"Rekeningnummer: {d.iban()}\nAdres: {d.adres()}, {d.pc()} {d.addr_place()}",
        f"Hoi {d.F(q)}, voor de verzekering heb ik het burgerservicenummer van {d.F(p)} nodig: {d.bsn()}. Kun jij het formulier afmaken? "
        f"Geboortedatum is {d.dob()}.",
        f"Patiëntgegevens\nNaam: {d.U(p)}\nGeb.datum: {d.dob()}\nBSN: {d.bsn()}\nVerzekeraar: {d.c('Zilveren Kruis', 'CZ', 'VGZ', 'Menzis')}\nHuisarts: {d.I(q)}")


@T("clean")
def bsn_mention(d):
    p = d.person()
    return (f"{hi(d, p)}\n\nVoor de inschrijving hebben we een kopie van je identiteitsbewijs nodig. Je BSN mag je daarop afschermen met de KopieID-app; "
            f"stuur het nummer dus niet per mail. Neem het origineel mee op {d.date('wdm')} om {d.time()}.\n\nGroet,\n{d.c('Team Administratie', 'De ledenadministratie')}")


@T("block")
def mixed_block_mail(d):
    # ordinary-looking mail that happens to contain a BSN or password
    p, q = d.person(), d.person()
    if d.chance(0.5):
        return (f"{hi(d, q)}\n\nZoals gevraagd de gegevens van onze nieuwe medewerker {d.N(p)} voor de loonadministratie: geboren {d.dob()}, "
                f"BSN {d.bsn()}, IBAN {d.iban()}. Startdatum {d.date('dm')}.\n\n{sig(d, d.person())}")
    return (f"{hi(d, q)}\n\nDe inlog voor het klantportaal van {d.brand()}: gebruikersnaam {d.mail_of(p)}, wachtwoord {d.pw()}. "
            f"Wil je de facturen van {d.month()} downloaden?\n\nDank, {d.F(p)}")


@T("block")
def signed_letter_short(d):
    p, q = d.person(), d.person()
    d.blk("SIGNED_CONTRACT")
    return (f"Akkoordverklaring offerte {d.ordno('off')}\n\nHierbij ga ik akkoord met de offerte voor {d.c('het schilderwerk', 'de nieuwe keuken', 'de dakkapel')} "
            f"ter waarde van {d.amt(1000, 30000)}.\n\nNaam: {d.N(p)}\nAdres: {d.adres()}\nPlaats en datum: {d.place()}, {d.date('dmy')}\n\nHandtekening: {d.I(p)} (getekend)\n\n"
            f"Voor akkoord getekend namens de opdrachtnemer: {d.N(q)}")
