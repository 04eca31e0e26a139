"""Table models of the Kampagner page: the campaigns, the call list (an id snapshot from SQL, rows fetched a page
at a time), the booked visits (fetched as the view scrolls), and the result tables (a few rows each)."""

from __future__ import annotations

import uuid
from collections import OrderedDict
from collections.abc import Callable

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from jobcrm.domain.vocab import CALL_OUTCOME, CAMPAIGN_AGREEMENT, TARGET_EXCLUSION, VISIT_STATUS
from jobcrm.services.campaign_dto import BookedVisitRow, CampaignRow, ResultLine, TargetRow
from jobcrm.ui import fmt
from jobcrm.ui.itemmodels.list_table import ListTableModel

RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
# Header text that wraps onto a second line instead of being cut; the label column left, the numbers right.
LEFT_WRAP = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter) | int(Qt.TextFlag.TextWordWrap)
RIGHT_WRAP = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter) | int(Qt.TextFlag.TextWordWrap)
GREY = QColor("#8a94a3")
GREEN = QColor("#1e6b34")
RED = QColor("#b3261e")
PAGE_SIZE = 200
MAX_PAGES = 30


def pct(value: float | None) -> str:
    return "–" if value is None else f"{value:.1f} %".replace(".", ",")


class CampaignListModel(ListTableModel):
    COLUMNS = ("name", "called", "booked")

    def __init__(self, today: Callable[[], object], parent=None):
        super().__init__([self.tr("Campaign"), self.tr("Called"), self.tr("Booked")], parent)
        self._today = today
        self._states = {"kommende": self.tr("Upcoming"), "aktiv": self.tr("Active"), "afsluttet": self.tr("Ended")}

    def state_text(self, row: CampaignRow) -> str:
        return self._states[row.state(self._today())]

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        row: CampaignRow | None = self.row_at(index.row()) if index.isValid() else None
        if row is None:
            return None
        key = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return {"name": row.name, "period": f"{fmt.date(row.starts_on)}–{fmt.date(row.ends_on)}",
                    "state": self._states[row.state(self._today())], "on_list": row.on_list, "called": row.called,
                    "booked": row.booked}[key]
        if role == Qt.ItemDataRole.TextAlignmentRole and key in ("on_list", "called", "booked"):
            return RIGHT
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{row.name}\n{fmt.date(row.starts_on)}–{fmt.date(row.ends_on)} · {self.state_text(row)}"
        if role == Qt.ItemDataRole.ForegroundRole and row.state(self._today()) == "afsluttet":
            return QBrush(GREY)
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        return None


