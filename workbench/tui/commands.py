"""Every user action, defined once: its key binding, its palette entry and its help line.

A `Command` produces the Textual `Binding` (with a kebab-case `id`, so users
can remap keys, and a tooltip) and the command-palette entry ("segment:
confirm"); the help screen lists the same tables. Screens and widgets take
their `BINDINGS` from one table here, so a key, its footer label and its
palette title can never drift apart.

Titles and labels are msgids (marked with `N_`) translated when a binding or
palette entry is built.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from textual.binding import Binding, BindingType

from workbench.tui.i18n import N_, _

if TYPE_CHECKING:
    from textual.app import App
    from textual.screen import Screen


@dataclass(frozen=True)
class Command:
    """One action a person can take, however they reach it."""

    id: str
    """Kebab-case id; also the binding id, so a keymap can rebind it."""
    title: str
    """Palette title, `area: verb` ("segment: confirm"); a msgid."""
    label: str
    """Short footer label; a msgid."""
    help: str
    """One sentence for the palette and the help screen; a msgid."""
    action: str
    """Textual action run in the screen's namespace (`screen.` / `app.` prefixes allowed)."""
    keys: str = ""
    """Comma-separated keys; empty for palette-only commands."""
    show: bool = True
    """Whether the footer shows it."""
    priority: bool = False
    """Checked before the focused widget's own keys (navigation that must work while typing)."""
    key_display: str | None = None
    spare: bool = False
    """The footer may leave it out when its line is too narrow (F1 and the palette still list it)."""


def keys_shown(app: App[Any], command: Command) -> str:
    """The command's keys as the footer draws them (`alt+g`, `/`), for the help and the palette."""
    if not command.keys:
        return ""
    return " ".join(app.get_key_display(Binding(key, command.action, key_display=command.key_display))
                    for key in command.keys.split(","))


def taken_here(screen: Screen[Any], command: Command) -> Binding | None:
    """The binding of another action that one of the command's keys runs where the screen's focus
    stands (the target text's ctrl+z undoes typing, not the last saved edit), or None: the palette
    says it beside the command's key, as the footer does (userday44)."""
    def target(action: str, node: object) -> tuple[object, str]:
        """Where an action runs and its name: `app.`/`screen.` say so, a bare name runs on its node."""
        for prefix, namespace in (("app.", screen.app), ("screen.", screen)):
            if action.startswith(prefix):
                return namespace, action.removeprefix(prefix)
        return node, action

    wanted = target(command.action, screen)
    active = screen.active_bindings
    for key in filter(None, command.keys.split(",")):
        found = active.get(key)
        if found is not None and target(found.binding.action, found.node) != wanted:
            return found.binding
    return None


def bindings(commands: Iterable[Command]) -> list[BindingType]:
    """Textual bindings for the commands that have keys, labels translated."""
    return [
        Binding(
            command.keys,
            command.action,
            _(command.label),
            show=command.show,
            key_display=command.key_display,
            priority=command.priority,
            tooltip=_(command.help),
            id=command.id,
        )
        for command in commands
        if command.keys
    ]


def spare_actions() -> frozenset[str]:
    """Actions of the footer keys that give way first on a narrow screen (`FittingFooter`)."""
    return frozenset(command.action for command in all_commands() if command.spare)


