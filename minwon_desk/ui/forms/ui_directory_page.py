# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'directory_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QSpacerItem, QSplitter, QTableView, QVBoxLayout,
    QWidget)

class Ui_DirectoryPage(object):
    def setupUi(self, DirectoryPage):
        if not DirectoryPage.objectName():
            DirectoryPage.setObjectName(u"DirectoryPage")
        DirectoryPage.resize(1100, 700)
        self.rootLayout = QVBoxLayout(DirectoryPage)
        self.rootLayout.setObjectName(u"rootLayout")
        self.searchRow = QHBoxLayout()
        self.searchRow.setObjectName(u"searchRow")
        self.searchLabel = QLabel(DirectoryPage)
        self.searchLabel.setObjectName(u"searchLabel")

        self.searchRow.addWidget(self.searchLabel)

        self.searchEdit = QLineEdit(DirectoryPage)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)

        self.searchRow.addWidget(self.searchEdit)

        self.resultCount = QLabel(DirectoryPage)
        self.resultCount.setObjectName(u"resultCount")

        self.searchRow.addWidget(self.resultCount)


        self.rootLayout.addLayout(self.searchRow)

        self.splitter = QSplitter(DirectoryPage)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.resultTable = QTableView(self.splitter)
        self.resultTable.setObjectName(u"resultTable")
        self.resultTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.resultTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.resultTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.resultTable.setAlternatingRowColors(True)
        self.resultTable.setWordWrap(False)
        self.splitter.addWidget(self.resultTable)
        self.resultTable.horizontalHeader().setStretchLastSection(True)
        self.resultTable.verticalHeader().setVisible(False)
        self.detailPanel = QWidget(self.splitter)
        self.detailPanel.setObjectName(u"detailPanel")
        self.detailLayout = QVBoxLayout(self.detailPanel)
        self.detailLayout.setObjectName(u"detailLayout")
        self.detailLayout.setContentsMargins(0, 0, 0, 0)
        self.cardRow = QHBoxLayout()
        self.cardRow.setObjectName(u"cardRow")
        self.photoLabel = QLabel(self.detailPanel)
        self.photoLabel.setObjectName(u"photoLabel")
        self.photoLabel.setMinimumSize(QSize(120, 160))
        self.photoLabel.setMaximumSize(QSize(120, 160))
        self.photoLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.cardRow.addWidget(self.photoLabel)

        self.cardText = QVBoxLayout()
        self.cardText.setObjectName(u"cardText")
        self.nameLabel = QLabel(self.detailPanel)
        self.nameLabel.setObjectName(u"nameLabel")
        self.nameLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.cardText.addWidget(self.nameLabel)

        self.departmentLabel = QLabel(self.detailPanel)
        self.departmentLabel.setObjectName(u"departmentLabel")
        self.departmentLabel.setWordWrap(True)
        self.departmentLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.cardText.addWidget(self.departmentLabel)

        self.contactLabel = QLabel(self.detailPanel)
        self.contactLabel.setObjectName(u"contactLabel")
        self.contactLabel.setWordWrap(True)
        self.contactLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.cardText.addWidget(self.contactLabel)

        self.seatLabel = QLabel(self.detailPanel)
        self.seatLabel.setObjectName(u"seatLabel")
        self.seatLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.cardText.addWidget(self.seatLabel)

        self.dutiesLabel = QLabel(self.detailPanel)
        self.dutiesLabel.setObjectName(u"dutiesLabel")
        self.dutiesLabel.setWordWrap(True)
        self.dutiesLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.cardText.addWidget(self.dutiesLabel)

        self.cardSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.cardText.addItem(self.cardSpacer)


        self.cardRow.addLayout(self.cardText)


        self.detailLayout.addLayout(self.cardRow)

        self.statusLabel = QLabel(self.detailPanel)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setWordWrap(True)
        self.statusLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.detailLayout.addWidget(self.statusLabel)

        self.actionRow = QHBoxLayout()
        self.actionRow.setObjectName(u"actionRow")
        self.deputyButton = QPushButton(self.detailPanel)
        self.deputyButton.setObjectName(u"deputyButton")

        self.actionRow.addWidget(self.deputyButton)

        self.actionSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actionRow.addItem(self.actionSpacer)


        self.detailLayout.addLayout(self.actionRow)

        self.planTitle = QLabel(self.detailPanel)
        self.planTitle.setObjectName(u"planTitle")

        self.detailLayout.addWidget(self.planTitle)

        self.planHost = QWidget(self.detailPanel)
        self.planHost.setObjectName(u"planHost")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(1)
        sizePolicy.setHeightForWidth(self.planHost.sizePolicy().hasHeightForWidth())
        self.planHost.setSizePolicy(sizePolicy)
        self.planHost.setMinimumSize(QSize(360, 240))
        self.planLayout = QVBoxLayout(self.planHost)
        self.planLayout.setObjectName(u"planLayout")
        self.planLayout.setContentsMargins(0, 0, 0, 0)

        self.detailLayout.addWidget(self.planHost)

        self.detailLayout.setStretch(4, 1)
        self.splitter.addWidget(self.detailPanel)

        self.rootLayout.addWidget(self.splitter)

        self.rootLayout.setStretch(1, 1)
