# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'case_form.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QDialog,
    QFormLayout, QHBoxLayout, QLabel, QLineEdit,
    QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_CaseForm(object):
    def setupUi(self, CaseForm):
        if not CaseForm.objectName():
            CaseForm.setObjectName(u"CaseForm")
        CaseForm.resize(640, 760)
        self.rootLayout = QVBoxLayout(CaseForm)
        self.rootLayout.setSpacing(8)
        self.rootLayout.setObjectName(u"rootLayout")
        self.sourceLabel = QLabel(CaseForm)
        self.sourceLabel.setObjectName(u"sourceLabel")
        self.sourceLabel.setWordWrap(True)

        self.rootLayout.addWidget(self.sourceLabel)

        self.caseFields = QFormLayout()
        self.caseFields.setObjectName(u"caseFields")
        self.caseFields.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.caseFields.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTop)
        self.caseFields.setHorizontalSpacing(10)
        self.caseFields.setVerticalSpacing(4)
        self.typeLabel = QLabel(CaseForm)
        self.typeLabel.setObjectName(u"typeLabel")

        self.caseFields.setWidget(0, QFormLayout.ItemRole.LabelRole, self.typeLabel)

        self.typeCombo = QComboBox(CaseForm)
        self.typeCombo.setObjectName(u"typeCombo")

        self.caseFields.setWidget(0, QFormLayout.ItemRole.FieldRole, self.typeCombo)

        self.typeError = QLabel(CaseForm)
        self.typeError.setObjectName(u"typeError")
        self.typeError.setWordWrap(True)

        self.caseFields.setWidget(1, QFormLayout.ItemRole.FieldRole, self.typeError)

        self.channelLabel = QLabel(CaseForm)
        self.channelLabel.setObjectName(u"channelLabel")

        self.caseFields.setWidget(2, QFormLayout.ItemRole.LabelRole, self.channelLabel)

        self.channelCombo = QComboBox(CaseForm)
        self.channelCombo.setObjectName(u"channelCombo")

        self.caseFields.setWidget(2, QFormLayout.ItemRole.FieldRole, self.channelCombo)

        self.channelError = QLabel(CaseForm)
        self.channelError.setObjectName(u"channelError")
        self.channelError.setWordWrap(True)

        self.caseFields.setWidget(3, QFormLayout.ItemRole.FieldRole, self.channelError)

        self.dueLabel = QLabel(CaseForm)
        self.dueLabel.setObjectName(u"dueLabel")
        self.dueLabel.setWordWrap(True)
        self.dueLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.caseFields.setWidget(4, QFormLayout.ItemRole.FieldRole, self.dueLabel)

        self.nameLabel = QLabel(CaseForm)
        self.nameLabel.setObjectName(u"nameLabel")

        self.caseFields.setWidget(5, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(CaseForm)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setMaxLength(100)

        self.caseFields.setWidget(5, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.nameHint = QLabel(CaseForm)
        self.nameHint.setObjectName(u"nameHint")
        self.nameHint.setWordWrap(True)

        self.caseFields.setWidget(6, QFormLayout.ItemRole.FieldRole, self.nameHint)

        self.nameError = QLabel(CaseForm)
        self.nameError.setObjectName(u"nameError")
        self.nameError.setWordWrap(True)

        self.caseFields.setWidget(7, QFormLayout.ItemRole.FieldRole, self.nameError)

        self.contactLabel = QLabel(CaseForm)
        self.contactLabel.setObjectName(u"contactLabel")

        self.caseFields.setWidget(8, QFormLayout.ItemRole.LabelRole, self.contactLabel)

        self.contactEdit = QLineEdit(CaseForm)
        self.contactEdit.setObjectName(u"contactEdit")
        self.contactEdit.setMaxLength(200)

        self.caseFields.setWidget(8, QFormLayout.ItemRole.FieldRole, self.contactEdit)

        self.contactError = QLabel(CaseForm)
        self.contactError.setObjectName(u"contactError")
        self.contactError.setWordWrap(True)

        self.caseFields.setWidget(9, QFormLayout.ItemRole.FieldRole, self.contactError)

        self.subjectLabel = QLabel(CaseForm)
        self.subjectLabel.setObjectName(u"subjectLabel")

        self.caseFields.setWidget(10, QFormLayout.ItemRole.LabelRole, self.subjectLabel)

        self.subjectEdit = QLineEdit(CaseForm)
        self.subjectEdit.setObjectName(u"subjectEdit")
        self.subjectEdit.setMaxLength(200)

        self.caseFields.setWidget(10, QFormLayout.ItemRole.FieldRole, self.subjectEdit)

        self.subjectError = QLabel(CaseForm)
        self.subjectError.setObjectName(u"subjectError")
        self.subjectError.setWordWrap(True)

        self.caseFields.setWidget(11, QFormLayout.ItemRole.FieldRole, self.subjectError)

        self.contentLabel = QLabel(CaseForm)
        self.contentLabel.setObjectName(u"contentLabel")

        self.caseFields.setWidget(12, QFormLayout.ItemRole.LabelRole, self.contentLabel)

        self.contentEdit = QPlainTextEdit(CaseForm)
        self.contentEdit.setObjectName(u"contentEdit")
        self.contentEdit.setMinimumSize(QSize(0, 160))
        self.contentEdit.setTabChangesFocus(True)

        self.caseFields.setWidget(12, QFormLayout.ItemRole.FieldRole, self.contentEdit)

        self.contentError = QLabel(CaseForm)
        self.contentError.setObjectName(u"contentError")
        self.contentError.setWordWrap(True)

        self.caseFields.setWidget(13, QFormLayout.ItemRole.FieldRole, self.contentError)

        self.attachmentsLabel = QLabel(CaseForm)
        self.attachmentsLabel.setObjectName(u"attachmentsLabel")

        self.caseFields.setWidget(14, QFormLayout.ItemRole.LabelRole, self.attachmentsLabel)

        self.attachmentsEdit = QPlainTextEdit(CaseForm)
        self.attachmentsEdit.setObjectName(u"attachmentsEdit")
        self.attachmentsEdit.setMaximumSize(QSize(16777215, 72))
        self.attachmentsEdit.setTabChangesFocus(True)

        self.caseFields.setWidget(14, QFormLayout.ItemRole.FieldRole, self.attachmentsEdit)

        self.attachmentsError = QLabel(CaseForm)
        self.attachmentsError.setObjectName(u"attachmentsError")
        self.attachmentsError.setWordWrap(True)

        self.caseFields.setWidget(15, QFormLayout.ItemRole.FieldRole, self.attachmentsError)

        self.officerLabel = QLabel(CaseForm)
        self.officerLabel.setObjectName(u"officerLabel")

        self.caseFields.setWidget(16, QFormLayout.ItemRole.LabelRole, self.officerLabel)

        self.officerRow = QHBoxLayout()
        self.officerRow.setObjectName(u"officerRow")
        self.officerCombo = QComboBox(CaseForm)
        self.officerCombo.setObjectName(u"officerCombo")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.officerCombo.sizePolicy().hasHeightForWidth())
        self.officerCombo.setSizePolicy(sizePolicy)
        self.officerCombo.setEditable(True)
        self.officerCombo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)

        self.officerRow.addWidget(self.officerCombo)

        self.deputyButton = QPushButton(CaseForm)
        self.deputyButton.setObjectName(u"deputyButton")
        self.deputyButton.setAutoDefault(False)

        self.officerRow.addWidget(self.deputyButton)


        self.caseFields.setLayout(16, QFormLayout.ItemRole.FieldRole, self.officerRow)

        self.officerStatus = QLabel(CaseForm)
        self.officerStatus.setObjectName(u"officerStatus")
        self.officerStatus.setWordWrap(True)

        self.caseFields.setWidget(17, QFormLayout.ItemRole.FieldRole, self.officerStatus)

        self.officerError = QLabel(CaseForm)
        self.officerError.setObjectName(u"officerError")
        self.officerError.setWordWrap(True)

        self.caseFields.setWidget(18, QFormLayout.ItemRole.FieldRole, self.officerError)

        self.notifyLabel = QLabel(CaseForm)
        self.notifyLabel.setObjectName(u"notifyLabel")

        self.caseFields.setWidget(19, QFormLayout.ItemRole.LabelRole, self.notifyLabel)

        self.notifyRow = QHBoxLayout()
        self.notifyRow.setObjectName(u"notifyRow")
        self.notifyCombo = QComboBox(CaseForm)
        self.notifyCombo.setObjectName(u"notifyCombo")

        self.notifyRow.addWidget(self.notifyCombo)

        self.notifyAddressEdit = QLineEdit(CaseForm)
        self.notifyAddressEdit.setObjectName(u"notifyAddressEdit")
        sizePolicy.setHeightForWidth(self.notifyAddressEdit.sizePolicy().hasHeightForWidth())
        self.notifyAddressEdit.setSizePolicy(sizePolicy)
        self.notifyAddressEdit.setMaxLength(200)

        self.notifyRow.addWidget(self.notifyAddressEdit)


        self.caseFields.setLayout(19, QFormLayout.ItemRole.FieldRole, self.notifyRow)

        self.notifyError = QLabel(CaseForm)
        self.notifyError.setObjectName(u"notifyError")
        self.notifyError.setWordWrap(True)

        self.caseFields.setWidget(20, QFormLayout.ItemRole.FieldRole, self.notifyError)


        self.rootLayout.addLayout(self.caseFields)

        self.receiptCheck = QCheckBox(CaseForm)
        self.receiptCheck.setObjectName(u"receiptCheck")
        self.receiptCheck.setChecked(True)

        self.rootLayout.addWidget(self.receiptCheck)

        self.formMessage = QLabel(CaseForm)
        self.formMessage.setObjectName(u"formMessage")
        self.formMessage.setWordWrap(True)

        self.rootLayout.addWidget(self.formMessage)

        self.keysHint = QLabel(CaseForm)
        self.keysHint.setObjectName(u"keysHint")
        self.keysHint.setWordWrap(True)

        self.rootLayout.addWidget(self.keysHint)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.buttonSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)

        self.registerButton = QPushButton(CaseForm)
        self.registerButton.setObjectName(u"registerButton")

        self.buttonRow.addWidget(self.registerButton)

        self.cancelButton = QPushButton(CaseForm)
        self.cancelButton.setObjectName(u"cancelButton")
        self.cancelButton.setAutoDefault(False)

        self.buttonRow.addWidget(self.cancelButton)


        self.rootLayout.addLayout(self.buttonRow)