APP = (
    Command("app-help", N_("app: keys and help"), N_("Help"),
            N_("List every key binding and command."), "app.show_help", "f1", priority=True),
    Command("team-sync", N_("team: sync now"), N_("Team sync"),
            N_("Send the queued changes to the team server and take the team's term changes, verdicts, comments "
               "and the segments teammates confirmed."),
            "app.team_sync"),
    Command("view-project", N_("view: project"), N_("Project"),
            N_("Languages, documents, progress and the import, align, check and export actions."),
            "app.switch_mode('project')", "f2", show=False, priority=True),
    Command("view-alignment", N_("view: alignment editor"), N_("Align"),
            N_("Review and correct sentence pairs side by side."),
            "app.switch_mode('align')", "f3", show=False, priority=True),
    Command("view-translation", N_("view: translation editor"), N_("Translate"),
            N_("Translate and review segment by segment, with terms, findings and memory."),
            "app.switch_mode('translate')", "f4", show=False, priority=True),
    Command("view-findings", N_("view: findings"), N_("Findings"),
            N_("Every finding of the project, filtered by check and severity."),
            "app.switch_mode('findings')", "f5", show=False, priority=True),
    Command("view-termbase", N_("view: termbase"), N_("Terms"),
            N_("Search, browse, add and edit concepts and terms."),
            "app.switch_mode('termbase')", "f6", show=False, priority=True),
    Command("app-palette", N_("app: command palette"), N_("Commands"),
            N_("Search every command by name."), "app.command_palette", "ctrl+p", show=False, priority=True),
    Command("app-theme", N_("app: toggle dark and light theme"), N_("Theme"),
            N_("Switch between the dark and the light theme."), "app.toggle_theme", "ctrl+t", show=False),
    Command("project-stats", N_("project: statistics and analysis"), N_("Statistics"),
            N_("Words, characters and segments per status and document, and the memory analysis in bands."),
            "app.show_statistics"),
    Command("memory-pretranslate", N_("memory: pre-translate empty targets"), N_("Pre-translate"),
            N_("Fill empty targets from memory matches at or above the score you pick; they stay drafts, "
               "marked M in the grid (one undo step)."), "app.pretranslate"),
    Command("review-changes", N_("review: tracked changes"), N_("Review"),
            N_("Every confirmed target changed since, as a word diff against the translator's version; "
               "e exports an HTML report."), "app.show_review"),
    Command("app-quit", N_("app: quit"), N_("Quit"),
            N_("Leave the workbench; every edit is already saved."), "app.quit", "ctrl+q", show=False,
            priority=True),
)

PROJECT = (
    Command("project-import", N_("project: import documents"), N_("Import"),
            N_("Import an English text and its Russian translation (aligned on import)."),
            "import_documents", "i"),
    Command("project-update", N_("project: update a document from a new version"), N_("Update"),
            N_("Replace a document by its new version (a revised text, a vendor's re-delivery): unchanged "
               "pairs keep their translation, status, comments and acceptances, changed ones keep theirs as a "
               "fuzzy draft, new ones come in empty, removed ones go (one undo step)."),
            "update_document"),
    Command("document-mark-mt", N_("document: mark its drafts as machine translation"), N_("Mark MT"),
            N_("For a client's machine translation imported unmarked: the drafts of the document under the cursor "
               "show as MT (the MT filter, T in the grid) until a person edits or confirms them (one undo step)."),
            "mark_machine_translation"),
    Command("project-align", N_("project: align"), N_("Align"),
            N_("Align every document again, keeping the pairs a person confirmed or edited."),
            "align_project", "a"),
    Command("project-check", N_("project: run checks"), N_("Check"),
            N_("Run every enabled QA check over the whole project."), "check_project", "c"),
    Command("project-export", N_("project: export"), N_("Export"),
            N_("Write the project as TMX, TSV, XLIFF or the translated text, or its memories as one TMX."),
            "export_project", "x"),
    Command("project-check-settings", N_("project: check settings"), N_("Check settings"),
            N_("Switch checks on or off, change their severity and options for this project (saved in "
               "project.toml at once)."), "check_settings", "s", spare=True),
    Command("project-open", N_("project: open another project"), N_("Open"),
            N_("Open the project in another folder."), "open_project", "o"),
    Command("memory-import", N_("memory: import a TMX file"), N_("Import TM"),
            N_("Import a TMX or TSV file into the translation memory; a file of the same name replaces "
               "that memory. Export writes every memory as one TMX."), "import_memory", "m", spare=True),
    Command("memory-replace", N_("memory: replace in imported memories"), N_("Replace in TM"),
            N_("Mend a translation in every imported memory (exact text, a pattern or any inflected form): "
               "a preview first, then one step that the undo takes back."), "memory_replace"),
    Command("memory-undo", N_("memory: undo the last replace"), N_("Undo TM replace"),
            N_("Put back the targets the last memory replace changed, where nothing changed them since."),
            "memory_undo"),
)

