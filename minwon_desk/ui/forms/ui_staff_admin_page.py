# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'staff_admin_page.ui'
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
    QFormLayout, QGroupBox, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QSpacerItem, QSplitter, QTableWidget, QTableWidgetItem,
    QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget)

class Ui_StaffAdminPage(object):
    def setupUi(self, StaffAdminPage):
        if not StaffAdminPage.objectName():
            StaffAdminPage.setObjectName(u"StaffAdminPage")
        StaffAdminPage.resize(1200, 720)
        self.actionSaveStaff = QAction(StaffAdminPage)
        self.actionSaveStaff.setObjectName(u"actionSaveStaff")
        self.actionSaveStaff.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.actionNewStaff = QAction(StaffAdminPage)
        self.actionNewStaff.setObjectName(u"actionNewStaff")
        self.actionNewStaff.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.actionImport = QAction(StaffAdminPage)
        self.actionImport.setObjectName(u"actionImport")
        self.rootLayout = QVBoxLayout(StaffAdminPage)
        self.rootLayout.setObjectName(u"rootLayout")
        self.topRow = QHBoxLayout()
        self.topRow.setObjectName(u"topRow")
        self.searchLabel = QLabel(StaffAdminPage)
        self.searchLabel.setObjectName(u"searchLabel")

        self.topRow.addWidget(self.searchLabel)

        self.searchEdit = QLineEdit(StaffAdminPage)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)

        self.topRow.addWidget(self.searchEdit)

        self.topSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.topRow.addItem(self.topSpacer)

        self.importButton = QPushButton(StaffAdminPage)
        self.importButton.setObjectName(u"importButton")

        self.topRow.addWidget(self.importButton)


        self.rootLayout.addLayout(self.topRow)

        self.splitter = QSplitter(StaffAdminPage)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.deptPanel = QWidget(self.splitter)
        self.deptPanel.setObjectName(u"deptPanel")
        self.deptPanelLayout = QVBoxLayout(self.deptPanel)
        self.deptPanelLayout.setObjectName(u"deptPanelLayout")
        self.deptPanelLayout.setContentsMargins(0, 0, 0, 0)
        self.deptTree = QTreeWidget(self.deptPanel)
        self.deptTree.setObjectName(u"deptTree")
        self.deptTree.setAlternatingRowColors(True)
        self.deptTree.setUniformRowHeights(True)
        self.deptTree.header().setStretchLastSection(False)

        self.deptPanelLayout.addWidget(self.deptTree)

        self.deptBox = QGroupBox(self.deptPanel)
        self.deptBox.setObjectName(u"deptBox")
        self.deptBoxLayout = QVBoxLayout(self.deptBox)
        self.deptBoxLayout.setObjectName(u"deptBoxLayout")
        self.deptFormLayout = QFormLayout()
        self.deptFormLayout.setObjectName(u"deptFormLayout")
        self.deptNameEditLabel = QLabel(self.deptBox)
        self.deptNameEditLabel.setObjectName(u"deptNameEditLabel")

        self.deptFormLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.deptNameEditLabel)

        self.deptNameEdit = QLineEdit(self.deptBox)
        self.deptNameEdit.setObjectName(u"deptNameEdit")
        self.deptNameEdit.setMaxLength(100)

        self.deptFormLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.deptNameEdit)

        self.deptNameError = QLabel(self.deptBox)
        self.deptNameError.setObjectName(u"deptNameError")
        self.deptNameError.setWordWrap(True)

        self.deptFormLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.deptNameError)

        self.deptKindComboLabel = QLabel(self.deptBox)
        self.deptKindComboLabel.setObjectName(u"deptKindComboLabel")

        self.deptFormLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.deptKindComboLabel)

        self.deptKindCombo = QComboBox(self.deptBox)
        self.deptKindCombo.setObjectName(u"deptKindCombo")

        self.deptFormLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.deptKindCombo)

        self.deptKindError = QLabel(self.deptBox)
        self.deptKindError.setObjectName(u"deptKindError")
        self.deptKindError.setWordWrap(True)

        self.deptFormLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.deptKindError)

        self.deptParentComboLabel = QLabel(self.deptBox)
        self.deptParentComboLabel.setObjectName(u"deptParentComboLabel")

        self.deptFormLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.deptParentComboLabel)

        self.deptParentCombo = QComboBox(self.deptBox)
        self.deptParentCombo.setObjectName(u"deptParentCombo")

        self.deptFormLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.deptParentCombo)

        self.deptParentError = QLabel(self.deptBox)
        self.deptParentError.setObjectName(u"deptParentError")
        self.deptParentError.setWordWrap(True)

        self.deptFormLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.deptParentError)

        self.deptHeadComboLabel = QLabel(self.deptBox)
        self.deptHeadComboLabel.setObjectName(u"deptHeadComboLabel")

        self.deptFormLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.deptHeadComboLabel)

        self.deptHeadCombo = QComboBox(self.deptBox)
        self.deptHeadCombo.setObjectName(u"deptHeadCombo")
        self.deptHeadCombo.setEditable(True)
        self.deptHeadCombo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)

        self.deptFormLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.deptHeadCombo)

        self.deptHeadError = QLabel(self.deptBox)
        self.deptHeadError.setObjectName(u"deptHeadError")
        self.deptHeadError.setWordWrap(True)

        self.deptFormLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.deptHeadError)


        self.deptBoxLayout.addLayout(self.deptFormLayout)

        self.deptHeadHint = QLabel(self.deptBox)
        self.deptHeadHint.setObjectName(u"deptHeadHint")
        self.deptHeadHint.setWordWrap(True)

        self.deptBoxLayout.addWidget(self.deptHeadHint)

        self.deptButtonRow = QHBoxLayout()
        self.deptButtonRow.setObjectName(u"deptButtonRow")
        self.deptNewButton = QPushButton(self.deptBox)
        self.deptNewButton.setObjectName(u"deptNewButton")

        self.deptButtonRow.addWidget(self.deptNewButton)

        self.deptButtonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.deptButtonRow.addItem(self.deptButtonSpacer)

        self.deptSaveButton = QPushButton(self.deptBox)
        self.deptSaveButton.setObjectName(u"deptSaveButton")

        self.deptButtonRow.addWidget(self.deptSaveButton)


        self.deptBoxLayout.addLayout(self.deptButtonRow)

        self.deptMessage = QLabel(self.deptBox)
        self.deptMessage.setObjectName(u"deptMessage")
        self.deptMessage.setWordWrap(True)

        self.deptBoxLayout.addWidget(self.deptMessage)


        self.deptPanelLayout.addWidget(self.deptBox)

        self.splitter.addWidget(self.deptPanel)
        self.listPanel = QWidget(self.splitter)
        self.listPanel.setObjectName(u"listPanel")
        self.listPanelLayout = QVBoxLayout(self.listPanel)
        self.listPanelLayout.setObjectName(u"listPanelLayout")
        self.listPanelLayout.setContentsMargins(0, 0, 0, 0)
        self.unitRow = QHBoxLayout()
        self.unitRow.setObjectName(u"unitRow")
        self.unitTitle = QLabel(self.listPanel)
        self.unitTitle.setObjectName(u"unitTitle")
        self.unitTitle.setWordWrap(True)

        self.unitRow.addWidget(self.unitTitle)

        self.includeSubunits = QCheckBox(self.listPanel)
        self.includeSubunits.setObjectName(u"includeSubunits")
        self.includeSubunits.setChecked(True)

        self.unitRow.addWidget(self.includeSubunits)


        self.listPanelLayout.addLayout(self.unitRow)

        self.staffTable = QTableWidget(self.listPanel)
        if (self.staffTable.columnCount() < 4):
            self.staffTable.setColumnCount(4)
        __qtablewidgetitem = QTableWidgetItem()
        self.staffTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.staffTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.staffTable.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.staffTable.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        self.staffTable.setObjectName(u"staffTable")
        self.staffTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.staffTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.staffTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.staffTable.setAlternatingRowColors(True)
        self.staffTable.setWordWrap(False)
        self.staffTable.horizontalHeader().setStretchLastSection(True)
        self.staffTable.verticalHeader().setVisible(False)

        self.listPanelLayout.addWidget(self.staffTable)

        self.splitter.addWidget(self.listPanel)
        self.staffBox = QGroupBox(self.splitter)
        self.staffBox.setObjectName(u"staffBox")
        self.staffBoxLayout = QVBoxLayout(self.staffBox)
        self.staffBoxLayout.setObjectName(u"staffBoxLayout")
        self.photoRow = QHBoxLayout()
        self.photoRow.setObjectName(u"photoRow")
        self.photoLabel = QLabel(self.staffBox)
        self.photoLabel.setObjectName(u"photoLabel")
        self.photoLabel.setMinimumSize(QSize(120, 160))
        self.photoLabel.setMaximumSize(QSize(120, 160))
        self.photoLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.photoRow.addWidget(self.photoLabel)

        self.photoButtons = QVBoxLayout()
        self.photoButtons.setObjectName(u"photoButtons")
        self.photoChooseButton = QPushButton(self.staffBox)
        self.photoChooseButton.setObjectName(u"photoChooseButton")

        self.photoButtons.addWidget(self.photoChooseButton)

        self.photoClearButton = QPushButton(self.staffBox)
        self.photoClearButton.setObjectName(u"photoClearButton")

        self.photoButtons.addWidget(self.photoClearButton)

        self.photoError = QLabel(self.staffBox)
        self.photoError.setObjectName(u"photoError")
        self.photoError.setWordWrap(True)

        self.photoButtons.addWidget(self.photoError)

        self.photoSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.photoButtons.addItem(self.photoSpacer)


        self.photoRow.addLayout(self.photoButtons)


        self.staffBoxLayout.addLayout(self.photoRow)

        self.staffFormLayout = QFormLayout()
        self.staffFormLayout.setObjectName(u"staffFormLayout")
        self.employeeNoEditLabel = QLabel(self.staffBox)
        self.employeeNoEditLabel.setObjectName(u"employeeNoEditLabel")

        self.staffFormLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.employeeNoEditLabel)

        self.employeeNoEdit = QLineEdit(self.staffBox)
        self.employeeNoEdit.setObjectName(u"employeeNoEdit")
        self.employeeNoEdit.setMaxLength(20)

        self.staffFormLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.employeeNoEdit)

        self.employeeNoError = QLabel(self.staffBox)
        self.employeeNoError.setObjectName(u"employeeNoError")
        self.employeeNoError.setWordWrap(True)

        self.staffFormLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.employeeNoError)

        self.nameEditLabel = QLabel(self.staffBox)
        self.nameEditLabel.setObjectName(u"nameEditLabel")

        self.staffFormLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.nameEditLabel)

        self.nameEdit = QLineEdit(self.staffBox)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setMaxLength(50)

        self.staffFormLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.nameError = QLabel(self.staffBox)
        self.nameError.setObjectName(u"nameError")
        self.nameError.setWordWrap(True)

        self.staffFormLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.nameError)

        self.positionEditLabel = QLabel(self.staffBox)
        self.positionEditLabel.setObjectName(u"positionEditLabel")

        self.staffFormLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.positionEditLabel)

        self.positionEdit = QLineEdit(self.staffBox)
        self.positionEdit.setObjectName(u"positionEdit")
        self.positionEdit.setMaxLength(50)

        self.staffFormLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.positionEdit)

        self.positionError = QLabel(self.staffBox)
        self.positionError.setObjectName(u"positionError")
        self.positionError.setWordWrap(True)

        self.staffFormLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.positionError)

        self.departmentComboLabel = QLabel(self.staffBox)
        self.departmentComboLabel.setObjectName(u"departmentComboLabel")

        self.staffFormLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.departmentComboLabel)

        self.departmentCombo = QComboBox(self.staffBox)
        self.departmentCombo.setObjectName(u"departmentCombo")

        self.staffFormLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.departmentCombo)

        self.departmentError = QLabel(self.staffBox)
        self.departmentError.setObjectName(u"departmentError")
        self.departmentError.setWordWrap(True)

        self.staffFormLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.departmentError)

        self.extensionEditLabel = QLabel(self.staffBox)
        self.extensionEditLabel.setObjectName(u"extensionEditLabel")

        self.staffFormLayout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.extensionEditLabel)

        self.extensionEdit = QLineEdit(self.staffBox)
        self.extensionEdit.setObjectName(u"extensionEdit")
        self.extensionEdit.setMaxLength(20)

        self.staffFormLayout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.extensionEdit)

        self.extensionError = QLabel(self.staffBox)
        self.extensionError.setObjectName(u"extensionError")
        self.extensionError.setWordWrap(True)

        self.staffFormLayout.setWidget(9, QFormLayout.ItemRole.FieldRole, self.extensionError)

        self.emailEditLabel = QLabel(self.staffBox)
        self.emailEditLabel.setObjectName(u"emailEditLabel")

        self.staffFormLayout.setWidget(10, QFormLayout.ItemRole.LabelRole, self.emailEditLabel)

        self.emailEdit = QLineEdit(self.staffBox)
        self.emailEdit.setObjectName(u"emailEdit")
        self.emailEdit.setMaxLength(200)

        self.staffFormLayout.setWidget(10, QFormLayout.ItemRole.FieldRole, self.emailEdit)

        self.emailError = QLabel(self.staffBox)
        self.emailError.setObjectName(u"emailError")
        self.emailError.setWordWrap(True)

        self.staffFormLayout.setWidget(11, QFormLayout.ItemRole.FieldRole, self.emailError)

        self.dutiesEditLabel = QLabel(self.staffBox)
        self.dutiesEditLabel.setObjectName(u"dutiesEditLabel")

        self.staffFormLayout.setWidget(12, QFormLayout.ItemRole.LabelRole, self.dutiesEditLabel)

        self.dutiesEdit = QLineEdit(self.staffBox)
        self.dutiesEdit.setObjectName(u"dutiesEdit")

        self.staffFormLayout.setWidget(12, QFormLayout.ItemRole.FieldRole, self.dutiesEdit)

        self.dutiesError = QLabel(self.staffBox)
        self.dutiesError.setObjectName(u"dutiesError")
        self.dutiesError.setWordWrap(True)

        self.staffFormLayout.setWidget(13, QFormLayout.ItemRole.FieldRole, self.dutiesError)

        self.deputyComboLabel = QLabel(self.staffBox)
        self.deputyComboLabel.setObjectName(u"deputyComboLabel")

        self.staffFormLayout.setWidget(14, QFormLayout.ItemRole.LabelRole, self.deputyComboLabel)

        self.deputyCombo = QComboBox(self.staffBox)
        self.deputyCombo.setObjectName(u"deputyCombo")
        self.deputyCombo.setEditable(True)
        self.deputyCombo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)

        self.staffFormLayout.setWidget(14, QFormLayout.ItemRole.FieldRole, self.deputyCombo)

        self.deputyError = QLabel(self.staffBox)
        self.deputyError.setObjectName(u"deputyError")
        self.deputyError.setWordWrap(True)

        self.staffFormLayout.setWidget(15, QFormLayout.ItemRole.FieldRole, self.deputyError)

        self.activeCheckLabel = QLabel(self.staffBox)
        self.activeCheckLabel.setObjectName(u"activeCheckLabel")

        self.staffFormLayout.setWidget(16, QFormLayout.ItemRole.LabelRole, self.activeCheckLabel)

        self.activeCheck = QCheckBox(self.staffBox)
        self.activeCheck.setObjectName(u"activeCheck")

        self.staffFormLayout.setWidget(16, QFormLayout.ItemRole.FieldRole, self.activeCheck)

        self.activeError = QLabel(self.staffBox)
        self.activeError.setObjectName(u"activeError")
        self.activeError.setWordWrap(True)

        self.staffFormLayout.setWidget(17, QFormLayout.ItemRole.FieldRole, self.activeError)


        self.staffBoxLayout.addLayout(self.staffFormLayout)

        self.staffButtonRow = QHBoxLayout()
        self.staffButtonRow.setObjectName(u"staffButtonRow")
        self.newButton = QPushButton(self.staffBox)
        self.newButton.setObjectName(u"newButton")

        self.staffButtonRow.addWidget(self.newButton)

        self.staffButtonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.staffButtonRow.addItem(self.staffButtonSpacer)

        self.saveButton = QPushButton(self.staffBox)
        self.saveButton.setObjectName(u"saveButton")

        self.staffButtonRow.addWidget(self.saveButton)


        self.staffBoxLayout.addLayout(self.staffButtonRow)

        self.staffMessage = QLabel(self.staffBox)
        self.staffMessage.setObjectName(u"staffMessage")
        self.staffMessage.setWordWrap(True)

        self.staffBoxLayout.addWidget(self.staffMessage)

        self.staffSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.staffBoxLayout.addItem(self.staffSpacer)

        self.splitter.addWidget(self.staffBox)

        self.rootLayout.addWidget(self.splitter)

