"""Red-team probes for indsigt name hiding (rt55), a held-out set on a theme no earlier set used:
half a year of an 86-year-old woman's records on Funen, read on sundhed.dk / the municipal
portal by her son, who holds her digital power of attorney (fuldmagt). She has dementia and lives
at Plejecenter Rosenhaven in Svendborg: the nursing home's staff notes (day, evening and night
shifts, social- og sundhedsassistenter/-hjælpere, a nurse, the leader), the municipal home care
before she moved in, the GP's home visits and e-consultations with the son, an admission to OUH
Svendborg (and a CT in Odense) for pneumonia and delirium (medical ward, a geriatrician, nurses, a
physiotherapist, an occupational therapist), the geriatric outpatient memory clinic, a dietitian,
the dose-dispensing pharmacy, the visiting dentist, a guardianship (værgemål) case with the
municipality and Familieretshuset, the access log, and messages, e-mails and SMS between the son
and the staff - each genre in its own style (careful prose, lower-case shift shorthand, forms,
tables, rotas, signatures, dictation marks, log lines, SMS, e-mail headers, pasted HTML with
entities, English lines by a care worker, one-letter typos), and the over-hiding traps of the
same records.

My own marking standard (written before any probe and before any run):
  {...}  must be gone: a hidden staff member's name part, registered or derived initials, user
         name or e-mail local part, where the text uses it for that person -> a letter inside
         not covered by a span = LEAK
  [...]  must stay: the citizen, a relative, a non-hidden colleague, an unlisted person (priest,
         volunteer, hairdresser, other residents), an ordinary word, an abbreviation, a place, a
         street, an institution, a drug, a firm -> any span over it = OVER-HIDE
  <...>  debatable: the outcome is recorded, never a failure
  «...»  don't care: a title or role word next to a hidden name (overlæge, læge, dr., geriater,
         fysioterapeut, fys., ergoterapeut, ergo, diætist, centerleder, leder, sygeplejerske,
         spl., ssa, ssh, hjemmehjælper, nurse, carer), a genitive -s glued to a hidden name, the
         domain of a hidden person's e-mail address.
  Unmarked letters and digits are must-stay too (labels like "Udført af:", "Ansvarlig:",
  "Bruger:", "Fra:", "Til:", "v/", times, dates). Literal "[", "{", "<" and "«" never occur in a
  probe; pasted HTML is written with entities (&lt; &gt; &amp; &nbsp;).

Rules (the same in every genre):
  R1  A name part owned only by hidden staff (Dela Cruz, Cruz, Agnieszka, Kowalska, Ioana,
      Vasilescu, Rasmus, Aviaja, Oksana, Kovalenko, Rógvi, Ib, Kirsten, Birk, Dan, Faaborg) that
      the text uses for a person is gone: capitalised or lower case, bare or with the other part,
      family-first ("Dahl, Rógvi"), abbreviated ("Ioana V.", "rasmus r"), in any position and any
      genre (subject, object, after a preposition, v/, sign., "aftalt med", a rota cell, a table,
      a log line, an address "Hej Rasmus", an English sentence).
  R2  Registered or derived initials, user names and e-mail local parts are gone where they stand
      for the person: after sign./af/v//ved, in a staff column or rota, next to a time in a shift
      note, as the first half of a dictation mark "KOL/ml", in a log line, in "Fra:". The same
      letters used as what they also are stay: KOL the lung disease, AK(-behandling), IV/iv, IM,
      PN(-medicin), RR (blood pressure), Hb, MS, AB (antibiotika), ok/OK, BH/bh (brystholder),
      pH, ml, and the words hjort, lind, ravn, munk, brink, birk.
  R3  A part shared with a non-hidden colleague (Bo - Bo Rosen, pedel; Hjort - Lone Hjort,
      lægesekretær; Lind - Anna Lind, fysioterapeut at the home; Maricel - Maricel Santos,
      kitchen; Per - Per Holm, portør; Lund - Mette Lund, lægesekretær; Sol - Sol Andersen,
      activities; Munk - Ole Munk, værgemål case worker; Bjørn - Jonas Bjørn, farmaceut; Henrik -
      Henrik Møller, reservelæge; Eva - Eva Krog, Familieretshuset) is gone when the hidden
      person's other part, initials, title or shift settles it ("ssa Bo", "overlæge Lund",
      "læge Bjørn", "nattevagt Lind", "centerleder Eva"); it stays when the colleague's other part
      or role settles it ("pedel Bo", "portør Per", "sekretær Lund", "sagsbehandler Munk"); bare
      and unsettled it is debatable.
  R4  A part shared with the citizen's family (Mai - Mai Skov, svigerdatter; Sol - Sol Skov,
      barnebarn; Ravn - Gerda Ravn, søster) is gone when the hidden person's title, other part or
      initials settle it ("diætist Mai", "Mai Svane", "spl. Ravn"); it stays when kinship, age,
      the relative's full name or a courtesy title says who it is ("min kone Mai", "Sol (12)",
      "søster Gerda Ravn", "fru Ravn"); bare and unsettled it is debatable.
  R5  A part shared with an unlisted person (Aase Nyborg, resident in room 14; Holger Dahl,
      resident; Jens Kjær, priest; Inge Brink, volunteer; Tina Svane, hairdresser) stays when that
      person's full name or role is written; the hidden staff member's use is gone when a title,
      given name or initials settle it ("spl. Nyborg", "Rógvi D.", "Aviaja B.").
  R3-R5 note: the care task the person performs in the note (bathing, giving medicine, a shift
      or time slot, a nursing-home shift note for a nursing-home carer, continuing antibiotics
      for the GP) settles who is meant just as a title does; a bare part in a plain message
      with no task or title ("Bo ringer i morgen") is debatable.
  R6  Words, places, streets, institutions, firms and drugs spelt like a name part, initials or a
      user name stay, also capitalised at the start of a sentence and glued into compounds
      (Hjortø, Birkholm, Lindely, Munkebo, Ravnebjerg, Svanevej, Brinken, Faaborg Sundhedshus,
      Nyborg Sygehus, Plejecenter Rosenhaven, Kjærsgaard), also in a text that names the
      hidden person. A town named as a town (bor i Faaborg) stays.
  R7  A hyphenated or double family name: every part used for the person is gone ("Kowalska",
      "Kowalska-Lind", "Dela Cruz", "Cruz"); "Lind" alone follows R3.
  R8  A one-letter typo (a letter wrong, missing, doubled, or two neighbours swapped) of a hidden name of 4+ letters, and the ASCII spelling (Bjorn, Kjaer,
      Rogvi, Fåborg/Faaborg), are gone when a title, the other part or the context of the same
      note settles who is meant.
  R9  Lower-case shorthand and English text are judged like careful prose ("bo gav bad" is a
      name in a shift note; "vil gerne bo her" is the verb; "ask bo for help" - Bo is a name).

Classes: lk_* leak probes per genre; ow_* over-hide traps; mx_* mixed (word/relative/colleague
use next to the staff use); db_* debatable (bare shared parts with nothing to settle them).

Roster (fresh; not taken from any other set):
  Hidden staff (16):
    Bo Hjort             ssa, Rosenhaven, dagvagt        bo = to live; hjort = deer (Hjortø);
                                                         BH = bh (bra); user "hjort";
                                                         Bo Rosen (pedel), Lone Hjort
    Maricel Dela Cruz    ssh, Rosenhaven, aftenvagt      Philippines; MDC; user "mdcr";
                                                         Maricel Santos (kitchen)
    Agnieszka Kowalska-Lind  ssa, Rosenhaven, nattevagt  Poland; AK = antikoagulation; user
                                                         "lind" (lind = mild, lindre);
                                                         Anna Lind (fys.)
    Ioana Vasilescu      ssh, Rosenhaven, dagvagt        Romania; IV = intravenøs
    Rasmus Ravn          sygeplejerske, Rosenhaven       RR = blodtryk; user "ravn"; ravn =
                                                         raven; Gerda Ravn (sister)
    Eva Kjær             centerleder, Rosenhaven         EK; kjær/kær; Jens Kjær (priest);
                                                         Eva Krog (Familieretshuset)
    Aviaja Brink         ssa, Rosenhaven, aftenvagt      Greenland; AB = antibiotika; user
                                                         "brink"; Inge Brink (volunteer)
    Oksana Kovalenko     ssh, Rosenhaven, nattevagt      Ukraine; OK = ok
    Rógvi Dahl           ssa, Rosenhaven, dagvagt        Faroe Islands; RD; Holger Dahl
                                                         (resident)
    Ib Munk              ssh, hjemmeplejen Svendborg     IM = intramuskulær; user "munk";
                                                         Ole Munk (værgemål)
    Henrik Bjørn         praktiserende læge              HB = hæmoglobin; bjørn = bear;
                                                         Jonas Bjørn (farmaceut), Henrik
                                                         Møller (reservelæge)
    Kirsten Lund         overlæge, geriatri OUH          KOL = lung disease; lund = grove;
                                                         Mette Lund (sekretær)
    Per Nyborg           sygeplejerske, Medicinsk M, OUH PN = pro necessitate; per = per;
                                                         Nyborg = town; Per Holm (portør);
                                                         Aase Nyborg (resident)
    Sol Birk             fysioterapeut, OUH              sol = sun; birk = birch; SB; user
                                                         "birk"; Sol Andersen, Sol Skov
    Dan Faaborg          ergoterapeut, OUH               Faaborg = town; DF
    Mai Svane            klinisk diætist, kommunen       MS = multipel sklerose; svane = swan;
                                                         Mai Skov (svigerdatter), Tina Svane
  Non-hidden colleagues: Bo Rosen (pedel), Lone Hjort (lægesekretær, hukommelsesklinikken), Anna
    Lind (fysioterapeut, Rosenhaven), Maricel Santos (køkken, Rosenhaven), Per Holm (portør), Mette
    Lund (lægesekretær, M), Sol Andersen (aktivitetsmedarbejder), Ole Munk (sagsbehandler,
    værgemål), Jonas Bjørn (farmaceut), Henrik Møller (reservelæge), Eva Krog (jurist,
    Familieretshuset), Kim Vang (tandlæge, omsorgstandpleje), Max Due (farmaceut, dosis).
  Citizen: Ellen Skov (86). Relatives: Jan Skov (son, fuldmagt), Mai Skov (his wife), Ask Skov
    (grandson, 19), Sol Skov (granddaughter, 12), Bent Skov (late husband, d. 2019), Gerda Ravn
    (sister, 90, Nyborg).
  Unlisted (must simply stay): Jens Kjær (sognepræst), Inge Brink (frivillig besøgsven), Tina
    Svane (frisør), Aase Nyborg (beboer stue 14), Holger Dahl (beboer stue 9).

Written by a red-team helper (rt55) that has not seen the matcher's code, word lists, tests,
docs or changelog; only probe_harness.py and the head and tail of names_rt44_probes.py (format).
The markup is fixed before the first run and changed after it only where it broke this standard.

650 probes (432 with a gone span): lk_* 355, ow_* 194, mx_* 79, db_* 22 (counted before the
first run).

Markup fixes after the first run (markup that broke the standard above; nothing else changed):
  1. lk_hospital "... Ansvarlig læge: {Kirsten Lund}." - "læge" is a title next to a hidden
     name, don't care by the standard: now "Ansvarlig «læge»: {Kirsten Lund}."
  2-4. Three probes had a bare "Mai" next to the son's name with no kinship, age, full name or
     courtesy title ("[Jan] og [Mai]" as a sign-off, "[Mai] og jeg" in the son's mail, "[Jan] og
     [Mai] har været på ferie"): by R4 that is unsettled, so debatable, not must-stay; now <Mai>.
  Left as they were (they follow the written standard): the Windows domain before a user name
  ("RSYD\\kilu", "SVENDBORG\\hjort") - the standard makes only an e-mail domain don't-care; the
  entity "&nbsp;" between a title and a name; "[Sol]s konfirmation" (a confirmation says it is the
  grandchild).

Run:  .venv/bin/python bench/independent/names_rt55_probes.py [-v]
"""

