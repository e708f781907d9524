# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'memo_page.ui'
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
    QDateEdit, QFormLayout, QGridLayout, QGroupBox,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QListWidget, QListWidgetItem, QPlainTextEdit, QPushButton,
    QSizePolicy, QSpacerItem, QSplitter, QTabWidget,
    QTableView, QVBoxLayout, QWidget)

class Ui_MemoPage(object):
    def setupUi(self, MemoPage):
        if not MemoPage.objectName():
            MemoPage.setObjectName(u"MemoPage")
        MemoPage.resize(1180, 760)
        self.actionNewMemo = QAction(MemoPage)
        self.actionNewMemo.setObjectName(u"actionNewMemo")
        self.actionMyMemos = QAction(MemoPage)
        self.actionMyMemos.setObjectName(u"actionMyMemos")
        self.actionAllMemos = QAction(MemoPage)
        self.actionAllMemos.setObjectName(u"actionAllMemos")
        self.actionReached = QAction(MemoPage)
        self.actionReached.setObjectName(u"actionReached")
        self.actionNoAnswer = QAction(MemoPage)
        self.actionNoAnswer.setObjectName(u"actionNoAnswer")
        self.actionLeftMessage = QAction(MemoPage)
        self.actionLeftMessage.setObjectName(u"actionLeftMessage")
        self.actionAnsweredEmail = QAction(MemoPage)
        self.actionAnsweredEmail.setObjectName(u"actionAnsweredEmail")
        self.actionAnsweredSms = QAction(MemoPage)
        self.actionAnsweredSms.setObjectName(u"actionAnsweredSms")
        self.actionTransfer = QAction(MemoPage)
        self.actionTransfer.setObjectName(u"actionTransfer")
        self.actionClose = QAction(MemoPage)
        self.actionClose.setObjectName(u"actionClose")
        self.rootLayout = QHBoxLayout(MemoPage)
        self.rootLayout.setSpacing(12)
        self.rootLayout.setObjectName(u"rootLayout")
        self.rootLayout.setContentsMargins(0, 0, 0, 0)
        self.memoColumn = QWidget(MemoPage)
        self.memoColumn.setObjectName(u"memoColumn")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.memoColumn.sizePolicy().hasHeightForWidth())
        self.memoColumn.setSizePolicy(sizePolicy)
        self.memoColumn.setMinimumSize(QSize(330, 0))
        self.memoColumnLayout = QVBoxLayout(self.memoColumn)
        self.memoColumnLayout.setObjectName(u"memoColumnLayout")
        self.memoColumnLayout.setContentsMargins(0, 0, 0, 0)
        self.memoBox = QGroupBox(self.memoColumn)
        self.memoBox.setObjectName(u"memoBox")
        self.memoBoxLayout = QVBoxLayout(self.memoBox)
        self.memoBoxLayout.setSpacing(8)
        self.memoBoxLayout.setObjectName(u"memoBoxLayout")
        self.memoFields = QFormLayout()
        self.memoFields.setObjectName(u"memoFields")
        self.memoFields.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.memoFields.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTop)
        self.memoFields.setHorizontalSpacing(10)
        self.memoFields.setVerticalSpacing(4)
        self.callerLabel = QLabel(self.memoBox)
        self.callerLabel.setObjectName(u"callerLabel")

        self.memoFields.setWidget(0, QFormLayout.ItemRole.LabelRole, self.callerLabel)

        self.callerEdit = QLineEdit(self.memoBox)
        self.callerEdit.setObjectName(u"callerEdit")
        self.callerEdit.setMaxLength(50)

        self.memoFields.setWidget(0, QFormLayout.ItemRole.FieldRole, self.callerEdit)

        self.callerError = QLabel(self.memoBox)
        self.callerError.setObjectName(u"callerError")
        self.callerError.setWordWrap(True)

        self.memoFields.setWidget(1, QFormLayout.ItemRole.FieldRole, self.callerError)

        self.phoneLabel = QLabel(self.memoBox)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.memoFields.setWidget(2, QFormLayout.ItemRole.LabelRole, self.phoneLabel)

        self.phoneEdit = QLineEdit(self.memoBox)
        self.phoneEdit.setObjectName(u"phoneEdit")
        self.phoneEdit.setMaxLength(32)

        self.memoFields.setWidget(2, QFormLayout.ItemRole.FieldRole, self.phoneEdit)

        self.phoneError = QLabel(self.memoBox)
        self.phoneError.setObjectName(u"phoneError")
        self.phoneError.setWordWrap(True)

        self.memoFields.setWidget(3, QFormLayout.ItemRole.FieldRole, self.phoneError)

        self.orgLabel = QLabel(self.memoBox)
        self.orgLabel.setObjectName(u"orgLabel")

        self.memoFields.setWidget(4, QFormLayout.ItemRole.LabelRole, self.orgLabel)

        self.orgEdit = QLineEdit(self.memoBox)
        self.orgEdit.setObjectName(u"orgEdit")
        self.orgEdit.setMaxLength(100)

        self.memoFields.setWidget(4, QFormLayout.ItemRole.FieldRole, self.orgEdit)

        self.orgError = QLabel(self.memoBox)
        self.orgError.setObjectName(u"orgError")
        self.orgError.setWordWrap(True)

        self.memoFields.setWidget(5, QFormLayout.ItemRole.FieldRole, self.orgError)

        self.officerLabel = QLabel(self.memoBox)
        self.officerLabel.setObjectName(u"officerLabel")

        self.memoFields.setWidget(6, QFormLayout.ItemRole.LabelRole, self.officerLabel)

        self.officerCombo = QComboBox(self.memoBox)
        self.officerCombo.setObjectName(u"officerCombo")
        self.officerCombo.setEditable(True)
        self.officerCombo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)

        self.memoFields.setWidget(6, QFormLayout.ItemRole.FieldRole, self.officerCombo)

        self.officerError = QLabel(self.memoBox)
        self.officerError.setObjectName(u"officerError")
        self.officerError.setWordWrap(True)

        self.memoFields.setWidget(7, QFormLayout.ItemRole.FieldRole, self.officerError)

        self.routeLabel = QLabel(self.memoBox)
        self.routeLabel.setObjectName(u"routeLabel")
        self.routeLabel.setWordWrap(True)

        self.memoFields.setWidget(8, QFormLayout.ItemRole.FieldRole, self.routeLabel)

        self.gistLabel = QLabel(self.memoBox)
        self.gistLabel.setObjectName(u"gistLabel")

        self.memoFields.setWidget(9, QFormLayout.ItemRole.LabelRole, self.gistLabel)

        self.gistEdit = QPlainTextEdit(self.memoBox)
        self.gistEdit.setObjectName(u"gistEdit")
        self.gistEdit.setMinimumSize(QSize(0, 96))
        self.gistEdit.setTabChangesFocus(True)

        self.memoFields.setWidget(9, QFormLayout.ItemRole.FieldRole, self.gistEdit)

        self.gistError = QLabel(self.memoBox)
        self.gistError.setObjectName(u"gistError")
        self.gistError.setWordWrap(True)

        self.memoFields.setWidget(10, QFormLayout.ItemRole.FieldRole, self.gistError)

        self.channelLabel = QLabel(self.memoBox)
        self.channelLabel.setObjectName(u"channelLabel")

        self.memoFields.setWidget(11, QFormLayout.ItemRole.LabelRole, self.channelLabel)

        self.channelRow = QHBoxLayout()
        self.channelRow.setObjectName(u"channelRow")
        self.channelCombo = QComboBox(self.memoBox)
        self.channelCombo.setObjectName(u"channelCombo")

        self.channelRow.addWidget(self.channelCombo)

        self.addressEdit = QLineEdit(self.memoBox)
        self.addressEdit.setObjectName(u"addressEdit")
        self.addressEdit.setMaxLength(200)

        self.channelRow.addWidget(self.addressEdit)


        self.memoFields.setLayout(11, QFormLayout.ItemRole.FieldRole, self.channelRow)

        self.addressError = QLabel(self.memoBox)
        self.addressError.setObjectName(u"addressError")
        self.addressError.setWordWrap(True)

        self.memoFields.setWidget(12, QFormLayout.ItemRole.FieldRole, self.addressError)


        self.memoBoxLayout.addLayout(self.memoFields)

        self.memoButtons = QHBoxLayout()
        self.memoButtons.setObjectName(u"memoButtons")
        self.saveButton = QPushButton(self.memoBox)
        self.saveButton.setObjectName(u"saveButton")

        self.memoButtons.addWidget(self.saveButton)

        self.clearButton = QPushButton(self.memoBox)
        self.clearButton.setObjectName(u"clearButton")

        self.memoButtons.addWidget(self.clearButton)


        self.memoBoxLayout.addLayout(self.memoButtons)

        self.keysHint = QLabel(self.memoBox)
        self.keysHint.setObjectName(u"keysHint")
        self.keysHint.setWordWrap(True)

        self.memoBoxLayout.addWidget(self.keysHint)

        self.formMessage = QLabel(self.memoBox)
        self.formMessage.setObjectName(u"formMessage")
        self.formMessage.setWordWrap(True)
        self.formMessage.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.memoBoxLayout.addWidget(self.formMessage)


        self.memoColumnLayout.addWidget(self.memoBox)

        self.handedBackBox = QGroupBox(self.memoColumn)
        self.handedBackBox.setObjectName(u"handedBackBox")
        self.handedBackLayout = QVBoxLayout(self.handedBackBox)
        self.handedBackLayout.setObjectName(u"handedBackLayout")
        self.handedBackList = QListWidget(self.handedBackBox)
        self.handedBackList.setObjectName(u"handedBackList")
        self.handedBackList.setMaximumSize(QSize(16777215, 160))
        self.handedBackList.setWordWrap(True)

        self.handedBackLayout.addWidget(self.handedBackList)


        self.memoColumnLayout.addWidget(self.handedBackBox)

        self.memoColumnSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.memoColumnLayout.addItem(self.memoColumnSpacer)


        self.rootLayout.addWidget(self.memoColumn)

        self.rightSplitter = QSplitter(MemoPage)
        self.rightSplitter.setObjectName(u"rightSplitter")
        self.rightSplitter.setOrientation(Qt.Orientation.Vertical)
        self.rightSplitter.setChildrenCollapsible(False)
        self.listTabs = QTabWidget(self.rightSplitter)
        self.listTabs.setObjectName(u"listTabs")
        self.mineTab = QWidget()
        self.mineTab.setObjectName(u"mineTab")
        self.mineLayout = QVBoxLayout(self.mineTab)
        self.mineLayout.setObjectName(u"mineLayout")
        self.mineSummary = QLabel(self.mineTab)
        self.mineSummary.setObjectName(u"mineSummary")
        self.mineSummary.setWordWrap(True)

        self.mineLayout.addWidget(self.mineSummary)

        self.mineTable = QTableView(self.mineTab)
        self.mineTable.setObjectName(u"mineTable")
        self.mineTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.mineTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.mineTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.mineTable.setWordWrap(False)
        self.mineTable.verticalHeader().setVisible(False)

        self.mineLayout.addWidget(self.mineTable)

        self.listTabs.addTab(self.mineTab, "")
        self.allTab = QWidget()
        self.allTab.setObjectName(u"allTab")
        self.allLayout = QVBoxLayout(self.allTab)
        self.allLayout.setObjectName(u"allLayout")
        self.filterRow = QHBoxLayout()
        self.filterRow.setObjectName(u"filterRow")
        self.searchLabel = QLabel(self.allTab)
        self.searchLabel.setObjectName(u"searchLabel")

        self.filterRow.addWidget(self.searchLabel)

        self.searchEdit = QLineEdit(self.allTab)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)

        self.filterRow.addWidget(self.searchEdit)

        self.deptCombo = QComboBox(self.allTab)
        self.deptCombo.setObjectName(u"deptCombo")

        self.filterRow.addWidget(self.deptCombo)

        self.holderCombo = QComboBox(self.allTab)
        self.holderCombo.setObjectName(u"holderCombo")

        self.filterRow.addWidget(self.holderCombo)

        self.stateCombo = QComboBox(self.allTab)
        self.stateCombo.setObjectName(u"stateCombo")

        self.filterRow.addWidget(self.stateCombo)


        self.allLayout.addLayout(self.filterRow)

        self.dateRow = QHBoxLayout()
        self.dateRow.setObjectName(u"dateRow")
        self.dateCheck = QCheckBox(self.allTab)
        self.dateCheck.setObjectName(u"dateCheck")

        self.dateRow.addWidget(self.dateCheck)

        self.sinceDate = QDateEdit(self.allTab)
        self.sinceDate.setObjectName(u"sinceDate")
        self.sinceDate.setCalendarPopup(True)

        self.dateRow.addWidget(self.sinceDate)

        self.dateDash = QLabel(self.allTab)
        self.dateDash.setObjectName(u"dateDash")

        self.dateRow.addWidget(self.dateDash)

        self.untilDate = QDateEdit(self.allTab)
        self.untilDate.setObjectName(u"untilDate")
        self.untilDate.setCalendarPopup(True)

        self.dateRow.addWidget(self.untilDate)

        self.allSummary = QLabel(self.allTab)
        self.allSummary.setObjectName(u"allSummary")
        self.allSummary.setWordWrap(True)

        self.dateRow.addWidget(self.allSummary)

        self.dateSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.dateRow.addItem(self.dateSpacer)


        self.allLayout.addLayout(self.dateRow)

        self.allTable = QTableView(self.allTab)
        self.allTable.setObjectName(u"allTable")
        self.allTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.allTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.allTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.allTable.setWordWrap(False)
        self.allTable.verticalHeader().setVisible(False)

        self.allLayout.addWidget(self.allTable)

        self.listTabs.addTab(self.allTab, "")
        self.rightSplitter.addWidget(self.listTabs)
        self.detailBox = QGroupBox(self.rightSplitter)
        self.detailBox.setObjectName(u"detailBox")
        self.detailLayout = QVBoxLayout(self.detailBox)
        self.detailLayout.setObjectName(u"detailLayout")
        self.detailTop = QHBoxLayout()
        self.detailTop.setObjectName(u"detailTop")
        self.detailText = QLabel(self.detailBox)
        self.detailText.setObjectName(u"detailText")
        self.detailText.setWordWrap(True)
        self.detailText.setAlignment(Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignTop)
        self.detailText.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.detailTop.addWidget(self.detailText)

        self.historyList = QListWidget(self.detailBox)
        self.historyList.setObjectName(u"historyList")
        self.historyList.setWordWrap(True)

        self.detailTop.addWidget(self.historyList)

        self.detailTop.setStretch(0, 3)
        self.detailTop.setStretch(1, 2)

        self.detailLayout.addLayout(self.detailTop)

        self.noteRow = QHBoxLayout()
        self.noteRow.setObjectName(u"noteRow")
        self.noteLabel = QLabel(self.detailBox)
        self.noteLabel.setObjectName(u"noteLabel")

        self.noteRow.addWidget(self.noteLabel)

        self.noteEdit = QLineEdit(self.detailBox)
        self.noteEdit.setObjectName(u"noteEdit")
        self.noteEdit.setMaxLength(500)

        self.noteRow.addWidget(self.noteEdit)


        self.detailLayout.addLayout(self.noteRow)

        self.noteError = QLabel(self.detailBox)
        self.noteError.setObjectName(u"noteError")
        self.noteError.setWordWrap(True)

        self.detailLayout.addWidget(self.noteError)

        self.attemptRow = QGridLayout()
        self.attemptRow.setObjectName(u"attemptRow")
        self.reachedButton = QPushButton(self.detailBox)
        self.reachedButton.setObjectName(u"reachedButton")

        self.attemptRow.addWidget(self.reachedButton, 0, 0, 1, 1)

        self.noAnswerButton = QPushButton(self.detailBox)
        self.noAnswerButton.setObjectName(u"noAnswerButton")

        self.attemptRow.addWidget(self.noAnswerButton, 0, 1, 1, 1)

        self.leftMessageButton = QPushButton(self.detailBox)
        self.leftMessageButton.setObjectName(u"leftMessageButton")

        self.attemptRow.addWidget(self.leftMessageButton, 0, 2, 1, 1)

        self.emailButton = QPushButton(self.detailBox)
        self.emailButton.setObjectName(u"emailButton")

        self.attemptRow.addWidget(self.emailButton, 1, 0, 1, 1)

        self.smsButton = QPushButton(self.detailBox)
        self.smsButton.setObjectName(u"smsButton")

        self.attemptRow.addWidget(self.smsButton, 1, 1, 1, 1)


        self.detailLayout.addLayout(self.attemptRow)

        self.transferRow = QHBoxLayout()
        self.transferRow.setObjectName(u"transferRow")
        self.transferLabel = QLabel(self.detailBox)
        self.transferLabel.setObjectName(u"transferLabel")

        self.transferRow.addWidget(self.transferLabel)

        self.transferCombo = QComboBox(self.detailBox)
        self.transferCombo.setObjectName(u"transferCombo")
        self.transferCombo.setEditable(True)
        self.transferCombo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy1.setHorizontalStretch(1)
        sizePolicy1.setVerticalStretch(0)
        sizePolicy1.setHeightForWidth(self.transferCombo.sizePolicy().hasHeightForWidth())
        self.transferCombo.setSizePolicy(sizePolicy1)

        self.transferRow.addWidget(self.transferCombo)

        self.transferButton = QPushButton(self.detailBox)
        self.transferButton.setObjectName(u"transferButton")

        self.transferRow.addWidget(self.transferButton)


        self.detailLayout.addLayout(self.transferRow)

        self.closeRow = QHBoxLayout()
        self.closeRow.setObjectName(u"closeRow")
        self.closeButton = QPushButton(self.detailBox)
        self.closeButton.setObjectName(u"closeButton")

        self.closeRow.addWidget(self.closeButton)

        self.closeSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.closeRow.addItem(self.closeSpacer)


        self.detailLayout.addLayout(self.closeRow)

        self.transferError = QLabel(self.detailBox)
        self.transferError.setObjectName(u"transferError")
        self.transferError.setWordWrap(True)

        self.detailLayout.addWidget(self.transferError)

        self.detailMessage = QLabel(self.detailBox)
        self.detailMessage.setObjectName(u"detailMessage")
        self.detailMessage.setWordWrap(True)

        self.detailLayout.addWidget(self.detailMessage)

        self.rightSplitter.addWidget(self.detailBox)

        self.rootLayout.addWidget(self.rightSplitter)

