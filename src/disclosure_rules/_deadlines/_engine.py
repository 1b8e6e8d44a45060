"""The deadline engine: from a request's history (or an item's dates) to its due date, status, findings and trace.

Counting conventions (each is said again in the trace of every answer):

* The day of receipt (or of formation) is not counted; counting starts the next day. The rule is cited as in force
  on that day: 《民法通则》第一百五十四条 before 2017-10-01, 《民法总则》第二百零一条 from 2017-10-01, 《民法典》第二百零一条
  from 2021-01-01. A rule set may set ``count_receipt_day`` to count it. The due date is always a working day.
* A request received on a rest day counts as received on the next working day, and counting starts the day after
  that (``RuleSet.rest_day_receipt = "next_working_day"``, the default: practice, and a 2017 court decision on a
  Sunday e-mail request); ``"as_received"`` keeps the rest day as the receipt day, so the first working day after
  it is day 1. The trace says which reading applied, with its source.
* A pause (第三十三条第三款: consultation time not counted; and, by rule-set choice, the fee payment period) stops
  the clock on the day the letter or notice goes out — that day still counts — and restarts it the day after the
  answer or payment arrives. A pause covering k working days moves the due date by exactly k working days. A
  pause that begins on or after the due date moves nothing: the period had already run out.
* A pause never runs past the period the other side has to answer: 15 working days for a third party (第三十二条)
  or another agency (第三十四条), 20 working days for a fee payment (国办函〔2020〕109号). A late answer restarts
  the clock at the end of that period.
* A correction notice (第三十条) stops the reply period altogether; it runs afresh from receipt of the corrected
  request.
* An extension (第三十三条第二款) counts only once it is both approved and notified, and only if notified on or
  before the due date as it stands that day (a consultation or fee notice still outstanding has stopped the clock,
  so the period has not run out); it adds working days and never shortens anything.
* A period ends at 24:00 of its last day (《民法典》第二百零三条第二款, earlier 《民法总则》/《民法通则》 likewise): a reply, publication or as-of day after the
  due date is late or overdue even when only rest days lie between (late by 0 working days).

Where each part lives: ``_clock`` (working days, pauses, lateness), ``_request`` (receipt, one handler per event
kind, status), ``_proactive`` (publication deadlines) and ``_trace`` (the words of the trace and the findings,
written once for both).
"""

from __future__ import annotations

from disclosure_rules._deadlines._proactive import proactive_deadline
from disclosure_rules._deadlines._request import request_deadline

__all__ = ["proactive_deadline", "request_deadline"]
