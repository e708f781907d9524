# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'offices_page.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QFormLayout,
    QGridLayout, QGroupBox, QHBoxLayout, QLabel,
    QLineEdit, QListWidget, QListWidgetItem, QPushButton,
    QSizePolicy, QSpacerItem, QSpinBox, QToolButton,
    QVBoxLayout, QWidget)

class Ui_OfficesPage(object):
    def setupUi(self, OfficesPage):
        if not OfficesPage.objectName():
            OfficesPage.setObjectName(u"OfficesPage")
        OfficesPage.resize(1180, 720)
        self.actionEditMode = QAction(OfficesPage)
        self.actionEditMode.setObjectName(u"actionEditMode")
        self.actionEditMode.setCheckable(True)
        self.actionEditMode.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.actionFocusPlan = QAction(OfficesPage)
        self.actionFocusPlan.setObjectName(u"actionFocusPlan")
        self.actionFocusPlan.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.rootLayout = QHBoxLayout(OfficesPage)
        self.rootLayout.setSpacing(12)
        self.rootLayout.setObjectName(u"rootLayout")
        self.rootLayout.setContentsMargins(0, 0, 0, 0)
        self.leftColumn = QWidget(OfficesPage)
        self.leftColumn.setObjectName(u"leftColumn")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.leftColumn.sizePolicy().hasHeightForWidth())
        self.leftColumn.setSizePolicy(sizePolicy)
        self.leftColumn.setMinimumSize(QSize(260, 0))
        self.leftLayout = QVBoxLayout(self.leftColumn)
        self.leftLayout.setObjectName(u"leftLayout")
        self.leftLayout.setContentsMargins(0, 0, 0, 0)
        self.officeListLabel = QLabel(self.leftColumn)
        self.officeListLabel.setObjectName(u"officeListLabel")

        self.leftLayout.addWidget(self.officeListLabel)

        self.officeList = QListWidget(self.leftColumn)
        self.officeList.setObjectName(u"officeList")
        self.officeList.setAlternatingRowColors(True)

        self.leftLayout.addWidget(self.officeList)

        self.officeBox = QGroupBox(self.leftColumn)
        self.officeBox.setObjectName(u"officeBox")
        self.officeBoxLayout = QVBoxLayout(self.officeBox)
        self.officeBoxLayout.setObjectName(u"officeBoxLayout")
        self.officeFields = QFormLayout()
        self.officeFields.setObjectName(u"officeFields")
        self.officeFields.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.officeFields.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.nameLabel = QLabel(self.officeBox)
        self.nameLabel.setObjectName(u"nameLabel")

        self.officeFields.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(self.officeBox)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setMaxLength(200)

        self.officeFields.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.buildingLabel = QLabel(self.officeBox)
        self.buildingLabel.setObjectName(u"buildingLabel")

        self.officeFields.setWidget(1, QFormLayout.ItemRole.LabelRole, self.buildingLabel)

        self.buildingEdit = QLineEdit(self.officeBox)
        self.buildingEdit.setObjectName(u"buildingEdit")
        self.buildingEdit.setMaxLength(100)

        self.officeFields.setWidget(1, QFormLayout.ItemRole.FieldRole, self.buildingEdit)

        self.floorLabel = QLabel(self.officeBox)
        self.floorLabel.setObjectName(u"floorLabel")

        self.officeFields.setWidget(2, QFormLayout.ItemRole.LabelRole, self.floorLabel)

        self.floorEdit = QLineEdit(self.officeBox)
        self.floorEdit.setObjectName(u"floorEdit")
        self.floorEdit.setMaxLength(32)

        self.officeFields.setWidget(2, QFormLayout.ItemRole.FieldRole, self.floorEdit)

        self.sizeLabel = QLabel(self.officeBox)
        self.sizeLabel.setObjectName(u"sizeLabel")

        self.officeFields.setWidget(3, QFormLayout.ItemRole.LabelRole, self.sizeLabel)

        self.sizeRow = QHBoxLayout()
        self.sizeRow.setObjectName(u"sizeRow")
        self.colsSpin = QSpinBox(self.officeBox)
        self.colsSpin.setObjectName(u"colsSpin")
        self.colsSpin.setMinimum(4)
        self.colsSpin.setMaximum(200)
        self.colsSpin.setValue(24)

        self.sizeRow.addWidget(self.colsSpin)

        self.rowsSpin = QSpinBox(self.officeBox)
        self.rowsSpin.setObjectName(u"rowsSpin")
        self.rowsSpin.setMinimum(4)
        self.rowsSpin.setMaximum(200)
        self.rowsSpin.setValue(16)

        self.sizeRow.addWidget(self.rowsSpin)


        self.officeFields.setLayout(3, QFormLayout.ItemRole.FieldRole, self.sizeRow)

        self.departmentLabel = QLabel(self.officeBox)
        self.departmentLabel.setObjectName(u"departmentLabel")

        self.officeFields.setWidget(4, QFormLayout.ItemRole.LabelRole, self.departmentLabel)

        self.departmentCombo = QComboBox(self.officeBox)
        self.departmentCombo.setObjectName(u"departmentCombo")

        self.officeFields.setWidget(4, QFormLayout.ItemRole.FieldRole, self.departmentCombo)


        self.officeBoxLayout.addLayout(self.officeFields)

        self.officeButtons = QHBoxLayout()
        self.officeButtons.setObjectName(u"officeButtons")
        self.addOfficeButton = QPushButton(self.officeBox)
        self.addOfficeButton.setObjectName(u"addOfficeButton")

        self.officeButtons.addWidget(self.addOfficeButton)

        self.saveOfficeButton = QPushButton(self.officeBox)
        self.saveOfficeButton.setObjectName(u"saveOfficeButton")

        self.officeButtons.addWidget(self.saveOfficeButton)


        self.officeBoxLayout.addLayout(self.officeButtons)

        self.officeMessage = QLabel(self.officeBox)
        self.officeMessage.setObjectName(u"officeMessage")
        self.officeMessage.setWordWrap(True)

        self.officeBoxLayout.addWidget(self.officeMessage)


        self.leftLayout.addWidget(self.officeBox)

        self.roomBox = QGroupBox(self.leftColumn)
        self.roomBox.setObjectName(u"roomBox")
        self.roomGrid = QGridLayout(self.roomBox)
        self.roomGrid.setObjectName(u"roomGrid")
        self.roomKindCombo = QComboBox(self.roomBox)
        self.roomKindCombo.setObjectName(u"roomKindCombo")

        self.roomGrid.addWidget(self.roomKindCombo, 0, 0, 1, 1)

        self.roomNameEdit = QLineEdit(self.roomBox)
        self.roomNameEdit.setObjectName(u"roomNameEdit")
        self.roomNameEdit.setMaxLength(100)

        self.roomGrid.addWidget(self.roomNameEdit, 0, 1, 1, 2)

        self.roomWSpin = QSpinBox(self.roomBox)
        self.roomWSpin.setObjectName(u"roomWSpin")
        self.roomWSpin.setMinimum(1)
        self.roomWSpin.setMaximum(200)
        self.roomWSpin.setValue(4)

        self.roomGrid.addWidget(self.roomWSpin, 1, 0, 1, 1)

        self.roomHSpin = QSpinBox(self.roomBox)
        self.roomHSpin.setObjectName(u"roomHSpin")
        self.roomHSpin.setMinimum(1)
        self.roomHSpin.setMaximum(200)
        self.roomHSpin.setValue(3)

        self.roomGrid.addWidget(self.roomHSpin, 1, 1, 1, 1)

        self.addRoomButton = QPushButton(self.roomBox)
        self.addRoomButton.setObjectName(u"addRoomButton")

        self.roomGrid.addWidget(self.addRoomButton, 2, 0, 1, 1)

        self.removeRoomButton = QPushButton(self.roomBox)
        self.removeRoomButton.setObjectName(u"removeRoomButton")

        self.roomGrid.addWidget(self.removeRoomButton, 2, 1, 1, 1)

        self.roomMessage = QLabel(self.roomBox)
        self.roomMessage.setObjectName(u"roomMessage")
        self.roomMessage.setWordWrap(True)

        self.roomGrid.addWidget(self.roomMessage, 3, 0, 1, 3)


        self.leftLayout.addWidget(self.roomBox)


        self.rootLayout.addWidget(self.leftColumn)

        self.rightColumn = QVBoxLayout()
        self.rightColumn.setObjectName(u"rightColumn")
        self.planBar = QHBoxLayout()
        self.planBar.setObjectName(u"planBar")
        self.planTitle = QLabel(OfficesPage)
        self.planTitle.setObjectName(u"planTitle")
        self.planTitle.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.planBar.addWidget(self.planTitle)

        self.planBarSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.planBar.addItem(self.planBarSpacer)

        self.editModeCheck = QCheckBox(OfficesPage)
        self.editModeCheck.setObjectName(u"editModeCheck")

        self.planBar.addWidget(self.editModeCheck)

        self.zoomOutButton = QToolButton(OfficesPage)
        self.zoomOutButton.setObjectName(u"zoomOutButton")

        self.planBar.addWidget(self.zoomOutButton)

        self.zoomInButton = QToolButton(OfficesPage)
        self.zoomInButton.setObjectName(u"zoomInButton")

        self.planBar.addWidget(self.zoomInButton)

        self.fitButton = QToolButton(OfficesPage)
        self.fitButton.setObjectName(u"fitButton")

        self.planBar.addWidget(self.fitButton)


        self.rightColumn.addLayout(self.planBar)

        self.planHost = QWidget(OfficesPage)
        self.planHost.setObjectName(u"planHost")
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        sizePolicy1.setHorizontalStretch(0)
        sizePolicy1.setVerticalStretch(1)
        sizePolicy1.setHeightForWidth(self.planHost.sizePolicy().hasHeightForWidth())
        self.planHost.setSizePolicy(sizePolicy1)
        self.planHost.setMinimumSize(QSize(420, 280))
        self.planLayout = QVBoxLayout(self.planHost)
        self.planLayout.setObjectName(u"planLayout")
        self.planLayout.setContentsMargins(0, 0, 0, 0)

        self.rightColumn.addWidget(self.planHost)

        self.planMessage = QLabel(OfficesPage)
        self.planMessage.setObjectName(u"planMessage")
        self.planMessage.setWordWrap(True)

        self.rightColumn.addWidget(self.planMessage)

        self.editBoxes = QHBoxLayout()
        self.editBoxes.setObjectName(u"editBoxes")
        self.deskBox = QGroupBox(OfficesPage)
        self.deskBox.setObjectName(u"deskBox")
        self.deskGrid = QGridLayout(self.deskBox)
        self.deskGrid.setObjectName(u"deskGrid")
        self.selectedDesk = QLabel(self.deskBox)
        self.selectedDesk.setObjectName(u"selectedDesk")
        self.selectedDesk.setWordWrap(True)

        self.deskGrid.addWidget(self.selectedDesk, 0, 0, 1, 1)

        self.deskSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.deskGrid.addItem(self.deskSpacer, 0, 1, 1, 2)

        self.deskLabelEdit = QLineEdit(self.deskBox)
        self.deskLabelEdit.setObjectName(u"deskLabelEdit")
        self.deskLabelEdit.setMaxLength(32)

        self.deskGrid.addWidget(self.deskLabelEdit, 1, 0, 1, 1)

        self.addDeskButton = QPushButton(self.deskBox)
        self.addDeskButton.setObjectName(u"addDeskButton")

        self.deskGrid.addWidget(self.addDeskButton, 1, 1, 1, 1)

        self.removeDeskButton = QPushButton(self.deskBox)
        self.removeDeskButton.setObjectName(u"removeDeskButton")

        self.deskGrid.addWidget(self.removeDeskButton, 1, 2, 1, 1)

        self.staffCombo = QComboBox(self.deskBox)
        self.staffCombo.setObjectName(u"staffCombo")
        self.staffCombo.setEditable(True)
        self.staffCombo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)

        self.deskGrid.addWidget(self.staffCombo, 2, 0, 1, 1)

        self.assignButton = QPushButton(self.deskBox)
        self.assignButton.setObjectName(u"assignButton")

        self.deskGrid.addWidget(self.assignButton, 2, 1, 1, 1)

        self.vacateButton = QPushButton(self.deskBox)
        self.vacateButton.setObjectName(u"vacateButton")

        self.deskGrid.addWidget(self.vacateButton, 2, 2, 1, 1)

        self.deskMessage = QLabel(self.deskBox)
        self.deskMessage.setObjectName(u"deskMessage")
        self.deskMessage.setWordWrap(True)

        self.deskGrid.addWidget(self.deskMessage, 3, 0, 1, 3)


        self.editBoxes.addWidget(self.deskBox)


        self.rightColumn.addLayout(self.editBoxes)


        self.rootLayout.addLayout(self.rightColumn)

