# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'compensation_page.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QAction, QBrush, QColor, QConicalGradient,
    QCursor, QFont, QFontDatabase, QGradient,
    QIcon, QImage, QKeySequence, QLinearGradient,
    QPainter, QPalette, QPixmap, QRadialGradient,
    QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QComboBox,
    QGroupBox, QHBoxLayout, QHeaderView, QLabel,
    QSizePolicy, QSpacerItem, QSpinBox, QSplitter,
    QTabWidget, QTableView, QTextBrowser, QToolButton,
    QVBoxLayout, QWidget)

class Ui_CompensationPage(object):
    def setupUi(self, CompensationPage):
        if not CompensationPage.objectName():
            CompensationPage.setObjectName(u"CompensationPage")
        CompensationPage.resize(1240, 780)
        self.actionCandidates = QAction(CompensationPage)
        self.actionCandidates.setObjectName(u"actionCandidates")
        self.actionLedger = QAction(CompensationPage)
        self.actionLedger.setObjectName(u"actionLedger")
        self.actionCorrectiveList = QAction(CompensationPage)
        self.actionCorrectiveList.setObjectName(u"actionCorrectiveList")
        self.actionApprove = QAction(CompensationPage)
        self.actionApprove.setObjectName(u"actionApprove")
        self.actionApprove.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.actionReject = QAction(CompensationPage)
        self.actionReject.setObjectName(u"actionReject")
        self.actionReject.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.actionRecordCorrective = QAction(CompensationPage)
        self.actionRecordCorrective.setObjectName(u"actionRecordCorrective")
        self.actionRecordCorrective.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.actionVoid = QAction(CompensationPage)
        self.actionVoid.setObjectName(u"actionVoid")
        self.actionPrintVoucher = QAction(CompensationPage)
        self.actionPrintVoucher.setObjectName(u"actionPrintVoucher")
        self.actionPrintVoucher.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.actionPrintMonth = QAction(CompensationPage)
        self.actionPrintMonth.setObjectName(u"actionPrintMonth")
        self.actionPrintMonth.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.actionBudget = QAction(CompensationPage)
        self.actionBudget.setObjectName(u"actionBudget")
        self.actionNotice = QAction(CompensationPage)
        self.actionNotice.setObjectName(u"actionNotice")
        self.actionNotice.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.rootLayout = QVBoxLayout(CompensationPage)
        self.rootLayout.setSpacing(6)
        self.rootLayout.setObjectName(u"rootLayout")
        self.rootLayout.setContentsMargins(0, 0, 0, 0)
        self.pageMessage = QLabel(CompensationPage)
        self.pageMessage.setObjectName(u"pageMessage")
        self.pageMessage.setWordWrap(True)
        self.pageMessage.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.rootLayout.addWidget(self.pageMessage)

        self.tabs = QTabWidget(CompensationPage)
        self.tabs.setObjectName(u"tabs")
        self.candidatesTab = QWidget()
        self.candidatesTab.setObjectName(u"candidatesTab")
        self.candidatesLayout = QVBoxLayout(self.candidatesTab)
        self.candidatesLayout.setObjectName(u"candidatesLayout")
        self.candidateFilterRow = QHBoxLayout()
        self.candidateFilterRow.setObjectName(u"candidateFilterRow")
        self.kindLabel = QLabel(self.candidatesTab)
        self.kindLabel.setObjectName(u"kindLabel")

        self.candidateFilterRow.addWidget(self.kindLabel)

        self.kindCombo = QComboBox(self.candidatesTab)
        self.kindCombo.setObjectName(u"kindCombo")
        self.kindCombo.setMinimumSize(QSize(220, 0))

        self.candidateFilterRow.addWidget(self.kindCombo)

        self.decidedCheck = QCheckBox(self.candidatesTab)
        self.decidedCheck.setObjectName(u"decidedCheck")

        self.candidateFilterRow.addWidget(self.decidedCheck)

        self.candidateFilterSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.candidateFilterRow.addItem(self.candidateFilterSpacer)


        self.candidatesLayout.addLayout(self.candidateFilterRow)

        self.candidateSummary = QLabel(self.candidatesTab)
        self.candidateSummary.setObjectName(u"candidateSummary")
        self.candidateSummary.setWordWrap(True)

        self.candidatesLayout.addWidget(self.candidateSummary)

        self.candidateSplitter = QSplitter(self.candidatesTab)
        self.candidateSplitter.setObjectName(u"candidateSplitter")
        self.candidateSplitter.setOrientation(Qt.Orientation.Vertical)
        self.candidateSplitter.setChildrenCollapsible(False)
        self.candidateTable = QTableView(self.candidateSplitter)
        self.candidateTable.setObjectName(u"candidateTable")
        self.candidateTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.candidateTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.candidateTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.candidateTable.setWordWrap(False)
        self.candidateSplitter.addWidget(self.candidateTable)
        self.candidateTable.verticalHeader().setVisible(False)
        self.candidateBox = QGroupBox(self.candidateSplitter)
        self.candidateBox.setObjectName(u"candidateBox")
        self.candidateBoxLayout = QVBoxLayout(self.candidateBox)
        self.candidateBoxLayout.setObjectName(u"candidateBoxLayout")
        self.candidateDetailRow = QHBoxLayout()
        self.candidateDetailRow.setObjectName(u"candidateDetailRow")
        self.evidenceColumn = QVBoxLayout()
        self.evidenceColumn.setObjectName(u"evidenceColumn")
        self.evidenceLabel = QLabel(self.candidateBox)
        self.evidenceLabel.setObjectName(u"evidenceLabel")

        self.evidenceColumn.addWidget(self.evidenceLabel)

        self.evidenceText = QTextBrowser(self.candidateBox)
        self.evidenceText.setObjectName(u"evidenceText")
        self.evidenceText.setOpenLinks(False)
        self.evidenceText.setTabChangesFocus(True)

        self.evidenceColumn.addWidget(self.evidenceText)


        self.candidateDetailRow.addLayout(self.evidenceColumn)

        self.whoColumn = QVBoxLayout()
        self.whoColumn.setObjectName(u"whoColumn")
        self.recipientText = QLabel(self.candidateBox)
        self.recipientText.setObjectName(u"recipientText")
        self.recipientText.setWordWrap(True)
        self.recipientText.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.whoColumn.addWidget(self.recipientText)

        self.officerText = QLabel(self.candidateBox)
        self.officerText.setObjectName(u"officerText")
        self.officerText.setWordWrap(True)
        self.officerText.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.whoColumn.addWidget(self.officerText)

        self.decisionText = QLabel(self.candidateBox)
        self.decisionText.setObjectName(u"decisionText")
        self.decisionText.setWordWrap(True)
        self.decisionText.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.whoColumn.addWidget(self.decisionText)

        self.whoSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.whoColumn.addItem(self.whoSpacer)


        self.candidateDetailRow.addLayout(self.whoColumn)

        self.candidateDetailRow.setStretch(0, 3)
        self.candidateDetailRow.setStretch(1, 2)

        self.candidateBoxLayout.addLayout(self.candidateDetailRow)

        self.candidateButtons = QHBoxLayout()
        self.candidateButtons.setObjectName(u"candidateButtons")
        self.approveButton = QToolButton(self.candidateBox)
        self.approveButton.setObjectName(u"approveButton")

        self.candidateButtons.addWidget(self.approveButton)

        self.rejectButton = QToolButton(self.candidateBox)
        self.rejectButton.setObjectName(u"rejectButton")

        self.candidateButtons.addWidget(self.rejectButton)

        self.candidateCorrectiveButton = QToolButton(self.candidateBox)
        self.candidateCorrectiveButton.setObjectName(u"candidateCorrectiveButton")

        self.candidateButtons.addWidget(self.candidateCorrectiveButton)

        self.candidateButtonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.candidateButtons.addItem(self.candidateButtonSpacer)

        self.candidateKeys = QLabel(self.candidateBox)
        self.candidateKeys.setObjectName(u"candidateKeys")

        self.candidateButtons.addWidget(self.candidateKeys)


        self.candidateBoxLayout.addLayout(self.candidateButtons)

        self.candidateSplitter.addWidget(self.candidateBox)

        self.candidatesLayout.addWidget(self.candidateSplitter)

        self.tabs.addTab(self.candidatesTab, "")
        self.ledgerTab = QWidget()
        self.ledgerTab.setObjectName(u"ledgerTab")
        self.ledgerLayout = QVBoxLayout(self.ledgerTab)
        self.ledgerLayout.setObjectName(u"ledgerLayout")
        self.ledgerPeriodRow = QHBoxLayout()
        self.ledgerPeriodRow.setObjectName(u"ledgerPeriodRow")
        self.yearLabel = QLabel(self.ledgerTab)
        self.yearLabel.setObjectName(u"yearLabel")

        self.ledgerPeriodRow.addWidget(self.yearLabel)

        self.yearSpin = QSpinBox(self.ledgerTab)
        self.yearSpin.setObjectName(u"yearSpin")
        self.yearSpin.setMinimum(2000)
        self.yearSpin.setMaximum(2999)
        self.yearSpin.setValue(2026)

        self.ledgerPeriodRow.addWidget(self.yearSpin)

        self.monthLabel = QLabel(self.ledgerTab)
        self.monthLabel.setObjectName(u"monthLabel")

        self.ledgerPeriodRow.addWidget(self.monthLabel)

        self.monthCombo = QComboBox(self.ledgerTab)
        self.monthCombo.setObjectName(u"monthCombo")

        self.ledgerPeriodRow.addWidget(self.monthCombo)

        self.ledgerPeriodSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.ledgerPeriodRow.addItem(self.ledgerPeriodSpacer)

        self.voidButton = QToolButton(self.ledgerTab)
        self.voidButton.setObjectName(u"voidButton")

        self.ledgerPeriodRow.addWidget(self.voidButton)

        self.printButton = QToolButton(self.ledgerTab)
        self.printButton.setObjectName(u"printButton")

        self.ledgerPeriodRow.addWidget(self.printButton)

        self.printMonthButton = QToolButton(self.ledgerTab)
        self.printMonthButton.setObjectName(u"printMonthButton")

        self.ledgerPeriodRow.addWidget(self.printMonthButton)

        self.voucherCorrectiveButton = QToolButton(self.ledgerTab)
        self.voucherCorrectiveButton.setObjectName(u"voucherCorrectiveButton")

        self.ledgerPeriodRow.addWidget(self.voucherCorrectiveButton)


        self.ledgerLayout.addLayout(self.ledgerPeriodRow)

        self.voucherSummary = QLabel(self.ledgerTab)
        self.voucherSummary.setObjectName(u"voucherSummary")
        self.voucherSummary.setWordWrap(True)

        self.ledgerLayout.addWidget(self.voucherSummary)

        self.ledgerSplitter = QSplitter(self.ledgerTab)
        self.ledgerSplitter.setObjectName(u"ledgerSplitter")
        self.ledgerSplitter.setOrientation(Qt.Orientation.Vertical)
        self.ledgerSplitter.setChildrenCollapsible(False)
        self.voucherTable = QTableView(self.ledgerSplitter)
        self.voucherTable.setObjectName(u"voucherTable")
        self.voucherTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.voucherTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.voucherTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.voucherTable.setWordWrap(False)
        self.ledgerSplitter.addWidget(self.voucherTable)
        self.voucherTable.verticalHeader().setVisible(False)
        self.voucherDetail = QLabel(self.ledgerSplitter)
        self.voucherDetail.setObjectName(u"voucherDetail")
        self.voucherDetail.setWordWrap(True)
        self.voucherDetail.setAlignment(Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignTop)
        self.voucherDetail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.ledgerSplitter.addWidget(self.voucherDetail)
        self.ledgerBox = QGroupBox(self.ledgerSplitter)
        self.ledgerBox.setObjectName(u"ledgerBox")
        self.ledgerBoxLayout = QVBoxLayout(self.ledgerBox)
        self.ledgerBoxLayout.setObjectName(u"ledgerBoxLayout")
        self.budgetRow = QHBoxLayout()
        self.budgetRow.setObjectName(u"budgetRow")
        self.budgetText = QLabel(self.ledgerBox)
        self.budgetText.setObjectName(u"budgetText")
        self.budgetText.setWordWrap(True)

        self.budgetRow.addWidget(self.budgetText)

        self.budgetSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.budgetRow.addItem(self.budgetSpacer)

        self.budgetButton = QToolButton(self.ledgerBox)
        self.budgetButton.setObjectName(u"budgetButton")

        self.budgetRow.addWidget(self.budgetButton)

        self.budgetRow.setStretch(0, 1)

        self.ledgerBoxLayout.addLayout(self.budgetRow)

        self.budgetWarning = QLabel(self.ledgerBox)
        self.budgetWarning.setObjectName(u"budgetWarning")
        self.budgetWarning.setWordWrap(True)

        self.ledgerBoxLayout.addWidget(self.budgetWarning)

        self.ledgerTable = QTableView(self.ledgerBox)
        self.ledgerTable.setObjectName(u"ledgerTable")
        self.ledgerTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.ledgerTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.ledgerTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.ledgerTable.setWordWrap(False)
        self.ledgerTable.verticalHeader().setVisible(False)

        self.ledgerBoxLayout.addWidget(self.ledgerTable)

        self.ledgerSplitter.addWidget(self.ledgerBox)

        self.ledgerLayout.addWidget(self.ledgerSplitter)

        self.tabs.addTab(self.ledgerTab, "")
        self.correctiveTab = QWidget()
        self.correctiveTab.setObjectName(u"correctiveTab")
        self.correctiveLayout = QVBoxLayout(self.correctiveTab)
        self.correctiveLayout.setObjectName(u"correctiveLayout")
        self.correctivePeriodRow = QHBoxLayout()
        self.correctivePeriodRow.setObjectName(u"correctivePeriodRow")
        self.correctiveYearLabel = QLabel(self.correctiveTab)
        self.correctiveYearLabel.setObjectName(u"correctiveYearLabel")

        self.correctivePeriodRow.addWidget(self.correctiveYearLabel)

        self.correctiveYearSpin = QSpinBox(self.correctiveTab)
        self.correctiveYearSpin.setObjectName(u"correctiveYearSpin")
        self.correctiveYearSpin.setMinimum(2000)
        self.correctiveYearSpin.setMaximum(2999)
        self.correctiveYearSpin.setValue(2026)

        self.correctivePeriodRow.addWidget(self.correctiveYearSpin)

        self.correctiveMonthLabel = QLabel(self.correctiveTab)
        self.correctiveMonthLabel.setObjectName(u"correctiveMonthLabel")

        self.correctivePeriodRow.addWidget(self.correctiveMonthLabel)

        self.correctiveMonthCombo = QComboBox(self.correctiveTab)
        self.correctiveMonthCombo.setObjectName(u"correctiveMonthCombo")

        self.correctivePeriodRow.addWidget(self.correctiveMonthCombo)

        self.correctivePeriodSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.correctivePeriodRow.addItem(self.correctivePeriodSpacer)

        self.recordButton = QToolButton(self.correctiveTab)
        self.recordButton.setObjectName(u"recordButton")

        self.correctivePeriodRow.addWidget(self.recordButton)

        self.noticeButton = QToolButton(self.correctiveTab)
        self.noticeButton.setObjectName(u"noticeButton")

        self.correctivePeriodRow.addWidget(self.noticeButton)


        self.correctiveLayout.addLayout(self.correctivePeriodRow)

        self.correctiveSummary = QLabel(self.correctiveTab)
        self.correctiveSummary.setObjectName(u"correctiveSummary")
        self.correctiveSummary.setWordWrap(True)

        self.correctiveLayout.addWidget(self.correctiveSummary)

        self.correctiveSplitter = QSplitter(self.correctiveTab)
        self.correctiveSplitter.setObjectName(u"correctiveSplitter")
        self.correctiveSplitter.setOrientation(Qt.Orientation.Vertical)
        self.correctiveSplitter.setChildrenCollapsible(False)
        self.correctiveTable = QTableView(self.correctiveSplitter)
        self.correctiveTable.setObjectName(u"correctiveTable")
        self.correctiveTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.correctiveTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.correctiveTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.correctiveTable.setWordWrap(False)
        self.correctiveSplitter.addWidget(self.correctiveTable)
        self.correctiveTable.verticalHeader().setVisible(False)
        self.correctiveDetail = QTextBrowser(self.correctiveSplitter)
        self.correctiveDetail.setObjectName(u"correctiveDetail")
        self.correctiveDetail.setOpenLinks(False)
        self.correctiveDetail.setTabChangesFocus(True)
        self.correctiveSplitter.addWidget(self.correctiveDetail)

        self.correctiveLayout.addWidget(self.correctiveSplitter)

        self.tabs.addTab(self.correctiveTab, "")

        self.rootLayout.addWidget(self.tabs)

