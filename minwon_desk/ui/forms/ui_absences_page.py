# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'absences_page.ui'
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
    QDateTimeEdit, QFormLayout, QGroupBox, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QSpacerItem, QSplitter, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_AbsencesPage(object):
    def setupUi(self, AbsencesPage):
        if not AbsencesPage.objectName():
            AbsencesPage.setObjectName(u"AbsencesPage")
        AbsencesPage.resize(1100, 640)
        self.actionNewAbsence = QAction(AbsencesPage)
        self.actionNewAbsence.setObjectName(u"actionNewAbsence")
        self.actionNewAbsence.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.actionCancelAbsence = QAction(AbsencesPage)
        self.actionCancelAbsence.setObjectName(u"actionCancelAbsence")
        self.actionCancelAbsence.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.rootLayout = QVBoxLayout(AbsencesPage)
        self.rootLayout.setObjectName(u"rootLayout")
        self.splitter = QSplitter(AbsencesPage)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.listPanel = QWidget(self.splitter)
        self.listPanel.setObjectName(u"listPanel")
        self.listLayout = QVBoxLayout(self.listPanel)
        self.listLayout.setObjectName(u"listLayout")
        self.listLayout.setContentsMargins(0, 0, 0, 0)
        self.filterRow = QHBoxLayout()
        self.filterRow.setObjectName(u"filterRow")
        self.filterLabel = QLabel(self.listPanel)
        self.filterLabel.setObjectName(u"filterLabel")

        self.filterRow.addWidget(self.filterLabel)

        self.filterEdit = QLineEdit(self.listPanel)
        self.filterEdit.setObjectName(u"filterEdit")
        self.filterEdit.setClearButtonEnabled(True)

        self.filterRow.addWidget(self.filterEdit)

        self.deptFilterLabel = QLabel(self.listPanel)
        self.deptFilterLabel.setObjectName(u"deptFilterLabel")

        self.filterRow.addWidget(self.deptFilterLabel)

        self.deptFilterCombo = QComboBox(self.listPanel)
        self.deptFilterCombo.setObjectName(u"deptFilterCombo")

        self.filterRow.addWidget(self.deptFilterCombo)

        self.countLabel = QLabel(self.listPanel)
        self.countLabel.setObjectName(u"countLabel")

        self.filterRow.addWidget(self.countLabel)


        self.listLayout.addLayout(self.filterRow)

        self.absenceTable = QTableWidget(self.listPanel)
        if (self.absenceTable.columnCount() < 6):
            self.absenceTable.setColumnCount(6)
        __qtablewidgetitem = QTableWidgetItem()
        self.absenceTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.absenceTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.absenceTable.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.absenceTable.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        __qtablewidgetitem4 = QTableWidgetItem()
        self.absenceTable.setHorizontalHeaderItem(4, __qtablewidgetitem4)
        __qtablewidgetitem5 = QTableWidgetItem()
        self.absenceTable.setHorizontalHeaderItem(5, __qtablewidgetitem5)
        self.absenceTable.setObjectName(u"absenceTable")
        self.absenceTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.absenceTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.absenceTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.absenceTable.setAlternatingRowColors(True)
        self.absenceTable.setWordWrap(False)
        self.absenceTable.horizontalHeader().setStretchLastSection(True)
        self.absenceTable.verticalHeader().setVisible(False)

        self.listLayout.addWidget(self.absenceTable)

        self.listButtons = QHBoxLayout()
        self.listButtons.setObjectName(u"listButtons")
        self.listMessage = QLabel(self.listPanel)
        self.listMessage.setObjectName(u"listMessage")
        self.listMessage.setWordWrap(True)

        self.listButtons.addWidget(self.listMessage)

        self.listSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.listButtons.addItem(self.listSpacer)

        self.cancelButton = QPushButton(self.listPanel)
        self.cancelButton.setObjectName(u"cancelButton")

        self.listButtons.addWidget(self.cancelButton)


        self.listLayout.addLayout(self.listButtons)

        self.splitter.addWidget(self.listPanel)
        self.addBox = QGroupBox(self.splitter)
        self.addBox.setObjectName(u"addBox")
        self.addBox.setMinimumSize(QSize(340, 0))
        self.addLayout = QVBoxLayout(self.addBox)
        self.addLayout.setObjectName(u"addLayout")
        self.addFormLayout = QFormLayout()
        self.addFormLayout.setObjectName(u"addFormLayout")
        self.staffComboLabel = QLabel(self.addBox)
        self.staffComboLabel.setObjectName(u"staffComboLabel")

        self.addFormLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.staffComboLabel)

        self.staffCombo = QComboBox(self.addBox)
        self.staffCombo.setObjectName(u"staffCombo")
        self.staffCombo.setEditable(True)
        self.staffCombo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)

        self.addFormLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.staffCombo)

        self.staffError = QLabel(self.addBox)
        self.staffError.setObjectName(u"staffError")
        self.staffError.setWordWrap(True)

        self.addFormLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.staffError)

        self.kindComboLabel = QLabel(self.addBox)
        self.kindComboLabel.setObjectName(u"kindComboLabel")

        self.addFormLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.kindComboLabel)

        self.kindCombo = QComboBox(self.addBox)
        self.kindCombo.setObjectName(u"kindCombo")

        self.addFormLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.kindCombo)

        self.kindError = QLabel(self.addBox)
        self.kindError.setObjectName(u"kindError")
        self.kindError.setWordWrap(True)

        self.addFormLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.kindError)

        self.allDayCheck = QCheckBox(self.addBox)
        self.allDayCheck.setObjectName(u"allDayCheck")

        self.addFormLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.allDayCheck)

        self.startsEditLabel = QLabel(self.addBox)
        self.startsEditLabel.setObjectName(u"startsEditLabel")

        self.addFormLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.startsEditLabel)

        self.startsEdit = QDateTimeEdit(self.addBox)
        self.startsEdit.setObjectName(u"startsEdit")
        self.startsEdit.setCalendarPopup(True)

        self.addFormLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.startsEdit)

        self.startsError = QLabel(self.addBox)
        self.startsError.setObjectName(u"startsError")
        self.startsError.setWordWrap(True)

        self.addFormLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.startsError)

        self.endsEditLabel = QLabel(self.addBox)
        self.endsEditLabel.setObjectName(u"endsEditLabel")

        self.addFormLayout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.endsEditLabel)

        self.endsEdit = QDateTimeEdit(self.addBox)
        self.endsEdit.setObjectName(u"endsEdit")
        self.endsEdit.setCalendarPopup(True)

        self.addFormLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.endsEdit)

        self.endsError = QLabel(self.addBox)
        self.endsError.setObjectName(u"endsError")
        self.endsError.setWordWrap(True)

        self.addFormLayout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.endsError)

        self.deputyComboLabel = QLabel(self.addBox)
        self.deputyComboLabel.setObjectName(u"deputyComboLabel")

        self.addFormLayout.setWidget(9, QFormLayout.ItemRole.LabelRole, self.deputyComboLabel)

        self.deputyCombo = QComboBox(self.addBox)
        self.deputyCombo.setObjectName(u"deputyCombo")
        self.deputyCombo.setEditable(True)
        self.deputyCombo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)

        self.addFormLayout.setWidget(9, QFormLayout.ItemRole.FieldRole, self.deputyCombo)

        self.deputyError = QLabel(self.addBox)
        self.deputyError.setObjectName(u"deputyError")
        self.deputyError.setWordWrap(True)

        self.addFormLayout.setWidget(10, QFormLayout.ItemRole.FieldRole, self.deputyError)

        self.deputyHint = QLabel(self.addBox)
        self.deputyHint.setObjectName(u"deputyHint")
        self.deputyHint.setWordWrap(True)

        self.addFormLayout.setWidget(11, QFormLayout.ItemRole.FieldRole, self.deputyHint)

        self.deputyWarning = QLabel(self.addBox)
        self.deputyWarning.setObjectName(u"deputyWarning")
        self.deputyWarning.setWordWrap(True)

        self.addFormLayout.setWidget(12, QFormLayout.ItemRole.FieldRole, self.deputyWarning)

        self.noteEditLabel = QLabel(self.addBox)
        self.noteEditLabel.setObjectName(u"noteEditLabel")

        self.addFormLayout.setWidget(13, QFormLayout.ItemRole.LabelRole, self.noteEditLabel)

        self.noteEdit = QLineEdit(self.addBox)
        self.noteEdit.setObjectName(u"noteEdit")
        self.noteEdit.setMaxLength(200)

        self.addFormLayout.setWidget(13, QFormLayout.ItemRole.FieldRole, self.noteEdit)

        self.noteError = QLabel(self.addBox)
        self.noteError.setObjectName(u"noteError")
        self.noteError.setWordWrap(True)

        self.addFormLayout.setWidget(14, QFormLayout.ItemRole.FieldRole, self.noteError)


        self.addLayout.addLayout(self.addFormLayout)

        self.addButtons = QHBoxLayout()
        self.addButtons.setObjectName(u"addButtons")
        self.clearButton = QPushButton(self.addBox)
        self.clearButton.setObjectName(u"clearButton")

        self.addButtons.addWidget(self.clearButton)

        self.addSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.addButtons.addItem(self.addSpacer)

        self.addButton = QPushButton(self.addBox)
        self.addButton.setObjectName(u"addButton")

        self.addButtons.addWidget(self.addButton)


        self.addLayout.addLayout(self.addButtons)

        self.formMessage = QLabel(self.addBox)
        self.formMessage.setObjectName(u"formMessage")
        self.formMessage.setWordWrap(True)

        self.addLayout.addWidget(self.formMessage)

        self.addVSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.addLayout.addItem(self.addVSpacer)

        self.splitter.addWidget(self.addBox)

        self.rootLayout.addWidget(self.splitter)

