# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'case_page.ui'
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
    QListWidget, QListWidgetItem, QSizePolicy, QSpacerItem,
    QSplitter, QTabWidget, QTableView, QTextBrowser,
    QToolButton, QVBoxLayout, QWidget)

class Ui_CasePage(object):
    def setupUi(self, CasePage):
        if not CasePage.objectName():
            CasePage.setObjectName(u"CasePage")
        CasePage.resize(1240, 780)
        self.actionNewCase = QAction(CasePage)
        self.actionNewCase.setObjectName(u"actionNewCase")
        self.actionNewCase.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.actionMyCases = QAction(CasePage)
        self.actionMyCases.setObjectName(u"actionMyCases")
        self.actionAllCases = QAction(CasePage)
        self.actionAllCases.setObjectName(u"actionAllCases")
        self.actionAssign = QAction(CasePage)
        self.actionAssign.setObjectName(u"actionAssign")
        self.actionNote = QAction(CasePage)
        self.actionNote.setObjectName(u"actionNote")
        self.actionPause = QAction(CasePage)
        self.actionPause.setObjectName(u"actionPause")
        self.actionResume = QAction(CasePage)
        self.actionResume.setObjectName(u"actionResume")
        self.actionExtend = QAction(CasePage)
        self.actionExtend.setObjectName(u"actionExtend")
        self.actionInterim = QAction(CasePage)
        self.actionInterim.setObjectName(u"actionInterim")
        self.actionStage = QAction(CasePage)
        self.actionStage.setObjectName(u"actionStage")
        self.actionAnswer = QAction(CasePage)
        self.actionAnswer.setObjectName(u"actionAnswer")
        self.actionDocuments = QAction(CasePage)
        self.actionDocuments.setObjectName(u"actionDocuments")
        self.actionReceipt = QAction(CasePage)
        self.actionReceipt.setObjectName(u"actionReceipt")
        self.actionReplyLetter = QAction(CasePage)
        self.actionReplyLetter.setObjectName(u"actionReplyLetter")
        self.actionExtensionNotice = QAction(CasePage)
        self.actionExtensionNotice.setObjectName(u"actionExtensionNotice")
        self.actionInterimNotice = QAction(CasePage)
        self.actionInterimNotice.setObjectName(u"actionInterimNotice")
        self.rootLayout = QVBoxLayout(CasePage)
        self.rootLayout.setSpacing(6)
        self.rootLayout.setObjectName(u"rootLayout")
        self.rootLayout.setContentsMargins(0, 0, 0, 0)
        self.toolRow = QHBoxLayout()
        self.toolRow.setSpacing(4)
        self.toolRow.setObjectName(u"toolRow")
        self.newButton = QToolButton(CasePage)
        self.newButton.setObjectName(u"newButton")

        self.toolRow.addWidget(self.newButton)

        self.assignButton = QToolButton(CasePage)
        self.assignButton.setObjectName(u"assignButton")

        self.toolRow.addWidget(self.assignButton)

        self.noteButton = QToolButton(CasePage)
        self.noteButton.setObjectName(u"noteButton")

        self.toolRow.addWidget(self.noteButton)

        self.pauseButton = QToolButton(CasePage)
        self.pauseButton.setObjectName(u"pauseButton")

        self.toolRow.addWidget(self.pauseButton)

        self.resumeButton = QToolButton(CasePage)
        self.resumeButton.setObjectName(u"resumeButton")

        self.toolRow.addWidget(self.resumeButton)

        self.extendButton = QToolButton(CasePage)
        self.extendButton.setObjectName(u"extendButton")

        self.toolRow.addWidget(self.extendButton)

        self.interimButton = QToolButton(CasePage)
        self.interimButton.setObjectName(u"interimButton")

        self.toolRow.addWidget(self.interimButton)

        self.stageButton = QToolButton(CasePage)
        self.stageButton.setObjectName(u"stageButton")

        self.toolRow.addWidget(self.stageButton)

        self.answerButton = QToolButton(CasePage)
        self.answerButton.setObjectName(u"answerButton")

        self.toolRow.addWidget(self.answerButton)

        self.documentsButton = QToolButton(CasePage)
        self.documentsButton.setObjectName(u"documentsButton")
        self.documentsButton.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)

        self.toolRow.addWidget(self.documentsButton)

        self.toolSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.toolRow.addItem(self.toolSpacer)


        self.rootLayout.addLayout(self.toolRow)

        self.pageMessage = QLabel(CasePage)
        self.pageMessage.setObjectName(u"pageMessage")
        self.pageMessage.setWordWrap(True)
        self.pageMessage.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.rootLayout.addWidget(self.pageMessage)

        self.mainSplitter = QSplitter(CasePage)
        self.mainSplitter.setObjectName(u"mainSplitter")
        self.mainSplitter.setOrientation(Qt.Orientation.Vertical)
        self.mainSplitter.setChildrenCollapsible(False)
        self.listTabs = QTabWidget(self.mainSplitter)
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
        self.stateLabel = QLabel(self.allTab)
        self.stateLabel.setObjectName(u"stateLabel")

        self.filterRow.addWidget(self.stateLabel)

        self.stateCombo = QComboBox(self.allTab)
        self.stateCombo.setObjectName(u"stateCombo")

        self.filterRow.addWidget(self.stateCombo)

        self.deptLabel = QLabel(self.allTab)
        self.deptLabel.setObjectName(u"deptLabel")

        self.filterRow.addWidget(self.deptLabel)

        self.deptCombo = QComboBox(self.allTab)
        self.deptCombo.setObjectName(u"deptCombo")

        self.filterRow.addWidget(self.deptCombo)

        self.officerLabel = QLabel(self.allTab)
        self.officerLabel.setObjectName(u"officerLabel")

        self.filterRow.addWidget(self.officerLabel)

        self.officerCombo = QComboBox(self.allTab)
        self.officerCombo.setObjectName(u"officerCombo")
        self.officerCombo.setEditable(True)
        self.officerCombo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.officerCombo.setMinimumSize(QSize(200, 0))

        self.filterRow.addWidget(self.officerCombo)

        self.lateCheck = QCheckBox(self.allTab)
        self.lateCheck.setObjectName(u"lateCheck")

        self.filterRow.addWidget(self.lateCheck)

        self.filterSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filterRow.addItem(self.filterSpacer)


        self.allLayout.addLayout(self.filterRow)

        self.officerError = QLabel(self.allTab)
        self.officerError.setObjectName(u"officerError")
        self.officerError.setWordWrap(True)

        self.allLayout.addWidget(self.officerError)

        self.allSummary = QLabel(self.allTab)
        self.allSummary.setObjectName(u"allSummary")
        self.allSummary.setWordWrap(True)

        self.allLayout.addWidget(self.allSummary)

        self.allTable = QTableView(self.allTab)
        self.allTable.setObjectName(u"allTable")
        self.allTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.allTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.allTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.allTable.setWordWrap(False)
        self.allTable.verticalHeader().setVisible(False)

        self.allLayout.addWidget(self.allTable)

        self.listTabs.addTab(self.allTab, "")
        self.mainSplitter.addWidget(self.listTabs)
        self.detailBox = QGroupBox(self.mainSplitter)
        self.detailBox.setObjectName(u"detailBox")
        self.detailLayout = QHBoxLayout(self.detailBox)
        self.detailLayout.setObjectName(u"detailLayout")
        self.detailText = QTextBrowser(self.detailBox)
        self.detailText.setObjectName(u"detailText")
        self.detailText.setOpenLinks(False)
        self.detailText.setTabChangesFocus(True)

        self.detailLayout.addWidget(self.detailText)

        self.clockColumn = QVBoxLayout()
        self.clockColumn.setObjectName(u"clockColumn")
        self.clockText = QLabel(self.detailBox)
        self.clockText.setObjectName(u"clockText")
        self.clockText.setWordWrap(True)
        self.clockText.setAlignment(Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignTop)
        self.clockText.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.clockColumn.addWidget(self.clockText)

        self.stageLabel = QLabel(self.detailBox)
        self.stageLabel.setObjectName(u"stageLabel")

        self.clockColumn.addWidget(self.stageLabel)

        self.stageList = QListWidget(self.detailBox)
        self.stageList.setObjectName(u"stageList")
        self.stageList.setWordWrap(True)

        self.clockColumn.addWidget(self.stageList)

        self.clockSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.clockColumn.addItem(self.clockSpacer)


        self.detailLayout.addLayout(self.clockColumn)

        self.historyColumn = QVBoxLayout()
        self.historyColumn.setObjectName(u"historyColumn")
        self.historyLabel = QLabel(self.detailBox)
        self.historyLabel.setObjectName(u"historyLabel")

        self.historyColumn.addWidget(self.historyLabel)

        self.historyList = QListWidget(self.detailBox)
        self.historyList.setObjectName(u"historyList")
        self.historyList.setWordWrap(True)

        self.historyColumn.addWidget(self.historyList)

        self.documentLabel = QLabel(self.detailBox)
        self.documentLabel.setObjectName(u"documentLabel")

        self.historyColumn.addWidget(self.documentLabel)

        self.documentList = QListWidget(self.detailBox)
        self.documentList.setObjectName(u"documentList")
        self.documentList.setMaximumSize(QSize(16777215, 110))

        self.historyColumn.addWidget(self.documentList)


        self.detailLayout.addLayout(self.historyColumn)

        self.detailLayout.setStretch(0, 4)
        self.detailLayout.setStretch(1, 3)
        self.detailLayout.setStretch(2, 3)
        self.mainSplitter.addWidget(self.detailBox)

        self.rootLayout.addWidget(self.mainSplitter)

