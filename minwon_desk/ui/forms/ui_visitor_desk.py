# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'visitor_desk.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QFormLayout,
    QGroupBox, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QPushButton, QSizePolicy, QSpacerItem,
    QTableView, QVBoxLayout, QWidget)

class Ui_VisitorDesk(object):
    def setupUi(self, VisitorDesk):
        if not VisitorDesk.objectName():
            VisitorDesk.setObjectName(u"VisitorDesk")
        VisitorDesk.resize(1040, 640)
        self.actionNewVisitor = QAction(VisitorDesk)
        self.actionNewVisitor.setObjectName(u"actionNewVisitor")
        self.actionFocusBoard = QAction(VisitorDesk)
        self.actionFocusBoard.setObjectName(u"actionFocusBoard")
        self.actionGreet = QAction(VisitorDesk)
        self.actionGreet.setObjectName(u"actionGreet")
        self.actionCheckOut = QAction(VisitorDesk)
        self.actionCheckOut.setObjectName(u"actionCheckOut")
        self.rootLayout = QHBoxLayout(VisitorDesk)
        self.rootLayout.setSpacing(12)
        self.rootLayout.setObjectName(u"rootLayout")
        self.rootLayout.setContentsMargins(0, 0, 0, 0)
        self.checkInBox = QGroupBox(VisitorDesk)
        self.checkInBox.setObjectName(u"checkInBox")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.checkInBox.sizePolicy().hasHeightForWidth())
        self.checkInBox.setSizePolicy(sizePolicy)
        self.checkInBox.setMinimumSize(QSize(310, 0))
        self.checkInLayout = QVBoxLayout(self.checkInBox)
        self.checkInLayout.setSpacing(10)
        self.checkInLayout.setObjectName(u"checkInLayout")
        self.fieldsLayout = QFormLayout()
        self.fieldsLayout.setObjectName(u"fieldsLayout")
        self.fieldsLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.fieldsLayout.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTop)
        self.fieldsLayout.setHorizontalSpacing(10)
        self.fieldsLayout.setVerticalSpacing(8)
        self.nameLabel = QLabel(self.checkInBox)
        self.nameLabel.setObjectName(u"nameLabel")

        self.fieldsLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameCell = QVBoxLayout()
        self.nameCell.setSpacing(2)
        self.nameCell.setObjectName(u"nameCell")
        self.nameEdit = QLineEdit(self.checkInBox)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setMaxLength(50)

        self.nameCell.addWidget(self.nameEdit)

        self.nameError = QLabel(self.checkInBox)
        self.nameError.setObjectName(u"nameError")
        self.nameError.setWordWrap(True)

        self.nameCell.addWidget(self.nameError)


        self.fieldsLayout.setLayout(0, QFormLayout.ItemRole.FieldRole, self.nameCell)

        self.phoneLabel = QLabel(self.checkInBox)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.fieldsLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.phoneLabel)

        self.phoneCell = QVBoxLayout()
        self.phoneCell.setSpacing(2)
        self.phoneCell.setObjectName(u"phoneCell")
        self.phoneEdit = QLineEdit(self.checkInBox)
        self.phoneEdit.setObjectName(u"phoneEdit")
        self.phoneEdit.setMaxLength(30)

        self.phoneCell.addWidget(self.phoneEdit)

        self.phoneError = QLabel(self.checkInBox)
        self.phoneError.setObjectName(u"phoneError")
        self.phoneError.setWordWrap(True)

        self.phoneCell.addWidget(self.phoneError)


        self.fieldsLayout.setLayout(1, QFormLayout.ItemRole.FieldRole, self.phoneCell)

        self.purposeLabel = QLabel(self.checkInBox)
        self.purposeLabel.setObjectName(u"purposeLabel")

        self.fieldsLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.purposeLabel)

        self.purposeCell = QVBoxLayout()
        self.purposeCell.setSpacing(2)
        self.purposeCell.setObjectName(u"purposeCell")
        self.purposeEdit = QLineEdit(self.checkInBox)
        self.purposeEdit.setObjectName(u"purposeEdit")
        self.purposeEdit.setMaxLength(500)

        self.purposeCell.addWidget(self.purposeEdit)

        self.purposeError = QLabel(self.checkInBox)
        self.purposeError.setObjectName(u"purposeError")
        self.purposeError.setWordWrap(True)

        self.purposeCell.addWidget(self.purposeError)


        self.fieldsLayout.setLayout(2, QFormLayout.ItemRole.FieldRole, self.purposeCell)

        self.officerLabel = QLabel(self.checkInBox)
        self.officerLabel.setObjectName(u"officerLabel")

        self.fieldsLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.officerLabel)

        self.officerCell = QVBoxLayout()
        self.officerCell.setSpacing(2)
        self.officerCell.setObjectName(u"officerCell")
        self.officerCombo = QComboBox(self.checkInBox)
        self.officerCombo.setObjectName(u"officerCombo")
        self.officerCombo.setEditable(True)
        self.officerCombo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.officerCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.officerCombo.setMinimumContentsLength(16)

        self.officerCell.addWidget(self.officerCombo)

        self.officerError = QLabel(self.checkInBox)
        self.officerError.setObjectName(u"officerError")
        self.officerError.setWordWrap(True)

        self.officerCell.addWidget(self.officerError)

        self.officerStatusRow = QHBoxLayout()
        self.officerStatusRow.setObjectName(u"officerStatusRow")
        self.officerStatus = QLabel(self.checkInBox)
        self.officerStatus.setObjectName(u"officerStatus")
        self.officerStatus.setWordWrap(True)

        self.officerStatusRow.addWidget(self.officerStatus)

        self.deputyButton = QPushButton(self.checkInBox)
        self.deputyButton.setObjectName(u"deputyButton")

        self.officerStatusRow.addWidget(self.deputyButton)


        self.officerCell.addLayout(self.officerStatusRow)


        self.fieldsLayout.setLayout(3, QFormLayout.ItemRole.FieldRole, self.officerCell)


        self.checkInLayout.addLayout(self.fieldsLayout)

        self.formMessage = QLabel(self.checkInBox)
        self.formMessage.setObjectName(u"formMessage")
        self.formMessage.setWordWrap(True)
        self.formMessage.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.checkInLayout.addWidget(self.formMessage)

        self.formButtons = QHBoxLayout()
        self.formButtons.setObjectName(u"formButtons")
        self.formButtonsSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.formButtons.addItem(self.formButtonsSpacer)

        self.clearButton = QPushButton(self.checkInBox)
        self.clearButton.setObjectName(u"clearButton")

        self.formButtons.addWidget(self.clearButton)

        self.checkInButton = QPushButton(self.checkInBox)
        self.checkInButton.setObjectName(u"checkInButton")

        self.formButtons.addWidget(self.checkInButton)


        self.checkInLayout.addLayout(self.formButtons)

        self.keysHint = QLabel(self.checkInBox)
        self.keysHint.setObjectName(u"keysHint")
        self.keysHint.setWordWrap(True)

        self.checkInLayout.addWidget(self.keysHint)

        self.checkInSpacer = QSpacerItem(20, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.checkInLayout.addItem(self.checkInSpacer)


        self.rootLayout.addWidget(self.checkInBox)

        self.boardBox = QGroupBox(VisitorDesk)
        self.boardBox.setObjectName(u"boardBox")
        self.boardLayout = QVBoxLayout(self.boardBox)
        self.boardLayout.setSpacing(8)
        self.boardLayout.setObjectName(u"boardLayout")
        self.boardSummary = QLabel(self.boardBox)
        self.boardSummary.setObjectName(u"boardSummary")

        self.boardLayout.addWidget(self.boardSummary)

        self.boardTable = QTableView(self.boardBox)
        self.boardTable.setObjectName(u"boardTable")
        self.boardTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.boardTable.setAlternatingRowColors(False)
        self.boardTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.boardTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.boardTable.setShowGrid(False)
        self.boardTable.setWordWrap(False)
        self.boardTable.setCornerButtonEnabled(False)
        self.boardTable.horizontalHeader().setHighlightSections(False)
        self.boardTable.horizontalHeader().setStretchLastSection(True)
        self.boardTable.verticalHeader().setVisible(False)

        self.boardLayout.addWidget(self.boardTable)

        self.boardButtons = QHBoxLayout()
        self.boardButtons.setObjectName(u"boardButtons")
        self.greetButton = QPushButton(self.boardBox)
        self.greetButton.setObjectName(u"greetButton")

        self.boardButtons.addWidget(self.greetButton)

        self.checkOutButton = QPushButton(self.boardBox)
        self.checkOutButton.setObjectName(u"checkOutButton")

        self.boardButtons.addWidget(self.checkOutButton)

        self.boardButtonsSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.boardButtons.addItem(self.boardButtonsSpacer)

        self.alertBanner = QLabel(self.boardBox)
        self.alertBanner.setObjectName(u"alertBanner")

        self.boardButtons.addWidget(self.alertBanner)


        self.boardLayout.addLayout(self.boardButtons)


        self.rootLayout.addWidget(self.boardBox)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.phoneLabel.setBuddy(self.phoneEdit)
        self.purposeLabel.setBuddy(self.purposeEdit)
        self.officerLabel.setBuddy(self.officerCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.nameEdit, self.phoneEdit)
        QWidget.setTabOrder(self.phoneEdit, self.purposeEdit)
        QWidget.setTabOrder(self.purposeEdit, self.officerCombo)
        QWidget.setTabOrder(self.officerCombo, self.checkInButton)
        QWidget.setTabOrder(self.checkInButton, self.clearButton)
        QWidget.setTabOrder(self.clearButton, self.boardTable)
        QWidget.setTabOrder(self.boardTable, self.greetButton)
        QWidget.setTabOrder(self.greetButton, self.checkOutButton)

        self.retranslateUi(VisitorDesk)

        self.checkInButton.setDefault(True)


        QMetaObject.connectSlotsByName(VisitorDesk)
    # setupUi

    def retranslateUi(self, VisitorDesk):
#if QT_CONFIG(accessibility)
        VisitorDesk.setAccessibleName(QCoreApplication.translate("VisitorDesk", u"\ubc29\ubb38\uac1d \uc548\ub0b4", None))
#endif // QT_CONFIG(accessibility)
        self.actionNewVisitor.setText(QCoreApplication.translate("VisitorDesk", u"\uc0c8 \ubc29\ubb38\uac1d \uc811\uc218(&N)", None))
#if QT_CONFIG(tooltip)
        self.actionNewVisitor.setToolTip(QCoreApplication.translate("VisitorDesk", u"\uc811\uc218 \uc591\uc2dd\uc758 \uc131\uba85 \uce78\uc73c\ub85c \uac11\ub2c8\ub2e4 (Ctrl+N)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(shortcut)
        self.actionNewVisitor.setShortcut(QCoreApplication.translate("VisitorDesk", u"Ctrl+N", None))
#endif // QT_CONFIG(shortcut)
        self.actionFocusBoard.setText(QCoreApplication.translate("VisitorDesk", u"\ub300\uae30 \ud604\ud669\uc73c\ub85c(&B)", None))
#if QT_CONFIG(tooltip)
        self.actionFocusBoard.setToolTip(QCoreApplication.translate("VisitorDesk", u"\ub300\uae30 \ubc29\ubb38\uac1d \ubaa9\ub85d\uc73c\ub85c \uac11\ub2c8\ub2e4 (Ctrl+B)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(shortcut)
        self.actionFocusBoard.setShortcut(QCoreApplication.translate("VisitorDesk", u"Ctrl+B", None))
#endif // QT_CONFIG(shortcut)
        self.actionGreet.setText(QCoreApplication.translate("VisitorDesk", u"\uc751\ub300 \uc2dc\uc791(&S)", None))
#if QT_CONFIG(tooltip)
        self.actionGreet.setToolTip(QCoreApplication.translate("VisitorDesk", u"\uace0\ub978 \ubc29\ubb38\uac1d\uc758 \uc774\uc57c\uae30\ub97c \ub4e3\uae30 \uc2dc\uc791\ud588\ub2e4\uace0 \uae30\ub85d\ud569\ub2c8\ub2e4 (F2)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(shortcut)
        self.actionGreet.setShortcut(QCoreApplication.translate("VisitorDesk", u"F2", None))
#endif // QT_CONFIG(shortcut)
        self.actionCheckOut.setText(QCoreApplication.translate("VisitorDesk", u"\ud1f4\uc2e4(&E)", None))
#if QT_CONFIG(tooltip)
        self.actionCheckOut.setToolTip(QCoreApplication.translate("VisitorDesk", u"\uace0\ub978 \ubc29\ubb38\uac1d\uc758 \ubc29\ubb38\uc744 \ub9c8\uce69\ub2c8\ub2e4 (F4)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(shortcut)
        self.actionCheckOut.setShortcut(QCoreApplication.translate("VisitorDesk", u"F4", None))
#endif // QT_CONFIG(shortcut)
        self.checkInBox.setTitle(QCoreApplication.translate("VisitorDesk", u"\ubc29\ubb38\uac1d \uc811\uc218", None))
#if QT_CONFIG(accessibility)
        self.checkInBox.setAccessibleName(QCoreApplication.translate("VisitorDesk", u"\ubc29\ubb38\uac1d \uc811\uc218", None))
#endif // QT_CONFIG(accessibility)
        self.nameLabel.setText(QCoreApplication.translate("VisitorDesk", u"\uc131\uba85(&N)", None))
        self.nameEdit.setPlaceholderText(QCoreApplication.translate("VisitorDesk", u"\ubc29\ubb38\uac1d \uc774\ub984", None))
#if QT_CONFIG(accessibility)
        self.nameEdit.setAccessibleName(QCoreApplication.translate("VisitorDesk", u"\ubc29\ubb38\uac1d \uc131\uba85", None))
#endif // QT_CONFIG(accessibility)
        self.nameError.setText("")
#if QT_CONFIG(accessibility)
        self.nameError.setAccessibleName(QCoreApplication.translate("VisitorDesk", u"\ubc29\ubb38\uac1d \uc131\uba85 \uc624\ub958", None))
#endif // QT_CONFIG(accessibility)
        self.phoneLabel.setText(QCoreApplication.translate("VisitorDesk", u"\uc5f0\ub77d\ucc98(&P)", None))
        self.phoneEdit.setPlaceholderText(QCoreApplication.translate("VisitorDesk", u"010-0000-0000 (\uc120\ud0dd)", None))
#if QT_CONFIG(accessibility)
        self.phoneEdit.setAccessibleName(QCoreApplication.translate("VisitorDesk", u"\uc5f0\ub77d\ucc98", None))
#endif // QT_CONFIG(accessibility)
        self.phoneError.setText("")
#if QT_CONFIG(accessibility)
        self.phoneError.setAccessibleName(QCoreApplication.translate("VisitorDesk", u"\uc5f0\ub77d\ucc98 \uc624\ub958", None))
#endif // QT_CONFIG(accessibility)
        self.purposeLabel.setText(QCoreApplication.translate("VisitorDesk", u"\ubc29\ubb38 \ubaa9\uc801(&U)", None))
        self.purposeEdit.setPlaceholderText(QCoreApplication.translate("VisitorDesk", u"\uc608: \uc0ac\uc5c5 \uc2e0\uccad \ubb38\uc758", None))
#if QT_CONFIG(accessibility)
        self.purposeEdit.setAccessibleName(QCoreApplication.translate("VisitorDesk", u"\ubc29\ubb38 \ubaa9\uc801", None))
#endif // QT_CONFIG(accessibility)
        self.purposeError.setText("")
#if QT_CONFIG(accessibility)
        self.purposeError.setAccessibleName(QCoreApplication.translate("VisitorDesk", u"\ubc29\ubb38 \ubaa9\uc801 \uc624\ub958", None))
#endif // QT_CONFIG(accessibility)
        self.officerLabel.setText(QCoreApplication.translate("VisitorDesk", u"\ucc3e\ub294 \uc9c1\uc6d0(&O)", None))
#if QT_CONFIG(tooltip)
        self.officerCombo.setToolTip(QCoreApplication.translate("VisitorDesk", u"\uc774\ub984, \ucd08\uc131(\u3131\u3148\u3147), \ubd80\uc11c, \ub2f4\ub2f9\uc5c5\ubb34\ub098 \ub0b4\uc120\ubc88\ud638\ub97c \uc785\ub825\ud558\uba74 \ucc3e\uc544 \uc90d\ub2c8\ub2e4.", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.officerCombo.setAccessibleName(QCoreApplication.translate("VisitorDesk", u"\ucc3e\ub294 \uc9c1\uc6d0", None))
#endif // QT_CONFIG(accessibility)
        self.officerError.setText("")
#if QT_CONFIG(accessibility)
        self.officerError.setAccessibleName(QCoreApplication.translate("VisitorDesk", u"\ucc3e\ub294 \uc9c1\uc6d0 \uc624\ub958", None))
#endif // QT_CONFIG(accessibility)
        self.officerStatus.setText("")
#if QT_CONFIG(accessibility)
        self.officerStatus.setAccessibleName(QCoreApplication.translate("VisitorDesk", u"\ucc3e\ub294 \uc9c1\uc6d0 \uc7ac\uc2e4 \uc0c1\ud0dc", None))
#endif // QT_CONFIG(accessibility)
        self.deputyButton.setText(QCoreApplication.translate("VisitorDesk", u"\ub300\ud589\uc790\uc5d0\uac8c (F3)", None))
#if QT_CONFIG(tooltip)
        self.deputyButton.setToolTip(QCoreApplication.translate("VisitorDesk", u"\uc790\ub9ac\uc5d0 \uc5c6\ub294 \uc9c1\uc6d0 \ub300\uc2e0 \uc9c0\uae08 \uc5c5\ubb34\ub97c \ub300\ud589\ud558\ub294 \uc9c1\uc6d0\uc744 \ucc3e\ub294 \uc9c1\uc6d0\uc73c\ub85c \ub123\uc2b5\ub2c8\ub2e4 (F3)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.deputyButton.setAccessibleName(QCoreApplication.translate("VisitorDesk", u"\uc5c5\ubb34\ub300\ud589\uc790\uc5d0\uac8c \uc548\ub0b4", None))
#endif // QT_CONFIG(accessibility)
        self.formMessage.setText("")
#if QT_CONFIG(accessibility)
        self.formMessage.setAccessibleName(QCoreApplication.translate("VisitorDesk", u"\uc811\uc218 \uc54c\ub9bc", None))
#endif // QT_CONFIG(accessibility)
        self.clearButton.setText(QCoreApplication.translate("VisitorDesk", u"\uc9c0\uc6b0\uae30", None))
#if QT_CONFIG(tooltip)
        self.clearButton.setToolTip(QCoreApplication.translate("VisitorDesk", u"\uc785\ub825\ud55c \ub0b4\uc6a9\uc744 \uc9c0\uc6c1\ub2c8\ub2e4 (Esc)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.clearButton.setAccessibleName(QCoreApplication.translate("VisitorDesk", u"\uc9c0\uc6b0\uae30", None))
#endif // QT_CONFIG(accessibility)
        self.checkInButton.setText(QCoreApplication.translate("VisitorDesk", u"\uc811\uc218", None))
#if QT_CONFIG(tooltip)
        self.checkInButton.setToolTip(QCoreApplication.translate("VisitorDesk", u"\ubc29\ubb38\uac1d\uc744 \ub300\uae30 \ud604\ud669\uc5d0 \uc62c\ub9bd\ub2c8\ub2e4 (Enter)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.checkInButton.setAccessibleName(QCoreApplication.translate("VisitorDesk", u"\uc811\uc218", None))
#endif // QT_CONFIG(accessibility)
        self.keysHint.setText(QCoreApplication.translate("VisitorDesk", u"Enter \uc811\uc218 \u00b7 Esc \uc9c0\uc6b0\uae30 \u00b7 Ctrl+N \uc0c8 \uc811\uc218\n"
"F3 \ub300\ud589\uc790\uc5d0\uac8c \u00b7 Ctrl+B \ub300\uae30 \ud604\ud669 \u00b7 F2 \uc751\ub300 \uc2dc\uc791 \u00b7 F4 \ud1f4\uc2e4", None))
        self.boardBox.setTitle(QCoreApplication.translate("VisitorDesk", u"\ub300\uae30 \ud604\ud669", None))
#if QT_CONFIG(accessibility)
        self.boardBox.setAccessibleName(QCoreApplication.translate("VisitorDesk", u"\ub300\uae30 \ud604\ud669", None))
#endif // QT_CONFIG(accessibility)
        self.boardSummary.setText("")
#if QT_CONFIG(accessibility)
        self.boardSummary.setAccessibleName(QCoreApplication.translate("VisitorDesk", u"\ub300\uae30 \uc694\uc57d", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.boardTable.setAccessibleName(QCoreApplication.translate("VisitorDesk", u"\ub300\uae30 \ubc29\ubb38\uac1d \ubaa9\ub85d", None))
#endif // QT_CONFIG(accessibility)
        self.greetButton.setText(QCoreApplication.translate("VisitorDesk", u"\uc751\ub300 \uc2dc\uc791", None))
#if QT_CONFIG(accessibility)
        self.greetButton.setAccessibleName(QCoreApplication.translate("VisitorDesk", u"\uc751\ub300 \uc2dc\uc791", None))
#endif // QT_CONFIG(accessibility)
        self.checkOutButton.setText(QCoreApplication.translate("VisitorDesk", u"\ud1f4\uc2e4", None))
#if QT_CONFIG(accessibility)
        self.checkOutButton.setAccessibleName(QCoreApplication.translate("VisitorDesk", u"\ud1f4\uc2e4", None))
#endif // QT_CONFIG(accessibility)
        self.alertBanner.setText("")
#if QT_CONFIG(accessibility)
        self.alertBanner.setAccessibleName(QCoreApplication.translate("VisitorDesk", u"\uc54c\ub9bc", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