#if QT_CONFIG(shortcut)
        self.filterLabel.setBuddy(self.filterEdit)
        self.deptFilterLabel.setBuddy(self.deptFilterCombo)
        self.staffComboLabel.setBuddy(self.staffCombo)
        self.kindComboLabel.setBuddy(self.kindCombo)
        self.startsEditLabel.setBuddy(self.startsEdit)
        self.endsEditLabel.setBuddy(self.endsEdit)
        self.deputyComboLabel.setBuddy(self.deputyCombo)
        self.noteEditLabel.setBuddy(self.noteEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.filterEdit, self.deptFilterCombo)
        QWidget.setTabOrder(self.deptFilterCombo, self.absenceTable)
        QWidget.setTabOrder(self.absenceTable, self.cancelButton)
        QWidget.setTabOrder(self.cancelButton, self.staffCombo)
        QWidget.setTabOrder(self.staffCombo, self.kindCombo)
        QWidget.setTabOrder(self.kindCombo, self.allDayCheck)
        QWidget.setTabOrder(self.allDayCheck, self.startsEdit)
        QWidget.setTabOrder(self.startsEdit, self.endsEdit)
        QWidget.setTabOrder(self.endsEdit, self.deputyCombo)
        QWidget.setTabOrder(self.deputyCombo, self.noteEdit)
        QWidget.setTabOrder(self.noteEdit, self.addButton)
        QWidget.setTabOrder(self.addButton, self.clearButton)

        self.retranslateUi(AbsencesPage)

        QMetaObject.connectSlotsByName(AbsencesPage)
    # setupUi

    def retranslateUi(self, AbsencesPage):
