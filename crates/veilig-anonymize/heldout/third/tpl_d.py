# Templates part D: titles, credit cards, German contacts, rosters, extra blocking forms.
from tpl_c import *  # noqa


@T("clean")
def notaris_afspraak(d):
    p, q, n = d.person(), d.person(), d.person()
    return (f"{d.addr_lines(p, name_style='Tf')}\n\n{d.place()}, {d.date('dmy')}\n\nBetreft: levering {d.adres()}\n\n{hi(d, p, formal=True)}\n\n"
            f"Hierbij nodigen wij u en {d.N(q)} uit voor het passeren van de akte van levering op {d.date('wdm')} om {d.time()} ten kantore van "
            f"{d.TT(n, 'mr.')}, notaris. Wilt u een geldig legitimatiebewijs meenemen? De nota van afrekening ({d.amt(1000, 9000)}) ontvangt u uiterlijk drie dagen vooraf.\n\n"
            f"Met vriendelijke groet,\n\n{d.c('namens deze,', 'Notariskantoor Van Rijnsburg')}\n{d.N(d.person())}, {d.k('kandidaat-notaris')}")


@T("clean")
def bouwkundig_rapport(d):
    p, e = d.person(), d.person()
    return (f"BOUWKUNDIG RAPPORT\n\nObject: {d.adres()}, {d.pc()} {d.addr_place()}\nOpdrachtgever: {d.N(p)} ({d.tel()})\nInspecteur: {d.TT(e, d.c('ing.', 'ir.', 'bc.'))}\n"
            f"Datum inspectie: {d.date('dmy')}\n\nSamenvatting: het dak vertoont beperkte lekkage bij de schoorsteen. Geschatte herstelkosten op korte termijn: {d.amt(500, 6000)}. "
            f"Op langere termijn (5-10 jaar) vervanging kozijnen begane grond, indicatie {d.amt(5000, 25000, 'eur_sp')}.")


@T("clean")
def verwijzing(d):
    p, a = d.person(), d.person(d.c("ma", "tr", "nl", "in", "sy"))
    return (f"Afspraakbevestiging\n\nBeste {d.T(p, 'meneer' if p.g == 'm' else 'mevrouw')} {d.S(p)},\n\nU bent door uw huisarts, {d.TT(a, 'dr.')}, doorverwezen naar de polikliniek. "
            f"Uw afspraak is op {d.date('wdm')} om {d.time()} op locatie {d.place()}. Meld u 15 minuten van tevoren bij de balie en neem uw verzekeringspas mee.\n\n"
            f"Kunt u niet komen? Bel dan {d.tel('l')}.")


@T("clean")
def cc_dispute(d):
    p, ag = d.person(), d.person()
    return d.c(
        f"{hi(d, ag)}\n\nMijn creditcard ({d.cc()}) is op {d.date('dm')} twee keer belast voor bestelling {d.ordno('web')} van {d.amt(20, 900)}. "
        f"Willen jullie één betaling terugboeken? Ik ben bereikbaar op {d.tel()}.\n\nMet vriendelijke groet,\n{d.N(p)}",
        f"Klantnotitie {d.date('num')}: {d.N(p)} meldt dat de betaling met kaart {d.cc()} is mislukt bij het afrekenen van {d.prod()}. "
        f"Advies gegeven om via iDEAL te betalen. Behandeld door {d.F(ag)}.")


@T("clean")
def german_partner(d):
    p, q = d.person("de"), d.person()
    st = d.c("Hauptstraße", "Bahnhofstraße", "Goethestraße", "Schillerstraße", "Lindenallee", "Königsallee")
    return (f"Hallo {d.F(q)},\n\nwie besprochen: unser Ansprechpartner in {d.c('Düsseldorf', 'Köln', 'Berlin', 'Hamburg')} ist {d.N(p)}, "
            f"erreichbar unter {d.tel('de')} oder {d.mail_of(p)}.\n\n(NL) Kun je de offerte van {d.amt(1000, 30000, 'EUR')} voor {d.date('wdm')} naar "
            f"{d.S(p)} sturen? Lieferadresse: {d._m('ADRES', st + ' ' + str(R.randint(1, 120)))}.\n\nViele Grüße,\n{d.N(d.person())}")


