# Templates part A: e-mail, minutes, customer service / CRM.
from core3 import *  # noqa

TEMPLATES = []


def T(kind):
    def deco(f):
        TEMPLATES.append((f.__name__, kind, f))
        return f
    return deco


def quote(text, prefix="> "):
    return "\n".join((prefix + x) if x else prefix.rstrip() for x in text.split("\n"))


def sig(d, p, co=None, dom=None, job=True, phone=True, greet=None, form=None):
    lines = [greet or d.c("Met vriendelijke groet,", "Met vriendelijke groeten,", "Groet,", "Vriendelijke groet,", "Mvg,",
                          "Hartelijke groet,", "Groeten,")]
    lines.append(form(p) if form else d.pick(lambda: d.N(p), lambda: d.N(p), lambda: d.I(p)))
    if job:
        lines.append(d.job(cap=True))
    if co:
        lines.append(co)
    if phone:
        lines.append(d.c("T ", "Tel: ", "M: ", "Telefoon: ", "", "Mob. ") + d.tel())
    if dom:
        lines.append(d.mail_co(p, dom))
    return "\n".join(lines)


def hi(d, p, formal=False):
    if formal:
        return d.c("Geachte ", "Beste ") + d.T(p, "heer" if p.g == "m" else "mevrouw") + " " + d.S(p) + ","
    return d.c("Beste ", "Hoi ", "Hallo ", "Goedemorgen ", "Dag ", "Hi ") + d.F(p) + ","


SUBJECTS = ["Planning overleg", "Offerte dakgoten", "Vraag over factuur", "Verhuizing servers", "Teamuitje",
            "Inwerkschema", "Nieuwe werkplekken", "Jaarplanning", "Terugkoppeling gesprek", "Afspraak monteur",
            "Stand van zaken project", "Budget 2026", "Evaluatie pilot", "Levering kantoormeubilair"]


@T("clean")
def mail_reply(d):
    a, b = d.person(), d.person()
    dom = d.dom()
    dt = rand_date()
    subj = d.c(*SUBJECTS)
    hh = f"{R.randint(7, 22):02d}:{R.randint(0, 59):02d}"
    ask = d.c(f"Kun je {d.date('wdm')} om {d.time()} langskomen om {subj.lower()} te bespreken?",
              f"Zou je voor {d.date('wdm')} kunnen laten weten of {subj.lower()} nog doorgaat?",
              f"Wat mij betreft plannen we {subj.lower()} in de week na {d.hol()}.")
    quoted = "\n".join([hi(d, b), "", ask, f"Bel gerust even: {d.tel()}.", "", "Groet,", d.N(a)])
    header = d.c(f"Op {d.k(fmt_date(dt, 'dmy'))} om {hh} schreef {d.N(a)} <{d.mail_co(a, dom)}>:",
                 f"Op {d.k(fmt_date(dt, 'wdmy'))} {hh} schreef {d.N(a)} <{d.mail_co(a, dom)}>:",
                 f"{d.N(a)} <{d.mail_co(a, dom)}> schreef op {d.k(fmt_date(dt, 'dmy'))}:")
    reply = d.c("Prima, ik ben er.", "Dat lukt helaas niet, kan het een dag later?", "Top, ik neem de stukken mee.",
                f"Ik heb het doorgezet naar {d.N(d.person())}, die pakt het verder op.",
                "Akkoord. Meer informatie volgt zodra ik de cijfers heb.")
    if "Meer informatie" in reply:
        d.k("Meer informatie")
    return f"Onderwerp: Re: {subj}\n\n{hi(d, a)}\n\n{reply}\n\n{sig(d, b, phone=d.chance(0.5))}\n\n{header}\n{quote(quoted)}"


