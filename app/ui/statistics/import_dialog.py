"""Import the team's Excel sheet: choose the file, check it (every problem in a table), import it
(off the UI thread, with progress), see what was added; save a blank template.

`ExcelImportDialog(ctx, parent)` emits `imported()` after an import that added something, so the
Statistik page can refresh. All rules live in app.services.excel.importer.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QLocale,
    QModelIndex,
    QObject,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.errors import UserError
from app.services.excel import importer as excel_import
from app.services.excel.sheet import CellProblem, ImportRefused
from app.ui import background, messages
from app.ui.context import AppContext

logger = logging.getLogger(__name__)

TEMPLATE_NAME = "igor-excel-mall.xlsx"


class ProblemsModel(QAbstractTableModel):
    """Every problem of a refused workbook: sheet, row, column, what is wrong."""

    HEADERS = (
        QT_TRANSLATE_NOOP("ProblemsModel", "Blad"),
        QT_TRANSLATE_NOOP("ProblemsModel", "Rad"),
        QT_TRANSLATE_NOOP("ProblemsModel", "Kolumn"),
        QT_TRANSLATE_NOOP("ProblemsModel", "Fel"),
    )

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[str, str, str, str]] = []
        self._where: list[str] = []

    def describe(self, row: int) -> tuple[str, str]:
        """(where, what) of one problem, for the line under the table."""
        return self._where[row], self._rows[row][3]

    def set_problems(self, problems: list[CellProblem]) -> None:
        self._where = [p.where() for p in problems]
        self.beginResetModel()
        self._rows = [
            (
                p.sheet,
                "" if p.row is None else str(p.row),
                p.column or "",
                p.message(),
            )
            for p in problems
        ]
        self.endResetModel()

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.HEADERS)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        value = self._rows[index.row()][index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return value
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 1:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(self.HEADERS[section])
        return None


class ExcelImportDialog(QDialog):
    imported = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._job: background.Job | None = None
        self._imported_any = False
        self.setWindowTitle(self.tr("Importera teamets Excel-ark"))

        intro = QLabel(
            self.tr(
                "Läs in teamets Excel-ark med bladen Ärenden, Personer och Kontakter. "
                "Kontrollera filen först: alla fel visas med blad, rad och kolumn, och ingenting "
                "sparas förrän filen är felfri. Samma fil kan importeras igen utan att något "
                "dubbleras. Importerade personer har inga namn – bara födelseår."
            )
        )
        intro.setWordWrap(True)

        self.path_edit = QLineEdit()
        self.path_edit.setObjectName("path")
        self.path_edit.setPlaceholderText(self.tr("Sökväg till arbetsboken (.xlsx)"))
        self.path_edit.textChanged.connect(self._update_buttons)
        choose = QPushButton(self.tr("&Välj fil…"))
        choose.clicked.connect(self.choose_file)
        file_label = QLabel(self.tr("&Fil:"))
        file_label.setBuddy(self.path_edit)
        file_row = QHBoxLayout()
        file_row.addWidget(file_label)
        file_row.addWidget(self.path_edit, 1)
        file_row.addWidget(choose)

        self.status = QLabel()
        self.status.setObjectName("status")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.problems = ProblemsModel(self)
        self.table = QTableView()
        self.table.setObjectName("problems")
        self.table.setAccessibleName(self.tr("Fel i arbetsboken"))
        self.table.setModel(self.problems)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        for column, width in ((0, 90), (1, 56), (2, 150)):
            self.table.setColumnWidth(column, width)
        self.detail = QLabel()
        self.detail.setObjectName("detail")
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.table.selectionModel().currentRowChanged.connect(self._show_detail)
        problems_page = QWidget()
        problems_layout = QVBoxLayout(problems_page)
        problems_layout.setContentsMargins(0, 0, 0, 0)
        problems_layout.addWidget(self.table, 1)
        problems_layout.addWidget(self.detail)

        self.counts = QTableWidget(3, 2)
        self.counts.setObjectName("counts")
        self.counts.setVerticalHeaderLabels(
            [self.tr("Ärenden"), self.tr("Personer"), self.tr("Kontakter")]
        )
        self.counts.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.counts.setSelectionMode(QTableWidget.SelectionMode.NoSelection)
        self.counts.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.counts.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.counts.horizontalHeader().setDefaultSectionSize(150)
        self.counts.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 12)
        self.counts.setFixedSize(
            self.counts.verticalHeader().sizeHint().width() + 2 * 150 + 4,
            self.counts.horizontalHeader().sizeHint().height()
            + 3 * (self.fontMetrics().height() + 12)
            + 4,
        )
        self.summary = QLabel()
        self.summary.setObjectName("summary")
        self.summary.setWordWrap(True)
        self.summary.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        summary_page = QWidget()
        summary_layout = QVBoxLayout(summary_page)
        summary_layout.setContentsMargins(0, 8, 0, 0)
        summary_layout.addWidget(self.counts)
        summary_layout.addWidget(self.summary)
        summary_layout.addStretch(1)
        self.summary_page = summary_page

        self.empty = QLabel(
            self.tr(
                "Välj en fil och tryck Kontrollera. Saknar ni ett blad att fylla i? Spara en tom "
                "mall med rätt kolumner och listor med de tillåtna värdena."
            )
        )
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setObjectName("empty")
        self.empty.setStyleSheet("color: palette(mid);")

        self.pages = QStackedWidget()
        self.working = QWidget()  # shown while a check or import runs
        self.pages.addWidget(self.empty)
        self.pages.addWidget(self.working)
        self.pages.addWidget(problems_page)
        self.pages.addWidget(summary_page)
        self.problems_page = problems_page

        self.stage = QLabel()
        self.bar = QProgressBar()
        self.bar.setTextVisible(False)
        progress_row = QHBoxLayout()
        progress_row.addWidget(self.stage)
        progress_row.addWidget(self.bar, 1)
        self.progress_box = QWidget()
        self.progress_box.setLayout(progress_row)
        progress_row.setContentsMargins(0, 0, 0, 0)
        self.progress_box.setVisible(False)

        self.template_button = QPushButton(self.tr("Spara &mall…"))
        self.template_button.clicked.connect(self.save_template)
        self.check_button = QPushButton(self.tr("&Kontrollera"))
        self.check_button.setObjectName("check")
        self.check_button.setDefault(True)
        self.check_button.clicked.connect(self.check)
        self.import_button = QPushButton(self.tr("&Importera"))
        self.import_button.setObjectName("import")
        self.import_button.clicked.connect(self.run_import)
        self.close_button = QPushButton(self.tr("Stäng"))
        self.close_button.clicked.connect(self.reject)
        self.cancel_button = QPushButton(self.tr("&Avbryt importen"))
        self.cancel_button.setObjectName("cancelImport")
        self.cancel_button.clicked.connect(self.cancel)
        self.cancel_button.setVisible(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.template_button)
        buttons.addStretch(1)
        buttons.addWidget(self.check_button)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(file_row)
        layout.addWidget(self.status)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.progress_box)
        layout.addLayout(buttons)
        QShortcut(QKeySequence.StandardKey.Open, self, activated=self.choose_file)
        self.resize(940, 560)

        self._allowed = True
        try:
            excel_import.may_import(ctx.actor)
        except UserError as exc:
            self._allowed = False
            self._say(exc.message(), error=True)
        self._update_buttons()

    # -- files -------------------------------------------------------------------------------
    def path(self) -> Path | None:
        text = self.path_edit.text().strip()
        return Path(text) if text else None

    def set_path(self, path: str | Path) -> None:
        self.path_edit.setText(str(path))

    def _ask_open_path(self) -> str:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Välj teamets Excel-ark"), "", self.tr("Excel-arbetsböcker (*.xlsx)")
        )
        return path

    def _ask_save_path(self) -> str:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Spara tom mall"),
            TEMPLATE_NAME,
            self.tr("Excel-arbetsböcker (*.xlsx)"),
        )
        return path

    def choose_file(self) -> None:
        if self._busy():
            return
        path = self._ask_open_path()
        if path:
            self.set_path(path)
            self._say("")
            self.pages.setCurrentWidget(self.empty)

    def save_template(self) -> None:
        target = self._ask_save_path()
        if not target:
            return
        if not target.lower().endswith(".xlsx"):
            target += ".xlsx"
        try:
            excel_import.write_template(target)
        except OSError as exc:
            logger.warning("template not saved: %s", type(exc).__name__)
            self._say(
                self.tr("Mallen kunde inte sparas: {reason}").format(reason=exc.strerror or exc),
                error=True,
            )
            return
        self._say(self.tr("Mallen är sparad: {path}").format(path=target))

    # -- running -----------------------------------------------------------------------------
    def check(self) -> None:
        self._start(dry_run=True)

    def run_import(self) -> None:
        self._start(dry_run=False)

    def _busy(self) -> bool:
        return self._job is not None

    def _start(self, *, dry_run: bool) -> None:
        path = self.path()
        if self._busy() or path is None or not self._allowed:
            return
        self._say(self.tr("Kontrollerar filen …") if dry_run else self.tr("Importerar …"))
        self.stage.setText("")
        self.bar.setRange(0, 0)  # busy until the first progress report
        self.progress_box.setVisible(True)
        self.pages.setCurrentWidget(self.working)
        self._job = job = background.run(
            self,
            excel_import.import_workbook,
            self.ctx.db,
            self.ctx.actor,
            path,
            dry_run=dry_run,
            on_progress=self._on_progress,
            on_done=self._on_succeeded,
            on_error=self._on_error,
            cancellable=True,
        )
        job.finished.connect(self._on_job_finished)
        self._update_buttons()

    def _on_error(self, exc: UserError) -> bool:
        if isinstance(exc, ImportRefused):
            self._on_refused(exc)
        else:
            self._on_failed(exc.message())
        return True

    @Slot(str, int, int)
    def _on_progress(self, stage: str, done: int, total: int) -> None:
        if total > 0:
            self.stage.setText(stage)
            self.bar.setRange(0, total)
            self.bar.setValue(min(done, total))
        else:  # rows are counted while reading: a busy indicator and the row reached
            self.stage.setText(
                self.tr("{stage}, rad {row}").format(stage=stage, row=QLocale().toString(done))
            )
            self.bar.setRange(0, 0)

    @Slot(object)
    def _on_succeeded(self, result: excel_import.ImportResult) -> None:
        lines = result.summary_lines()
        self._say(lines[0], ok=True)
        self.counts.setHorizontalHeaderLabels(
            [
                self.tr("Läggs till") if result.dry_run else self.tr("Tillagda"),
                self.tr("Finns redan") if result.dry_run else self.tr("Fanns redan"),
            ]
        )
        for row, (added, existing) in enumerate(
            (
                (result.cases_added, result.cases_existing),
                (result.people_added, result.people_existing),
                (result.contacts_added, result.contacts_existing),
            )
        ):
            for column, value in enumerate((added, existing)):
                item = QTableWidgetItem(QLocale().toString(value))
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.counts.setItem(row, column, item)
        extra = lines[4:]  # after the head and the three count lines
        if not result.dry_run and result.people_added:
            extra.append(
                self.tr(
                    "De importerade personerna har inga namn, bara födelseår. Fyll i dem i "
                    "ärendena när ni vet vilka de är."
                )
            )
        self.summary.setText("\n".join(extra))
        self.pages.setCurrentWidget(self.summary_page)
        if not result.dry_run and result.added_anything:
            self._imported_any = True
            self.imported.emit()

    @Slot(object)
    def _on_refused(self, refused: ImportRefused) -> None:
        self._say(
            self.tr(
                "Arbetsboken har {count} fel. Ingenting har importerats. Rätta felen i Excel, "
                "spara och kontrollera igen."
            ).format(count=len(refused.problems)),
            error=True,
        )
        self.problems.set_problems(refused.problems)
        self.pages.setCurrentWidget(self.problems_page)
        self.table.scrollToTop()
        self.table.setCurrentIndex(self.problems.index(0, 0))

    @Slot(str)
    def _on_failed(self, text: str) -> None:
        self._say(text, error=True)
        self.pages.setCurrentWidget(self.empty)

    @Slot()
    def _on_job_finished(self) -> None:
        error = self._job.error if self._job is not None else None
        if isinstance(error, background.Cancelled):  # the transaction was rolled back
            self._on_failed(self.tr("Importen avbröts. Ingenting har sparats."))
        elif error is not None and not isinstance(error, UserError):  # the helper showed a box
            self._on_failed(
                self.tr(
                    "Importen misslyckades på grund av ett oväntat fel. Ingenting har "
                    "sparats. Kopiera diagnostiken till den som sköter programmet."
                )
            )
        self._job = None
        self.progress_box.setVisible(False)
        self._update_buttons()

    def is_running(self) -> bool:
        return self._busy()

    def cancel(self) -> None:
        """Stop a check or import at its next progress step; nothing is saved (one
        transaction, rolled back)."""
        if self._job is not None:
            self._job.cancel()
            self._say(self.tr("Avbryter …"))

    # -- state -------------------------------------------------------------------------------
    def _say(self, text: str, *, error: bool = False, ok: bool = False) -> None:
        self.status.setText(text)
        color = "#b00020" if error else "#1b5e20" if ok else None
        self.status.setStyleSheet(f"color: {color}; font-weight: bold;" if color else "")

    @Slot(QModelIndex, QModelIndex)
    def _show_detail(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            self.detail.setText("")
            return
        where, what = self.problems.describe(current.row())
        self.detail.setText(f"{where}: {what}")

    def _update_buttons(self) -> None:
        ready = self._allowed and not self._busy() and self.path() is not None
        self.check_button.setEnabled(ready)
        self.import_button.setEnabled(ready)
        self.close_button.setEnabled(not self._busy())
        self.cancel_button.setVisible(self._busy())

    def reject(self) -> None:
        """Stäng / Esc. Ends the dialog as accepted if an import added something, so
        `if dialog.exec(): refresh()` works as well as the imported() signal."""
        if self._busy():
            messages.info(
                self, self.tr("Vänta tills importen är klar; den går inte att avbryta halvvägs.")
            )
            return
        if self._imported_any:
            super().accept()
        else:
            super().reject()