#if QT_CONFIG(shortcut)
        self.stateLabel.setBuddy(self.stateCombo)
        self.deptLabel.setBuddy(self.deptCombo)
        self.officerLabel.setBuddy(self.officerCombo)
        self.historyLabel.setBuddy(self.historyList)
        self.documentLabel.setBuddy(self.documentList)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.newButton, self.listTabs)
        QWidget.setTabOrder(self.listTabs, self.mineTable)
        QWidget.setTabOrder(self.mineTable, self.stateCombo)
        QWidget.setTabOrder(self.stateCombo, self.deptCombo)
        QWidget.setTabOrder(self.deptCombo, self.officerCombo)
        QWidget.setTabOrder(self.officerCombo, self.lateCheck)
        QWidget.setTabOrder(self.lateCheck, self.allTable)
        QWidget.setTabOrder(self.allTable, self.detailText)
        QWidget.setTabOrder(self.detailText, self.stageList)
        QWidget.setTabOrder(self.stageList, self.historyList)
        QWidget.setTabOrder(self.historyList, self.documentList)
        QWidget.setTabOrder(self.documentList, self.assignButton)
        QWidget.setTabOrder(self.assignButton, self.noteButton)
        QWidget.setTabOrder(self.noteButton, self.pauseButton)
        QWidget.setTabOrder(self.pauseButton, self.resumeButton)
        QWidget.setTabOrder(self.resumeButton, self.extendButton)
        QWidget.setTabOrder(self.extendButton, self.interimButton)
        QWidget.setTabOrder(self.interimButton, self.stageButton)
        QWidget.setTabOrder(self.stageButton, self.answerButton)
        QWidget.setTabOrder(self.answerButton, self.documentsButton)

        self.retranslateUi(CasePage)

        QMetaObject.connectSlotsByName(CasePage)
    # setupUi

    def retranslateUi(self, CasePage):