#if QT_CONFIG(shortcut)
        self.officeListLabel.setBuddy(self.officeList)
        self.nameLabel.setBuddy(self.nameEdit)
        self.buildingLabel.setBuddy(self.buildingEdit)
        self.floorLabel.setBuddy(self.floorEdit)
        self.sizeLabel.setBuddy(self.colsSpin)
        self.departmentLabel.setBuddy(self.departmentCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.officeList, self.nameEdit)
        QWidget.setTabOrder(self.nameEdit, self.buildingEdit)
        QWidget.setTabOrder(self.buildingEdit, self.floorEdit)
        QWidget.setTabOrder(self.floorEdit, self.colsSpin)
        QWidget.setTabOrder(self.colsSpin, self.rowsSpin)
        QWidget.setTabOrder(self.rowsSpin, self.departmentCombo)
        QWidget.setTabOrder(self.departmentCombo, self.addOfficeButton)
        QWidget.setTabOrder(self.addOfficeButton, self.saveOfficeButton)
        QWidget.setTabOrder(self.saveOfficeButton, self.editModeCheck)
        QWidget.setTabOrder(self.editModeCheck, self.zoomOutButton)
        QWidget.setTabOrder(self.zoomOutButton, self.zoomInButton)
        QWidget.setTabOrder(self.zoomInButton, self.fitButton)
        QWidget.setTabOrder(self.fitButton, self.deskLabelEdit)
        QWidget.setTabOrder(self.deskLabelEdit, self.addDeskButton)
        QWidget.setTabOrder(self.addDeskButton, self.removeDeskButton)
        QWidget.setTabOrder(self.removeDeskButton, self.staffCombo)
        QWidget.setTabOrder(self.staffCombo, self.assignButton)
        QWidget.setTabOrder(self.assignButton, self.vacateButton)
        QWidget.setTabOrder(self.vacateButton, self.roomKindCombo)
        QWidget.setTabOrder(self.roomKindCombo, self.roomNameEdit)
        QWidget.setTabOrder(self.roomNameEdit, self.roomWSpin)
        QWidget.setTabOrder(self.roomWSpin, self.roomHSpin)
        QWidget.setTabOrder(self.roomHSpin, self.addRoomButton)
        QWidget.setTabOrder(self.addRoomButton, self.removeRoomButton)

        self.retranslateUi(OfficesPage)

        QMetaObject.connectSlotsByName(OfficesPage)
    # setupUi

    def retranslateUi(self, OfficesPage):