@T("clean")
def mail_forward(d):
    a, b, c = d.person(), d.person(), d.person()
    dom = d.dom()
    dt = rand_date()
    subj = d.c(*SUBJECTS)
    inner = "\n".join([hi(d, b), "", d.c(
        f"In de bijlage vind je het overzicht van {d.month()}. Het totaal komt uit op {d.amt(200, 9000)}.",
        f"De monteur komt {d.date('wdm')} tussen {d.trange()}.",
        f"Zoals besproken sturen we de nieuwe {d.prod()} naar kantoor in {d.place()}."),
        "", "Met vriendelijke groet,", d.N(a), d.tel()])
    fwd = d.c("---------- Doorgestuurd bericht ---------", "-----Oorspronkelijk bericht-----", "Begin doorgestuurd bericht:",
              "________________________________")
    top = d.c(f"{d.F(c)}, zie hieronder. Kun jij dit oppakken?", f"Ter info, {d.F(c)}.", "FYI, graag jouw reactie voor vrijdag.",
              f"Hoi {d.F(c)}, deze lijkt me voor jou.")
    return (f"{top}\n\n{d.F(b)}\n\n{fwd}\nVan: {d.N(a)} <{d.mail_co(a, dom)}>\nDatum: {d.k(fmt_date(dt, 'wdmy'))} {R.randint(8, 18)}:{R.randint(10, 59)}\n"
            f"Onderwerp: {subj}\nAan: {d.N(b)} <{d.mail_of(b)}>\n{d.c('', 'CC: ' + d.N(c) + ' <' + d.mail_co(c, dom) + '>' + chr(10))}\n{inner}")


@T("clean")
def mail_outlook(d):
    a, b, c = d.person(), d.person(), d.person()
    dom = d.dom()
    dt = rand_date()
    body = d.c(
        f"Graag verplaats ik ons overleg naar {d.date('wdm')} om {d.time()}. De kamer op de tweede verdieping is gereserveerd via {d.sw()}.",
        f"Kleine correctie op de offerte: het bedrag is {d.amt(100, 4000)} exclusief btw in plaats van {d.amt(100, 4000)}.",
        f"{d.S(c)} van de afdeling inkoop neemt het dossier over zolang ik met verlof ben.",
        f"Het Team Facilitair heeft laten weten dat de airco pas na {d.hol()} wordt vervangen.")
    if "Team Facilitair" in body:
        d.k("Team Facilitair")
    return (f"Van: {d.SI(a)} <{d.mail_co(a, dom)}>\nVerzonden: {d.k(fmt_date(dt, 'wdmy'))} {R.randint(8, 18):02d}:{R.randint(0, 59):02d}\n"
            f"Aan: {d.N(b)} <{d.mail_co(b, dom)}>\nCC: {d.SI(c)} <{d.mail_co(c, dom)}>\nOnderwerp: {d.c(*SUBJECTS)}\n\n"
            f"{hi(d, b)}\n\n{body}\n\nGroet,\n{d.F(a)}")


@T("clean")
def mail_ooo(d):
    a, b = d.person(), d.person()
    dom = d.dom()
    back = d.date(d.c("wdm", "dm", "wdmy"))
    return d.c(
        f"Automatisch antwoord: Afwezig\n\nDank voor je bericht. Ik ben afwezig tot en met {back} en heb beperkt toegang tot mijn mail. "
        f"Voor dringende zaken kun je contact opnemen met mijn collega {d.N(b)} via {d.mail_co(b, dom)} of {d.tel()}.\n\nMet vriendelijke groet,\n{d.N(a)}",
        f"Out of office: I am on leave until {back}. For urgent matters please contact {d.N(b)} ({d.mail_co(b, dom)}, {d.tel()}).\n\n"
        f"Ik ben met vakantie tot {back}. Bij spoed: {d.F(b)} bereikt u op bovenstaand nummer.\n\n{d.N(a)}")