import sys

from probe_harness import Probes, run

from indsigt.protect.names import Person

# ----------------------------------------------------------------------------- roster
STAFF = [
    Person(
        key="bo_hjort",
        given="Bo",
        family="Hjort",
        initials=("BH",),
        emails=("bo.hjort@svendborg.dk",),
        usernames=("hjort",),
        titles=("ssa",),
    ),
    Person(
        key="maricel_dela_cruz",
        given="Maricel",
        family="Dela Cruz",
        initials=("MDC",),
        emails=("maricel.delacruz@svendborg.dk",),
        usernames=("mdcr",),
        titles=("ssh",),
    ),
    Person(
        key="agnieszka_kowalska_lind",
        given="Agnieszka",
        family="Kowalska-Lind",
        initials=("AK",),
        emails=("agnieszka.kowalska-lind@svendborg.dk",),
        usernames=("lind",),
        titles=("ssa",),
    ),
    Person(
        key="ioana_vasilescu",
        given="Ioana",
        family="Vasilescu",
        initials=("IV",),
        emails=("ioana.vasilescu@svendborg.dk",),
        usernames=("iova",),
        titles=("ssh",),
    ),
    Person(
        key="rasmus_ravn",
        given="Rasmus",
        family="Ravn",
        initials=("RR",),
        emails=("rasmus.ravn@svendborg.dk",),
        usernames=("ravn",),
        titles=("sygeplejerske",),
    ),
    Person(
        key="eva_kjaer",
        given="Eva",
        family="Kjær",
        initials=("EK",),
        emails=("eva.kjaer@svendborg.dk",),
        usernames=("evkj",),
        titles=("centerleder",),
    ),
    Person(
        key="aviaja_brink",
        given="Aviaja",
        family="Brink",
        initials=("AB",),
        emails=("aviaja.brink@svendborg.dk",),
        usernames=("brink",),
        titles=("ssa",),
    ),
    Person(
        key="oksana_kovalenko",
        given="Oksana",
        family="Kovalenko",
        initials=("OK",),
        emails=("oksana.kovalenko@svendborg.dk",),
        usernames=("okko",),
        titles=("ssh",),
    ),
    Person(
        key="rogvi_dahl",
        given="Rógvi",
        family="Dahl",
        initials=("RD",),
        emails=("rogvi.dahl@svendborg.dk",),
        usernames=("rogd",),
        titles=("ssa",),
    ),
    Person(
        key="ib_munk",
        given="Ib",
        family="Munk",
        initials=("IM",),
        emails=("ib.munk@svendborg.dk",),
        usernames=("munk",),
        titles=("ssh",),
    ),
    Person(
        key="henrik_bjorn",
        given="Henrik",
        family="Bjørn",
        initials=("HB",),
        emails=("henrik.bjorn@dadlnet.dk",),
        usernames=("hebj",),
        titles=("læge",),
    ),
    Person(
        key="kirsten_lund",
        given="Kirsten",
        family="Lund",
        initials=("KOL",),
        emails=("kirsten.lund@rsyd.dk",),
        usernames=("kilu",),
        titles=("overlæge",),
    ),
    Person(
        key="per_nyborg",
        given="Per",
        family="Nyborg",
        initials=("PN",),
        emails=("per.nyborg@rsyd.dk",),
        usernames=("pnyb",),
        titles=("sygeplejerske",),
    ),
    Person(
        key="sol_birk",
        given="Sol",
        family="Birk",
        initials=("SB",),
        emails=("sol.birk@rsyd.dk",),
        usernames=("birk",),
        titles=("fysioterapeut",),
    ),
    Person(
        key="dan_faaborg",
        given="Dan",
        family="Faaborg",
        initials=("DF",),
        emails=("dan.faaborg@rsyd.dk",),
        usernames=("dafa",),
        titles=("ergoterapeut",),
    ),
    Person(
        key="mai_svane",
        given="Mai",
        family="Svane",
        initials=("MS",),
        emails=("mai.svane@svendborg.dk",),
        usernames=("masv",),
        titles=("diætist",),
    ),
]

OTHERS = [
    Person(key="bo_rosen", given="Bo", family="Rosen", initials=("BR",), titles=("pedel",)),
    Person(
        key="lone_hjort",
        given="Lone",
        family="Hjort",
        initials=("LH",),
        titles=("sekretær",),
    ),
    Person(key="anna_lind", given="Anna", family="Lind", initials=("AL",), titles=("fys.",)),
    Person(key="maricel_santos", given="Maricel", family="Santos", initials=("MSA",)),
    Person(key="per_holm", given="Per", family="Holm", initials=("PH",), titles=("portør",)),
    Person(
        key="mette_lund",
        given="Mette",
        family="Lund",
        initials=("ML",),
        titles=("sekretær",),
    ),
    Person(key="sol_andersen", given="Sol", family="Andersen", initials=("SA",)),
    Person(key="ole_munk", given="Ole", family="Munk", initials=("OM",)),
    Person(key="jonas_bjorn", given="Jonas", family="Bjørn", initials=("JB",)),
    Person(key="henrik_moller", given="Henrik", family="Møller", initials=("HM",)),
    Person(key="eva_krog", given="Eva", family="Krog", initials=("EVK",)),
    Person(
        key="kim_vang",
        given="Kim",
        family="Vang",
        initials=("KV",),
        titles=("tandlæge",),
    ),
    Person(key="max_due", given="Max", family="Due", initials=("MD",)),
]

CITIZEN = [("Ellen", "Skov")]
RELATIVES = [
    ("Jan", "Skov"),
    ("Mai", "Skov"),
    ("Ask", "Skov"),
    ("Sol", "Skov"),
    ("Bent", "Skov"),
    ("Gerda", "Ravn"),
]

P = Probes()
addall = P.addall

