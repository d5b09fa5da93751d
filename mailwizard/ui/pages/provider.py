"""Step 1: compare the providers' plans for this many people and this budget, and choose one."""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QStyle,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from mailwizard.core.catalogue import Fact
from mailwizard.core.flow import Step
from mailwizard.core.plans import Assessment, Needs, Recommendation, assess, recommend
from mailwizard.ui import format as fmt
from mailwizard.ui import palette
from mailwizard.ui.controller import WizardController
from mailwizard.ui.messages import message
from mailwizard.ui.pages.base import WizardPage
from mailwizard.ui.widgets.table_rows import measure_rows_when_columns_settle

PLAN_ROLE = Qt.ItemDataRole.UserRole + 1
LINK_ROLE = Qt.ItemDataRole.UserRole + 2
PRICE_COLUMN, SEATS_COLUMN, FITS_COLUMN = 1, 3, 8
COLUMNS = 9


class ProviderPage(WizardPage):
    step = Step.PROVIDER

    def __init__(self, controller: WizardController, parent: QWidget | None = None) -> None:
        super().__init__(controller, parent)
        self._assessments: list[Assessment] = []
        self._recommendation: Recommendation | None = None
        self._rendered_for: tuple | None = None

        self.seats = QSpinBox(minimum=1, maximum=100_000)
        self.seats.setObjectName("seats")
        self.budget = QDoubleSpinBox(minimum=0, maximum=10_000_000, decimals=0, singleStep=50)
        self.budget.setObjectName("budget")
        self.currency = QComboBox()
        self.currency.setObjectName("currency")
        for code in sorted(controller.catalogue.rates.rates):
            self.currency.addItem(code, code)
        self.region = QComboBox(objectName="region")
        self.region.addItem("", "cn_mainland")
        self.region.addItem("", "elsewhere")
        budget_row = QHBoxLayout()
        budget_row.addWidget(self.budget, 1)
        budget_row.addWidget(self.currency)
        self.seats_label, self.budget_label, self.region_label = QLabel(), QLabel(), QLabel()
        self.seats_label.setBuddy(self.seats)
        self.budget_label.setBuddy(self.budget)
        self.region_label.setBuddy(self.region)
        self.seats.setMaximumWidth(160)
        self.budget.setMaximumWidth(160)
        budget_row.addStretch(1)
        form = QFormLayout()
        form.addRow(self.seats_label, self.seats)
        form.addRow(self.budget_label, budget_row)
        form.addRow(self.region_label, self.region)
        self.layout_.addLayout(form)

        self.recommendation = QLabel()
        self.recommendation.setObjectName("recommendation")
        self.recommendation.setWordWrap(True)
        self.choose_recommended = QPushButton(objectName="choose_recommended")
        banner = QFrame(objectName="recommendation_banner")
        palette.tint(banner, "#recommendation_banner {{ background: {note_bg}; border-radius: 6px; }}")
        banner_row = QHBoxLayout(banner)
        banner_row.setContentsMargins(12, 8, 12, 8)
        banner_row.addWidget(self.recommendation, 1)
        banner_row.addWidget(self.choose_recommended)
        self.layout_.addWidget(banner)

        self.table = QTableWidget(0, COLUMNS)
        self.table.setObjectName("plans")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(True)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        for column in (0, PRICE_COLUMN, FITS_COLUMN):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        measure_rows_when_columns_settle(self.table)  # tall rows had left fewer plans in view
        self.layout_.addWidget(self.table, 1)

        self.details = QLabel()
        self.details.setObjectName("details")
        self.details.setWordWrap(True)
        self.details.setOpenExternalLinks(True)
        self.details.setTextFormat(Qt.TextFormat.RichText)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.layout_.addWidget(self.details)

        # a rehearsal first: practice mode opens as its own window, the real set-up here stays as it is
        self.practice_note = QLabel(objectName="practice_note")
        self.practice_note.setWordWrap(True)
        self.practice_button = QPushButton(objectName="practise_first")
        self.practice_button.clicked.connect(self._practise)
        practice_row = QHBoxLayout()
        practice_row.addWidget(self.practice_note, 1)
        practice_row.addWidget(self.practice_button)
        self.layout_.addLayout(practice_row)
        in_practice = controller.in_practice
        self.practice_note.setVisible(not in_practice)
        self.practice_button.setVisible(not in_practice)

        self.seats.valueChanged.connect(self._needs_edited)
        self.budget.valueChanged.connect(self._needs_edited)
        self.currency.currentIndexChanged.connect(self._needs_edited)
        self.region.currentIndexChanged.connect(self._needs_edited)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.table.cellClicked.connect(self._cell_clicked)
        self.choose_recommended.clicked.connect(self._choose_recommended)
        self.retranslate()
        self.refresh()

    # --- texts ---------------------------------------------------------------------------
    def _practise(self) -> None:
        from mailwizard.ui.practice_launch import launch_practice_process

        launch_practice_process()

    def retranslate(self) -> None:
        self.practice_note.setText(self.tr(
            "Not sure yet? Walk through every step first with a practice provider on this computer: no real "
            "accounts, nothing to buy, and your set-up here stays as it is."))
        self.practice_button.setText(self.tr("&Practise first…"))
        self.heading.setText(self.tr("Choose your email provider"))
        self.intro.setText(self.tr(
            "Tell us how many people need a mailbox and what you can spend. We compare the plans and "
            "suggest one; click a row to choose it."))
        self.seats_label.setText(self.tr("People who need a mailbox:"))
        self.budget_label.setText(self.tr("Budget per month:"))
        self.currency.setAccessibleName(self.tr("Currency"))  # beside the budget, with no label of its own
        self.budget.setSpecialValueText(self.tr("No limit"))
        self.region_label.setText(self.tr("Where most of your staff work:"))
        self.region.setItemText(0, self.tr("Mainland China"))
        self.region.setItemText(1, self.tr("Elsewhere (Taiwan, Hong Kong, abroad)"))
        self.choose_recommended.setText(self.tr("&Choose this plan"))
        self.table.setAccessibleName(self.tr("Plans"))
        self.table.setHorizontalHeaderLabels([
            self.tr("Provider and plan"), self.tr("Monthly cost"), self.tr("Storage\nper person"),
            self.tr("Max people"), self.tr("Spam filter"), self.tr("Accounts"), self.tr("Support"),
            self.tr("Data location"), self.tr("Fits your needs"),
        ])
        self._render()

    # --- state ---------------------------------------------------------------------------
    def refresh(self) -> None:
        state = self.controller.state
        with (QSignalBlocker(self.seats), QSignalBlocker(self.budget), QSignalBlocker(self.currency),
              QSignalBlocker(self.region)):
            self.region.setCurrentIndex(max(self.region.findData(state.region), 0))
            self.seats.setValue(state.seats)
            self.budget.setValue(state.budget or 0)
            index = self.currency.findData(state.budget_currency)
            self.currency.setCurrentIndex(max(index, 0))
        self._render()

    def _needs_edited(self) -> None:
        budget = self.budget.value()
        self.controller.update(seats=self.seats.value(), budget=budget if budget > 0 else None,
                               budget_currency=self.currency.currentData(), region=self.region.currentData())
        self._render()

    def _selection_changed(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        provider_id, plan_id = self.table.item(rows[0].row(), 0).data(PLAN_ROLE)
        self.controller.choose_plan(provider_id, plan_id)
        self._show_details()
        self.changed.emit()

    def _cell_clicked(self, row: int, column: int) -> None:
        url = self.table.item(row, column).data(LINK_ROLE)
        if url:
            from PySide6.QtCore import QUrl
            from PySide6.QtGui import QDesktopServices

            QDesktopServices.openUrl(QUrl(url))

    def _choose_recommended(self) -> None:
        rec = self._recommendation.assessment if self._recommendation else None
        if rec is not None:
            self.controller.choose_plan(rec.provider.id, rec.plan.id)
            self._render()

    def _render(self) -> None:
        state = self.controller.state
        # Entering the page, a language switch and the start-up path each ask for a render; rebuilding
        # 468 cells when nothing they show has changed costs a visible moment at start-up.
        key = (self.controller.language, state.seats, state.budget, state.budget_currency, state.region,
               state.provider_id, state.plan_id)
        if key == self._rendered_for:
            return
        self._rendered_for = key
        needs = Needs(state.seats, state.budget, state.budget_currency)
        self._assessments = assess(self.controller.catalogue, needs)
        self._recommendation = recommend(self._assessments, state.region)
        self.recommendation.setText(self._recommendation_text(self._recommendation, needs))
        suggested = self._recommendation.assessment
        self.choose_recommended.setVisible(
            suggested is not None and self._recommendation.key in ("recommend.api", "recommend.manual")
            and (suggested.provider.id, suggested.plan.id) != (state.provider_id, state.plan_id))
        with QSignalBlocker(self.table):
            self.table.setRowCount(len(self._assessments))
            for row, assessment in enumerate(self._assessments):
                self._fill_row(row, assessment)
            selected = next((row for row, a in enumerate(self._assessments)
                             if (a.provider.id, a.plan.id) == (state.provider_id, state.plan_id)), None)
            self.table.clearSelection()
            if selected is not None:
                self.table.selectRow(selected)
        # measured now too, not only once the columns settle: rows as tall as at the default widths are what
        # gives the first frame its scroll bar, and so its columns their widths (without, the first frame differed)
        self.table.resizeRowsToContents()
        self._show_details()
        self.changed.emit()

    def _fill_row(self, row: int, a: Assessment) -> None:
        lang = self.controller.language
        plan, provider = a.plan, a.provider
        seats = plan.seats.value
        list_price = (fmt.price_text(plan.price.value, seats.max if seats else None) if plan.price.confirmed
                      else self.tr("Check current price"))
        setup = a.setup
        cells = [
            f"{provider.name.get(lang)}\n{fmt.plan_short_name(provider, plan, lang)}",
            f"{self._monthly_text(a)}\n({list_price})" if plan.price.confirmed and a.monthly_native else list_price,
            self._known(plan.storage, fmt.storage_text),
            self._known(plan.seats, fmt.seats_text),
            self._known(provider.antispam, fmt.antispam_text),
            fmt.setup_text(setup) if setup else self.tr("To check"),
            self._known(provider.support, lambda v: fmt.support_text(v, people_only=True)),
            self._known(provider.regions, fmt.regions_text),
        ]
        for column, text in enumerate(cells):
            item = QTableWidgetItem(text)
            if column == 0:
                item.setData(PLAN_ROLE, (provider.id, plan.id))
            self.table.setItem(row, column, item)
        status_text, icon = self._status(a)
        status = QTableWidgetItem(self.style().standardIcon(icon), status_text)
        self.table.setItem(row, COLUMNS - 1, status)
        if not plan.price.confirmed:
            # No invented number: a link to the provider's own price page instead.
            price = self.table.item(row, PRICE_COLUMN)
            price.setData(LINK_ROLE, provider.links["pricing"])
            price.setToolTip(provider.links["pricing"])
            price.setForeground(self.palette().link())
            font = price.font()
            font.setUnderline(True)
            price.setFont(font)

    def _known(self, fact: Fact, render) -> str:
        return render(fact.value) if fact.confirmed else self.tr("To check")

    def _status(self, a: Assessment) -> tuple[str, QStyle.StandardPixmap]:
        sp = QStyle.StandardPixmap
        rec = self._recommendation.assessment if self._recommendation else None
        if rec is a and self._recommendation.key in ("recommend.api", "recommend.manual"):
            return self.tr("Recommended"), sp.SP_DialogApplyButton
        if a.fits_seats is False:
            return self.tr("Too few accounts"), sp.SP_MessageBoxCritical
        if not a.price_known:
            return self.tr("Price to check"), sp.SP_MessageBoxInformation
        if a.within_budget is False:
            return self.tr("Over budget"), sp.SP_MessageBoxWarning
        if a.fits_seats is None:
            return self.tr("Check user limit"), sp.SP_MessageBoxInformation
        return self.tr("Fits"), sp.SP_DialogApplyButton

    def _monthly_text(self, a: Assessment) -> str:
        return fmt.monthly_text(a, self.controller.state.budget_currency)

    def _recommendation_text(self, rec: Recommendation, needs: Needs) -> str:
        return message(*fmt.recommendation_message(rec, needs, self.controller.language))

    def _show_details(self) -> None:
        state = self.controller.state
        provider = self.controller.catalogue.provider(state.provider_id or "")
        plan = provider.plan(state.plan_id or "") if provider else None
        if provider is None or plan is None:
            self.details.setText(self.tr("No plan chosen yet. Click a row in the table to choose it."))
            return
        import html  # not at the top: a first run shows no plan here, and html loads after its first frame

        lang = self.controller.language
        lines = [f"<b>{html.escape(fmt.plan_title(provider, plan, lang))}</b>"]

        def line(label: str, value: str, fact: Fact) -> None:
            text = self.tr("{label}: {value}").format(label=label, value=value)
            if fact.note:  # a sentence of its own after a dash: brackets around it nested with the note's own
                note = html.escape(fact.note.get(lang))
                ends_sentence = value.rstrip().endswith((".", "。", "!", "！", "?", "？"))
                text = (self.tr("{text} {note}") if ends_sentence else self.tr("{text} — {note}")).format(
                    text=text, note=note)
            lines.append(self.tr("{text} · {source}").format(text=text, source=fmt.checked_text(fact)))

        if plan.price.confirmed:
            line(self.tr("Price"), fmt.price_text(plan.price.value, plan.seats.value.max if plan.seats.value
                                                  else None), plan.price)
        else:
            line(self.tr("Price"), self.tr('not confirmed — <a href="{url}">check current price</a>').format(
                url=provider.links["pricing"]), plan.price)
        if provider.antispam.detail:
            line(self.tr("Spam protection"), provider.antispam.detail.get(lang), provider.antispam)
        if provider.support.detail:
            line(self.tr("Support"), provider.support.detail.get(lang), provider.support)
        lines.append(self.tr('<a href="{url}">Provider\'s website</a>').format(url=provider.links["website"]))
        self.details.setText("<br>".join(lines))