#if QT_CONFIG(shortcut)
        self.callerLabel.setBuddy(self.callerEdit)
        self.phoneLabel.setBuddy(self.phoneEdit)
        self.orgLabel.setBuddy(self.orgEdit)
        self.officerLabel.setBuddy(self.officerCombo)
        self.gistLabel.setBuddy(self.gistEdit)
        self.channelLabel.setBuddy(self.channelCombo)
        self.searchLabel.setBuddy(self.searchEdit)
        self.noteLabel.setBuddy(self.noteEdit)
        self.transferLabel.setBuddy(self.transferCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.callerEdit, self.phoneEdit)
        QWidget.setTabOrder(self.phoneEdit, self.orgEdit)
        QWidget.setTabOrder(self.orgEdit, self.officerCombo)
        QWidget.setTabOrder(self.officerCombo, self.gistEdit)
        QWidget.setTabOrder(self.gistEdit, self.channelCombo)
        QWidget.setTabOrder(self.channelCombo, self.addressEdit)
        QWidget.setTabOrder(self.addressEdit, self.saveButton)
        QWidget.setTabOrder(self.saveButton, self.clearButton)
        QWidget.setTabOrder(self.clearButton, self.listTabs)
        QWidget.setTabOrder(self.listTabs, self.mineTable)
        QWidget.setTabOrder(self.mineTable, self.searchEdit)
        QWidget.setTabOrder(self.searchEdit, self.deptCombo)
        QWidget.setTabOrder(self.deptCombo, self.holderCombo)
        QWidget.setTabOrder(self.holderCombo, self.stateCombo)
        QWidget.setTabOrder(self.stateCombo, self.dateCheck)
        QWidget.setTabOrder(self.dateCheck, self.sinceDate)
        QWidget.setTabOrder(self.sinceDate, self.untilDate)
        QWidget.setTabOrder(self.untilDate, self.allTable)
        QWidget.setTabOrder(self.allTable, self.noteEdit)
        QWidget.setTabOrder(self.noteEdit, self.reachedButton)
        QWidget.setTabOrder(self.reachedButton, self.noAnswerButton)
        QWidget.setTabOrder(self.noAnswerButton, self.leftMessageButton)
        QWidget.setTabOrder(self.leftMessageButton, self.emailButton)
        QWidget.setTabOrder(self.emailButton, self.smsButton)
        QWidget.setTabOrder(self.smsButton, self.transferCombo)
        QWidget.setTabOrder(self.transferCombo, self.transferButton)
        QWidget.setTabOrder(self.transferButton, self.closeButton)
        QWidget.setTabOrder(self.closeButton, self.handedBackList)

        self.retranslateUi(MemoPage)

        QMetaObject.connectSlotsByName(MemoPage)
    # setupUi

    def retranslateUi(self, MemoPage):
