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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QComboBox,
    QFormLayout, QFrame, QGroupBox, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QSpacerItem, QTableView, QVBoxLayout,
    QWidget)

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
        self.checkInBox.setMinimumSize(QSize(290, 0))
        self.checkInBox.setMaximumSize(QSize(290, 16777215))
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

        self.officerStatusRow = QVBoxLayout()
        self.officerStatusRow.setObjectName(u"officerStatusRow")
        self.officerStatus = QLabel(self.checkInBox)
        self.officerStatus.setObjectName(u"officerStatus")
        self.officerStatus.setWordWrap(True)

        self.officerStatusRow.addWidget(self.officerStatus)

        self.deputyButton = QPushButton(self.checkInBox)
        self.deputyButton.setObjectName(u"deputyButton")

        self.officerStatusRow.addWidget(self.deputyButton, 0, Qt.AlignmentFlag.AlignLeft)


        self.officerCell.addLayout(self.officerStatusRow)


        self.fieldsLayout.setLayout(3, QFormLayout.ItemRole.FieldRole, self.officerCell)

        self.repeatCheck = QCheckBox(self.checkInBox)
        self.repeatCheck.setObjectName(u"repeatCheck")
        self.repeatCheck.setFocusPolicy(Qt.FocusPolicy.ClickFocus)

        self.fieldsLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.repeatCheck)

        self.repeatPanel = QFrame(self.checkInBox)
        self.repeatPanel.setObjectName(u"repeatPanel")
        self.repeatPanel.setFrameShape(QFrame.Shape.StyledPanel)
        self.repeatLayout = QFormLayout(self.repeatPanel)
        self.repeatLayout.setObjectName(u"repeatLayout")
        self.repeatLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.repeatLayout.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTop)
        self.repeatLayout.setHorizontalSpacing(10)
        self.repeatLayout.setVerticalSpacing(6)
        self.earlierLabel = QLabel(self.repeatPanel)
        self.earlierLabel.setObjectName(u"earlierLabel")

        self.repeatLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.earlierLabel)

        self.earlierCell = QVBoxLayout()
        self.earlierCell.setSpacing(2)
        self.earlierCell.setObjectName(u"earlierCell")
        self.earlierCombo = QComboBox(self.repeatPanel)
        self.earlierCombo.setObjectName(u"earlierCombo")
        self.earlierCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.earlierCombo.setMinimumContentsLength(16)

        self.earlierCell.addWidget(self.earlierCombo)

        self.earlierStatus = QLabel(self.repeatPanel)
        self.earlierStatus.setObjectName(u"earlierStatus")
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        sizePolicy1.setHorizontalStretch(0)
        sizePolicy1.setVerticalStretch(0)
        sizePolicy1.setHeightForWidth(self.earlierStatus.sizePolicy().hasHeightForWidth())
        self.earlierStatus.setSizePolicy(sizePolicy1)
        self.earlierStatus.setWordWrap(True)

        self.earlierCell.addWidget(self.earlierStatus)

        self.earlierError = QLabel(self.repeatPanel)
        self.earlierError.setObjectName(u"earlierError")
        self.earlierError.setWordWrap(True)

        self.earlierCell.addWidget(self.earlierError)


        self.repeatLayout.setLayout(0, QFormLayout.ItemRole.FieldRole, self.earlierCell)

        self.staffErrorCheck = QCheckBox(self.repeatPanel)
        self.staffErrorCheck.setObjectName(u"staffErrorCheck")

        self.repeatLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.staffErrorCheck)

        self.repeatNoteLabel = QLabel(self.repeatPanel)
        self.repeatNoteLabel.setObjectName(u"repeatNoteLabel")

        self.repeatLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.repeatNoteLabel)

        self.repeatNoteCell = QVBoxLayout()
        self.repeatNoteCell.setSpacing(2)
        self.repeatNoteCell.setObjectName(u"repeatNoteCell")
        self.repeatNoteEdit = QLineEdit(self.repeatPanel)
        self.repeatNoteEdit.setObjectName(u"repeatNoteEdit")
        self.repeatNoteEdit.setMaxLength(200)

        self.repeatNoteCell.addWidget(self.repeatNoteEdit)

        self.repeatNoteError = QLabel(self.repeatPanel)
        self.repeatNoteError.setObjectName(u"repeatNoteError")
        self.repeatNoteError.setWordWrap(True)

        self.repeatNoteCell.addWidget(self.repeatNoteError)


        self.repeatLayout.setLayout(2, QFormLayout.ItemRole.FieldRole, self.repeatNoteCell)


        self.fieldsLayout.setWidget(5, QFormLayout.ItemRole.SpanningRole, self.repeatPanel)


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

        self.ratingStrip = QFrame(self.boardBox)
        self.ratingStrip.setObjectName(u"ratingStrip")
        self.ratingStrip.setFrameShape(QFrame.Shape.StyledPanel)
        self.ratingLayout = QVBoxLayout(self.ratingStrip)
        self.ratingLayout.setSpacing(6)
        self.ratingLayout.setObjectName(u"ratingLayout")
        self.ratingPrompt = QLabel(self.ratingStrip)
        self.ratingPrompt.setObjectName(u"ratingPrompt")

        self.ratingLayout.addWidget(self.ratingPrompt)

        self.ratingButtons = QHBoxLayout()
        self.ratingButtons.setSpacing(6)
        self.ratingButtons.setObjectName(u"ratingButtons")
        self.rate1 = QPushButton(self.ratingStrip)
        self.rate1.setObjectName(u"rate1")

        self.ratingButtons.addWidget(self.rate1)

        self.rate2 = QPushButton(self.ratingStrip)
        self.rate2.setObjectName(u"rate2")

        self.ratingButtons.addWidget(self.rate2)

        self.rate3 = QPushButton(self.ratingStrip)
        self.rate3.setObjectName(u"rate3")

        self.ratingButtons.addWidget(self.rate3)

        self.rate4 = QPushButton(self.ratingStrip)
        self.rate4.setObjectName(u"rate4")

        self.ratingButtons.addWidget(self.rate4)

        self.rate5 = QPushButton(self.ratingStrip)
        self.rate5.setObjectName(u"rate5")

        self.ratingButtons.addWidget(self.rate5)

        self.ratingSkip = QPushButton(self.ratingStrip)
        self.ratingSkip.setObjectName(u"ratingSkip")

        self.ratingButtons.addWidget(self.ratingSkip)

        self.ratingSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.ratingButtons.addItem(self.ratingSpacer)


        self.ratingLayout.addLayout(self.ratingButtons)


        self.boardLayout.addWidget(self.ratingStrip)


        self.rootLayout.addWidget(self.boardBox)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.phoneLabel.setBuddy(self.phoneEdit)
        self.purposeLabel.setBuddy(self.purposeEdit)
        self.officerLabel.setBuddy(self.officerCombo)
        self.earlierLabel.setBuddy(self.earlierCombo)
        self.repeatNoteLabel.setBuddy(self.repeatNoteEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.nameEdit, self.phoneEdit)
        QWidget.setTabOrder(self.phoneEdit, self.purposeEdit)
        QWidget.setTabOrder(self.purposeEdit, self.officerCombo)
        QWidget.setTabOrder(self.officerCombo, self.earlierCombo)
        QWidget.setTabOrder(self.earlierCombo, self.staffErrorCheck)
        QWidget.setTabOrder(self.staffErrorCheck, self.repeatNoteEdit)
        QWidget.setTabOrder(self.repeatNoteEdit, self.checkInButton)
        QWidget.setTabOrder(self.checkInButton, self.clearButton)
        QWidget.setTabOrder(self.clearButton, self.boardTable)
        QWidget.setTabOrder(self.boardTable, self.greetButton)
        QWidget.setTabOrder(self.greetButton, self.checkOutButton)
        QWidget.setTabOrder(self.checkOutButton, self.rate1)
        QWidget.setTabOrder(self.rate1, self.rate2)
        QWidget.setTabOrder(self.rate2, self.rate3)
        QWidget.setTabOrder(self.rate3, self.rate4)
        QWidget.setTabOrder(self.rate4, self.rate5)
        QWidget.setTabOrder(self.rate5, self.ratingSkip)

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
        self.repeatCheck.setText(QCoreApplication.translate("VisitorDesk", u"\uc7ac\ubc29\ubb38 (Alt+J)", None))