#if QT_CONFIG(accessibility)
        AbsencesPage.setAccessibleName(QCoreApplication.translate("AbsencesPage", u"\ubd80\uc7ac \uc77c\uc815", None))
#endif // QT_CONFIG(accessibility)
        self.actionNewAbsence.setText(QCoreApplication.translate("AbsencesPage", u"\uc0c8 \ubd80\uc7ac \ub4f1\ub85d(&N)", None))
#if QT_CONFIG(tooltip)
        self.actionNewAbsence.setToolTip(QCoreApplication.translate("AbsencesPage", u"\ubd80\uc7ac \ub4f1\ub85d \uc591\uc2dd\uc758 \uc9c1\uc6d0 \uce78\uc73c\ub85c \uac11\ub2c8\ub2e4 (Ctrl+N)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(shortcut)
        self.actionNewAbsence.setShortcut(QCoreApplication.translate("AbsencesPage", u"Ctrl+N", None))
#endif // QT_CONFIG(shortcut)
        self.actionCancelAbsence.setText(QCoreApplication.translate("AbsencesPage", u"\ubd80\uc7ac \ucde8\uc18c(&C)\u2026", None))
#if QT_CONFIG(tooltip)
        self.actionCancelAbsence.setToolTip(QCoreApplication.translate("AbsencesPage", u"\uace0\ub978 \ubd80\uc7ac \uc77c\uc815\uc744 \ucde8\uc18c\ud569\ub2c8\ub2e4 (Delete)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(shortcut)
        self.actionCancelAbsence.setShortcut(QCoreApplication.translate("AbsencesPage", u"Del", None))
#endif // QT_CONFIG(shortcut)
        self.filterLabel.setText(QCoreApplication.translate("AbsencesPage", u"\ucc3e\uae30(&F)", None))
#if QT_CONFIG(accessibility)
        self.filterEdit.setAccessibleName(QCoreApplication.translate("AbsencesPage", u"\ubd80\uc7ac \uc77c\uc815 \uac80\uc0c9", None))
#endif // QT_CONFIG(accessibility)
        self.filterEdit.setPlaceholderText(QCoreApplication.translate("AbsencesPage", u"\uc774\ub984, \ucd08\uc131(\u3131\u3148\u3147), \ubd80\uc11c", None))
        self.deptFilterLabel.setText(QCoreApplication.translate("AbsencesPage", u"\ubd80\uc11c(&D)", None))
#if QT_CONFIG(accessibility)
        self.deptFilterCombo.setAccessibleName(QCoreApplication.translate("AbsencesPage", u"\ubd80\uc11c\ub85c \uac70\ub974\uae30", None))
#endif // QT_CONFIG(accessibility)
        self.countLabel.setText("")
#if QT_CONFIG(accessibility)
        self.countLabel.setAccessibleName(QCoreApplication.translate("AbsencesPage", u"\ubd80\uc7ac \uc77c\uc815 \uc218", None))
#endif // QT_CONFIG(accessibility)
        ___qtablewidgetitem = self.absenceTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("AbsencesPage", u"\uc131\uba85", None))
        ___qtablewidgetitem1 = self.absenceTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("AbsencesPage", u"\ubd80\uc11c", None))
        ___qtablewidgetitem2 = self.absenceTable.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("AbsencesPage", u"\uad6c\ubd84", None))
        ___qtablewidgetitem3 = self.absenceTable.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("AbsencesPage", u"\uae30\uac04", None))
        ___qtablewidgetitem4 = self.absenceTable.horizontalHeaderItem(4)
        ___qtablewidgetitem4.setText(QCoreApplication.translate("AbsencesPage", u"\uc5c5\ubb34\ub300\ud589\uc790", None))
        ___qtablewidgetitem5 = self.absenceTable.horizontalHeaderItem(5)
        ___qtablewidgetitem5.setText(QCoreApplication.translate("AbsencesPage", u"\uba54\ubaa8", None))
