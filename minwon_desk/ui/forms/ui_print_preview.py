# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'print_preview.ui'
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
from PySide6.QtWidgets import (QApplication, QDialog, QHBoxLayout, QLabel,
    QPushButton, QScrollArea, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_DocumentPreview(object):
    def setupUi(self, DocumentPreview):
        if not DocumentPreview.objectName():
            DocumentPreview.setObjectName(u"DocumentPreview")
        DocumentPreview.resize(760, 900)
        self.rootLayout = QVBoxLayout(DocumentPreview)
        self.rootLayout.setObjectName(u"rootLayout")
        self.headerRow = QHBoxLayout()
        self.headerRow.setObjectName(u"headerRow")
        self.titleLabel = QLabel(DocumentPreview)
        self.titleLabel.setObjectName(u"titleLabel")

        self.headerRow.addWidget(self.titleLabel)

        self.headerSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.headerRow.addItem(self.headerSpacer)

        self.pageLabel = QLabel(DocumentPreview)
        self.pageLabel.setObjectName(u"pageLabel")

        self.headerRow.addWidget(self.pageLabel)


        self.rootLayout.addLayout(self.headerRow)

        self.pagesArea = QScrollArea(DocumentPreview)
        self.pagesArea.setObjectName(u"pagesArea")
        self.pagesArea.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.pagesArea.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.pagesArea.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.pagesArea.setWidgetResizable(False)
        self.pagesPlaceholder = QWidget()
        self.pagesPlaceholder.setObjectName(u"pagesPlaceholder")
        self.pagesPlaceholder.setGeometry(QRect(0, 0, 700, 700))
        self.pagesArea.setWidget(self.pagesPlaceholder)

        self.rootLayout.addWidget(self.pagesArea)

        self.statusLabel = QLabel(DocumentPreview)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setWordWrap(True)
        self.statusLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.rootLayout.addWidget(self.statusLabel)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.printButton = QPushButton(DocumentPreview)
        self.printButton.setObjectName(u"printButton")
        self.printButton.setAutoDefault(False)

        self.buttonRow.addWidget(self.printButton)

        self.saveButton = QPushButton(DocumentPreview)
        self.saveButton.setObjectName(u"saveButton")
        self.saveButton.setAutoDefault(False)

        self.buttonRow.addWidget(self.saveButton)

        self.extraSavesRow = QHBoxLayout()
        self.extraSavesRow.setObjectName(u"extraSavesRow")

        self.buttonRow.addLayout(self.extraSavesRow)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)

        self.closeButton = QPushButton(DocumentPreview)
        self.closeButton.setObjectName(u"closeButton")
        self.closeButton.setAutoDefault(False)

        self.buttonRow.addWidget(self.closeButton)


        self.rootLayout.addLayout(self.buttonRow)


        self.retranslateUi(DocumentPreview)

        QMetaObject.connectSlotsByName(DocumentPreview)
    # setupUi

    def retranslateUi(self, DocumentPreview):
#if QT_CONFIG(accessibility)
        DocumentPreview.setAccessibleName(QCoreApplication.translate("DocumentPreview", u"\uc778\uc1c4 \ubbf8\ub9ac\ubcf4\uae30", None))
#endif // QT_CONFIG(accessibility)
        DocumentPreview.setWindowTitle(QCoreApplication.translate("DocumentPreview", u"\uc778\uc1c4 \ubbf8\ub9ac\ubcf4\uae30", None))
        self.titleLabel.setText("")
#if QT_CONFIG(accessibility)
        self.titleLabel.setAccessibleName(QCoreApplication.translate("DocumentPreview", u"\ubb38\uc11c \uc81c\ubaa9", None))
#endif // QT_CONFIG(accessibility)
        self.pageLabel.setText("")
#if QT_CONFIG(accessibility)
        self.pageLabel.setAccessibleName(QCoreApplication.translate("DocumentPreview", u"\ucabd \uc704\uce58", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.pagesArea.setAccessibleName(QCoreApplication.translate("DocumentPreview", u"\ubb38\uc11c \ubbf8\ub9ac\ubcf4\uae30", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.pagesArea.setToolTip(QCoreApplication.translate("DocumentPreview", u"PageUp\u00b7PageDown, \ud654\uc0b4\ud45c \ud0a4\ub85c \ucabd\uc744 \ub118\uae41\ub2c8\ub2e4", None))
#endif // QT_CONFIG(tooltip)
        self.statusLabel.setText("")
#if QT_CONFIG(accessibility)
        self.statusLabel.setAccessibleName(QCoreApplication.translate("DocumentPreview", u"\uc778\uc1c4\u00b7\uc800\uc7a5 \uacb0\uacfc", None))
#endif // QT_CONFIG(accessibility)
        self.printButton.setText(QCoreApplication.translate("DocumentPreview", u"\uc778\uc1c4\u2026", None))
#if QT_CONFIG(accessibility)
        self.printButton.setAccessibleName(QCoreApplication.translate("DocumentPreview", u"\uc778\uc1c4", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.printButton.setToolTip(QCoreApplication.translate("DocumentPreview", u"\ud504\ub9b0\ud130\uc640 \ub9e4\uc218, \ucabd\uc744 \uace8\ub77c \uc778\uc1c4\ud569\ub2c8\ub2e4 (Ctrl+P)", None))
#endif // QT_CONFIG(tooltip)
        self.saveButton.setText(QCoreApplication.translate("DocumentPreview", u"PDF\ub85c \uc800\uc7a5\u2026", None))
#if QT_CONFIG(accessibility)
        self.saveButton.setAccessibleName(QCoreApplication.translate("DocumentPreview", u"PDF\ub85c \uc800\uc7a5", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.saveButton.setToolTip(QCoreApplication.translate("DocumentPreview", u"\uc774 \ubb38\uc11c\ub97c PDF \ud30c\uc77c\ub85c \uc800\uc7a5\ud569\ub2c8\ub2e4 (Ctrl+S)", None))
#endif // QT_CONFIG(tooltip)
        self.closeButton.setText(QCoreApplication.translate("DocumentPreview", u"\ub2eb\uae30", None))
#if QT_CONFIG(accessibility)
        self.closeButton.setAccessibleName(QCoreApplication.translate("DocumentPreview", u"\ub2eb\uae30", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.closeButton.setToolTip(QCoreApplication.translate("DocumentPreview", u"\ubbf8\ub9ac\ubcf4\uae30\ub97c \ub2eb\uc2b5\ub2c8\ub2e4 (Esc)", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi

