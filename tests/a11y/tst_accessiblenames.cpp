// Every widget a user operates says what it is to a screen reader: the main window on each of
// its pages, every dialog and every wizard page, built by the real console on its sandbox.
// Names come from QAccessible, so a buddy label counts, as it does for Orca.
#include "a11ysurfaces.h"
#include "common/accessiblecombobox.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QGroupBox>
#include <QHash>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>
#include <QtTest>

using namespace exotrunk;
using namespace exotrunk::testing;

class TestAccessibleNames : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void everyInteractiveWidgetIsNamed_data();
    void everyInteractiveWidgetIsNamed();
    void sweepSeesMissingNames();

private:
    // "<surface>: <widget> has no …" for every shortcoming of the visible widgets in `window`.
    static QStringList shortcomings(const QString &surface, QWidget *window);

    std::unique_ptr<ConsoleSurfaces> m_surfaces;
};

void TestAccessibleNames::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("Exotrunk"));
    QCoreApplication::setApplicationName(QStringLiteral("exotrunk-a11y-test"));
    m_surfaces = std::make_unique<ConsoleSurfaces>();
    QString error;
    QVERIFY2(m_surfaces->start(&error), qPrintable(error));
}

void TestAccessibleNames::cleanupTestCase() {
    m_surfaces.reset();
}

QStringList TestAccessibleNames::shortcomings(const QString &surface, QWidget *window) {
    QStringList out;
    const QList<QWidget *> widgets = window->findChildren<QWidget *>();
    // A label with a mnemonic ("&Password:") names its field only through a buddy; without one
    // the field goes unnamed and the label shows the "&" itself.
    static const QRegularExpression mnemonic(QStringLiteral("(^|[^&])&(?!&)(?![A-Za-z#0-9]+;)\\S"));
    for (const QLabel *label : window->findChildren<QLabel *>()) {
        if (label->isVisible() && label->window() == window && !label->buddy() &&
            label->text().contains(mnemonic))
            out << surface + QStringLiteral(": the label “") + label->text() +
                       QStringLiteral("” has a mnemonic but no buddy");
    }
    // One mnemonic letter per window: a second "&S" makes Alt+S cycle instead of act.
    QHash<QChar, QString> mnemonics;
    for (QWidget *w : widgets) {
        if (!w->isVisible() || w->window() != window)
            continue;
        QString text;
        if (auto *button = qobject_cast<QAbstractButton *>(w))
            text = button->text();
        else if (auto *label = qobject_cast<QLabel *>(w); label && label->buddy())
            text = label->text();
        else if (auto *group = qobject_cast<QGroupBox *>(w))
            text = group->title();
        const QRegularExpressionMatch m = mnemonic.match(text);
        if (!m.hasMatch())
            continue;
        const QChar letter = m.captured(0).back().toLower();
        if (mnemonics.contains(letter))
            out << surface + QStringLiteral(": Alt+") + letter + QStringLiteral(" is used by “") +
                       mnemonics.value(letter) + QStringLiteral("” and “") + text +
                       QStringLiteral("”");
        else
            mnemonics.insert(letter, text);
    }
    // Two controls of one window with one name ("More", "More") cannot be told apart by ear.
    QHash<QString, QString> named;
    for (QWidget *w : widgets) {
        if (!w->isVisible() || w->window() != window || !isInteractive(w))
            continue;
        const QString who = surface + QStringLiteral(": ") + describeWidget(w);
        if (const QString name = accessibleText(w, QAccessible::Name); !name.isEmpty()) {
            if (const auto first = named.constFind(name); first != named.constEnd())
                out << surface + QStringLiteral(": “") + name + QStringLiteral("” names both ") +
                           *first + QStringLiteral(" and ") + describeWidget(w);
            else
                named.insert(name, describeWidget(w));
        }
        if (w->objectName().isEmpty())
            out << who + QStringLiteral(" has no object name");
        const QString name = accessibleText(w, QAccessible::Name);
        if (name.isEmpty())
            out << who + QStringLiteral(" has no accessible name");
        // A control named by what it holds ("TLS", the selected account) does not say which
        // field it is; Qt 6.4 on Linux names a combo box so unless told otherwise.
        // (An item view has no value of its own: Qt answers its Value with its name.)
        const QString value = qobject_cast<QAbstractItemView *>(w)
                                  ? QString()
                                  : accessibleText(w, QAccessible::Value);
        if (!name.isEmpty() && name == value)
            out << who + QStringLiteral(" is named by its value “") + value + QStringLiteral("”");
        // A description (accessibleDescription, else the tooltip, else a line edit's
        // placeholder) tells what the control does or expects beyond its name.
        if (!isStandardDialogButton(w) && accessibleText(w, QAccessible::Description).isEmpty())
            out << who + QStringLiteral(" has no accessible description or tooltip");
    }
    return out;
}

