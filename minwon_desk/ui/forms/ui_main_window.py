# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'main_window.ui'
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
from PySide6.QtWidgets import (QApplication, QFrame, QHBoxLayout, QLabel,
    QListWidget, QListWidgetItem, QMainWindow, QMenu,
    QMenuBar, QPushButton, QSizePolicy, QSpacerItem,
    QStackedWidget, QStatusBar, QVBoxLayout, QWidget)

class Ui_MainWindow(object):
    def setupUi(self, MainWindow):
        if not MainWindow.objectName():
            MainWindow.setObjectName(u"MainWindow")
        MainWindow.resize(1366, 800)
        MainWindow.setMinimumSize(QSize(960, 600))
        self.actionQuit = QAction(MainWindow)
        self.actionQuit.setObjectName(u"actionQuit")
        self.actionQuit.setMenuRole(QAction.MenuRole.QuitRole)
        self.centralWidget = QWidget(MainWindow)
        self.centralWidget.setObjectName(u"centralWidget")
        self.centralLayout = QVBoxLayout(self.centralWidget)
        self.centralLayout.setSpacing(8)
        self.centralLayout.setObjectName(u"centralLayout")
        self.centralLayout.setContentsMargins(10, 8, 10, 6)
        self.headerLayout = QHBoxLayout()
        self.headerLayout.setSpacing(8)
        self.headerLayout.setObjectName(u"headerLayout")
        self.titleLabel = QLabel(self.centralWidget)
        self.titleLabel.setObjectName(u"titleLabel")

        self.headerLayout.addWidget(self.titleLabel)

        self.charterLabel = QLabel(self.centralWidget)
        self.charterLabel.setObjectName(u"charterLabel")

        self.headerLayout.addWidget(self.charterLabel)

        self.headerSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.headerLayout.addItem(self.headerSpacer)

        self.signedInLabel = QLabel(self.centralWidget)
        self.signedInLabel.setObjectName(u"signedInLabel")

        self.headerLayout.addWidget(self.signedInLabel)

        self.signOutButton = QPushButton(self.centralWidget)
        self.signOutButton.setObjectName(u"signOutButton")
        self.signOutButton.setFocusPolicy(Qt.FocusPolicy.TabFocus)

        self.headerLayout.addWidget(self.signOutButton)


        self.centralLayout.addLayout(self.headerLayout)

        self.dbPanel = QFrame(self.centralWidget)
        self.dbPanel.setObjectName(u"dbPanel")
        self.dbPanelLayout = QHBoxLayout(self.dbPanel)
        self.dbPanelLayout.setSpacing(12)
        self.dbPanelLayout.setObjectName(u"dbPanelLayout")
        self.dbPanelLayout.setContentsMargins(12, 8, 12, 8)
        self.dbMessage = QLabel(self.dbPanel)
        self.dbMessage.setObjectName(u"dbMessage")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.dbMessage.sizePolicy().hasHeightForWidth())
        self.dbMessage.setSizePolicy(sizePolicy)
        self.dbMessage.setWordWrap(True)
        self.dbMessage.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.dbPanelLayout.addWidget(self.dbMessage)

        self.retryButton = QPushButton(self.dbPanel)
        self.retryButton.setObjectName(u"retryButton")

        self.dbPanelLayout.addWidget(self.retryButton)


        self.centralLayout.addWidget(self.dbPanel)

        self.bodyLayout = QHBoxLayout()
        self.bodyLayout.setSpacing(10)
        self.bodyLayout.setObjectName(u"bodyLayout")
        self.navList = QListWidget(self.centralWidget)
        self.navList.setObjectName(u"navList")
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Expanding)
        sizePolicy1.setHorizontalStretch(0)
        sizePolicy1.setVerticalStretch(0)
        sizePolicy1.setHeightForWidth(self.navList.sizePolicy().hasHeightForWidth())
        self.navList.setSizePolicy(sizePolicy1)
        self.navList.setMinimumSize(QSize(184, 0))
        self.navList.setMaximumSize(QSize(184, 16777215))
        self.navList.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.navList.setUniformItemSizes(True)

        self.bodyLayout.addWidget(self.navList)

        self.pageStack = QStackedWidget(self.centralWidget)
        self.pageStack.setObjectName(u"pageStack")

        self.bodyLayout.addWidget(self.pageStack)


        self.centralLayout.addLayout(self.bodyLayout)

        MainWindow.setCentralWidget(self.centralWidget)
        self.menuBar = QMenuBar(MainWindow)
        self.menuBar.setObjectName(u"menuBar")
        self.menuFile = QMenu(self.menuBar)
        self.menuFile.setObjectName(u"menuFile")
        self.menuGo = QMenu(self.menuBar)
        self.menuGo.setObjectName(u"menuGo")
        self.menuVisitors = QMenu(self.menuBar)
        self.menuVisitors.setObjectName(u"menuVisitors")
        MainWindow.setMenuBar(self.menuBar)
        self.statusBar = QStatusBar(MainWindow)
        self.statusBar.setObjectName(u"statusBar")
        MainWindow.setStatusBar(self.statusBar)

        self.menuBar.addAction(self.menuFile.menuAction())
        self.menuBar.addAction(self.menuGo.menuAction())
        self.menuBar.addAction(self.menuVisitors.menuAction())
        self.menuFile.addAction(self.actionQuit)

        self.retranslateUi(MainWindow)

        QMetaObject.connectSlotsByName(MainWindow)
    # setupUi

    def retranslateUi(self, MainWindow):
        MainWindow.setWindowTitle(QCoreApplication.translate("MainWindow", u"\ubbfc\uc6d0 \ub370\uc2a4\ud06c", None))
        self.actionQuit.setText(QCoreApplication.translate("MainWindow", u"\ub05d\ub0b4\uae30(&X)", None))