TRANSLATION = (
    Command("segment-confirm", N_("segment: confirm"), N_("Confirm"),
            N_("Save the target, mark the segment translated and go to the next one."),
            "confirm_segment", "ctrl+s", spare=True),
    Command("segment-review", N_("segment: mark reviewed"), N_("Review"),
            N_("Save the target, mark the segment reviewed and go to the next one."),
            "review_segment", "ctrl+r", spare=True),
    Command("segment-draft", N_("segment: mark draft"), N_("Draft"),
            N_("Put the segment back to draft."), "draft_segment"),
    Command("segment-edit", N_("segment: edit target"), N_("Edit"),
            N_("Move the cursor into the target text (or just start typing on the list: the text goes at the target's end)."), "edit_target", "enter", show=False),
    Command("segment-list", N_("segment: back to the list"), N_("List"),
            N_("Leave the target text (it is saved) and move in the segment list."),
            # Before the focused widget's keys, as `enter` in the target is: an `enter` typed right
            # after `escape` must find the grid, not the target the escape was leaving.
            "focus_grid", "escape", show=False, priority=True),
    Command("segment-next", N_("segment: next"), N_("Next"),
            N_("Save and go to the next segment."), "next_segment", "ctrl+down", show=False),
    Command("segment-previous", N_("segment: previous"), N_("Previous"),
            N_("Save and go to the previous segment."), "previous_segment", "ctrl+up", show=False),
    Command("segment-next-open", N_("segment: next unconfirmed"), N_("Next open"),
            N_("Go to the next segment that is not confirmed yet."), "next_unconfirmed", "ctrl+n"),
    Command("segment-next-finding", N_("segment: next with a finding"), N_("Next finding"),
            N_("Go to the next segment with a finding of the checks (round the end)."),
            "next_finding", "alt+n", show=False, priority=True),
    Command("segment-previous-finding", N_("segment: previous with a finding"), N_("Previous finding"),
            N_("Go to the previous segment with a finding of the checks (round the start)."),
            "previous_finding", "alt+p", show=False, priority=True),
    Command("segment-goto", N_("segment: go to number"), N_("Go to"),
            N_("Go to the segment with the number you type (alt+left comes back)."),
            "go_to", "alt+g", show=False, priority=True),
    Command("segment-back", N_("segment: back to where you were"), N_("Back"),
            N_("Return to the segment you jumped from (go to, a finding, a search hit)."),
            "jump_back", "alt+left", show=False, priority=True),
    Command("segment-forward", N_("segment: forward again"), N_("Forward"),
            N_("Go forward again to the segment you came back from."),
            "jump_forward", "alt+right", show=False, priority=True),
    Command("segments-filter", N_("segments: filter"), N_("Filter"),
            N_("Show only segments by status, finding, text (plain, regex, any inflected form), term, "
               "confidence or comments; the filter shows above the list."),
            # Not alt+f: a terminal sends it as ESC f, which Textual reads as ctrl+right (iTerm's
            # word-right), so it never arrived. `l` as in mutt's "limit" to a pattern.
            "filter_segments", "alt+l", show=False, priority=True),
    Command("segments-show-all", N_("segments: show all"), N_("Show all"),
            N_("Clear the filter and show every segment again."), "clear_filter", "alt+a", show=False,
            priority=True),
    Command("target-replace", N_("target: search and replace"), N_("Replace"),
            N_("Replace text in every target (plain, regex, whole word, case, or any inflected form with "
               "the replacement in the same form), after a preview where space leaves a change out and f "
               "chooses another form for a match; one undo step."),
            "replace_in_targets", "alt+r", show=False, priority=True),
    Command("comment-add", N_("comment: add"), N_("Comment"),
            N_("Write a comment on this segment for the translator or the editor."),
            "add_comment", "alt+c", show=False, priority=True),
    Command("comment-resolve", N_("comment: resolve"), N_("Resolve"),
            N_("Mark an open comment of this segment resolved."), "resolve_comment", "alt+k", show=False,
            priority=True),
    Command("segment-reject", N_("segment: reject (send back to the translator)"), N_("Reject"),
            N_("Send this segment back to its translator with a comment saying why; it shows as rejected (✗) until "
               "it is confirmed again, in every copy of a team project after a sync."),
            # Beside alt+c (comment) and alt+k (resolve): a reviewer's keys, x for the ✗ it leaves.
            # memoQ's ctrl+shift+enter does not reach a program through a terminal.
            "reject_segment", "alt+x", show=False, priority=True),
    Command("segments-rejected", N_("segments: show the rejected"), N_("Rejected"),
            N_("Show only the segments a reviewer sent back and nobody has confirmed again."), "show_rejected"),
    Command("segments-machine", N_("segments: show the unreviewed machine translations"), N_("Unreviewed MT"),
            N_("Show only the targets machine translation filled (an XLIFF's mt-suggestion) that nobody has "
               "edited or confirmed yet (T in the grid)."), "show_machine_translations"),
    Command("team-resolve-segment", N_("team: resolve this segment's conflict"), N_("Resolve conflict"),
            N_("Show the teammate's translation held against this segment (≠) beside yours, with who wrote "
               "it, and keep one: m yours, t theirs (an edit ctrl+z undoes)."),
            "resolve_team_conflict"),
    Command("target-copy-source", N_("target: copy the source"), N_("Copy source"),
            N_("Replace the target with the source text, to keep names, numbers or a quotation as they are "
               "(ctrl+z in the target brings the old text back)."),
            "copy_source", "alt+i", show=False, priority=True),
    Command("target-select-all", N_("target: select all"), N_("Select all"),
            N_("Select the whole target text: what you type next replaces it, backspace clears it (F7 in "
               "the target text does the same; ctrl+a there goes to the start of the line)."),
            "select_target"),
    Command("tag-insert", N_("tag: insert next source tag"), N_("Tag"),
            N_("Insert the first inline tag of the source that the target lacks (tags stay whole)."),
            "insert_tag", "alt+t", show=False, priority=True),
    Command("spelling-suggest", N_("spelling: suggestions or add to the dictionary"), N_("Spelling"),
            N_("For the misspelt target word at the cursor (or the first one): replace it with a suggestion, "
               "or add it to the project dictionary."), "spelling_suggestions", "alt+s", show=False, priority=True),
    Command("term-insert", N_("term: insert approved term"), N_("Term"),
            N_("Insert an approved Russian term of this segment, in the case and number you pick."),
            # Spare since session 45: at 80 columns the footer's ctrl+z, which says what it undoes, and
            # ctrl+r, the reviewer's key, go before it (it is a key of typing, in F1 and the palette).
            "insert_term", "ctrl+g", spare=True),
    Command("term-add", N_("term: add"), N_("Add term"),
            N_("Add a term to the termbase from the text selected in the editor."), "add_term", "ctrl+l", spare=True),
    Command("memory-insert", N_("memory: insert match"), N_("Match"),
            N_("Replace the target with the chosen translation-memory match."), "insert_match", "ctrl+b", spare=True),
    Command("memory-concordance", N_("memory: concordance search"), N_("Search TM"),
            N_("Search a word or phrase in the translation memory."), "concordance", "ctrl+f", spare=True),
    Command("finding-accept", N_("finding: accept as false positive"), N_("Accept finding"),
            N_("Silence the chosen finding of this segment, with a reason."), "accept_finding"),
    Command("term-other-sense", N_("term: another sense of the word here"), N_("Other sense"),
            N_("Say once that a term's word is used in another sense in this segment (the term highlighted "
               "in the term panel, or the finding in the findings panel): findings of it in the same context "
               "are downgraded, saying why."), "mark_other_sense"),
    Command("panel-next", N_("view: next side panel"), N_("Panel"),
            N_("Show the next side panel: terms, findings, memory."), "next_panel", "f8"),
    Command("panel-toggle", N_("view: show or hide the side panel"), N_("Side panel"),
            N_("Show or hide the terms, findings and memory panels."), "toggle_panel", "f9", show=False),
    # Shown, and named for what it takes back: in the target text ctrl+z undoes the typing
    # (`TARGET_EDITOR`), and the footer named neither (userday44).
    Command("edit-undo", N_("edit: undo"), N_("Undo edit"),
            N_("Undo the last saved segment edit and go to it (inside the target text, ctrl+z undoes typing)."),
            "undo", "ctrl+z"),
    Command("edit-redo", N_("edit: redo"), N_("Redo"),
            N_("Redo the edit undone last and go to it."), "redo", "ctrl+y", show=False),
    Command("edit-history", N_("edit: history"), N_("History"),
            N_("List the latest edits, this session's and earlier ones, and undo back to one."),
            # Not a priority key: in the target text f7 selects it all ("target: select all").
            "edit_history", "f7", show=False),
)

