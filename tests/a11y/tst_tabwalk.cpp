// Each dialog and wizard page walked with the Tab key alone: from the first field, focus must
// reach every enabled field once, come back round, and move forward in reading order.
#include "a11ysurfaces.h"

#include <QPushButton>
#include <QVBoxLayout>
#include <QtTest>

using namespace exotrunk;
using namespace exotrunk::testing;

namespace {

// A field is what Tab can land on, by Qt's own rule: visible, enabled, accepting Tab focus and
// not handing focus to a proxy (a spin box's inner line edit is the field, not the spin box).
QList<QWidget *> tabFields(QWidget *window) {
    QList<QWidget *> out;
    for (QWidget *w : window->findChildren<QWidget *>()) {
        if (w->window() == window && w->isVisible() && w->isEnabled() && !w->focusProxy() &&
            (w->focusPolicy() & Qt::TabFocus) == Qt::TabFocus)
            out << w;
    }
    return out;
}

QRect placeOf(const QWidget *w) {
    return QRect(w->mapTo(w->window(), QPoint(0, 0)), w->size());
}

// Reading order, top to bottom and then left to right. Two widgets share a row when their
// vertical centres or their top edges are within half the smaller height of each other: a
// check box beside a taller combo box is centred on the same row; a list with a column of
// buttons beside it starts on the same row as the first button. In a row the one further left
// comes first; otherwise the one whose top edge is higher.
bool visuallyBefore(const QWidget *a, const QWidget *b) {
    const QRect ra = placeOf(a);
    const QRect rb = placeOf(b);
    const int tolerance = std::min(ra.height(), rb.height()) / 2;
    const bool sameRow = std::abs(ra.center().y() - rb.center().y()) <= tolerance ||
                         std::abs(ra.top() - rb.top()) <= tolerance;
    if (sameRow)
        return ra.center().x() < rb.center().x();
    return ra.top() < rb.top();
}

struct Walk {
    QList<QWidget *> sequence; // from the first field up to, not including, the way back to it
    bool cameBack = false;
};

// Presses Tab on whatever has focus until focus is back on `first`, or far more presses than
// there are fields (a trap: a widget that keeps Tab, or a loop that skips `first`).
Walk walkWithTab(QWidget *window, QWidget *first, int fieldCount) {
    Walk walk;
    first->setFocus(Qt::TabFocusReason);
    QCoreApplication::processEvents();
    QWidget *at = QApplication::focusWidget();
    if (at != first)
        return walk;
    walk.sequence << first;
    for (int press = 0; press < 3 * fieldCount + 5; ++press) {
        QWidget *target = QApplication::focusWidget();
        if (!target || target->window() != window)
            break;
        QTest::keyClick(target, Qt::Key_Tab);
        QCoreApplication::processEvents();
        at = QApplication::focusWidget();
        if (at == first) {
            walk.cameBack = true;
            break;
        }
        if (at)
            walk.sequence << at;
    }
    return walk;
}

QString names(const QList<QWidget *> &widgets) {
    QStringList out;
    for (const QWidget *w : widgets)
        out << describeWidget(w);
    return out.join(QStringLiteral(" → "));
}

// What is wrong with the Tab order of `window`, in words naming the widgets. The order is judged
// press by press: each Tab must land on a field that does not come before the previous one in
// reading order. (Comparing every pair would be stricter than the eye: "same row" is not
// transitive, so a long row of small controls beside a tall list could not be ordered at all.)
// The step from the last field back to the first is the wrap-around and is not judged.
QStringList tabProblems(const QString &surface, QWidget *window) {
    QStringList out;
    const QList<QWidget *> fields = tabFields(window);
    if (fields.isEmpty())
        return {surface + QStringLiteral(": no field takes Tab focus")};
    QWidget *first = *std::min_element(fields.begin(), fields.end(), visuallyBefore);
    const Walk walk = walkWithTab(window, first, int(fields.size()));
    const QString prefix = surface + QStringLiteral(": ");
    qInfo().noquote() << prefix + QStringLiteral("walk: ") + names(walk.sequence);
    if (walk.sequence.isEmpty())
        return {prefix + describeWidget(first) + QStringLiteral(" did not take focus")};
    if (!walk.cameBack)
        out << prefix + QStringLiteral("Tab never came back to ") + describeWidget(first) +
                   QStringLiteral(" (a widget keeps Tab or the chain skips it): ") +
                   names(walk.sequence);
    for (QWidget *f : fields) {
        if (!walk.sequence.contains(f))
            out << prefix + describeWidget(f) + QStringLiteral(" is never reached by Tab");
    }
    for (int i = 1; i < walk.sequence.size(); ++i) {
        QWidget *from = walk.sequence.at(i - 1);
        QWidget *to = walk.sequence.at(i);
        if (walk.sequence.indexOf(to) < i)
            out << prefix + describeWidget(to) + QStringLiteral(" is reached twice");
        else if (visuallyBefore(to, from))
            out << prefix + QStringLiteral("Tab goes back from ") + describeWidget(from) +
                       QStringLiteral(" to ") + describeWidget(to) +
                       QStringLiteral(", which is above or left of it");
    }
    if (!out.isEmpty())
        out << prefix + QStringLiteral("walk: ") + names(walk.sequence);
    return out;
}

} // namespace