#if QT_CONFIG(shortcut)
        self.searchLabel.setBuddy(self.searchEdit)
        self.deptNameEditLabel.setBuddy(self.deptNameEdit)
        self.deptKindComboLabel.setBuddy(self.deptKindCombo)
        self.deptParentComboLabel.setBuddy(self.deptParentCombo)
        self.deptHeadComboLabel.setBuddy(self.deptHeadCombo)
        self.employeeNoEditLabel.setBuddy(self.employeeNoEdit)
        self.nameEditLabel.setBuddy(self.nameEdit)
        self.positionEditLabel.setBuddy(self.positionEdit)
        self.departmentComboLabel.setBuddy(self.departmentCombo)
        self.extensionEditLabel.setBuddy(self.extensionEdit)
        self.emailEditLabel.setBuddy(self.emailEdit)
        self.dutiesEditLabel.setBuddy(self.dutiesEdit)
        self.deputyComboLabel.setBuddy(self.deputyCombo)
        self.activeCheckLabel.setBuddy(self.activeCheck)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.searchEdit, self.deptTree)
        QWidget.setTabOrder(self.deptTree, self.deptNameEdit)
        QWidget.setTabOrder(self.deptNameEdit, self.deptKindCombo)
        QWidget.setTabOrder(self.deptKindCombo, self.deptParentCombo)
        QWidget.setTabOrder(self.deptParentCombo, self.deptHeadCombo)
        QWidget.setTabOrder(self.deptHeadCombo, self.deptNewButton)
        QWidget.setTabOrder(self.deptNewButton, self.deptSaveButton)
        QWidget.setTabOrder(self.deptSaveButton, self.includeSubunits)
        QWidget.setTabOrder(self.includeSubunits, self.staffTable)
        QWidget.setTabOrder(self.staffTable, self.photoChooseButton)
        QWidget.setTabOrder(self.photoChooseButton, self.photoClearButton)
        QWidget.setTabOrder(self.photoClearButton, self.employeeNoEdit)
        QWidget.setTabOrder(self.employeeNoEdit, self.nameEdit)
        QWidget.setTabOrder(self.nameEdit, self.positionEdit)
        QWidget.setTabOrder(self.positionEdit, self.departmentCombo)
        QWidget.setTabOrder(self.departmentCombo, self.extensionEdit)
        QWidget.setTabOrder(self.extensionEdit, self.emailEdit)
        QWidget.setTabOrder(self.emailEdit, self.dutiesEdit)
        QWidget.setTabOrder(self.dutiesEdit, self.deputyCombo)
        QWidget.setTabOrder(self.deputyCombo, self.activeCheck)
        QWidget.setTabOrder(self.activeCheck, self.newButton)
        QWidget.setTabOrder(self.newButton, self.saveButton)
        QWidget.setTabOrder(self.saveButton, self.importButton)

        self.retranslateUi(StaffAdminPage)

        QMetaObject.connectSlotsByName(StaffAdminPage)
    # setupUi

    def retranslateUi(self, StaffAdminPage):