TARGET_EDITOR = (
    Command("target-confirm-next", N_("segment: confirm and go to the next"), N_("Confirm+next"),
            N_("In the target text, Enter saves it, marks the segment translated and opens the next one "
               "(as in OmegaT)."), "screen.confirm_segment", "enter", priority=True),
    Command("target-line-break", N_("segment: line break in the target"), N_("Line break"),
            N_("In the target text, start a new line (Enter confirms instead)."),
            "line_break", "ctrl+j,alt+enter", priority=True, key_display="ctrl+j", show=False),
    Command("target-undo-typing", N_("text: undo typing"), N_("Undo typing"),
            N_("In the target text, take back what was typed (the last saved edit: edit: undo, from the list)."),
            "undo", "ctrl+z"),
    # Textual's own key, named here so that F1 and the palette say what ctrl+y does in the text.
    Command("target-redo-typing", N_("text: redo typing"), N_("Redo typing"),
            N_("In the target text, bring back the typing ctrl+z took back, a word at a time (the last "
               "undone edit: edit: redo, from the list)."),
            "redo", "ctrl+y", show=False),
)
"""Keys of the target text itself: Enter never slips a line break into a target; ctrl+z there
undoes typing (a word at a time, `typing_history`), which the footer says where the list's ctrl+z
says it undoes the last saved edit; ctrl+y types it again."""