class TargetTableModel(QAbstractTableModel):
    """The call list. `set_ids` takes the ordered ids (CampaignService.target_ids); rows are fetched by page."""

    COLUMNS = ("company", "phone", "city", "employees", "industry", "status", "last_call", "calls", "why")

    def __init__(self, fetch: Callable[[list[uuid.UUID]], dict[uuid.UUID, TargetRow]], lang: str = "da", parent=None):
        super().__init__(parent)
        self._fetch = fetch
        self._lang = lang
        self._ids: list[uuid.UUID] = []
        self._pages: OrderedDict[int, dict[uuid.UUID, TargetRow]] = OrderedDict()
        self.page_loads = 0
        self._headers = [self.tr("Company"), self.tr("Phone"), self.tr("City"), self.tr("Employees"),
                         self.tr("Industry"), self.tr("Status"), self.tr("Last call"), self.tr("Calls"),
                         self.tr("Why left out")]
        self._not_called = self.tr("Not called yet")
        self._left_out = self.tr("Left out")
        self._call_again = self.tr("call again %1")

    def set_ids(self, ids: list[uuid.UUID]) -> None:
        self.beginResetModel()
        self._ids = list(ids)
        self._pages.clear()
        self.endResetModel()

    def id_at(self, row: int) -> uuid.UUID | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, target_id: uuid.UUID) -> int:
        try:
            return self._ids.index(target_id)
        except ValueError:
            return -1

    def target_at(self, row: int) -> TargetRow | None:
        return self._row(row) if 0 <= row < len(self._ids) else None

    def invalidate(self, target_id: uuid.UUID) -> None:
        for page in self._pages.values():
            page.pop(target_id, None)
        r = self.row_of(target_id)
        if r >= 0:
            self.dataChanged.emit(self.index(r, 0), self.index(r, self.columnCount() - 1))

    def _row(self, row: int) -> TargetRow | None:
        page_no = row // PAGE_SIZE
        page = self._pages.get(page_no)
        tid = self._ids[row]
        if page is None or tid not in page:
            ids = self._ids[page_no * PAGE_SIZE:(page_no + 1) * PAGE_SIZE]
            page = self._fetch(ids)
            self.page_loads += 1
            self._pages[page_no] = page
            while len(self._pages) > MAX_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(page_no)
        return page.get(tid)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def status_text(self, t: TargetRow) -> str:
        if t.is_left_out:
            return self._left_out
        if not t.last_outcome:
            return self._not_called
        text = CALL_OUTCOME.label(t.last_outcome, self._lang)
        if t.last_outcome == "ikke_truffet" and t.call_again_on:
            text = CALL_OUTCOME.label("ikke_truffet", self._lang).split(" – ")[0] + " – " + \
                self._call_again.replace("%1", fmt.date(t.call_again_on))
        return text

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self._ids)):
            return None
        t = self._row(index.row())
        if t is None:
            return None
        key = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if key == "company":
                return t.company_name
            if key == "phone":
                return t.phone or ""
            if key == "city":
                return " ".join(x for x in (t.postal_code, t.city) if x)
            if key == "employees":
                return "" if t.employees is None else str(t.employees)
            if key == "industry":
                return t.industry or ""
            if key == "status":
                return self.status_text(t)
            if key == "last_call":
                who = f" ({t.last_caller_initials})" if t.last_caller_initials else ""
                return fmt.datetime(t.last_call_at) + who if t.last_call_at else ""
            if key == "calls":
                return str(t.calls) if t.calls else ""
            if key == "why":
                if t.excluded is None:
                    return ""
                prefix = TARGET_EXCLUSION.label(t.excluded, self._lang)
                return f"{prefix}: {t.excluded_detail}" if t.excluded_detail else prefix
        if role == Qt.ItemDataRole.ForegroundRole:
            if t.is_left_out:
                return QBrush(GREY)
            if key == "status" and t.last_outcome == "booket":
                return QBrush(GREEN)
            if key == "status" and t.last_outcome == "ikke_truffet":
                return QBrush(QColor("#8a5a00"))
        if role == Qt.ItemDataRole.ToolTipRole and key == "why" and t.excluded:
            return t.excluded_detail
        if role == Qt.ItemDataRole.TextAlignmentRole and key in ("employees", "calls"):
            return RIGHT
        if role == Qt.ItemDataRole.UserRole:
            return t.id
        return None


class BookedVisitsModel(QAbstractTableModel):
    """The campaign's visits as they stand; more rows are fetched as the view scrolls (fetchMore)."""

    COLUMNS = ("when", "company", "consultant", "status", "agreements")

    def __init__(self, fetch: Callable[[int, int], list[BookedVisitRow]], lang: str = "da", parent=None):
        super().__init__(parent)
        self._fetch = fetch
        self._lang = lang
        self._rows: list[BookedVisitRow] = []
        self._more = False
        self._headers = [self.tr("Time"), self.tr("Company"), self.tr("Consultant"), self.tr("Status"),
                         self.tr("Agreements")]
        self._moved = self.tr("moved")

    def reload(self) -> None:
        self.beginResetModel()
        self._rows = self._fetch(0, PAGE_SIZE)
        self._more = len(self._rows) == PAGE_SIZE
        self.endResetModel()

    def canFetchMore(self, parent=QModelIndex()) -> bool:
        return not parent.isValid() and self._more

    def fetchMore(self, parent=QModelIndex()) -> None:
        more = self._fetch(len(self._rows), PAGE_SIZE)
        self._more = len(more) == PAGE_SIZE
        if more:
            self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(more) - 1)
            self._rows.extend(more)
            self.endInsertRows()

    def row_at(self, row: int) -> BookedVisitRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        r = self.row_at(index.row()) if index.isValid() else None
        if r is None:
            return None
        key = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if key == "when":
                return fmt.datetime(r.start_at)
            if key == "company":
                return r.company_name
            if key == "consultant":
                return r.consultant_initials
            if key == "status":
                text = VISIT_STATUS.label(r.status, self._lang)
                return f"{text} ({self._moved})" if r.moved and r.status != "flyttet" else text
            if key == "agreements":
                return ", ".join(f"{CAMPAIGN_AGREEMENT.label(k, self._lang)} {n}" for k, n in r.agreements.items()
                                 if n)
        if role == Qt.ItemDataRole.ForegroundRole and key == "status":
            if r.status in ("afholdt", "afholdt_telefonisk"):
                return QBrush(GREEN)
            if r.status in ("aflyst_virksomhed", "aflyst_jobcenter", "udeblevet"):
                return QBrush(RED)
        if role == Qt.ItemDataRole.UserRole:
            return r.visit_id
        return None