#if QT_CONFIG(accessibility)
        MemoPage.setAccessibleName(QCoreApplication.translate("MemoPage", u"\uc804\ud654\uba54\ubaa8", None))
#endif // QT_CONFIG(accessibility)
        self.actionNewMemo.setText(QCoreApplication.translate("MemoPage", u"\uc0c8 \uc804\ud654\uba54\ubaa8(&M)", None))
#if QT_CONFIG(tooltip)
        self.actionNewMemo.setToolTip(QCoreApplication.translate("MemoPage", u"\uc804\ud654\uba54\ubaa8 \ubc1b\uae30 \uce78\uc73c\ub85c \uac11\ub2c8\ub2e4 (Ctrl+M)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(shortcut)
        self.actionNewMemo.setShortcut(QCoreApplication.translate("MemoPage", u"Ctrl+M", None))
#endif // QT_CONFIG(shortcut)
        self.actionMyMemos.setText(QCoreApplication.translate("MemoPage", u"\ub0b4 \uba54\ubaa8(&Y)", None))
#if QT_CONFIG(tooltip)
        self.actionMyMemos.setToolTip(QCoreApplication.translate("MemoPage", u"\uc774 \ucc3d\uad6c \uadfc\ubb34\uc790\uac00 \ub9e1\uc740 \uba54\ubaa8, \uae30\ud55c \uc9c0\ub09c \uac83\ubd80\ud130 (Ctrl+Shift+M)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(shortcut)
        self.actionMyMemos.setShortcut(QCoreApplication.translate("MemoPage", u"Ctrl+Shift+M", None))
#endif // QT_CONFIG(shortcut)
        self.actionAllMemos.setText(QCoreApplication.translate("MemoPage", u"\uc804\uccb4 \uba54\ubaa8 \ucc3e\uae30(&A)", None))
#if QT_CONFIG(tooltip)
        self.actionAllMemos.setToolTip(QCoreApplication.translate("MemoPage", u"\ucc98\ub9ac \uc911\uc778 \uba54\ubaa8 \uc804\uccb4\uc640 \uc9c0\ub09c \uba54\ubaa8 \uac80\uc0c9 (Ctrl+Shift+A)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(shortcut)
        self.actionAllMemos.setShortcut(QCoreApplication.translate("MemoPage", u"Ctrl+Shift+A", None))
#endif // QT_CONFIG(shortcut)
        self.actionReached.setText(QCoreApplication.translate("MemoPage", u"\ud1b5\ud654\ud568", None))
#if QT_CONFIG(tooltip)
        self.actionReached.setToolTip(QCoreApplication.translate("MemoPage", u"\uc804\ud654\ud558\uc2e0 \ubd84\uacfc \ud1b5\ud654\ud588\uc2b5\ub2c8\ub2e4: \uba54\ubaa8\uac00 \ub05d\ub0a9\ub2c8\ub2e4 (F5)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(shortcut)
        self.actionReached.setShortcut(QCoreApplication.translate("MemoPage", u"F5", None))
#endif // QT_CONFIG(shortcut)
        self.actionNoAnswer.setText(QCoreApplication.translate("MemoPage", u"\ubc1b\uc9c0 \uc54a\uc74c", None))
#if QT_CONFIG(tooltip)
        self.actionNoAnswer.setToolTip(QCoreApplication.translate("MemoPage", u"\uc804\ud654\ud588\uc9c0\ub9cc \ubc1b\uc9c0 \uc54a\uc558\uc2b5\ub2c8\ub2e4: \uae30\ud55c\uc740 \uacc4\uc18d \uac11\ub2c8\ub2e4 (F6)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(shortcut)
        self.actionNoAnswer.setShortcut(QCoreApplication.translate("MemoPage", u"F6", None))
#endif // QT_CONFIG(shortcut)
        self.actionLeftMessage.setText(QCoreApplication.translate("MemoPage", u"\uba54\uc2dc\uc9c0 \ub0a8\uae40", None))
#if QT_CONFIG(tooltip)
        self.actionLeftMessage.setToolTip(QCoreApplication.translate("MemoPage", u"\uc74c\uc131 \uba54\uc2dc\uc9c0\ub098 \ub2e4\ub978 \ubd84\uaed8 \ub9d0\uc744 \ub0a8\uacbc\uc2b5\ub2c8\ub2e4: \uae30\ud55c\uc740 \uacc4\uc18d \uac11\ub2c8\ub2e4 (F7)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(shortcut)
        self.actionLeftMessage.setShortcut(QCoreApplication.translate("MemoPage", u"F7", None))
#endif // QT_CONFIG(shortcut)
        self.actionAnsweredEmail.setText(QCoreApplication.translate("MemoPage", u"\uc774\uba54\uc77c\ub85c \ub2f5\ubcc0", None))
#if QT_CONFIG(tooltip)
        self.actionAnsweredEmail.setToolTip(QCoreApplication.translate("MemoPage", u"\uc6d0\ud558\uc2e0 \ub300\ub85c \uc774\uba54\uc77c\ub85c \ub2f5\ud588\uc2b5\ub2c8\ub2e4: \uba54\ubaa8\uac00 \ub05d\ub0a9\ub2c8\ub2e4 (F8)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(shortcut)
        self.actionAnsweredEmail.setShortcut(QCoreApplication.translate("MemoPage", u"F8", None))
#endif // QT_CONFIG(shortcut)
        self.actionAnsweredSms.setText(QCoreApplication.translate("MemoPage", u"\ubb38\uc790\ub85c \ub2f5\ubcc0", None))
#if QT_CONFIG(tooltip)
        self.actionAnsweredSms.setToolTip(QCoreApplication.translate("MemoPage", u"\uc6d0\ud558\uc2e0 \ub300\ub85c \ubb38\uc790\ub85c \ub2f5\ud588\uc2b5\ub2c8\ub2e4: \uba54\ubaa8\uac00 \ub05d\ub0a9\ub2c8\ub2e4 (F9)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(shortcut)
        self.actionAnsweredSms.setShortcut(QCoreApplication.translate("MemoPage", u"F9", None))
#endif // QT_CONFIG(shortcut)
        self.actionTransfer.setText(QCoreApplication.translate("MemoPage", u"\ub2e4\ub978 \uc9c1\uc6d0\uc5d0\uac8c \uc804\ub2ec(&T)", None))
#if QT_CONFIG(tooltip)
        self.actionTransfer.setToolTip(QCoreApplication.translate("MemoPage", u"\uace0\ub978 \uba54\ubaa8\ub97c '\uc804\ub2ec\ubc1b\uc744 \uc9c1\uc6d0'\uc5d0\uac8c \ub118\uae41\ub2c8\ub2e4. '\uba54\ubaa8\u00b7\uc0ac\uc720'\uc5d0 \ub118\uae30\ub294 \uae4c\ub2ed\uc744 \uc801\uc73c\uc138\uc694 (Ctrl+T)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(shortcut)
        self.actionTransfer.setShortcut(QCoreApplication.translate("MemoPage", u"Ctrl+T", None))
#endif // QT_CONFIG(shortcut)
        self.actionClose.setText(QCoreApplication.translate("MemoPage", u"\uc885\uacb0(&C)", None))
#if QT_CONFIG(tooltip)
        self.actionClose.setToolTip(QCoreApplication.translate("MemoPage", u"\ub2f5\uc2e0 \uc5c6\uc774 \uba54\ubaa8\ub97c \ub05d\ub0c5\ub2c8\ub2e4. '\uba54\ubaa8\u00b7\uc0ac\uc720'\uc5d0 \uc0ac\uc720\ub97c \uc801\uc73c\uc138\uc694 (Ctrl+Shift+E)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(shortcut)
        self.actionClose.setShortcut(QCoreApplication.translate("MemoPage", u"Ctrl+Shift+E", None))
#endif // QT_CONFIG(shortcut)
        self.memoBox.setTitle(QCoreApplication.translate("MemoPage", u"\uc804\ud654\uba54\ubaa8 \ubc1b\uae30", None))
#if QT_CONFIG(accessibility)
        self.memoBox.setAccessibleName(QCoreApplication.translate("MemoPage", u"\uc804\ud654\uba54\ubaa8 \ubc1b\uae30", None))
#endif // QT_CONFIG(accessibility)
        self.callerLabel.setText(QCoreApplication.translate("MemoPage", u"\uc804\ud654\ud558\uc2e0 \ubd84(&N)", None))
        self.callerEdit.setPlaceholderText(QCoreApplication.translate("MemoPage", u"\uc608: \ud64d\uae38\ub3d9", None))
#if QT_CONFIG(accessibility)
        self.callerEdit.setAccessibleName(QCoreApplication.translate("MemoPage", u"\uc804\ud654\ud558\uc2e0 \ubd84", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.callerError.setAccessibleName(QCoreApplication.translate("MemoPage", u"\uc804\ud654\ud558\uc2e0 \ubd84 \uc624\ub958", None))
#endif // QT_CONFIG(accessibility)
        self.phoneLabel.setText(QCoreApplication.translate("MemoPage", u"\ud68c\uc2e0 \ubc88\ud638(&P)", None))
        self.phoneEdit.setPlaceholderText(QCoreApplication.translate("MemoPage", u"\uc608: 010-1234-5678", None))
#if QT_CONFIG(accessibility)
        self.phoneEdit.setAccessibleName(QCoreApplication.translate("MemoPage", u"\ud68c\uc2e0 \ubc88\ud638", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.phoneError.setAccessibleName(QCoreApplication.translate("MemoPage", u"\ud68c\uc2e0 \ubc88\ud638 \uc624\ub958", None))
#endif // QT_CONFIG(accessibility)
        self.orgLabel.setText(QCoreApplication.translate("MemoPage", u"\uc18c\uc18d(&O)", None))
        self.orgEdit.setPlaceholderText(QCoreApplication.translate("MemoPage", u"\ud68c\uc0ac\u00b7\uae30\uad00 (\uc120\ud0dd)", None))
#if QT_CONFIG(accessibility)
        self.orgEdit.setAccessibleName(QCoreApplication.translate("MemoPage", u"\uc18c\uc18d", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.orgError.setAccessibleName(QCoreApplication.translate("MemoPage", u"\uc18c\uc18d \uc624\ub958", None))
#endif // QT_CONFIG(accessibility)
        self.officerLabel.setText(QCoreApplication.translate("MemoPage", u"\ucc3e\ub294 \uc9c1\uc6d0(&W)", None))
#if QT_CONFIG(accessibility)
        self.officerCombo.setAccessibleName(QCoreApplication.translate("MemoPage", u"\uc804\ud654\ub85c \ucc3e\ub294 \uc9c1\uc6d0", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.officerError.setAccessibleName(QCoreApplication.translate("MemoPage", u"\uc804\ud654\ub85c \ucc3e\ub294 \uc9c1\uc6d0 \uc624\ub958", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.routeLabel.setAccessibleName(QCoreApplication.translate("MemoPage", u"\uba54\ubaa8\uac00 \uac08 \uacf3", None))
#endif // QT_CONFIG(accessibility)
        self.gistLabel.setText(QCoreApplication.translate("MemoPage", u"\uc694\uc9c0(&G)", None))
        self.gistEdit.setPlaceholderText(QCoreApplication.translate("MemoPage", u"\ubb34\uc5c7\uc774 \ud544\uc694\ud55c\uc9c0 \ud55c\ub450 \ubb38\uc7a5 (Ctrl+Enter\ub85c \uc800\uc7a5)", None))
#if QT_CONFIG(accessibility)
        self.gistEdit.setAccessibleName(QCoreApplication.translate("MemoPage", u"\uc694\uc9c0", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.gistError.setAccessibleName(QCoreApplication.translate("MemoPage", u"\uc694\uc9c0 \uc624\ub958", None))
#endif // QT_CONFIG(accessibility)
        self.channelLabel.setText(QCoreApplication.translate("MemoPage", u"\ud68c\uc2e0 \ubc29\ubc95(&R)", None))
#if QT_CONFIG(accessibility)
        self.channelCombo.setAccessibleName(QCoreApplication.translate("MemoPage", u"\ud68c\uc2e0 \ubc29\ubc95", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.addressEdit.setAccessibleName(QCoreApplication.translate("MemoPage", u"\ud68c\uc2e0 \uc8fc\uc18c", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.addressError.setAccessibleName(QCoreApplication.translate("MemoPage", u"\ud68c\uc2e0 \uc8fc\uc18c \uc624\ub958", None))
#endif // QT_CONFIG(accessibility)
        self.saveButton.setText(QCoreApplication.translate("MemoPage", u"\uba54\ubaa8 \uc800\uc7a5 (Enter)", None))
#if QT_CONFIG(tooltip)
        self.saveButton.setToolTip(QCoreApplication.translate("MemoPage", u"\uba54\ubaa8\ub97c \uc800\uc7a5\ud558\uace0 \ub2f4\ub2f9\uc790\uc5d0\uac8c \uc804\ub2ec\ud569\ub2c8\ub2e4 (Enter, \uc694\uc9c0 \uce78\uc5d0\uc11c\ub294 Ctrl+Enter)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.saveButton.setAccessibleName(QCoreApplication.translate("MemoPage", u"\uba54\ubaa8 \uc800\uc7a5", None))
#endif // QT_CONFIG(accessibility)
        self.clearButton.setText(QCoreApplication.translate("MemoPage", u"\uc9c0\uc6b0\uae30 (Esc)", None))
#if QT_CONFIG(tooltip)
        self.clearButton.setToolTip(QCoreApplication.translate("MemoPage", u"\uc801\uc740 \ub0b4\uc6a9\uc744 \ubaa8\ub450 \uc9c0\uc6c1\ub2c8\ub2e4 (Esc)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.clearButton.setAccessibleName(QCoreApplication.translate("MemoPage", u"\uba54\ubaa8 \uc9c0\uc6b0\uae30", None))
#endif // QT_CONFIG(accessibility)
        self.keysHint.setText(QCoreApplication.translate("MemoPage", u"Enter \uc800\uc7a5 \u00b7 \uc694\uc9c0 \uce78\uc740 Ctrl+Enter \u00b7 Esc \uc9c0\uc6b0\uae30", None))
#if QT_CONFIG(accessibility)
        self.formMessage.setAccessibleName(QCoreApplication.translate("MemoPage", u"\uba54\ubaa8 \uc800\uc7a5 \uacb0\uacfc", None))
#endif // QT_CONFIG(accessibility)
        self.handedBackBox.setTitle(QCoreApplication.translate("MemoPage", u"\uc790\ub9ac\ub97c \ube44\uc6b4 \ub3d9\uc548 \ub300\uc2e0 \ucc98\ub9ac\ub41c \uba54\ubaa8", None))
#if QT_CONFIG(accessibility)
        self.handedBackBox.setAccessibleName(QCoreApplication.translate("MemoPage", u"\ub300\uc2e0 \ucc98\ub9ac\ub41c \uba54\ubaa8", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.handedBackList.setAccessibleName(QCoreApplication.translate("MemoPage", u"\ub300\uc2e0 \ucc98\ub9ac\ub41c \uba54\ubaa8 \ubaa9\ub85d", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.listTabs.setAccessibleName(QCoreApplication.translate("MemoPage", u"\uba54\ubaa8 \ubaa9\ub85d", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.mineSummary.setAccessibleName(QCoreApplication.translate("MemoPage", u"\ub0b4 \uba54\ubaa8 \uc694\uc57d", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.mineTable.setAccessibleName(QCoreApplication.translate("MemoPage", u"\ub0b4 \uba54\ubaa8 \ubaa9\ub85d", None))
#endif // QT_CONFIG(accessibility)
        self.listTabs.setTabText(self.listTabs.indexOf(self.mineTab), QCoreApplication.translate("MemoPage", u"\ub0b4 \uba54\ubaa8", None))
        self.searchLabel.setText(QCoreApplication.translate("MemoPage", u"\ucc3e\uae30(&S)", None))
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("MemoPage", u"\uc804\ud654\ud558\uc2e0 \ubd84, \ubc88\ud638, \uc694\uc9c0\uc758 \ub0b1\ub9d0", None))
#if QT_CONFIG(accessibility)
        self.searchEdit.setAccessibleName(QCoreApplication.translate("MemoPage", u"\uba54\ubaa8 \uac80\uc0c9", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.deptCombo.setAccessibleName(QCoreApplication.translate("MemoPage", u"\uba54\ubaa8 \ubd80\uc11c\ub85c \uac70\ub974\uae30", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.holderCombo.setAccessibleName(QCoreApplication.translate("MemoPage", u"\ub2f4\ub2f9\uc790\ub85c \uac70\ub974\uae30", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.stateCombo.setAccessibleName(QCoreApplication.translate("MemoPage", u"\uc0c1\ud0dc\ub85c \uac70\ub974\uae30", None))
#endif // QT_CONFIG(accessibility)
        self.dateCheck.setText(QCoreApplication.translate("MemoPage", u"\uc811\uc218\uc77c", None))
#if QT_CONFIG(accessibility)
        self.dateCheck.setAccessibleName(QCoreApplication.translate("MemoPage", u"\uc811\uc218\uc77c\ub85c \uac70\ub974\uae30", None))
#endif // QT_CONFIG(accessibility)
        self.sinceDate.setDisplayFormat(QCoreApplication.translate("MemoPage", u"yyyy-MM-dd", None))
#if QT_CONFIG(accessibility)
        self.sinceDate.setAccessibleName(QCoreApplication.translate("MemoPage", u"\uc811\uc218\uc77c \uc2dc\uc791", None))
#endif // QT_CONFIG(accessibility)
        self.dateDash.setText(QCoreApplication.translate("MemoPage", u"~", None))
        self.untilDate.setDisplayFormat(QCoreApplication.translate("MemoPage", u"yyyy-MM-dd", None))
#if QT_CONFIG(accessibility)
        self.untilDate.setAccessibleName(QCoreApplication.translate("MemoPage", u"\uc811\uc218\uc77c \ub05d", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.allSummary.setAccessibleName(QCoreApplication.translate("MemoPage", u"\uc804\uccb4 \uba54\ubaa8 \uc694\uc57d", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.allTable.setAccessibleName(QCoreApplication.translate("MemoPage", u"\uc804\uccb4 \uba54\ubaa8 \ubaa9\ub85d", None))
#endif // QT_CONFIG(accessibility)
        self.listTabs.setTabText(self.listTabs.indexOf(self.allTab), QCoreApplication.translate("MemoPage", u"\uc804\uccb4 \uba54\ubaa8", None))
        self.detailBox.setTitle(QCoreApplication.translate("MemoPage", u"\uace0\ub978 \uba54\ubaa8", None))
#if QT_CONFIG(accessibility)
        self.detailBox.setAccessibleName(QCoreApplication.translate("MemoPage", u"\uace0\ub978 \uba54\ubaa8", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.detailText.setAccessibleName(QCoreApplication.translate("MemoPage", u"\uba54\ubaa8 \ub0b4\uc6a9", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.historyList.setAccessibleName(QCoreApplication.translate("MemoPage", u"\ucc98\ub9ac \uc774\ub825", None))
#endif // QT_CONFIG(accessibility)
        self.noteLabel.setText(QCoreApplication.translate("MemoPage", u"\uba54\ubaa8\u00b7\uc0ac\uc720(&E)", None))
        self.noteEdit.setPlaceholderText(QCoreApplication.translate("MemoPage", u"\ud1b5\ud654 \uacb0\uacfc \uba54\ubaa8(\uc120\ud0dd), \uc804\ub2ec\ud560 \ub54c \ub0a8\uae38 \ub9d0, \uc885\uacb0 \uc0ac\uc720", None))
#if QT_CONFIG(accessibility)
        self.noteEdit.setAccessibleName(QCoreApplication.translate("MemoPage", u"\uba54\ubaa8\uc640 \uc0ac\uc720", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.noteError.setAccessibleName(QCoreApplication.translate("MemoPage", u"\uba54\ubaa8\uc640 \uc0ac\uc720 \uc624\ub958", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.reachedButton.setAccessibleName(QCoreApplication.translate("MemoPage", u"\ud1b5\ud654\ud568", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.noAnswerButton.setAccessibleName(QCoreApplication.translate("MemoPage", u"\ubc1b\uc9c0 \uc54a\uc74c", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.leftMessageButton.setAccessibleName(QCoreApplication.translate("MemoPage", u"\uba54\uc2dc\uc9c0 \ub0a8\uae40", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.emailButton.setAccessibleName(QCoreApplication.translate("MemoPage", u"\uc774\uba54\uc77c\ub85c \ub2f5\ubcc0", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.smsButton.setAccessibleName(QCoreApplication.translate("MemoPage", u"\ubb38\uc790\ub85c \ub2f5\ubcc0", None))
#endif // QT_CONFIG(accessibility)
        self.transferLabel.setText(QCoreApplication.translate("MemoPage", u"\uc804\ub2ec\ubc1b\uc744 \uc9c1\uc6d0(&T)", None))
#if QT_CONFIG(accessibility)
        self.transferCombo.setAccessibleName(QCoreApplication.translate("MemoPage", u"\uc804\ub2ec\ubc1b\uc744 \uc9c1\uc6d0", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.transferButton.setAccessibleName(QCoreApplication.translate("MemoPage", u"\uc804\ub2ec", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.closeButton.setAccessibleName(QCoreApplication.translate("MemoPage", u"\uc885\uacb0", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.transferError.setAccessibleName(QCoreApplication.translate("MemoPage", u"\uc804\ub2ec\ubc1b\uc744 \uc9c1\uc6d0 \uc624\ub958", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.detailMessage.setAccessibleName(QCoreApplication.translate("MemoPage", u"\uba54\ubaa8 \ucc98\ub9ac \uacb0\uacfc", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