@T("clean")
def mail_intro(d):
    n, m = d.person(), d.person()
    dom = d.dom()
    return (f"Onderwerp: Welkom {d.F(n)}!\n\nBeste collega's,\n\nVanaf {d.date('wdm')} versterkt {d.N(n)} ons team als {d.job()}. "
            f"{'Zij' if n.g == 'f' else 'Hij'} komt over uit {d.place()}. {d.F(n)} is bereikbaar op {d.tel('m')} en via {d.mail_co(n, dom)}. "
            f"De eerste weken loopt {d.F(n)} mee met {d.N(m)}.\n\nHeet {d.F(n)} welkom bij de koffieautomaat!\n\n{d.F(m)}, namens de {d.k('Directie')}")


@T("clean")
def mail_english(d):
    a, b, c = d.person(), d.person(), d.person(d.c("en", "in", "de", "nl"))
    dom = d.dom()
    return d.c(
        f"Hi team,\n\nQuick update over de migratie naar {d.sw()}: {d.N(b)} heeft de testomgeving klaar. "
        f"Please reach out to {d.F(b)} ({d.mail_co(b, dom)}, {d.tel()}) als je nog issues ziet. "
        f"Deadline blijft {d.date('wdm')}, go-live om {d.time()}.\n\nCheers,\n{d.F(a)}",
        f"Hey {d.F(c)},\n\nThanks for the call earlier. As discussed, onze contactpersoon bij de klant is {d.N(b)}, "
        f"{d.job()}, reachable at {d.tel()}. The invoice ({d.ordno('inv')}) of {d.amt(500, 20000)} is still open, can you follow up?\n\nBest,\n{d.N(a)}",
        f"Hi all,\n\nFor the offsite in {d.place()} on {d.date('wdm')}: {d.N(c)} handles the booking, {d.N(b)} the catering. "
        f"Budget is {d.amt(1000, 8000)}. Questions? Ping me on {d.k('Slack')} or call {d.tel('m')}.\n\n{d.F(a)}")


@T("clean")
def mail_address_change(d):
    p = d.person()
    st = d.c("verhuisd", "per 1 " + d.month() + " verhuisd")
    return d.c(
        f"Beste ledenadministratie,\n\nIk ben {st}. Mijn nieuwe adres is {d.adres()}, {d.pc()} {d.addr_place()}. "
        f"Mijn telefoonnummer blijft {d.tel()}. Willen jullie de contributie voortaan afschrijven van {d.iban()}?\n\nGroet,\n{d.N(p)}",
        f"Hallo,\n\nGraag wijzig ik mijn adresgegevens:\n\nOud: {d.adres()}, {d.pc()} {d.addr_place()}\nNieuw: {d.adres()}, {d.pc()} {d.addr_place()}\n\n"
        f"Lidnummer: {R.randint(10000, 99999)}\n\nVriendelijke groet,\n{d.I(p)}")


@T("clean")
def mail_thread_nested(d):
    a, b, c = d.person(), d.person(), d.person()
    dom = d.dom()
    d1, d2 = rand_date(), rand_date()
    lvl2 = "\n".join([f"Op {d.k(fmt_date(d1, 'dmy'))} schreef {d.N(c)} <{d.mail_co(c, dom)}>:",
                      quote(f"Wie neemt de presentatie voor {d.place()} voor zijn rekening?\n{d.F(c)}")])
    lvl1 = "\n".join([f"Dat kan {d.F(b)} doen, die kent de klant.", "", f"Op {d.k(fmt_date(d2, 'dmy'))} schreef {d.N(a)}:", "",
                      quote(lvl2)])
    return f"{d.c('Ok', 'Prima', 'Goed')}, dan zet ik {d.F(b)} op de uitnodiging voor {d.date('wdm')}.\n\n{d.F(c)}\n\n{quote(lvl1)}"