FINDINGS_PANEL = (
    Command("finding-accept-panel", N_("finding: accept as false positive"), N_("Accept"),
            N_("Silence the chosen finding of this segment, with a reason."), "screen.accept_finding", "a"),
    Command("finding-other-sense-panel", N_("finding: another sense of the word here"), N_("Other sense"),
            N_("Say once that a term finding's word is used in another sense here (a bird's bill, not an "
               "invoice): findings of the term in the same context are downgraded, saying why."),
            "screen.mark_other_sense", "o"),
)
"""Keys of the findings panel in the translation editor (they work while it has focus)."""

TERM_PANEL = (
    Command("term-other-sense-panel", N_("term: another sense of the word here"), N_("Other sense"),
            N_("Say once that the highlighted term's word is used in another sense in this segment: "
               "findings of it in the same context are downgraded, saying why."),
            "screen.mark_other_sense", "o"),
)
"""Keys of the term panel in the translation editor (they work while it has focus)."""

ALIGNMENT = (
    Command("bead-unlock", N_("bead: unlock pair"), N_("Unlock"),
            N_("Unlock this pair: the next re-alignment may change it."), "unlock_bead", "U", show=False),
    Command("bead-lock", N_("bead: lock pair"), N_("Lock"),
            N_("Lock this pair as correctly aligned (re-alignment keeps it) and go to the next one; "
               "its translation status is not changed."), "lock_bead", "l,space"),
    Command("bead-lock-above", N_("bead: lock all pairs above a confidence"), N_("Lock above"),
            N_("Lock every pair whose alignment confidence is at least the value you pick (one undo step)."),
            "lock_above", "L", show=False),
    Command("bead-mark-translated", N_("segment: mark all aligned drafts translated"), N_("Mark translated"),
            N_("For a bitext that is already a translation: every aligned draft pair becomes translated "
               "(one undo step), so a TMX export includes it."), "mark_drafts_translated"),
    Command("bead-merge-next", N_("bead: merge with next"), N_("Merge next"),
            N_("Join this pair with the one below it."), "merge_next", "m"),
    Command("bead-merge-previous", N_("bead: merge with previous"), N_("Merge prev"),
            N_("Join this pair with the one above it."), "merge_previous", "M", show=False),
    Command("bead-split", N_("bead: split"), N_("Split"),
            N_("Split a pair of several sentences in two."), "split_bead", "s", spare=True),
    Command("bead-target-down", N_("bead: move last Russian sentence to next pair"), N_("RU↓"),
            N_("Give the last target sentence of this pair to the pair below."),
            "move_sentence('target', 'next')", "right_square_bracket", key_display="]", spare=True),
    Command("bead-target-up", N_("bead: move first Russian sentence to previous pair"), N_("RU↑"),
            N_("Give the first target sentence of this pair to the pair above."),
            "move_sentence('target', 'previous')", "left_square_bracket", key_display="[", spare=True),
    Command("bead-source-down", N_("bead: move last English sentence to next pair"), N_("EN↓"),
            N_("Give the last source sentence of this pair to the pair below."),
            "move_sentence('source', 'next')", "right_curly_bracket", key_display="}", show=False),
    Command("bead-source-up", N_("bead: move first English sentence to previous pair"), N_("EN↑"),
            N_("Give the first source sentence of this pair to the pair above."),
            "move_sentence('source', 'previous')", "left_curly_bracket", key_display="{", show=False),
    Command("bead-next-weak", N_("bead: next unlocked low-confidence pair"), N_("Next weak"),
            N_("Jump to the next pair the aligner was unsure of that nobody locked yet."),
            "next_weak", "n"),
    Command("bead-previous-weak", N_("bead: previous unlocked low-confidence pair"), N_("Prev weak"),
            N_("Jump back to the previous unsure, unlocked pair."), "previous_weak", "p", show=False),
    Command("bead-find", N_("bead: find text"), N_("Find"),
            N_("Go to the next pair whose English or Russian text holds the words you type (any case, ё as е)."),
            "find_text", "slash", key_display="/", show=False),
    Command("bead-find-next", N_("bead: find the same text again"), N_("Find next"),
            N_("Go to the next pair holding the text found last."), "find_next", "f", show=False),
    Command("bead-goto", N_("bead: go to pair number"), N_("Go to"),
            N_("Go to the pair with the number you type: a place in a long book, found in the translation "
               "editor or a report."), "go_to", "alt+g", show=False, priority=True),
    Command("edit-undo-bead", N_("edit: undo"), N_("Undo"),
            N_("Undo the last edit and go to the pairs it changed."), "undo", "u,ctrl+z"),
    Command("edit-redo-bead", N_("edit: redo"), N_("Redo"),
            N_("Redo the edit undone last and go to it."), "redo", "r,ctrl+y", spare=True),
    Command("edit-history-bead", N_("edit: history"), N_("History"),
            N_("List the latest edits, this session's and earlier ones, and undo back to one."),
            "edit_history", "f7", show=False),
)