#if QT_CONFIG(accessibility)
        OfficesPage.setAccessibleName(QCoreApplication.translate("OfficesPage", u"\uc0ac\ubb34\uc2e4 \ubc30\uce58\ub3c4", None))
#endif // QT_CONFIG(accessibility)
        self.actionEditMode.setText(QCoreApplication.translate("OfficesPage", u"\ubc30\uce58\ub3c4 \ud3b8\uc9d1 \ubaa8\ub4dc(&E)", None))
#if QT_CONFIG(tooltip)
        self.actionEditMode.setToolTip(QCoreApplication.translate("OfficesPage", u"\ucc45\uc0c1\uacfc \uacf5\uac04\uc744 \ub04c\uc5b4\uc11c \uc62e\uae30\ub294 \ubaa8\ub4dc\ub97c \ucf1c\uace0 \ub055\ub2c8\ub2e4 (Ctrl+E)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(shortcut)
        self.actionEditMode.setShortcut(QCoreApplication.translate("OfficesPage", u"Ctrl+E", None))
#endif // QT_CONFIG(shortcut)
        self.actionFocusPlan.setText(QCoreApplication.translate("OfficesPage", u"\ubc30\uce58\ub3c4\ub85c(&P)", None))
#if QT_CONFIG(tooltip)
        self.actionFocusPlan.setToolTip(QCoreApplication.translate("OfficesPage", u"\ubc30\uce58\ub3c4\ub85c \uac11\ub2c8\ub2e4: \ubc29\ud5a5\ud0a4\ub85c \uc6c0\uc9c1\uc774\uace0 PageDown\uc73c\ub85c \ucc45\uc0c1\uc744 \uace0\ub985\ub2c8\ub2e4 (Ctrl+Shift+L)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(shortcut)
        self.actionFocusPlan.setShortcut(QCoreApplication.translate("OfficesPage", u"Ctrl+Shift+L", None))
#endif // QT_CONFIG(shortcut)
        self.officeListLabel.setText(QCoreApplication.translate("OfficesPage", u"\uc0ac\ubb34\uc2e4(&O)", None))
#if QT_CONFIG(accessibility)
        self.officeList.setAccessibleName(QCoreApplication.translate("OfficesPage", u"\uc0ac\ubb34\uc2e4 \ubaa9\ub85d", None))
#endif // QT_CONFIG(accessibility)
        self.officeBox.setTitle(QCoreApplication.translate("OfficesPage", u"\uc0ac\ubb34\uc2e4 \uc815\ubcf4", None))
#if QT_CONFIG(accessibility)
        self.officeBox.setAccessibleName(QCoreApplication.translate("OfficesPage", u"\uc0ac\ubb34\uc2e4 \uc815\ubcf4", None))
#endif // QT_CONFIG(accessibility)
        self.nameLabel.setText(QCoreApplication.translate("OfficesPage", u"\uc774\ub984(&N)", None))
        self.nameEdit.setPlaceholderText(QCoreApplication.translate("OfficesPage", u"\uc608: \ubbfc\uc6d0\uc2e4", None))
#if QT_CONFIG(accessibility)
        self.nameEdit.setAccessibleName(QCoreApplication.translate("OfficesPage", u"\uc0ac\ubb34\uc2e4 \uc774\ub984", None))
#endif // QT_CONFIG(accessibility)
        self.buildingLabel.setText(QCoreApplication.translate("OfficesPage", u"\uac74\ubb3c", None))
        self.buildingEdit.setPlaceholderText(QCoreApplication.translate("OfficesPage", u"\uc608: \ubcf8\uad00", None))
#if QT_CONFIG(accessibility)
        self.buildingEdit.setAccessibleName(QCoreApplication.translate("OfficesPage", u"\uac74\ubb3c", None))
#endif // QT_CONFIG(accessibility)
        self.floorLabel.setText(QCoreApplication.translate("OfficesPage", u"\uce35", None))
        self.floorEdit.setPlaceholderText(QCoreApplication.translate("OfficesPage", u"\uc608: 1\uce35", None))
#if QT_CONFIG(accessibility)
        self.floorEdit.setAccessibleName(QCoreApplication.translate("OfficesPage", u"\uce35", None))
#endif // QT_CONFIG(accessibility)
        self.sizeLabel.setText(QCoreApplication.translate("OfficesPage", u"\ud06c\uae30(\uce78)", None))
        self.colsSpin.setPrefix(QCoreApplication.translate("OfficesPage", u"\uac00\ub85c ", None))
#if QT_CONFIG(accessibility)
        self.colsSpin.setAccessibleName(QCoreApplication.translate("OfficesPage", u"\uac00\ub85c \uce78 \uc218", None))
#endif // QT_CONFIG(accessibility)
        self.rowsSpin.setPrefix(QCoreApplication.translate("OfficesPage", u"\uc138\ub85c ", None))
#if QT_CONFIG(accessibility)
        self.rowsSpin.setAccessibleName(QCoreApplication.translate("OfficesPage", u"\uc138\ub85c \uce78 \uc218", None))
#endif // QT_CONFIG(accessibility)
        self.departmentLabel.setText(QCoreApplication.translate("OfficesPage", u"\ubd80\uc11c", None))
#if QT_CONFIG(accessibility)
        self.departmentCombo.setAccessibleName(QCoreApplication.translate("OfficesPage", u"\uc0ac\ubb34\uc2e4 \ubd80\uc11c", None))
#endif // QT_CONFIG(accessibility)
        self.addOfficeButton.setText(QCoreApplication.translate("OfficesPage", u"\uc0ac\ubb34\uc2e4 \ucd94\uac00", None))
#if QT_CONFIG(tooltip)
        self.addOfficeButton.setToolTip(QCoreApplication.translate("OfficesPage", u"\uc704\uc5d0 \uc4f4 \uc774\ub984\uacfc \ud06c\uae30\ub85c \uc0c8 \uc0ac\ubb34\uc2e4\uc744 \ub9cc\ub4ed\ub2c8\ub2e4", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.addOfficeButton.setAccessibleName(QCoreApplication.translate("OfficesPage", u"\uc0ac\ubb34\uc2e4 \ucd94\uac00", None))
#endif // QT_CONFIG(accessibility)
        self.saveOfficeButton.setText(QCoreApplication.translate("OfficesPage", u"\ud3b8\uc9d1 \uc800\uc7a5", None))
#if QT_CONFIG(tooltip)
        self.saveOfficeButton.setToolTip(QCoreApplication.translate("OfficesPage", u"\uace0\ub978 \uc0ac\ubb34\uc2e4\uc758 \uc774\ub984\u00b7\uac74\ubb3c\u00b7\uce35\u00b7\ud06c\uae30\u00b7\ubd80\uc11c\ub97c \ubc14\uafc9\ub2c8\ub2e4", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.saveOfficeButton.setAccessibleName(QCoreApplication.translate("OfficesPage", u"\uc0ac\ubb34\uc2e4 \ud3b8\uc9d1 \uc800\uc7a5", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.officeMessage.setAccessibleName(QCoreApplication.translate("OfficesPage", u"\uc0ac\ubb34\uc2e4 \uc54c\ub9bc", None))
#endif // QT_CONFIG(accessibility)
        self.roomBox.setTitle(QCoreApplication.translate("OfficesPage", u"\ud68c\uc758\uc2e4\u00b7\ucd9c\uc785\uad6c", None))
#if QT_CONFIG(accessibility)
        self.roomBox.setAccessibleName(QCoreApplication.translate("OfficesPage", u"\ud68c\uc758\uc2e4\uacfc \ucd9c\uc785\uad6c", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.roomKindCombo.setAccessibleName(QCoreApplication.translate("OfficesPage", u"\uacf5\uac04 \uc885\ub958", None))
#endif // QT_CONFIG(accessibility)
        self.roomNameEdit.setPlaceholderText(QCoreApplication.translate("OfficesPage", u"\uc774\ub984 (\uc608: \uc18c\ud68c\uc758\uc2e4)", None))
#if QT_CONFIG(accessibility)
        self.roomNameEdit.setAccessibleName(QCoreApplication.translate("OfficesPage", u"\uacf5\uac04 \uc774\ub984", None))
#endif // QT_CONFIG(accessibility)
        self.roomWSpin.setPrefix(QCoreApplication.translate("OfficesPage", u"\uac00\ub85c ", None))
#if QT_CONFIG(accessibility)
        self.roomWSpin.setAccessibleName(QCoreApplication.translate("OfficesPage", u"\uacf5\uac04 \uac00\ub85c \uce78 \uc218", None))
#endif // QT_CONFIG(accessibility)
        self.roomHSpin.setPrefix(QCoreApplication.translate("OfficesPage", u"\uc138\ub85c ", None))
#if QT_CONFIG(accessibility)
        self.roomHSpin.setAccessibleName(QCoreApplication.translate("OfficesPage", u"\uacf5\uac04 \uc138\ub85c \uce78 \uc218", None))
#endif // QT_CONFIG(accessibility)
        self.addRoomButton.setText(QCoreApplication.translate("OfficesPage", u"\ucd94\uac00", None))
#if QT_CONFIG(tooltip)
        self.addRoomButton.setToolTip(QCoreApplication.translate("OfficesPage", u"\ube48 \uce78\uc5d0 \uacf5\uac04\uc744 \ub193\uc2b5\ub2c8\ub2e4. \ud3b8\uc9d1 \ubaa8\ub4dc\uc5d0\uc11c \ub04c\uc5b4 \uc790\ub9ac\ub97c \uc7a1\uc73c\uc138\uc694", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.addRoomButton.setAccessibleName(QCoreApplication.translate("OfficesPage", u"\uacf5\uac04 \ucd94\uac00", None))
#endif // QT_CONFIG(accessibility)
        self.removeRoomButton.setText(QCoreApplication.translate("OfficesPage", u"\uc0ad\uc81c", None))
#if QT_CONFIG(tooltip)
        self.removeRoomButton.setToolTip(QCoreApplication.translate("OfficesPage", u"\ubc30\uce58\ub3c4\uc5d0\uc11c \uace0\ub978 \uacf5\uac04\uc744 \uc9c0\uc6c1\ub2c8\ub2e4", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.removeRoomButton.setAccessibleName(QCoreApplication.translate("OfficesPage", u"\uacf5\uac04 \uc0ad\uc81c", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.roomMessage.setAccessibleName(QCoreApplication.translate("OfficesPage", u"\uacf5\uac04 \uc54c\ub9bc", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.planTitle.setAccessibleName(QCoreApplication.translate("OfficesPage", u"\ubc30\uce58\ub3c4 \uc81c\ubaa9", None))
#endif // QT_CONFIG(accessibility)
        self.editModeCheck.setText(QCoreApplication.translate("OfficesPage", u"\ud3b8\uc9d1 \ubaa8\ub4dc (Ctrl+E)", None))
#if QT_CONFIG(tooltip)
        self.editModeCheck.setToolTip(QCoreApplication.translate("OfficesPage", u"\ucf1c\uba74 \ucc45\uc0c1\uacfc \uacf5\uac04\uc744 \ub04c\uc5b4\uc11c \uc62e\uae41\ub2c8\ub2e4. Ctrl+\ubc29\ud5a5\ud0a4\ub85c \ud55c \uce78\uc529, \ud68c\uc758\uc2e4\uc740 \uc624\ub978\ucabd \uc544\ub798 \ubaa8\uc11c\ub9ac\ub97c \ub04c\uc5b4 \ud06c\uae30\ub97c \ubc14\uafc9\ub2c8\ub2e4", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.editModeCheck.setAccessibleName(QCoreApplication.translate("OfficesPage", u"\ud3b8\uc9d1 \ubaa8\ub4dc", None))
#endif // QT_CONFIG(accessibility)
        self.zoomOutButton.setText(QCoreApplication.translate("OfficesPage", u"\u2212", None))
#if QT_CONFIG(tooltip)
        self.zoomOutButton.setToolTip(QCoreApplication.translate("OfficesPage", u"\ucd95\uc18c (-)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.zoomOutButton.setAccessibleName(QCoreApplication.translate("OfficesPage", u"\ucd95\uc18c", None))
#endif // QT_CONFIG(accessibility)
        self.zoomInButton.setText(QCoreApplication.translate("OfficesPage", u"+", None))
#if QT_CONFIG(tooltip)
        self.zoomInButton.setToolTip(QCoreApplication.translate("OfficesPage", u"\ud655\ub300 (+)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.zoomInButton.setAccessibleName(QCoreApplication.translate("OfficesPage", u"\ud655\ub300", None))
#endif // QT_CONFIG(accessibility)
        self.fitButton.setText(QCoreApplication.translate("OfficesPage", u"\uc804\uccb4 \ubcf4\uae30", None))
#if QT_CONFIG(tooltip)
        self.fitButton.setToolTip(QCoreApplication.translate("OfficesPage", u"\ubc30\uce58\ub3c4 \uc804\uccb4\ub97c \ud55c \ud654\uba74\uc5d0 (0)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.fitButton.setAccessibleName(QCoreApplication.translate("OfficesPage", u"\uc804\uccb4 \ubcf4\uae30", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.planMessage.setAccessibleName(QCoreApplication.translate("OfficesPage", u"\ubc30\uce58\ub3c4 \uc54c\ub9bc", None))
#endif // QT_CONFIG(accessibility)
        self.deskBox.setTitle(QCoreApplication.translate("OfficesPage", u"\ucc45\uc0c1\uacfc \uc790\ub9ac", None))
#if QT_CONFIG(accessibility)
        self.deskBox.setAccessibleName(QCoreApplication.translate("OfficesPage", u"\ucc45\uc0c1\uacfc \uc790\ub9ac", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.selectedDesk.setAccessibleName(QCoreApplication.translate("OfficesPage", u"\uace0\ub978 \ucc45\uc0c1", None))
#endif // QT_CONFIG(accessibility)
        self.deskLabelEdit.setPlaceholderText(QCoreApplication.translate("OfficesPage", u"\ucc45\uc0c1 \ubc88\ud638 (\uc608: A-13)", None))
#if QT_CONFIG(accessibility)
        self.deskLabelEdit.setAccessibleName(QCoreApplication.translate("OfficesPage", u"\uc0c8 \ucc45\uc0c1 \ubc88\ud638", None))
#endif // QT_CONFIG(accessibility)
        self.addDeskButton.setText(QCoreApplication.translate("OfficesPage", u"\ucc45\uc0c1 \ucd94\uac00", None))
#if QT_CONFIG(tooltip)
        self.addDeskButton.setToolTip(QCoreApplication.translate("OfficesPage", u"\ube48 \uce78\uc5d0 \ucc45\uc0c1\uc744 \ub193\uc2b5\ub2c8\ub2e4. \ud3b8\uc9d1 \ubaa8\ub4dc\uc5d0\uc11c \ub04c\uc5b4 \uc790\ub9ac\ub97c \uc7a1\uc73c\uc138\uc694", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.addDeskButton.setAccessibleName(QCoreApplication.translate("OfficesPage", u"\ucc45\uc0c1 \ucd94\uac00", None))
#endif // QT_CONFIG(accessibility)
        self.removeDeskButton.setText(QCoreApplication.translate("OfficesPage", u"\ucc45\uc0c1 \uc0ad\uc81c", None))
#if QT_CONFIG(tooltip)
        self.removeDeskButton.setToolTip(QCoreApplication.translate("OfficesPage", u"\uace0\ub978 \ube48 \ucc45\uc0c1\uc744 \uc9c0\uc6c1\ub2c8\ub2e4", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.removeDeskButton.setAccessibleName(QCoreApplication.translate("OfficesPage", u"\ucc45\uc0c1 \uc0ad\uc81c", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.staffCombo.setAccessibleName(QCoreApplication.translate("OfficesPage", u"\uc790\ub9ac\uc5d0 \uc549\uc744 \uc9c1\uc6d0", None))
#endif // QT_CONFIG(accessibility)
        self.assignButton.setText(QCoreApplication.translate("OfficesPage", u"\uc790\ub9ac \ubc30\uc815", None))
#if QT_CONFIG(tooltip)
        self.assignButton.setToolTip(QCoreApplication.translate("OfficesPage", u"\uace0\ub978 \ucc45\uc0c1\uc5d0 \uc774 \uc9c1\uc6d0\uc744 \uc549\ud799\ub2c8\ub2e4. \ub2e4\ub978 \uc790\ub9ac\uc5d0 \uc788\ub358 \uc0ac\ub78c\uc740 \uc62e\uaca8 \uc635\ub2c8\ub2e4", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.assignButton.setAccessibleName(QCoreApplication.translate("OfficesPage", u"\uc790\ub9ac \ubc30\uc815", None))
#endif // QT_CONFIG(accessibility)
        self.vacateButton.setText(QCoreApplication.translate("OfficesPage", u"\uc790\ub9ac \ube44\uc6b0\uae30", None))
#if QT_CONFIG(accessibility)
        self.vacateButton.setAccessibleName(QCoreApplication.translate("OfficesPage", u"\uc790\ub9ac \ube44\uc6b0\uae30", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.deskMessage.setAccessibleName(QCoreApplication.translate("OfficesPage", u"\ucc45\uc0c1 \uc54c\ub9bc", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