#if QT_CONFIG(accessibility)
        StaffAdminPage.setAccessibleName(QCoreApplication.translate("StaffAdminPage", u"\uc9c1\uc6d0\u00b7\ubd80\uc11c \uad00\ub9ac", None))
#endif // QT_CONFIG(accessibility)
        self.actionSaveStaff.setText(QCoreApplication.translate("StaffAdminPage", u"\uc9c1\uc6d0 \uc800\uc7a5(&S)", None))
#if QT_CONFIG(tooltip)
        self.actionSaveStaff.setToolTip(QCoreApplication.translate("StaffAdminPage", u"\uc9c1\uc6d0 \uc815\ubcf4\ub97c \uc800\uc7a5\ud569\ub2c8\ub2e4 (Ctrl+S)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(shortcut)
        self.actionSaveStaff.setShortcut(QCoreApplication.translate("StaffAdminPage", u"Ctrl+S", None))
#endif // QT_CONFIG(shortcut)
        self.actionNewStaff.setText(QCoreApplication.translate("StaffAdminPage", u"\uc0c8 \uc9c1\uc6d0(&N)", None))
#if QT_CONFIG(tooltip)
        self.actionNewStaff.setToolTip(QCoreApplication.translate("StaffAdminPage", u"\ube48 \uc591\uc2dd\uc73c\ub85c \uc0c8 \uc9c1\uc6d0\uc744 \uc785\ub825\ud569\ub2c8\ub2e4 (Ctrl+N)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(shortcut)
        self.actionNewStaff.setShortcut(QCoreApplication.translate("StaffAdminPage", u"Ctrl+N", None))
#endif // QT_CONFIG(shortcut)
        self.actionImport.setText(QCoreApplication.translate("StaffAdminPage", u"\uba85\ubd80 \uac00\uc838\uc624\uae30(&I)\u2026", None))
#if QT_CONFIG(tooltip)
        self.actionImport.setToolTip(QCoreApplication.translate("StaffAdminPage", u"\uc9c1\uc6d0 \uba85\ubd80\ub098 \ubd80\uc7ac \uc77c\uc815\uc744 \ud30c\uc77c\uc5d0\uc11c \uac00\uc838\uc635\ub2c8\ub2e4", None))
#endif // QT_CONFIG(tooltip)
        self.searchLabel.setText(QCoreApplication.translate("StaffAdminPage", u"\uc9c1\uc6d0 \ucc3e\uae30(&F)", None))
#if QT_CONFIG(accessibility)
        self.searchEdit.setAccessibleName(QCoreApplication.translate("StaffAdminPage", u"\uc9c1\uc6d0 \uac80\uc0c9", None))
#endif // QT_CONFIG(accessibility)
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("StaffAdminPage", u"\uc774\ub984, \ucd08\uc131, \uc0ac\ubc88, \ub0b4\uc120\ubc88\ud638 \u2014 \ube44\uc6b0\uba74 \uace0\ub978 \ubd80\uc11c\uc758 \uc9c1\uc6d0", None))
        self.importButton.setText(QCoreApplication.translate("StaffAdminPage", u"\uac00\uc838\uc624\uae30\u2026", None))
#if QT_CONFIG(accessibility)
        self.importButton.setAccessibleName(QCoreApplication.translate("StaffAdminPage", u"\uba85\ubd80 \uac00\uc838\uc624\uae30", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.importButton.setToolTip(QCoreApplication.translate("StaffAdminPage", u"\uc9c1\uc6d0 \uba85\ubd80\ub098 \ubd80\uc7ac \uc77c\uc815\uc744 CSV\u00b7XLSX \ud30c\uc77c\uc5d0\uc11c \uac00\uc838\uc635\ub2c8\ub2e4", None))
#endif // QT_CONFIG(tooltip)
        ___qtreewidgetitem = self.deptTree.headerItem()
        ___qtreewidgetitem.setText(1, QCoreApplication.translate("StaffAdminPage", u"\uc885\ub958", None))
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("StaffAdminPage", u"\ubd80\uc11c", None))
#if QT_CONFIG(accessibility)
        self.deptTree.setAccessibleName(QCoreApplication.translate("StaffAdminPage", u"\ubd80\uc11c \ubaa9\ub85d", None))
#endif // QT_CONFIG(accessibility)
        self.deptBox.setTitle(QCoreApplication.translate("StaffAdminPage", u"\ubd80\uc11c", None))
#if QT_CONFIG(accessibility)
        self.deptBox.setAccessibleName(QCoreApplication.translate("StaffAdminPage", u"\ubd80\uc11c \uc815\ubcf4", None))
#endif // QT_CONFIG(accessibility)
        self.deptNameEditLabel.setText(QCoreApplication.translate("StaffAdminPage", u"\uc774\ub984", None))
#if QT_CONFIG(accessibility)
        self.deptNameEdit.setAccessibleName(QCoreApplication.translate("StaffAdminPage", u"\ubd80\uc11c \uc774\ub984", None))
#endif // QT_CONFIG(accessibility)
        self.deptNameEdit.setPlaceholderText(QCoreApplication.translate("StaffAdminPage", u"\uc608: \ucc3d\uc5c5\uc9c0\uc6d0\ud300", None))
        self.deptNameError.setText("")
#if QT_CONFIG(accessibility)
        self.deptNameError.setAccessibleName(QCoreApplication.translate("StaffAdminPage", u"\ubd80\uc11c \uc774\ub984 \uc624\ub958", None))
#endif // QT_CONFIG(accessibility)
        self.deptKindComboLabel.setText(QCoreApplication.translate("StaffAdminPage", u"\uc885\ub958", None))
#if QT_CONFIG(accessibility)
        self.deptKindCombo.setAccessibleName(QCoreApplication.translate("StaffAdminPage", u"\ubd80\uc11c \uc885\ub958", None))
#endif // QT_CONFIG(accessibility)
        self.deptKindError.setText("")
#if QT_CONFIG(accessibility)
        self.deptKindError.setAccessibleName(QCoreApplication.translate("StaffAdminPage", u"\ubd80\uc11c \uc885\ub958 \uc624\ub958", None))
#endif // QT_CONFIG(accessibility)
        self.deptParentComboLabel.setText(QCoreApplication.translate("StaffAdminPage", u"\uc0c1\uc704 \ubd80\uc11c", None))
#if QT_CONFIG(accessibility)
        self.deptParentCombo.setAccessibleName(QCoreApplication.translate("StaffAdminPage", u"\uc0c1\uc704 \ubd80\uc11c", None))
#endif // QT_CONFIG(accessibility)
        self.deptParentError.setText("")
#if QT_CONFIG(accessibility)
        self.deptParentError.setAccessibleName(QCoreApplication.translate("StaffAdminPage", u"\uc0c1\uc704 \ubd80\uc11c \uc624\ub958", None))
#endif // QT_CONFIG(accessibility)
        self.deptHeadComboLabel.setText(QCoreApplication.translate("StaffAdminPage", u"\ubd80\uc11c\uc7a5", None))
#if QT_CONFIG(accessibility)
        self.deptHeadCombo.setAccessibleName(QCoreApplication.translate("StaffAdminPage", u"\ubd80\uc11c\uc7a5", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.deptHeadCombo.setToolTip(QCoreApplication.translate("StaffAdminPage", u"\ube44\uc6cc \ub450\uba74 \ubd80\uc11c\uc6d0 \uc911 \ucd5c\uc120\uc784\uc790\uac00 \ubd80\uc11c\uc7a5 \uc5ed\ud560\uc744 \ud569\ub2c8\ub2e4.", None))
#endif // QT_CONFIG(tooltip)
        self.deptHeadError.setText("")
#if QT_CONFIG(accessibility)
        self.deptHeadError.setAccessibleName(QCoreApplication.translate("StaffAdminPage", u"\ubd80\uc11c\uc7a5 \uc624\ub958", None))
#endif // QT_CONFIG(accessibility)
        self.deptHeadHint.setText(QCoreApplication.translate("StaffAdminPage", u"\ubd80\uc11c\uc7a5\uc744 \ube44\uc6cc \ub450\uba74 \ubd80\uc11c\uc6d0 \uc911 \ucd5c\uc120\uc784\uc790\uac00 \ubd80\uc11c\uc7a5 \uc5ed\ud560\uc744 \ud569\ub2c8\ub2e4.", None))
#if QT_CONFIG(accessibility)
        self.deptHeadHint.setAccessibleName(QCoreApplication.translate("StaffAdminPage", u"\ubd80\uc11c\uc7a5 \uc548\ub0b4", None))
#endif // QT_CONFIG(accessibility)
        self.deptNewButton.setText(QCoreApplication.translate("StaffAdminPage", u"\ud558\uc704 \ubd80\uc11c \ucd94\uac00", None))
#if QT_CONFIG(accessibility)
        self.deptNewButton.setAccessibleName(QCoreApplication.translate("StaffAdminPage", u"\ud558\uc704 \ubd80\uc11c \ucd94\uac00", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.deptNewButton.setToolTip(QCoreApplication.translate("StaffAdminPage", u"\uace0\ub978 \ubd80\uc11c \uc544\ub798\uc5d0 \uc0c8 \ubd80\uc11c\ub97c \ub9cc\ub4ed\ub2c8\ub2e4", None))
#endif // QT_CONFIG(tooltip)
        self.deptSaveButton.setText(QCoreApplication.translate("StaffAdminPage", u"\ubd80\uc11c \uc800\uc7a5 (Enter)", None))
#if QT_CONFIG(accessibility)
        self.deptSaveButton.setAccessibleName(QCoreApplication.translate("StaffAdminPage", u"\ubd80\uc11c \uc800\uc7a5", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.deptSaveButton.setToolTip(QCoreApplication.translate("StaffAdminPage", u"\ubd80\uc11c \uc774\ub984\u00b7\uc885\ub958\u00b7\uc0c1\uc704 \ubd80\uc11c\u00b7\ubd80\uc11c\uc7a5\uc744 \uc800\uc7a5\ud569\ub2c8\ub2e4 (Enter)", None))
#endif // QT_CONFIG(tooltip)
        self.deptMessage.setText("")
#if QT_CONFIG(accessibility)
        self.deptMessage.setAccessibleName(QCoreApplication.translate("StaffAdminPage", u"\ubd80\uc11c \uc54c\ub9bc", None))
#endif // QT_CONFIG(accessibility)
        self.unitTitle.setText("")
#if QT_CONFIG(accessibility)
        self.unitTitle.setAccessibleName(QCoreApplication.translate("StaffAdminPage", u"\uace0\ub978 \ubd80\uc11c", None))
#endif // QT_CONFIG(accessibility)
        self.includeSubunits.setText(QCoreApplication.translate("StaffAdminPage", u"\ud558\uc704 \ubd80\uc11c \ud3ec\ud568", None))
#if QT_CONFIG(accessibility)
        self.includeSubunits.setAccessibleName(QCoreApplication.translate("StaffAdminPage", u"\ud558\uc704 \ubd80\uc11c \ud3ec\ud568", None))
#endif // QT_CONFIG(accessibility)
        ___qtablewidgetitem = self.staffTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("StaffAdminPage", u"\uc131\uba85", None))
        ___qtablewidgetitem1 = self.staffTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("StaffAdminPage", u"\uc9c1\uc704", None))
        ___qtablewidgetitem2 = self.staffTable.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("StaffAdminPage", u"\ub0b4\uc120\ubc88\ud638", None))
        ___qtablewidgetitem3 = self.staffTable.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("StaffAdminPage", u"\uc7ac\uc9c1", None))
#if QT_CONFIG(accessibility)
        self.staffTable.setAccessibleName(QCoreApplication.translate("StaffAdminPage", u"\ubd80\uc11c \uc9c1\uc6d0", None))
#endif // QT_CONFIG(accessibility)
        self.staffBox.setTitle(QCoreApplication.translate("StaffAdminPage", u"\uc9c1\uc6d0 \uc815\ubcf4", None))
#if QT_CONFIG(accessibility)
        self.staffBox.setAccessibleName(QCoreApplication.translate("StaffAdminPage", u"\uc9c1\uc6d0 \uc815\ubcf4", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.photoLabel.setAccessibleName(QCoreApplication.translate("StaffAdminPage", u"\uc0ac\uc9c4", None))
#endif // QT_CONFIG(accessibility)
        self.photoChooseButton.setText(QCoreApplication.translate("StaffAdminPage", u"\uc0ac\uc9c4 \uc120\ud0dd\u2026", None))
#if QT_CONFIG(accessibility)
        self.photoChooseButton.setAccessibleName(QCoreApplication.translate("StaffAdminPage", u"\uc0ac\uc9c4 \uc120\ud0dd", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.photoChooseButton.setToolTip(QCoreApplication.translate("StaffAdminPage", u"PNG\u00b7JPEG \uc0ac\uc9c4\uc744 \uace8\ub77c \ub123\uc2b5\ub2c8\ub2e4. \uc138\ub85c 3:4\ub85c \ub9de\ucdb0 \uc800\uc7a5\ud569\ub2c8\ub2e4.", None))
#endif // QT_CONFIG(tooltip)
        self.photoClearButton.setText(QCoreApplication.translate("StaffAdminPage", u"\uc0ac\uc9c4 \uc9c0\uc6b0\uae30", None))
#if QT_CONFIG(accessibility)
        self.photoClearButton.setAccessibleName(QCoreApplication.translate("StaffAdminPage", u"\uc0ac\uc9c4 \uc9c0\uc6b0\uae30", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.photoClearButton.setToolTip(QCoreApplication.translate("StaffAdminPage", u"\uc0ac\uc9c4\uc744 \uc9c0\uc6b0\uace0 \uc774\ub984 \uce74\ub4dc\ub97c \ubcf4\uc5ec \uc90d\ub2c8\ub2e4", None))
#endif // QT_CONFIG(tooltip)
        self.photoError.setText("")
#if QT_CONFIG(accessibility)
        self.photoError.setAccessibleName(QCoreApplication.translate("StaffAdminPage", u"\uc0ac\uc9c4 \uc624\ub958", None))
#endif // QT_CONFIG(accessibility)
        self.employeeNoEditLabel.setText(QCoreApplication.translate("StaffAdminPage", u"\uc0ac\ubc88", None))
#if QT_CONFIG(accessibility)
        self.employeeNoEdit.setAccessibleName(QCoreApplication.translate("StaffAdminPage", u"\uc0ac\ubc88", None))
#endif // QT_CONFIG(accessibility)
        self.employeeNoEdit.setPlaceholderText(QCoreApplication.translate("StaffAdminPage", u"\uc608: 2019-0123", None))
        self.employeeNoError.setText("")
#if QT_CONFIG(accessibility)
        self.employeeNoError.setAccessibleName(QCoreApplication.translate("StaffAdminPage", u"\uc0ac\ubc88 \uc624\ub958", None))
#endif // QT_CONFIG(accessibility)
        self.nameEditLabel.setText(QCoreApplication.translate("StaffAdminPage", u"\uc131\uba85", None))
#if QT_CONFIG(accessibility)
        self.nameEdit.setAccessibleName(QCoreApplication.translate("StaffAdminPage", u"\uc131\uba85", None))
#endif // QT_CONFIG(accessibility)
        self.nameError.setText("")
#if QT_CONFIG(accessibility)
        self.nameError.setAccessibleName(QCoreApplication.translate("StaffAdminPage", u"\uc131\uba85 \uc624\ub958", None))
#endif // QT_CONFIG(accessibility)
        self.positionEditLabel.setText(QCoreApplication.translate("StaffAdminPage", u"\uc9c1\uc704", None))
#if QT_CONFIG(accessibility)
        self.positionEdit.setAccessibleName(QCoreApplication.translate("StaffAdminPage", u"\uc9c1\uc704", None))
#endif // QT_CONFIG(accessibility)
        self.positionEdit.setPlaceholderText(QCoreApplication.translate("StaffAdminPage", u"\uc608: \uc8fc\ubb34\uad00, \uc0ac\ubb34\uad00, \uc11c\uae30\uad00", None))
        self.positionError.setText("")
#if QT_CONFIG(accessibility)
        self.positionError.setAccessibleName(QCoreApplication.translate("StaffAdminPage", u"\uc9c1\uc704 \uc624\ub958", None))
#endif // QT_CONFIG(accessibility)
        self.departmentComboLabel.setText(QCoreApplication.translate("StaffAdminPage", u"\ubd80\uc11c", None))
#if QT_CONFIG(accessibility)
        self.departmentCombo.setAccessibleName(QCoreApplication.translate("StaffAdminPage", u"\ubd80\uc11c", None))
#endif // QT_CONFIG(accessibility)
        self.departmentError.setText("")
#if QT_CONFIG(accessibility)
        self.departmentError.setAccessibleName(QCoreApplication.translate("StaffAdminPage", u"\ubd80\uc11c \uc624\ub958", None))
#endif // QT_CONFIG(accessibility)
        self.extensionEditLabel.setText(QCoreApplication.translate("StaffAdminPage", u"\ub0b4\uc120\ubc88\ud638", None))
#if QT_CONFIG(accessibility)
        self.extensionEdit.setAccessibleName(QCoreApplication.translate("StaffAdminPage", u"\ub0b4\uc120\ubc88\ud638", None))
#endif // QT_CONFIG(accessibility)
        self.extensionEdit.setPlaceholderText(QCoreApplication.translate("StaffAdminPage", u"\uc608: 1234", None))
        self.extensionError.setText("")
#if QT_CONFIG(accessibility)
        self.extensionError.setAccessibleName(QCoreApplication.translate("StaffAdminPage", u"\ub0b4\uc120\ubc88\ud638 \uc624\ub958", None))
#endif // QT_CONFIG(accessibility)
        self.emailEditLabel.setText(QCoreApplication.translate("StaffAdminPage", u"\uc774\uba54\uc77c", None))
#if QT_CONFIG(accessibility)
        self.emailEdit.setAccessibleName(QCoreApplication.translate("StaffAdminPage", u"\uc774\uba54\uc77c", None))
#endif // QT_CONFIG(accessibility)
        self.emailEdit.setPlaceholderText(QCoreApplication.translate("StaffAdminPage", u"\uc608: hong@korea.kr", None))
        self.emailError.setText("")
#if QT_CONFIG(accessibility)
        self.emailError.setAccessibleName(QCoreApplication.translate("StaffAdminPage", u"\uc774\uba54\uc77c \uc624\ub958", None))
#endif // QT_CONFIG(accessibility)
        self.dutiesEditLabel.setText(QCoreApplication.translate("StaffAdminPage", u"\ub2f4\ub2f9\uc5c5\ubb34", None))
#if QT_CONFIG(accessibility)
        self.dutiesEdit.setAccessibleName(QCoreApplication.translate("StaffAdminPage", u"\ub2f4\ub2f9\uc5c5\ubb34", None))
#endif // QT_CONFIG(accessibility)
        self.dutiesEdit.setPlaceholderText(QCoreApplication.translate("StaffAdminPage", u"\uc27c\ud45c\ub85c \uad6c\ubd84 (\uc608: \ucc3d\uc5c5\uc9c0\uc6d0, \ubca4\ucc98\uc778\uc99d)", None))
        self.dutiesError.setText("")
#if QT_CONFIG(accessibility)
        self.dutiesError.setAccessibleName(QCoreApplication.translate("StaffAdminPage", u"\ub2f4\ub2f9\uc5c5\ubb34 \uc624\ub958", None))
#endif // QT_CONFIG(accessibility)
        self.deputyComboLabel.setText(QCoreApplication.translate("StaffAdminPage", u"\uae30\ubcf8 \uc5c5\ubb34\ub300\ud589\uc790", None))
#if QT_CONFIG(accessibility)
        self.deputyCombo.setAccessibleName(QCoreApplication.translate("StaffAdminPage", u"\uae30\ubcf8 \uc5c5\ubb34\ub300\ud589\uc790", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.deputyCombo.setToolTip(QCoreApplication.translate("StaffAdminPage", u"\uc790\ub9ac\ub97c \ube44\uc6b8 \ub54c \ub530\ub85c \uc815\ud558\uc9c0 \uc54a\uc73c\uba74 \uc774 \uc0ac\ub78c\uc774 \ub300\ud589\ud569\ub2c8\ub2e4. \uc774\ub984, \ucd08\uc131(\u3131\u3148\u3147), \ubd80\uc11c\ub85c \ucc3e\uc744 \uc218 \uc788\uc2b5\ub2c8\ub2e4.", None))
#endif // QT_CONFIG(tooltip)
        self.deputyError.setText("")
#if QT_CONFIG(accessibility)
        self.deputyError.setAccessibleName(QCoreApplication.translate("StaffAdminPage", u"\uae30\ubcf8 \uc5c5\ubb34\ub300\ud589\uc790 \uc624\ub958", None))
#endif // QT_CONFIG(accessibility)
        self.activeCheckLabel.setText(QCoreApplication.translate("StaffAdminPage", u"\uc7ac\uc9c1 \uc5ec\ubd80", None))
        self.activeCheck.setText(QCoreApplication.translate("StaffAdminPage", u"\uc7ac\uc9c1 \uc911", None))
#if QT_CONFIG(accessibility)
        self.activeCheck.setAccessibleName(QCoreApplication.translate("StaffAdminPage", u"\uc7ac\uc9c1 \uc911", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.activeCheck.setToolTip(QCoreApplication.translate("StaffAdminPage", u"\ud1f4\uc9c1\u00b7\uc804\ucd9c\ud55c \uc9c1\uc6d0\uc740 \uc9c0\uc6b0\uc9c0 \uc54a\uace0 \uc7ac\uc9c1 \ud45c\uc2dc\ub97c \ub055\ub2c8\ub2e4 (\ubc29\ubb38 \uae30\ub85d\uc774 \ub0a8\uc544 \uc788\uae30 \ub54c\ubb38\uc785\ub2c8\ub2e4).", None))
#endif // QT_CONFIG(tooltip)
        self.activeError.setText("")
#if QT_CONFIG(accessibility)
        self.activeError.setAccessibleName(QCoreApplication.translate("StaffAdminPage", u"\uc7ac\uc9c1 \uc5ec\ubd80 \uc624\ub958", None))
#endif // QT_CONFIG(accessibility)
        self.newButton.setText(QCoreApplication.translate("StaffAdminPage", u"\uc0c8 \uc9c1\uc6d0 (Ctrl+N)", None))
#if QT_CONFIG(accessibility)
        self.newButton.setAccessibleName(QCoreApplication.translate("StaffAdminPage", u"\uc0c8 \uc9c1\uc6d0", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.newButton.setToolTip(QCoreApplication.translate("StaffAdminPage", u"\ube48 \uc591\uc2dd\uc73c\ub85c \uc0c8 \uc9c1\uc6d0\uc744 \uc785\ub825\ud569\ub2c8\ub2e4 (Ctrl+N)", None))
#endif // QT_CONFIG(tooltip)
        self.saveButton.setText(QCoreApplication.translate("StaffAdminPage", u"\uc800\uc7a5 (Ctrl+S)", None))
#if QT_CONFIG(accessibility)
        self.saveButton.setAccessibleName(QCoreApplication.translate("StaffAdminPage", u"\uc9c1\uc6d0 \uc800\uc7a5", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.saveButton.setToolTip(QCoreApplication.translate("StaffAdminPage", u"\uc9c1\uc6d0 \uc815\ubcf4\ub97c \uc800\uc7a5\ud569\ub2c8\ub2e4 (Ctrl+S, Enter)", None))
#endif // QT_CONFIG(tooltip)
        self.staffMessage.setText("")
#if QT_CONFIG(accessibility)
        self.staffMessage.setAccessibleName(QCoreApplication.translate("StaffAdminPage", u"\uc9c1\uc6d0 \uc54c\ub9bc", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