@T("clean")
def mail_signature_heavy(d):
    a, b = d.person(), d.person()
    dom = d.dom()
    co = d.company()
    return (f"{hi(d, b)}\n\n{d.c('Hierbij de gevraagde stukken.', 'Zoals afgesproken stuur ik u de nieuwe planning.', 'Bedankt voor het prettige gesprek van vanochtend.')} "
            f"{d.c('Laat maar weten als er nog iets ontbreekt.', 'Ik hoor graag uw reactie.', '')}\n\n"
            f"Met vriendelijke groet,\n\n{d.I(a)}\n{d.job(cap=True)}\n\n{co}\n{d.adres()}\n{d.pc()} {d.addr_place()}\n"
            f"T: {d.tel('l')}\nM: {d.tel('m')}\nE: {d.mail_co(a, dom)}\n\nWerkdagen: {d.k('maandag')}, {d.k('dinsdag')} en {d.k('donderdag')}\n"
            f"{d.c('Dit bericht is uitsluitend bestemd voor de geadresseerde.', 'Denk aan het milieu voordat u deze e-mail print.')}")


# ---------------------------------------------------------------- minutes

def attendees(d, ps, style):
    if style == "N":
        return ", ".join(d.N(p) for p in ps)
    if style == "I":
        return ", ".join(d.I(p) for p in ps)
    if style == "AB":
        return ", ".join(f"{d.N(p)} ({d.AB(p)})" for p in ps)
    return ", ".join(f"{d.F(p)}" for p in ps)


@T("clean")
def notulen_mt(d):
    ps = [d.person() for _ in range(R.randint(4, 6))]
    ab = [d.person() for _ in range(R.randint(1, 2))]
    dt = rand_date()
    actions = "\n".join(
        f"- {d.AB(p)}: {task} (voor {d.date('dm')})" for p, task in zip(
            R.sample(ps, 3), R.sample(["offerte schoonmaak opvragen", "vacature teamleider uitzetten", "begroting actualiseren",
                                       "evaluatie pilot thuiswerken", "contract printerleverancier checken",
                                       "uitnodiging personeelsfeest versturen", "verzuimcijfers Q1 opvragen"], 3)))
    return (f"Notulen MT-overleg {d.k(fmt_date(dt, 'wdmy'))}\n\nAanwezig: {attendees(d, ps, 'AB')}\n"
            f"Afwezig met kennisgeving: {', '.join(d.N(p) for p in ab)}\nNotulist: {d.F(ps[-1])}\n\n"
            f"1. Opening en mededelingen\n{d.F(ps[0])} opent om {d.time()}. {d.S(ab[0])} is met vakantie tot na {d.hol()}.\n\n"
            f"2. Financiën\nDe omzet over {d.month()} bedroeg {d.amt(50000, 400000)}. {d.k('De Directie')} vraagt om een toelichting op de post inhuur ({d.amt(1000, 30000)}).\n\n"
            f"3. Actielijst\n{actions}\n\nVolgende vergadering: {d.date('wdm')} om {d.time()} in {d.c(d.k('Microsoft Teams'), 'de grote zaal', 'kamer 2.14')}.")


@T("clean")
def notulen_vve(d):
    ps = [d.person() for _ in range(R.randint(4, 7))]
    st = d.street()
    roles = ["voorzitter", "penningmeester", "secretaris"] + [""] * 10
    lines = "\n".join(f"- {d.T(p, 'dhr.' if p.g == 'm' else 'mevr.')} {d.S(p)}" + (f" ({roles[i]})" if roles[i] else "") for i, p in enumerate(ps))
    return (f"Verslag ledenvergadering VvE {st}\nDatum: {d.date('wdmy')}, aanvang {d.time()}\n\nAanwezig:\n{lines}\n\n"
            f"Afwezig met kennisgeving: {d.N(d.person())}\n\n"
            f"Punt 1: Onderhoud\nHet schilderwerk wordt in {d.month()} uitgevoerd door {d.company()}; de kosten bedragen {d.amt(8000, 60000)}. "
            f"{d.T(ps[0], 'Mevrouw' if ps[0].g == 'f' else 'De heer')} {d.S(ps[0])} vraagt of de lift ook wordt meegenomen.\n\n"
            f"Punt 2: Rondvraag\n{d.S(ps[1])} meldt dat de fietsenberging lekt. Actie: {d.S(ps[2])} neemt contact op met de beheerder ({d.tel('l')}).")


