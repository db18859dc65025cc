#include "common/accessiblecombobox.h"

#include <QAbstractItemView>
#include <QAccessibleWidget>
#include <QApplication>
#include <QComboBox>
#include <QLineEdit>

namespace exotrunk::ui {

namespace {

class AccessibleComboBox : public QAccessibleWidget {
public:
    explicit AccessibleComboBox(QWidget *widget)
        : QAccessibleWidget(widget, QAccessible::ComboBox) {}

    QComboBox *comboBox() const { return static_cast<QComboBox *>(object()); }

    QString text(QAccessible::Text t) const override {
        if (t == QAccessible::Value)
            return currentValue();
        QString text = QAccessibleWidget::text(t);
        if (t == QAccessible::Name && text.isEmpty())
            text = currentValue();
        return text;
    }

    int childCount() const override { return comboBox()->isEditable() ? 2 : 1; }

    QAccessibleInterface *child(int index) const override {
        if (index == 0)
            return QAccessible::queryAccessibleInterface(comboBox()->view());
        if (index == 1 && comboBox()->isEditable())
            return QAccessible::queryAccessibleInterface(comboBox()->lineEdit());
        return nullptr;
    }

    int indexOfChild(const QAccessibleInterface *child) const override {
        if (!child)
            return -1;
        if (child->object() == comboBox()->view())
            return 0;
        if (comboBox()->isEditable() && child->object() == comboBox()->lineEdit())
            return 1;
        return -1;
    }

    QAccessibleInterface *childAt(int x, int y) const override {
        if (comboBox()->isEditable() && comboBox()->lineEdit()->rect().contains(x, y))
            return child(1);
        return nullptr;
    }

    QAccessible::State state() const override {
        QAccessible::State s = QAccessibleWidget::state();
        s.expandable = true;
        s.expanded = comboBox()->view()->isVisible();
        s.editable = comboBox()->isEditable();
        return s;
    }

    QStringList actionNames() const override { return {showMenuAction(), pressAction()}; }

    QString localizedActionDescription(const QString &actionName) const override {
        if (actionName == showMenuAction() || actionName == pressAction())
            return QApplication::translate("QAccessibleComboBox", "Open the combo box selection "
                                                                  "popup");
        return {};
    }

    void doAction(const QString &actionName) override {
        if (actionName != showMenuAction() && actionName != pressAction())
            return;
        if (comboBox()->view()->isVisible())
            comboBox()->hidePopup();
        else
            comboBox()->showPopup();
    }

    QStringList keyBindingsForAction(const QString &) const override { return {}; }

private:
    QString currentValue() const {
        return comboBox()->isEditable() ? comboBox()->lineEdit()->text()
                                        : comboBox()->currentText();
    }
};

QAccessibleInterface *comboBoxFactory(const QString &className, QObject *object) {
    if (className == QLatin1String("QComboBox") && object && object->isWidgetType())
        return new AccessibleComboBox(static_cast<QWidget *>(object));
    return nullptr;
}

} // namespace

void nameComboByField(QComboBox *combo) {
    Q_UNUSED(combo)
    // After QApplication installed Qt's own factory: the last one installed is asked first.
    static const bool installed = [] {
        QAccessible::installFactory(comboBoxFactory);
        return true;
    }();
    Q_UNUSED(installed)
}

} // namespace exotrunk::ui
