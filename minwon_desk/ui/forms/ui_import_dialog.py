# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'import_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QDialog,
    QFormLayout, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QPushButton, QSizePolicy, QSpacerItem,
    QTableView, QVBoxLayout, QWidget)

class Ui_ImportDialog(object):
    def setupUi(self, ImportDialog):
        if not ImportDialog.objectName():
            ImportDialog.setObjectName(u"ImportDialog")
        ImportDialog.resize(860, 560)
        self.rootLayout = QVBoxLayout(ImportDialog)
        self.rootLayout.setObjectName(u"rootLayout")
        self.chooseLayout = QFormLayout()
        self.chooseLayout.setObjectName(u"chooseLayout")
        self.kindComboLabel = QLabel(ImportDialog)
        self.kindComboLabel.setObjectName(u"kindComboLabel")

        self.chooseLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.kindComboLabel)

        self.kindCombo = QComboBox(ImportDialog)
        self.kindCombo.setObjectName(u"kindCombo")

        self.chooseLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.kindCombo)

        self.fileLabel = QLabel(ImportDialog)
        self.fileLabel.setObjectName(u"fileLabel")

        self.chooseLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.fileLabel)

        self.fileRow = QHBoxLayout()
        self.fileRow.setObjectName(u"fileRow")
        self.fileEdit = QLineEdit(ImportDialog)
        self.fileEdit.setObjectName(u"fileEdit")
        self.fileEdit.setReadOnly(True)

        self.fileRow.addWidget(self.fileEdit)

        self.chooseButton = QPushButton(ImportDialog)
        self.chooseButton.setObjectName(u"chooseButton")

        self.fileRow.addWidget(self.chooseButton)


        self.chooseLayout.setLayout(1, QFormLayout.ItemRole.FieldRole, self.fileRow)


        self.rootLayout.addLayout(self.chooseLayout)

        self.templateHint = QLabel(ImportDialog)
        self.templateHint.setObjectName(u"templateHint")
        self.templateHint.setWordWrap(True)

        self.rootLayout.addWidget(self.templateHint)

        self.summaryLabel = QLabel(ImportDialog)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setWordWrap(True)

        self.rootLayout.addWidget(self.summaryLabel)

        self.previewTable = QTableView(ImportDialog)
        self.previewTable.setObjectName(u"previewTable")
        self.previewTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.previewTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.previewTable.setAlternatingRowColors(True)
        self.previewTable.setWordWrap(False)
        self.previewTable.horizontalHeader().setStretchLastSection(True)
        self.previewTable.verticalHeader().setVisible(False)

        self.rootLayout.addWidget(self.previewTable)

        self.errorTable = QTableView(ImportDialog)
        self.errorTable.setObjectName(u"errorTable")
        self.errorTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.errorTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.errorTable.setAlternatingRowColors(True)
        self.errorTable.setWordWrap(False)
        self.errorTable.horizontalHeader().setStretchLastSection(True)
        self.errorTable.verticalHeader().setVisible(False)

        self.rootLayout.addWidget(self.errorTable)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)

        self.importButton = QPushButton(ImportDialog)
        self.importButton.setObjectName(u"importButton")

        self.buttonRow.addWidget(self.importButton)

        self.closeButton = QPushButton(ImportDialog)
        self.closeButton.setObjectName(u"closeButton")

        self.buttonRow.addWidget(self.closeButton)


        self.rootLayout.addLayout(self.buttonRow)

#if QT_CONFIG(shortcut)
        self.kindComboLabel.setBuddy(self.kindCombo)
        self.fileLabel.setBuddy(self.chooseButton)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.kindCombo, self.chooseButton)
        QWidget.setTabOrder(self.chooseButton, self.previewTable)
        QWidget.setTabOrder(self.previewTable, self.errorTable)
        QWidget.setTabOrder(self.errorTable, self.importButton)
        QWidget.setTabOrder(self.importButton, self.closeButton)

        self.retranslateUi(ImportDialog)

        QMetaObject.connectSlotsByName(ImportDialog)
    # setupUi

    def retranslateUi(self, ImportDialog):
#if QT_CONFIG(accessibility)
        ImportDialog.setAccessibleName(QCoreApplication.translate("ImportDialog", u"\uba85\ubd80 \uac00\uc838\uc624\uae30", None))