#if QT_CONFIG(accessibility)
        CasePage.setAccessibleName(QCoreApplication.translate("CasePage", u"\ubbfc\uc6d0 \ucc98\ub9ac", None))
#endif // QT_CONFIG(accessibility)
        self.actionNewCase.setText(QCoreApplication.translate("CasePage", u"\uc0c8 \ubbfc\uc6d0 \uc811\uc218(&N)\u2026", None))
        self.actionNewCase.setIconText(QCoreApplication.translate("CasePage", u"\uc0c8 \ubbfc\uc6d0", None))
#if QT_CONFIG(tooltip)
        self.actionNewCase.setToolTip(QCoreApplication.translate("CasePage", u"\ubbfc\uc6d0\uc744 \uc811\uc218\ud558\uace0 \uc811\uc218\ubc88\ud638\uc640 \ucc98\ub9ac\uae30\ud55c\uc744 \ubc1b\uc2b5\ub2c8\ub2e4 (Ctrl+N)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(shortcut)
        self.actionNewCase.setShortcut(QCoreApplication.translate("CasePage", u"Ctrl+N", None))
#endif // QT_CONFIG(shortcut)
        self.actionMyCases.setText(QCoreApplication.translate("CasePage", u"\ub0b4 \ubbfc\uc6d0(&M)", None))
#if QT_CONFIG(tooltip)
        self.actionMyCases.setToolTip(QCoreApplication.translate("CasePage", u"\uc774 \ucc3d\uad6c \uadfc\ubb34\uc790\uac00 \ub9e1\uc740 \ubbfc\uc6d0, \ub0a8\uc740 \uc2dc\uac04\uc774 \uc801\uc740 \uac83\ubd80\ud130", None))
#endif // QT_CONFIG(tooltip)
        self.actionAllCases.setText(QCoreApplication.translate("CasePage", u"\uc804\uccb4 \ubbfc\uc6d0(&A)", None))
#if QT_CONFIG(tooltip)
        self.actionAllCases.setToolTip(QCoreApplication.translate("CasePage", u"\ubaa8\ub4e0 \ubbfc\uc6d0\uc744 \uc0c1\ud0dc\u00b7\ubd80\uc11c\u00b7\ub2f4\ub2f9\uc790\ub85c \uac70\ub985\ub2c8\ub2e4", None))
#endif // QT_CONFIG(tooltip)
        self.actionAssign.setText(QCoreApplication.translate("CasePage", u"\ub2f4\ub2f9\uc790 \uc9c0\uc815(&O)\u2026", None))
        self.actionAssign.setIconText(QCoreApplication.translate("CasePage", u"\ub2f4\ub2f9\uc790 \uc9c0\uc815", None))
#if QT_CONFIG(tooltip)
        self.actionAssign.setToolTip(QCoreApplication.translate("CasePage", u"\uace0\ub978 \ubbfc\uc6d0\uc744 \ub9e1\uc744 \uc9c1\uc6d0\uc744 \uc815\ud569\ub2c8\ub2e4 (Ctrl+Shift+O)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(shortcut)
        self.actionAssign.setShortcut(QCoreApplication.translate("CasePage", u"Ctrl+Shift+O", None))
#endif // QT_CONFIG(shortcut)
        self.actionNote.setText(QCoreApplication.translate("CasePage", u"\uc9c4\ud589 \uba54\ubaa8(&W)\u2026", None))
        self.actionNote.setIconText(QCoreApplication.translate("CasePage", u"\uc9c4\ud589 \uba54\ubaa8", None))
#if QT_CONFIG(tooltip)
        self.actionNote.setToolTip(QCoreApplication.translate("CasePage", u"\ud55c \uc77c\uc744 \ucc98\ub9ac \uc774\ub825\uc5d0 \uc801\uc2b5\ub2c8\ub2e4. \uae30\ud55c\uc740 \uadf8\ub300\ub85c\uc785\ub2c8\ub2e4 (Ctrl+Shift+W)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(shortcut)
        self.actionNote.setShortcut(QCoreApplication.translate("CasePage", u"Ctrl+Shift+W", None))
#endif // QT_CONFIG(shortcut)
        self.actionPause.setText(QCoreApplication.translate("CasePage", u"\ubcf4\uc644 \uc694\uccad(&P)\u2026", None))
        self.actionPause.setIconText(QCoreApplication.translate("CasePage", u"\ubcf4\uc644 \uc694\uccad", None))
#if QT_CONFIG(tooltip)
        self.actionPause.setToolTip(QCoreApplication.translate("CasePage", u"\ubbfc\uc6d0\uc778\uc5d0\uac8c \ube60\uc9c4 \uc11c\ub958\ub97c \uc694\uccad\ud569\ub2c8\ub2e4. \uadf8\ub3d9\uc548 \uae30\ud55c\uc774 \uba48\ucda5\ub2c8\ub2e4 (Ctrl+Shift+P)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(shortcut)
        self.actionPause.setShortcut(QCoreApplication.translate("CasePage", u"Ctrl+Shift+P", None))
#endif // QT_CONFIG(shortcut)
        self.actionResume.setText(QCoreApplication.translate("CasePage", u"\ubcf4\uc644 \uc811\uc218(&R)\u2026", None))
        self.actionResume.setIconText(QCoreApplication.translate("CasePage", u"\ubcf4\uc644 \uc811\uc218", None))
#if QT_CONFIG(tooltip)
        self.actionResume.setToolTip(QCoreApplication.translate("CasePage", u"\uc694\uccad\ud55c \uc11c\ub958\uac00 \uc654\uc2b5\ub2c8\ub2e4. \uae30\ud55c\uc774 \ub2e4\uc2dc \ud750\ub985\ub2c8\ub2e4 (Ctrl+Shift+R)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(shortcut)
        self.actionResume.setShortcut(QCoreApplication.translate("CasePage", u"Ctrl+Shift+R", None))
#endif // QT_CONFIG(shortcut)
        self.actionExtend.setText(QCoreApplication.translate("CasePage", u"\uae30\ud55c \uc5f0\uc7a5(&X)\u2026", None))
        self.actionExtend.setIconText(QCoreApplication.translate("CasePage", u"\uae30\ud55c \uc5f0\uc7a5", None))
#if QT_CONFIG(tooltip)
        self.actionExtend.setToolTip(QCoreApplication.translate("CasePage", u"\uae30\ud55c \uc804\uc5d0 \ucc98\ub9ac\uae30\uac04\uc744 \uc5f0\uc7a5\ud558\uace0 \uc5f0\uc7a5 \ud1b5\uc9c0\uc11c\ub97c \ub9cc\ub4ed\ub2c8\ub2e4 (Ctrl+Shift+X)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(shortcut)
        self.actionExtend.setShortcut(QCoreApplication.translate("CasePage", u"Ctrl+Shift+X", None))
#endif // QT_CONFIG(shortcut)
        self.actionInterim.setText(QCoreApplication.translate("CasePage", u"\uc911\uac04 \ud1b5\uc9c0(&I)\u2026", None))
        self.actionInterim.setIconText(QCoreApplication.translate("CasePage", u"\uc911\uac04 \ud1b5\uc9c0", None))
#if QT_CONFIG(tooltip)
        self.actionInterim.setToolTip(QCoreApplication.translate("CasePage", u"\uc9c4\ud589 \uc0c1\ud669\uacfc \ucc98\ub9ac \uc608\uc815\uc77c\uc744 \ubbfc\uc6d0\uc778\uc5d0\uac8c \uc54c\ub9bd\ub2c8\ub2e4 (Ctrl+Shift+I)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(shortcut)
        self.actionInterim.setShortcut(QCoreApplication.translate("CasePage", u"Ctrl+Shift+I", None))
#endif // QT_CONFIG(shortcut)
        self.actionStage.setText(QCoreApplication.translate("CasePage", u"1357 \ub2e8\uacc4 \uae30\ub85d(&L)\u2026", None))
        self.actionStage.setIconText(QCoreApplication.translate("CasePage", u"1357 \ub2e8\uacc4", None))
#if QT_CONFIG(tooltip)
        self.actionStage.setToolTip(QCoreApplication.translate("CasePage", u"1357 \ud604\uc7a5\uc560\ub85c \ubbfc\uc6d0\uc758 \ub2e8\uacc4(\ucd9c\ub3d9, \ud574\uc18c\u2026)\uc5d0 \uc774\ub978 \ub54c\ub97c \uc801\uc2b5\ub2c8\ub2e4 (Ctrl+Shift+L)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(shortcut)
        self.actionStage.setShortcut(QCoreApplication.translate("CasePage", u"Ctrl+Shift+L", None))
#endif // QT_CONFIG(shortcut)
        self.actionAnswer.setText(QCoreApplication.translate("CasePage", u"\ud68c\uc2e0(&Y)\u2026", None))
        self.actionAnswer.setIconText(QCoreApplication.translate("CasePage", u"\ud68c\uc2e0", None))
#if QT_CONFIG(tooltip)
        self.actionAnswer.setToolTip(QCoreApplication.translate("CasePage", u"\ud68c\uc2e0 \ub0b4\uc6a9\uc744 \uc801\uc5b4 \ubbfc\uc6d0\uc744 \ub9c8\uce58\uace0 \ud68c\uc2e0\ubb38\uc744 \ub9cc\ub4ed\ub2c8\ub2e4 (Ctrl+Shift+Y)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(shortcut)
        self.actionAnswer.setShortcut(QCoreApplication.translate("CasePage", u"Ctrl+Shift+Y", None))
#endif // QT_CONFIG(shortcut)
        self.actionDocuments.setText(QCoreApplication.translate("CasePage", u"\ubb38\uc11c \ubcf4\uae30\u00b7\uc778\uc1c4(&D)", None))
        self.actionDocuments.setIconText(QCoreApplication.translate("CasePage", u"\ubb38\uc11c", None))
#if QT_CONFIG(tooltip)
        self.actionDocuments.setToolTip(QCoreApplication.translate("CasePage", u"\uace0\ub978 \ubbfc\uc6d0\uc758 \uc811\uc218\uc99d, \ud68c\uc2e0\ubb38, \uc5f0\uc7a5 \ud1b5\uc9c0, \uc911\uac04 \ud1b5\uc9c0\ub97c \uc5fd\ub2c8\ub2e4 (Ctrl+P)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(shortcut)
        self.actionDocuments.setShortcut(QCoreApplication.translate("CasePage", u"Ctrl+P", None))
#endif // QT_CONFIG(shortcut)
        self.actionReceipt.setText(QCoreApplication.translate("CasePage", u"\uc811\uc218\uc99d", None))
#if QT_CONFIG(tooltip)
        self.actionReceipt.setToolTip(QCoreApplication.translate("CasePage", u"\uace0\ub978 \ubbfc\uc6d0\uc758 \uc811\uc218\uc99d\uc744 \uc5fd\ub2c8\ub2e4", None))
#endif // QT_CONFIG(tooltip)
        self.actionReplyLetter.setText(QCoreApplication.translate("CasePage", u"\ud68c\uc2e0\ubb38", None))
#if QT_CONFIG(tooltip)
        self.actionReplyLetter.setToolTip(QCoreApplication.translate("CasePage", u"\ud68c\uc2e0\ud55c \ubbfc\uc6d0\uc758 \ud68c\uc2e0\ubb38\uc744 \uc5fd\ub2c8\ub2e4", None))
#endif // QT_CONFIG(tooltip)
        self.actionExtensionNotice.setText(QCoreApplication.translate("CasePage", u"\ucc98\ub9ac\uae30\uac04 \uc5f0\uc7a5 \ud1b5\uc9c0", None))
#if QT_CONFIG(tooltip)
        self.actionExtensionNotice.setToolTip(QCoreApplication.translate("CasePage", u"\uac00\uc7a5 \ucd5c\uadfc\uc758 \uc5f0\uc7a5 \ud1b5\uc9c0\uc11c\ub97c \uc5fd\ub2c8\ub2e4", None))
#endif // QT_CONFIG(tooltip)
        self.actionInterimNotice.setText(QCoreApplication.translate("CasePage", u"\uc911\uac04 \ud1b5\uc9c0", None))
#if QT_CONFIG(tooltip)
        self.actionInterimNotice.setToolTip(QCoreApplication.translate("CasePage", u"\uac00\uc7a5 \ucd5c\uadfc\uc758 \uc911\uac04 \ud1b5\uc9c0\uc11c\ub97c \uc5fd\ub2c8\ub2e4", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.newButton.setAccessibleName(QCoreApplication.translate("CasePage", u"\uc0c8 \ubbfc\uc6d0", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.assignButton.setAccessibleName(QCoreApplication.translate("CasePage", u"\ub2f4\ub2f9\uc790 \uc9c0\uc815", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.noteButton.setAccessibleName(QCoreApplication.translate("CasePage", u"\uc9c4\ud589 \uba54\ubaa8", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.pauseButton.setAccessibleName(QCoreApplication.translate("CasePage", u"\ubcf4\uc644 \uc694\uccad", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.resumeButton.setAccessibleName(QCoreApplication.translate("CasePage", u"\ubcf4\uc644 \uc811\uc218", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.extendButton.setAccessibleName(QCoreApplication.translate("CasePage", u"\uae30\ud55c \uc5f0\uc7a5", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.interimButton.setAccessibleName(QCoreApplication.translate("CasePage", u"\uc911\uac04 \ud1b5\uc9c0", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.stageButton.setAccessibleName(QCoreApplication.translate("CasePage", u"1357 \ub2e8\uacc4", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.answerButton.setAccessibleName(QCoreApplication.translate("CasePage", u"\ud68c\uc2e0", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.documentsButton.setAccessibleName(QCoreApplication.translate("CasePage", u"\ubb38\uc11c", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.pageMessage.setAccessibleName(QCoreApplication.translate("CasePage", u"\ubbfc\uc6d0 \ucc98\ub9ac \uc548\ub0b4", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.listTabs.setAccessibleName(QCoreApplication.translate("CasePage", u"\ubbfc\uc6d0 \ubaa9\ub85d", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.mineSummary.setAccessibleName(QCoreApplication.translate("CasePage", u"\ub0b4 \ubbfc\uc6d0 \uc694\uc57d", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.mineTable.setAccessibleName(QCoreApplication.translate("CasePage", u"\ub0b4 \ubbfc\uc6d0 \ubaa9\ub85d", None))
#endif // QT_CONFIG(accessibility)
        self.listTabs.setTabText(self.listTabs.indexOf(self.mineTab), QCoreApplication.translate("CasePage", u"\ub0b4 \ubbfc\uc6d0", None))
        self.stateLabel.setText(QCoreApplication.translate("CasePage", u"\uc0c1\ud0dc(&S)", None))
#if QT_CONFIG(accessibility)
        self.stateCombo.setAccessibleName(QCoreApplication.translate("CasePage", u"\ubbfc\uc6d0 \uc0c1\ud0dc\ub85c \uac70\ub974\uae30", None))
#endif // QT_CONFIG(accessibility)
        self.deptLabel.setText(QCoreApplication.translate("CasePage", u"\ubd80\uc11c(&D)", None))
#if QT_CONFIG(accessibility)
        self.deptCombo.setAccessibleName(QCoreApplication.translate("CasePage", u"\ubbfc\uc6d0 \ubd80\uc11c\ub85c \uac70\ub974\uae30", None))
#endif // QT_CONFIG(accessibility)
        self.officerLabel.setText(QCoreApplication.translate("CasePage", u"\ub2f4\ub2f9\uc790(&O)", None))
#if QT_CONFIG(accessibility)
        self.officerCombo.setAccessibleName(QCoreApplication.translate("CasePage", u"\ubbfc\uc6d0 \ub2f4\ub2f9\uc790\ub85c \uac70\ub974\uae30", None))
#endif // QT_CONFIG(accessibility)
        self.lateCheck.setText(QCoreApplication.translate("CasePage", u"\ud1b5\uc9c0 \uc5c6\uc774 \uae30\ud55c \uc9c0\ub0a8\ub9cc(&L)", None))
#if QT_CONFIG(accessibility)
        self.lateCheck.setAccessibleName(QCoreApplication.translate("CasePage", u"\ud1b5\uc9c0 \uc5c6\uc774 \uae30\ud55c \uc9c0\ub0a8\ub9cc", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.officerError.setAccessibleName(QCoreApplication.translate("CasePage", u"\ubbfc\uc6d0 \ub2f4\ub2f9\uc790\ub85c \uac70\ub974\uae30 \uc624\ub958", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.allSummary.setAccessibleName(QCoreApplication.translate("CasePage", u"\uc804\uccb4 \ubbfc\uc6d0 \uc694\uc57d", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.allTable.setAccessibleName(QCoreApplication.translate("CasePage", u"\uc804\uccb4 \ubbfc\uc6d0 \ubaa9\ub85d", None))
#endif // QT_CONFIG(accessibility)
        self.listTabs.setTabText(self.listTabs.indexOf(self.allTab), QCoreApplication.translate("CasePage", u"\uc804\uccb4 \ubbfc\uc6d0", None))
        self.detailBox.setTitle(QCoreApplication.translate("CasePage", u"\uace0\ub978 \ubbfc\uc6d0", None))
#if QT_CONFIG(accessibility)
        self.detailBox.setAccessibleName(QCoreApplication.translate("CasePage", u"\uace0\ub978 \ubbfc\uc6d0", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.detailText.setAccessibleName(QCoreApplication.translate("CasePage", u"\ubbfc\uc6d0 \ub0b4\uc6a9", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.clockText.setAccessibleName(QCoreApplication.translate("CasePage", u"\ubbfc\uc6d0 \ucc98\ub9ac\uae30\ud55c", None))
#endif // QT_CONFIG(accessibility)
        self.stageLabel.setText(QCoreApplication.translate("CasePage", u"1357 \ub2e8\uacc4", None))
#if QT_CONFIG(accessibility)
        self.stageList.setAccessibleName(QCoreApplication.translate("CasePage", u"1357 \ub2e8\uacc4 \uae30\ud55c", None))
#endif // QT_CONFIG(accessibility)
        self.historyLabel.setText(QCoreApplication.translate("CasePage", u"\ucc98\ub9ac \uc774\ub825(&H)", None))
#if QT_CONFIG(accessibility)
        self.historyList.setAccessibleName(QCoreApplication.translate("CasePage", u"\ubbfc\uc6d0 \ucc98\ub9ac \uc774\ub825", None))
#endif // QT_CONFIG(accessibility)
        self.documentLabel.setText(QCoreApplication.translate("CasePage", u"\ubc1c\uae09 \ubb38\uc11c (Enter\ub85c \uc5f4\uae30)", None))
#if QT_CONFIG(accessibility)
        self.documentList.setAccessibleName(QCoreApplication.translate("CasePage", u"\ubbfc\uc6d0 \ubc1c\uae09 \ubb38\uc11c", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