#if QT_CONFIG(shortcut)
        self.kindLabel.setBuddy(self.kindCombo)
        self.evidenceLabel.setBuddy(self.evidenceText)
        self.yearLabel.setBuddy(self.yearSpin)
        self.monthLabel.setBuddy(self.monthCombo)
        self.correctiveYearLabel.setBuddy(self.correctiveYearSpin)
        self.correctiveMonthLabel.setBuddy(self.correctiveMonthCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.tabs, self.kindCombo)
        QWidget.setTabOrder(self.kindCombo, self.decidedCheck)
        QWidget.setTabOrder(self.decidedCheck, self.candidateTable)
        QWidget.setTabOrder(self.candidateTable, self.evidenceText)
        QWidget.setTabOrder(self.evidenceText, self.approveButton)
        QWidget.setTabOrder(self.approveButton, self.rejectButton)
        QWidget.setTabOrder(self.rejectButton, self.candidateCorrectiveButton)
        QWidget.setTabOrder(self.candidateCorrectiveButton, self.yearSpin)
        QWidget.setTabOrder(self.yearSpin, self.monthCombo)
        QWidget.setTabOrder(self.monthCombo, self.voidButton)
        QWidget.setTabOrder(self.voidButton, self.printButton)
        QWidget.setTabOrder(self.printButton, self.printMonthButton)
        QWidget.setTabOrder(self.printMonthButton, self.voucherCorrectiveButton)
        QWidget.setTabOrder(self.voucherCorrectiveButton, self.voucherTable)
        QWidget.setTabOrder(self.voucherTable, self.budgetButton)
        QWidget.setTabOrder(self.budgetButton, self.ledgerTable)
        QWidget.setTabOrder(self.ledgerTable, self.correctiveYearSpin)
        QWidget.setTabOrder(self.correctiveYearSpin, self.correctiveMonthCombo)
        QWidget.setTabOrder(self.correctiveMonthCombo, self.recordButton)
        QWidget.setTabOrder(self.recordButton, self.noticeButton)
        QWidget.setTabOrder(self.noticeButton, self.correctiveTable)
        QWidget.setTabOrder(self.correctiveTable, self.correctiveDetail)

        self.retranslateUi(CompensationPage)

        QMetaObject.connectSlotsByName(CompensationPage)
    # setupUi

    def retranslateUi(self, CompensationPage):