#if QT_CONFIG(shortcut)
        self.typeLabel.setBuddy(self.typeCombo)
        self.channelLabel.setBuddy(self.channelCombo)
        self.nameLabel.setBuddy(self.nameEdit)
        self.contactLabel.setBuddy(self.contactEdit)
        self.subjectLabel.setBuddy(self.subjectEdit)
        self.contentLabel.setBuddy(self.contentEdit)
        self.attachmentsLabel.setBuddy(self.attachmentsEdit)
        self.officerLabel.setBuddy(self.officerCombo)
        self.notifyLabel.setBuddy(self.notifyCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.typeCombo, self.channelCombo)
        QWidget.setTabOrder(self.channelCombo, self.nameEdit)
        QWidget.setTabOrder(self.nameEdit, self.contactEdit)
        QWidget.setTabOrder(self.contactEdit, self.subjectEdit)
        QWidget.setTabOrder(self.subjectEdit, self.contentEdit)
        QWidget.setTabOrder(self.contentEdit, self.attachmentsEdit)
        QWidget.setTabOrder(self.attachmentsEdit, self.officerCombo)
        QWidget.setTabOrder(self.officerCombo, self.deputyButton)
        QWidget.setTabOrder(self.deputyButton, self.notifyCombo)
        QWidget.setTabOrder(self.notifyCombo, self.notifyAddressEdit)
        QWidget.setTabOrder(self.notifyAddressEdit, self.receiptCheck)
        QWidget.setTabOrder(self.receiptCheck, self.registerButton)
        QWidget.setTabOrder(self.registerButton, self.cancelButton)

        self.retranslateUi(CaseForm)

        self.registerButton.setDefault(True)


        QMetaObject.connectSlotsByName(CaseForm)
    # setupUi

    def retranslateUi(self, CaseForm):
        CaseForm.setWindowTitle(QCoreApplication.translate("CaseForm", u"\ubbfc\uc6d0 \ub4f1\ub85d", None))