# ============================================================================= LEAK PROBES
addall(
    "lk_home_prose",
    [
        "[Ellen] har i dag været i bad med hjælp fra «ssa» {Bo Hjort}. Hun var glad og talte om sin mand [Bent].",
        "{Maricel Dela Cruz} har spist aftensmad sammen med [Ellen] i dagligstuen.",
        "Ved aftenvagtens runde fandt {Maricel} [Ellen] siddende på sengekanten, forvirret.",
        "{Agnieszka Kowalska-Lind} har været inde hos [Ellen] tre gange i nat; hun sov fra kl. 03.",
        "[Ellen] har fået hjælp til toiletbesøg af {Agnieszka} kl. 02.15.",
        "«Sygeplejerske» {Rasmus Ravn} har vurderet såret på venstre hæl: rent, let rødme i kanten.",
        "{Rasmus} har talt med sønnen [Jan Skov] i telefonen om den nye medicin.",
        "Samtale med «centerleder» {Eva Kjær} og sønnen [Jan] om indflytningen.",
        "{Eva Kjær} har godkendt, at [Ellen] får sin egen lænestol med ind.",
        "{Aviaja Brink} har hjulpet [Ellen] i seng kl. 21. Hun ville gerne have lyset tændt.",
        "[Ellen] græd ved aftenkaffen; {Aviaja} satte sig hos hende og sang en salme.",
        "{Oksana Kovalenko} har fundet [Ellen] på gangen kl. 04, på vej 'hjem til Bent'.",
        "Nattevagt {Oksana} har givet et glas mælk og fulgt [Ellen] tilbage til stuen.",
        "{Rógvi Dahl} har barberet [Ellen]s hage og klippet negle.",
        "Morgenpleje ved {Rógvi}: [Ellen] var samarbejdende og spiste to stykker rugbrød.",
        "{Ioana Vasilescu} har målt blodsukker og vægt; vægt 51,2 kg.",
        "[Ellen] ville ikke have tøj på i dag. {Ioana} prøvede igen efter en halv time.",
        "Hjemmeplejen: «ssh» {Ib Munk} har givet øjendråber og smurt madpakke.",
        "{Ib} har talt med [Ellen] om at hun glemmer at spise, når hun er alene.",
        "{Ib Munk} fandt komfuret tændt ved morgenbesøget og har slukket det.",
        "Der er aftalt hjemmebesøg med «egen læge» {Henrik Bjørn} torsdag.",
        "{Henrik Bjørn} har set [Ellen] på plejecentret og lyttet på lungerne.",
        "«Overlæge» {Kirsten Lund} har vurderet [Ellen] i hukommelsesklinikken.",
        "{Kirsten Lund} anbefaler, at [Ellen] ikke længere selv administrerer medicin.",
        "«Sygeplejerske» {Per Nyborg} har fjernet kateteret kl. 10.",
        "{Per Nyborg} har ringet til sønnen [Jan] og fortalt, at moren er mere urolig.",
        "«Fysioterapeut» {Sol Birk} har gået med [Ellen] på gangen med rollator, 20 meter.",
        "{Sol Birk} vurderer, at [Ellen] har brug for hjælp af én ved forflytning.",
        "«Ergoterapeut» {Dan Faaborg} har afprøvet en ny kørestolspude.",
        "{Dan Faaborg} har været på hjemmebesøg på Rosenhaven for at se stuen før udskrivelsen.",
        "{Mai Svane} har vejet [Ellen]: 49,8 kg, vægttab 3 kg på to måneder.",
        "{Aviaja Brink} og {Maricel Dela Cruz} var begge på stuen, da [Ellen] faldt.",
        "Pårørendesamtale 14.3. med [Jan Skov], [Mai Skov], {Rasmus Ravn} og {Eva Kjær}.",
        "{Kowalska-Lind} har noteret, at [Ellen] hostede meget i nat.",
        "{Dela Cruz} har talt med frisøren [Tina Svane] om en tid fredag.",
        "Næste samtale med {Kirsten} i hukommelsesklinikken er d. 2. maj.",
    ],
)

addall(
    "lk_shift_short",
    [
        "dagvagt: {bo} gav bad, ellen glad, spiste godt",
        "{bo h} har givet morgenmedicin kl 8",
        "aften: {maricel} gav aftenmed, ellen urolig kl 20",
        "nat: {agnieszka} tilset x3, sov fra kl 03",
        "nat {oksana}: ellen vandrede kl 02-04, fik mælk, faldt i søvn",
        "{ioana} har målt bs 7,2 kl 11",
        "bad tirsdag v/ {rógvi}",
        "kl 14 {rasmus} tilset hæl, ny forbinding",
        "{aviaja} + {maricel} hjalp i seng, 2 mand pga træthed",
        "talt m. {eva} ang. sensormåtte",
        "{bo} og {rógvi} forflyttede m. lift",
        "obs afføring - {ioana} tjekker i morgen",
        "ellen spurgte efter bent igen. {aviaja} talte med hende om ham",
        "{oksana} fandt ellen på toilettet kl 05, ok",
        "{agnieszka k-l} har givet pn panodil kl 01",
        "hjpl: {ib} gav medicin, komfur slukket",
        "{ib munk} 07.45: ellen i nattøj, ikke spist",
        "{munk} tilser igen kl 12",
        "kl 22 {maricel dc} gav ekstra dyne",
        "{rogvi} bad og barbering",
        "{rasmus r} ringet til egen læge",
        "{vasilescu} 12:10 vejet 50,1",
        "{brink} 19.30 ellen ked af det, talt om bent",
        "{kovalenko} nat: uro kl 1-3",
        "dag: tilset af {bo} og {ioana}, ellen i godt humør",
        "nat: {oksana} + {agnieszka} vendt x2",
        "{eva k} informeret om fald",
        "{rógvi} og ellen har set billeder fra thurø",
        "aftenvagt {aviaja b}: ellen i seng kl 21",
        "{dahl} har skiftet ble kl 10",
        "{cruz} har ringet til sønnen kl 19",
        "{oksana k} vil gerne tale med jan om natten",
    ],
)


addall(
    "lk_rota_lists",
    [
        "Vagtplan uge 12, Rosenhaven afsnit B:\nDag: {Bo Hjort}, {Ioana Vasilescu}, {Rógvi Dahl}\nAften: {Maricel Dela Cruz}, {Aviaja Brink}\nNat: {Oksana Kovalenko}, {Agnieszka Kowalska-Lind}",
        "Kontaktperson: {Bo Hjort}\nStedfortræder: {Ioana Vasilescu}",
        "Kontaktperson for [Ellen Skov]: {Rógvi Dahl} (dag) / {Aviaja Brink} (aften)",
        "Deltagere: [Jan Skov] (søn, fuldmagt), {Eva Kjær} («centerleder»), {Rasmus Ravn} («spl.»), {Bo Hjort} («ssa»)",
        "Tilstede: {Kirsten Lund}, {Per Nyborg}, {Sol Birk}, {Dan Faaborg}, søn [Jan Skov]",
        "Tværfaglig konference M: «overlæge» {Kirsten Lund}, «spl.» {Per Nyborg}, «fys.» {Sol Birk}, «ergo» {Dan Faaborg}",
        "Opgaver:\n- bestille frisør ({Bo})\n- ringe til søn ({Rasmus})\n- vægt fredag ({Ioana})",
        "Dag 06-14: {BH}, {IV}, {RD}\nAften 14-22: {MDC}, {AB}\nNat 22-06: {OK}, {AK}",
        "Ansvarlig: {Rasmus Ravn}\nUdført: {Ioana}",
        "Huskeliste aften:\n* {Maricel}: aftenmedicin\n* {Aviaja}: bad stue 12\n* [Sol Andersen]: banko kl 19",
        "Ugeskema: man {Bo} / tir {Rógvi} / ons {Ioana} / tor {Bo} / fre {Rógvi}",
        "Tilsyn nat: 23.00 {Oksana} - 01.00 {Agnieszka} - 03.00 {Oksana} - 05.00 {Agnieszka}",
        "Deltagere i indflytningssamtale: «centerleder» {Eva Kjær}, spl. {Rasmus Ravn}, kontaktperson {Bo Hjort}, søn [Jan Skov], svigerdatter [Mai Skov].",
        "Behandlere under indlæggelsen:\n1. {Kirsten Lund}, «overlæge»\n2. {Per Nyborg}, sygeplejerske\n3. {Sol Birk}, «fysioterapeut»\n4. {Dan Faaborg}, «ergoterapeut»",
        "Hjemmeplejen besøg (feb.): morgen {Ib Munk}, middag {Ib Munk}, aften vikar",
        "Faste hjælpere: {Ib Munk}, [Bo Rosen] (pedel, kun ved reparationer)",
        "Rollefordeling: sygeplejefaglig ansvarlig {Rasmus Ravn}; «leder» {Eva Kjær}; primær kontakt {Bo Hjort}",
        "Vagter 24.12: dag {Rógvi}, aften {Maricel}, nat {Oksana}",
        "Kontaktoplysninger:\nSygeplejerske {Rasmus Ravn}, tlf. 62 23 40 10\n«Leder» {Eva Kjær}, tlf. 62 23 40 00",
        "Team B: {Hjort}, {Vasilescu}, {Dahl}, {Dela Cruz}, {Brink}, {Kovalenko}, {Kowalska-Lind}",
        "Aftalt: {Bo} ringer til tandlægen, {Rasmus} ringer til egen læge.",
        "Tovholder: {Dela Cruz, Maricel}",
        "Ansvarlige: {Dahl, Rógvi}; {Brink, Aviaja}",
        "Udskrivningskonference: {Lund, Kirsten} («geriater»); {Nyborg, Per} («spl.»)",
        "Plan for værgemålssagen: [Ole Munk] (sagsbehandler) og {Eva Kjær} udtaler sig; [Jan Skov] høres.",
        "Modtagere af referat: [Jan Skov]; {Eva Kjær}; {Rasmus Ravn}; [Ole Munk]",
        "Sidst tilset af: {Oksana K.}",
        "Næste tilsyn: {Rasmus}, ons. kl 10",
    ],
)

