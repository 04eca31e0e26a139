"""The shell: navigation sidebar, pages, menus and status bar. No SQL and no business rules here."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from jobcrm import __version__
from jobcrm.errors import JobCRMError
from jobcrm.services.changes import ChangeSet
from jobcrm.ui import fmt
from jobcrm.ui.calendar_export import export_calendar
from jobcrm.ui.dialogs.company_card import CompanyCard
from jobcrm.ui.dialogs.company_dialog import CompanyDialog
from jobcrm.ui.dialogs.import_dialog import ImportDialog
from jobcrm.ui.dialogs.order_editor import OrderEditor
from jobcrm.ui.dialogs.quick_log import QuickLogDialog
from jobcrm.ui.pages.campaigns import CampaignsPage
from jobcrm.ui.pages.companies import CompaniesPage
from jobcrm.ui.pages.inbox import InboxPage
from jobcrm.ui.pages.orders import OrdersPage
from jobcrm.ui.pages.reports import ReportsPage
from jobcrm.ui.pages.slots import SlotsPage
from jobcrm.ui.pages.team import TeamPage
from jobcrm.ui.pages.visits import VisitsPage
from jobcrm.ui.pages.welcome import WelcomePage
from jobcrm.ui.sync_ui import SyncUi

PAGE_KEYS = ("indbakke", "virksomheder", "besoeg", "jobordrer", "pladser", "team", "kampagner", "rapporter")


class MainWindow(QMainWindow):
    def __init__(self, services, tasks, events, ui_settings, drafts, lang: str = "da"):
        super().__init__()
        self.services = services
        self.tasks = tasks
        self.events = events
        self.ui_settings = ui_settings
        self.drafts = drafts
        self.lang = lang
        self.resize(1366, 800)
        self.setMinimumSize(960, 600)

        self.root = QStackedWidget()
        self.setCentralWidget(self.root)
        self.welcome = WelcomePage(services, lang)
        self.welcome.user_chosen.connect(self._on_user_chosen)
        self.welcome.demo_requested.connect(self.load_demo)
        self.welcome.import_requested.connect(self.import_companies)
        self.root.addWidget(self.welcome)

        shell = QWidget()
        sl = QHBoxLayout(shell)
        sl.setContentsMargins(0, 0, 0, 0)
        sl.setSpacing(0)
        side = QWidget()
        side.setObjectName("sidebar")
        side.setFixedWidth(210)
        sidel = QVBoxLayout(side)
        sidel.setContentsMargins(0, 16, 0, 12)
        brand = QLabel("JobCRM")
        brand.setObjectName("brand")
        sidel.addWidget(brand)
        self.nav = QListWidget()
        self.nav.setObjectName("nav")
        self.nav.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        sidel.addWidget(self.nav, 1)
        self.user_label = QLabel()
        self.user_label.setObjectName("sideUser")
        self.user_label.setWordWrap(True)
        sidel.addWidget(self.user_label)
        sl.addWidget(side)
        self.pages = QStackedWidget()
        sl.addWidget(self.pages, 1)
        self.root.addWidget(shell)
        self.shell = shell

        self.companies_page = CompaniesPage(services, tasks, services.ctx.clock.today, lang)
        self.companies_page.open_company.connect(self.open_card)
        self.cards: dict = {}  # company id -> open CompanyCard
        self.order_editors: dict = {}  # order id (or ("new", company id)) -> open OrderEditor
        self.companies_page.new_company.connect(self.new_company)
        self.companies_page.demo_requested.connect(self.load_demo)
        self.companies_page.import_requested.connect(self.import_companies)
        self.inbox_page = InboxPage(services, tasks, lang)
        self.inbox_page.open_company.connect(self.edit_company)
        self.inbox_page.counts_changed.connect(self._on_inbox_count)
        self.inbox_count = 0
        self._stale_pages: set[str] = set()  # pages to load when first shown
        self.team_page = TeamPage(services, tasks)
        self.team_page.open_company.connect(self.edit_company)
        self.slots_page = SlotsPage(services, tasks, drafts, lang)
        self.slots_page.changed.connect(events.changed.emit)
        self.slots_page.open_company.connect(self.open_card)
        self.visits_page = VisitsPage(services, tasks, drafts, lang)
        self.visits_page.open_company.connect(self.open_card)
        self.visits_page.changed.connect(self.events.changed.emit)
        self.orders_page = OrdersPage(services, tasks, lang)
        self.orders_page.open_order.connect(self.open_order)
        self.orders_page.new_order.connect(lambda: self.new_order())
        self.orders_page.blank_form.connect(lambda: self.print_blank_order())
        self.visits_page.job_order_requested.connect(self.new_order)
        self.visits_page.slot_requested.connect(self.slots_page.new_slot)
        # What an inbox flag's "Åbn" opens, by the flag's ref_kind; anything else opens the company.
        self.ref_openers = {
            "slot": self.slots_page.open_slot,
            "placement": lambda pid: self.slots_page.open_slot(self.services.placements.get(pid).slot_id),
            "visit": self.visits_page.fill_guide,
            "jobordre": self.open_order,
        }
        self.inbox_page.open_ref.connect(self.open_ref)
        self.campaigns_page = CampaignsPage(services, tasks, drafts, lang)  # issue 11
        self.campaigns_page.open_company.connect(self.open_card)
        self.campaigns_page.changed.connect(self.events.changed.emit)
        self.reports_page = ReportsPage(services, tasks, lang)
        self.page_widgets = {
            "indbakke": self.inbox_page,
            "virksomheder": self.companies_page,
            "besoeg": self.visits_page,
            "jobordrer": self.orders_page,
            "pladser": self.slots_page,
            "team": self.team_page,
            "kampagner": self.campaigns_page,
            "rapporter": self.reports_page,
        }
        titles = {"indbakke": self.tr("Inbox"), "virksomheder": self.tr("Companies"), "besoeg": self.tr("Visits"),
                  "jobordrer": self.tr("Job orders"), "pladser": self.tr("Placement slots"), "team": self.tr("Team"),
                  "kampagner": self.tr("Campaigns"), "rapporter": self.tr("Reports")}
        self.page_titles = titles
        for key in PAGE_KEYS:
            self.pages.addWidget(self.page_widgets[key])
            item = QListWidgetItem(titles[key])
            item.setData(Qt.ItemDataRole.UserRole, key)
            self.nav.addItem(item)
        self.nav.currentRowChanged.connect(self._on_nav)

        self.status_user = QLabel()
        self.status_day = QLabel()
        self.statusBar().addWidget(self.status_user, 1)
        self.statusBar().addPermanentWidget(self.status_day)
        self._build_menus()
        self.sync_ui = SyncUi(self, services, tasks, events)  # issue 10: status-bar indicator, menu, background sync
        self.sync_ui.controller.pulled.connect(self._on_pulled)
        events.changed.connect(self._on_changed)

    # --- menus ---------------------------------------------------------------------------------
    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.new_company_action = QAction(self.tr("&New company…"), self)
        self.new_company_action.setShortcut(QKeySequence("Ctrl+N"))
        self.new_company_action.triggered.connect(self.new_company)
        file_menu.addAction(self.new_company_action)
        self.quick_log_action = QAction(self.tr("&Log contact…"), self)
        self.quick_log_action.setShortcut(QKeySequence("Ctrl+L"))
        self.quick_log_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)  # also from a card
        self.quick_log_action.triggered.connect(lambda: self.quick_log())
        file_menu.addAction(self.quick_log_action)
        self.calendar_action = QAction(self.tr("Export &calendar (.ics)…"), self)
        self.calendar_action.triggered.connect(lambda: export_calendar(self, self.services, self.tasks))
        file_menu.addAction(self.calendar_action)
        self.export_all_action = QAction(self.tr("Export &everything (JSON)…"), self)
        self.export_all_action.triggered.connect(self.export_everything)
        file_menu.addAction(self.export_all_action)
        self.import_action = QAction(self.tr("&Import companies…"), self)
        self.import_action.triggered.connect(self.import_companies)
        file_menu.addAction(self.import_action)
        demo = QAction(self.tr("Load &demo data"), self)
        demo.triggered.connect(self.load_demo)
        file_menu.addAction(demo)
        self.settings_action = QAction(self.tr("&Settings…"), self)
        self.settings_action.triggered.connect(self.open_settings)
        file_menu.addAction(self.settings_action)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

        view = self.menuBar().addMenu(self.tr("&View"))
        for i, key in enumerate(PAGE_KEYS):
            action = QAction(self.page_titles[key], self)
            action.setShortcut(QKeySequence(f"Ctrl+{i + 1}"))
            action.triggered.connect(lambda _=False, k=key: self.show_page(k))
            view.addAction(action)
        view.addSeparator()
        lang_menu = view.addMenu(self.tr("Language"))
        group = QActionGroup(self)
        for code, label in (("da", "Dansk"), ("en", "English")):
            action = QAction(label, self, checkable=True)
            action.setChecked(code == self.lang)
            action.triggered.connect(lambda _=False, c=code: self._set_language(c))
            group.addAction(action)
            lang_menu.addAction(action)

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about = QAction(self.tr("&About JobCRM"), self)
        about.triggered.connect(self._about)
        help_menu.addAction(about)

    def _set_language(self, code: str) -> None:
        self.ui_settings.set("language", code)
        QMessageBox.information(self, self.tr("Language"),
                                self.tr("The new language is used the next time JobCRM starts."))

    def _about(self) -> None:
        path = self.services.db_path or ":memory:"
        QMessageBox.about(self, self.tr("About JobCRM"), self.tr(
            "JobCRM %1 — a CRM for job-centre company consultants.\nDatabase: %2").replace("%1", __version__)
                          .replace("%2", str(path)))

    # --- start-up and navigation ---------------------------------------------------------------
    def start(self, page: str | None = None) -> None:
        """Show the welcome view or the shell, depending on whether we know who the user is."""
        user = self.services.consultants.current()
        if user is None:
            self.welcome.reload()
            self.root.setCurrentWidget(self.welcome)
            self.setWindowTitle(self.tr("JobCRM — Welcome"))
            self.status_user.setText(self.tr("No consultant chosen yet"))
        else:
            self._enter_shell(user, page)
        self.status_day.setText(self._today_text())
        self.sync_ui.start()
        if getattr(self.services, "read_only", False):  # "Åbn skrivebeskyttet" at start (issue 8)
            self.setWindowTitle(self.windowTitle() + " — " + self.tr("read-only"))
            label = QLabel(self.tr("Read-only: changes cannot be saved"))
            label.setObjectName("readOnlyBadge")
            label.setStyleSheet("color: #a4262c; font-weight: 600;")
            self.statusBar().addPermanentWidget(label)

    def export_everything(self) -> None:
        """Filer → Eksportér alt (JSON)… (issue 8): every record, as `jobcrm export json`."""
        from jobcrm.ui.full_export import export_everything

        export_everything(self, self.services, self.tasks)

    def open_settings(self) -> None:
        """Filer → Indstillinger… (issue 8: the backups page). After a restore the app restarts through
        `request_restart`, which app.py sets."""
        from jobcrm.ui.dialogs.settings_dialog import SettingsDialog

        SettingsDialog(self.services, self, restart=getattr(self, "request_restart", None)).exec()

    def _enter_shell(self, user, page: str | None) -> None:
        self.services.ctx.actor.id = user.id
        self.root.setCurrentWidget(self.shell)
        team = f" · {user.team_name}" if user.team_name else ""
        self.user_label.setText(f"{user.initials}\n{user.name}{team}")
        self.status_user.setText(self.tr("Signed in as %1 (%2)").replace("%1", user.initials)
                                 .replace("%2", user.name) + team)
        # The inbox always loads (the navigation count and the morning digest), and the visits page (it may
        # offer to continue a guide); the other pages load when first shown, so start-up paints the first
        # page without waiting behind 100,000 companies.
        self._stale_pages = {"virksomheder", "team", "jobordrer", "pladser", "kampagner", "rapporter"}
        self.inbox_page.set_consultant(user.id)
        self.visits_page.set_consultant(user.id)
        if self.visits_page.offer_resume():  # the guide form was open when JobCRM stopped: continue there
            page = "besoeg"
        self.show_page(page or self.ui_settings.get("last_page"))
        self._load_if_stale(self.current_page())

    def _today_text(self) -> str:
        today = self.services.ctx.clock.today()
        week = today.isocalendar().week
        return self.tr("Today: %1 · week %2 · local database").replace("%1", fmt.long_date(today)) \
            .replace("%2", str(week))

    def _on_user_chosen(self, user) -> None:
        self.events.user_changed.emit(user)
        self._enter_shell(user, None)

    def show_page(self, key: str) -> None:
        if key not in PAGE_KEYS:
            key = "indbakke"
        self.nav.setCurrentRow(PAGE_KEYS.index(key))

    def current_page(self) -> str:
        return PAGE_KEYS[self.pages.currentIndex()]

    def _on_nav(self, row: int) -> None:
        if row < 0:
            return
        key = PAGE_KEYS[row]
        self._load_if_stale(key)
        self.pages.setCurrentIndex(row)
        self.ui_settings.set("last_page", key)
        self._update_title()
        if key == "indbakke":
            self.inbox_page.table.setFocus()

    def _load_if_stale(self, key: str) -> None:
        if key in self._stale_pages:
            self._stale_pages.discard(key)
            {"virksomheder": self.companies_page.reload, "team": self.team_page.reload,
             "jobordrer": self.orders_page.reload, "pladser": self.slots_page.reload,
             "kampagner": self.campaigns_page.reload, "rapporter": self.reports_page.reload}[key]()

    def _update_title(self) -> None:
        key = self.current_page()
        title = f"JobCRM — {self.page_titles[key]}"
        if self.inbox_count:
            title += " · " + self.tr("%1 follow-ups need you").replace("%1", str(self.inbox_count))
        if getattr(self.services, "read_only", False):
            title += " — " + self.tr("read-only")
        self.setWindowTitle(title)

    def _on_inbox_count(self, count: int) -> None:
        """Overdue + due today, on the navigation item ("Indbakke (12)") and in the window title."""
        self.inbox_count = count
        item = self.nav.item(PAGE_KEYS.index("indbakke"))
        base = self.page_titles["indbakke"]
        item.setText(f"{base} ({count})" if count else base)
        if self.root.currentWidget() is self.shell:
            self._update_title()

    # --- actions -------------------------------------------------------------------------------
    def new_company(self) -> None:
        self._company_dialog(None)

    def edit_company(self, company_id) -> None:
        self._company_dialog(self.services.companies.get(company_id))

    def open_ref(self, kind: str, ref_id) -> None:
        opener = self.ref_openers.get(kind)
        if opener is not None:
            opener(ref_id)

    def open_card(self, company_id) -> CompanyCard:
        """The company card, one window per company (raised again when already open)."""
        card = self.cards.get(company_id)
        if card is None:
            card = CompanyCard(self.services, company_id, self.lang, self)
            card.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            card.edit_requested.connect(self.edit_company)
            card.log_requested.connect(self.quick_log)
            card.order_requested.connect(self.open_order)
            card.new_order_requested.connect(self.new_order)
            card.blank_order_requested.connect(self.print_blank_order)
            card.changed.connect(self.events.changed.emit)
            card.slots_tab.open_slot.connect(self.slots_page.open_slot)
            card.slots_tab.new_slot.connect(lambda cid, c=card: self.slots_page.new_slot(cid, c))
            card.visits_list.plan_requested.connect(self.visits_page.plan_visit)
            card.visits_list.open_requested.connect(self.visits_page.fill_guide)
            card.timeline_view.doubleClicked.connect(lambda index, c=card: self._open_linked(c, index.row()))
            card.destroyed.connect(lambda _=None, cid=company_id: self.cards.pop(cid, None))
            self.cards[company_id] = card
        card.show()
        card.raise_()
        card.activateWindow()
        return card

    def _open_linked(self, card, row: int) -> None:
        """A history entry written by a registered visit opens that visit's filled guide."""
        entry = card.timeline.entry(row)
        if entry is not None and entry.link_kind == "visit" and entry.link_id is not None:
            self.visits_page.fill_guide(entry.link_id)

    def _company_dialog(self, company) -> None:
        dialog = CompanyDialog(self.services, self.drafts, self.services.consultants.list(), company, self.lang, self)
        if dialog.exec() and dialog.saved is not None:
            kind = "update" if company else "create"
            self.events.changed.emit(ChangeSet("company", (dialog.saved.id,), kind))
            self.statusBar().showMessage(self.tr("Saved: %1").replace("%1", dialog.saved.name), 5000)
        elif dialog.open_instead is not None:  # a duplicate: the user opens the existing company instead
            self.open_card(dialog.open_instead)

    def quick_log(self, company_id=None) -> None:
        """Log kontakt: for the given company, else the open card's, else the one selected in the list."""
        if company_id is None:
            active = QApplication.activeWindow()
            if isinstance(active, CompanyCard):
                company_id = active.company_id
            elif self.current_page() == "virksomheder" and self.root.currentWidget() is self.shell:
                index = self.companies_page.table.currentIndex()
                company_id = self.companies_page.model.id_at(index.row()) if index.isValid() else None
        parent = self.cards.get(company_id, self) if company_id is not None else self
        dialog = QuickLogDialog(self.services, self.drafts, company_id, self.lang, parent)
        if dialog.exec() and dialog.result_ is not None:
            result = dialog.result_
            related = [ChangeSet("company", (result.contact.company_id,), "update")]
            if result.promise is not None:
                related.append(ChangeSet("promise", (result.promise.id,), "create"))
            self.events.changed.emit(ChangeSet("contact", (result.contact.id,), "create", tuple(related)))
            self.statusBar().showMessage(self.tr("Contact logged: %1").replace("%1", result.contact.company_name),
                                         5000)

    # --- job orders ----------------------------------------------------------------------------
    def open_order(self, order_id) -> OrderEditor | None:
        try:
            order = self.services.orders.get(order_id)
        except JobCRMError as e:
            QMessageBox.warning(self, self.tr("Job order"), str(e))
            return None
        return self._order_editor(order, None)

    def new_order(self, company_id=None) -> OrderEditor:
        return self._order_editor(None, company_id)

    def _order_editor(self, order, company_id) -> OrderEditor:
        """The order editor as a window of its own (one per order), raised again when already open."""
        key = order.id if order else ("new", company_id)
        editor = self.order_editors.get(key)
        if editor is None:
            parent = self.cards.get(order.company_id if order else company_id, self)
            editor = OrderEditor(self.services, self.drafts, order, company_id, self.lang, self.tasks, parent)
            editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            editor.saved_order.connect(self._order_saved)
            editor.destroyed.connect(lambda _=None, k=key: self.order_editors.pop(k, None))
            self.order_editors[key] = editor
        editor.show()
        editor.raise_()
        editor.activateWindow()
        return editor

    def _order_saved(self, result) -> None:
        self.events.changed.emit(result.changes)
        title = result.order.title or self.tr("job order")
        self.statusBar().showMessage(self.tr("Saved: %1 (%2 % of the good job order)").replace("%1", title)
                                     .replace("%2", str(result.completeness.score)), 5000)

    def print_blank_order(self, company_id=None):
        """A blank Ordreblanket to take to a visit (with the company's facts and contacts when given)."""
        from jobcrm.ui.dialogs.pdf_preview import PdfPreviewDialog

        services = self.services

        def make_pdf() -> bytes:
            from jobcrm.pdf import order_form

            company = services.companies.get(company_id) if company_id else None
            contacts = services.orders.form_contacts(company_id, services.history) if company_id else []
            return order_form.build(None, contacts, printed_on=services.ctx.clock.today(), company=company)

        dialog = PdfPreviewDialog(self.tasks, make_pdf, self.tr("Blank order form"), "Ordreblanket-blank.pdf",
                                  self.cards.get(company_id, self))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
    def import_companies(self) -> ImportDialog:
        """Importér virksomheder (CSV): from the menu, the welcome view or the empty company list."""
        dialog = ImportDialog(self.services, self.tasks, self.lang, self)
        dialog.changed.connect(self.events.changed.emit)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.import_dialog = dialog
        return dialog

    def load_demo(self) -> None:
        from jobcrm.services.demo import DemoBuilder

        if self.services.companies.count() > 0:
            answer = QMessageBox.question(self, self.tr("Load demo data"), self.tr(
                "The database already has companies. Add demo data anyway?"))
            if answer != QMessageBox.StandardButton.Yes:
                return
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        services = self.services

        def work():
            DemoBuilder(services.ctx, services.settings, seed=1).build(300)
            return ChangeSet("all", (), "reset")

        def done(_change) -> None:
            QApplication.restoreOverrideCursor()
            user = services.consultants.current()
            self.events.user_changed.emit(user)
            self._enter_shell(user, "virksomheder")

        def failed(exc: BaseException) -> None:
            QApplication.restoreOverrideCursor()
            QMessageBox.warning(self, self.tr("Load demo data"), str(exc))

        self.tasks.run(work, done, failed)

    def _on_changed(self, change: ChangeSet) -> None:
        if "virksomheder" not in self._stale_pages:  # a page not loaded yet loads fresh when shown
            self.companies_page.on_changed(change)
        self.inbox_page.on_changed(change)
        for key, page in (("team", self.team_page), ("pladser", self.slots_page), ("jobordrer", self.orders_page),
                          ("kampagner", self.campaigns_page), ("rapporter", self.reports_page)):
            if key not in self._stale_pages:
                page.on_changed(change)
        self.visits_page.on_changed(change)
        if change.touches("company") or change.touches("contact") or change.touches("promise") or \
                change.touches("visit") or change.touches("job_order"):
            for cid, card in list(self.cards.items()):
                if change.entity == "all" or cid in change.ids or any(cid in r.ids for r in change.related):
                    try:
                        card.reload()
                    except JobCRMError:  # deleted meanwhile
                        card.close()

    def _on_pulled(self, _result) -> None:
        """The team's changes came in: the pages not shown load fresh when shown (the shown one reloads now)."""
        if self.root.currentWidget() is self.shell:
            self._stale_pages |= {"virksomheder", "team", "jobordrer", "pladser", "kampagner", "rapporter"} - \
                {self.current_page()}
        self.events.changed.emit(ChangeSet("all", (), "reset"))

    # --- closing -------------------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:
        self.visits_page.close_forms()
        self.sync_ui.controller.stop()
        self.ui_settings.set("window_geometry", self.saveGeometry())
        self.ui_settings.sync()
        super().closeEvent(event)
