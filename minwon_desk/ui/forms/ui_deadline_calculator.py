# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'deadline_calculator.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QDateTimeEdit, QFormLayout,
    QGroupBox, QHBoxLayout, QLabel, QPushButton,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_DeadlineCalculator(object):
    def setupUi(self, DeadlineCalculator):
        if not DeadlineCalculator.objectName():
            DeadlineCalculator.setObjectName(u"DeadlineCalculator")
        DeadlineCalculator.resize(900, 600)
        self.rootLayout = QVBoxLayout(DeadlineCalculator)
        self.rootLayout.setSpacing(12)
        self.rootLayout.setObjectName(u"rootLayout")
        self.rootLayout.setContentsMargins(0, 0, 0, 0)
        self.inputBox = QGroupBox(DeadlineCalculator)
        self.inputBox.setObjectName(u"inputBox")
        self.inputLayout = QFormLayout(self.inputBox)
        self.inputLayout.setObjectName(u"inputLayout")
        self.inputLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.inputLayout.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.inputLayout.setHorizontalSpacing(10)
        self.inputLayout.setVerticalSpacing(8)
        self.periodLabel = QLabel(self.inputBox)
        self.periodLabel.setObjectName(u"periodLabel")

        self.inputLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.periodLabel)

        self.periodCombo = QComboBox(self.inputBox)
        self.periodCombo.setObjectName(u"periodCombo")
        self.periodCombo.setMinimumSize(QSize(320, 0))

        self.inputLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.periodCombo)

        self.startLabel = QLabel(self.inputBox)
        self.startLabel.setObjectName(u"startLabel")

        self.inputLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.startLabel)

        self.startRow = QHBoxLayout()
        self.startRow.setObjectName(u"startRow")
        self.startEdit = QDateTimeEdit(self.inputBox)
        self.startEdit.setObjectName(u"startEdit")
        self.startEdit.setCalendarPopup(True)

        self.startRow.addWidget(self.startEdit)

        self.nowButton = QPushButton(self.inputBox)
        self.nowButton.setObjectName(u"nowButton")

        self.startRow.addWidget(self.nowButton)

        self.startSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.startRow.addItem(self.startSpacer)


        self.inputLayout.setLayout(1, QFormLayout.ItemRole.FieldRole, self.startRow)


        self.rootLayout.addWidget(self.inputBox)

        self.resultBox = QGroupBox(DeadlineCalculator)
        self.resultBox.setObjectName(u"resultBox")
        self.resultLayout = QVBoxLayout(self.resultBox)
        self.resultLayout.setSpacing(8)
        self.resultLayout.setObjectName(u"resultLayout")
        self.dueLabel = QLabel(self.resultBox)
        self.dueLabel.setObjectName(u"dueLabel")
        self.dueLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.resultLayout.addWidget(self.dueLabel)

        self.remainingLabel = QLabel(self.resultBox)
        self.remainingLabel.setObjectName(u"remainingLabel")

        self.resultLayout.addWidget(self.remainingLabel)

        self.ruleLabel = QLabel(self.resultBox)
        self.ruleLabel.setObjectName(u"ruleLabel")
        self.ruleLabel.setWordWrap(True)
        self.ruleLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.resultLayout.addWidget(self.ruleLabel)

        self.skippedLabel = QLabel(self.resultBox)
        self.skippedLabel.setObjectName(u"skippedLabel")
        self.skippedLabel.setWordWrap(True)
        self.skippedLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.resultLayout.addWidget(self.skippedLabel)


        self.rootLayout.addWidget(self.resultBox)

        self.bottomSpacer = QSpacerItem(20, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.rootLayout.addItem(self.bottomSpacer)

#if QT_CONFIG(shortcut)
        self.periodLabel.setBuddy(self.periodCombo)
        self.startLabel.setBuddy(self.startEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.periodCombo, self.startEdit)
        QWidget.setTabOrder(self.startEdit, self.nowButton)

        self.retranslateUi(DeadlineCalculator)

        QMetaObject.connectSlotsByName(DeadlineCalculator)
    # setupUi

    def retranslateUi(self, DeadlineCalculator):
#if QT_CONFIG(accessibility)
        DeadlineCalculator.setAccessibleName(QCoreApplication.translate("DeadlineCalculator", u"\ucc98\ub9ac\uae30\ud55c \uacc4\uc0b0", None))
#endif // QT_CONFIG(accessibility)
        self.inputBox.setTitle(QCoreApplication.translate("DeadlineCalculator", u"\ucc98\ub9ac\uae30\ud55c \uacc4\uc0b0", None))
        self.periodLabel.setText(QCoreApplication.translate("DeadlineCalculator", u"\ucc98\ub9ac\uae30\uac04(&P)", None))
#if QT_CONFIG(tooltip)
        self.periodCombo.setToolTip(QCoreApplication.translate("DeadlineCalculator", u"\ubc95\uc815 \ucc98\ub9ac\uae30\uac04\uc774\ub098 \uc774 \uae30\uad00 \uc774\ud589\ud45c\uc900\uc758 \uc2dc\uacc4\ub97c \uace0\ub985\ub2c8\ub2e4.", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.periodCombo.setAccessibleName(QCoreApplication.translate("DeadlineCalculator", u"\ucc98\ub9ac\uae30\uac04", None))
#endif // QT_CONFIG(accessibility)
        self.startLabel.setText(QCoreApplication.translate("DeadlineCalculator", u"\uc811\uc218 \uc2dc\uac01(&S)", None))
        self.startEdit.setDisplayFormat(QCoreApplication.translate("DeadlineCalculator", u"yyyy-MM-dd HH:mm", None))
#if QT_CONFIG(accessibility)
        self.startEdit.setAccessibleName(QCoreApplication.translate("DeadlineCalculator", u"\uc811\uc218 \uc2dc\uac01", None))
#endif // QT_CONFIG(accessibility)
        self.nowButton.setText(QCoreApplication.translate("DeadlineCalculator", u"\uc9c0\uae08(&T)", None))
#if QT_CONFIG(tooltip)
        self.nowButton.setToolTip(QCoreApplication.translate("DeadlineCalculator", u"\uc811\uc218 \uc2dc\uac01\uc744 \uc9c0\uae08\uc73c\ub85c \ub418\ub3cc\ub9bd\ub2c8\ub2e4", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.nowButton.setAccessibleName(QCoreApplication.translate("DeadlineCalculator", u"\uc9c0\uae08", None))
#endif // QT_CONFIG(accessibility)
        self.resultBox.setTitle(QCoreApplication.translate("DeadlineCalculator", u"\ucc98\ub9ac\uae30\ud55c", None))
        self.dueLabel.setText("")
#if QT_CONFIG(accessibility)
        self.dueLabel.setAccessibleName(QCoreApplication.translate("DeadlineCalculator", u"\ucc98\ub9ac\uae30\ud55c", None))
#endif // QT_CONFIG(accessibility)
        self.remainingLabel.setText("")
#if QT_CONFIG(accessibility)
        self.remainingLabel.setAccessibleName(QCoreApplication.translate("DeadlineCalculator", u"\ub0a8\uc740 \uc2dc\uac04", None))
#endif // QT_CONFIG(accessibility)
        self.ruleLabel.setText("")
#if QT_CONFIG(accessibility)
        self.ruleLabel.setAccessibleName(QCoreApplication.translate("DeadlineCalculator", u"\uacc4\uc0b0 \ubc29\ubc95", None))
#endif // QT_CONFIG(accessibility)
        self.skippedLabel.setText("")
#if QT_CONFIG(accessibility)
        self.skippedLabel.setAccessibleName(QCoreApplication.translate("DeadlineCalculator", u"\uc81c\uc678\ud55c \ub0a0", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