addall(
    "lk_tables",
    [
        "Dato | Tid | Udført af | Bemærkning\n12.03 | 08:00 | {Bo Hjort} | morgenmedicin givet\n12.03 | 20:00 | {Maricel Dela Cruz} | aftenmedicin givet",
        "| Kl. | Medarbejder | Handling |\n| 02:00 | {Agnieszka} | tilset, sover |\n| 04:00 | {Oksana} | toiletbesøg |",
        "Vægt | Dato | Vejet af\n51,2 | 01.02 | {IV}\n50,1 | 01.03 | {IV}\n49,8 | 01.04 | {MS}",
        "Medicin | Dosis | Givet af\nParacetamol | 1 g | {RR}\nMovicol | 1 brev | {BH}",
        "Væskeskema: 08 kaffe 150 ml ({BH}) | 10 saft 100 ml ({RD}) | 12 vand 200 ml ({IV})",
        "Navn | Funktion | Vagt\n{Bo Hjort} | ssa | dag\n{Aviaja Brink} | ssa | aften\n{Oksana Kovalenko} | ssh | nat",
        "Faldregistrering | Tid: 04:10 | Fundet af: {Oksana Kovalenko} | Skade: ingen | Læge kontaktet: nej",
        "Tid;Bruger;Handling\n21:14;{brink};Notat oprettet\n21:20;{mdcr};Medicin givet",
        "Dag   | Ansvarlig\nman   | {Ioana}\ntir   | {Bo}\nons   | {Rógvi}",
        "Kateter | Anlagt 02.04 af {PN} | Seponeret 05.04 af {PN}",
        "Besøg | Tid | Hjælper\nmorgen | 07:30 | {IM}\nmiddag | 12:00 | {IM}",
        "Træning | Dato | Terapeut\ngang 20 m | 03.04 | {Sol Birk}\ngang 35 m | 05.04 | {SB}",
        "Hjælpemiddel | Afprøvet af | Resultat\nsiddepude | {Dan Faaborg} | god\ntoiletforhøjer | {DF} | bestilt",
        "Kostplan | Ansvarlig: {Mai Svane} | Opfølgning: 4 uger",
        "Blodtryk: 128/76 | Puls: 82 | Målt af: {Rasmus R.}",
        "NEWS | 5 | kl 06 | {Per}\nNEWS | 3 | kl 12 | {Per}",
        "Stue | Beboer | Kontakt\n12 | [Ellen Skov] | {Bo Hjort}\n14 | [Aase Nyborg] | {Ioana Vasilescu}",
        "Opgave | Hvem\nSkifte forbinding | {Rasmus}\nFrisør | [Tina Svane]\nBesøgsven | [Inge Brink]",
    ],
)

addall(
    "lk_signatures",
    [
        "Ellen har spist halv portion. Sign. {BH}",
        "Forbinding skiftet, såret pænt. /{RR}",
        "Tilset kl 02, sover. sign {AK}",
        "Tilset kl 04. sign. {OK}",
        "Morgenmedicin givet. sign {IV}",
        "Bad givet. Sign. {RD}",
        "Aftenmedicin givet kl 20. sign. {MDC}",
        "Ellen i seng kl 21, rolig. -{AB}",
        "Komfur slukket. sign. {IM}",
        "Med venlig hilsen\n{Eva Kjær}\n«Centerleder», Plejecenter Rosenhaven",
        "Mvh {Rasmus Ravn}, sygeplejerske",
        "Venlig hilsen\n{Henrik Bjørn}\n«Praktiserende læge»",
        "Diktat: {KOL}/[ml]",
        "Dikteret af {KOL}, skrevet af [ML] 14.04.",
        "{HB}/[lh] 02.05.2024",
        "Notat ved {PN} kl 22.",
        "Hilsen {Sol}, «fysioterapeut», OUH Svendborg",
        "Mvh {Dan F.}, «ergoterapeut»",
        "Hilsen {Mai Svane}, «klinisk diætist», Svendborg Kommune",
        "/{maricel}",
        "-- {bo}",
        "sign. {bh}",
        "sign {rr}",
        "v/ {iv}",
        "{ok} 03:00",
        "Skrevet af {Oksana Kovalenko}, ssh",
        "Journalnotat ført af {Agnieszka Kowalska-Lind}",
        "Ansvarlig sygeplejerske: {Rasmus Ravn} (sign. {RR})",
        "Godkendt: {EK} 15.03.2024",
        "Med venlig hilsen / Best regards\n{Maricel Dela Cruz}\n«Social- og sundhedshjælper»",
        "Kh {Aviaja}",
        "De bedste hilsner\n{Ioana}\nAfsnit B",
        "Epikrise godkendt af «overlæge» {Kirsten Lund} ({KOL}).",
        "Notat: {Henrik Bjørn} ({HB}), konsultation 22.02.",
        "Vurderet af {SB} og {DF} 04.04.",
    ],
)


addall(
    "lk_hospital",
    [
        "Indlagt via FAM med pneumoni og delirium. Modtaget af «spl.» {Per Nyborg}.",
        "Stuegang v/ «overlæge» {Kirsten Lund}: fortsat iv antibiotika, vurderes igen i morgen.",
        "{Kirsten Lund} har talt med sønnen [Jan Skov] om behandlingsniveau.",
        "Aftalt med {Lund} («overlæge»), at pt. ikke skal genoplives ved hjertestop.",
        "«Overlæge» {Lund} har set pt. kl 15: mere vågen, delirium aftagende.",
        "«Aftensygeplejerske» {Per}: pt. har revet venflon ud, ny anlagt.",
        "«Spl.» {Nyborg} har informeret søn om overflytning.",
        "{Per Nyborg}: pt. har sovet 4 timer, CAM positiv kl 22.",
        "«Fysioterapeut» {Sol Birk} har mobiliseret pt. til stol 2 x i dag.",
        "«Fys.» {Birk}: gangfunktion med rollator 15 m, ustabil.",
        "{Sol} («fysioterapeut») har instrueret plejepersonalet i forflytning.",
        "«Ergoterapeut» {Dan Faaborg}: ADL-vurdering, behov for hjælp til påklædning.",
        "{Faaborg} («ergo») har bestilt badebænk til plejecentret.",
        "{Dan} («ergoterapeut») har talt med {Bo Hjort} fra Rosenhaven om hjælpemidler.",
        "Geriatrisk tilsyn ved {Kirsten Lund}: delirium udløst af pneumoni, demens af Alzheimer-type.",
        "Udskrivningssamtale med søn [Jan] ved {Per Nyborg} og {Kirsten Lund}.",
        "Epikrise: Pt. udskrives til Plejecenter Rosenhaven. Ansvarlig «læge»: {Kirsten Lund}.",
        "Pt. overflyttet til CT i Odense; ledsaget af «spl.» {Per Nyborg} og portør [Per Holm].",
        "Telefonsamtale med søster [Gerda Ravn] (90) ved {Per Nyborg}.",
        "Sygeplejenotat {PN} 02:40: pt. råber, giver 0,5 mg haloperidol efter ordination.",
        "{KOL}: Lungestetoskopi: krepitation basalt hø. Forts. behandling.",
        "Ordineret af {KOL} kl 09.12",
        "{SB}: gang med rollator og 1 hjælper, 25 m.",
        "{DF}: hjælpemiddelvurdering afsluttet.",
        "Pt. har i nat været meget urolig ifølge <Per>.",
        "Kl 03: pt. fundet på gulvet af «spl.» {Nyborg}, ingen synlige skader, læge tilkaldt.",
        "Fys.-notat ved {Sol Birk}: Pt. kan med opfordring rejse sig fra stol.",
        "Reservelæge [Henrik Møller] har efter konference med {Kirsten Lund} seponeret Furix.",
        "Ifølge {Kirsten} er der ikke indikation for yderligere udredning.",
        "Søn [Jan Skov] ringede; besked videregivet til <Per>.",
        "Overflytning til Rosenhaven aftalt med {Rasmus Ravn}, sygeplejerske på plejecentret.",
        "Mundtlig rapport givet til {Rasmus} på Rosenhaven kl 11.",
    ],
)

addall(
    "lk_gp",
    [
        "Hjemmebesøg på Rosenhaven v/ {Henrik Bjørn}: pt. sløv, temp 38,4, ordineret amoxicillin.",
        "E-konsultation fra søn [Jan Skov]: 'Kære {Henrik Bjørn}, min mor er blevet mere forvirret.'",
        "Svar fra «læge» {Henrik Bjørn}: Jeg kommer forbi plejecentret i morgen.",
        "«Dr.» {Bjørn} har talt med sygeplejerske {Rasmus Ravn} om urinprøve.",
        "«Læge» {Bjørn} ordinerer blodprøver: Hb, CRP, væsketal.",
        "Hej {Henrik}, tak for besøget hos mor i går. Mvh [Jan]",
        "Kære {Henrik} - <Mai> og jeg vil gerne tale om mors medicin. [Jan Skov]",
        "Henvist til hukommelsesklinikken af {Henrik Bjørn}, «praktiserende læge», Svendborg.",
        "«Egen læge»: {Henrik Bjørn}, Klinikken Møllergade, Svendborg",
        "{HB} 22.02: Telefonkonsultation med sygeplejerske fra plejecentret.",
        "Besked fra {Bjørn} til {Rasmus}: fortsæt antibiotika i 7 dage.",
        "Talt med «dr.» {Henrik Bjørn}, han kommer kl 14 - {Rasmus}",
        "Receptfornyelse godkendt af {Henrik Bjørn} 04.03.",
        "E-konsultation besvaret af {Henrik Bjørn} («lægen») 11.03 kl 16.22.",
        "Tak for beskeden, [Jan]. Jeg har bedt sygeplejersken sende urinprøven. Mvh {Henrik Bjørn}",
        "«Lægen» ({HB}) har ændret Sertralin til 25 mg.",
        "Pt. set i konsultationen af {Henrik}; søn [Jan] med.",
        "Husk at {Henrik Bjørn}«s» («læge») besøg er flyttet til fredag.",
    ],
)