void TestAccessibleNames::everyInteractiveWidgetIsNamed_data() {
    QTest::addColumn<QString>("surface");
    for (const QString &name : ConsoleSurfaces::mainWindowPages() + ConsoleSurfaces::dialogs())
        QTest::newRow(qPrintable(name)) << name;
}

void TestAccessibleNames::everyInteractiveWidgetIsNamed() {
    QFETCH(QString, surface);
    Surface s = m_surfaces->open(surface);
    QVERIFY2(s.window, qPrintable(surface + QStringLiteral(" did not open")));
    int interactive = 0;
    for (QWidget *w : s.window->findChildren<QWidget *>())
        interactive += w->isVisible() && w->window() == s.window && isInteractive(w);
    // A surface without a single control would mean the sweep looked at the wrong window.
    QVERIFY2(interactive > 0, qPrintable(surface + QStringLiteral(" shows no controls")));
    const QStringList problems = shortcomings(surface, s.window);
    ConsoleSurfaces::close(s);
    QVERIFY2(problems.isEmpty(),
             qPrintable(QStringLiteral("\n") + problems.join(QLatin1Char('\n'))));
}

// The sweep itself notices an unnamed, undescribed control.
void TestAccessibleNames::sweepSeesMissingNames() {
    QDialog dialog;
    auto *edit = new QLineEdit(&dialog);
    edit->setObjectName(QStringLiteral("probeEdit"));
    auto *button = new QPushButton(&dialog);
    button->setObjectName(QStringLiteral("probeButton"));
    dialog.show();
    const QStringList problems = shortcomings(QStringLiteral("probe"), &dialog);
    QVERIFY(
        problems.contains(QStringLiteral("probe: probeEdit (QLineEdit) has no accessible name")));
    QVERIFY(problems.contains(
        QStringLiteral("probe: probeButton (QPushButton) has no accessible name")));
    QVERIFY(problems.contains(
        QStringLiteral("probe: probeEdit (QLineEdit) has no accessible description or tooltip")));
    // A combo box with nothing but its items is named by its current item.
    auto *combo = new QComboBox(&dialog);
    ui::nameComboByField(combo);
    combo->setObjectName(QStringLiteral("probeCombo"));
    combo->addItem(QStringLiteral("TLS"));
    combo->setToolTip(QStringLiteral("Which transport"));
    combo->show();
    QVERIFY(
        shortcomings(QStringLiteral("probe"), &dialog)
            .contains(QStringLiteral("probe: probeCombo (QComboBox) is named by its value “TLS”")));
    combo->setAccessibleName(QStringLiteral("Probe transport"));
    QCOMPARE(accessibleText(combo, QAccessible::Name), QStringLiteral("Probe transport"));
    QCOMPARE(accessibleText(combo, QAccessible::Value), QStringLiteral("TLS"));
    QVERIFY(!shortcomings(QStringLiteral("probe"), &dialog)
                 .join(QLatin1Char('\n'))
                 .contains(QLatin1String("probeCombo")));
    // Two buttons of one name are ambiguous.
    auto *twin = new QPushButton(QStringLiteral("Go"), &dialog);
    twin->setObjectName(QStringLiteral("probeTwinButton"));
    twin->setToolTip(QStringLiteral("Goes too"));
    twin->show();
    button->setText(QStringLiteral("Go"));
    QVERIFY(shortcomings(QStringLiteral("probe"), &dialog)
                .contains(QStringLiteral("probe: “Go” names both probeButton (QPushButton) and "
                                         "probeTwinButton (QPushButton)")));
    twin->setAccessibleName(QStringLiteral("Go again"));
    QVERIFY(!shortcomings(QStringLiteral("probe"), &dialog)
                 .join(QLatin1Char('\n'))
                 .contains(QLatin1String("names both")));
    auto *label = new QLabel(QStringLiteral("&Probe:"), &dialog);
    label->show();
    QVERIFY(
        shortcomings(QStringLiteral("probe"), &dialog)
            .contains(QStringLiteral("probe: the label “&Probe:” has a mnemonic but no buddy")));
    label->setBuddy(edit);
    QVERIFY(!shortcomings(QStringLiteral("probe"), &dialog)
                 .join(QLatin1Char('\n'))
                 .contains(QLatin1String("&Probe")));
    label->setBuddy(nullptr);
    label->setText(QStringLiteral("Salt &amp; pepper"));
    edit->setAccessibleName(QStringLiteral("Probe"));
    edit->setPlaceholderText(QStringLiteral("what to type"));
    button->setText(QStringLiteral("Go"));
    button->setToolTip(QStringLiteral("Goes"));
    QVERIFY2(shortcomings(QStringLiteral("probe"), &dialog).isEmpty(),
             qPrintable(shortcomings(QStringLiteral("probe"), &dialog).join(QLatin1Char('\n'))));
}

QTEST_MAIN(TestAccessibleNames)
#include "tst_accessiblenames.moc"
