"""Going to segment N and back: where a number leads, and the history of jumps.

A translator jumps (go to 812, a finding, a search hit) and wants to return
to where they were, as a browser's back and forward do. The history holds
segment ids, not row numbers: a merge or a filter renumbers rows but not
the segments a person visited.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from workbench.core.project import Segment
from workbench.errors import InputError
from workbench.wording import N_

HISTORY_LIMIT = 100
"""Jumps remembered; older ones fall off."""


QUOTED_AT_MOST = 40
"""Characters of a refused number quoted back (a paste may hold a million)."""


def typed_whole_number(digits: str, most: int) -> int | None:
    """`digits` as a number from 0 to `most` when it is written in ASCII digits, else None.

    `str.isdigit` passes digits `int` refuses ('²', '①': ValueError), and `int` refuses a
    number of over 4,300 digits (ValueError again): either, typed or pasted into the app's
    go-to or given to `replace --form`, ended it in a traceback. A number with more digits
    than `most` is past it without being read."""
    if not (digits.isascii() and digits.isdigit()):
        return None
    significant = digits.lstrip("0") or "0"
    if len(significant) > len(str(most)):
        return most + 1
    return int(significant)


def parse_position(text: str, count: int) -> int:
    """The 1-based segment number a person typed ("812", " 1 204 "), checked against `count`."""
    digits = "".join(text.split()).replace(",", "").replace("\u00a0", "")
    position = typed_whole_number(digits, count)
    if position is None:
        raise InputError.worded(N_("a segment number is a whole number from 1 to {count}, not {text!r}"), count=count, text=text.strip()[:QUOTED_AT_MOST])
    if not 1 <= position <= count:
        raise InputError.worded(N_("there is no segment {position}: the project has {count}"), position=digits.lstrip("0")[:QUOTED_AT_MOST] or "0", count=count)
    return position


def index_of_position(shown: Sequence[Segment], position: int) -> int | None:
    """The row of the segment numbered `position` in `shown` (project order, maybe filtered); None if hidden."""
    # Rows are in project order, so positions ascend: a binary search, not a scan of 50,000.
    index = bisect_left(shown, position, key=lambda segment: segment.position)
    if index < len(shown) and shown[index].position == position:
        return index
    return None


@dataclass
class JumpHistory:
    """Back and forward over the segments jumped from and to (ids)."""

    back: list[int] = field(default_factory=list)
    forward: list[int] = field(default_factory=list)

    def jumped(self, from_id: int | None, to_id: int) -> None:
        """A jump from one segment to another: back returns to `from_id`; forward is forgotten."""
        if from_id is None or from_id == to_id:
            return
        if not self.back or self.back[-1] != from_id:
            self.back.append(from_id)
            del self.back[:-HISTORY_LIMIT]
        self.forward.clear()

    def go_back(self, current_id: int | None, exists: Callable[[int], bool] | None = None) -> int | None:
        """The segment to return to (None: nowhere); `current_id` becomes forward's."""
        return self._step(self.back, self.forward, current_id, exists)

    def go_forward(self, current_id: int | None, exists: Callable[[int], bool] | None = None) -> int | None:
        return self._step(self.forward, self.back, current_id, exists)

    @staticmethod
    def _step(pop_from: list[int], push_to: list[int], current_id: int | None, exists: Callable[[int], bool] | None) -> int | None:
        while pop_from:
            target = pop_from.pop()
            if target == current_id or (exists is not None and not exists(target)):
                continue  # a segment merged away since: skip it
            if current_id is not None:
                push_to.append(current_id)
            return target
        return None