addall(
    "lk_memory_clinic",
    [
        "Hukommelsesklinikken, OUH Svendborg. Undersøgt af «overlæge» {Kirsten Lund}. MMSE 17/30.",
        "Brev til [Jan Skov]: Din mor er indkaldt til samtale hos {Kirsten Lund} 12. maj kl. 10.",
        "Journalnotat {KOL}: MMSE 17. Rivastigmin-plaster startes 4,6 mg.",
        "{KOL}/[ml] 12.05.2024",
        "Ved samtalen deltog sønnen [Jan], svigerdatter [Mai Skov] og «overlæge» {Lund}.",
        "Telefonopfølgning ved {Kirsten Lund}: plasteret tåles godt ifølge plejecentret.",
        "Lægesekretær [Lone Hjort] har sendt indkaldelse på vegne af {Kirsten Lund}.",
        "Konklusion ({Kirsten Lund}): moderat demens, Alzheimer-type med vaskulær komponent.",
        "Hukommelsesklinikken har modtaget henvisning fra {Henrik Bjørn}.",
        "Samtale med søn om prognose ved {Kirsten}.",
        "Næste kontrol: 6 mdr, {Kirsten Lund}. Sekretær: [Lone Hjort].",
        "Demenskoordinator har talt med «centerleder» {Eva Kjær} om adfærd om aftenen.",
    ],
)

addall(
    "lk_diet_pharm_dent",
    [
        "«Diætist» {Mai Svane} har besøgt [Ellen] på Rosenhaven: energibehov 1600 kcal.",
        "Kostplan udarbejdet af {Mai Svane} i samarbejde med køkkenet ([Maricel Santos]).",
        "{Mai} («diætist») anbefaler proteindrik 2 x dagligt.",
        "Opfølgning ved «klinisk diætist» {Svane} om 4 uger.",
        "{MS}: vægt 49,8 kg, BMI 19,1",
        "Dosisdispensering: ændring godkendt af {Henrik Bjørn}, ekspederet af farmaceut [Max Due].",
        "Farmaceut [Jonas Bjørn] har kontaktet «læge» {Henrik Bjørn} om interaktion.",
        "Omsorgstandpleje: tandlæge [Kim Vang] har undersøgt [Ellen]; {Bo Hjort} var med.",
        "{Bo} har fulgt [Ellen] til tandlægen i bussen.",
        "Tandbørstning aften v/ {Aviaja}.",
        "Dosisrulle mangler - {Rasmus} har ringet til apoteket.",
        "Apoteket har ringet til {Rasmus Ravn} om leveringsdag.",
        "Tandlægen har givet instruks til {Ioana} og {Rógvi} om mundpleje.",
        "{Maricel} fik besked fra køkkenet om ny kost.",
    ],
)

addall(
    "lk_guardianship",
    [
        "Værgemålssag: udtalelse fra «centerleder» {Eva Kjær}, Plejecenter Rosenhaven.",
        "Familieretshuset har modtaget lægeerklæring fra {Henrik Bjørn}.",
        "Sagsbehandler [Ole Munk] har indhentet oplysninger fra {Eva Kjær} og fra «overlæge» {Kirsten Lund}.",
        "Erklæring om helbredstilstand, udfærdiget af {Kirsten Lund}, «overlæge», OUH.",
        "Udtalelse fra hjemmeplejen ved {Ib Munk}: [Ellen] kunne ikke klare økonomi i 2023.",
        "Høring: [Jan Skov] er foreslået som værge. {Eva Kjær} har ingen indvendinger.",
        "Familieretshuset, jurist [Eva Krog]: sagen afventer udtalelse fra {Eva Kjær}.",
        "Bilag 3: notat fra {Ib Munk} om hændelse med komfur, 12.01.",
        "Bilag 4: udtalelse fra «sygeplejerske» {Rasmus Ravn} om medicinhåndtering.",
        "Kommunen har talt med «centerleder» {Kjær} om, hvorvidt [Ellen] kan udtrykke sin vilje.",
        "Sagens parter: [Ellen Skov] (borger), [Jan Skov] (søn). Oplysninger fra: {Eva Kjær}, {Henrik Bjørn}.",
    ],
)


addall(
    "lk_access_log",
    [
        "2024-03-12 14:02:11 | {hjort} | {Bo Hjort} | Plejecenter Rosenhaven | Læst: Plejeplan",
        "2024-03-12 21:14:03 | {brink} | {Aviaja Brink} | Plejecenter Rosenhaven | Oprettet: Døgnrytmeplan",
        "12.03.2024 kl. 14:02 - {Bo Hjort} («social- og sundhedsassistent») har set dine oplysninger",
        "OUH Svendborg Sygehus; Medicinsk afdeling; {Per Nyborg}; «sygeplejerske»; Opslag i journal; 02.04.2024 03:12",
        "OUH Svendborg Sygehus; Geriatrisk afdeling; {Kirsten Lund}; «overlæge»; Opslag i medicinkort; 03.04.2024 09:41",
        "user={lind} action=view record=plejejournal ts=2024-03-13T02:10",
        "user={ravn} action=edit record=sårjournal ts=2024-03-13T10:05",
        "user={munk} action=view record=besøgsplan ts=2024-01-12T07:40",
        "user={birk} action=view record=genoptræningsplan ts=2024-04-04T11:00",
        "{KOL} 03-04 09:14 Journal læst",
        "{PN} 02-04 03:12 Journal læst",
        "Opslag: {Henrik Bjørn} (Lægehuset Møllergade) - Fælles Medicinkort - 22.02.2024",
        "Adgang: {Mai Svane}, Svendborg Kommune, Sundhed og Omsorg, 01.04.2024",
        "Sidst set af: {Ioana Vasilescu}, 13.03.2024 12:10",
        "2024-03-13 04:11 {okko} ({Oksana Kovalenko}) læste Faldregistrering",
        "13/03/2024 02:10:45;{lind};{Agnieszka Kowalska-Lind};Nattevagt;Opslag",
        "13/03/2024 21:20:02;{mdcr};{Maricel Dela Cruz};Aftenvagt;Medicinadministration",
        "14/03/2024 08:03:10;{iova};{Ioana Vasilescu};Dagvagt;Medicinadministration",
        "14/03/2024 09:15:44;{rogd};{Rógvi Dahl};Dagvagt;Opslag",
        "15/03/2024 11:00:00;{evkj};{Eva Kjær};Ledelse;Opslag",
        "Bruger: {hebj} - «Læge» - Opslag i FMK",
        "Bruger {kilu} (Region Syddanmark) har set: Epikrise",
        "Bruger {pnyb} har set: Sygeplejenotat",
        "Bruger {dafa} har set: Ergoterapeutisk vurdering",
        "Bruger {masv} har set: Ernæringsscreening",
        "RSYD\\{kilu} 03.04.2024 09:14",
        "SVENDBORG\\{hjort} 12.03.2024 14:02",
        "Log-ID 88213 | 2024-01-12 07:41 | {Ib Munk} | Hjemmeplejen Syd | Besøgsregistrering",
        "Adgangslog: 02.04 03:12 {Nyborg, Per} - Medicinsk afd. M",
        "Opslag foretaget af {Dela Cruz, Maricel} den 13.03.2024",
        "{Rógvi Dahl} ({rogd}) 14.03 09:15",
        "Portør [Per Holm] har set: Transportbestilling; {Per Nyborg} har set: Sygeplejenotat",
    ],
)

addall(
    "lk_sms_mail",
    [
        "SMS fra Rosenhaven: Hej Jan, din mor har haft en god dag og spist det hele 😊 Hilsen {Bo}",
        "SMS: Hej Jan. Ellen er faldet i nat, ingen skader. Ring hvis du vil. {Oksana}, nattevagt",
        "Sms til søn: Mor har feber 38,5, vi har ringet til lægen. Mvh {Rasmus}",
        "Fra: {Eva Kjær} &lt;{eva.kjaer}«@svendborg.dk»&gt;\nTil: [Jan Skov]\nEmne: Værelse til din mor",
        "Fra: [Jan Skov]\nTil: {rasmus.ravn}«@svendborg.dk»\nEmne: Sår på hælen",
        "Til: {bo.hjort}«@svendborg.dk»\nCc: {eva.kjaer}«@svendborg.dk»\nEmne: Frisør og tøj",
        "Hej {Bo}\nKan du sørge for at mor får sin blå kjole på til [Sol]s konfirmation? Vh [Jan]",
        "Kære {Rasmus}, tak for opringningen i går. Vi kommer lørdag. [Jan] og <Mai>",
        "Hej {Maricel}! Tak fordi du sang for mor i går aftes. Hilsen [Jan]",
        "Kære {Eva}. Jeg er ikke tilfreds med, at mor sad i våd ble i to timer. Mvh [Jan Skov]",
        "Svar: Kære Jan. Jeg beklager meget og har talt med personalet. Venlig hilsen {Eva Kjær}",
        "Besked fra {Aviaja}: Ellen spurgte efter dig i aften, Jan.",
        "SMS 21:40 fra {Maricel}: Ellen sover nu. Godnat 🙂",
        "Hej Jan, det er {Ioana} fra Rosenhaven. Mor mangler tandpasta og shampoo.",
        "Hej Jan. {Rógvi} her. Vi skal bruge en ny høreapparat-batteri pakke.",
        "Jan skriver: Tak {Rógvi}, jeg køber dem i morgen.",
        "Hej {Ib}, mor siger du er den bedste. Tak for de 3 år. Jan",
        "Mail fra [Jan] til {Kirsten Lund}: Må vi få kopi af scanningen?",
        "Fra: {kirsten.lund}«@rsyd.dk»\nEmne: Svar vedr. din mor\nKære Jan Skov, ...",
        "Fra: {mai.svane}«@svendborg.dk»\nTil: [Jan Skov]\nEmne: Proteindrik",
        "Fra: Hukommelsesklinikken v/ [Lone Hjort]\nPå vegne af {Kirsten Lund}",
        "E-mail: Hej Jan, jeg ringer dig op i morgen ang. hjælpemidler. Mvh {Dan}, «ergoterapeut»",
        "Hej Jan, beklager vi ikke nåede gåturen i dag. Mvh {Sol} («fys»)",
        "&gt; {Per Nyborg} skrev:\n&gt; Din mor er overflyttet til M2",
        "SMS til [Jan]: Mor spiser bedre nu. {Mai} («diætist»)",
        "Hej Jan. Lægen kommer kl 14. /{Rasmus} spl.",
        "fra {okko}: ellen ok i nat",
        "Hej {Oksana}, tak for beskeden, jeg kommer kl 9. Jan",
        "Hi Jan, this is {Maricel} from Rosenhaven. Your mom had a nice evening.",
        "Godmorgen {Agnieszka}, hvordan var natten? Jan",
        "Kære {Henrik Bjørn}\nVedr. min mor [Ellen Skov], cpr udeladt.\nVenlig hilsen\n[Jan Skov]",
        "Emne: Tak for i dag\nFra: [Jan Skov]\nTil: {Aviaja Brink}, {Maricel Dela Cruz}",
        "Cc: {ioana.vasilescu}«@svendborg.dk»; {rogvi.dahl}«@svendborg.dk»",
        "Afsender: {agnieszka.kowalska-lind}«@svendborg.dk»",
        "Jan har skrevet til {Eva} og {Rasmus} om julefrokosten.",
    ],
)

