"""Tabs whose titles are never cut (QTabBar hides what does not fit behind scroll arrows):
the whole titles on one line when they fit the tabs' width, else the short ones (without
the key in brackets: "Riwayat" for "Riwayat (F3)", as the action buttons shorten theirs),
else each whole title on two lines ("Riwayat" over "(F3)").  The window widens the tabs
for their titles when it can (at 24 pt the whole titles need 600 pixels, the short ones
460).  QTabBar sizes a tab for one line of text only: the tab bar here makes room for a
second line, and the style draws both.  The whole title stays the tab's tooltip and
accessible name.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtWidgets import QTabBar, QTabWidget, QWidget


def two_lines(title: str) -> str:
    """ "Riwayat (F3)" as "Riwayat" over "(F3)"; a title without a part in brackets stays."""
    head, bracket, tail = title.rpartition(" (")
    return f"{head}\n({tail}" if bracket and head else title


class _TitleBar(QTabBar):
    def tabSizeHint(self, index: int) -> QSize:  # noqa: N802 - Qt override
        size = super().tabSizeHint(index)
        extra = self.tabText(index).count("\n")
        if extra:  # QTabBar measures one line: the height of the others is added
            size.setHeight(size.height() + extra * self.fontMetrics().lineSpacing())
        return size


class TitleTabs(QTabWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTabBar(_TitleBar(self))
        self.titles: list[str] = []
        self.shorts: list[str] = []

    def addTab(self, widget: QWidget, title: str) -> int:  # type: ignore[override]  # noqa: N802
        index = super().addTab(widget, title)
        self.titles.insert(index, title)
        self.shorts.insert(index, title)
        return index

    def set_title(self, index: int, title: str, short: str = "") -> None:
        """The tab's whole title and a short one (shown whole, short or on two lines,
        whichever fits)."""
        self.titles[index], self.shorts[index] = title, short or title
        self.setTabToolTip(index, title)
        self.tabBar().setAccessibleTabName(index, title)
        self.fit_titles()

    def one_line_width(self, titles: list[str] | None = None) -> int:
        """The width the titles (these, or the tabs' own) need side by side on one line."""
        bar = self.tabBar()
        metrics = bar.fontMetrics()
        flag = Qt.TextFlag.TextShowMnemonic
        need = 0
        for index, title in enumerate(titles or self.titles):
            pad = bar.tabSizeHint(index).width() - metrics.size(flag, bar.tabText(index)).width()
            need += metrics.size(flag, title).width() + pad
        return need

    def fit_titles(self) -> None:
        room = self.contentsRect().width()
        if self.one_line_width() <= room:
            texts = self.titles
        elif self.one_line_width(self.shorts) <= room:
            texts = self.shorts
        else:
            texts = [two_lines(title) for title in self.titles]
        for index, text in enumerate(texts):
            if self.tabText(index) != text:
                self.setTabText(index, text)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        if event.oldSize().width() != event.size().width():
            self.fit_titles()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self.fit_titles()