#if QT_CONFIG(tooltip)
        self.repeatCheck.setToolTip(QCoreApplication.translate("VisitorDesk", u"\uac19\uc740 \uc77c\ub85c \uc804\uc5d0 \uc624\uc168\ub358 \ubd84\uc785\ub2c8\ub2e4. \uc9c0\ub09c \ubc29\ubb38\uc744 \uace0\ub974\uace0, \uc9c1\uc6d0 \uc798\ubabb\uc73c\ub85c \ub2e4\uc2dc \uc624\uc168\uc73c\uba74 \uadf8\ub807\uac8c \ud45c\uc2dc\ud569\ub2c8\ub2e4 (Alt+J)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.repeatCheck.setAccessibleName(QCoreApplication.translate("VisitorDesk", u"\uc7ac\ubc29\ubb38", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.repeatPanel.setAccessibleName(QCoreApplication.translate("VisitorDesk", u"\uc7ac\ubc29\ubb38 \uc815\ubcf4", None))
#endif // QT_CONFIG(accessibility)
        self.earlierLabel.setText(QCoreApplication.translate("VisitorDesk", u"\uc9c0\ub09c \ubc29\ubb38(&L)", None))
#if QT_CONFIG(tooltip)
        self.earlierCombo.setToolTip(QCoreApplication.translate("VisitorDesk", u"\uc704\uc5d0 \uc801\uc740 \uc131\uba85\uc774\ub098 \uc5f0\ub77d\ucc98\uac00 \uac19\uc740 \uc9c0\ub09c \ubc29\ubb38\uc785\ub2c8\ub2e4 (\ucd5c\uadfc \ubc29\ubb38\ubd80\ud130)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.earlierCombo.setAccessibleName(QCoreApplication.translate("VisitorDesk", u"\uc9c0\ub09c \ubc29\ubb38", None))
#endif // QT_CONFIG(accessibility)
        self.earlierStatus.setText("")
#if QT_CONFIG(accessibility)
        self.earlierStatus.setAccessibleName(QCoreApplication.translate("VisitorDesk", u"\uc9c0\ub09c \ubc29\ubb38 \ucc3e\uae30 \uacb0\uacfc", None))
#endif // QT_CONFIG(accessibility)
        self.earlierError.setText("")
#if QT_CONFIG(accessibility)
        self.earlierError.setAccessibleName(QCoreApplication.translate("VisitorDesk", u"\uc9c0\ub09c \ubc29\ubb38 \uc624\ub958", None))
#endif // QT_CONFIG(accessibility)
        self.staffErrorCheck.setText(QCoreApplication.translate("VisitorDesk", u"\uc9c1\uc6d0 \uc798\ubabb\uc73c\ub85c \ub2e4\uc2dc \uc624\uc2ec(&E)", None))
#if QT_CONFIG(tooltip)
        self.staffErrorCheck.setToolTip(QCoreApplication.translate("VisitorDesk", u"\uc9c0\ub09c \ubc29\ubb38 \ub54c \uc9c1\uc6d0\uc758 \uc798\ubabb(\uc798\ubabb\ub41c \uc548\ub0b4, \uc11c\ub958 \ub204\ub77d \ub4f1)\uc73c\ub85c \ub2e4\uc2dc \uc624\uc2e0 \uacbd\uc6b0\uc785\ub2c8\ub2e4. \ubcf4\uc0c1 \ub300\uc0c1\uc73c\ub85c \uac80\ud1a0\ub429\ub2c8\ub2e4 (Alt+E)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.staffErrorCheck.setAccessibleName(QCoreApplication.translate("VisitorDesk", u"\uc9c1\uc6d0 \uc798\ubabb\uc73c\ub85c \ub2e4\uc2dc \uc624\uc2ec", None))
#endif // QT_CONFIG(accessibility)
        self.repeatNoteLabel.setText(QCoreApplication.translate("VisitorDesk", u"\uc798\ubabb\ub41c \uc810(&D)", None))
        self.repeatNoteEdit.setPlaceholderText(QCoreApplication.translate("VisitorDesk", u"\uc608: \ud544\uc694\ud55c \uc11c\ub958\ub97c \uc798\ubabb \uc548\ub0b4\ud568", None))
#if QT_CONFIG(accessibility)
        self.repeatNoteEdit.setAccessibleName(QCoreApplication.translate("VisitorDesk", u"\uc798\ubabb\ub41c \uc810", None))
#endif // QT_CONFIG(accessibility)
        self.repeatNoteError.setText("")
#if QT_CONFIG(accessibility)
        self.repeatNoteError.setAccessibleName(QCoreApplication.translate("VisitorDesk", u"\uc798\ubabb\ub41c \uc810 \uc624\ub958", None))
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
"F3 \ub300\ud589\uc790\uc5d0\uac8c \uc811\uc218 \u00b7 Alt+J \uc7ac\ubc29\ubb38 \u00b7 Ctrl+B \ub300\uae30 \ud604\ud669\n"
"\ub300\uae30 \ud604\ud669\uc5d0\uc11c: F2 \uc751\ub300 \uc2dc\uc791 \u00b7 F4 \ud1f4\uc2e4 (\ub4a4\uc774\uc5b4 1~5 \ub9cc\uc871\ub3c4)", None))
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
#if QT_CONFIG(accessibility)
        self.ratingStrip.setAccessibleName(QCoreApplication.translate("VisitorDesk", u"\ud1f4\uc2e4 \ub9cc\uc871\ub3c4", None))
#endif // QT_CONFIG(accessibility)
        self.ratingPrompt.setText(QCoreApplication.translate("VisitorDesk", u"\uc624\ub298 \uc751\ub300\uc5d0 \uc5bc\ub9c8\ub098 \ub9cc\uc871\ud558\uc168\ub098\uc694?", None))
#if QT_CONFIG(accessibility)
        self.ratingPrompt.setAccessibleName(QCoreApplication.translate("VisitorDesk", u"\ub9cc\uc871\ub3c4 \uc548\ub0b4", None))
#endif // QT_CONFIG(accessibility)
        self.rate1.setText(QCoreApplication.translate("VisitorDesk", u"1 \ub9e4\uc6b0 \ubd88\ub9cc\uc871", None))
#if QT_CONFIG(accessibility)
        self.rate1.setAccessibleName(QCoreApplication.translate("VisitorDesk", u"\ub9cc\uc871\ub3c4 1\uc810", None))
#endif // QT_CONFIG(accessibility)
        self.rate2.setText(QCoreApplication.translate("VisitorDesk", u"2 \ubd88\ub9cc\uc871", None))
#if QT_CONFIG(accessibility)
        self.rate2.setAccessibleName(QCoreApplication.translate("VisitorDesk", u"\ub9cc\uc871\ub3c4 2\uc810", None))
#endif // QT_CONFIG(accessibility)
        self.rate3.setText(QCoreApplication.translate("VisitorDesk", u"3 \ubcf4\ud1b5", None))
#if QT_CONFIG(accessibility)
        self.rate3.setAccessibleName(QCoreApplication.translate("VisitorDesk", u"\ub9cc\uc871\ub3c4 3\uc810", None))
#endif // QT_CONFIG(accessibility)
        self.rate4.setText(QCoreApplication.translate("VisitorDesk", u"4 \ub9cc\uc871", None))
#if QT_CONFIG(accessibility)
        self.rate4.setAccessibleName(QCoreApplication.translate("VisitorDesk", u"\ub9cc\uc871\ub3c4 4\uc810", None))
#endif // QT_CONFIG(accessibility)
        self.rate5.setText(QCoreApplication.translate("VisitorDesk", u"5 \ub9e4\uc6b0 \ub9cc\uc871", None))
#if QT_CONFIG(accessibility)
        self.rate5.setAccessibleName(QCoreApplication.translate("VisitorDesk", u"\ub9cc\uc871\ub3c4 5\uc810", None))
#endif // QT_CONFIG(accessibility)
        self.ratingSkip.setText(QCoreApplication.translate("VisitorDesk", u"\ub2eb\uae30 (Esc)", None))
#if QT_CONFIG(tooltip)
        self.ratingSkip.setToolTip(QCoreApplication.translate("VisitorDesk", u"\ub9cc\uc871\ub3c4\ub97c \ub0a8\uae30\uc9c0 \uc54a\uace0 \ub2eb\uc2b5\ub2c8\ub2e4 (Esc). \uadf8\ub300\ub85c \ub450\uc5b4\ub3c4 \ub2e4\uc74c \uc811\uc218 \ub54c \uc0ac\ub77c\uc9d1\ub2c8\ub2e4.", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.ratingSkip.setAccessibleName(QCoreApplication.translate("VisitorDesk", u"\ub9cc\uc871\ub3c4 \ub2eb\uae30", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