FINDINGS = (
    Command("finding-open", N_("finding: go to its segment"), N_("Go to"),
            N_("Open the segment of the chosen finding in the translation editor."), "open_finding", "enter"),
    Command("finding-accept-listed", N_("finding: accept as false positive"), N_("Accept"),
            N_("Silence the chosen finding, with a reason, while its segment stays unchanged."),
            "accept_finding", "a"),
    Command("finding-correct-ocr", N_("finding: correct the OCR error in the source"), N_("Correct"),
            N_("Mend the word an OCR finding flags in the source (its likely repair offered); one undo step. "
               "A flag in the target opens the translation editor on it."),
            "correct_finding", "e"),
    Command("finding-add-to-dictionary", N_("finding: add its words to the project dictionary"), N_("Dictionary"),
            N_("Add the words a spelling finding names (all or one) to the project dictionary; every "
               "finding of those words goes."), "add_to_dictionary", "d"),
    Command("finding-other-sense", N_("finding: another sense of the word here"), N_("Other sense"),
            N_("Say once that a term finding's word is used in another sense here (a bird's bill, not an "
               "invoice): findings of the term in the same context are downgraded, saying why."),
            "mark_other_sense", "o", spare=True),
    Command("finding-confirm-term", N_("finding: the term itself here"), N_("Is the term"),
            N_("Confirm that a term finding's word is the term here: a context like this one is never taken "
               "for another sense."), "confirm_term", "t", show=False),
    Command("finding-senses", N_("finding: sense answers"), N_("Senses"),
            N_("List the words marked as another sense or confirmed as the term; the one chosen is "
               "forgotten and its findings come back."), "list_senses", "S", show=False),
    Command("finding-revoke-accepted", N_("finding: report an accepted one again"), N_("Accepted"),
            N_("List the findings accepted as false positives, with their reasons; the one chosen is "
               "reported again (an acceptance made by mistake)."), "revoke_accepted", "A", show=False),
    Command("findings-undo", N_("findings: undo"), N_("Undo"),
            N_("Undo the last thing done in this view: an acceptance, a comment resolved, a sense answer, a source "
               "correction, words added to the dictionary."), "undo", "u,ctrl+z", show=False),
    Command("findings-redo", N_("findings: redo"), N_("Redo"),
            N_("Do again what the undo in this view took back."), "redo", "ctrl+y", show=False),
    Command("findings-refresh", N_("findings: run checks again"), N_("Re-check"),
            N_("Run every enabled check over the project again."), "refresh_findings", "R"),
    Command("findings-check-settings", N_("findings: check settings"), N_("Settings"),
            N_("Switch checks on or off, change their severity and options for this project (saved in "
               "project.toml at once); the findings are checked again on closing."), "check_settings", "s",
            spare=True),
    Command("findings-filter-check", N_("findings: filter by check"), N_("Check filter"),
            N_("Choose which check's findings to list."), "focus_filter('check')", "f", show=False),
    Command("findings-filter-severity", N_("findings: filter by severity"), N_("Severity filter"),
            N_("Choose which severity to list."), "focus_filter('severity')", "v", show=False),
)