addall(
    "lk_html",
    [
        "&lt;p&gt;Morgenpleje ved {Bo Hjort}.&lt;/p&gt;",
        "&lt;b&gt;Udført af:&lt;/b&gt;&nbsp;{Ioana Vasilescu}",
        "&lt;td&gt;{Rógvi Dahl}&lt;/td&gt;&lt;td&gt;dag&lt;/td&gt;",
        "&lt;li&gt;{Maricel Dela Cruz}&nbsp;(aften)&lt;/li&gt;",
        "Plejeplan&nbsp;opdateret&nbsp;af&nbsp;{Rasmus&nbsp;Ravn}",
        "&lt;span class=&quot;author&quot;&gt;{Eva Kjær}&lt;/span&gt;",
        "Kontakt:&nbsp;{Kirsten&nbsp;Lund},&nbsp;«overlæge»",
        "&lt;p&gt;Hej Jan,&lt;br&gt;Mor sov godt.&lt;br&gt;Hilsen {Oksana}&lt;/p&gt;",
        "{Aviaja Brink} &amp; {Bo Hjort} har hjulpet med flytning.",
        "&lt;tr&gt;&lt;td&gt;08:00&lt;/td&gt;&lt;td&gt;{BH}&lt;/td&gt;&lt;td&gt;medicin&lt;/td&gt;&lt;/tr&gt;",
        "Til:&nbsp;{per.nyborg}«@rsyd.dk»",
        "&lt;i&gt;sign. {AK}&lt;/i&gt;",
        "Sendt af {Mai&nbsp;Svane} via Digital Post",
        "&lt;div&gt;«Ergoterapeut»:&nbsp;{Dan Faaborg}&lt;/div&gt;",
        "«Fysioterapeut»&amp;nbsp;{Sol Birk}",
    ],
)

addall(
    "lk_english",
    [
        "Evening shift ({Maricel}): Ellen was restless, I sat with her and we prayed together.",
        "Ellen refused her dinner. {Maricel Dela Cruz} tried again at 7 pm.",
        "Night: Ellen woke at 2 am, {Oksana} gave her warm milk.",
        "Handover to {Bo}: Ellen slept well, no pain.",
        "I informed nurse {Rasmus} about the red heel.",
        "Ellen asked for her husband again. {Aviaja} and I told her he passed away.",
        "Please ask {Bo} to call Jan about the hairdresser.",
        "Shower done by {Rógvi}, nails cut.",
        "Blood sugar 8.1, measured by {Ioana}.",
        "Spoke with «Dr.» {Bjørn} on the phone, he will come tomorrow.",
        "Ellen fell in the bathroom, found by {Agnieszka} at 03:40.",
        "Told {Eva} («the manager») about the complaint from the son.",
        "«Physio» {Sol Birk} says Ellen can walk 20 m with the walker.",
        "«Dietitian» {Mai Svane} wants her weighed every Friday.",
        "{Maricel} and {Aviaja} helped Ellen to bed, 2 carers because of the fever.",
        "Note by {MDC}: son Jan visited 6-7 pm, Ellen happy.",
        "Ellen says {Oksana} is her 'night angel'.",
        "Ask {Rasmus} if we can stop the paracetamol.",
    ],
)

addall(
    "lk_typos",
    [
        "«ssh» {Ioana Vasilesku} har givet medicin kl 8.",
        "«ssa» {Agnieska Kowalska-Lind} tilså kl 02.",
        "«Nattevagt» {Oksanna} fandt pt. på gangen.",
        "«ssh» {Oksana Kovalenco}: uro kl 03.",
        "«Overlæge» {Kirstne Lund} har vurderet MMSE.",
        "«Overlæge» {Kirsten Lnud} ordinerede plaster.",
        "«Læge» {Henrik Bjørm} kommer kl 14.",
        "«Læge» {Henrik Bjorn} kommer torsdag.",
        "«Centerleder» {Eva Kjaer} har svaret på klagen.",
        "«ssa» {Rogvi Dahl} har givet bad.",
        "«Sygeplejerske» {Rasmus Ravm} skiftede forbinding.",
        "«Sygeplejerske» {Rasmsu} har talt med lægen.",
        "«ssh» {Maricell Dela Cruz} gav aftenmedicin.",
        "«Ergoterapeut» {Dan Fåborg} har bestilt badebænk.",
        "«Ergoterapeut» {Dan Faborg} har afprøvet pude.",
        "«Sygeplejerske» {Per Nybrog} fjernede kateter.",
        "«Diætist» {Mai Svanne} har lavet kostplan.",
        "«ssa» {Aviaja Brinck} hjalp i seng.",
        "«Fysioterapeut» {Sol Brik} gik med pt.",
    ],
)


# ============================================================================= OVER-HIDE TRAPS
addall(
    "ow_words",
    [
        "[Ellen] vil gerne [bo] her, siger hun i dag.",
        "Hun spørger, hvor hun skal [bo], når hun kommer hjem.",
        "[Bo] i egen bolig var ikke længere muligt i januar.",
        "[Ellen] så en [hjort] i haven fra vinduet og blev glad.",
        "[Hjorten] på billedet minder hende om [Bent]s jagtture.",
        "Der stod tre [hjorte] ved skovbrynet på gåturen.",
        "[Ravnen] sidder på taget hver morgen; [Ellen] kalder den Hugo.",
        "En [ravn] har bygget rede i det store træ ved P-pladsen.",
        "Smerterne er [lindret] efter panodil.",
        "[Lind] hud på hælen, ingen tryksår.",
        "Vi har sat en [birk] i krukke på terrassen.",
        "[Birketræet] har mistet bladene.",
        "Gåtur i [skoven] med besøgsvennen.",
        "Hun elsker at høre [Bach] på grammofonen.",
        "Billedet hænger på en [krog] over sengen.",
        "[Krogen] til lift-selen er knækket - pedel kontaktet.",
        "Vi gik en tur ned til [vangen] ved åen.",
        "Kirkegården har en ny [mindelund].",
        "Hun har boet i [lunden] ved stranden i 40 år.",
        "Udsigt til [holmen] fra terrassen.",
        "Hun taler om en [munk] hun så i en film.",
        "[Munken] på Brahetrolleborg-billedet er en kendt figur.",
        "[Rosen] i vindueskarmen er fra barnebarnet.",
        "[Svanerne] i havnen er kommet tilbage.",
        "Hun fodrede [svanen] ved havnen med sønnen.",
        "En [due] har sat sig på altanen.",
        "Min [kære] mor - skrev [Jan] på kortet.",
        "Stolen står på [brinken] ved søen på billedet.",
        "Hun ligger på [kanten] af sengen - fare for fald.",
        "En [bjørn] i plys sidder altid i hendes seng.",
        "Solen skinnede, og vi sad i [solen] en time.",
        "[Sol] og varme i dag - ekstra væske.",
        "[Liv] og død: [Ellen] ønsker ikke genoplivning.",
        "Der var [ro] på afdelingen i nat.",
        "Mange [kim] i urinen - UVI behandles.",
        "Blodsukker [max] 12 i dag.",
        "Proteindrik 125 ml [per] gang.",
        "Hun siger [OK] til at få bad.",
        "alt [ok] i nat",
        "Ny [BH] købt af sønnen, str. 80B.",
        "Hun [danser] gerne til harmonikamusik.",
        "Plejeplanen er [evalueret] 15.03.",
        "Vi har talt om [kjærlighed] og savn.",
        "Vi sang 'I [skovens] dybe stille [ro]' til morgensang.",
        "Kaffe med [krogede] fingre - brug krus med to hanke.",
    ],
)

