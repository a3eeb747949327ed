"""Where the woman is in her pregnancy and what comes next in the Danish standard programme.

Source of the programme: Sundhedsstyrelsen, *Anbefalinger for svangreomsorgen* (2. udgave
2021, opdateret 2022), https://www.sst.dk/da/udgivelser/2021/anbefalinger-for-svangreomsorgen
— the basic programme for a pregnancy without complications: consultations with the general
practitioner around weeks 6–10, 25 and 32; with the midwife around weeks 29, 35, 37, 39 and 41
(the last only while the birth has not happened); the offer of an early scan (first-trimester
risk assessment, nakkefoldsscanning) at weeks 11–14 and of the malformation scan at weeks 18–20.
Women with more needs get more (the recommendations' levels 2–4); the professionals book those
visits as appointments, which the overview lists with the programme.

Gestational age is counted from the due date: 280 days (40+0) at the due date; *30+2* means 30
completed weeks and 2 days.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

FULL_TERM_DAYS = 280

SOURCE = (
    "Sundhedsstyrelsen: Anbefalinger for svangreomsorgen, 2. udgave 2021 (opdateret 2022), "
    "https://www.sst.dk/da/udgivelser/2021/anbefalinger-for-svangreomsorgen"
)


@dataclass(frozen=True)
class Step:
    key: str
    profession: str  # gp | midwife | sonographer
    first_week: int
    last_week: int
    title: str
    text: str


PROGRAMME: tuple[Step, ...] = (
    Step("laege-1", "gp", 6, 10, "1. undersøgelse hos egen læge", "Graviditeten bekræftes, terminen beregnes, og svangrejournalen oprettes. Du henvises til jordemoder, scanning og fødested."),
    Step("scanning-1", "sonographer", 11, 14, "Tilbud om 1. trimester-scanning", "Nakkefoldsscanning og risikovurdering for kromosomafvigelser; terminen fastlægges."),
    Step("scanning-2", "sonographer", 18, 20, "Tilbud om misdannelsesscanning", "Scanning af fosterets organer, moderkagens placering og fostervandet."),
    Step("laege-2", "gp", 25, 25, "2. undersøgelse hos egen læge", "Blodtryk, urin, vægt og fosterets vækst (symfyse-fundus-mål)."),
    Step("jordemoder-29", "midwife", 29, 29, "Konsultation hos jordemoder", "Blodtryk, urin, fosterets vækst og hjertelyd; snak om fødslen og tiden efter."),
    Step("laege-3", "gp", 32, 32, "3. undersøgelse hos egen læge", "Blodtryk, urin, vægt og fosterets vækst og stilling."),
    Step("jordemoder-35", "midwife", 35, 35, "Konsultation hos jordemoder", "Fosterets stilling og vækst; plan for fødslen."),
    Step("jordemoder-37", "midwife", 37, 37, "Konsultation hos jordemoder", "Blodtryk, urin og fosterets vækst og stilling."),
    Step("jordemoder-39", "midwife", 39, 39, "Konsultation hos jordemoder", "Blodtryk, urin og fosterets vækst; tegn på fødsel."),
    Step("jordemoder-41", "midwife", 41, 41, "Konsultation hos jordemoder (hvis du ikke har født)", "Kontrol efter terminen og plan for igangsættelse."),
)  # fmt: skip

#: "around week N": a visit within this many weeks either side counts for the step
SLACK_WEEKS = 1


def gestational_days(due: date, on: date) -> int:
    """Days of pregnancy on ``on`` (280 on the due date)."""
    return FULL_TERM_DAYS - (due - on).days


def week_and_days(due: date, on: date) -> tuple[int, int]:
    """Completed weeks and days (``30+2`` = (30, 2)); negative days count as week 0."""
    d = max(0, gestational_days(due, on))
    return d // 7, d % 7


def date_of_week(due: date, week: int, day: int = 0) -> date:
    """The date on which the pregnancy reaches ``week``+``day``."""
    return due - timedelta(days=FULL_TERM_DAYS - (week * 7 + day))


def week_text(weeks: int, days: int) -> str:
    w = "uge" if weeks == 1 else "uger"
    d = "dag" if days == 1 else "dage"
    return f"{weeks}+{days} ({weeks} {w} og {days} {d})"


@dataclass
class StepState:
    step: Step
    first: date
    last: date
    state: str  # done | planned | now | next | later | missed
    when: date | None = None  # the visit or appointment that covers it


def plan(
    due: date,
    today: date,
    visits: list[tuple[str | None, date]],
    appointments: list[tuple[str | None, date]],
) -> list[StepState]:
    """The programme's steps with their dates and state. ``visits``/``appointments`` are
    (profession, date) of what happened and what is booked."""
    out = []
    used: set[tuple[str | None, date]] = set()  # a visit or booking covers one step only
    for step in PROGRAMME:
        first = date_of_week(
            due, step.first_week - (SLACK_WEEKS if step.first_week == step.last_week else 0)
        )
        last = date_of_week(
            due, step.last_week + (SLACK_WEEKS if step.first_week == step.last_week else 0), 6
        )
        lo, hi = first - timedelta(days=7 * SLACK_WEEKS), last + timedelta(days=7 * SLACK_WEEKS)

        def match(
            items: list[tuple[str | None, date]],
            lo: date = lo,
            hi: date = hi,
            who: str = step.profession,
        ) -> date | None:
            hits = [
                (p, d)
                for p, d in items
                if p in (who, None) and lo <= d <= hi and (p, d) not in used
            ]
            if not hits:
                return None
            best = min(hits, key=lambda x: x[1])
            used.add(best)
            return best[1]

        done = match([(p, d) for p, d in visits if d <= today])
        booked = None if done else match([(p, d) for p, d in appointments if d >= today])
        if done:
            state, when = "done", done
        elif booked:
            state, when = "planned", booked
        elif first <= today <= last:
            state, when = "now", None
        elif today < first:
            state, when = "later", None
        else:
            state, when = "missed", None
        out.append(StepState(step, first, last, state, when))
    unbooked = [s for s in out if s.state == "later"]
    if unbooked:  # the first step still to come that nothing is booked for yet
        unbooked[0].state = "next"
    return out