TERMBASE = (
    Command("termbase-search", N_("term: search"), N_("Search"),
            N_("Search concepts by any of their terms."), "focus_search", "slash", key_display="/"),
    Command("termbase-add", N_("term: add concept"), N_("Add"),
            N_("Add a concept with its English and Russian terms."), "add_concept", "n"),
    Command("termbase-edit", N_("term: edit concept"), N_("Edit"),
            N_("Edit the chosen concept and the statuses of its terms."), "edit_concept", "e"),
    Command("termbase-merge", N_("term: merge a duplicate into this concept"), N_("Merge"),
            N_("Join a concept that shares a term with the chosen one into it (its terms, notes and "
               "definition kept) and delete it."), "merge_concept", "m"),
    Command("termbase-delete", N_("term: delete concept"), N_("Delete"),
            N_("Delete the chosen concept from the termbase."), "delete_concept", "delete"),
    Command("termbase-filter", N_("term: show only some concepts"), N_("Filter"),
            N_("Show only the concepts with no target term, with a deprecated or superseded term, with no "
               "definition, or sharing a source term with another; the search still applies."),
            "filter_concepts", "f"),
    Command("termbase-sort", N_("term: sort the concepts"), N_("Sort"),
            N_("List the concepts in the termbase's order, or alphabetically by their source or target term."),
            "sort_concepts", "s"),
    Command("termbase-extract", N_("term: extract candidates from the segments"), N_("Extract"),
            N_("Propose the nouns and noun phrases the segments use often, with their likely equivalents, to "
               "accept into the termbase, correct or reject."), "extract_terms", "t", spare=True),
    Command("termbase-import", N_("term: import a TBX, CSV or TSV file"), N_("Import"),
            N_("Import a client's termbase file into the project's termbase (a concept of the same id is "
               "replaced); what it could not keep is said."), "import_terms", "i", spare=True),
    Command("termbase-export", N_("term: export to TBX, CSV or TSV"), N_("Export"),
            N_("Write every concept the project uses to a file; a .tbx goes out as TBX v2, which OmegaT, "
               "Trados and memoQ read."), "export_terms", "x", spare=True),
)