@T("clean")
def notulen_mr(d):
    ps = [d.person() for _ in range(5)]
    return (f"Notulen MR Basisschool De Regenboog\n{d.date('Wdm')}, {d.time()}\n\n"
            f"Aanwezig: {attendees(d, ps[:4], d.c('N', 'F'))} (oudergeleding en personeelsgeleding)\nAfwezig: {d.N(ps[4])}\n\n"
            f"- De schoolgids wordt na {d.hol()} vastgesteld.\n- Ouderbijdrage blijft {d.amt(30, 80, 'eur_sp')} per kind.\n"
            f"- {d.F(ps[1])} vraagt aandacht voor de verkeersveiligheid bij de Kiss & Ride.\n- Actie {d.F(ps[2])}: mail naar de gemeente {d.place()}.\n\n"
            f"Volgende vergadering: {d.date('wdm')}.")


@T("clean")
def notulen_or(d):
    ps = [d.person() for _ in range(R.randint(5, 7))]
    return (f"Verslag overleg Ondernemingsraad - bestuurder\nDatum: {d.date('dmy')}\n\nAanwezig: {attendees(d, ps[:-1], 'I')}\n"
            f"Gast: {d.N(ps[-1])} ({d.job()})\n\n"
            f"Agendapunt reorganisatie: de bestuurder licht toe dat de vestiging in {d.place()} per 1 {d.month()} sluit. "
            f"De OR vraagt om een sociaal plan. {d.S(ps[0])} stelt voor om {d.sw()} ook daar in te voeren.\n\n"
            f"Actiepunten:\n- {d.I(ps[1], one=True)}: adviesaanvraag opvragen\n- {d.F(ps[2])}: achterban raadplegen voor {d.date('dm')}")


@T("clean")
def notulen_kickoff_en(d):
    ps = [d.person(d.c("nl", "en", "in", "de", "pl", "nl")) for _ in range(5)]
    return (f"Kick-off meeting project Phoenix — notes\nDate: {d.date('dmy')}\nAttendees: {', '.join(d.N(p) for p in ps[:4])}\n"
            f"Apologies: {d.N(ps[4])}\n\nDecisions:\n- Sprint length two weeks, demo every {d.k('vrijdag')} at {d.time()}\n"
            f"- Tooling: {d.sw()} for tickets, {d.k('Microsoft Teams')} for chat\n\nAction items:\n"
            f"- {d.F(ps[0])}: set up repository and CI\n- {d.F(ps[1])}: align with {d.N(ps[4])} on budget ({d.amt(10000, 90000, 'EUR')})\n"
            f"- {d.AB(ps[2])}: book workshop room in {d.place()}")


@T("clean")
def actielijst_tabel(d):
    ps = [d.person() for _ in range(4)]
    rows = "\n".join(f"| {i + 1} | {t} | {d.pick(lambda: d.AB(p), lambda: d.F(p), lambda: d.N(p))} | {d.date('dm')} | {s} |"
                     for i, (p, t, s) in enumerate(zip(ps, R.sample(["Offerte beveiliging", "Inventarisatie laptops", "Brandoefening plannen",
                                                                      "Nieuwsbrief versturen", "Sleutelbeheer op orde",
                                                                      "BHV-cursus inplannen", "Parkeerbeleid herzien"], 4),
                                                   [d.c("open", "loopt", "gereed", "uitgesteld") for _ in range(4)])))
    return (f"Actielijst werkoverleg {d.date('wdm')}\n\n| # | Actie | Wie | Deadline | Status |\n|---|---|---|---|---|\n{rows}\n\n"
            f"Opmerking: punt 3 blijft staan tot na {d.hol()}.")


# ---------------------------------------------------------------- customer service / CRM