#if QT_CONFIG(accessibility)
        CaseForm.setAccessibleName(QCoreApplication.translate("CaseForm", u"\ubbfc\uc6d0 \ub4f1\ub85d", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.sourceLabel.setAccessibleName(QCoreApplication.translate("CaseForm", u"\uac00\uc838\uc628 \uc804\ud654\uba54\ubaa8", None))
#endif // QT_CONFIG(accessibility)
        self.typeLabel.setText(QCoreApplication.translate("CaseForm", u"\uc885\ub958(&K)", None))
#if QT_CONFIG(accessibility)
        self.typeCombo.setAccessibleName(QCoreApplication.translate("CaseForm", u"\ubbfc\uc6d0 \uc885\ub958", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.typeError.setAccessibleName(QCoreApplication.translate("CaseForm", u"\ubbfc\uc6d0 \uc885\ub958 \uc624\ub958", None))
#endif // QT_CONFIG(accessibility)
        self.channelLabel.setText(QCoreApplication.translate("CaseForm", u"\uc811\uc218 \uacbd\ub85c(&R)", None))
#if QT_CONFIG(accessibility)
        self.channelCombo.setAccessibleName(QCoreApplication.translate("CaseForm", u"\uc811\uc218 \uacbd\ub85c", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.channelError.setAccessibleName(QCoreApplication.translate("CaseForm", u"\uc811\uc218 \uacbd\ub85c \uc624\ub958", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.dueLabel.setAccessibleName(QCoreApplication.translate("CaseForm", u"\ucc98\ub9ac\uae30\ud55c \uc548\ub0b4", None))
#endif // QT_CONFIG(accessibility)
        self.nameLabel.setText(QCoreApplication.translate("CaseForm", u"\ubbfc\uc6d0\uc778 \uc774\ub984(&N)", None))
        self.nameEdit.setPlaceholderText(QCoreApplication.translate("CaseForm", u"\uc608: \ud64d\uae38\ub3d9 (\uc120\ud0dd)", None))
#if QT_CONFIG(accessibility)
        self.nameEdit.setAccessibleName(QCoreApplication.translate("CaseForm", u"\ubbfc\uc6d0\uc778 \uc774\ub984", None))
#endif // QT_CONFIG(accessibility)
        self.nameHint.setText(QCoreApplication.translate("CaseForm", u"\ud68c\uc2e0\uc5d0 \ud544\uc694\ud55c \uac83\ub9cc \ubb3b\uc2b5\ub2c8\ub2e4: \uc774\ub984\uacfc \ud68c\uc2e0 \ubc1b\uc744 \uacf3. \uc8fc\ubbfc\ub4f1\ub85d\ubc88\ud638\ub294 \ubc1b\uc9c0 \uc54a\uc2b5\ub2c8\ub2e4.", None))
#if QT_CONFIG(accessibility)
        self.nameHint.setAccessibleName(QCoreApplication.translate("CaseForm", u"\ubbfc\uc6d0\uc778 \uc815\ubcf4 \uc548\ub0b4", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.nameError.setAccessibleName(QCoreApplication.translate("CaseForm", u"\ubbfc\uc6d0\uc778 \uc774\ub984 \uc624\ub958", None))
#endif // QT_CONFIG(accessibility)
        self.contactLabel.setText(QCoreApplication.translate("CaseForm", u"\ud68c\uc2e0 \ubc1b\uc744 \uacf3(&A)", None))
        self.contactEdit.setPlaceholderText(QCoreApplication.translate("CaseForm", u"\uc8fc\uc18c, \uc774\uba54\uc77c \ub610\ub294 \uc804\ud654\ubc88\ud638", None))
#if QT_CONFIG(accessibility)
        self.contactEdit.setAccessibleName(QCoreApplication.translate("CaseForm", u"\ud68c\uc2e0 \ubc1b\uc744 \uacf3", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.contactError.setAccessibleName(QCoreApplication.translate("CaseForm", u"\ud68c\uc2e0 \ubc1b\uc744 \uacf3 \uc624\ub958", None))
#endif // QT_CONFIG(accessibility)
        self.subjectLabel.setText(QCoreApplication.translate("CaseForm", u"\uc81c\ubaa9(&S)", None))
        self.subjectEdit.setPlaceholderText(QCoreApplication.translate("CaseForm", u"\ubbfc\uc6d0\uc758 \uc694\uc9c0\ub97c \ud55c \uc904\ub85c", None))
#if QT_CONFIG(accessibility)
        self.subjectEdit.setAccessibleName(QCoreApplication.translate("CaseForm", u"\uc81c\ubaa9", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.subjectError.setAccessibleName(QCoreApplication.translate("CaseForm", u"\uc81c\ubaa9 \uc624\ub958", None))
#endif // QT_CONFIG(accessibility)
        self.contentLabel.setText(QCoreApplication.translate("CaseForm", u"\ub0b4\uc6a9(&C)", None))
        self.contentEdit.setPlaceholderText(QCoreApplication.translate("CaseForm", u"\ubbfc\uc6d0\uc778\uc774 \ubb3b\uac70\ub098 \ubc14\ub77c\ub294 \uac83 (Ctrl+Enter\ub85c \ub4f1\ub85d)", None))
#if QT_CONFIG(accessibility)
        self.contentEdit.setAccessibleName(QCoreApplication.translate("CaseForm", u"\ub0b4\uc6a9", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.contentError.setAccessibleName(QCoreApplication.translate("CaseForm", u"\ub0b4\uc6a9 \uc624\ub958", None))
#endif // QT_CONFIG(accessibility)
        self.attachmentsLabel.setText(QCoreApplication.translate("CaseForm", u"\ucca8\ubd80 \ud30c\uc77c(&F)", None))
        self.attachmentsEdit.setPlaceholderText(QCoreApplication.translate("CaseForm", u"\ubc1b\uc740 \ud30c\uc77c \uc774\ub984\uc744 \ud55c \uc904\uc5d0 \ud558\ub098\uc529 (\uc774\ub984\ub9cc)", None))
#if QT_CONFIG(accessibility)
        self.attachmentsEdit.setAccessibleName(QCoreApplication.translate("CaseForm", u"\ucca8\ubd80 \ud30c\uc77c \uc774\ub984", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.attachmentsError.setAccessibleName(QCoreApplication.translate("CaseForm", u"\ucca8\ubd80 \ud30c\uc77c \uc624\ub958", None))
#endif // QT_CONFIG(accessibility)
        self.officerLabel.setText(QCoreApplication.translate("CaseForm", u"\ub2f4\ub2f9\uc790(&O)", None))
#if QT_CONFIG(accessibility)
        self.officerCombo.setAccessibleName(QCoreApplication.translate("CaseForm", u"\ub2f4\ub2f9\uc790", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.deputyButton.setToolTip(QCoreApplication.translate("CaseForm", u"\ub2f4\ub2f9\uc790\uac00 \uc790\ub9ac\ub97c \ube44\uc6e0\uc2b5\ub2c8\ub2e4. \uc9c0\uae08 \uc5c5\ubb34\ub97c \ub300\uc2e0\ud558\ub294 \uc9c1\uc6d0\uc5d0\uac8c \ub9e1\uae41\ub2c8\ub2e4 (F3)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.deputyButton.setAccessibleName(QCoreApplication.translate("CaseForm", u"\uc5c5\ubb34\ub300\ud589\uc790\uc5d0\uac8c \ub9e1\uae30\uae30", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.officerStatus.setAccessibleName(QCoreApplication.translate("CaseForm", u"\ub2f4\ub2f9\uc790 \uc0c1\ud0dc", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.officerError.setAccessibleName(QCoreApplication.translate("CaseForm", u"\ub2f4\ub2f9\uc790 \uc624\ub958", None))
#endif // QT_CONFIG(accessibility)
        self.notifyLabel.setText(QCoreApplication.translate("CaseForm", u"\uc54c\ub9bc \ubc29\ubc95(&T)", None))
#if QT_CONFIG(tooltip)
        self.notifyCombo.setToolTip(QCoreApplication.translate("CaseForm", u"\uc811\uc218\u00b7\uc5f0\uc7a5\u00b7\uc911\uac04\u00b7\ud68c\uc2e0 \ub54c \ubbfc\uc6d0\uc778\uc5d0\uac8c \uc54c\ub9ac\ub294 \ubc29\ubc95. \uc774\uba54\uc77c\u00b7\ubb38\uc790\ub294 \ub2e8\uacc4\ub9c8\ub2e4 \ubcf4\ub0c5\ub2c8\ub2e4", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.notifyCombo.setAccessibleName(QCoreApplication.translate("CaseForm", u"\uc54c\ub9bc \ubc29\ubc95", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.notifyAddressEdit.setAccessibleName(QCoreApplication.translate("CaseForm", u"\uc54c\ub9bc \ubc1b\uc744 \uc8fc\uc18c", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.notifyError.setAccessibleName(QCoreApplication.translate("CaseForm", u"\uc54c\ub9bc \ubc29\ubc95 \uc624\ub958", None))
#endif // QT_CONFIG(accessibility)
        self.receiptCheck.setText(QCoreApplication.translate("CaseForm", u"\ub4f1\ub85d\ud558\uba74 \uc811\uc218\uc99d \ubbf8\ub9ac\ubcf4\uae30(&P)", None))
#if QT_CONFIG(accessibility)
        self.receiptCheck.setAccessibleName(QCoreApplication.translate("CaseForm", u"\uc811\uc218\uc99d \ubbf8\ub9ac\ubcf4\uae30", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.formMessage.setAccessibleName(QCoreApplication.translate("CaseForm", u"\ub4f1\ub85d \uacb0\uacfc", None))
#endif // QT_CONFIG(accessibility)
        self.keysHint.setText(QCoreApplication.translate("CaseForm", u"Enter \ub4f1\ub85d \u00b7 \ub0b4\uc6a9 \uc548\uc5d0\uc11c\ub294 Ctrl+Enter \u00b7 F3 \uc5c5\ubb34\ub300\ud589\uc790\uc5d0\uac8c \u00b7 Esc \ub2eb\uae30", None))
        self.registerButton.setText(QCoreApplication.translate("CaseForm", u"\ub4f1\ub85d", None))
#if QT_CONFIG(tooltip)
        self.registerButton.setToolTip(QCoreApplication.translate("CaseForm", u"\ubbfc\uc6d0\uc744 \ub4f1\ub85d\ud558\uace0 \uc811\uc218\ubc88\ud638\uc640 \ucc98\ub9ac\uae30\ud55c\uc744 \uc815\ud569\ub2c8\ub2e4 (Enter)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.registerButton.setAccessibleName(QCoreApplication.translate("CaseForm", u"\ub4f1\ub85d", None))
#endif // QT_CONFIG(accessibility)
        self.cancelButton.setText(QCoreApplication.translate("CaseForm", u"\ub2eb\uae30", None))
#if QT_CONFIG(tooltip)
        self.cancelButton.setToolTip(QCoreApplication.translate("CaseForm", u"\ub4f1\ub85d\ud558\uc9c0 \uc54a\uace0 \ub2eb\uc2b5\ub2c8\ub2e4 (Esc)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.cancelButton.setAccessibleName(QCoreApplication.translate("CaseForm", u"\ub2eb\uae30", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