class TestTabWalk : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void tabReachesEveryFieldInReadingOrder_data();
    void tabReachesEveryFieldInReadingOrder();
    void walkSeesOrderAndTraps();

private:
    std::unique_ptr<ConsoleSurfaces> m_surfaces;
};

void TestTabWalk::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("Exotrunk"));
    QCoreApplication::setApplicationName(QStringLiteral("exotrunk-a11y-test"));
    m_surfaces = std::make_unique<ConsoleSurfaces>();
    QString error;
    QVERIFY2(m_surfaces->start(&error), qPrintable(error));
}

void TestTabWalk::cleanupTestCase() {
    m_surfaces.reset();
}

void TestTabWalk::tabReachesEveryFieldInReadingOrder_data() {
    QTest::addColumn<QString>("surface");
    for (const QString &name : ConsoleSurfaces::dialogs())
        QTest::newRow(qPrintable(name)) << name;
}

void TestTabWalk::tabReachesEveryFieldInReadingOrder() {
    QFETCH(QString, surface);
    Surface s = m_surfaces->open(surface);
    QVERIFY2(s.window, qPrintable(surface + QStringLiteral(" did not open")));
    const QStringList problems = tabProblems(surface, s.window);
    ConsoleSurfaces::close(s);
    QVERIFY2(problems.isEmpty(),
             qPrintable(QStringLiteral("\n") + problems.join(QLatin1Char('\n'))));
}

// The walk itself notices a backwards step and a field that keeps the Tab key.
void TestTabWalk::walkSeesOrderAndTraps() {
    QDialog dialog;
    auto *layout = new QVBoxLayout(&dialog);
    auto *top = new QLineEdit(&dialog);
    top->setObjectName(QStringLiteral("topEdit"));
    auto *middle = new QLineEdit(&dialog);
    middle->setObjectName(QStringLiteral("middleEdit"));
    auto *bottom = new QPushButton(QStringLiteral("Go"), &dialog);
    bottom->setObjectName(QStringLiteral("bottomButton"));
    layout->addWidget(top);
    layout->addWidget(middle);
    layout->addWidget(bottom);
    dialog.show();
    QApplication::setActiveWindow(&dialog);
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    QVERIFY2(tabProblems(QStringLiteral("probe"), &dialog).isEmpty(),
             qPrintable(tabProblems(QStringLiteral("probe"), &dialog).join(QLatin1Char('\n'))));

    QWidget::setTabOrder(top, bottom);
    QWidget::setTabOrder(bottom, middle);
    const QStringList backwards = tabProblems(QStringLiteral("probe"), &dialog);
    QVERIFY2(backwards.contains(QStringLiteral("probe: Tab goes back from bottomButton "
                                               "(QPushButton) to middleEdit (QLineEdit), which "
                                               "is above or left of it")),
             qPrintable(backwards.join(QLatin1Char('\n'))));

    QWidget::setTabOrder(top, middle);
    QWidget::setTabOrder(middle, bottom);
    auto *trap = new QPlainTextEdit(&dialog);
    trap->setObjectName(QStringLiteral("trapEdit"));
    layout->insertWidget(1, trap);
    trap->show();
    QWidget::setTabOrder(top, trap);
    QWidget::setTabOrder(trap, middle);
    const QStringList trapped = tabProblems(QStringLiteral("probe"), &dialog);
    QVERIFY2(
        trapped.contains(QStringLiteral("probe: middleEdit (QLineEdit) is never reached by Tab")),
        qPrintable(trapped.join(QLatin1Char('\n'))));
    trap->setTabChangesFocus(true);
    QVERIFY2(tabProblems(QStringLiteral("probe"), &dialog).isEmpty(),
             qPrintable(tabProblems(QStringLiteral("probe"), &dialog).join(QLatin1Char('\n'))));
}

QTEST_MAIN(TestTabWalk)
#include "tst_tabwalk.moc"