#if QT_CONFIG(tooltip)
        self.actionQuit.setToolTip(QCoreApplication.translate("MainWindow", u"\ubbfc\uc6d0 \ub370\uc2a4\ud06c\ub97c \ub2eb\uc2b5\ub2c8\ub2e4 (Ctrl+Q)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(shortcut)
        self.actionQuit.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+Q", None))
#endif // QT_CONFIG(shortcut)
        self.titleLabel.setText(QCoreApplication.translate("MainWindow", u"\ubbfc\uc6d0 \ub370\uc2a4\ud06c", None))
#if QT_CONFIG(accessibility)
        self.titleLabel.setAccessibleName(QCoreApplication.translate("MainWindow", u"\ud654\uba74 \uc81c\ubaa9", None))
#endif // QT_CONFIG(accessibility)
        self.charterLabel.setText("")
#if QT_CONFIG(accessibility)
        self.charterLabel.setAccessibleName(QCoreApplication.translate("MainWindow", u"\uae30\uad00 \uc774\ub984", None))
#endif // QT_CONFIG(accessibility)
        self.signedInLabel.setText(QCoreApplication.translate("MainWindow", u"\ub85c\uadf8\uc778\ud558\uc9c0 \uc54a\uc74c", None))
#if QT_CONFIG(accessibility)
        self.signedInLabel.setAccessibleName(QCoreApplication.translate("MainWindow", u"\ub85c\uadf8\uc778\ud55c \uc0ac\ub78c", None))
#endif // QT_CONFIG(accessibility)
        self.signOutButton.setText(QCoreApplication.translate("MainWindow", u"\ub85c\uadf8\uc544\uc6c3", None))
#if QT_CONFIG(tooltip)
        self.signOutButton.setToolTip(QCoreApplication.translate("MainWindow", u"\uc774 \ucc3d\uad6c\uc5d0\uc11c \uc77c\uc744 \ub9c8\uce69\ub2c8\ub2e4. \uc5f4\uc5b4 \ub454 \ucc3d\uc740 \ub2eb\ud788\uace0 \ub85c\uadf8\uc778 \ud654\uba74\uc774 \ub098\uc635\ub2c8\ub2e4.", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.signOutButton.setAccessibleName(QCoreApplication.translate("MainWindow", u"\ub85c\uadf8\uc544\uc6c3", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.dbPanel.setAccessibleName(QCoreApplication.translate("MainWindow", u"\ub370\uc774\ud130\ubca0\uc774\uc2a4 \uc0c1\ud0dc", None))
#endif // QT_CONFIG(accessibility)
        self.dbMessage.setText("")
#if QT_CONFIG(accessibility)
        self.dbMessage.setAccessibleName(QCoreApplication.translate("MainWindow", u"\ub370\uc774\ud130\ubca0\uc774\uc2a4 \uc548\ub0b4", None))
#endif // QT_CONFIG(accessibility)
        self.retryButton.setText(QCoreApplication.translate("MainWindow", u"\ub2e4\uc2dc \uc2dc\ub3c4(&R)", None))
#if QT_CONFIG(tooltip)
        self.retryButton.setToolTip(QCoreApplication.translate("MainWindow", u"\ub370\uc774\ud130\ubca0\uc774\uc2a4\ub97c \ub2e4\uc2dc \uc5fd\ub2c8\ub2e4 (Alt+R)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.retryButton.setAccessibleName(QCoreApplication.translate("MainWindow", u"\ub2e4\uc2dc \uc2dc\ub3c4", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.navList.setAccessibleName(QCoreApplication.translate("MainWindow", u"\ud654\uba74 \ubaa9\ub85d", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.pageStack.setAccessibleName(QCoreApplication.translate("MainWindow", u"\ud654\uba74", None))
#endif // QT_CONFIG(accessibility)
        self.menuFile.setTitle(QCoreApplication.translate("MainWindow", u"\ud30c\uc77c(&F)", None))
        self.menuGo.setTitle(QCoreApplication.translate("MainWindow", u"\uc774\ub3d9(&G)", None))
        self.menuVisitors.setTitle(QCoreApplication.translate("MainWindow", u"\ubc29\ubb38\uac1d(&V)", None))
    # retranslateUi