addall(
    "ow_places",
    [
        "[Ellen] er født i [Faaborg] og flyttede til [Svendborg] i 1962.",
        "Søster [Gerda Ravn] bor i [Nyborg].",
        "Genoptræning foregår i [Faaborg Sundhedshus].",
        "Hun blev opereret på [Nyborg Sygehus] i 1998.",
        "Familien havde sommerhus på [Thurø].",
        "Sønnen bor på [Tåsinge] med sin familie.",
        "Hun arbejdede som lærer i [Ringe] og [Assens].",
        "Udflugt til [Hjortø] med båd fra [Svendborg].",
        "Besøg fra [Birkholm] Plejehjem til fælles sang.",
        "[Lindø]-værftet lukkede, da [Bent] gik på pension.",
        "Daghjemmet [Lindely] tilbød dagpladser i efteråret.",
        "[Munkebo] Kirke - hun blev gift der.",
        "Sønnen bor på [Ravnebjergvej] i [Odense].",
        "Adresse før indflytning: [Svanevej] 4, [Svendborg].",
        "Plejecenter [Rosenhaven], [Brinken] 12, [Svendborg].",
        "Kørsel til OUH [Odense] med Flextrafik.",
        "Hun taler om [Dahlsvej], hvor hun boede som barn.",
        "Fisk fra [Bjørnø] røgeri.",
        "Kjærsgaard bageri leverer kage. Hun kan lide [Kjærsgaard]s kringle.",
        "OUH [Svendborg] Sygehus, Medicinsk afdeling M.",
        "Tandplejen i [Nyborg] har overtaget journalen.",
        "[Faaborg-Midtfyn] Kommune sendte journalen.",
        "Hun var på ferie i [Lund] i Sverige med [Bent].",
        "Sommer i [Skovby] ved [Assens].",
        "[Vang] Kirke er lukket for renovering.",
        "[Danmarkskortet] hænger på væggen.",
        "[Krogsbølle] - hendes barndomshjem.",
        "Kurbadet i [Bad Birnbach] var hendes sidste rejse.",
        "[Nyborg Strand] - sølvbryllup i 2002.",
        "Hun siger hun skal med toget til [Ringe].",
    ],
)

addall(
    "ow_abbrev",
    [
        "Kendt med [KOL] og hypertension.",
        "[KOL] i exacerbation? Saturation 89 %.",
        "Diagnoser: Alzheimers demens, [KOL], atrieflimren.",
        "Er i [AK]-behandling med Eliquis 2,5 mg x 2.",
        "[AK] pauseres før tandudtrækning.",
        "[PN]-medicin: paracetamol 1 g max x 4.",
        "Givet [PN] haloperidol 0,5 mg kl 22.",
        "[IV] antibiotika skiftet til peroral.",
        "Pt. får [iv] væske 1 l over 8 timer.",
        "B12 [IM] hver 3. måned.",
        "Injektion [im] i lår.",
        "[RR] 134/82, puls 88.",
        "[Hb] 6,9 - kontrol om en uge.",
        "[HB] lav, jerntilskud startet.",
        "Medbeboer med [MS] sidder ved samme bord.",
        "[AB] startet: amoxicillin 750 mg x 3.",
        "[AB]-kur afsluttet 12.04.",
        "[OK] fra søn til vaccination.",
        "[pH] 7,31 i arteriepunktur.",
        "Drik 200 [ml] ekstra per måltid.",
        "[BT] 128/76, [RR] ikke målt.",
        "[UVI] mistænkt; urinstix positiv.",
        "[DM] 2 - kostbehandlet.",
        "[SC] insulin ikke aktuelt.",
        "[OBS] delirium ved feber.",
        "[SAT] 94 % uden ilt.",
        "[EKG]: atrieflimren, frekvens 92.",
        "[CRP] 145, [Hb] 7,1.",
        "Hun har altid stemt på [DF], siger hun.",
        "Kørsel: [SB] (siddende befordring) til OUH.",
        "Opfølgning i [AMK] aftalt.",
        "[ADL]: hjælp til alt.",
        "Ingen [MMSE] i dag, pt. for træt.",
        "[IM]-injektion af B12 givet i venstre lår.",
        "[AB]-resistens ikke påvist i urinen.",
    ],
)

addall(
    "ow_usernames",
    [
        "hun så en [hjort] ved hegnet",
        "[lind] og blød hud efter creme",
        "[ravn] på taget igen i dag",
        "hun ligner en [munk] i den brune kåbe, griner hun",
        "på [brinken] af søen",
        "[birk] og gran i skoven",
        "on the [brink] of tears all evening",
        "[Lind] vind i dag, vi gik ud.",
        "Hun er [Birkelund]-klubbens ældste medlem.",
        "Sønnen tog billeder af en [ravn] og en [hjort] på turen.",
        "Han var [munk] i en skoleforestilling, fortæller hun.",
        "Det er en [lind], ikke en [birk], siger hun om træet.",
    ],
)

addall(
    "ow_relatives",
    [
        "Søn [Jan Skov] har fuldmagt og ønsker at blive kontaktet ved ændringer.",
        "[Jan] besøgte sin mor i eftermiddag.",
        "Svigerdatter [Mai Skov] har taget vasketøjet med hjem.",
        "Min kone [Mai] kommer på torsdag, skriver [Jan].",
        "[Mai] (svigerdatter) har købt nye sko.",
        "Barnebarn [Ask] (19) spillede guitar for hende.",
        "Barnebarnet [Sol] (12) har tegnet en tegning til værelset.",
        "[Sol Skov] (12) sang til fødselsdagen.",
        "Hun taler om sin afdøde mand [Bent].",
        "[Bent Skov] døde i 2019; hun tror han er på arbejde.",
        "Søster [Gerda Ravn] (90) ringer hver søndag.",
        "[Fru Ravn] (søster) har sendt blomster.",
        "[Gerda] har været på besøg med sin søn.",
        "Hun spurgte: 'Hvor er [Bent]?' og græd.",
        "[Ellen Skov], 86 år, indlagt med pneumoni.",
        "[Ellen] har fødselsdag 17. maj.",
        "[Fru Skov] vil gerne have kaffe med fløde.",
        "[Jan] og <Mai> har været på ferie; [Ask] har besøgt hende.",
        "[Sol] (barnebarn) og [Ask] (barnebarn) kom med kage.",
        "Sønnens kone, [Mai], er sygeplejerske i [Odense] og har spurgt til medicinen.",
        "[Jan Skov] (søn, fuldmagt) deltog i mødet.",
        "Hun kalder sønnen '[Bent]' - forveksler ham med sin mand.",
        "[Ellen]s søster [Gerda] bor på plejehjem i [Nyborg].",
        "Hun har fået besøg af barnebarnet [Sol] og svigerdatteren [Mai].",
        "[Mor] og [Jan] har set billeder fra [Thurø].",
    ],
)

addall(
    "ow_colleagues",
    [
        "Pedel [Bo Rosen] har repareret sengen.",
        "Pedel [Bo] har skiftet pæren i loftlampen.",
        "[Bo Rosen] (pedel) har hængt billeder op.",
        "Lægesekretær [Lone Hjort] har sendt indkaldelsen.",
        "Sekretær [Hjort] har rettet adressen.",
        "Fysioterapeut [Anna Lind] har holdt stolegymnastik.",
        "[Anna Lind] (fys., Rosenhaven) har vurderet gangfunktion.",
        "Fys. [Lind] fra træningen: gangdistance 40 m.",
        "Køkkenet ([Maricel Santos]) har lavet blød kost.",
        "[Maricel Santos] fra køkkenet har bagt boller til caféen.",
        "Portør [Per Holm] kørte pt. til røntgen.",
        "Portør [Per] hentede pt. kl 10.",
        "Lægesekretær [Mette Lund] har booket tid.",
        "Sekretær [Lund] har sendt epikrisen.",
        "Aktivitetsmedarbejder [Sol Andersen] havde banko i dag.",
        "[Sol Andersen] (aktiviteter) har lavet sangeftermiddag.",
        "Sagsbehandler [Ole Munk] har oprettet værgemålssag.",
        "Sagsbehandler [Munk] har ringet til sønnen.",
        "Farmaceut [Jonas Bjørn] har ændret dosisrullen.",
        "Farmaceut [Bjørn] fra apoteket har ringet.",
        "Reservelæge [Henrik Møller] har ordineret væske.",
        "Reservelæge [Henrik] har set pt. i nat.",
        "Jurist [Eva Krog], Familieretshuset, har sendt høringsbrev.",
        "Familieretshuset v/ [Eva Krog].",
        "Tandlæge [Kim Vang] fra omsorgstandplejen har undersøgt tænderne.",
        "Farmaceut [Max Due] har ekspederet ny dosisrulle.",
        "[ML] 14.04 - skrevet efter diktat.",
        "Indkaldelse sendt af [LH].",
        "Dosisrulle kontrolleret af [JB].",
        "Set af [KV], omsorgstandplejen.",
        "[Per Holm] og [Mette Lund] har fået besked.",
        "[Henrik Møller], reservelæge, M.",
    ],
)

addall(
    "ow_unlisted",
    [
        "Sognepræst [Jens Kjær] har holdt gudstjeneste i dagligstuen.",
        "Præsten, [Kjær], kommer hver anden torsdag.",
        "Besøgsven [Inge Brink] har gået tur med [Ellen].",
        "[Inge Brink] (frivillig) læser højt om tirsdagen.",
        "Frisør [Tina Svane] har klippet og permanentet.",
        "[Tina Svane] kommer igen om 6 uger.",
        "Medbeboer [Aase Nyborg] (stue 14) sidder altid ved siden af [Ellen].",
        "[Aase Nyborg] og [Ellen] har været uvenner ved middagen.",
        "Medbeboer [Holger Dahl] har forvekslet værelser.",
        "[Holger Dahl] (stue 9) gik ind på [Ellen]s stue kl 02.",
        "Frivillig [Inge] har taget kage med.",
        "Fru [Nyborg] fra stue 14 har fået besøg.",
        "Hr. [Dahl] spiller kort med [Ellen].",
        "Frisøren ([Svane]) har fået ny tid.",
        "Pastor [Kjær] holdt andagt.",
    ],
)