@T("clean")
def ouder_chat(d):
    ps = [d.person() for _ in range(4)]
    return (f"groep 6b ouders 🏫\n\n{d.Lf(ps[0])}: weet iemand of er {d.wd()} gym is?\n{d.Lf(ps[1])}: ja om {d.time()}, gymtas mee\n"
            f"{d.Lf(ps[2])}: @{d.Lf(ps[3])} kan jouw dochter morgen met ons meerijden naar de sporthal?\n{d.Lf(ps[3])}: graag!! ik sta tot 5 uur op mijn werk\n"
            f"{d.Lf(ps[0])}: en niet vergeten: schoolreisje naar {d.place()} kost {d.amt(15, 40, 'euro')}")


@T("clean")
def pakket_buren(d):
    p, b = d.person(), d.person()
    return (f"Beste {d.F(p)},\n\nWe hebben je pakket ({d.ordno('web')}) niet kunnen bezorgen en het is afgegeven bij de buren: {d.T(b, 'fam.')} {d.S(b)}, {d.adres()}. "
            f"Lukt ophalen niet? Bel de bezorger op {d.tel('m')} voor {d.time()}.\n\nTeam Bezorging").replace("Team Bezorging", d.k("Team Bezorging"))


@T("block")
def personeelsdossier(d):
    p = d.person()
    return (f"Personeelsformulier nieuwe medewerker\n\nAchternaam: {d.S(p)}\nVoornamen: {d._m('PERSOON', p.first)}\nGeboortedatum: {d.dob()}\n"
            f"BSN: {d.bsn()}\nAdres: {d.adres()}\nPostcode: {d.pc()}\nWoonplaats: {d.addr_place()}\nIBAN: {d.iban()}\nNoodcontact: {d.N(d.person())}, {d.tel()}\n"
            f"Functie: {d.job()}\nIngangsdatum: {d.date('dmy')}")


@T("clean")
def rooster(d):
    # many first names, no contact details: not a customer list
    ps = [d.person() for _ in range(R.randint(6, 9))]
    days = ["ma", "di", "wo", "do", "vr"]
    rows = "\n".join(f"{day:<4}vroeg: {d.F(ps[i % len(ps)]):<12} laat: {d.F(ps[(i + 3) % len(ps)]):<12} nacht: {d.F(ps[(i + 5) % len(ps)])}" for i, day in enumerate(days))
    return f"Rooster week {R.randint(2, 50)} — afdeling {d.c('Magazijn', 'Receptie', 'Zorg B', 'Servicedesk')}\n\n{rows}\n\nRuilen alleen in overleg met de {d.job()}."


@T("clean")
def bestuur_contact(d):
    ps = [d.person() for _ in range(3)]
    roles = ["voorzitter", "secretaris", "penningmeester"]
    rows = "\n".join(f"{d.k(cap1(r))}: {d.N(p)} ({d.mail_of(p)})" for r, p in zip(roles, ps))
    return (f"Beste leden,\n\nNa de ledenvergadering van {d.date('dm')} is het bestuur als volgt samengesteld:\n\n{rows}\n\n"
            f"De contributie voor {R.choice(['2026', 'het nieuwe seizoen'])} blijft {d.amt(40, 180, 'eur_sp')}.")


@T("clean")
def cv_header(d):
    p = d.person()
    return (f"CURRICULUM VITAE\n\n{d.UP(p)}\n{d.adres()} | {d.pc()} {d.addr_place()}\n{d.tel('m')} | {d.mail_of(p)}\nGeboren: {d.dob()}\n\n"
            f"Werkervaring\n{R.randint(2015, 2021)} – heden   {d.job(cap=True)}, {d.company()}\n{R.randint(2008, 2014)} – {R.randint(2015, 2020)}   {d.job(cap=True)}, {d.place()}\n\n"
            f"Vaardigheden: {d.sw()}, {d.sw()}, rijbewijs B")