#if QT_CONFIG(accessibility)
        self.absenceTable.setAccessibleName(QCoreApplication.translate("AbsencesPage", u"\ubd80\uc7ac \uc77c\uc815 \ubaa9\ub85d", None))
#endif // QT_CONFIG(accessibility)
        self.listMessage.setText("")
#if QT_CONFIG(accessibility)
        self.listMessage.setAccessibleName(QCoreApplication.translate("AbsencesPage", u"\ubd80\uc7ac \ubaa9\ub85d \uc54c\ub9bc", None))
#endif // QT_CONFIG(accessibility)
        self.cancelButton.setText(QCoreApplication.translate("AbsencesPage", u"\ubd80\uc7ac \ucde8\uc18c\u2026 (Del)", None))
#if QT_CONFIG(accessibility)
        self.cancelButton.setAccessibleName(QCoreApplication.translate("AbsencesPage", u"\ubd80\uc7ac \ucde8\uc18c", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.cancelButton.setToolTip(QCoreApplication.translate("AbsencesPage", u"\uace0\ub978 \ubd80\uc7ac \uc77c\uc815\uc744 \ucde8\uc18c\ud569\ub2c8\ub2e4 (Delete)", None))
#endif // QT_CONFIG(tooltip)
        self.addBox.setTitle(QCoreApplication.translate("AbsencesPage", u"\ubd80\uc7ac \ub4f1\ub85d", None))
#if QT_CONFIG(accessibility)
        self.addBox.setAccessibleName(QCoreApplication.translate("AbsencesPage", u"\ubd80\uc7ac \ub4f1\ub85d", None))
#endif // QT_CONFIG(accessibility)
        self.staffComboLabel.setText(QCoreApplication.translate("AbsencesPage", u"\uc9c1\uc6d0", None))
#if QT_CONFIG(accessibility)
        self.staffCombo.setAccessibleName(QCoreApplication.translate("AbsencesPage", u"\ubd80\uc7ac \uc9c1\uc6d0", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.staffCombo.setToolTip(QCoreApplication.translate("AbsencesPage", u"\uc774\ub984, \ucd08\uc131(\u3131\u3148\u3147), \ubd80\uc11c\ub098 \ub2f4\ub2f9\uc5c5\ubb34\ub85c \ucc3e\uc2b5\ub2c8\ub2e4.", None))
#endif // QT_CONFIG(tooltip)
        self.staffError.setText("")
#if QT_CONFIG(accessibility)
        self.staffError.setAccessibleName(QCoreApplication.translate("AbsencesPage", u"\ubd80\uc7ac \uc9c1\uc6d0 \uc624\ub958", None))
#endif // QT_CONFIG(accessibility)
        self.kindComboLabel.setText(QCoreApplication.translate("AbsencesPage", u"\uad6c\ubd84", None))
#if QT_CONFIG(accessibility)
        self.kindCombo.setAccessibleName(QCoreApplication.translate("AbsencesPage", u"\ubd80\uc7ac \uad6c\ubd84", None))
#endif // QT_CONFIG(accessibility)
        self.kindError.setText("")
#if QT_CONFIG(accessibility)
        self.kindError.setAccessibleName(QCoreApplication.translate("AbsencesPage", u"\ubd80\uc7ac \uad6c\ubd84 \uc624\ub958", None))
#endif // QT_CONFIG(accessibility)
        self.allDayCheck.setText(QCoreApplication.translate("AbsencesPage", u"\ud558\ub8e8 \uc885\uc77c", None))
#if QT_CONFIG(accessibility)
        self.allDayCheck.setAccessibleName(QCoreApplication.translate("AbsencesPage", u"\ud558\ub8e8 \uc885\uc77c", None))
#endif // QT_CONFIG(accessibility)
        self.startsEditLabel.setText(QCoreApplication.translate("AbsencesPage", u"\uc2dc\uc791", None))
#if QT_CONFIG(accessibility)
        self.startsEdit.setAccessibleName(QCoreApplication.translate("AbsencesPage", u"\uc2dc\uc791 \uc2dc\uac01", None))
#endif // QT_CONFIG(accessibility)
        self.startsEdit.setDisplayFormat(QCoreApplication.translate("AbsencesPage", u"yyyy-MM-dd HH:mm", None))
        self.startsError.setText("")
#if QT_CONFIG(accessibility)
        self.startsError.setAccessibleName(QCoreApplication.translate("AbsencesPage", u"\uc2dc\uc791 \uc2dc\uac01 \uc624\ub958", None))
#endif // QT_CONFIG(accessibility)
        self.endsEditLabel.setText(QCoreApplication.translate("AbsencesPage", u"\uc885\ub8cc", None))
#if QT_CONFIG(accessibility)
        self.endsEdit.setAccessibleName(QCoreApplication.translate("AbsencesPage", u"\uc885\ub8cc \uc2dc\uac01", None))
#endif // QT_CONFIG(accessibility)
        self.endsEdit.setDisplayFormat(QCoreApplication.translate("AbsencesPage", u"yyyy-MM-dd HH:mm", None))
        self.endsError.setText("")
#if QT_CONFIG(accessibility)
        self.endsError.setAccessibleName(QCoreApplication.translate("AbsencesPage", u"\uc885\ub8cc \uc2dc\uac01 \uc624\ub958", None))
#endif // QT_CONFIG(accessibility)
        self.deputyComboLabel.setText(QCoreApplication.translate("AbsencesPage", u"\uc5c5\ubb34\ub300\ud589\uc790", None))
#if QT_CONFIG(accessibility)
        self.deputyCombo.setAccessibleName(QCoreApplication.translate("AbsencesPage", u"\uc5c5\ubb34\ub300\ud589\uc790", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.deputyCombo.setToolTip(QCoreApplication.translate("AbsencesPage", u"\ube44\uc6cc \ub450\uba74 \uae30\ubcf8 \uc5c5\ubb34\ub300\ud589\uc790\uac00 \ub300\ud589\ud569\ub2c8\ub2e4.", None))
#endif // QT_CONFIG(tooltip)
        self.deputyError.setText("")
#if QT_CONFIG(accessibility)
        self.deputyError.setAccessibleName(QCoreApplication.translate("AbsencesPage", u"\uc5c5\ubb34\ub300\ud589\uc790 \uc624\ub958", None))
#endif // QT_CONFIG(accessibility)
        self.deputyHint.setText("")
#if QT_CONFIG(accessibility)
        self.deputyHint.setAccessibleName(QCoreApplication.translate("AbsencesPage", u"\uc5c5\ubb34\ub300\ud589\uc790 \uc548\ub0b4", None))
#endif // QT_CONFIG(accessibility)
        self.deputyWarning.setText("")
#if QT_CONFIG(accessibility)
        self.deputyWarning.setAccessibleName(QCoreApplication.translate("AbsencesPage", u"\uc5c5\ubb34\ub300\ud589\uc790 \uacbd\uace0", None))
#endif // QT_CONFIG(accessibility)
        self.noteEditLabel.setText(QCoreApplication.translate("AbsencesPage", u"\uba54\ubaa8", None))
#if QT_CONFIG(accessibility)
        self.noteEdit.setAccessibleName(QCoreApplication.translate("AbsencesPage", u"\uba54\ubaa8", None))
#endif // QT_CONFIG(accessibility)
        self.noteEdit.setPlaceholderText(QCoreApplication.translate("AbsencesPage", u"\uc608: \uc138\uc885\uccad\uc0ac \ud68c\uc758 (\uc120\ud0dd)", None))
        self.noteError.setText("")
#if QT_CONFIG(accessibility)
        self.noteError.setAccessibleName(QCoreApplication.translate("AbsencesPage", u"\uba54\ubaa8 \uc624\ub958", None))
#endif // QT_CONFIG(accessibility)
        self.clearButton.setText(QCoreApplication.translate("AbsencesPage", u"\uc0c8\ub85c \uc4f0\uae30 (Esc)", None))
#if QT_CONFIG(accessibility)
        self.clearButton.setAccessibleName(QCoreApplication.translate("AbsencesPage", u"\uc0c8\ub85c \uc4f0\uae30", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.clearButton.setToolTip(QCoreApplication.translate("AbsencesPage", u"\uc591\uc2dd\uc744 \ube44\uc6c1\ub2c8\ub2e4 (Esc)", None))
#endif // QT_CONFIG(tooltip)
        self.addButton.setText(QCoreApplication.translate("AbsencesPage", u"\ub4f1\ub85d (Enter)", None))
#if QT_CONFIG(accessibility)
        self.addButton.setAccessibleName(QCoreApplication.translate("AbsencesPage", u"\ubd80\uc7ac \ub4f1\ub85d\ud558\uae30", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.addButton.setToolTip(QCoreApplication.translate("AbsencesPage", u"\ubd80\uc7ac \uc77c\uc815\uc744 \ub4f1\ub85d\ud569\ub2c8\ub2e4 (Enter)", None))
#endif // QT_CONFIG(tooltip)
        self.formMessage.setText("")
#if QT_CONFIG(accessibility)
        self.formMessage.setAccessibleName(QCoreApplication.translate("AbsencesPage", u"\ubd80\uc7ac \ub4f1\ub85d \uc54c\ub9bc", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