# ============================================================================= MIXED PROBES
addall(
    "mx_words",
    [
        "{Bo Hjort} siger, [Ellen] gerne vil [bo] her nu.",
        "{bo} har talt med ellen om at [bo] her",
        "{Bo} viste [Ellen] en [hjort] i haven.",
        "{Rasmus Ravn}: [ravnen] på taget gør hende urolig.",
        "{Agnieszka} har givet panodil, smerterne er [lindret].",
        "«nattevagt» {Lind} har [lindret] med varmepude.",
        "{Sol Birk}: pt. gik ud i [solen] med rollator.",
        "«fys.» {Birk} og pt. gik til [birketræet] og tilbage.",
        "{Dan Faaborg} spurgte til hendes barndom i [Faaborg].",
        "{Per Nyborg} talte med pt. om søsteren i [Nyborg].",
        "{Per} gav 2 tabl. [per] os kl 22.",
        "{Mai Svane}: pt. fylder år 17. [maj], ønsker lagkage.",
        "{Mai} («diætist») så [svanerne] i havnen med pt.",
        "{Ib Munk} har set film om en [munk] med [Ellen].",
        "{Kirsten Lund}: pt. har [KOL] og demens.",
        "«overlæge» {Lund} ved stuegang: [KOL] stabil. Sign. {KOL}",
        "[AK]-behandling fortsættes. Sign. {AK}",
        "[IV] antibiotika seponeret. /{IV}",
        "Givet [PN] panodil. /{PN}",
        "[RR] 120/70. sign. {RR}",
        "[Hb] 7,0 - {HB} informeret.",
        "[AB] startet i dag. {AB} har givet 1. dosis.",
        "nat [ok]. sign {OK}",
        "[OK], siger [Ellen] til {Oksana}.",
        "{Oksana}: alt [ok] i nat.",
        "[B12] [IM] givet. sign. {IM}",
        "{Eva Kjær}: [kære] [Jan], tak for din mail.",
        "{Aviaja Brink} fandt hende på [brinken] ved søen.",
        "{Rógvi Dahl} plantede [dahliaer] med [Ellen].",
        "{Henrik Bjørn} gav [Ellen] hendes [bjørn] i sengen.",
        "{Maricel}: [ro] på stuen fra kl 21.",
        "{Ioana} gav [max] 1 g paracetamol.",
        "Ny [BH] købt; {BH} har hjulpet med at prøve den.",
        "{MS}: ingen mistanke om [MS]; 200 [ml] ekstra proteindrik.",
        "Vi har talt om [livet], siger {Maricel Dela Cruz}.",
        "{Rasmus} har målt [RR] og [Hb].",
        "{Sol Birk} og [Sol] (12) gik tur sammen.",
    ],
)

addall(
    "mx_people",
    [
        "Pedel [Bo Rosen] og «ssa» {Bo Hjort} monterede lift sammen.",
        "pedel [Bo] og «ssa» {Bo} har flyttet sengen.",
        "Sekretær [Lone Hjort] og «ssa» {Bo Hjort} er ikke i familie.",
        "Fys. [Anna Lind] og «nattevagt» {Agnieszka Kowalska-Lind} har lavet faldplan.",
        "Køkkenets [Maricel Santos] og aftenvagt {Maricel Dela Cruz} har lavet flødeis.",
        "Portør [Per Holm] og «spl.» {Per Nyborg} fulgte pt. til CT.",
        "Sekretær [Mette Lund] har booket tid hos «overlæge» {Kirsten Lund}.",
        "Aktivitetsmedarbejder [Sol Andersen] og «fys.» {Sol Birk} holdt stolegymnastik.",
        "Sagsbehandler [Ole Munk] har bedt om udtalelse fra «ssh» {Ib Munk}.",
        "Farmaceut [Jonas Bjørn] har ringet til «læge» {Henrik Bjørn}.",
        "Reservelæge [Henrik Møller] og «egen læge» {Henrik Bjørn} har talt sammen.",
        "Jurist [Eva Krog] har skrevet til «centerleder» {Eva Kjær}.",
        "Svigerdatter [Mai Skov] har talt med «diætist» {Mai Svane}.",
        "[Mai] (svigerdatter) og «diætist» {Mai} talte om proteindrik.",
        "Søster [Gerda Ravn] har talt med «spl.» {Rasmus Ravn}; de er ikke i familie.",
        "«spl.» {Ravn} ringede til [fru Ravn] i [Nyborg].",
        "Barnebarn [Sol] (12) og «fys.» {Sol} gik sammen til kiosken.",
        "Medbeboer [Aase Nyborg] og «spl.» {Per Nyborg} - samme efternavn, ikke i familie.",
        "Medbeboer [Holger Dahl] og «ssa» {Rógvi Dahl} spillede kort.",
        "Sognepræst [Jens Kjær] har talt med «centerleder» {Eva Kjær} om andagt.",
        "Frivillig [Inge Brink] og «ssa» {Aviaja Brink} tog [Ellen] med til havnen.",
        "Frisør [Tina Svane] og «diætist» {Mai Svane} kom samme dag.",
        "[Jan Skov] har talt med {Bo Hjort} om [Bent]s gamle ur.",
        "[Ellen] kalder {Rógvi} for [Bent] i dag.",
        "[Ask] (19) hjalp {Aviaja} med at rede seng.",
        "Sønnen [Jan] og «læge» {Henrik} talte om behandlingsniveau.",
        "{Per Nyborg} gav besked til portør [Per Holm].",
        "sekretær [Lund] og «overlæge» {Lund} har svaret.",
        "farmaceut [Bjørn] og «læge» {Bjørn} er enige.",
        "sekretær [Hjort] og «ssa» {Hjort} - ingen relation.",
    ],
)

addall(
    "mx_notes",
    [
        "Overlevering aften → nat:\n- [Ellen] urolig kl 20, talte om [Bent] ({maricel})\n- [RR] 140/80\n- søn [Jan] ringede kl 21, ring tilbage i morgen ({bo})",
        "Indflytningssamtale 02.03.\nDeltagere: [Ellen Skov], søn [Jan Skov], svigerdatter [Mai Skov], «centerleder» {Eva Kjær}, kontaktperson {Bo Hjort}.\nReferent: {EK}",
        "Pårørendemøde: [Jan] spurgte til [AK]-behandlingen. {Rasmus Ravn} forklarede. [Mai] (svigerdatter) ønsker referat.",
        "Indlæggelse M: [Ellen Skov] 86 år, [KOL], demens. «Overlæge» {Kirsten Lund} har talt med søn [Jan Skov]. Søster [Gerda Ravn] informeret af {Per Nyborg}.",
        "Udskrivelse: [Ellen] til [Rosenhaven]. «Ergo» {Dan Faaborg} har bestilt hjælpemidler; [Bo Rosen] (pedel) monterer.",
        "Værgemål: [Ole Munk] (sagsbehandler) har modtaget udtalelser fra {Eva Kjær} og «læge» {Henrik Bjørn}. [Jan Skov] foreslås som værge.",
        "Kost: {Mai Svane} og køkkenet ([Maricel Santos]) har lavet plan; svigerdatter [Mai] bringer hjemmelavet suppe.",
        "Tandpleje: tandlæge [Kim Vang]. Mundpleje 2 x dgl. ved personalet ({Ioana}, {Aviaja}).",
        "Jul på Rosenhaven: [Ellen] sang med præsten [Jens Kjær]. Barnebarn [Sol] (12) og [Ask] (19) kom med sønnen. {Maricel} bagte.",
        "Dosisdispensering: ændring ved {Henrik Bjørn}, ekspederet af [Max Due], kontrolleret af [Jonas Bjørn]. Sign. {RR}",
        "Hjemmeplejen jan.: {Ib Munk} fandt komfuret tændt. Sagsbehandler [Ole Munk] orienteret. Søn [Jan] kontaktet.",
        "Aften: {aviaja} og frivillig [Inge Brink] tog [Ellen] med til havnen, så [svanerne]. [Ellen] glad.",
    ],
)

# ============================================================================= DEBATABLE
addall(
    "db_bare",
    [
        "<Bo> har hængt gardinerne op.",
        "<Bo> ringer i morgen.",
        "<Hjort> har sendt brevet.",
        "<Lind> kommer kl 10.",
        "<Maricel> har været inde hos hende.",
        "<Per> har hentet hende.",
        "<Lund> har skrevet til dig.",
        "<Sol> kom forbi i dag.",
        "<Munk> har ringet.",
        "<Bjørn> har ringet om medicinen.",
        "<Henrik> har svaret på mailen.",
        "<Eva> har skrevet brevet.",
        "<Mai> har ringet og spurgt til hende.",
        "<Ravn> har ringet.",
        "Hilsen <Mai>",
        "<Nyborg> har ringet om besøget.",
        "<Dahl> har været inde på stuen.",
        "<Kjær> kommer torsdag.",
        "<Brink> har været på besøg.",
        "<Svane> har fået ny tid.",
        "Talt med <Bo> om det.",
        "Spørg <Sol> om gåturen.",
    ],
)


def main(verbose=False):
    run(STAFF, OTHERS, RELATIVES, CITIZEN, P, verbose=verbose)


if __name__ == "__main__":
    main(verbose="-v" in sys.argv)