#if QT_CONFIG(accessibility)
        CompensationPage.setAccessibleName(QCoreApplication.translate("CompensationPage", u"\ubcf4\uc0c1\u00b7\uc2dc\uc815\uc870\uce58", None))
#endif // QT_CONFIG(accessibility)
        self.actionCandidates.setText(QCoreApplication.translate("CompensationPage", u"\ubcf4\uc0c1 \ud6c4\ubcf4(&C)", None))
#if QT_CONFIG(tooltip)
        self.actionCandidates.setToolTip(QCoreApplication.translate("CompensationPage", u"\uacb0\uc815\uc744 \uae30\ub2e4\ub9ac\ub294 \ubcf4\uc0c1 \ud6c4\ubcf4\uc640 \uadf8 \uadfc\uac70", None))
#endif // QT_CONFIG(tooltip)
        self.actionLedger.setText(QCoreApplication.translate("CompensationPage", u"\uc99d\uc11c \ub300\uc7a5(&L)", None))
#if QT_CONFIG(tooltip)
        self.actionLedger.setToolTip(QCoreApplication.translate("CompensationPage", u"\ubc1c\uae09\ud55c \uc99d\uc11c, \uc6d4\ubcc4 \ub300\uc7a5\uacfc \uc62c\ud574 \uc608\uc0b0", None))