class ResultLinesModel(ListTableModel):
    """Per-consultant results: the call columns or the visit columns, with the total row in bold."""

    CALLS = ("who", "calls", "contacted", "booked", "declined", "rate", "not_reached", "wrong")
    VISITS = ("who", "visits_booked", "visits_held", "visits_cancelled", "visits_moved", "agreements",
              "agreement_pct", "promises_made", "kept_pct")

    def __init__(self, kind: str, parent=None):
        super().__init__([], parent)
        self.COLUMNS = self.CALLS if kind == "calls" else self.VISITS
        labels = {"who": self.tr("Consultant"), "calls": self.tr("Calls"), "contacted": self.tr("Reached"),
                  "booked": self.tr("Booked"), "declined": self.tr("Declined"), "rate": self.tr("Booking rate"),
                  "not_reached": self.tr("Not reached"), "wrong": self.tr("Wrong number"),
                  "visits_booked": self.tr("Visits booked"), "visits_held": self.tr("Held"),
                  "visits_cancelled": self.tr("Cancelled"), "visits_moved": self.tr("Moved"),
                  "agreements": self.tr("Agreements"), "agreement_pct": self.tr("Per held visit"),
                  "promises_made": self.tr("Follow-ups promised"), "kept_pct": self.tr("Kept on time")}
        self._headers = [labels[k] for k in self.COLUMNS]
        self._total_label = self.tr("Total")

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.TextAlignmentRole:
            return LEFT_WRAP if section == 0 else RIGHT_WRAP
        return super().headerData(section, orientation, role)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        x: ResultLine | None = self.row_at(index.row()) if index.isValid() else None
        if x is None:
            return None
        key = self.COLUMNS[index.column()]
        total = x.consultant_id is None and x.initials == "I alt"
        if role == Qt.ItemDataRole.DisplayRole:
            if key == "who":
                return self._total_label if total else f"{x.initials} – {x.name}"
            value = {"calls": x.calls, "contacted": x.contacted, "booked": x.booked, "declined": x.declined,
                     "rate": pct(x.booking_rate), "not_reached": x.not_reached, "wrong": x.wrong_number,
                     "visits_booked": x.visits_booked, "visits_held": x.visits_held,
                     "visits_cancelled": x.visits_cancelled, "visits_moved": x.visits_moved,
                     "agreements": x.agreements_total, "agreement_pct": pct(x.agreement_pct()),
                     "promises_made": x.promises_made, "kept_pct": pct(x.kept_on_time_pct)}[key]
            return str(value)
        if role == Qt.ItemDataRole.TextAlignmentRole and key != "who":
            return RIGHT
        if role == Qt.ItemDataRole.FontRole and total:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and key == "kept_pct" and x.kept_on_time_pct is not None \
                and x.kept_on_time_pct < 70:
            return QBrush(RED)
        return None


class AgreementKindsModel(ListTableModel):
    """Agreements by type as seed 000 Table 3.1: count and share of the held visits, with "Samlet"."""

    COLUMNS = ("kind", "count", "pct")

    def __init__(self, lang: str = "da", parent=None):
        super().__init__([self.tr("Type"), self.tr("Places"), self.tr("% of held visits")], parent)
        self._lang = lang
        self._total_label = self.tr("Total")

    def set_total(self, total: ResultLine) -> None:
        rows = [(k.label(self._lang), total.agreements.get(k.code, 0), total.agreement_pct(k.code), False)
                for k in CAMPAIGN_AGREEMENT]
        rows.append((self._total_label, total.agreements_total, total.agreement_pct(), True))
        self.set_rows(rows)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.TextAlignmentRole:
            return LEFT_WRAP if section == 0 else RIGHT_WRAP
        return super().headerData(section, orientation, role)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        r = self.row_at(index.row()) if index.isValid() else None
        if r is None:
            return None
        label, count, share, total = r
        if role == Qt.ItemDataRole.DisplayRole:
            return (label, str(count), pct(share))[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() > 0:
            return RIGHT
        if role == Qt.ItemDataRole.FontRole and total:
            font = QFont()
            font.setBold(True)
            return font
        return None
