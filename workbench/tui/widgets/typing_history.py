"""Undo steps of typing as a translator expects them: a word at a time, or the typing before a pause.

Textual's `EditHistory` (the text area's undo) groups keystrokes into one step until a pause of
2 s, 100 characters, a line break, a paste, or a change between typing and deleting. A sentence
typed without a pause was one step: the first ctrl+z took it all back. And a word typed over a
selection was cut after its first letter (the replacement of the selection is one kind of edit,
the letters after it another): «1923» typed over «1925» came back as «1» at the first ctrl+z
(userday45). Here, on top of Textual's rules, a step also ends where a new word begins (a
character typed after a space, as word processors group typing), and the word typed over a
selection is one step with the selection it replaced, so ctrl+z brings the selection back whole.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from textual.document._edit import Edit
from textual.document._history import EditHistory

PAUSE = 2.0
"""Seconds without a key after which typing starts a new step (Textual's own)."""

MOST_STEPS = 500
"""Steps of typing kept per segment (Textual's default of 50 is 50 words with steps per word)."""

MOST_CHARACTERS = 100
"""Characters in one step at most (Textual's own): a long run without spaces is still cut."""


@dataclass
class TypingHistory(EditHistory):
    """The text area's edit history, with a step per word and a typed-over selection in one step."""

    _last_typed: str = field(init=False, default="")
    """The character the latest edit typed ("" when it typed none, or more than one: a paste)."""

    @classmethod
    def made(cls) -> TypingHistory:
        return cls(max_checkpoints=MOST_STEPS, checkpoint_timer=PAUSE, checkpoint_max_characters=MOST_CHARACTERS)

    def record(self, edit: Edit) -> None:
        result = edit._edit_result
        typed = edit.text if len(edit.text) == 1 and edit.text != "\n" else ""
        replaced = result.replaced_text if result is not None else ""
        if typed and not typed.isspace() and self._last_typed.isspace() and not replaced and self._words_in_step():
            self.checkpoint()  # a word begins: the word before it, with its space, is a step of its own
        super().record(edit)
        if typed and replaced and "\n" not in replaced:
            # Typed over a selection: the letters typed next join this step (Textual would start a
            # new one, the next edit being an insertion where this one replaced).
            self._previously_replaced = False
        self._last_typed = typed

    def _words_in_step(self) -> bool:
        """Whether the latest step typed more than spaces (a space typed first joins the word after it)."""
        return bool(self._undo_stack) and any(edit.text.strip() for edit in self._undo_stack[-1])

    def clear(self) -> None:
        super().clear()
        self._last_typed = ""