#endif // QT_CONFIG(tooltip)
        self.actionCorrectiveList.setText(QCoreApplication.translate("CompensationPage", u"\uc2dc\uc815\uc870\uce58 \ubaa9\ub85d(&O)", None))
#if QT_CONFIG(tooltip)
        self.actionCorrectiveList.setToolTip(QCoreApplication.translate("CompensationPage", u"\ub2ec\ub9c8\ub2e4 \uae30\ub85d\ud55c \uc2dc\uc815\uc870\uce58\uc640 \uacb0\uacfc \uc548\ub0b4\ubb38", None))
#endif // QT_CONFIG(tooltip)
        self.actionApprove.setText(QCoreApplication.translate("CompensationPage", u"\uc2b9\uc778\ud558\uace0 \uc99d\uc11c \ubc1c\uae09(&A)\u2026", None))
        self.actionApprove.setIconText(QCoreApplication.translate("CompensationPage", u"\uc2b9\uc778", None))
#if QT_CONFIG(tooltip)
        self.actionApprove.setToolTip(QCoreApplication.translate("CompensationPage", u"\uace0\ub978 \ud6c4\ubcf4\ub97c \uc2b9\uc778\ud558\uace0 \ubcf4\uc0c1 \uc99d\uc11c\ub97c \ubc1c\uae09\ud569\ub2c8\ub2e4 (Ctrl+Enter)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(shortcut)
        self.actionApprove.setShortcut(QCoreApplication.translate("CompensationPage", u"Ctrl+Return", None))
#endif // QT_CONFIG(shortcut)
        self.actionReject.setText(QCoreApplication.translate("CompensationPage", u"\ubc18\ub824(&R)\u2026", None))
        self.actionReject.setIconText(QCoreApplication.translate("CompensationPage", u"\ubc18\ub824", None))
#if QT_CONFIG(tooltip)
        self.actionReject.setToolTip(QCoreApplication.translate("CompensationPage", u"\uace0\ub978 \ud6c4\ubcf4\ub97c \uc0ac\uc720\ub97c \uc801\uc5b4 \ubc18\ub824\ud569\ub2c8\ub2e4 (Ctrl+Shift+R)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(shortcut)
        self.actionReject.setShortcut(QCoreApplication.translate("CompensationPage", u"Ctrl+Shift+R", None))
#endif // QT_CONFIG(shortcut)
        self.actionRecordCorrective.setText(QCoreApplication.translate("CompensationPage", u"\uc2dc\uc815\uc870\uce58 \uae30\ub85d(&K)\u2026", None))
        self.actionRecordCorrective.setIconText(QCoreApplication.translate("CompensationPage", u"\uc2dc\uc815\uc870\uce58 \uae30\ub85d", None))
#if QT_CONFIG(tooltip)
        self.actionRecordCorrective.setToolTip(QCoreApplication.translate("CompensationPage", u"\uc9c1\uc6d0\uc5d0\uac8c \ud55c \uc2dc\uc815\uc870\uce58\ub97c \uae30\ub85d\ud569\ub2c8\ub2e4. \uace0\ub978 \ud6c4\ubcf4\ub098 \uc99d\uc11c\uc758 \ubbfc\uc6d0\u00b7\ubc29\ubb38\uc5d0 \uc774\uc5b4 \uc801\uc744 \uc218 \uc788\uc2b5\ub2c8\ub2e4 (Ctrl+Shift+K)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(shortcut)
        self.actionRecordCorrective.setShortcut(QCoreApplication.translate("CompensationPage", u"Ctrl+Shift+K", None))
#endif // QT_CONFIG(shortcut)
        self.actionVoid.setText(QCoreApplication.translate("CompensationPage", u"\uc99d\uc11c \ubb34\ud6a8 \ucc98\ub9ac(&V)\u2026", None))
        self.actionVoid.setIconText(QCoreApplication.translate("CompensationPage", u"\ubb34\ud6a8 \ucc98\ub9ac", None))
#if QT_CONFIG(tooltip)
        self.actionVoid.setToolTip(QCoreApplication.translate("CompensationPage", u"\uace0\ub978 \uc99d\uc11c\ub97c \uc0ac\uc720\ub97c \uc801\uc5b4 \ubb34\ud6a8\ub85c \ud569\ub2c8\ub2e4. \ub300\uc7a5\uc5d0\ub294 \uadf8\ub300\ub85c \ub0a8\uace0 \ubc88\ud638\ub294 \ub2e4\uc2dc \uc4f0\uc9c0 \uc54a\uc2b5\ub2c8\ub2e4", None))
#endif // QT_CONFIG(tooltip)
        self.actionPrintVoucher.setText(QCoreApplication.translate("CompensationPage", u"\uc99d\uc11c \uc778\uc1c4(&P)\u2026", None))
        self.actionPrintVoucher.setIconText(QCoreApplication.translate("CompensationPage", u"\uc99d\uc11c \uc778\uc1c4", None))
#if QT_CONFIG(tooltip)
        self.actionPrintVoucher.setToolTip(QCoreApplication.translate("CompensationPage", u"\uace0\ub978 \uc99d\uc11c\ub97c \uc778\uc1c4 \ubbf8\ub9ac\ubcf4\uae30\ub85c \uc5fd\ub2c8\ub2e4 (Ctrl+P)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(shortcut)
        self.actionPrintVoucher.setShortcut(QCoreApplication.translate("CompensationPage", u"Ctrl+P", None))
#endif // QT_CONFIG(shortcut)
        self.actionPrintMonth.setText(QCoreApplication.translate("CompensationPage", u"\uc774 \ub2ec \uc99d\uc11c \ubaa8\ub450 \uc778\uc1c4(&B)\u2026", None))
        self.actionPrintMonth.setIconText(QCoreApplication.translate("CompensationPage", u"\uc774 \ub2ec \uc99d\uc11c \ubaa8\ub450 \uc778\uc1c4", None))
#if QT_CONFIG(tooltip)
        self.actionPrintMonth.setToolTip(QCoreApplication.translate("CompensationPage", u"\uace0\ub978 \ub2ec\uc5d0 \ubc1c\uae09\ud55c \uc720\ud6a8\ud55c \uc99d\uc11c\ub97c \ubc88\ud638 \uc21c\uc11c\ub85c \ud55c \ud30c\uc77c\uc5d0 \ubaa8\uc74d\ub2c8\ub2e4 (Ctrl+Shift+P)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(shortcut)
        self.actionPrintMonth.setShortcut(QCoreApplication.translate("CompensationPage", u"Ctrl+Shift+P", None))
#endif // QT_CONFIG(shortcut)
        self.actionBudget.setText(QCoreApplication.translate("CompensationPage", u"\uc608\uc0b0 \uc124\uc815(&G)\u2026", None))
        self.actionBudget.setIconText(QCoreApplication.translate("CompensationPage", u"\uc608\uc0b0 \uc124\uc815\u2026", None))
#if QT_CONFIG(tooltip)
        self.actionBudget.setToolTip(QCoreApplication.translate("CompensationPage", u"\uace0\ub978 \uc5f0\ub3c4\uc758 \ubcf4\uc0c1 \uc608\uc0b0\uc744 \uc815\ud569\ub2c8\ub2e4. \ub118\uae30 \uc804\uc5d0 \uacbd\uace0\ud569\ub2c8\ub2e4", None))
#endif // QT_CONFIG(tooltip)
        self.actionNotice.setText(QCoreApplication.translate("CompensationPage", u"\uacb0\uacfc \uc548\ub0b4\ubb38(&T)", None))
        self.actionNotice.setIconText(QCoreApplication.translate("CompensationPage", u"\uacb0\uacfc \uc548\ub0b4\ubb38", None))
#if QT_CONFIG(tooltip)
        self.actionNotice.setToolTip(QCoreApplication.translate("CompensationPage", u"\uace0\ub978 \uc2dc\uc815\uc870\uce58\uc758 \uacb0\uacfc \uc548\ub0b4\ubb38\uc744 \uc778\uc1c4 \ubbf8\ub9ac\ubcf4\uae30\ub85c \uc5fd\ub2c8\ub2e4 (Ctrl+P)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(shortcut)
        self.actionNotice.setShortcut(QCoreApplication.translate("CompensationPage", u"Ctrl+P", None))
#endif // QT_CONFIG(shortcut)
#if QT_CONFIG(accessibility)
        self.pageMessage.setAccessibleName(QCoreApplication.translate("CompensationPage", u"\ubcf4\uc0c1\u00b7\uc2dc\uc815\uc870\uce58 \uc548\ub0b4", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.tabs.setAccessibleName(QCoreApplication.translate("CompensationPage", u"\ubcf4\uc0c1\u00b7\uc2dc\uc815\uc870\uce58 \ud654\uba74", None))
#endif // QT_CONFIG(accessibility)
        self.kindLabel.setText(QCoreApplication.translate("CompensationPage", u"\uc885\ub958(&K)", None))
#if QT_CONFIG(accessibility)
        self.kindCombo.setAccessibleName(QCoreApplication.translate("CompensationPage", u"\ubcf4\uc0c1 \uc885\ub958\ub85c \uac70\ub974\uae30", None))
#endif // QT_CONFIG(accessibility)
        self.decidedCheck.setText(QCoreApplication.translate("CompensationPage", u"\uacb0\uc815\ub41c \uac83\ub3c4 \ubcf4\uae30(&D)", None))
#if QT_CONFIG(accessibility)
        self.decidedCheck.setAccessibleName(QCoreApplication.translate("CompensationPage", u"\uacb0\uc815\ub41c \uac83\ub3c4 \ubcf4\uae30", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.candidateSummary.setAccessibleName(QCoreApplication.translate("CompensationPage", u"\ubcf4\uc0c1 \ud6c4\ubcf4 \uc694\uc57d", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.candidateTable.setAccessibleName(QCoreApplication.translate("CompensationPage", u"\ubcf4\uc0c1 \ud6c4\ubcf4 \ubaa9\ub85d", None))
#endif // QT_CONFIG(accessibility)
        self.candidateBox.setTitle(QCoreApplication.translate("CompensationPage", u"\uace0\ub978 \ud6c4\ubcf4", None))
#if QT_CONFIG(accessibility)
        self.candidateBox.setAccessibleName(QCoreApplication.translate("CompensationPage", u"\uace0\ub978 \ubcf4\uc0c1 \ud6c4\ubcf4", None))
#endif // QT_CONFIG(accessibility)
        self.evidenceLabel.setText(QCoreApplication.translate("CompensationPage", u"\uadfc\uac70(&E)", None))
#if QT_CONFIG(accessibility)
        self.evidenceText.setAccessibleName(QCoreApplication.translate("CompensationPage", u"\ubcf4\uc0c1 \uadfc\uac70", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.recipientText.setAccessibleName(QCoreApplication.translate("CompensationPage", u"\ubc1b\ub294 \ubd84", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.officerText.setAccessibleName(QCoreApplication.translate("CompensationPage", u"\ucc98\ub9ac \ub2f4\ub2f9\uc790", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.decisionText.setAccessibleName(QCoreApplication.translate("CompensationPage", u"\uacb0\uc815", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.approveButton.setAccessibleName(QCoreApplication.translate("CompensationPage", u"\uc2b9\uc778", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.rejectButton.setAccessibleName(QCoreApplication.translate("CompensationPage", u"\ubc18\ub824", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.candidateCorrectiveButton.setAccessibleName(QCoreApplication.translate("CompensationPage", u"\ud6c4\ubcf4\uc5d0\uc11c \uc2dc\uc815\uc870\uce58 \uae30\ub85d", None))
#endif // QT_CONFIG(accessibility)
        self.candidateKeys.setText(QCoreApplication.translate("CompensationPage", u"Ctrl+Enter \uc2b9\uc778 \u00b7 Ctrl+Shift+R \ubc18\ub824 \u00b7 Ctrl+Shift+K \uc2dc\uc815\uc870\uce58 \uae30\ub85d", None))
#if QT_CONFIG(accessibility)
        self.candidateKeys.setAccessibleName(QCoreApplication.translate("CompensationPage", u"\ubcf4\uc0c1 \ud6c4\ubcf4 \ub2e8\ucd95\ud0a4", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.candidatesTab), QCoreApplication.translate("CompensationPage", u"\ubcf4\uc0c1 \ud6c4\ubcf4", None))
        self.yearLabel.setText(QCoreApplication.translate("CompensationPage", u"\uc5f0\ub3c4(&Y)", None))
#if QT_CONFIG(accessibility)
        self.yearSpin.setAccessibleName(QCoreApplication.translate("CompensationPage", u"\uc99d\uc11c \ub300\uc7a5 \uc5f0\ub3c4", None))
#endif // QT_CONFIG(accessibility)
        self.monthLabel.setText(QCoreApplication.translate("CompensationPage", u"\ub2ec(&M)", None))
#if QT_CONFIG(accessibility)
        self.monthCombo.setAccessibleName(QCoreApplication.translate("CompensationPage", u"\uc99d\uc11c \ub300\uc7a5 \ub2ec", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.voidButton.setAccessibleName(QCoreApplication.translate("CompensationPage", u"\ubb34\ud6a8 \ucc98\ub9ac", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.printButton.setAccessibleName(QCoreApplication.translate("CompensationPage", u"\uc99d\uc11c \uc778\uc1c4", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.printMonthButton.setAccessibleName(QCoreApplication.translate("CompensationPage", u"\uc774 \ub2ec \uc99d\uc11c \ubaa8\ub450 \uc778\uc1c4", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.voucherCorrectiveButton.setAccessibleName(QCoreApplication.translate("CompensationPage", u"\uc99d\uc11c\uc5d0\uc11c \uc2dc\uc815\uc870\uce58 \uae30\ub85d", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.voucherSummary.setAccessibleName(QCoreApplication.translate("CompensationPage", u"\uc99d\uc11c \uc694\uc57d", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.voucherTable.setAccessibleName(QCoreApplication.translate("CompensationPage", u"\ubcf4\uc0c1 \uc99d\uc11c \ubaa9\ub85d", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.voucherDetail.setAccessibleName(QCoreApplication.translate("CompensationPage", u"\uace0\ub978 \uc99d\uc11c", None))
#endif // QT_CONFIG(accessibility)
        self.ledgerBox.setTitle(QCoreApplication.translate("CompensationPage", u"\uc6d4\ubcc4 \ub300\uc7a5", None))
#if QT_CONFIG(accessibility)
        self.ledgerBox.setAccessibleName(QCoreApplication.translate("CompensationPage", u"\uc6d4\ubcc4 \ub300\uc7a5", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.budgetText.setAccessibleName(QCoreApplication.translate("CompensationPage", u"\uc62c\ud574 \uc608\uc0b0", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.budgetButton.setAccessibleName(QCoreApplication.translate("CompensationPage", u"\uc608\uc0b0 \uc124\uc815", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.budgetWarning.setAccessibleName(QCoreApplication.translate("CompensationPage", u"\uc608\uc0b0 \uacbd\uace0", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.ledgerTable.setAccessibleName(QCoreApplication.translate("CompensationPage", u"\uc6d4\ubcc4 \ubcf4\uc0c1 \ub300\uc7a5", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.ledgerTab), QCoreApplication.translate("CompensationPage", u"\uc99d\uc11c \ub300\uc7a5", None))
        self.correctiveYearLabel.setText(QCoreApplication.translate("CompensationPage", u"\uc5f0\ub3c4(&Y)", None))
#if QT_CONFIG(accessibility)
        self.correctiveYearSpin.setAccessibleName(QCoreApplication.translate("CompensationPage", u"\uc2dc\uc815\uc870\uce58 \uc5f0\ub3c4", None))
#endif // QT_CONFIG(accessibility)
        self.correctiveMonthLabel.setText(QCoreApplication.translate("CompensationPage", u"\ub2ec(&M)", None))
#if QT_CONFIG(accessibility)
        self.correctiveMonthCombo.setAccessibleName(QCoreApplication.translate("CompensationPage", u"\uc2dc\uc815\uc870\uce58 \ub2ec", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.recordButton.setAccessibleName(QCoreApplication.translate("CompensationPage", u"\uc2dc\uc815\uc870\uce58 \uae30\ub85d", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.noticeButton.setAccessibleName(QCoreApplication.translate("CompensationPage", u"\uacb0\uacfc \uc548\ub0b4\ubb38", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.correctiveSummary.setAccessibleName(QCoreApplication.translate("CompensationPage", u"\uc2dc\uc815\uc870\uce58 \uc694\uc57d", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.correctiveTable.setAccessibleName(QCoreApplication.translate("CompensationPage", u"\uc2dc\uc815\uc870\uce58 \ubaa9\ub85d", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.correctiveDetail.setAccessibleName(QCoreApplication.translate("CompensationPage", u"\uace0\ub978 \uc2dc\uc815\uc870\uce58", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.correctiveTab), QCoreApplication.translate("CompensationPage", u"\uc2dc\uc815\uc870\uce58", None))
    # retranslateUi

