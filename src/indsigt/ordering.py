"""Creating protection orders: one service for the administrators' web form and the HTTP API.

The API sends the contract's order JSON; the web form sends what an administrator chose (whom the
order is toward, a department or some of its staff, dates typed in Danish, the citizen by CPR
number). :func:`items_from_form` turns the form into the contract's items; both then go through
:func:`create_orders`, which leaves every check to the order administration
(:func:`indsigt.protect.orders.add_orders`: all or none, Danish errors, audit trail).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy.orm import Session

from .errors import Invalid

MAX_ORDERS = 10_000


@dataclass
class OrderForm:
    """What the administrator chose on the form."""

    kind: str
    #: the citizen's CPR number (or, after step 1, their id) for a patient-kind order
    citizen: str = ""
    organization: str = ""
    #: "afdeling" (the whole department) or "udvalgte" (the staff chosen)
    whom: str = "udvalgte"
    staff: list[str] = field(default_factory=list)
    start: date | None = None
    end: date | None = None
    #: "no end date" chosen: until revoked ("until": null)
    open_ended: bool = False
    reason: str = ""
    mode: str = "pseudonym"
    keep_title: bool = True
    note: str = ""
    decided_by: str | None = None


def items_from_form(session: Session, form: OrderForm, *, today: date) -> list[dict[str, Any]]:
    """The contract's order items for what the form says (Invalid, in Danish, for what is
    missing; everything else is checked by the order administration)."""
    from .lookups import patient_by_cpr_or_id

    base: dict[str, Any] = {
        "from": (form.start or today).isoformat(),
        "reason": form.reason,
        "mode": form.mode,
        "keep_title": form.keep_title,
        "decided_by": form.decided_by,
        "note": form.note.strip() or None,
    }
    # the period exactly as chosen (contract section 2): a date; "no end" (null: until revoked);
    # or, with neither, no "until" at all, which gives the default period (90 days for one
    # citizen or one staff member; a department stands until revoked)
    if form.end is not None and form.open_ended:
        raise Invalid("Vælg enten en slutdato eller »ingen slutdato«, ikke begge.")
    if form.end is not None:
        base["until"] = form.end.isoformat()
    elif form.open_ended:
        base["until"] = None
    staff = [s for s in form.staff if s]
    if form.kind == "patient":
        patient = patient_by_cpr_or_id(session, form.citizen)
        if patient is None:
            raise Invalid("Vælg den borger, ordren gælder over for (CPR-nummer).")
        if form.whom == "afdeling":
            if not form.organization:
                raise Invalid("Vælg afdelingen.")
            return [
                {
                    **base,
                    "kind": "patient",
                    "patient": patient.id,
                    "organization": form.organization,
                }
            ]
        if not staff:
            raise Invalid("Vælg mindst én medarbejder, eller vælg hele afdelingen.")
        return [{**base, "kind": "patient", "patient": patient.id, "staff": staff}]
    if form.kind == "organization":
        if not form.organization:
            raise Invalid("Vælg afdelingen.")
        return [{**base, "kind": "organization", "organization": form.organization}]
    if form.kind == "staff":
        if not staff:
            raise Invalid("Vælg mindst én medarbejder.")
        return [{**base, "kind": "staff", "staff": s} for s in staff]
    raise Invalid("Vælg, hvem ordren gælder over for.")


def create_orders(session: Session, data: Any, *, actor: str) -> list[str]:
    """Add orders (the contract's JSON: one object or a list; all or none). Returns their ids."""
    from .protect.orders import add_orders

    if isinstance(data, list) and len(data) > MAX_ORDERS:
        raise Invalid(f"Højst {MAX_ORDERS:,} ordrer ad gangen.".replace(",", "."))
    return add_orders(session, data, actor=actor)


def create_from_form(session: Session, form: OrderForm, *, actor: str, today: date) -> list[str]:
    """The web form's action: map, then :func:`create_orders`."""
    return create_orders(session, items_from_form(session, form, today=today), actor=actor)
