"""`OptionList` with the app's vim keys (j/k/g/G), shared by the side panes and the modal views."""

from __future__ import annotations

from textual.widgets import OptionList

from .. import bindings


class NavOptionList(OptionList):
    """OptionList already has `cursor_down`, `cursor_up`, `first` and `last` actions; this adds the keys."""

    BINDINGS = bindings.NAVIGATION

    def on_focus(self) -> None:
        """Arriving in a list selects its first entry, so `c`/Enter act at once instead of doing nothing."""
        if self.highlighted is None and self.option_count:
            self.action_first()