#if QT_CONFIG(shortcut)
        self.searchLabel.setBuddy(self.searchEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.searchEdit, self.resultTable)
        QWidget.setTabOrder(self.resultTable, self.deputyButton)

        self.retranslateUi(DirectoryPage)

        QMetaObject.connectSlotsByName(DirectoryPage)
    # setupUi

    def retranslateUi(self, DirectoryPage):
#if QT_CONFIG(accessibility)
        DirectoryPage.setAccessibleName(QCoreApplication.translate("DirectoryPage", u"\uc9c1\uc6d0 \ucc3e\uae30", None))
#endif // QT_CONFIG(accessibility)
        self.searchLabel.setText(QCoreApplication.translate("DirectoryPage", u"\ucc3e\uae30(&F)", None))
#if QT_CONFIG(accessibility)
        self.searchEdit.setAccessibleName(QCoreApplication.translate("DirectoryPage", u"\uc9c1\uc6d0 \ucc3e\uae30 \uac80\uc0c9\uc5b4", None))
#endif // QT_CONFIG(accessibility)
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("DirectoryPage", u"\uc774\ub984, \ucd08\uc131(\u3131\u3148\u3147), \ubd80\uc11c, \ub2f4\ub2f9\uc5c5\ubb34, \ub0b4\uc120\ubc88\ud638", None))
#if QT_CONFIG(accessibility)
        self.resultCount.setAccessibleName(QCoreApplication.translate("DirectoryPage", u"\uac80\uc0c9 \uacb0\uacfc \uc218", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.resultTable.setAccessibleName(QCoreApplication.translate("DirectoryPage", u"\uac80\uc0c9 \uacb0\uacfc", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.detailPanel.setAccessibleName(QCoreApplication.translate("DirectoryPage", u"\uc9c1\uc6d0 \uc815\ubcf4", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.photoLabel.setAccessibleName(QCoreApplication.translate("DirectoryPage", u"\uc0ac\uc9c4", None))
#endif // QT_CONFIG(accessibility)
        self.nameLabel.setText("")
#if QT_CONFIG(accessibility)
        self.nameLabel.setAccessibleName(QCoreApplication.translate("DirectoryPage", u"\uc131\uba85\uacfc \uc9c1\uc704", None))
#endif // QT_CONFIG(accessibility)
        self.departmentLabel.setText("")
#if QT_CONFIG(accessibility)
        self.departmentLabel.setAccessibleName(QCoreApplication.translate("DirectoryPage", u"\ubd80\uc11c", None))
#endif // QT_CONFIG(accessibility)
        self.contactLabel.setText("")
#if QT_CONFIG(accessibility)
        self.contactLabel.setAccessibleName(QCoreApplication.translate("DirectoryPage", u"\uc5f0\ub77d\ucc98", None))
#endif // QT_CONFIG(accessibility)
        self.seatLabel.setText("")
#if QT_CONFIG(accessibility)
        self.seatLabel.setAccessibleName(QCoreApplication.translate("DirectoryPage", u"\uc88c\uc11d", None))
#endif // QT_CONFIG(accessibility)
        self.dutiesLabel.setText("")
#if QT_CONFIG(accessibility)
        self.dutiesLabel.setAccessibleName(QCoreApplication.translate("DirectoryPage", u"\ub2f4\ub2f9\uc5c5\ubb34", None))
#endif // QT_CONFIG(accessibility)
        self.statusLabel.setText("")
#if QT_CONFIG(accessibility)
        self.statusLabel.setAccessibleName(QCoreApplication.translate("DirectoryPage", u"\uc7ac\uc2e4 \uc0c1\ud0dc", None))
#endif // QT_CONFIG(accessibility)
        self.deputyButton.setText(QCoreApplication.translate("DirectoryPage", u"\uc5c5\ubb34\ub300\ud589\uc790 \ubcf4\uae30 (Ctrl+D)", None))
#if QT_CONFIG(accessibility)
        self.deputyButton.setAccessibleName(QCoreApplication.translate("DirectoryPage", u"\uc5c5\ubb34\ub300\ud589\uc790 \ubcf4\uae30", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.planTitle.setAccessibleName(QCoreApplication.translate("DirectoryPage", u"\uc0ac\ubb34\uc2e4", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