@T("clean")
def ticket(d):
    p, agent = d.person(), d.person("nl")
    nr = d.ordno("tick")
    return (f"Ticket {nr} — {d.c('Levering beschadigd', 'Factuur onjuist', 'Storing internet', 'Retour niet verwerkt', 'Inlogprobleem')}\n"
            f"Status: {d.c('Open', 'In behandeling', 'Wacht op klant')}\nPrioriteit: {d.c('Normaal', 'Hoog')}\n\n"
            f"Klant: {d.N(p)}\nE-mail: {d.mail_of(p)}\nTelefoon: {d.tel()}\nBestelnummer: {d.ordno('ord')}\n\n"
            f"--- Interne notitie ({d.F(agent)}) ---\nKlant belde op {d.date('wdm')} om {d.time()}. "
            f"{d.c('Pakket kwam beschadigd aan, foto ontvangen.', 'Dubbel gefactureerd, creditnota aangemaakt.', 'Modem herstart, probleem blijft.')} "
            f"Product: {d.prod()}. Bedrag {d.amt(20, 1500)} {d.c('terugstorten', 'crediteren', 'niet vergoeden')}. "
            f"Terugbellen via {d.tel()} na {d.time()}.")


@T("clean")
def crm_note(d):
    p, ag1, ag2 = d.person(), d.person(), d.person()
    return (f"CRM-notities klant {d.N(p)}\n\n"
            f"{d.date('num')} {d.time()} — {d.F(ag1)}: Klant {d.S(p)} belde over de jaarafrekening ({d.amt(100, 2500)}). "
            f"Wil in termijnen betalen. Doorgezet naar debiteurenbeheer.\n"
            f"{d.date('num')} — {d.F(ag2)}: Teruggebeld door {d.N(ag2)}, geen gehoor op {d.tel()}. Voicemail ingesproken.\n"
            f"{d.date('num')} — {d.F(ag1)}: {d.T(p)} {d.S(p)} heeft teruggebeld; akkoord met regeling van {d.amt(50, 300, 'eur_sp')} per maand "
            f"via automatische incasso van {d.iban()}.")


@T("clean")
def call_log(d):
    ps = [d.person() for _ in range(3)]
    ag = d.person("nl")
    lines = []
    for p in ps:
        lines.append(d.c(
            f"{d.time()}  Inkomend  {d.tel()}  Klant {d.N(p)} belde over {d.c('een storing', 'de levering van ' + d.prod(), 'een dubbele afschrijving', 'zijn wachtwoord-reset')}. Opgelost.",
            f"{d.time()}  Uitgaand  {d.tel()}  Teruggebeld door {d.F(ag)}: {d.N(p)} niet bereikt, mail gestuurd naar {d.mail_of(p)}.",
            f"{d.time()}  Inkomend  anoniem  {d.T(p)} {d.S(p)} vraagt om terugbelverzoek voor {d.wd()}."))
    return f"Gesprekslog klantenservice — {d.date('wdmy')}\nMedewerker: {d.N(ag)}\n\n" + "\n".join(lines)


@T("clean")
def chat_webshop(d):
    p, ag = d.person(), d.person("nl", "f")
    o = d.ordno(d.c("web", "ord"))
    return (f"Chatgesprek {d.date('num')}\n\n[{d.clock()}] Bezoeker: hallo ik heb een vraag over bestelling {o}\n"
            f"[{d.clock()}] {d.F(ag)} (Klantenservice): Hoi! Ik help je graag. Mag ik je naam en postcode?\n"
            f"[{d.clock()}] Bezoeker: {d.N(p)}, {d.pc()}\n[{d.clock()}] {d.F(ag)} (Klantenservice): Dank je {d.F(p)}. Ik zie dat de {d.prod()} "
            f"{d.c('morgen wordt bezorgd', 'vertraagd is', 'retour is ontvangen')}. Het bedrag van {d.amt(30, 1500)} {d.c('staat binnen 5 werkdagen op je rekening', 'is al terugbetaald')}.\n"
            f"[{d.clock()}] Bezoeker: top, bedankt!").replace("(Klantenservice)", "(" + d.k("Klantenservice") + ")")


@T("clean")
def complaint_letter(d):
    p, q = d.person(), d.person()
    return (f"{d.addr_lines(p, name_style='N')}\n\n{d.place()}, {d.date('dmy')}\n\nBetreft: klacht over {d.c('reparatie', 'levering', 'schoonmaakdienst', 'installatie cv-ketel')}\n\n"
            f"Geachte heer/mevrouw,\n\nOp {d.date('dm')} is uw monteur {d.F(q)} bij mij geweest voor de {d.prod()}. "
            f"Helaas is het probleem niet opgelost en ben ik {d.amt(60, 400)} voorrijkosten kwijt. Ik verzoek u dit bedrag terug te storten op {d.iban()}.\n\n"
            f"U kunt mij bereiken op {d.tel()}.\n\nHoogachtend,\n\n{d.N(p)}")


@T("clean")
def rma(d):
    p = d.person()
    return (f"RETOURFORMULIER\n\nNaam: {d.N(p)}\nAdres: {d.adres()}\nPostcode/plaats: {d.pc()} {d.addr_place()}\nTelefoon: {d.tel()}\n"
            f"E-mail: {d.mail_of(p)}\n\nOrdernummer: {d.ordno('ord')}\nArtikel: {d.prod()}\nReden retour: {d.c('defect', 'verkeerde maat', 'past niet', 'doet het niet meer na een week')}\n"
            f"Terugbetaling van {d.amt(20, 2000)} op rekening {d.iban()} t.n.v. {d.I(p)}")


@T("clean")
def energy_meter(d):
    p = d.person()
    return (f"{hi(d, p, formal=True)}\n\nWij hebben uw meterstanden ontvangen voor het adres {d.adres()}, {d.pc()} {d.addr_place()}.\n\n"
            f"Stroom normaal: {R.randint(1000, 30000)} kWh\nGas: {R.randint(500, 9000)} m3\n\n"
            f"Uw nieuwe termijnbedrag wordt {d.amt(60, 350, 'eur_sp')} per maand, ingaande {d.date('dmy')}. "
            f"Wij schrijven dit af van {d.iban()}.\n\nMet vriendelijke groet,\n{d.c('Vattenfall', 'Eneco', 'Essent', 'Budget Energie')} Klantenservice")


@T("clean")
def telecom_port(d):
    p = d.person()
    return (f"Bevestiging nummerbehoud\n\nBeste {d.F(p)},\n\nJe overstap naar {d.c('Odido', 'KPN', 'Ziggo', 'Simyo')} is bijna rond. "
            f"Het nummer {d.tel('m')} wordt op {d.date('wdm')} tussen {d.trange()} overgezet. "
            f"Je nieuwe simkaart wordt bezorgd op {d.adres()} in {d.addr_place()}. "
            f"Het eerste maandbedrag van {d.amt(8, 60, 'eur_sp')} wordt afgeschreven van {d.iban()}.\n\nGroet,\nTeam Overstappen").replace(
        "Team Overstappen", d.k("Team Overstappen"))


@T("clean")
def callback_note(d):
    p, q = d.person(), d.person()
    return d.c(
        f"Terugbelverzoek\nVoor: {d.F(q)}\nVan: {d.N(p)} ({d.tel()})\nOnderwerp: {d.c('offerte kozijnen', 'schade aan de gevel', 'opzegging abonnement')}\n"
        f"Beste tijd: {d.wd()} na {d.time()}\nNotitie: klant is {d.c('boos', 'vriendelijk', 'ongerust')}, wil graag vandaag nog iemand spreken.",
        f"Hoi {d.F(q)}, {d.N(p)} heeft gebeld ({d.tel()}). Wil je {d.k('vandaag')} of {d.wd()} terugbellen over de bestelling {d.ordno()}? Dank! {d.c('-', '—')} receptie")