CONCEPT_FORM = (
    Command("concept-save", N_("concept: save"), N_("Save"),
            N_("Write the concept to the project's termbase and close the form; enter in any field does it too."),
            "save", "enter", priority=True),
    Command("concept-add-term", N_("concept: add a term row"), N_("+ term"),
            N_("One more term for the concept: a synonym, a variant, another language."), "add_row", "ctrl+n"),
    Command("concept-cancel", N_("concept: cancel"), N_("Cancel"),
            N_("Close the form; nothing is written."), "cancel", "escape"),
)
"""The concept form's keys: it saved on `enter` and said so nowhere (user days, session 32)."""

TERM_EXTRACTION = (
    Command("extraction-accept", N_("candidate: accept"), N_("Accept"),
            N_("Add the candidate to the termbase with the equivalent in the field below."), "accept", "a"),
    Command("extraction-edit", N_("candidate: edit the equivalent"), N_("Edit"),
            N_("Put the cursor in the equivalent field to correct it; enter accepts."), "edit_equivalent", "e"),
    Command("extraction-reject", N_("candidate: reject"), N_("Reject"),
            N_("Mark the candidate as no term and go to the next."), "reject", "r"),
    Command("extraction-next", N_("candidate: next undecided"), N_("Next"),
            N_("Go to the next candidate not yet accepted or rejected."), "next", "n"),
    Command("extraction-first", N_("candidate: take the first equivalent"), N_("1st"),
            N_("Put the first equivalent in the field."), "take_equivalent(1)", "1", show=False),
    Command("extraction-second", N_("candidate: take the second equivalent"), N_("2nd"),
            N_("Put the second equivalent in the field."), "take_equivalent(2)", "2", show=False),
    Command("extraction-third", N_("candidate: take the third equivalent"), N_("3rd"),
            N_("Put the third equivalent in the field."), "take_equivalent(3)", "3", show=False),
    Command("extraction-close", N_("candidate: close the list"), N_("Close"),
            N_("Close the candidates; what was accepted stays in the termbase."), "close", "escape"),
)
"""The term candidates' keys (`ExtractionModal`)."""

CHECK_SETTINGS = (
    Command("check-setting-toggle", N_("check setting: switch on or off"), N_("On/off"),
            N_("Switch the chosen check, or rule of rules.toml, on or off for this project."), "screen.toggle_check", "space"),
    Command("check-setting-severity", N_("check setting: next severity"), N_("Severity"),
            N_("Give the chosen check's or rule's findings the next severity: error, warning, info."),
            "screen.cycle_severity", "s"),
    Command("check-setting-default", N_("check setting: back to the defaults"), N_("Defaults"),
            N_("Remove the chosen check's or rule's own settings from project.toml: on, its default severity and options."),
            "screen.default_check", "d"),
    Command("check-settings-close", N_("check settings: close"), N_("Close"),
            N_("Close the settings; the findings are checked again if anything changed."), "screen.close", "escape"),
)
"""The check settings' keys (`CheckSettingsModal`): on its table of checks, which they act on."""

GROUPS: tuple[tuple[str, tuple[Command, ...]], ...] = (
    (N_("Everywhere"), APP),
    (N_("Project"), PROJECT),
    (N_("Alignment editor"), ALIGNMENT),
    (N_("Translation editor"), TRANSLATION),
    (N_("Translation editor, target text"), TARGET_EDITOR),
    (N_("Translation editor, findings panel"), FINDINGS_PANEL),
    (N_("Findings"), FINDINGS),
    (N_("Termbase"), TERMBASE),
    (N_("Concept form"), CONCEPT_FORM),
    (N_("Term candidates"), TERM_EXTRACTION),
    (N_("Check settings"), CHECK_SETTINGS),
)
"""Every table, in the order the help screen lists them."""


def all_commands() -> Iterator[Command]:
    for _title, commands in GROUPS:
        yield from commands