#endif // QT_CONFIG(accessibility)
        ImportDialog.setWindowTitle(QCoreApplication.translate("ImportDialog", u"\uba85\ubd80 \uac00\uc838\uc624\uae30", None))
        self.kindComboLabel.setText(QCoreApplication.translate("ImportDialog", u"\uac00\uc838\uc62c \ub0b4\uc6a9(&K)", None))
#if QT_CONFIG(accessibility)
        self.kindCombo.setAccessibleName(QCoreApplication.translate("ImportDialog", u"\uac00\uc838\uc62c \ub0b4\uc6a9", None))
#endif // QT_CONFIG(accessibility)
        self.fileLabel.setText(QCoreApplication.translate("ImportDialog", u"\ud30c\uc77c(&F)", None))
#if QT_CONFIG(accessibility)
        self.fileEdit.setAccessibleName(QCoreApplication.translate("ImportDialog", u"\ud30c\uc77c", None))
#endif // QT_CONFIG(accessibility)
        self.fileEdit.setPlaceholderText(QCoreApplication.translate("ImportDialog", u"CSV \ub610\ub294 XLSX \ud30c\uc77c", None))
        self.chooseButton.setText(QCoreApplication.translate("ImportDialog", u"\ud30c\uc77c \uc120\ud0dd\u2026", None))
#if QT_CONFIG(accessibility)
        self.chooseButton.setAccessibleName(QCoreApplication.translate("ImportDialog", u"\ud30c\uc77c \uc120\ud0dd", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.chooseButton.setToolTip(QCoreApplication.translate("ImportDialog", u"\uac00\uc838\uc62c CSV\u00b7XLSX \ud30c\uc77c\uc744 \uace0\ub985\ub2c8\ub2e4 (Ctrl+O)", None))
#endif // QT_CONFIG(tooltip)
        self.templateHint.setText("")
#if QT_CONFIG(accessibility)
        self.templateHint.setAccessibleName(QCoreApplication.translate("ImportDialog", u"\ud30c\uc77c \uc591\uc2dd \uc548\ub0b4", None))
#endif // QT_CONFIG(accessibility)
        self.summaryLabel.setText("")
#if QT_CONFIG(accessibility)
        self.summaryLabel.setAccessibleName(QCoreApplication.translate("ImportDialog", u"\ubbf8\ub9ac\ubcf4\uae30 \uc694\uc57d", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.previewTable.setAccessibleName(QCoreApplication.translate("ImportDialog", u"\ubbf8\ub9ac\ubcf4\uae30", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.errorTable.setAccessibleName(QCoreApplication.translate("ImportDialog", u"\uc624\ub958 \ubaa9\ub85d", None))
#endif // QT_CONFIG(accessibility)
        self.importButton.setText(QCoreApplication.translate("ImportDialog", u"\uac00\uc838\uc624\uae30", None))
#if QT_CONFIG(accessibility)
        self.importButton.setAccessibleName(QCoreApplication.translate("ImportDialog", u"\uac00\uc838\uc624\uae30", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.importButton.setToolTip(QCoreApplication.translate("ImportDialog", u"\ubbf8\ub9ac\ubcf4\uae30\uc758 \ub0b4\uc6a9\uc744 \ud55c\uaebc\ubc88\uc5d0 \uac00\uc838\uc635\ub2c8\ub2e4 (\ud558\ub098\ub77c\ub3c4 \uc2e4\ud328\ud558\uba74 \uc544\ubb34\uac83\ub3c4 \ubc14\ub00c\uc9c0 \uc54a\uc2b5\ub2c8\ub2e4)", None))
#endif // QT_CONFIG(tooltip)
        self.closeButton.setText(QCoreApplication.translate("ImportDialog", u"\ub2eb\uae30 (Esc)", None))
#if QT_CONFIG(accessibility)
        self.closeButton.setAccessibleName(QCoreApplication.translate("ImportDialog", u"\ub2eb\uae30", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.closeButton.setToolTip(QCoreApplication.translate("ImportDialog", u"\uac00\uc838\uc624\uc9c0 \uc54a\uace0 \ub2eb\uc2b5\ub2c8\ub2e4 (Esc)", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi

